// Tests for the exceptional circumstances notice in the generator (site/build/generate.cc, Code 8.5): the example
// with tests/fixtures/notice/ laid over it shows the banner on every page while the notice is in force on the build
// date, and the sentence beside the dates (the no-JS pages, and data-notice for the widget); none before or after.
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include <nlohmann/json.hpp>

#include "build_site.h"
#include "exit_status.h"
#include "test_util.h"

namespace fs = std::filesystem;

namespace {

const std::string kSource = SOURCE_DIRECTORY;

// The example plus the fixture's notice, built as of `today` into tmp/public: every HTML page by path.
std::map<std::string, std::string> BuildWithNotice(const cs_test::TempDir& tmp, const std::string& today) {
  fs::copy(kSource + "/content", tmp.path / "content", fs::copy_options::recursive);
  fs::copy(kSource + "/tests/fixtures/notice/notices", tmp.path / "content/notices", fs::copy_options::recursive);
  cs::BuildOptions o;
  o.content_dir = (tmp.path / "content").string();
  o.out_dir = (tmp.path / "public").string();
  o.templates_dir = kSource + "/templates";
  o.widget_dir = "/nonexistent-widget-dir";
  o.today = today;
  o.search = "off";
  std::ostringstream err;
  REQUIRE_MESSAGE(cs::BuildSite(o, err) == cs::kExitSuccess, err.str());
  std::map<std::string, std::string> pages;
  for (auto& [path, text] : cs_test::ReadTree((tmp.path / "public").string()))
    if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0) pages[path] = text;
  return pages;
}

// en.json's "notice.dates" up to its first placeholder after {landlord}, as the pages write it (HTML-escaped).
std::string DatesSentenceStart() {
  auto words = nlohmann::json::parse(*cs_test::ReadFile(kSource + "/templates/i18n/en.json"));
  std::string s = words["notice"]["dates"].get<std::string>();
  REQUIRE(s.rfind("{landlord} ", 0) == 0);
  s = "Example Homes " + s.substr(11);
  return s.substr(0, s.find('{'));
}

}  // namespace

TEST_CASE("notice: while in force, a banner on every page and a sentence beside the dates") {
  cs_test::TempDir tmp;
  auto pages = BuildWithNotice(tmp, "2026-11-24");
  REQUIRE(pages.size() > 30);
  for (const auto& page : pages) {  // no structured binding in CAPTURE/CHECK (clang 14)
    const std::string& path = page.first;
    const std::string& html = page.second;
    CAPTURE(path);
    // A CMS fragment (cms/<page>.html) keeps the notice's words but not its markup (plain tags only).
    if (path.rfind("cms/", 0) != 0) CHECK(html.find("<div class=\"site-notice\" role=\"region\"") != std::string::npos);
    CHECK(html.find("our computer systems were attacked") != std::string::npos);  // the notice's own words
    CHECK(html.find("29 January 2027") != std::string::npos);                     // its timescale
  }
  // cms/README.txt tells the officer to paste the fragments again when the notice ends.
  auto readme = cs_test::ReadFile((tmp.path / "public/cms/README.txt").string());
  REQUIRE(readme);
  CHECK(readme->find("in force until 29 January 2027") != std::string::npos);
  const std::string sentence = DatesSentenceStart();
  // The no-JS dates: the calculator's page, a month's dates, a walkthrough screen that lists the dates.
  for (const char* path : {"deadlines/index.html", "deadlines/2026-12/index.html"}) {
    CAPTURE(path);
    REQUIRE(pages.count(path));
    CHECK(pages[path].find("<p class=\"cs-notice-dates\">" + sentence) != std::string::npos);
  }
  int screens_with_dates = 0;
  for (const auto& [path, html] : pages)
    if (path.rfind("make-a-complaint/", 0) == 0 && html.find("<p class=\"cs-notice-dates\">" + sentence) != std::string::npos)
      ++screens_with_dates;
  CHECK(screens_with_dates >= 1);
  // The widget reads the same sentence from the page.
  for (const char* path : {"deadlines/index.html", "make-a-complaint/index.html"}) {
    CAPTURE(path);
    CHECK(pages[path].find(" data-notice=\"" + sentence) != std::string::npos);
  }
}

TEST_CASE("notice: nothing before it starts or after it ends") {
  for (const char* today : {"2026-11-15", "2027-01-30"}) {
    CAPTURE(today);
    cs_test::TempDir tmp;
    auto pages = BuildWithNotice(tmp, today);
    REQUIRE(pages.size() > 30);
    for (const auto& page : pages) {
      const std::string& path = page.first;
      const std::string& html = page.second;
      CAPTURE(path);
      CHECK(html.find("site-notice") == std::string::npos);
      CHECK(html.find("cs-notice-dates") == std::string::npos);
      CHECK(html.find("data-notice") == std::string::npos);
    }
  }
}
