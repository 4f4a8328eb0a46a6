// The published spreadsheet re-imports to the same self-assessment: every seed form (../shared/seeds) → JSON →
// /self-assessment/<year>.csv → JSON is identical, and so is every year of the example site.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "csv.h"
#include "import_self_assessment.h"
#include "self_assessment.h"
#include "self_assessment_csv.h"
#include "test_util.h"

namespace {

cs::ImportResult ImportText(const std::string& text, const std::string& file) {
  cs::ImportOptions options;
  options.file = file;
  return cs::ImportSelfAssessment(text, options);
}

std::optional<cs::SelfAssessment> Parse(const std::string& json, const std::string& year) {
  std::vector<cs::Diagnostic> diagnostics;
  auto sa = cs::ParseSelfAssessment(json, "sa.json", year, &diagnostics);
  for (const auto& d : diagnostics)
    if (d.severity == cs::Severity::Error) MESSAGE(cs::FormatDiagnostic(d));
  return sa;
}

// Everything the published page shows, compared field by field (positions in the file are not content).
void CheckSame(const cs::SelfAssessment& a, const cs::SelfAssessment& b) {
  CHECK(a.code == b.code);
  CHECK(a.completed == b.completed);
  CHECK(a.approved == b.approved);
  CHECK(a.approved_by == b.approved_by);
  CHECK(a.statement == b.statement);
  // The CSV lists provisions in the Code's order, whatever order the file had them in.
  auto by_id = [](const cs::SelfAssessment& sa) {
    std::map<std::string, cs::ProvisionAnswer> m;
    for (const auto& answer : sa.answers) m[answer.id] = answer;
    return m;
  };
  auto ma = by_id(a), mb = by_id(b);
  REQUIRE(a.answers.size() == b.answers.size());
  REQUIRE(ma.size() == mb.size());
  for (auto ia = ma.begin(), ib = mb.begin(); ia != ma.end(); ++ia, ++ib) {
    const auto &x = ia->second, &y = ib->second;
    INFO("provision " << x.id);
    CHECK(x.id == y.id);
    CHECK(x.comply == y.comply);
    CHECK(x.comply_by == y.comply_by);
    CHECK(x.commentary == y.commentary);
    CHECK(x.explanation == y.explanation);
    REQUIRE(x.evidence.size() == y.evidence.size());
    for (size_t k = 0; k < x.evidence.size(); ++k) {
      CHECK(x.evidence[k].text == y.evidence[k].text);
      CHECK(x.evidence[k].url == y.evidence[k].url);
    }
  }
}

}  // namespace

TEST_CASE("round trip: every seed form -> JSON -> published CSV -> JSON is identical") {
  // The seeds are the test's input: without them it fails rather than passing on nothing.
  auto dir = cs_test::SharedFile("seeds");
  REQUIRE_MESSAGE(dir, "../shared/seeds is missing");
  int forms = 0;
  for (const auto& entry : std::filesystem::directory_iterator(*dir)) {
    if (entry.path().extension() != ".txt") continue;
    std::string name = entry.path().filename().string();
    if (name.rfind("code-", 0) == 0 && name.find("self-assessment") == std::string::npos) continue;
    INFO(name);
    cs::ImportResult first = ImportText(*cs_test::ReadFile(entry.path().string()), name);
    REQUIRE(first.ok);
    ++forms;
    // A provision the form left unanswered (import.answer.missing) must be answered before the site publishes the
    // year, so only then is there a CSV: answer it as the import's fix says, and keep everything else as imported.
    nlohmann::json doc = nlohmann::json::parse(first.json);
    int answered = 0, missing = 0;
    for (auto& p : doc["provisions"])
      if (!p.contains("comply")) p["comply"] = "yes", ++answered;
    for (const auto& d : first.report) missing += d.code == "import.answer.missing";
    CHECK(answered == missing);
    auto sa = Parse(answered ? doc.dump(2) : first.json, "2025-26");
    REQUIRE(sa);
    std::string csv = cs::SelfAssessmentCsv(*sa);
    cs::ImportResult again = ImportText(csv, name + ".csv");
    REQUIRE(again.ok);
    CHECK(again.format == "csv");
    CHECK(again.code == first.code);
    if (!answered) CHECK(again.json == first.json);  // byte for byte
    CHECK(nlohmann::json::parse(again.json) == doc);
    for (const auto& d : again.report)
      CHECK_MESSAGE(d.code.rfind("import.id.", 0) != 0, cs::FormatDiagnostic(d));
    // And once more: the CSV of the re-import is the same file.
    auto sa2 = Parse(again.json, "2025-26");
    REQUIRE(sa2);
    CHECK(cs::SelfAssessmentCsv(*sa2) == csv);
  }
  CHECK(forms >= 4);
}

