// Mirror a build folder into the served folder, skipping identical files.
#include "serve_sync.h"

#include <algorithm>
#include <filesystem>
#include <set>

#include "files.h"

namespace cs {

namespace fs = std::filesystem;

SyncResult SyncFolder(const std::string& from, const std::string& to) {
  SyncResult result;
  std::error_code ec;
  fs::create_directories(to, ec);
  std::set<std::string> produced;
  for (auto it = fs::recursive_directory_iterator(from, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string rel = fs::relative(it->path(), from, ec).generic_string();
    produced.insert(rel);
    std::string error;
    auto fresh = ReadTextFile(it->path().string(), &error);
    if (!fresh) {
      result.ok = false;
      result.error = error;
      return result;
    }
    std::string target = (fs::path(to) / rel).string();
    std::string ignored;
    auto old = fs::is_regular_file(target, ec) ? ReadTextFile(target, &ignored) : std::nullopt;
    if (old && *old == *fresh) {
      ++result.unchanged;
      continue;
    }
    if (!WriteTextFile(target, *fresh, &error)) {
      result.ok = false;
      result.error = error;
      return result;
    }
    result.written.push_back(rel);
  }
  if (ec) {
    result.ok = false;
    result.error = "cannot read " + from + ": " + ec.message();
    return result;
  }
  std::vector<fs::path> stale_dirs;
  for (auto it = fs::recursive_directory_iterator(to, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    std::string rel = fs::relative(it->path(), to, ec).generic_string();
    if (it->is_directory(ec)) {
      stale_dirs.push_back(it->path());
    } else if (!produced.count(rel)) {
      fs::remove(it->path(), ec);
      result.removed.push_back(rel);
    }
  }
  // Remove folders left empty, deepest first.
  std::sort(stale_dirs.begin(), stale_dirs.end(), [](const fs::path& a, const fs::path& b) {
    return a.string().size() > b.string().size();
  });
  for (const auto& dir : stale_dirs)
    if (fs::is_empty(dir, ec)) fs::remove(dir, ec);
  std::sort(result.written.begin(), result.written.end());
  std::sort(result.removed.begin(), result.removed.end());
  return result;
}

}  // namespace cs
