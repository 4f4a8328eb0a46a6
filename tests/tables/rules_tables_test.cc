// Tests for core/data/tables: the rules in core/data compile into C++ tables, and a mistake in a data file is refused
// with its place and a stable code (the build stops on it).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "rules_file.h"
#include "rules_tables.h"
#include "test_util.h"

using cs::Diagnostic;
using cs::rules::RulesText;

namespace {

RulesText Source(const std::string& relative) {
  auto text = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/" + relative);
  REQUIRE_MESSAGE(text, relative);
  return {relative, *text};
}

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

// The first diagnostic as "code: message" ("" when there is none).
std::string First(const std::vector<Diagnostic>& d) { return d.empty() ? "" : d[0].code + ": " + d[0].message; }

// Compiles the walkthrough with the real English words, `from` replaced by `to` in walkthrough.json.
std::vector<Diagnostic> Walkthrough(const std::string& from, const std::string& to) {
  std::vector<Diagnostic> d;
  cs::rules::EnglishWords words;
  REQUIRE(cs::rules::ReadEnglishWords(Source("templates/i18n/en.json"), &words, &d));
  RulesText flow = Source("core/data/walkthrough.json");
  flow.text = ReplaceAll(flow.text, from, to);
  cs::rules::CompileWalkthrough(flow, words, &d);
  return d;
}

const char* kMinimalCatalogue = R"({"code": "X", "title": "T", "sections": [{"number": 1, "title": "One"}],
  "provisions": [{"id": "1.2", "section": 1, "text": "Must."}]})";

std::string CatalogueError(const std::string& text) {
  std::vector<Diagnostic> d;
  CHECK(cs::rules::CompileCatalogues({{"core/data/code-x.json", text}}, &d).empty());
  return First(d);
}

}  // namespace

TEST_CASE("the rules in core/data and the engine's words compile with nothing to report") {
  std::vector<Diagnostic> d;
  cs::rules::EnglishWords words;
  REQUIRE(cs::rules::ReadEnglishWords(Source("templates/i18n/en.json"), &words, &d));
  RulesText holidays = Source("core/data/bank-holidays.json");
  CHECK(!cs::rules::CompileWords(words, &d).empty());
  CHECK(!cs::rules::CompileBankHolidays(holidays, &d).empty());
  CHECK(!cs::rules::CompileDateNames(Source("core/data/date-names.json"), &d).empty());
  CHECK(!cs::rules::CompileTimescales(Source("core/data/timescales.json"), cs::rules::HolidayDivisions(holidays), &d).empty());
  CHECK(!cs::rules::CompileWalkthrough(Source("core/data/walkthrough.json"), words, &d).empty());
  CHECK(!cs::rules::CompileCatalogues({Source("core/data/code-2024.json"), Source("core/data/code-2022.json")}, &d).empty());
  cs::rules::ReportUnusedWords(words, &d);
  CHECK_MESSAGE(d.empty(), cs::FormatDiagnostic(d.empty() ? Diagnostic{} : d[0]));
}

TEST_CASE("a text becomes a C++ literal holding exactly its bytes") {
  CHECK(cs::rules::Lit("a\"b\\c\nd\x01" "9 £") == "\"a\\\"b\\\\c\\nd\\0019 £\"");
}

TEST_CASE("a mistake in walkthrough.json is refused at its line and column") {
  auto d = Walkthrough(R"({"id": "when", "type": "choice", "provision": "2.3",)", R"({"id": "when", "type": "choice", "provison": "2.3",)");
  REQUIRE(d.size() >= 1);
  CHECK(d[0].file == "core/data/walkthrough.json");
  CHECK(d[0].code == "rules.unknown_key");
  CHECK(d[0].message == "unknown key \"provison\"; did you mean \"provision\"?");
  CHECK(d[0].line == 9);
  CHECK(d[0].column > 1);
  CHECK(cs::FormatDiagnostic(d[0]).rfind("core/data/walkthrough.json:9:", 0) == 0);
  // A syntax error: where it is, and what to do.
  d = Walkthrough(R"("start": "start",)", R"("start": "start",,)");
  CHECK(First(d).rfind("json.", 0) == 0);
  CHECK(d[0].line == 3);
  // Wrong kinds of value.
  CHECK(First(Walkthrough(R"("type": "outcome", "provision": "1.5")", R"("type": "ending", "provision": "1.5")")) ==
        "rules.bad_value: unknown type \"ending\"");
  CHECK(First(Walkthrough(R"("max_length": 500,)", R"("max_length": "500",)")).rfind("rules.bad_value:", 0) == 0);
  CHECK(First(Walkthrough(R"("show": ["service_requests"])", R"("show": ["service-requests"])")).rfind("rules.bad_value: unknown block", 0) == 0);
  // A letter part without its words.
  CHECK(First(Walkthrough(R"({"if": "what"})", R"({"if": "what"}, {})")) ==
        "rules.missing: letter \"complaint\" part 13 has no text (engine.letters.complaint.part_13)");
}

