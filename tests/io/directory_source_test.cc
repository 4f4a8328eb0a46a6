// Tests for site/io/directory_source.cc: reading ahead (WillRead, which LoadContent asks for before a big site's pages)
// gives exactly what reading one file at a time gives, the refusals and their messages included.
#include "directory_source.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"

namespace fs = std::filesystem;

TEST_CASE("DirectorySource: reading ahead gives the same bytes and the same errors as reading one by one") {
  cs_test::TempDir tmp;
  const fs::path content = tmp.path / "content";
  fs::create_directories(content / "pages");
  std::vector<std::string> paths;
  for (int i = 0; i < 40; ++i) {  // enough for several threads
    std::string name = "pages/page-" + std::to_string(i) + ".md";
    std::ofstream(content / name) << "# Page " << i << "\n\nText " << std::string(static_cast<size_t>(i) * 100, 'x') << "\n";
    paths.push_back(name);
  }
  std::ofstream(tmp.path / "outside.md") << "not content\n";
  fs::create_symlink(tmp.path / "outside.md", content / "pages" / "link.md");
  fs::create_directories(content / "pages" / "folder.md");
  for (const char* odd : {"pages/link.md", "pages/missing.md", "pages/folder.md", "../outside.md", "/etc/hostname"})
    paths.push_back(odd);

  const cs::DirectorySource one_by_one(content.string());
  const cs::DirectorySource ahead(content.string());
  ahead.WillRead(paths);
  int read = 0, refused = 0;
  for (const auto& path : paths) {
    CAPTURE(path);
    std::string error_one, error_ahead;
    auto bytes_one = one_by_one.Read(path, &error_one);
    auto bytes_ahead = ahead.Read(path, &error_ahead);
    REQUIRE(bytes_one.has_value() == bytes_ahead.has_value());
    if (bytes_one) {
      CHECK(*bytes_one == *bytes_ahead);
      ++read;
    } else {
      CHECK_FALSE(error_one.empty());
      CHECK(error_one == error_ahead);
      ++refused;
    }
  }
  CHECK(read == 40);
  CHECK(refused == 5);

  // What was read ahead is given once: a file changed since is read again the next time it is asked for.
  std::ofstream(content / "pages/page-0.md") << "changed\n";
  CHECK(ahead.Read("pages/page-0.md", nullptr) == std::optional<std::string>("changed\n"));
}
