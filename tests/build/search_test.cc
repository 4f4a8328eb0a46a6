// Tests for site/build/search: the search page and script (Pagefind itself: tests/io/pagefind_test.cc).
#include <doctest/doctest.h>

#include "i18n.h"
#include "search.h"

TEST_CASE("SearchPage lists every page for readers without JavaScript and escapes everything") {
  auto page = cs::SearchPage({{"Complaints policy", "/policy/"}, {"<b>Bad</b> \"title\"", "/x/?a=1&b=2"}},
                             "/complaints/assets/search.abc123.js", "/complaints/");
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

TEST_CASE("SearchWords come from the translations' search block when present") {
  std::vector<cs::Diagnostic> diagnostics;
  auto t = cs::Translations::Parse(R"({"search": {"title": "Find a page"}})", "", "en", &diagnostics);
  REQUIRE(t);
  auto words = cs::SearchWords::FromTranslations(*t);
  CHECK(words.title == "Find a page");
  CHECK(words.button == "Search");  // built-in English for keys the file lacks
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