TEST_CASE("every English engine word is used: a word for a screen that does not exist is refused") {
  std::vector<Diagnostic> d;
  cs::rules::EnglishWords words;
  RulesText english = Source("templates/i18n/en.json");
  english.text = ReplaceAll(english.text, R"("late-complaint": {)", R"("late-complaints": {)");
  REQUIRE(cs::rules::ReadEnglishWords(english, &words, &d));
  cs::rules::CompileWords(words, &d);
  cs::rules::CompileWalkthrough(Source("core/data/walkthrough.json"), words, &d);
  cs::rules::ReportUnusedWords(words, &d);
  REQUIRE(!d.empty());
  CHECK(d.back().code == "rules.unused_word");
  CHECK(d.back().message.rfind("engine.walkthrough.late-complaints.", 0) == 0);
  CHECK(d.back().file == "templates/i18n/en.json");
  CHECK(d.back().line > 1);
  // A screen's words that are not text.
  d.clear();
  words = {};
  english = Source("templates/i18n/en.json");
  english.text = ReplaceAll(english.text, R"("next_steps": {)", R"("next_steps": {"broken": 3,)");
  CHECK_FALSE(cs::rules::ReadEnglishWords(english, &words, &d));
  CHECK(First(d) == "rules.wrong_type: engine words must be text, not a number");
}

TEST_CASE("mistakes in bank-holidays.json, timescales.json and date-names.json are refused") {
  auto holidays = [](const std::string& from, const std::string& to) {
    std::vector<Diagnostic> d;
    RulesText t = Source("core/data/bank-holidays.json");
    t.text = ReplaceAll(t.text, from, to);
    cs::rules::CompileBankHolidays(t, &d);
    return First(d);
  };
  CHECK(holidays(R"("divisions": ["scotland"], "month": 1, "day": 2)", R"("divisions": ["scotlnd"], "month": 1, "day": 2)") ==
        "rules.unknown_reference: unknown division \"scotlnd\"; did you mean \"scotland\"?");
  CHECK(holidays(R"({"rule": "spring", "year": 2002,)", R"({"rule": "sprung", "year": 2002,)") ==
        "rules.unknown_reference: no rule has the id \"sprung\"");
  CHECK(holidays(R"("date": "2022-09-19")", R"("date": "2022-09-31")").rfind("rules.bad_value: \"2022-09-31\" is not a real date", 0) == 0);
  CHECK(holidays(R"("weekday": "monday", "nth": 1})", R"("weekday": "Monday", "nth": 1})").rfind("rules.bad_value: \"weekday\"", 0) == 0);
  CHECK(holidays(R"("substitute": "weekdays-first", "group": "boyne")", R"("group": "boyne")") ==
        "rules.missing: \"group\" and \"substitute\" go together");
  CHECK(holidays(R"("day": 26, "substitute": "weekdays-first", "group": "christmas")",
                 R"("day": 26, "substitute": "in-date-order", "group": "christmas")") ==
        "rules.bad_value: group \"christmas\" has two substitution policies");

  auto timescales = [](const std::string& from, const std::string& to) {
    std::vector<Diagnostic> d;
    RulesText t = Source("core/data/timescales.json");
    t.text = ReplaceAll(t.text, from, to);
    cs::rules::CompileTimescales(t, {"england-and-wales", "scotland", "northern-ireland"}, &d);
    return First(d);
  };
  CHECK(timescales(R"("counted_from": "response", "provision": "6.4")", R"("counted_from": "reply", "provision": "6.4")")
            .rfind("rules.unknown_reference: \"counted_from\" must be \"received\" or an earlier milestone", 0) == 0);
  CHECK(timescales(R"("working_days": 20, "counted_from": "acknowledge", "provision": "6.14")",
                   R"("working_days": -20, "counted_from": "acknowledge", "provision": "6.14")") ==
        "rules.bad_value: \"working_days\" must be a whole number from 0 to 260");
  CHECK(timescales(R"("bank_holidays": "england-and-wales")", R"("bank_holidays": "england")") ==
        "rules.unknown_reference: \"england\" is not a division of bank-holidays.json");
  CHECK(timescales(R"("stages": {)", R"("stages": {"3": [],)").rfind("rules.unknown_key: unknown key \"3\"", 0) == 0);

  std::vector<Diagnostic> d;
  RulesText names = Source("core/data/date-names.json");
  names.text = ReplaceAll(names.text, R"("Dydd Sadwrn", "Dydd Sul")", R"("Dydd Sadwrn")");
  cs::rules::CompileDateNames(names, &d);
  CHECK(First(d) == "rules.bad_value: \"weekdays\" must name 7 days, Monday first");
}

