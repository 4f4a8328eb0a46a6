// Helpers shared by the unit tests: reading fixture files and finding the optional ../shared folder.
#pragma once

#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace cs_test {

inline std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

/// Path of a file under ../shared, or nothing when that folder is absent (tests then report "skipped").
inline std::optional<std::string> SharedFile(const std::string& relative) {
  std::string path = std::string(SHARED_DIRECTORY) + "/" + relative;
  if (!std::filesystem::exists(path)) return std::nullopt;
  return path;
}

inline std::string TestData(const std::string& relative) { return std::string(TEST_DATA_DIRECTORY) + "/" + relative; }

}  // namespace cs_test
