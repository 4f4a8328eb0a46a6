// Helpers shared by the unit tests: reading fixture files and folders, loading content, finding ../shared, and what
// a missing prerequisite does. The same rule in every language (tests/lib/prerequisites.sh,
// tests/lib/prerequisites.mjs): a missing prerequisite fails the test with how to install it, unless
// CS_ALLOW_SKIP=1, when it is reported as skipped.
#pragma once

#include <doctest/doctest.h>

#include <stdlib.h>  // mkdtemp

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>

#include "content.h"

namespace cs_test {

/// A fresh folder under the system's temporary folder, removed with everything in it when the value goes.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "cs-test-XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};


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

/// True when CS_ALLOW_SKIP=1: a missing prerequisite is then a skip, not a failure.
inline bool AllowSkip() {
  const char* allow = std::getenv("CS_ALLOW_SKIP");
  return allow && std::string(allow) == "1";
}

/// `what` is missing: fails the current test saying `how` to install it, or, with CS_ALLOW_SKIP=1, only says
/// "skipped". The caller returns from the test (or subcase) after it.
inline void Missing(const std::string& what, const std::string& how) {
  if (AllowSkip()) {
    MESSAGE("skipped: " << what << " is missing (CS_ALLOW_SKIP=1)");
  } else {
    FAIL_CHECK("missing prerequisite: " << what << " — " << how
                                        << " (CS_ALLOW_SKIP=1 turns this failure into a skip)");
  }
}

/// The shared/ folder beside the checkout (the Code text, seeds, reference data): $CS_SHARED_DIR when set, else
/// the folder CMake's CS_SHARED_DIR named at configure time (SHARED_DIRECTORY, default ../shared).
inline std::string SharedDirectory() {
  const char* dir = std::getenv("CS_SHARED_DIR");
  return dir && *dir ? std::string(dir) : std::string(SHARED_DIRECTORY);
}

/// Path of `relative` under the shared folder; when it is not there, Missing() and nothing.
inline std::optional<std::string> SharedFile(const std::string& relative) {
  std::string path = SharedDirectory() + "/" + relative;
  if (std::filesystem::exists(path)) return path;
  Missing(path + " (the shared/ folder)",
          "put the shared/ folder (Code text, seeds, reference data) beside the checkout as ../shared, or point "
          "CS_SHARED_DIR at it");
  return std::nullopt;
}

inline std::string TestData(const std::string& relative) { return std::string(TEST_DATA_DIRECTORY) + "/" + relative; }

}  // namespace cs_test
