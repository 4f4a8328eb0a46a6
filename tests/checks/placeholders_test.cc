// Tests for core/placeholders and the placeholder findings of `check` (issue 12, item 4): what `init` writes for the
// landlord to replace is never published (Code 3.1, 3.4), and notes where evidence should be are warnings that name
// the provision (Appendix B: "support all statements with evidence").
#include "placeholders.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <functional>
#include <set>

#include "checks.h"
#include "import_self_assessment.h"
#include "self_assessment.h"
#include "test_util.h"

namespace {

std::string Describe(const std::vector<cs::PlaceholderMatch>& found) {
  std::string out;
  for (const auto& m : found)
    out += m.rule->code + " " + std::to_string(m.line) + ":" + std::to_string(m.column) + " \"" + m.found + "\"\n";
  return out;
}

std::string InitFile(const std::string& name) {
  auto text = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/templates/init/" + name);
  REQUIRE(text);
  return *text;
}

// What `complaints-site init --name X` writes from templates/init/ (site/cli/init_command.cc).
std::string AsInitWrites(std::string text) {
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"{{landlord_name}}", "Vale Homes"},
                                 {"{{nation}}", "england-and-wales"}})
    for (size_t at; (at = text.find(from)) != std::string::npos;) text.replace(at, from.size(), to);
  return text;
}

}  // namespace

TEST_CASE("placeholders: each kind, with its line and column (Code 3.1, 3.4)") {
  auto found = cs::FindPlaceholders(
      "{\n"
      "  \"website_url\": \"https://www.example.org/\",\n"
      "  \"phone\": \"03069 990000\", \"email\": \"complaints@example.org\",\n"
      "  \"post\": \"Complaints Team, CHANGE THIS: your postal address\",\n"
      "  \"hours\": \"CHANGE THIS: e.g. 9 to 5\"\n"
      "}\n",
      "content");
  CAPTURE(Describe(found));
  REQUIRE(found.size() == 5);
  CHECK((found[0].rule->code == "placeholder.website" && found[0].line == 2 && found[0].column == 31));
  CHECK((found[1].rule->code == "placeholder.phone" && found[1].line == 3 && found[1].column == 13));
  CHECK((found[2].rule->code == "placeholder.email" && found[2].line == 3 && found[2].column == 38 &&
         found[2].found == "complaints@example.org"));
  // The postal placeholder is one finding, not also "CHANGE THIS".
  CHECK((found[3].rule->code == "placeholder.postal" && found[3].line == 4 && found[3].column == 29));
  CHECK((found[4].rule->code == "placeholder.words" && found[4].line == 5 && found[4].column == 13));
  for (const auto& m : found) CHECK(m.rule->severity == cs::Severity::Error);
}

TEST_CASE("placeholders: real text is not a placeholder") {
  for (const char* real : {"https://www.example-homes.org.uk/", "complaints@example.org.uk", "https://myexample.org/",
                           "If you want to change this, tell us.", "0300 123 4567", "a complaint about example.orgs"}) {
    CAPTURE(std::string(real));
    CHECK(cs::FindPlaceholders(real, "content").empty());
  }
  // Columns count characters, as the JSON positions do.
  auto found = cs::FindPlaceholders("\"caf\xC3\xA9 CHANGE THIS\"", "content");
  REQUIRE(found.size() == 1);
  CHECK(found[0].column == 7);
}

TEST_CASE("placeholders: notes where a self-assessment's evidence should be are warnings (Appendix B)") {
  for (const char* note : {"Insert link to involvement leaflet", "<p>Link to report when published</p>",
                           "Add link to report once published on website", "Policy (TBC)", "[insert URL]"}) {
    CAPTURE(std::string(note));
    auto found = cs::FindPlaceholders(note, "self-assessment");
    REQUIRE(found.size() == 1);
    CHECK(found[0].rule->code == "sa.evidence.placeholder");
    CHECK(found[0].rule->severity == cs::Severity::Warning);
    CHECK(cs::FindPlaceholders(note, "content").empty());  // not the init placeholders
  }
  CHECK(cs::FindPlaceholders("The STBC report; the published report", "self-assessment").empty());
  CHECK(cs::FindPlaceholders("We review the policy when published guidance changes.", "self-assessment").empty());
}

TEST_CASE("placeholders: check names the provision of an evidence note") {
  std::string text =
      "{\n  \"code\": \"2024\",\n  \"provisions\": [\n"
      "    {\"id\": \"3.3\", \"comply\": \"yes\",\n"
      "     \"evidence\": [{\"text\": \"Insert link to involvement leaflet\"}]},\n"
      "    {\"id\": \"8.2\", \"comply\": \"yes\", \"evidence\": [{\"text\": \"Add link to report once published on website\"}]}\n"
      "  ]\n}\n";
  std::vector<cs::Diagnostic> problems;
  auto sa = cs::ParseSelfAssessment(text, "content/self-assessments/2025-26.json", "2025-26", &problems);
  REQUIRE(sa);
  cs::Content content;
  content.self_assessments.push_back({"2025-26", "content/self-assessments/2025-26.json", text, *sa});
  auto found = cs::CheckPlaceholders(content);
  REQUIRE(found.size() == 2);
  CHECK(found[0].code == "sa.evidence.placeholder");
  CHECK(found[0].provision == "3.3");
  CHECK(found[0].line == 5);
  CHECK(found[0].column == 29);
  CHECK(found[0].message.find("provision 3.3") != std::string::npos);
  CHECK(found[1].provision == "8.2");
  CHECK(found[1].line == 6);
}

