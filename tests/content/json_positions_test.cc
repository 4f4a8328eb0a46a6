// Tests for core/json_positions and core/json_document: positions, syntax errors, duplicates, depth.
#include <doctest/doctest.h>

#include <string>

#include "json_document.h"
#include "json_positions.h"
#include "link_safety.h"

namespace {

std::string Where(const cs::JsonScan& scan) {
  return std::to_string(scan.error_line) + ":" + std::to_string(scan.error_column);
}

std::string At(const cs::JsonPosition* p) {
  return p ? std::to_string(p->line) + ":" + std::to_string(p->column) : "none";
}

}  // namespace

TEST_CASE("json positions map pointers to where values and keys start") {
  const std::string text =
      "{\n"
      "  \"name\": \"Example\",\n"
      "  \"channels\": [\n"
      "    {\"kind\": \"phone\"},\n"
      "    {\"kind\": \"email\", \"value\": \"a@b.org\"},\n"
      "    {\"kind\":\n"
      "       \"post\"}\n"
      "  ],\n"
      "  \"a/b\": {\"c~d\": 1},\n"
      "  \"café\": \"é\", \"x\": 2\n"
      "}\n";
  cs::JsonScan scan = cs::ScanJson(text);
  REQUIRE(scan.ok);
  CHECK(At(scan.Find("")) == "1:1");
  CHECK(At(scan.Find("/name")) == "2:11");
  CHECK(scan.Find("/name")->key_line == 2);
  CHECK(scan.Find("/name")->key_column == 3);
  CHECK(At(scan.Find("/channels")) == "3:15");
  CHECK(At(scan.Find("/channels/0")) == "4:5");
  CHECK(At(scan.Find("/channels/0/kind")) == "4:14");
  CHECK(At(scan.Find("/channels/1/value")) == "5:32");
  CHECK(At(scan.Find("/channels/2/kind")) == "7:8");
  CHECK(scan.Find("/channels/2/kind")->key_line == 6);
  CHECK(At(scan.Find("/a~1b/c~0d")) == "9:18");
  // Columns count characters, not bytes: "é" is one column.
  CHECK(At(scan.Find("/x")) == "10:21");
  CHECK(scan.Find("/channels/3") == nullptr);
  CHECK(scan.Find("/nope") == nullptr);
  SUBCASE("Locate falls back to the nearest ancestor") {
    cs::JsonPosition p = scan.Locate("/channels/1/missing");
    CHECK(p.line == 5);
    CHECK(p.column == 5);
    CHECK(scan.Locate("/zzz").line == 1);
  }
  SUBCASE("pointer building escapes") {
    CHECK(cs::JsonPointerAppend("/a", "b/c~") == "/a/b~1c~0");
    CHECK(cs::JsonPointerAppend("/a", size_t{3}) == "/a/3");
  }
}

TEST_CASE("json syntax errors say what and where") {
  struct Case {
    const char* text;
    const char* code;
    const char* where;
    const char* words;
  };
  const Case cases[] = {
      {"{\n  \"a\": 1\n  \"b\": 2\n}", "json.syntax", "3:3", "expected ',' or '}' after an object member"},
      {"{\"a\": [1, 2,]}", "json.trailing_comma", "1:12", "trailing comma"},
      {"{\"a\": 1,\n}", "json.trailing_comma", "1:8", "trailing comma"},
      {"{\n  // note\n  \"a\": 1}", "json.comment", "2:3", "comments are not allowed"},
      {"{\"a\": 1 /* x */}", "json.comment", "1:9", "comments are not allowed"},
      {"{'a': 1}", "json.syntax", "1:2", "double quotes"},
      {"{\"a\": 'x'}", "json.syntax", "1:7", "double quotes"},
      {"{a: 1}", "json.syntax", "1:2", "keys must be in double quotes"},
      {"{\"a\" 1}", "json.syntax", "1:6", "expected ':'"},
      {"{\"a\": True}", "json.syntax", "1:7", "lower case"},
      {"{\"a\": 01}", "json.syntax", "1:7", "cannot start with 0"},
      {"{\"a\": \"x\n\"}", "json.syntax", "1:7", "next line"},
      {"{\"a\": \"\\q\"}", "json.syntax", "1:8", "unknown escape"},
      {"{\"a\": [1 2]}", "json.syntax", "1:10", "expected ',' or ']'"},
      {"{\"a\": 1", "json.syntax", "1:8", "ends inside the object that starts at line 1 column 1"},
      {"{} x", "json.syntax", "1:4", "after the end"},
      {"", "json.empty", "1:1", "empty"},
      {"  \n ", "json.empty", "2:2", "empty"},
      {"{\"a\": \"\xff\"}", "json.syntax", "1:8", "UTF-8"},
      {"{\"a\": \"\\ud800\"}", "json.syntax", "1:8", "surrogate"},
      {"{\"a\": -}", "json.syntax", "1:7", "digit after '-'"},
      {"{\"a\": NaN}", "json.syntax", "1:7", "NaN"},
  };
  for (const auto& c : cases) {
    std::string text = c.text;
    CAPTURE(text);
    cs::JsonScan scan = cs::ScanJson(c.text);
    CHECK_FALSE(scan.ok);
    CHECK(scan.error_code == c.code);
    CHECK(Where(scan) == c.where);
    CHECK(scan.error_message.find(c.words) != std::string::npos);
    CHECK_FALSE(scan.error_fix.empty());
  }
}

