// Tests for site/io/pagefind: running Pagefind over the built pages when it is installed (ctest passes $PAGEFIND).
#include "pagefind.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>

#include "files.h"

namespace fs = std::filesystem;

TEST_CASE("HowToEnableSearch says what to do") { CHECK(cs::HowToEnableSearch().find("npm install pagefind") != std::string::npos); }

TEST_CASE("RunPagefind indexes a built site when Pagefind is installed") {
  std::string pagefind = cs::FindPagefind();
  if (pagefind.empty()) {
    MESSAGE("skipped: Pagefind is not installed (npm install pagefind)");
    return;
  }
  fs::path site = fs::temp_directory_path() / ("cs-search-test-" + std::to_string(::getpid()));
  fs::remove_all(site);
  std::string error;
  REQUIRE(cs::WriteTextFile((site / "policy" / "index.html").string(),
                            "<!doctype html><html lang=\"en\"><head><title>Policy</title></head><body><main "
                            "data-pagefind-body><h1>Complaints policy</h1><p>Ombudsman and stage 2.</p><table><tr "
                            "data-pagefind-filter=\"provision:6.3\"><td>6.3</td></tr></table></main></body></html>",
                            &error));
  REQUIRE(cs::WriteTextFile((site / "index.html").string(),
                            "<!doctype html><html lang=\"en\"><head><title>Home</title></head><body><main "
                            "data-pagefind-body><h1>Complaints</h1></main></body></html>",
                            &error));
  REQUIRE_MESSAGE(cs::RunPagefind(pagefind, site.string(), &error), error);
  CHECK(fs::exists(site / "pagefind" / "pagefind.js"));
  int fragments = 0;
  for (const auto& f : fs::directory_iterator(site / "pagefind" / "fragment")) fragments += f.is_regular_file();
  CHECK(fragments == 2);
  CHECK(fs::exists(site / "pagefind" / "filter"));

  CHECK_FALSE(cs::RunPagefind(pagefind, (site / "missing").string(), &error));
  CHECK_FALSE(error.empty());
  fs::remove_all(site);
}

TEST_CASE("IndexForSearch adds Pagefind's index to the build output, deterministically") {
  std::map<std::string, std::string> output = {
      {"index.html", "<!doctype html><html lang=\"en\"><head><title>Home</title></head><body><main>Complaints hub</main></body></html>"},
      {"policy/index.html", "<!doctype html><html lang=\"en\"><head><title>Policy</title></head><body><main>"
                            "<h1>Complaints policy</h1><p>Escalate to stage 2.</p></main></body></html>"},
      {"assets/site.css", "body{}"},
  };
  SUBCASE("off does nothing; auto without Pagefind says how to enable it; on without it is an error") {
    auto copy = output;
    CHECK_FALSE(cs::IndexForSearch(&copy, cs::SearchMode::Off, "/bin/true").indexed);
    auto missing = cs::IndexForSearch(&copy, cs::SearchMode::Auto, "");
    CHECK_FALSE(missing.indexed);
    CHECK(missing.note.find("npm install pagefind") != std::string::npos);
    CHECK_FALSE(missing.problem);
    auto required = cs::IndexForSearch(&copy, cs::SearchMode::On, "");
    REQUIRE(required.problem);
    CHECK(required.problem->code == "build.search.missing");
    CHECK(required.problem->severity == cs::Severity::Error);
    CHECK(copy == output);
  }
  SUBCASE("a failing Pagefind is a warning in auto mode and leaves the output alone") {
    auto copy = output;
    auto failed = cs::IndexForSearch(&copy, cs::SearchMode::Auto, "/bin/false");
    REQUIRE(failed.problem);
    CHECK(failed.problem->code == "build.search.failed");
    CHECK(failed.problem->severity == cs::Severity::Warning);
    CHECK(copy == output);
  }
  SUBCASE("with Pagefind") {
    std::string pagefind = cs::FindPagefind();
    if (pagefind.empty()) {
      MESSAGE("skipped: Pagefind is not installed (npm install pagefind)");
      return;
    }
    auto first = output, second = output;
    auto result = cs::IndexForSearch(&first, cs::SearchMode::Auto, pagefind);
    CHECK(result.indexed);
    CHECK(result.pages == 2);
    CHECK(first.count("pagefind/pagefind.js") == 1);
    CHECK(first.count("pagefind/pagefind-ui.js") == 0);
    int fragments = 0;
    for (const auto& [path, bytes] : first) fragments += path.rfind("pagefind/fragment/", 0) == 0;
    CHECK(fragments == 2);
    cs::IndexForSearch(&second, cs::SearchMode::Auto, pagefind);
    CHECK(first == second);
  }
}
