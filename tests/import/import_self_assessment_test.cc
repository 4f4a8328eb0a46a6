// Importing real exported self-assessment forms (../shared/seeds) and our own awkward fixtures.
#include <doctest/doctest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "import_self_assessment.h"
#include "import_table.h"
#include "self_assessment.h"
#include "test_util.h"

namespace {

using nlohmann::json;

struct Imported {
  cs::ImportResult result;
  json doc;
};

Imported Import(const std::string& text, const std::string& code = "auto") {
  cs::ImportOptions options;
  options.code = code;
  options.file = "input.txt";
  Imported out{cs::ImportSelfAssessment(text, options), json()};
  if (out.result.ok) out.doc = json::parse(out.result.json);
  return out;
}

const json* FindProvision(const json& doc, const std::string& id) {
  for (const auto& p : doc["provisions"])
    if (p["id"] == id) return &p;
  return nullptr;
}

std::string Commentary(const json& doc, const std::string& id) {
  const json* p = FindProvision(doc, id);
  REQUIRE_MESSAGE(p, "provision " << id << " missing");
  return (*p)["commentary"].get<std::string>();
}

std::string Explanation(const json& doc, const std::string& id) {
  const json* p = FindProvision(doc, id);
  REQUIRE_MESSAGE(p, "provision " << id << " missing");
  return p->contains("explanation") ? (*p)["explanation"].get<std::string>() : "";
}

std::string EvidenceText(const json& doc, const std::string& id) {
  const json* p = FindProvision(doc, id);
  REQUIRE_MESSAGE(p, "provision " << id << " missing");
  std::string all;
  for (const auto& e : (*p)["evidence"]) all += (all.empty() ? "" : " | ") + e["text"].get<std::string>();
  return all;
}

std::string Comply(const json& doc, const std::string& id) {
  const json* p = FindProvision(doc, id);
  REQUIRE_MESSAGE(p, "provision " << id << " missing");
  return p->contains("comply") ? (*p)["comply"].get<std::string>() : "";
}

bool HasFinding(const cs::ImportResult& r, const std::string& code, const std::string& provision = "") {
  for (const auto& d : r.report)
    if (d.code == code && (provision.empty() || d.provision == provision)) return true;
  return false;
}

void CheckNoFurniture(const std::string& output, const std::vector<std::string>& furniture) {
  for (const auto& f : furniture) CHECK_MESSAGE(output.find(f) == std::string::npos, "page furniture in output: " << f);
  for (const char* markup : {"<p>", "</p>", "<ul", "<li>", "</", "<b>", "<u>", "<i>", "| ---", "\\t", "Code provision",
                             "Comply: Yes", "Best practice 'should'"})
    CHECK_MESSAGE(output.find(markup) == std::string::npos, "markup or header in output: " << markup);
}

// The generator's own parser accepts the import unless it has a blank answer, and the import report has said
// so first; a "no" without explanation or date reads (the checks judge it by year) and the report has said that too.
void CheckParsesWhenClean(const cs::ImportResult& r, int expected_parse_errors) {
  std::vector<cs::Diagnostic> diagnostics;
  auto sa = cs::ParseSelfAssessment(r.json, "content/self-assessments/2025-26.json", "2025-26", &diagnostics);
  int errors = 0;
  for (const auto& d : diagnostics)
    if (d.severity == cs::Severity::Error) ++errors;
  CHECK(bool(sa) == (expected_parse_errors == 0));
  if (expected_parse_errors > 0) CHECK(cs::HasErrors(r.report));
  CHECK(errors == expected_parse_errors);
  if (sa) CHECK(sa->answers.size() == static_cast<size_t>(r.provisions));
  bool incomplete_no = false;
  if (sa)
    for (const auto& a : sa->answers) incomplete_no = incomplete_no || (!a.comply && (a.explanation.empty() || !a.comply_by));
  if (sa) CHECK(cs::HasErrors(r.report) == incomplete_no);
}

std::optional<std::string> Seed(const std::string& name) {
  auto path = cs_test::SharedFile("seeds/" + name);
  if (!path) return std::nullopt;
  return cs_test::ReadFile(*path);
}

}  // namespace

