// HTML fragments from exported forms to Markdown: input and expected output side by side.
#include <doctest/doctest.h>

#include "html_to_markdown.h"

namespace {

struct Example {
  const char* html;
  const char* markdown;
};

const Example kExamples[] = {
    {"plain text", "plain text"},
    {"<p>One.</p> <p>Two.</p>", "One.\n\nTwo."},
    {"Intro <ul><li>first</li><li>second</li></ul> after", "Intro\n\n- first\n- second\n\nafter"},
    {"<b>bold</b> and <i>italic</i> and <u>underlined</u>", "**bold** and *italic* and underlined"},
    {"<b> spaced </b>word", "**spaced** word"},
    {"<b></b>empty", "empty"},
    {"see <a href=\"https://example.org/a b\">the policy</a>", "see [the policy](https://example.org/a%20b)"},
    {"<a href=\"javascript:alert(1)\">click</a>", "click"},
    {"<a href=\"https://example.org\"></a>", "<https://example.org>"},
    {"<ul style=\"list-style-type: none\"> <input type=\"checkbox\"/> one <input type=\"checkbox\"/> two", "- one\n- two"},
    {"Exclusions: \xE2\x80\xA2 over 12 months \xE2\x80\xA2 legal action", "Exclusions:\n\n- over 12 months\n- legal action"},
    {"<ul style=\"list-style-type: none\"> a. deal with it; b. be fair; c. be quick", "- a. deal with it;\n- b. be fair;\n- c. be quick"},
    {"<ul><li>\xE2\x80\xA2 glyph inside li</li></ul>", "- glyph inside li"},
    {"Tom &amp; Jerry &lt;3 &#8217; &#x2019;", "Tom & Jerry \\<3 \xE2\x80\x99 \xE2\x80\x99"},
    {"5 * 3 [x] _y_ `z`", "5 \\* 3 \\[x\\] \\_y\\_ \\`z\\`"},
    {"# not a heading", "\\# not a heading"},
    {"&copy; stays text: &amp;copy;", "\xC2\xA9 stays text: \\&copy;"},
    {"<script>alert(1)</script>kept", "kept"},
    {"a < b and c > d", "a \\< b and c \\> d"},
    {"<p>unclosed <b>bold", "unclosed **bold**"},
    {"<ul><li>one<ul><li>nested</li></ul></li></ul>", "- one\n  - nested"},
    {"line<br>break", "line\n\nbreak"},
    {"<!-- a comment -->after", "after"},
};

}  // namespace

TEST_CASE("html to markdown: examples") {
  for (const auto& e : kExamples) {
    std::string html = e.html, expected = e.markdown;
    CAPTURE(html);
    CHECK(cs::HtmlToMarkdown(html) == expected);
  }
}

TEST_CASE("html to markdown: plain text and links") {
  CHECK(cs::HtmlToPlainText("<p>One</p> <ul><li><b>two</b></li></ul>") == "One two");
  auto blocks = cs::HtmlToBlocks("<p>Policy at https://example.org/policy.</p><p><a href=\"/x\">X</a></p>");
  REQUIRE(blocks.size() == 2);
  CHECK(blocks[0].link == "https://example.org/policy");
  CHECK(blocks[1].link == "/x");
  std::vector<std::string> notes;
  cs::HtmlToMarkdown("<a href=\"data:text/html,x\">x</a><script>y</script>", &notes);
  CHECK(notes.size() == 2);
}
