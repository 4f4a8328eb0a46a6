// Tests for site/render/markdown.cc: GFM features, safety, heading ids, the timescales marker, link collection.
#include "markdown.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>

namespace {

cs::MarkdownResult Md(const std::string& text, std::vector<cs::Diagnostic>* diags = nullptr,
                      cs::MarkdownOptions options = {}) {
  if (options.file.empty()) options.file = "content/policy.md";
  return cs::RenderMarkdown(text, options, diags);
}

bool HasCode(const std::vector<cs::Diagnostic>& diags, const std::string& code) {
  return std::any_of(diags.begin(), diags.end(), [&](const cs::Diagnostic& d) { return d.code == code; });
}

}  // namespace

TEST_CASE("markdown: GFM tables, strikethrough, autolinks and task lists") {
  auto r = Md("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~old~~ see https://example.org\n\n- [x] done\n- [ ] todo\n");
  CHECK(r.html.find("<table>") != std::string::npos);
  CHECK(r.html.find("<del>old</del>") != std::string::npos);
  CHECK(r.html.find("<a href=\"https://example.org\">https://example.org</a>") != std::string::npos);
  CHECK(r.html.find("<input") == std::string::npos);
  CHECK(r.html.find("Done:") != std::string::npos);
  CHECK(r.html.find("To do:") != std::string::npos);
}

TEST_CASE("markdown: raw HTML and unsafe URLs never reach the output") {
  std::vector<cs::Diagnostic> diags;
  auto r = Md("<script>alert(1)</script>\n\nHi <b onmouseover=\"x()\">there</b>\n\n"
              "[click](javascript:alert(1)) [d](data:text/html;base64,PHNjcmlwdD4=) [v](VBScript:x) "
              "[f](file:///etc/passwd) [sp]( javascript:alert(2))\n\n![img](data:image/png;base64,AAAA)\n\n"
              "[ok](\" onmouseover=\"alert(1))\n",
              &diags);
  CHECK(r.html.find("<script") == std::string::npos);
  CHECK(r.html.find("onmouseover=\"") == std::string::npos);
  CHECK(r.html.find("javascript:") == std::string::npos);
  CHECK(r.html.find("data:") == std::string::npos);
  CHECK(r.html.find("VBScript") == std::string::npos);
  CHECK(r.html.find("file:") == std::string::npos);
  CHECK(r.html.find("<img") == std::string::npos);
  CHECK(r.html.find("click") != std::string::npos);  // the text stays
  CHECK(HasCode(diags, "md.raw_html.removed"));
  CHECK(HasCode(diags, "md.link.unsafe_url"));
  CHECK(HasCode(diags, "md.image.not_local"));
}

TEST_CASE("markdown: a link left out says what is wrong with it") {
  struct Case {
    const char* markdown;
    const char* shown;  // the link as the message quotes it
    const char* why;
  };
  const Case cases[] = {
      {"[a](javascript:alert(1))", "\"javascript:alert(1)\"", "\"javascript:\" links run code"},
      {"[a](//evil.example/x)", "\"//evil.example/x\"", "starts with //"},
      {"[a](/policy\\stage)", "\"/policy\\stage\"", "backslash"},
      {"[a](java&#9;script:x)", "\"java\\tscript:x\"", "a tab"},  // the tab is shown, not printed
      {"[a](1x&#58;y)", "\"1x:y\"", "':' before its first '/'"},
      {"[a](x&amp;y)", "\"x&y\"", "'&' before its first '/'"},
  };
  for (const Case& c : cases) {
    std::string markdown = c.markdown;
    CAPTURE(markdown);
    std::vector<cs::Diagnostic> diags;
    auto r = Md(markdown + "\n", &diags);
    REQUIRE(diags.size() == 1);
    const cs::Diagnostic& d = diags[0];
    CAPTURE(d.message);
    CHECK(d.code == "md.link.unsafe_url");
    CHECK(d.message.find(c.shown) != std::string::npos);
    CHECK(d.message.find(c.why) != std::string::npos);
    CHECK(d.message.find("uses a scheme that is not allowed") == std::string::npos);
    CHECK(d.message.find('\t') == std::string::npos);
    CHECK_FALSE(d.fix.empty());
    CHECK(r.html.find("<a") == std::string::npos);
  }
}

TEST_CASE("markdown: raw HTML kept when allowed, with GitHub's tag filter") {
  cs::MarkdownOptions o;
  o.allow_raw_html = true;
  auto r = Md("<div class=\"note\">Hi</div>\n\n<script>x</script>\n", nullptr, o);
  CHECK(r.html.find("<div class=\"note\">Hi</div>") != std::string::npos);
  CHECK(r.html.find("<script>") == std::string::npos);
}