TEST_CASE("import: Alliance Homes 2024 form exported as text") {
  auto text = Seed("self-assessment-2024-alliance-homes.txt");
  if (!text) return;  // failed (or skipped with CS_ALLOW_SKIP=1) by SharedFile
  Imported im = Import(*text);
  REQUIRE(im.result.ok);
  CHECK(im.result.code == "2024");
  CHECK(im.doc["provisions"].size() == 72);
  CHECK(im.result.yes == 72);
  for (const auto& p : im.doc["provisions"]) CHECK(p["comply"] == "yes");
  CHECK(!HasFinding(im.result, "import.requirement.differs"));
  // Cells split across pages are joined again.
  CHECK(EvidenceText(im.doc, "5.7") ==
        "This is covered in the complaints process that the complaints team follow and the template letters we use "
        "also clarify this in writing back to the customer.");
  CHECK(EvidenceText(im.doc, "8.2").find("shared with the Member Responsible for Complaints who is also the Chair of the "
                                         "Risk and Audit Committee") != std::string::npos);
  CHECK(Commentary(im.doc, "4.3").find("make use of resources on the Housing Ombudsman Centre for Learning.") !=
        std::string::npos);
  CHECK(EvidenceText(im.doc, "5.10").find("system and its purpose and use will be trained to all staff") !=
        std::string::npos);
  // <p> paragraphs stay paragraphs.
  CHECK(Commentary(im.doc, "3.2").find("customer induction.\n\nAwareness will be raised") != std::string::npos);
  CHECK(Commentary(im.doc, "2.5") == "Equality Impact Assessment has been completed");
  CheckNoFurniture(im.result.json, {"COMPLAINTS SELF-ASSESSMENT", "APPENDIX A", "Section 3:", "Section 8:"});
  CheckParsesWhenClean(im.result, 0);
}

TEST_CASE("import: SYHA 2024 form with a footer on every page") {
  auto text = Seed("self-assessment-2024-syha.txt");
  if (!text) return;  // failed (or skipped with CS_ALLOW_SKIP=1) by SharedFile
  Imported im = Import(*text);
  REQUIRE(im.result.ok);
  CHECK(im.result.code == "2024");
  CHECK(im.doc["provisions"].size() == 72);
  CHECK(im.result.yes == 72);
  CHECK(HasFinding(im.result, "import.id.remark", "1.2"));  // "1.2 (code provisions start at 1.2)"
  CHECK(Commentary(im.doc, "3.2") ==
        "Our policy describes how complaints can be raised with any member of staff. We are developing how we "
        "increase staff awareness and our collective responsibility to take action.");
  CHECK(Commentary(im.doc, "6.3").find("within 10 working days of a complaint being acknowledged, point 11. Complaints "
                                       "handling performance is monitored.") != std::string::npos);
  CHECK(Commentary(im.doc, "6.11").find("The acknowledgement confirms we have received and recorded the review.") !=
        std::string::npos);
  CHECK(Commentary(im.doc, "1.4").find("An area of further development is how the policy is applied consistently.") !=
        std::string::npos);
  CheckNoFurniture(im.result.json, {"This assessment covers", "South Yorkshire Housing Association and Alliance Housing",
                                    "Section 2:", "(code provisions start at 1.2)"});
  CheckParsesWhenClean(im.result, 0);
}

