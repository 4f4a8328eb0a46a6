// Helpers shared by the unit tests: reading fixture files and folders, loading content, finding ../shared.
#pragma once

#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

#include "content.h"

namespace cs_test {

inline std::optional<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

/// Every file under `dir`, by path relative to it ("pages/repairs.md"); empty when there is no such folder.
inline std::map<std::string, std::string> ReadTree(const std::string& dir) {
  std::map<std::string, std::string> files;
  if (!std::filesystem::is_directory(dir)) return files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir))
    if (e.is_regular_file())
      files[std::filesystem::relative(e.path(), dir).generic_string()] = ReadFile(e.path().string()).value_or("");
  return files;
}

/// The content folder `dir` read by the real loader, through a FileSource holding its files (diagnostics dropped).
inline cs::Content LoadFolder(const std::string& dir) {
  cs::Diagnostics ignored;
  return cs::LoadContent(cs::FileSource(ReadTree(dir), dir), ignored);
}

/// Path of a file under ../shared, or nothing when that folder is absent (tests then report "skipped").
inline std::optional<std::string> SharedFile(const std::string& relative) {
  std::string path = std::string(SHARED_DIRECTORY) + "/" + relative;
  if (!std::filesystem::exists(path)) return std::nullopt;
  return path;
}

inline std::string TestData(const std::string& relative) { return std::string(TEST_DATA_DIRECTORY) + "/" + relative; }

}  // namespace cs_test