TEST_CASE("catalogue files are refused with a stable code-catalogue.* code") {
  std::vector<Diagnostic> d;
  std::string ok = cs::rules::CompileCatalogues({{"core/data/code-x.json", kMinimalCatalogue}}, &d);
  CHECK(d.empty());
  CHECK(ok.find("{\"1.2\", 1, \"Must.\", \"\"}") != std::string::npos);
  CHECK(ok.find("kCatalogueCount = 1;") != std::string::npos);

  auto starts = [](const std::string& error, const char* code) {
    CAPTURE(error);
    CHECK(error.rfind(code, 0) == 0);
  };
  starts(CatalogueError(""), "code-catalogue.not-json:");
  starts(CatalogueError("{\"code\": \"2024\","), "code-catalogue.not-json:");
  starts(CatalogueError("[]"), "code-catalogue.wrong-type:");
  starts(CatalogueError(R"({"title": "T", "sections": [], "provisions": []})"), "code-catalogue.missing-field:");
  starts(CatalogueError(R"({"code": 2024, "title": "T"})"), "code-catalogue.wrong-type:");
  starts(CatalogueError(R"({"code": "X", "title": "T", "sections": [{"number": 1, "title": "A"}]})"), "code-catalogue.missing-field:");
  starts(CatalogueError(R"({"code": "X", "title": "T", "sections": [{"number": 1, "title": "A"}], "provisions": []})"),
         "code-catalogue.empty:");
  starts(CatalogueError(ReplaceAll(kMinimalCatalogue, "\"number\": 1", "\"number\": \"1\"")), "code-catalogue.wrong-type:");
  starts(CatalogueError(ReplaceAll(kMinimalCatalogue, "\"1.2\"", "\"1-2\"")), "code-catalogue.bad-id:");
  starts(CatalogueError(ReplaceAll(kMinimalCatalogue, "\"section\": 1", "\"section\": 2")), "code-catalogue.unknown-section:");
  starts(CatalogueError(ReplaceAll(kMinimalCatalogue, "\"1.2\"", "\"2.1\"")), "code-catalogue.unknown-section:");
  starts(CatalogueError(ReplaceAll(kMinimalCatalogue, "\"Must.\"", "\"Must.\", \"kind\": \"may\"")), "code-catalogue.bad-kind:");
  starts(CatalogueError(ReplaceAll(kMinimalCatalogue, "\"Must.\"", "\"\"")), "code-catalogue.empty:");
  starts(CatalogueError(ReplaceAll(kMinimalCatalogue, "\"Must.\"}", "\"Must.\"}, {\"id\": \"1.2\", \"section\": 1, \"text\": \"Again.\"}")),
         "code-catalogue.duplicate-id:");
  starts(CatalogueError(ReplaceAll(kMinimalCatalogue, "\"One\"}", "\"One\"}, {\"number\": 1, \"title\": \"Again\"}")),
         "code-catalogue.duplicate-section:");
  starts(CatalogueError(ReplaceAll(kMinimalCatalogue, "\"title\": \"T\"", "\"title\": \"T\", \"attribution\": 3")),
         "code-catalogue.wrong-type:");

  std::string error = CatalogueError(ReplaceAll(kMinimalCatalogue, "\"1.2\"", "\"1-2\""));
  CHECK(error.find("provisions[0].id") != std::string::npos);
  CHECK(error.find("\"1-2\"") != std::string::npos);
  d.clear();
  cs::rules::CompileCatalogues({{"core/data/code-x.json", ReplaceAll(kMinimalCatalogue, "\"1.2\"", "\"1-2\"")}}, &d);
  REQUIRE(d.size() == 1);
  CHECK(d[0].line == 2);  // at the id itself
}
