// Content read from a folder on disk (the CLI's --content, `serve`): the ContentSource LoadContent reads through.
#pragma once

#include <filesystem>
#include <map>
#include <mutex>
#include <string>

#include "content_source.h"

namespace cs {

class DirectorySource : public ContentSource {
 public:
  /// `dir` as the user gave it ("content", "my-site/content/"); diagnostics name files "<dir>/site.json".
  explicit DirectorySource(std::string dir);
  std::string Name() const override { return name_; }
  bool Exists() const override;
  /// Regular files only; hidden files and folders (".git", ".DS_Store") are left out.
  std::vector<std::string> Files(const std::string& folder) const override;
  /// Refuses a path that is not IsSafeRelativePath or that leads outside the folder (through a symbolic link).
  std::optional<std::string> Read(const std::string& path, std::string* error) const override;
  /// Reads `paths` on several threads now and keeps what each Read would return until that Read asks for it (the
  /// disk answers many requests at once faster than the same requests one after another).
  void WillRead(const std::vector<std::string>& paths) const override;

 private:
  struct ReadResult {
    std::optional<std::string> bytes;
    std::string error;
  };
  std::optional<std::string> ReadNow(const std::string& path, std::string* error) const;
  mutable std::mutex read_ahead_mutex_;
  mutable std::map<std::string, ReadResult> read_ahead_;  ///< WillRead's results not yet asked for
  std::string dir_;
  std::string name_;
  std::filesystem::path root_;  ///< the folder's canonical path, for refusing paths that lead outside it
  /// Where each folder read from really is (its canonical path), found once per folder rather than once per file.
  std::filesystem::path CanonicalFolder(const std::filesystem::path& folder) const;
  mutable std::mutex folders_mutex_;
  mutable std::map<std::filesystem::path, std::filesystem::path> canonical_folders_;
};

}  // namespace cs