TEST_CASE("import: Hilldale self-assessment at the end of the Code document") {
  auto text = Seed("code-2024-with-hilldale-self-assessment.txt");
  if (!text) return;  // failed (or skipped with CS_ALLOW_SKIP=1) by SharedFile
  Imported im = Import(*text);
  REQUIRE(im.result.ok);
  CHECK(im.result.code == "2024");
  CHECK(im.doc["provisions"].size() == 72);
  CHECK(im.result.yes == 71);  // "Y" everywhere ...
  CHECK(Comply(im.doc, "3.5") == "");  // ... except 3.5, which the document leaves blank
  CHECK(HasFinding(im.result, "import.answer.missing", "3.5"));
  CHECK(Commentary(im.doc, "6.7").find("Our complaint responses include clear explanations for decisions made, "
                                       "referencing the relevant policies") != std::string::npos);
  CHECK(Commentary(im.doc, "6.20").find("wider complaints meetings to ensure a full response can be given.") !=
        std::string::npos);
  CHECK(EvidenceText(im.doc, "6.20") ==
        "4SG-P-030-Complaints-Policy-Customer-Friendly-v2-PAG-26.02.2024-1.pdf | Leadership team meeting minutes | "
        "Complaints meetings");
  // Checkbox glyphs used as bullets become a list.
  CHECK(Commentary(im.doc, "2.2").find("\n- It is a request for information\n") != std::string::npos);
  CHECK(HasFinding(im.result, "import.text.before_table"));  // the Code's own text before Appendix B
  CHECK(HasFinding(im.result, "import.text.after_table"));   // the Ombudsman's address on the back page
  CheckNoFurniture(im.result.json, {"Section 6: Complaints stages", "Scan here", "PO Box 1484", "@HousingOmbuds"});
  CheckParsesWhenClean(im.result, 1);  // 3.5 has no "comply" until the landlord answers it
}

TEST_CASE("import: 2022 Code form with a combined evidence column and 'should' dividers") {
  auto text = Seed("self-assessment-2022-code.txt");
  if (!text) return;  // failed (or skipped with CS_ALLOW_SKIP=1) by SharedFile
  Imported im = Import(*text);
  REQUIRE(im.result.ok);
  CHECK(im.result.code == "2022");
  CHECK(im.doc["provisions"].size() == 68);
  CHECK(Comply(im.doc, "1.5") == "no");
  CHECK(Comply(im.doc, "4.9") == "no");
  CHECK(im.result.no == 2);
  CHECK(im.result.yes == 66);
  // The combined cell stays whole in the commentary, even for a "no"; the landlord is told to add an explanation.
  CHECK(Commentary(im.doc, "4.9").find("However, where it is appropriate to anonymise, we will do this.") !=
        std::string::npos);
  CHECK(HasFinding(im.result, "import.no.explanation", "4.9"));
  CHECK(HasFinding(im.result, "import.no.comply_by", "1.5"));
  CHECK(Commentary(im.doc, "1.9").find("template letters that we send to residents about the outcome or confirmation "
                                       "of their complaint") != std::string::npos);
  CHECK(Commentary(im.doc, "3.3").find("Our team have autonomy and authority to resolve disputes") != std::string::npos);
  CHECK(HasFinding(im.result, "import.text.unplaced"));  // "Stage 3 | Not applicable, we do not use stage 3."
  // Provisions come out in Code order even though the form lists the musts before the shoulds.
  std::vector<std::string> ids;
  for (const auto& p : im.doc["provisions"]) ids.push_back(p["id"]);
  CHECK(ids[0] == "1.2");
  CHECK(ids[1] == "1.3");
  CHECK(ids[2] == "1.4");
  CheckNoFurniture(im.result.json, {"Section 4 ", "Housing Ombudsman Complaint Handling Code: Self-assessment form",
                                    "Stage 3"});
  CheckParsesWhenClean(im.result, 0);  // 1.5 and 4.9: explanation and comply_by to add, reported as errors
}