TEST_CASE("round trip: the example site's years, with completion, approval and statement") {
  int years = 0;
  for (const auto& entry : std::filesystem::directory_iterator(std::string(SOURCE_DIRECTORY) + "/content/self-assessments")) {
    std::string year = entry.path().stem().string();
    INFO(year);
    auto sa = Parse(*cs_test::ReadFile(entry.path().string()), year);
    REQUIRE(sa);
    CHECK(sa->completed);
    CHECK(!sa->statement.empty());
    cs::ImportResult back = ImportText(cs::SelfAssessmentCsv(*sa), year + ".csv");
    REQUIRE(back.ok);
    auto again = Parse(back.json, year);
    REQUIRE(again);
    CheckSame(*sa, *again);
    ++years;
  }
  CHECK(years >= 3);
}

TEST_CASE("round trip: provision ids survive a spreadsheet") {
  cs::SelfAssessment sa;
  sa.code = "2024";
  for (const char* id : {"5.1", "5.10", "6.1", "6.10"}) {
    cs::ProvisionAnswer a;
    a.id = id;
    a.comply = true;
    a.evidence.push_back({std::string("Evidence for ") + id, ""});
    sa.answers.push_back(a);
  }
  std::string csv = cs::SelfAssessmentCsv(sa);
  CHECK(csv.find("\n'5.10,") != std::string::npos);  // text, so Excel keeps the 0
  SUBCASE("as written: all four, none merged") {
    cs::ImportResult r = ImportText(csv, "sa.csv");
    REQUIRE(r.ok);
    auto doc = nlohmann::json::parse(r.json);
    std::vector<std::string> ids;
    for (const auto& p : doc["provisions"]) ids.push_back(p["id"]);
    CHECK(ids == std::vector<std::string>{"5.1", "5.10", "6.1", "6.10"});
  }
  SUBCASE("saved by Excel without the apostrophes: 5.10 reads 5.1 and is put back by its place") {
    std::string excel = csv;
    for (std::string from : {"'5.10,", "'5.1,", "'6.10,", "'6.1,"}) {
      std::string to = from.substr(1);
      if (to == "5.10,") to = "5.1,";
      if (to == "6.10,") to = "6.1,";
      for (size_t at; (at = excel.find(from)) != std::string::npos;) excel.replace(at, from.size(), to);
    }
    cs::ImportResult r = ImportText(excel, "excel.csv");
    REQUIRE(r.ok);
    auto doc = nlohmann::json::parse(r.json);
    std::vector<std::string> ids;
    for (const auto& p : doc["provisions"]) ids.push_back(p["id"]);
    CHECK(ids == std::vector<std::string>{"5.1", "5.10", "6.1", "6.10"});
    int renamed = 0;
    for (const auto& d : r.report) renamed += d.code == "import.id.spreadsheet_number";
    CHECK(renamed == 2);
  }
  SUBCASE("two rows say 5.1 and nothing shows which is 5.10: never merged, an error names 5.10") {
    std::string two = "provision,comply,evidence\r\n5.1,yes,First\r\n5.1,no,Second\r\n";
    cs::ImportResult r = ImportText(two, "two.csv");
    bool named = false;
    for (const auto& d : r.report)
      if (d.code == "import.id.ambiguous" && d.severity == cs::Severity::Error &&
          d.message.find("5.10") != std::string::npos)
        named = true;
    CHECK(named);
    if (r.ok) CHECK(nlohmann::json::parse(r.json)["provisions"].size() == 1);
  }
}

TEST_CASE("published evidence cell: one item a line, links, nested lists stay in their item") {
  std::vector<cs::Evidence> evidence = {{"Policy, section 2", "/policy/#s2"},
                                        {"Training:\n- Apologies\n- Remedies", ""},
                                        {"Ends like a link <x>", ""}};
  CHECK(cs::ReadPublishedEvidence(cs::PublishedEvidence(evidence)).size() == 3);
  auto back = cs::ReadPublishedEvidence(cs::PublishedEvidence(evidence));
  for (size_t k = 0; k < evidence.size(); ++k) {
    CHECK(back[k].text == evidence[k].text);
    CHECK(back[k].url == evidence[k].url);
  }
  // What an officer types in the cell: an indented line continues the item above.
  auto typed = cs::ReadPublishedEvidence("- Training log:\n    - Apologies\n    - Remedies\n- Policy <https://x.org/p>");
  REQUIRE(typed.size() == 2);
  CHECK(typed[0].text == "Training log:\n  - Apologies\n  - Remedies");  // a nested Markdown list
  CHECK(typed[1].url == "https://x.org/p");
}
