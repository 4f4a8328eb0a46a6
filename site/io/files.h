// Reading and writing files for the generator and CLI (core/ never touches the disk).
#pragma once

#include <optional>
#include <string>

namespace cs {

/// The whole file, or nothing with `error` set to "cannot read PATH: reason".
std::optional<std::string> ReadTextFile(const std::string& path, std::string* error);

/// Writes `text` to `path`, creating parent folders. Returns false with `error` set on failure.
bool WriteTextFile(const std::string& path, const std::string& text, std::string* error);

}  // namespace cs