TEST_CASE("import: awkward 2024 text fixture") {
  auto text = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/tests/fixtures/import/awkward-2024.txt");
  REQUIRE(text);
  Imported im = Import(*text);
  REQUIRE(im.result.ok);
  CHECK(im.result.code == "2024");
  CHECK(im.doc["provisions"].size() == 9);
  SUBCASE("answers as the document states them") {
    CHECK(Comply(im.doc, "1.2") == "yes");
    CHECK(Comply(im.doc, "1.4") == "yes");  // "Y"
    CHECK(Comply(im.doc, "3.1") == "no");   // "N"
    CHECK(Comply(im.doc, "3.5") == "");     // blank
    CHECK(Comply(im.doc, "3.6") == "yes");  // "Yes" sitting in the evidence column
    CHECK(Comply(im.doc, "6.2") == "yes");  // lower case
    CHECK(HasFinding(im.result, "import.answer.missing", "3.5"));
    CHECK(HasFinding(im.result, "import.answer.moved", "3.6"));
  }
  SUBCASE("stray words in the answer cell move to the evidence") {
    CHECK(Comply(im.doc, "2.3") == "yes");
    CHECK(EvidenceText(im.doc, "2.3") == "Complaints policy section 4 Policy, section 4.2");
    CHECK(HasFinding(im.result, "import.answer.stray_text", "2.3"));
  }
  SUBCASE("a row split across a page break is joined") {
    CHECK(Commentary(im.doc, "2.3") ==
          "We accept complaints up to twelve months after the resident becomes aware of the issue, and use discretion "
          "beyond that.");
  }
  SUBCASE("HTML becomes Markdown with paragraphs and lists") {
    CHECK(Commentary(im.doc, "1.2") == "Our policy uses the Code's definition word for word.\n\nStaff training covers it.");
    CHECK(Explanation(im.doc, "3.1") == "We offer phone and email only; **web form** coming.");
    CHECK(Commentary(im.doc, "3.5") == "Publicised in the tenant newsletter and on the website.");
    CHECK(EvidenceText(im.doc, "3.7") == "Letters | Website | Newsletter");
    CHECK(Explanation(im.doc, "3.7").rfind("*Ombudsman* details are in every letter & on our website.", 0) == 0);
    const json* p = FindProvision(im.doc, "1.4");
    REQUIRE(p);
    CHECK((*p)["evidence"][1]["url"] == "https://example.org/service-requests");
    CHECK(HasFinding(im.result, "import.html.left_out", "3.7"));  // javascript: link
    CHECK(im.result.json.find("javascript") == std::string::npos);
  }
  SUBCASE("the landlord's requirement text is checked, not imported") {
    CHECK(HasFinding(im.result, "import.requirement.differs", "6.3"));
    CHECK(!HasFinding(im.result, "import.requirement.differs", "6.2"));
    CHECK(im.result.json.find("15 working days") == std::string::npos);
  }
  SUBCASE("nothing is dropped silently") {
    CHECK(HasFinding(im.result, "import.id.remark", "1.2"));
    CHECK(HasFinding(im.result, "import.text.unplaced"));
    CHECK(HasFinding(im.result, "import.id.unknown", "10.1"));
    CHECK(HasFinding(im.result, "import.text.before_table"));
    CHECK(HasFinding(im.result, "import.provision.missing"));
    CHECK(HasFinding(im.result, "import.no.comply_by", "3.1"));
    bool unplaced_text_reported = false;
    for (const auto& d : im.result.report)
      if (d.message.find("Please note this page was revised in May.") != std::string::npos) unplaced_text_reported = true;
    CHECK(unplaced_text_reported);
  }
  SUBCASE("out of order rows come out in Code order") {
    std::vector<std::string> ids;
    for (const auto& p : im.doc["provisions"]) ids.push_back(p["id"]);
    CHECK(std::is_sorted(ids.begin(), ids.end(), [](const std::string& a, const std::string& b) {
      return std::make_pair(std::stoi(a), std::stoi(a.substr(a.find('.') + 1))) <
             std::make_pair(std::stoi(b), std::stoi(b.substr(b.find('.') + 1)));
    }));
    CHECK(ids.back() == "6.3");
  }
  CheckNoFurniture(im.result.json, {"EXAMPLE HOMES COMPLAINTS SELF-ASSESSMENT", "This assessment covers",
                                    "Section 2:", "revised in May"});
}

TEST_CASE("import: 2022 form fixture detects the 2022 Code") {
  auto text = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/tests/fixtures/import/form-2022.txt");
  REQUIRE(text);
  Imported im = Import(*text);
  REQUIRE(im.result.ok);
  CHECK(im.result.code == "2022");
  CHECK(im.doc["code"] == "2022");
  CHECK(im.doc["provisions"].size() == 4);
  CHECK(Comply(im.doc, "1.4") == "no");
  CHECK(Commentary(im.doc, "1.4") ==
        "We do not yet separate service requests in our system.\n\nA new category goes live in the autumn.");
  CHECK(HasFinding(im.result, "import.text.after_table"));  // "Stage 3 | We do not have a stage 3."
  CHECK(im.result.json.find("Best practice") == std::string::npos);
  // Forcing the other Code reports the ids it does not have instead of guessing.
  Imported forced = Import(*text, "2024");
  REQUIRE(forced.result.ok);
  CHECK(forced.result.code == "2024");
  CHECK(HasFinding(forced.result, "import.requirement.differs"));
}

