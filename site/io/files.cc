// File helpers.
#include "files.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace cs {

std::optional<std::string> ReadTextFile(const std::string& path, std::string* error) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    if (error) *error = "cannot read " + path + ": it is a folder, not a file";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    // In the words the in-memory content (FileSource, the studio) uses, so `check` says the same in both.
    int why = errno;
    if (error) *error = "cannot read " + path + ": " + (why == ENOENT ? "there is no such file" : std::strerror(why));
    return std::nullopt;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

bool WriteTextFile(const std::string& path, const std::string& text, std::string* error) {
  std::error_code ec;
  auto parent = std::filesystem::path(path).parent_path();
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (out) out.write(text.data(), static_cast<std::streamsize>(text.size()));
  if (!out) {
    if (error) *error = "cannot write " + path + ": " + std::strerror(errno);
    return false;
  }
  return true;
}

std::optional<FileMap> ReadFolder(const std::string& dir, std::string* error) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    if (error) *error = "cannot read " + dir + ": there is no such folder";
    return std::nullopt;
  }
  FileMap files;
  for (auto it = fs::recursive_directory_iterator(dir, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().filename().string().rfind('.', 0) == 0) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (!it->is_regular_file(ec)) continue;
    auto text = ReadTextFile(it->path().string(), error);
    if (!text) return std::nullopt;
    files[fs::relative(it->path(), dir, ec).generic_string()] = std::move(*text);
  }
  if (ec) {
    if (error) *error = "cannot read " + dir + ": " + ec.message();
    return std::nullopt;
  }
  return files;
}

}  // namespace cs
