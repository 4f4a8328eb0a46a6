// Where a landlord's content comes from: a folder on disk (site/io/directory_source.h, for the CLI and `serve`), a
// set of files in memory (FileSource below: tests, and the browser studio next), a zip one day. LoadContent reads
// through this interface only, so every caller sees the content exactly as `build` does.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "file_map.h"

namespace cs {

class ContentSource {
 public:
  virtual ~ContentSource() = default;
  /// How diagnostics name the content's top folder, e.g. "content" or "my-site/content" (never ends with "/").
  virtual std::string Name() const = 0;
  /// Whether the content is there at all (for a folder: it exists and is a folder).
  virtual bool Exists() const = 0;
  /// Every file under `folder` ("pages", "templates"; "" for all), recursively, as paths relative to the top
  /// ("pages/repairs.md"), sorted. Folders that are not there give nothing.
  virtual std::vector<std::string> Files(const std::string& folder) const = 0;
  /// The bytes of `path` (relative to the top, "/"-separated, never ".." or absolute), or nothing with `error` set
  /// to a reason a person can act on ("cannot read content/policy.md: no such file").
  virtual std::optional<std::string> Read(const std::string& path, std::string* error) const = 0;
  /// A hint that each of `paths` is about to be read once: a source on a disk may read them all at once, so that a
  /// big site's pages do not wait for the disk one by one. Changes nothing that Read returns.
  virtual void WillRead(const std::vector<std::string>& paths) const { (void)paths; }
};

/// Content held in memory: `files` by path relative to the top ("site.json", "pages/repairs.md").
class FileSource : public ContentSource {
 public:
  explicit FileSource(FileMap files, std::string name = "content") : files_(std::move(files)), name_(std::move(name)) {}
  std::string Name() const override { return name_; }
  bool Exists() const override { return true; }
  std::vector<std::string> Files(const std::string& folder) const override;
  std::optional<std::string> Read(const std::string& path, std::string* error) const override;

 private:
  FileMap files_;
  std::string name_;
};

/// Whether `path` is a safe relative path for a FileMap or a ContentSource: not empty, no leading "/", no "\\",
/// no ".." or "." part, no empty part, no NUL.
bool IsSafeRelativePath(const std::string& path);

}  // namespace cs