TEST_CASE("json scanning accepts what nlohmann accepts") {
  const char* good[] = {"{}", "[]", "\xEF\xBB\xBF{\"a\": 1}", "{\"a\": [true, false, null, -0.5e+3, \"\\u00e9\\ud83d\\ude00\"]}",
                        "  {\"a\":{\"b\":{}}}  \n", "\"just text\"", "12"};
  for (const char* text : good) {
    std::string shown = text;
    CAPTURE(shown);
    cs::JsonScan scan = cs::ScanJson(text);
    CHECK(scan.ok);
    CHECK_FALSE(nlohmann::json::parse(text, nullptr, false).is_discarded());
  }
}

TEST_CASE("duplicate keys are found with both places") {
  cs::JsonScan scan = cs::ScanJson("{\"a\": 1,\n \"b\": {\"c\": 1, \"c\": 2},\n \"a\": 3}");
  REQUIRE(scan.ok);
  REQUIRE(scan.duplicates.size() == 2);
  CHECK(scan.duplicates[0].pointer == "/b/c");
  CHECK(scan.duplicates[0].line == 2);
  CHECK(scan.duplicates[0].column == 16);
  CHECK(scan.duplicates[0].first_column == 8);
  CHECK(scan.duplicates[1].pointer == "/a");
  CHECK(scan.duplicates[1].line == 3);
  CHECK(scan.duplicates[1].first_line == 1);
  // The position follows the value nlohmann keeps (the last).
  CHECK(At(scan.Find("/a")) == "3:7");

  std::vector<cs::Diagnostic> diagnostics;
  CHECK_FALSE(cs::JsonDocument::Parse("{\"a\": 1, \"a\": 2}", "x.json", &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "json.duplicate_key");
  CHECK(diagnostics[0].line == 1);
  CHECK(diagnostics[0].column == 10);
  CHECK(cs::FormatDiagnostic(diagnostics[0]).rfind("x.json:1:10: error: the key \"a\" appears twice", 0) == 0);
}

TEST_CASE("deep nesting is an error, not a crash, and big inputs stay linear") {
  std::string deep(100000, '[');
  cs::JsonScan scan = cs::ScanJson(deep);
  CHECK_FALSE(scan.ok);
  CHECK(scan.error_code == "json.too_deep");
  CHECK(Where(scan) == "1:201");

  std::string ok = std::string(150, '[') + std::string(150, ']');
  CHECK(cs::ScanJson(ok).ok);

  // A long key above a long list: positions must not copy the key for every element.
  std::string big = "{\"" + std::string(1 << 20, 'k') + "\": [";
  for (int i = 0; i < 200000; ++i) big += i ? ",1" : "1";
  big += "]}";
  cs::JsonScan large = cs::ScanJson(big);
  REQUIRE(large.ok);
  CHECK(large.size() == 200002);
  CHECK(large.Find("/" + std::string(1 << 20, 'k') + "/199999") != nullptr);
}

TEST_CASE("did-you-mean suggestions") {
  const std::vector<std::string> names = {"landlord_name", "brand_colour", "channels", "nation"};
  CHECK(cs::ClosestName("brand_color", names) == "brand_colour");
  CHECK(cs::ClosestName("Channels", names) == "channels");
  CHECK(cs::ClosestName("landlord-name", names) == "landlord_name");
  CHECK(cs::ClosestName("zebra", names).empty());
  CHECK(cs::EditDistance("kitten", "sitting") == 3);
}

TEST_CASE("links are classified as a browser would read them") {
  using cs::LinkKind;
  CHECK(cs::ClassifyLink("https://example.org") == LinkKind::Https);
  CHECK(cs::ClassifyLink("HTTP://example.org") == LinkKind::Http);
  CHECK(cs::ClassifyLink("mailto:a@b.org") == LinkKind::Mailto);
  CHECK(cs::ClassifyLink("tel:03001113000") == LinkKind::Tel);
  CHECK(cs::ClassifyLink("/policy/#exclusions") == LinkKind::SiteRelative);
  CHECK(cs::ClassifyLink("policy/") == LinkKind::SiteRelative);
  CHECK(cs::ClassifyLink("#top") == LinkKind::SiteRelative);
  CHECK(cs::ClassifyLink("javascript:alert(1)") == LinkKind::Unsafe);
  CHECK(cs::ClassifyLink("  JaVa\tScRiPt:alert(1)") == LinkKind::Unsafe);
  CHECK(cs::ClassifyLink("\x01javascript:alert(1)") == LinkKind::Unsafe);
  CHECK(cs::ClassifyLink("data:text/html,<script>") == LinkKind::Unsafe);
  CHECK(cs::ClassifyLink("vbscript:x") == LinkKind::Unsafe);
  CHECK(cs::ClassifyLink("//evil.example") == LinkKind::Unsafe);
  CHECK(cs::ClassifyLink("/\\evil.example") == LinkKind::Unsafe);
  CHECK(cs::ClassifyLink("   ") == LinkKind::Empty);
  CHECK(cs::LinkScheme("Data:x") == "data");
  CHECK(cs::LinkScheme("/a:b") == "");
  CHECK_FALSE(cs::IsSafeLink("javascript:void(0)"));
  CHECK(cs::IsSafeLink("https://www.housing-ombudsman.org.uk"));
}

TEST_CASE("the scanner and nlohmann/json agree on what is JSON (random mutations)") {
  const std::string seeds[] = {
      "{\"a\": [1, 2.5e-3, -0, true, false, null], \"b\": {\"c\": \"d\\n\\u00e9\"}, \"e\": \"caf\xc3\xa9\"}",
      "[{\"kind\": \"phone\", \"value\": \"0300\"}, {\"kind\": \"email\"}]",
      "{\"x\": {\"y\": {\"z\": [[], {}, \"\\\\\", \"\\\"\"]}}}",
  };
  const char alphabet[] = "{}[]:,\"\\ -+.0123456789eEtrufalsn/\n\t'x\xc3\xa9\x80";
  unsigned state = 12345;
  auto next = [&]() {
    state = state * 1103515245u + 12345u;
    return (state >> 8) & 0xFFFFFF;
  };
  int agreed_valid = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string text = seeds[next() % 3];
    int edits = 1 + next() % 3;
    for (int e = 0; e < edits; ++e) {
      size_t at = next() % (text.size() + 1);
      char c = alphabet[next() % (sizeof alphabet - 1)];
      switch (next() % 3) {
        case 0: text.insert(at, 1, c); break;
        case 1: if (at < text.size()) text.erase(at, 1); break;
        default: if (at < text.size()) text[at] = c; break;
      }
    }
    cs::JsonScan scan = cs::ScanJson(text);
    bool ours = scan.ok;
    bool theirs = !nlohmann::json::parse(text, nullptr, false).is_discarded();
    if (ours != theirs) {
      std::string shown = text;
      CAPTURE(shown);
      CAPTURE(scan.error_message);
      CHECK(ours == theirs);
    }
    agreed_valid += ours && theirs;
  }
  CHECK(agreed_valid > 100);
}

TEST_CASE("numbers too large to hold are an error with their place, as nlohmann/json refuses them") {
  cs::JsonScan scan = cs::ScanJson("{\n  \"homes\": -2322222222222248012464e2222\n}");
  CHECK_FALSE(scan.ok);
  CHECK(scan.error_code == "json.number_too_large");
  CHECK(scan.error_line == 2);
  CHECK(scan.error_column == 12);
  CHECK(cs::ScanJson("[1e308, -1.5e-400, 123456789012345678901234567890]").ok);
}