TEST_CASE("import: CSV with the usual column names") {
  auto text = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/tests/fixtures/import/spreadsheet.csv");
  REQUIRE(text);
  Imported im = Import(*text);
  REQUIRE(im.result.ok);
  CHECK(im.result.format == "csv");
  CHECK(im.result.columns.find("\"Ref\" -> provision id") != std::string::npos);
  CHECK(im.result.columns.find("\"Comments\" -> commentary") != std::string::npos);
  CHECK(im.result.columns.find("\"Owner\" -> not used") != std::string::npos);
  CHECK(Comply(im.doc, "1.2") == "yes");
  CHECK(EvidenceText(im.doc, "1.2") == "Complaints policy, section 2 | Staff handbook");
  CHECK(Commentary(im.doc, "1.2") == "Line one of the comment.\n\nSecond paragraph, with \"quotes\".");
  CHECK(Comply(im.doc, "6.3") == "no");
  CHECK(Explanation(im.doc, "6.3") == "We are recruiting two more officers.");
  CHECK((*FindProvision(im.doc, "6.3"))["comply_by"] == "2026-03-31");
  CHECK(Comply(im.doc, "9.4") == "yes");
  CHECK(HasFinding(im.result, "import.column.unused", "6.3"));  // the Owner column's text is reported
  CHECK(HasFinding(im.result, "import.text.unplaced"));         // the row without a provision number
}

TEST_CASE("import: semicolon CSV with a combined column; Markdown pipe table") {
  auto csv = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/tests/fixtures/import/semicolons.csv");
  REQUIRE(csv);
  Imported im = Import(*csv);
  REQUIRE(im.result.ok);
  CHECK(im.result.format == "csv");
  CHECK(Commentary(im.doc, "5.3") == "Our policy still has a third stage; we will remove it.");
  CHECK(HasFinding(im.result, "import.no.explanation", "5.3"));

  auto md = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/tests/fixtures/import/pipe-table.md");
  REQUIRE(md);
  Imported pipe = Import(*md);
  REQUIRE(pipe.result.ok);
  CHECK(pipe.doc["provisions"].size() == 2);
  CHECK(Commentary(pipe.doc, "1.3") == "Staff are trained.");
  CHECK(!HasFinding(pipe.result, "import.requirement.differs"));
}

TEST_CASE("import: unusable input") {
  CHECK(HasFinding(Import("").result, "import.input.empty"));
  CHECK(!Import("   \n\n").result.ok);
  Imported prose = Import("This is a letter, not a self-assessment.\nThanks.\n");
  CHECK(!prose.result.ok);
  CHECK(HasFinding(prose.result, "import.input.no_table"));
  Imported bad_code = Import("1.2\tx\tYes\n", "2019");
  CHECK(!bad_code.result.ok);
  CHECK(HasFinding(bad_code.result, "import.code.unknown"));
}

TEST_CASE("import: answers in their many spellings") {
  auto answer = [](const std::string& cell) {
    Imported im = Import("Code provision\tCode requirement\tComply\tEvidence\tCommentary\n1.2\t\t" + cell + "\tE\tC\n", "2024");
    REQUIRE(im.result.ok);
    return Comply(im.doc, "1.2");
  };
  CHECK(answer("Yes") == "yes");
  CHECK(answer("Y") == "yes");
  CHECK(answer("yes.") == "yes");
  CHECK(answer("<b>Yes</b>") == "yes");
  CHECK(answer("No") == "no");
  CHECK(answer("N") == "no");
  CHECK(answer("Partially") == "no");
  CHECK(answer("\xE2\x98\x92 Yes \xE2\x98\x90 No") == "yes");
  CHECK(answer("\xE2\x98\x90 Yes \xE2\x98\x92 No") == "no");
  CHECK(answer("") == "");
  CHECK(answer("N/A") == "");
  CHECK(answer("Maybe") == "");
}

