// The content folder on disk.
#include "directory_source.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include "files.h"
#include "parallel.h"

namespace cs {

namespace fs = std::filesystem;

DirectorySource::DirectorySource(std::string dir) : dir_(std::move(dir)) {
  name_ = dir_;
  while (name_.size() > 1 && name_.back() == '/') name_.pop_back();
  if (name_.empty()) name_ = ".";
  std::error_code ec;
  root_ = fs::weakly_canonical(dir_, ec);
}

bool DirectorySource::Exists() const {
  std::error_code ec;
  return fs::is_directory(dir_, ec);
}

std::vector<std::string> DirectorySource::Files(const std::string& folder) const {
  std::vector<std::string> out;
  std::error_code ec;
  fs::path root(name_), start = folder.empty() ? root : root / folder;  // name_: no trailing '/', as paths come
  if (!fs::is_directory(start, ec)) return out;
  for (auto it = fs::recursive_directory_iterator(start, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().filename().string().rfind('.', 0) == 0) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec)) out.push_back(it->path().lexically_relative(root).generic_string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

void DirectorySource::WillRead(const std::vector<std::string>& paths) const {
  std::vector<ReadResult> results(paths.size());
  ForEachIndex(
      paths.size(), [&](size_t i) { results[i].bytes = ReadNow(paths[i], &results[i].error); }, 16, /*io_bound=*/true);
  std::lock_guard<std::mutex> lock(read_ahead_mutex_);
  for (size_t i = 0; i < paths.size(); ++i) read_ahead_[paths[i]] = std::move(results[i]);
}

std::optional<std::string> DirectorySource::Read(const std::string& path, std::string* error) const {
  {
    std::lock_guard<std::mutex> lock(read_ahead_mutex_);
    auto it = read_ahead_.find(path);
    if (it != read_ahead_.end()) {
      ReadResult result = std::move(it->second);
      read_ahead_.erase(it);
      if (!result.bytes && error) *error = result.error;
      return std::move(result.bytes);
    }
  }
  return ReadNow(path, error);
}

std::optional<std::string> DirectorySource::ReadNow(const std::string& path, std::string* error) const {
  std::string shown = name_ + "/" + path;
  for (char& c : shown)
    if (static_cast<unsigned char>(c) < 0x20) c = '?';  // a NUL or a line break in a name is shown, not printed
  if (!IsSafeRelativePath(path)) {
    if (error) *error = "cannot read " + shown + ": the path must stay inside the content folder";
    return std::nullopt;
  }
  std::error_code ec;
  fs::path full_path = fs::path(dir_) / path;
  // A file that is not a link is where its folder really is; a link is followed all the way.
  struct stat st;
  fs::path target = ::lstat(full_path.c_str(), &st) == 0 && !S_ISLNK(st.st_mode)
                        ? CanonicalFolder(full_path.parent_path()) / full_path.filename()
                        : fs::weakly_canonical(full_path, ec);
  auto rel = target.lexically_relative(root_);
  if (ec || rel.empty() || *rel.begin() == "..") {
    if (error) *error = "cannot read " + shown + ": it leads outside the content folder";
    return std::nullopt;
  }
  std::string why, full = (fs::path(dir_) / path).string();
  auto text = ReadTextFile(full, &why);
  if (!text && error) {
    // ReadTextFile names the path as given to it; name it as diagnostics do.
    std::string prefix = "cannot read " + full;
    *error = "cannot read " + shown + (why.rfind(prefix, 0) == 0 ? why.substr(prefix.size()) : ": " + why);
  }
  return text;
}

fs::path DirectorySource::CanonicalFolder(const fs::path& folder) const {
  std::lock_guard<std::mutex> lock(folders_mutex_);
  auto it = canonical_folders_.find(folder);
  if (it != canonical_folders_.end()) return it->second;
  std::error_code ec;
  fs::path canonical = fs::weakly_canonical(folder, ec);
  if (ec) return fs::path();  // an empty path: lexically outside the root, so refused
  return canonical_folders_[folder] = canonical;
}

}  // namespace cs
