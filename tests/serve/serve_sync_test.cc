// Tests for site/serve_sync: only changed files are rewritten; stale files go.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>

#include "files.h"
#include "serve_sync.h"

namespace fs = std::filesystem;

TEST_CASE("SyncFolder writes only what changed and removes what is gone") {
  fs::path base = fs::temp_directory_path() / ("cs-sync-test-" + std::to_string(::getpid()));
  fs::remove_all(base);
  std::string from = (base / "from").string(), to = (base / "to").string(), error;
  REQUIRE(cs::WriteTextFile(from + "/index.html", "home", &error));
  REQUIRE(cs::WriteTextFile(from + "/policy/index.html", "policy", &error));
  auto first = cs::SyncFolder(from, to);
  REQUIRE(first.ok);
  CHECK(first.written == std::vector<std::string>{"index.html", "policy/index.html"});

  REQUIRE(cs::WriteTextFile(from + "/policy/index.html", "policy v2", &error));
  REQUIRE(cs::WriteTextFile(to + "/old/gone.html", "stale", &error));
  auto second = cs::SyncFolder(from, to);
  REQUIRE(second.ok);
  CHECK(second.written == std::vector<std::string>{"policy/index.html"});
  CHECK(second.unchanged == 1);
  CHECK(second.removed == std::vector<std::string>{"old/gone.html"});
  CHECK_FALSE(fs::exists(to + "/old"));
  CHECK(*cs::ReadTextFile(to + "/policy/index.html", &error) == "policy v2");
  fs::remove_all(base);
}
