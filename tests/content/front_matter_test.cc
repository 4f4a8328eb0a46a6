// Tests for core/front_matter: the flat key: value subset, body line numbers, and errors with line:col.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "front_matter.h"

namespace {

struct Parsed {
  std::optional<cs::FrontMatter> fm;
  std::vector<cs::Diagnostic> diagnostics;
};

Parsed Parse(const std::string& text) {
  Parsed p;
  p.fm = cs::ParseFrontMatter(text, "content/pages/x.md", &p.diagnostics);
  return p;
}

const cs::Diagnostic* FindCode(const Parsed& p, const std::string& code) {
  for (const auto& d : p.diagnostics)
    if (d.code == code) return &d;
  return nullptr;
}

std::string Where(const cs::Diagnostic* d) {
  return d ? std::to_string(d->line) + ":" + std::to_string(d->column) : "none";
}

}  // namespace

TEST_CASE("front matter: fields, quotes, body and its first line") {
  Parsed p = Parse(
      "---\n"
      "title: \"Reasonable adjustments: help to make a complaint\"\n"
      "# a comment\n"
      "\n"
      "description: 'It''s easy'\n"
      "order: 20\n"
      "---\n"
      "Body line one.\n"
      "Body line two.\n");
  REQUIRE(p.fm);
  CHECK(p.diagnostics.empty());
  CHECK(p.fm->present);
  CHECK(p.fm->title == "Reasonable adjustments: help to make a complaint");
  CHECK(p.fm->description == "It's easy");
  CHECK(p.fm->order == 20);
  CHECK(p.fm->body == "Body line one.\nBody line two.\n");
  CHECK(p.fm->body_line == 8);
  REQUIRE(p.fm->fields.size() == 3);
  CHECK(*p.fm->Get("order") == "20");
  CHECK(p.fm->Get("slug") == nullptr);

  SUBCASE("CRLF line endings and a BOM") {
    Parsed crlf = Parse("\xEF\xBB\xBF---\r\ntitle: A \"quoted\" word\r\norder: -3\r\n---\r\nBody\r\n");
    REQUIRE(crlf.fm);
    CHECK(crlf.fm->title == "A \"quoted\" word");
    CHECK(crlf.fm->order == -3);
    CHECK(crlf.fm->body == "Body\r\n");
    CHECK(crlf.fm->body_line == 5);
  }
  SUBCASE("escapes in double quotes, comment after a quoted value") {
    Parsed q = Parse("---\ntitle: \"Back\\\\slash \\\"q\\\"\" # note\n---\n");
    REQUIRE(q.fm);
    CHECK(q.fm->title == "Back\\slash \"q\"");
    CHECK(q.fm->body.empty());
    CHECK(q.fm->body_line == 4);
  }
  SUBCASE("a file that ends on the closing line: the body is empty and starts on that line") {
    // Found by fuzz/front_matter_fuzz.cc: body_line was one past the end of the file.
    Parsed end = Parse("---\ntitle: Empty body\n---");
    REQUIRE(end.fm);
    CHECK(end.fm->body.empty());
    CHECK(end.fm->body_line == 3);
    Parsed crlf = Parse("---\r\ntitle: Empty body\r\n---\r");
    REQUIRE(crlf.fm);
    CHECK(crlf.fm->body_line == 3);
  }
  SUBCASE("no front matter") {
    Parsed none = Parse("# Heading\n\nText\n");
    REQUIRE(none.fm);
    CHECK_FALSE(none.fm->present);
    CHECK(none.fm->body == "# Heading\n\nText\n");
    CHECK(none.fm->body_line == 1);
    CHECK(none.diagnostics.empty());
  }
}

TEST_CASE("front matter errors have codes and positions") {
  struct Case {
    const char* text;
    const char* code;
    const char* where;
  };
  const Case cases[] = {
      {"---\ntitle: x\nBody without a colon\n---\n", "fm.syntax", "3:5"},
      {"---\ntitle: x\n", "fm.unterminated", "1:1"},
      {"---\ntitle x\n---\n", "fm.syntax", "2:6"},
      {"---\ntitle:x\n---\n", "fm.syntax", "2:7"},
      {"---\ntitle: \"open\n---\n", "fm.syntax", "2:8"},
      {"---\ntitle: \"a\" b\n---\n", "fm.syntax", "2:12"},
      {"---\ntitle: \"a\\q\"\n---\n", "fm.syntax", "2:10"},
      {"---\ntitle: a\ntitle: b\n---\n", "fm.duplicate_key", "3:1"},
      {"---\ntitle: a\ntags:\n  - x\n---\n", "fm.unsupported", "4:1"},
      {"---\ntitle: a\ntags: [a, b]\n---\n", "fm.unsupported", "3:7"},
      {"---\ntitle: a\n- x\n---\n", "fm.unsupported", "3:1"},
      {"---\ntitle: a\norder: first\n---\n", "fm.order.invalid", "3:1"},
      {"---\ndescription: a\n---\n", "fm.title.missing", "1:1"},
      {"---\ntitle: \"\"\n---\n", "fm.title.missing", "1:1"},
      {"---\ntitle: \"\\n\\t \"\n---\n", "fm.title.missing", "1:1"},  // only escaped line breaks and tabs
      {"---\ntitle: a\norder: 99999999999999999999\n---\n", "fm.order.invalid", "3:1"},
      {"---\ntitlé: a\n---\n", "fm.syntax", "2:5"},
  };
  for (const auto& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    Parsed p = Parse(text);
    CHECK_FALSE(p.fm);
    const cs::Diagnostic* d = FindCode(p, c.code);
    REQUIRE(d);
    CHECK(Where(d) == c.where);
    CHECK(d->severity == cs::Severity::Error);
    CHECK_FALSE(d->fix.empty());
  }
}

TEST_CASE("front matter without a diagnostics list still fails on errors") {
  CHECK_FALSE(cs::ParseFrontMatter("---\ntitle: a\n", "x.md", nullptr));
  auto ok = cs::ParseFrontMatter("---\ntitle: a\ncolour: red\n---\nBody\n", "x.md", nullptr);
  REQUIRE(ok);
  CHECK(ok->title == "a");
  CHECK(ok->body == "Body\n");
}

TEST_CASE("unknown front matter keys are warnings with a suggestion") {
  Parsed p = Parse("---\ntitle: a\ndescripton: b\nweight: 3\n---\nBody\n");
  REQUIRE(p.fm);
  REQUIRE(p.diagnostics.size() == 2);
  CHECK(p.diagnostics[0].code == "fm.unknown_key");
  CHECK(p.diagnostics[0].severity == cs::Severity::Warning);
  CHECK(Where(&p.diagnostics[0]) == "3:1");
  CHECK(p.diagnostics[0].message.find("did you mean \"description\"") != std::string::npos);
  CHECK(p.diagnostics[1].message.find("weight") != std::string::npos);
}

TEST_CASE("the bundled example pages and policy have valid front matter") {
  for (const char* name : {"policy.md", "pages/how-we-learn.md", "pages/reasonable-adjustments.md"}) {
    std::string file = name;
    CAPTURE(file);
    std::ifstream in(std::string(SOURCE_DIRECTORY) + "/content/" + name, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    Parsed p = Parse(s.str());
    for (const auto& d : p.diagnostics) MESSAGE(cs::FormatDiagnostic(d));
    REQUIRE(p.fm);
    CHECK(p.diagnostics.empty());
    CHECK(p.fm->present);
    CHECK_FALSE(p.fm->title.empty());
    CHECK_FALSE(p.fm->description.empty());
    CHECK(p.fm->order);
  }
}