TEST_CASE("import: encodings") {
  // Windows-1252 curly apostrophe (0x92) and a UTF-16LE file with a byte-order mark.
  Imported cp = Import("1.2\tx\tYes\tOur policy\x92s definition\t\n", "2024");
  REQUIRE(cp.result.ok);
  CHECK(EvidenceText(cp.doc, "1.2") == "Our policy\xE2\x80\x99s definition");
  CHECK(HasFinding(cp.result, "import.input.encoding"));
  std::string utf16 = "\xFF\xFE";
  for (char c : std::string("1.2\tx\tYes\tE\t\n")) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  Imported u16 = Import(utf16, "2024");
  REQUIRE(u16.result.ok);
  CHECK(Comply(u16.doc, "1.2") == "yes");
}

TEST_CASE("import: requirement similarity") {
  CHECK(cs::RequirementSimilarity("Landlords must respond within ten working days.",
                                  "landlords MUST respond within 10 working days") == doctest::Approx(1.0));
  CHECK(cs::RequirementSimilarity("<p>a. deal with complaints</p>", "- a) deal with complaints") == doctest::Approx(1.0));
  CHECK(cs::RequirementSimilarity("completely different words here", "landlords must respond") < 0.2);
}

TEST_CASE("import: the form's title month as a suggested completion date") {
  auto text = Seed("self-assessment-2024-syha.txt");
  REQUIRE_MESSAGE(text, "../shared/seeds is missing");
  Imported im = Import(*text);
  REQUIRE(im.result.ok);
  CHECK(im.result.title_date == "June 2024");
  bool suggested = false;
  for (const auto& d : im.result.report)
    if (d.code == "import.metadata.missing" && d.fix.find("\"completed\": \"2024-06-01\"") != std::string::npos)
      suggested = true;
  CHECK(suggested);
  CHECK_FALSE(im.doc.contains("completed"));  // a suggestion only: the officer puts the day it was
  // "updated code March 2022" in a title is the Code's date, not the form's.
  CHECK(cs::TitleMonthYear("Self-assessment against the updated Code March 2022\nProvision | Requirement\n", 2) == "");
  CHECK(cs::TitleMonthYear("Complaint handling code self-assessment June 2024\nProvision | Requirement\n", 2) ==
        "June 2024");
}

TEST_CASE("import: notes left where evidence should be are warnings naming the provision") {
  auto text = Seed("code-2024-with-hilldale-self-assessment.txt");
  REQUIRE_MESSAGE(text, "../shared/seeds is missing");
  Imported im = Import(*text);
  REQUIRE(im.result.ok);
  for (const char* id : {"3.3", "8.1", "8.2"}) {
    INFO(id);
    CHECK(HasFinding(im.result, "import.evidence.placeholder", id));
  }
  for (const auto& d : im.result.report)
    if (d.code == "import.evidence.placeholder") {
      CHECK(d.severity == cs::Severity::Warning);
      CHECK(d.message.find("provision " + d.provision) != std::string::npos);
    }
}

TEST_CASE("import: an earlier year's 'no' without explanation or date is a warning, the latest year's an error") {
  auto text = Seed("self-assessment-2022-code.txt");
  REQUIRE_MESSAGE(text, "../shared/seeds is missing");
  cs::ImportOptions options;
  options.file = "2022.txt";
  cs::ImportResult latest = cs::ImportSelfAssessment(*text, options);
  options.historical = true;
  cs::ImportResult earlier = cs::ImportSelfAssessment(*text, options);
  int latest_errors = 0, earlier_errors = 0, earlier_warnings = 0;
  for (const auto& d : latest.report)
    if (d.code.rfind("import.no.", 0) == 0) latest_errors += d.severity == cs::Severity::Error;
  for (const auto& d : earlier.report)
    if (d.code.rfind("import.no.", 0) == 0) (d.severity == cs::Severity::Error ? earlier_errors : earlier_warnings)++;
  CHECK(latest_errors == 4);  // 1.5 and 4.9: no explanation of their own, no date
  CHECK(earlier_errors == 0);
  CHECK(earlier_warnings == 4);
  CHECK(earlier.json == latest.json);  // the same answers either way
}
