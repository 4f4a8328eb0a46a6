// Pagefind over the built site's pages, in a scratch folder.
#include "pagefind.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

#include "files.h"
#include "pagefind_stable.h"

extern char** environ;

namespace cs {

namespace fs = std::filesystem;

namespace {

bool Executable(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec) && ::access(p.c_str(), X_OK) == 0;
}

}  // namespace

std::string FindPagefind() {
  if (const char* env = std::getenv("PAGEFIND"); env && *env) return Executable(env) ? env : "";
  std::error_code ec;
  fs::path local = fs::current_path(ec) / "node_modules" / ".bin" / "pagefind";
  if (!ec && Executable(local)) return local.string();
  if (const char* path = std::getenv("PATH")) {
    std::string all = path;
    size_t start = 0;
    while (start <= all.size()) {
      size_t end = all.find(':', start);
      if (end == std::string::npos) end = all.size();
      fs::path candidate = fs::path(all.substr(start, end - start)) / "pagefind";
      if (end > start && Executable(candidate)) return candidate.string();
      start = end + 1;
    }
  }
  return "";
}

bool RunPagefind(const std::string& pagefind, const std::string& site_dir, std::string* error) {
  int out[2];
  if (::pipe(out) != 0) {
    *error = "cannot run Pagefind: no pipe";
    return false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  std::vector<std::string> args = {pagefind, "--site", site_dir, "--quiet"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, pagefind.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  std::string output;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(out[0], buf, sizeof buf)) > 0) output.append(buf, static_cast<size_t>(n));
  ::close(out[0]);
  if (rc != 0) {
    *error = "cannot run " + pagefind + ": " + std::strerror(rc);
    return false;
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    *error = "Pagefind failed (" + pagefind + ")" + (output.empty() ? "" : ":\n" + output);
    return false;
  }
  std::error_code ec;
  if (!fs::exists(fs::path(site_dir) / "pagefind" / "pagefind.js", ec)) {
    *error = "Pagefind ran but wrote no index in " + site_dir + "/pagefind/" + (output.empty() ? "" : ":\n" + output);
    return false;
  }
  return true;
}

SearchIndexResult IndexForSearch(FileMap* output, SearchMode mode,
                                 const std::string& pagefind) {
  SearchIndexResult result;
  if (mode == SearchMode::Off) return result;
  auto problem = [&](const std::string& message, const std::string& fix) {
    result.problem = Diagnostic{mode == SearchMode::On ? Severity::Error : Severity::Warning, "build.search.failed",
                                "pagefind", 0, 0, message, fix, ""};
    return result;
  };
  if (pagefind.empty()) {
    if (mode == SearchMode::On) {
      result.problem = Diagnostic{Severity::Error, "build.search.missing", "pagefind", 0, 0,
                                  "--search on was given but Pagefind is not installed",
                                  "run `npm install pagefind`, or set PAGEFIND=/path/to/pagefind", ""};
      return result;
    }
    result.note = HowToEnableSearch();
    return result;
  }
  std::error_code ec;
  std::string scratch = (fs::temp_directory_path(ec) / "complaints-site-search-XXXXXX").string();
  if (!::mkdtemp(scratch.data())) return problem("cannot create a scratch folder for Pagefind", "check the temporary folder");
  std::string error;
  for (const auto& [path, bytes] : *output) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    if (!WriteTextFile((fs::path(scratch) / path).string(), bytes, &error)) {
      fs::remove_all(scratch, ec);
      return problem(error, "check the temporary folder");
    }
    ++result.pages;
  }
  if (!RunPagefind(pagefind, scratch, &error)) {
    fs::remove_all(scratch, ec);
    return problem(error, "run the build with --search off to publish without search, or reinstall Pagefind");
  }
  fs::path index = fs::path(scratch) / "pagefind";
  for (auto it = fs::recursive_directory_iterator(index, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string name = it->path().filename().string();
    if (name.find("-ui.") != std::string::npos || name.find("highlight") != std::string::npos) continue;
    auto bytes = ReadTextFile(it->path().string(), &error);
    if (!bytes) {
      fs::remove_all(scratch, ec);
      return problem(error, "check the temporary folder");
    }
    (*output)["pagefind/" + fs::relative(it->path(), index, ec).generic_string()] = std::move(*bytes);
    ++result.files_added;
  }
  fs::remove_all(scratch, ec);
  std::string unstable = StabiliseSearchIndex(output);
  if (!unstable.empty())
    result.note = "note: the search index is as Pagefind wrote it, which differs from build to build (" + unstable + ")";
  result.indexed = true;
  return result;
}

std::string HowToEnableSearch() {
  return "note: search is off because Pagefind is not installed — run `npm install pagefind` in this folder "
         "(or set PAGEFIND=/path/to/pagefind) and build again; the search page lists every page meanwhile";
}

}  // namespace cs
