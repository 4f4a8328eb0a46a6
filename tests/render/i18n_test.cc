// Tests for site/i18n: English fallback, placeholders, counts with thousands separators, and every shipped language
// covering en.json.
#include <doctest/doctest.h>

#include <filesystem>

#include "files.h"
#include "i18n.h"

namespace fs = std::filesystem;

TEST_CASE("Translations fall back to English key by key") {
  std::vector<cs::Diagnostic> diagnostics;
  auto t = cs::Translations::Parse(
      R"({"nav": {"home": "Home", "policy": "Complaints policy"}, "due": "Due by {date}"})",
      R"({"nav": {"home": "Hafan"}, "extra": "x"})", "cy", &diagnostics);
  REQUIRE(t);
  CHECK(t->Get("nav.home") == "Hafan");
  CHECK(t->Get("nav.policy") == "Complaints policy");
  CHECK(t->Get("nav.missing") == "");
  CHECK(t->Format("due", {{"date", "21 March 2025"}}) == "Due by 21 March 2025");
  CHECK(t->Untranslated() == std::vector<std::string>{"due", "nav.policy"});
  CHECK(t->Tree()["nav"]["home"] == "Hafan");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "i18n.key.unknown");
}

TEST_CASE("Translations refuse files that are not objects of strings") {
  std::vector<cs::Diagnostic> diagnostics;
  CHECK_FALSE(cs::Translations::Parse("[1]", "", "en", &diagnostics));
  CHECK_FALSE(cs::Translations::Parse(R"({"a": {"b": 3}})", "", "en", &diagnostics));
  CHECK_FALSE(cs::Translations::Parse("{", "", "en", &diagnostics));
  REQUIRE(diagnostics.size() == 3);
  for (const auto& d : diagnostics) CHECK(d.code == "i18n.json.invalid");
  CHECK(diagnostics[1].message.find("\"a.b\"") != std::string::npos);
}

TEST_CASE("Load warns when a language has no file and uses English") {
  std::vector<cs::Diagnostic> diagnostics;
  auto t = cs::Translations::Load({{"en.json", R"({"hello": "Hello"})"}}, "templates/i18n", "cy", &diagnostics);
  REQUIRE(t);
  CHECK(t->Get("hello") == "Hello");
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "i18n.language.missing");
  CHECK(diagnostics[0].file == "templates/i18n/cy.json");
  CHECK_FALSE(cs::Translations::Load({}, "templates/i18n", "en", &diagnostics));
  CHECK(diagnostics.back().code == "i18n.english.missing");
}

TEST_CASE("Thousands separates a count's thousands with commas") {
  CHECK(cs::Thousands(0) == "0");
  CHECK(cs::Thousands(7) == "7");
  CHECK(cs::Thousands(999) == "999");
  CHECK(cs::Thousands(1000) == "1,000");
  CHECK(cs::Thousands(8400) == "8,400");
  CHECK(cs::Thousands(12345) == "12,345");
  CHECK(cs::Thousands(999999) == "999,999");
  CHECK(cs::Thousands(1000000) == "1,000,000");
  CHECK(cs::Thousands(1234567) == "1,234,567");
  CHECK(cs::Thousands(9223372036854775807LL) == "9,223,372,036,854,775,807");
}

TEST_CASE("Every language shipped in templates/i18n has every key of en.json") {
  std::string dir = std::string(SOURCE_DIRECTORY) + "/templates/i18n";
  std::string error;
  auto english = cs::ReadTextFile(dir + "/en.json", &error);
  REQUIRE_MESSAGE(english, error);
  std::vector<cs::Diagnostic> diagnostics;
  auto base = cs::Translations::Parse(*english, "", "en", &diagnostics);
  REQUIRE_MESSAGE(base, "templates/i18n/en.json must be an object of strings");
  CHECK_FALSE(cs::TranslationKeys(base->Tree()).empty());
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() != ".json" || entry.path().filename() == "en.json") continue;
    std::string language = entry.path().stem().string();
    CAPTURE(language);
    diagnostics.clear();
    std::string error;
    auto files = cs::ReadFolder(dir, &error);
    REQUIRE(files);
    auto t = cs::Translations::Load(*files, dir, language, &diagnostics);
    REQUIRE(t);
    CHECK(t->Untranslated().empty());
    for (const auto& d : diagnostics) CHECK_MESSAGE(false, cs::FormatDiagnostic(d));
  }
}
