// Copying a fresh build into the folder the preview server serves, writing only the files that changed,
// so an edit to one page rewrites one page (and the browser is told which).
#pragma once

#include <string>
#include <vector>

namespace cs {

struct SyncResult {
  std::vector<std::string> written;  ///< relative paths new or different
  std::vector<std::string> removed;  ///< relative paths no longer produced
  int unchanged = 0;
  bool ok = true;
  std::string error;
};

/// Makes `to` hold exactly the files of `from` (creating it if needed), touching only what differs.
SyncResult SyncFolder(const std::string& from, const std::string& to);

}  // namespace cs
