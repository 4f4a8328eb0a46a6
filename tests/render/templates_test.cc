// Tests for site/render/templates.cc: escaping by default, raw only with triple braces, partials, words, overrides.
#include "builtin_files.h"
#include "files.h"
#include "templates.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>

namespace {

const char* kWords = R"({"greeting": {"hello": "Hello {name}"}, "nav": {"home": "Home & away"}})";

}  // namespace

TEST_CASE("templates: values are escaped; triple braces insert generator HTML as it is") {
  std::vector<cs::Diagnostic> diags;
  auto t = cs::Templates::FromStrings({{"page", "<p title=\"{{v}}\">{{v}}</p>{{{html}}}"}}, kWords, &diags);
  REQUIRE(t);
  std::string out = t->Render("page", {{"v", "\" onmouseover=\"x()<script>'"}, {"html", "<b>ok</b>"}}, &diags);
  CHECK(out == "<p title=\"&quot; onmouseover=&quot;x()&lt;script&gt;&apos;\">&quot; onmouseover=&quot;x()&lt;script&gt;&apos;</p><b>ok</b>");
  CHECK(diags.empty());
}

TEST_CASE("templates: mustache syntax inside values is not expanded") {
  auto t = cs::Templates::FromStrings({{"page", "{{v}}|{{{v}}}"}, {"secret", "SECRET"}}, kWords, nullptr);
  REQUIRE(t);
  CHECK(t->Render("page", {{"v", "{{> secret}}{{#t}}x{{/t}}"}}, nullptr) == "{{&gt; secret}}{{#t}}x{{/t}}|{{> secret}}{{#t}}x{{/t}}");
}

TEST_CASE("templates: partials, words and empty strings as false") {
  auto t = cs::Templates::FromStrings(
      {{"layout", "[{{> nav-item}}]{{#maybe}}shown{{/maybe}}{{^maybe}}hidden{{/maybe}}"}, {"nav-item", "{{t.nav.home}}"}},
      kWords, nullptr);
  REQUIRE(t);
  CHECK(t->Render("layout", {{"maybe", ""}}, nullptr) == "[Home &amp; away]hidden");
  CHECK(t->Render("layout", {{"maybe", "yes"}}, nullptr) == "[Home &amp; away]shown");
  CHECK(t->T("greeting.hello", {{"name", "Sam"}}) == "Hello Sam");
}

TEST_CASE("templates: a template that does not parse is reported") {
  std::vector<cs::Diagnostic> diags;
  CHECK_FALSE(cs::Templates::FromStrings({{"layout", "{{#open}}never closed"}}, kWords, &diags));
  REQUIRE(!diags.empty());
  CHECK(diags[0].code == "template.parse");
}

TEST_CASE("templates: a landlord's same-named file overrides the built-in one; words can be overridden too") {
  const cs::FileMap builtin = {{"layout.mustache", "built-in {{> footer}} {{t.nav.home}}"},
                               {"footer.mustache", "old footer"},
                               {"init/site.json", "not a template: only top-level *.mustache files are"},
                               {"i18n/en.json", kWords}};
  const cs::FileMap overrides = {{"footer.mustache", "landlord footer"}, {"i18n/en.json", R"({"nav": {"home": "Start"}})"}};
  std::vector<cs::Diagnostic> diags;
  auto t = cs::Templates::Load(builtin, "templates", overrides, "content/templates", "en", &diags);
  REQUIRE(t);
  CHECK(diags.empty());
  CHECK(t->Render("layout", nlohmann::json::object(), &diags) == "built-in landlord footer Start");
  CHECK(t->T("greeting.hello", {{"name", "A"}}) == "Hello A");
  CHECK(t->Origin("footer") == "content/templates/footer.mustache");
  CHECK(t->Origin("layout") == "templates/layout.mustache");
  CHECK_FALSE(t->Has("site"));
}

