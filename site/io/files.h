// Reading and writing files, at the edge: for the CLI and `serve` (core/ and the generator never touch the disk).
#pragma once

#include <optional>
#include <string>

#include "file_map.h"

namespace cs {

/// The whole file, or nothing with `error` set to "cannot read PATH: reason".
std::optional<std::string> ReadTextFile(const std::string& path, std::string* error);

/// Writes `text` to `path`, creating parent folders. Returns false with `error` set on failure.
bool WriteTextFile(const std::string& path, const std::string& text, std::string* error);

/// Every file under `dir`, recursively, by path relative to it ("i18n/en.json"), or nothing with `error` set when
/// `dir` is not a folder or a file in it cannot be read. Hidden files and folders (".git") are left out.
std::optional<FileMap> ReadFolder(const std::string& dir, std::string* error);

}  // namespace cs
