// Tests for site/build/search: the search page and script (Pagefind itself: tests/io/pagefind_test.cc).
#include <doctest/doctest.h>

#include "search.h"
#include "test_site.h"

TEST_CASE("SearchPage lists every page for readers without JavaScript and escapes everything") {
  cs_test::TestSite site(cs::SiteConfig{});
  site.ctx.base_path = "/complaints/";
  auto page = cs::SearchPage(site.ctx, {{"Complaints policy", "/policy/"}, {"<b>Bad</b> \"title\"", "/x/?a=1&b=2"}},
                             "/complaints/assets/search.abc123.js");
  CHECK(site.diagnostics.empty());
  CHECK(page.path == "search/index.html");
  CHECK(page.title == "Search this site");
  CHECK(page.body_html.find("<li><a href=\"/policy/\">Complaints policy</a></li>") != std::string::npos);
  CHECK(page.body_html.find("&lt;b&gt;Bad&lt;/b&gt; &quot;title&quot;") != std::string::npos);
  CHECK(page.body_html.find("href=\"/x/?a=1&amp;b=2\"") != std::string::npos);
  CHECK(page.body_html.find("<b>") == std::string::npos);
  CHECK(page.body_html.find("data-base=\"/complaints/\"") != std::string::npos);
  CHECK(page.body_html.find("data-pagefind-ignore=\"all\"") != std::string::npos);
  CHECK(page.body_html.find(" hidden ") != std::string::npos);  // the form appears only with JavaScript
  CHECK(page.body_html.find("<script src=\"/complaints/assets/search.abc123.js\" defer></script>") != std::string::npos);
  CHECK(page.body_html.find("style=") == std::string::npos);
  CHECK(page.body_html.find("<script>") == std::string::npos);
}

TEST_CASE("SearchPage takes its words from en.json, overridden by the landlord's") {
  cs_test::TestSite site(cs::SiteConfig{});
  auto page = cs::SearchPage(site.ctx, {}, "/assets/search.js");
  CHECK(page.title == "Search this site");
  CHECK(page.body_html.find("<button class=\"button\" type=\"submit\">Search</button>") != std::string::npos);
  CHECK(page.body_html.find("data-no-results=\"No pages match &quot;{query}&quot;.\"") != std::string::npos);
  cs_test::TestSite welsh(cs::SiteConfig{}, "cy", R"({"search": {"title": "Chwilio", "button": "Chwilio’r wefan"}})");
  page = cs::SearchPage(welsh.ctx, {}, "/assets/search.js");
  CHECK(page.title == "Chwilio");
  CHECK(page.body_html.find(">Chwilio’r wefan</button>") != std::string::npos);
  CHECK(page.body_html.find(">Search for</label>") != std::string::npos);  // English for the keys it leaves out
}

TEST_CASE("The search script is CSP-clean") {
  auto script = cs::SearchScript();
  CHECK(script.path == "assets/search.js");
  CHECK(script.content.find("eval(") == std::string::npos);
  CHECK(script.content.find("new Function") == std::string::npos);
  CHECK(script.content.find("innerHTML") == std::string::npos);
  CHECK(script.content.find(".style") == std::string::npos);
  CHECK(script.content.find("pagefind/pagefind.js") != std::string::npos);
}