TEST_CASE("templates: the built-in templates (compiled in) parse and every page template renders") {
  std::vector<cs::Diagnostic> diags;
  auto t = cs::Templates::Load(cs::BuiltinTemplates(), "templates", {}, "content/templates", "en", &diags);
  REQUIRE(t);
  // Every page goes through a template (issue 13): the widget's pages, the annual report and search too.
  for (const char* name : {"layout", "page-hub", "page-policy", "page-markdown", "page-ombudsman", "page-self-assessment",
                           "page-guide", "page-accessibility", "page-not-found", "contact-block", "toc", "page-deadlines",
                           "page-walkthrough", "page-walkthrough-screen", "walkthrough-screen", "widget-closures",
                           "page-annual-report", "page-annual-report-index", "annual-report-key-figures",
                           "annual-report-self-assessment", "annual-report-performance", "annual-report-method",
                           "figures-table", "page-search", "inline-date", "inline-link"}) {
    CHECK_MESSAGE(t->Has(name), name);
    t->Render(name, nlohmann::json::object(), &diags);
  }
  CHECK(diags.empty());
}

TEST_CASE("templates: the compiled-in templates are the checkout's templates/, byte for byte") {
  std::string error;
  auto folder = cs::ReadFolder(std::string(SOURCE_DIRECTORY) + "/templates", &error);
  REQUIRE(folder);
  CHECK(folder->size() == cs::BuiltinTemplates().size());
  CHECK(*folder == cs::BuiltinTemplates());
}

TEST_CASE("templates: a value named like a template is reported, not silently replaced") {
  std::vector<cs::Diagnostic> diags;
  auto t = cs::Templates::FromStrings({{"page", "{{#toc}}x{{/toc}}"}, {"toc", "partial"}}, kWords, &diags);
  REQUIRE(t);
  t->Render("page", {{"toc", nlohmann::json::array({1})}}, &diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "template.data.clash");
}

TEST_CASE("templates: partials are expanded once at load and render as partials would") {
  // Nested partials inside sections and lists see the section's values; a partial that changes the
  // delimiters stays a real partial (its delimiters do not leak); nesting deeper than is expanded still renders.
  auto t = cs::Templates::FromStrings(
      {{"page", "{{#items}}[{{> item}}]{{/items}}|{{> delims}}|{{v}}|{{> loop-a}}"},
       {"item", "{{name}}{{> suffix}}"},
       {"suffix", "{{#last}}.{{/last}}"},
       {"delims", "{{=<% %>=}}<% v %>"},
       {"loop-a", "a{{> l1}}"}, {"l1", "1{{> l2}}"}, {"l2", "2{{> l3}}"}, {"l3", "3{{> l4}}"}, {"l4", "4{{> l5}}"},
       {"l5", "5{{> l6}}"}, {"l6", "6{{> l7}}"}, {"l7", "7{{> l8}}"}, {"l8", "8{{> l9}}"}, {"l9", "9{{> l10}}"}, {"l10", "!"}},
      kWords, nullptr);
  REQUIRE(t);
  std::vector<cs::Diagnostic> diags;
  nlohmann::json data = {{"items", {{{"name", "x"}}, {{"name", "y"}, {"last", true}}}}, {"v", "<v>"}};
  std::string out = t->Render("page", data, &diags);
  CHECK(diags.empty());
  CHECK(out == "[x][y.]|&lt;v&gt;|&lt;v&gt;|a123456789!");
  // Rendering the same template again gives the same page (the parsed template is reused).
  CHECK(t->Render("page", data, &diags) == out);
}

TEST_CASE("templates: templates that include each other in a circle are an error, not a crash") {
  std::vector<cs::Diagnostic> diags;
  CHECK_FALSE(cs::Templates::FromStrings({{"layout", "{{> a}}"}, {"a", "x{{> b}}"}, {"b", "{{#s}}{{> a}}{{/s}}"}}, kWords, &diags));
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "template.partial.cycle");
  CHECK(diags[0].message.find("a → b → a") != std::string::npos);
}