TEST_CASE("markdown: headings get stable, unique ids and duplicates are reported with their line") {
  std::vector<cs::Diagnostic> diags;
  cs::MarkdownOptions o;
  o.first_line = 5;
  o.reserved_ids = {"main-content"};
  auto r = Md("## What is a complaint?\n\ntext\n\n## Stage 1\n\n## Stage 1\n\n### Main content\n", &diags, o);
  REQUIRE(r.headings.size() == 4);
  CHECK(r.headings[0].id == "what-is-a-complaint");
  CHECK(r.headings[0].level == 2);
  CHECK(r.headings[1].id == "stage-1");
  CHECK(r.headings[2].id == "stage-1-2");
  CHECK(r.headings[3].id == "main-content-2");
  CHECK(r.html.find("<h2 id=\"what-is-a-complaint\">What is a complaint?</h2>") != std::string::npos);
  CHECK(r.html.find("<h3 id=\"main-content-2\">") != std::string::npos);
  REQUIRE(HasCode(diags, "md.heading.duplicate_id"));
  auto it = std::find_if(diags.begin(), diags.end(), [](const cs::Diagnostic& d) { return d.code == "md.heading.duplicate_id"; });
  CHECK(it->line == 11);  // line 7 of the text, which starts on line 5 of the file
  CHECK(it->file == "content/policy.md");
}

TEST_CASE("markdown: a first-level title is extracted and other headings shift below the page's h1") {
  cs::MarkdownOptions o;
  o.extract_title = true;
  auto r = Md("# Our complaints policy\n\n# Scope\n\n## Detail\n", nullptr, o);
  CHECK(r.title == "Our complaints policy");
  CHECK(r.html.find("<h1") == std::string::npos);
  CHECK(r.html.find("<h2 id=\"scope\">Scope</h2>") != std::string::npos);
  CHECK(r.html.find("<h3 id=\"detail\">Detail</h3>") != std::string::npos);
}

TEST_CASE("markdown: {{timescales}} is replaced by the generator's table; other mustache stays text") {
  cs::MarkdownOptions o;
  o.timescales_html = [] { return std::string("<table class=\"timescales\"></table>"); };
  auto r = Md("Intro {{name}}\n\n{{timescales}}\n\nAfter {{{x}}}\n", nullptr, o);
  CHECK(r.html.find("<table class=\"timescales\"></table>") != std::string::npos);
  CHECK(r.html.find("{{timescales}}") == std::string::npos);
  CHECK(r.html.find("Intro {{name}}") != std::string::npos);
  std::vector<cs::Diagnostic> diags;
  auto plain = Md("{{timescales}}\n", &diags);
  CHECK(plain.html.find("{{timescales}}") != std::string::npos);
  CHECK(HasCode(diags, "md.timescales.unavailable"));
}

TEST_CASE("markdown: site links are collected with their position and rebased") {
  cs::MarkdownOptions o;
  o.base_path = "/complaints/";
  o.first_line = 3;
  auto r = Md("See [policy](/policy/#stage-1) and\n[the Ombudsman](https://www.housing-ombudsman.org.uk).\n\n"
              "Also [here](#top).\n",
              nullptr, o);
  REQUIRE(r.site_links.size() == 2);
  CHECK(r.site_links[0].url == "/policy/#stage-1");
  CHECK(r.site_links[0].line == 3);
  CHECK(r.site_links[0].column == 5);
  CHECK(r.site_links[1].url == "#top");
  CHECK(r.site_links[1].line == 6);
  CHECK(r.html.find("href=\"/complaints/policy/#stage-1\"") != std::string::npos);
  // The home page itself, "/", is under the base path too.
  auto home = Md("Back to [the complaints home page](/).\n", nullptr, o);
  CHECK(home.html.find("href=\"/complaints/\"") != std::string::npos);
}

TEST_CASE("markdown: deeply nested input renders in linear time") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "> ";
  text += "quote\n\n";
  for (int i = 0; i < 20000; ++i) text += "- ";
  text += "item\n\n## Heading\n";
  auto start = std::chrono::steady_clock::now();
  auto r = Md(text);
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  CHECK(ms < 3000);  // was minutes when each ">\n" searched back through the whole output
  CHECK(r.html.find("<h2 id=\"heading\">Heading</h2>") != std::string::npos);
}