TEST_CASE("placeholders: the Hilldale self-assessment's evidence notes are found after import (Appendix B)") {
  auto path = cs_test::SharedFile("seeds/code-2024-with-hilldale-self-assessment.txt");
  if (!path) {
    MESSAGE("skipped: ../shared not present");
    return;
  }
  auto text = cs_test::ReadFile(*path);
  REQUIRE(text);
  cs::ImportOptions options;
  options.code = "2024";
  options.file = *path;
  cs::ImportResult imported = cs::ImportSelfAssessment(*text, options);
  REQUIRE(imported.ok);
  // The form leaves 3.5 unanswered (the importer reports it); answer it so the file parses.
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(imported.json);
  for (auto& p : doc["provisions"])
    if (!p.contains("comply")) p["comply"] = "yes";
  std::string json = doc.dump(2);
  std::vector<cs::Diagnostic> problems;
  auto sa = cs::ParseSelfAssessment(json, "2024-25.json", "2024-25", &problems);
  for (const auto& d : problems) MESSAGE(cs::FormatDiagnostic(d));
  REQUIRE(sa);
  cs::Content content;
  content.self_assessments.push_back({"2024-25", "2024-25.json", json, *sa});
  std::set<std::string> provisions;
  for (const auto& d : cs::CheckPlaceholders(content)) {
    CHECK(d.code == "sa.evidence.placeholder");
    provisions.insert(d.provision);
  }
  // "Insert link to involvement leaflet" (3.3), "Link to report when published" (8.1), "Add link to report once
  // published on website" (8.2).
  CHECK(provisions == std::set<std::string>{"3.3", "8.1", "8.2"});
}

// A new placeholder in templates/init/ is caught: every string init writes into site.json is either reported as a
// placeholder or one of the real defaults listed here, and every "CHANGE THIS" in the policy is reported.
TEST_CASE("placeholders: everything templates/init/ asks the landlord to replace is found") {
  const std::set<std::string> real_defaults = {"Vale Homes", "/", "england-and-wales", "2024", "en", "phone",
                                               "Complaints line", "email", "post", "Complaints Team", "#1d5b79"};
  std::string site = AsInitWrites(InitFile("site.json"));
  auto found = cs::FindPlaceholders(site, "content");
  std::set<int> lines;
  for (const auto& m : found) lines.insert(m.line);
  nlohmann::json doc = nlohmann::json::parse(site);
  std::vector<std::string> unreported;
  std::function<void(const nlohmann::json&)> visit = [&](const nlohmann::json& j) {
    if (j.is_object() || j.is_array())
      for (const auto& child : j) visit(child);
    else if (j.is_string() && !real_defaults.count(j.get<std::string>()) &&
             cs::FindPlaceholders(j.get<std::string>(), "content").empty())
      unreported.push_back(j.get<std::string>());
  };
  visit(doc);
  CAPTURE(Describe(found));
  CHECK_MESSAGE(unreported.empty(), "templates/init/site.json writes values that are neither placeholders nor real "
                                    "defaults; add them to core/data/placeholders.json: "
                                        << nlohmann::json(unreported).dump());
  std::set<std::string> codes;
  for (const auto& m : found) codes.insert(m.rule->code);
  CHECK(codes == std::set<std::string>{"placeholder.words", "placeholder.phone", "placeholder.email",
                                       "placeholder.website", "placeholder.postal"});

  std::string policy = AsInitWrites(InitFile("policy.md"));
  int line = 0, marked = 0;
  std::set<int> policy_lines;
  for (const auto& m : cs::FindPlaceholders(policy, "content")) policy_lines.insert(m.line);
  for (size_t start = 0; start < policy.size();) {
    size_t end = policy.find('\n', start);
    if (end == std::string::npos) end = policy.size();
    ++line;
    if (policy.substr(start, end - start).find("CHANGE THIS") != std::string::npos) {
      ++marked;
      CHECK_MESSAGE(policy_lines.count(line), "policy.md line " << line);
    }
    start = end + 1;
  }
  CHECK(marked > 0);
  // Without --name, init writes "CHANGE THIS: your organisation" as the name: a placeholder too.
  CHECK(cs::FindPlaceholders("\"landlord_name\": \"CHANGE THIS: your organisation\"", "content").size() == 1);
}
