// The in-memory content source.
#include "content_source.h"

namespace cs {

bool IsSafeRelativePath(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.find('\\') != std::string::npos ||
      path.find('\0') != std::string::npos)
    return false;
  size_t start = 0;
  while (start <= path.size()) {
    size_t end = path.find('/', start);
    if (end == std::string::npos) end = path.size();
    std::string part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

std::vector<std::string> FileSource::Files(const std::string& folder) const {
  std::vector<std::string> out;
  std::string prefix = folder.empty() ? "" : folder + "/";
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
    out.push_back(it->first);
  return out;
}

std::optional<std::string> FileSource::Read(const std::string& path, std::string* error) const {
  auto it = files_.find(path);
  if (it == files_.end()) {
    if (error) *error = "cannot read " + name_ + "/" + path + ": there is no such file";
    return std::nullopt;
  }
  return it->second;
}

}  // namespace cs
