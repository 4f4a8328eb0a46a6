// Tests for links in text the site shows on many pages (site/render/markdown.h links_from_root): site.json's
// service_requests (the home page and the walkthrough's pages) and a notice (every page). A relative link is read
// from the site's root, so it goes to the same page from every page; a link to a page the site does not have stops the
// build with its place in the file, as a page's link does (link.page.missing).
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "build_site.h"
#include "exit_status.h"
#include "test_util.h"

namespace fs = std::filesystem;

namespace {

const std::string kSource = SOURCE_DIRECTORY;

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// The example with site.json's service_requests set to `service_requests` and, when `notice` is not empty, a notice
// in force on the build date with that text; built with `base_url` (empty: the example's own). The exit status, the
// messages, and every HTML page by path.
struct Built {
  int status = -1;
  std::string err;
  std::map<std::string, std::string> pages;
};

Built BuildWith(const cs_test::TempDir& tmp, const std::string& service_requests, const std::string& notice,
                const std::string& base_url = "") {
  fs::copy(kSource + "/content", tmp.path / "content", fs::copy_options::recursive);
  auto site = nlohmann::ordered_json::parse(*cs_test::ReadFile((tmp.path / "content/site.json").string()));
  site["service_requests"] = service_requests;
  Write(tmp.path / "content/site.json", site.dump(2) + "\n");
  if (!notice.empty())
    Write(tmp.path / "content/notices/closed.md", "---\nfrom: 2026-11-16\nuntil: 2027-01-29\n---\n" + notice + "\n");
  cs::BuildOptions o;
  o.content_dir = (tmp.path / "content").string();
  o.out_dir = (tmp.path / "public").string();
  o.templates_dir = kSource + "/templates";
  o.widget_dir = "/nonexistent-widget-dir";
  o.today = "2026-11-24";
  o.search = "off";
  o.base_url = base_url;
  std::ostringstream err;
  Built b;
  b.status = cs::BuildSite(o, err);
  b.err = err.str();
  if (b.status == cs::kExitSuccess)
    for (auto& [path, text] : cs_test::ReadTree((tmp.path / "public").string()))
      if (path.size() > 5 && path.compare(path.size() - 5, 5, ".html") == 0) b.pages[path] = text;
  return b;
}

size_t Count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("service_requests: a relative link goes to the same page from the home page and the walkthrough's pages") {
  cs_test::TempDir tmp;
  Built b = BuildWith(tmp, "Report a repair on [the adjustments page](reasonable-adjustments/) or [the policy](./policy/).", "");
  REQUIRE_MESSAGE(b.status == cs::kExitSuccess, b.err);
  const std::vector<std::string> shown_on = {"index.html", "make-a-complaint/service-request/index.html"};
  for (const auto& path : shown_on) {
    CAPTURE(path);
    REQUIRE(b.pages.count(path));
    CHECK(b.pages[path].find("<a href=\"/reasonable-adjustments/\">the adjustments page</a>") != std::string::npos);
    CHECK(b.pages[path].find("<a href=\"/policy/\">the policy</a>") != std::string::npos);
  }
  // Nowhere is the link left relative (it would be /make-a-complaint/service-request/reasonable-adjustments/ there).
  for (const auto& page : b.pages) {  // no structured binding in CAPTURE/CHECK (clang 14)
    const std::string& path = page.first;
    const std::string& html = page.second;
    CAPTURE(path);
    CHECK(Count(html, "href=\"reasonable-adjustments/\"") == 0);
    CHECK(Count(html, "href=\\\"reasonable-adjustments/\\\"") == 0);  // the walkthrough's words, as JSON in data-*
  }
}

TEST_CASE("service_requests: under a base path the link gets it too") {
  cs_test::TempDir tmp;
  Built b = BuildWith(tmp, "See [the adjustments page](reasonable-adjustments/).", "", "/complaints/");
  REQUIRE_MESSAGE(b.status == cs::kExitSuccess, b.err);
  CHECK(b.pages["index.html"].find("<a href=\"/complaints/reasonable-adjustments/\">") != std::string::npos);
  CHECK(b.pages["make-a-complaint/service-request/index.html"].find("<a href=\"/complaints/reasonable-adjustments/\">") !=
        std::string::npos);
}

TEST_CASE("service_requests: a link to a page the site does not have stops the build at its place in site.json") {
  cs_test::TempDir tmp;
  Built b = BuildWith(tmp, "Use [the repairs form](repairs/).", "");
  CHECK(b.status == cs::kExitContentError);
  CHECK(b.err.find("[link.page.missing]") != std::string::npos);
  CHECK(b.err.find("link to \"repairs/\"") != std::string::npos);
  // Where the link is in the file: the line of "service_requests", the column of its "[".
  const std::string text = *cs_test::ReadFile((tmp.path / "content/site.json").string());
  const size_t at = text.find("[the repairs form]");
  REQUIRE(at != std::string::npos);
  const size_t line_start = text.rfind('\n', at) + 1;
  const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  const int column = 1 + static_cast<int>(at - line_start);
  CHECK_MESSAGE(b.err.find("/content/site.json:" + std::to_string(line) + ":" + std::to_string(column) + ": error: link to") !=
                    std::string::npos,
                b.err);
}

TEST_CASE("notice: its relative links go to the same page from every page, and a missing page is an error") {
  {
    cs_test::TempDir tmp;
    Built b = BuildWith(tmp, "Call us.", "Read [our policy](policy/) while we cannot answer on time.");
    REQUIRE_MESSAGE(b.status == cs::kExitSuccess, b.err);
    int shown = 0;
    for (const auto& page : b.pages) {
      const std::string& path = page.first;
      const std::string& html = page.second;
      if (path.rfind("cms/", 0) == 0 || html.find("while we cannot answer on time") == std::string::npos) continue;
      CAPTURE(path);
      ++shown;
      CHECK(html.find("<a href=\"/policy/\">our policy</a>") != std::string::npos);
    }
    CHECK(shown > 30);
  }
  {
    cs_test::TempDir tmp;
    Built b = BuildWith(tmp, "Call us.", "Read [our policy](polcy/) while we cannot answer on time.");
    CHECK(b.status == cs::kExitContentError);
    CHECK_MESSAGE(b.err.find("/content/notices/closed.md:5:6: error: link to \"polcy/\"") != std::string::npos, b.err);
  }
}
