// Writing the built site: a fresh folder beside --out, swapped in only when everything was written.
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <filesystem>

#include "output_folder.h"
#include "exit_status.h"
#include "files.h"

namespace cs {

namespace fs = std::filesystem;

const char* const kOutputMarker = ".complaints-site-build";

int WriteOutputAtomically(const std::string& out_dir, const std::map<std::string, std::string>& files, std::string* error) {
  std::error_code ec;
  fs::path out = fs::absolute(out_dir, ec).lexically_normal();
  if (out.has_filename() == false) out = out.parent_path();
  fs::path parent = out.parent_path();
  if (out.empty() || out == out.root_path() || out.filename().empty() || out.filename() == "." || out.filename() == "..") {
    *error = "\"" + out_dir + "\" cannot be used as the output folder";
    return kExitUsage;
  }
  fs::path cwd = fs::current_path(ec);
  if (!ec && (cwd == out || fs::path(cwd.string() + "/").string().rfind(out.string() + "/", 0) == 0)) {
    *error = "the output folder \"" + out_dir + "\" contains the current folder; choose a folder such as public/";
    return kExitUsage;
  }
  if (fs::exists(out, ec)) {
    if (!fs::is_directory(out, ec)) {
      *error = out_dir + " exists and is not a folder";
      return kExitUsage;
    }
    if (!fs::is_empty(out, ec) && !fs::exists(out / kOutputMarker, ec)) {
      *error = "refusing to replace " + out_dir + ": it is not empty and was not made by complaints-site build (no " +
               kOutputMarker + " file) — choose another --out folder or empty this one";
      return kExitUsage;
    }
  }
  for (const auto& [path, bytes] : files) {
    fs::path rel(path);
    if (path.empty() || rel.is_absolute() || path.find("..") != std::string::npos) {
      *error = "internal error: refusing to write outside the output folder: " + path;
      return kExitUsage;
    }
  }
  std::string pid = std::to_string(::getpid());
  fs::path temp = parent / ("." + out.filename().string() + "-build-" + pid);
  fs::remove_all(temp, ec);
  if (!fs::create_directories(temp, ec)) {
    *error = "cannot create " + temp.string() + ": " + ec.message();
    return kExitUsage;
  }
  auto fail = [&](const std::string& message) {
    *error = message;
    std::error_code ignored;
    fs::remove_all(temp, ignored);
    return kExitUsage;
  };
  for (const auto& [path, bytes] : files)
    if (!WriteTextFile((temp / path).string(), bytes, error)) return fail(*error);
  if (!WriteTextFile((temp / kOutputMarker).string(),
                     "This folder is written by `complaints-site build` and replaced on every build.\n", error))
    return fail(*error);

  if (!fs::exists(out, ec)) {
    fs::rename(temp, out, ec);
    if (ec) return fail("cannot move the new site into " + out_dir + ": " + ec.message());
    return kExitSuccess;
  }
  // Swap in one step where the kernel can (the old site is never missing); else two renames.
  if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, out.c_str(), RENAME_EXCHANGE) == 0) {
    fs::remove_all(temp, ec);
    return kExitSuccess;
  }
  fs::path old = parent / ("." + out.filename().string() + "-old-" + pid);
  fs::remove_all(old, ec);
  fs::rename(out, old, ec);
  if (ec) return fail("cannot replace " + out_dir + ": " + ec.message());
  fs::rename(temp, out, ec);
  if (ec) {
    std::error_code ignored;
    fs::rename(old, out, ignored);
    return fail("cannot replace " + out_dir + ": " + ec.message());
  }
  fs::remove_all(old, ec);
  return kExitSuccess;
}

}  // namespace cs
