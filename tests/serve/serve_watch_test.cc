// Tests for site/watch: inotify sees edits in nested and new folders, and ignores editor scratch files.
#include <unistd.h>

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "files.h"
#include "watch.h"

namespace fs = std::filesystem;

TEST_CASE("DirectoryWatcher reports changes below the folder, debounced") {
  fs::path base = fs::temp_directory_path() / ("cs-watch-test-" + std::to_string(::getpid()));
  fs::remove_all(base);
  fs::create_directories(base / "pages");
  std::string error;
  cs::DirectoryWatcher watcher;
  REQUIRE(watcher.AddRecursive(base.string(), &error));

  CHECK(watcher.Wait(50, 20).changed.empty());  // nothing yet: times out

  REQUIRE(cs::WriteTextFile((base / "pages" / "a.md").string(), "x", &error));
  REQUIRE(cs::WriteTextFile((base / "policy.md").string(), "y", &error));
  auto result = watcher.Wait(2000, 50);
  CHECK(std::count(result.changed.begin(), result.changed.end(), (base / "pages" / "a.md").string()) == 1);
  CHECK(std::count(result.changed.begin(), result.changed.end(), (base / "policy.md").string()) == 1);

  fs::create_directories(base / "self-assessments");
  watcher.Wait(500, 50);
  REQUIRE(cs::WriteTextFile((base / "self-assessments" / "2025-26.json").string(), "{}", &error));
  result = watcher.Wait(2000, 50);
  CHECK(std::count(result.changed.begin(), result.changed.end(), (base / "self-assessments" / "2025-26.json").string()) == 1);

  REQUIRE(cs::WriteTextFile((base / ".policy.md.swp").string(), "", &error));
  CHECK(watcher.Wait(200, 50).changed.empty());

  int pipe_fds[2];
  REQUIRE(::pipe(pipe_fds) == 0);
  REQUIRE(::write(pipe_fds[1], "x", 1) == 1);
  CHECK(watcher.Wait(-1, 50, pipe_fds[0]).interrupted);
  ::close(pipe_fds[0]);
  ::close(pipe_fds[1]);
  fs::remove_all(base);
}

TEST_CASE("IsScratchFile") {
  CHECK(cs::DirectoryWatcher::IsScratchFile("content/.policy.md.swp"));
  CHECK(cs::DirectoryWatcher::IsScratchFile("policy.md~"));
  CHECK(cs::DirectoryWatcher::IsScratchFile("4913"));
  CHECK(cs::DirectoryWatcher::IsScratchFile(".#policy.md"));
  CHECK_FALSE(cs::DirectoryWatcher::IsScratchFile("policy.md"));
  CHECK_FALSE(cs::DirectoryWatcher::IsScratchFile("site.json"));
}
