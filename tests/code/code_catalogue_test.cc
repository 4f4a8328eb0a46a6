// Tests for core/code/code_catalogue and the catalogue data in core/data/code-2024.json and code-2022.json (how bad
// catalogue files are refused at build time: tests/tables/rules_tables_test.cc).
#include <doctest/doctest.h>

#include <algorithm>
#include <iterator>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "code_catalogue.h"
#include "test_util.h"

using cs::CodeCatalogue;
using cs::Provision;

namespace {

bool Contains(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

/// Text as words only: Markdown bold, list markers, HTML tags and bullet glyphs removed, whitespace collapsed.
std::string Normalise(std::string s) {
  s = ReplaceAll(s, "**", "");
  s = ReplaceAll(s, "\xE2\x80\xA2", " ");  // • bullet glyph of the exported forms
  std::string no_tags;
  bool in_tag = false;
  for (char c : s) {
    if (c == '<') in_tag = true;
    if (!in_tag) no_tags += c;
    if (c == '>') in_tag = false, no_tags += ' ';
  }
  std::string out;
  std::istringstream lines(no_tags);
  for (std::string line; std::getline(lines, line);) {
    size_t first = line.find_first_not_of(" \t");
    if (first != std::string::npos && line.compare(first, 2, "- ") == 0) line = line.substr(first + 2);
    std::istringstream words(line);
    for (std::string w; words >> w;) out += (out.empty() ? "" : " ") + w;
  }
  return out;
}

std::vector<std::string> Split(const std::string& line, char sep) {
  std::vector<std::string> cells;
  std::istringstream in(line);
  for (std::string cell; std::getline(in, cell, sep);) cells.push_back(cell);
  return cells;
}

std::string Trim(const std::string& s) {
  size_t a = s.find_first_not_of(" \t\r"), b = s.find_last_not_of(" \t\r");
  return a == std::string::npos ? "" : s.substr(a, b - a + 1);
}

const char* const k2024Ids[] = {
    "1.2",  "1.3",  "1.4",  "1.5",  "1.6",  "2.1",  "2.2",  "2.3",  "2.4",  "2.5",  "3.1",  "3.2",
    "3.3",  "3.4",  "3.5",  "3.6",  "3.7",  "4.1",  "4.2",  "4.3",  "5.1",  "5.2",  "5.3",  "5.4",
    "5.5",  "5.6",  "5.7",  "5.8",  "5.9",  "5.10", "5.11", "5.12", "5.13", "5.14", "5.15", "6.1",
    "6.2",  "6.3",  "6.4",  "6.5",  "6.6",  "6.7",  "6.8",  "6.9",  "6.10", "6.11", "6.12", "6.13",
    "6.14", "6.15", "6.16", "6.17", "6.18", "6.19", "6.20", "7.1",  "7.2",  "7.3",  "7.4",  "8.1",
    "8.2",  "8.3",  "8.4",  "8.5",  "9.1",  "9.2",  "9.3",  "9.4",  "9.5",  "9.6",  "9.7",  "9.8",
};

}  // namespace

TEST_CASE("provision ids parse strictly and order numerically") {
  CHECK(cs::ParseProvisionId("6.3") == std::make_pair(6, 3));
  CHECK(cs::ParseProvisionId("6.10") == std::make_pair(6, 10));
  for (const char* bad : {"", "6", "6.", ".3", "6.3.1", " 6.3", "6.3 ", "6,3", "06.3", "6.03", "a.3", "6.3a", "-6.3",
                          "+6.3", "12345.1"}) {
    CAPTURE(bad);
    CHECK_FALSE(cs::ParseProvisionId(bad));
  }
  CHECK(CodeCatalogue::IdLess("6.9", "6.10"));
  CHECK_FALSE(CodeCatalogue::IdLess("6.10", "6.9"));
  CHECK(CodeCatalogue::IdLess("5.15", "6.1"));
  CHECK_FALSE(CodeCatalogue::IdLess("6.3", "6.3"));
  CHECK(CodeCatalogue::IdLess("9.8", "junk"));
  CHECK_FALSE(CodeCatalogue::IdLess("junk", "9.8"));
}

TEST_CASE("the 2024 catalogue has exactly the 72 provisions of the self-assessment, in order") {
  const CodeCatalogue* code = CodeCatalogue::Get("2024");
  REQUIRE(code);
  CHECK(code->Code() == "2024");
  CHECK(code->Title() == "Complaint Handling Code");
  CHECK(code->Publisher() == "Housing Ombudsman Service");
  CHECK(code->Licence() == "Open Government Licence v3.0");
  CHECK(Contains(code->Attribution(), "Housing Ombudsman Service"));
  CHECK(Contains(code->Attribution(), "Open Government Licence v3.0"));
  CHECK(code->LicenceUrl() == "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
  CHECK(code->SourceUrl().rfind("https://www.housing-ombudsman.org.uk/", 0) == 0);

  const auto& provisions = code->Provisions();
  REQUIRE(provisions.size() == 72);
  REQUIRE(std::size(k2024Ids) == 72);
  for (size_t i = 0; i < provisions.size(); ++i) {
    CAPTURE(i);
    CHECK(provisions[i].id == k2024Ids[i]);
    CHECK(provisions[i].section == cs::ParseProvisionId(provisions[i].id)->first);
    CHECK(provisions[i].kind == "");
    if (i > 0) CHECK(CodeCatalogue::IdLess(provisions[i - 1].id, provisions[i].id));
  }
  CHECK_FALSE(code->Find("1.1"));  // the Code's introduction to section 1, not assessed
  CHECK_FALSE(code->Find("9.9"));
  CHECK_FALSE(code->Find(" 6.3"));
}

TEST_CASE("the 2024 catalogue has every section with its title") {
  const CodeCatalogue* code = CodeCatalogue::Get("2024");
  REQUIRE(code);
  const std::vector<std::string> titles = {"Definition of a complaint",
                                           "Exclusions",
                                           "Accessibility and awareness",
                                           "Complaint handling staff",
                                           "The complaint handling process",
                                           "Complaints stages",
                                           "Putting things right",
                                           "Self-assessment, reporting, and compliance",
                                           "Scrutiny and oversight: continuous learning and improvement"};
  REQUIRE(code->Sections().size() == titles.size());
  for (int n = 1; n <= 9; ++n) {
    CAPTURE(n);
    REQUIRE(code->Section(n));
    CHECK(code->Section(n)->title == titles[n - 1]);
    CHECK_FALSE(code->InSection(n).empty());
  }
  CHECK_FALSE(code->Section(10));
  CHECK(code->InSection(6).size() == 20);
  CHECK(code->InSection(6).front()->id == "6.1");
  CHECK(code->InSection(6).back()->id == "6.20");
  CHECK(code->InSection(10).empty());
}

TEST_CASE("the 2024 catalogue keeps the Code's exact wording") {
  const CodeCatalogue* code = CodeCatalogue::Get("2024");
  REQUIRE(code);
  auto text = [&](const char* id) {
    const Provision* p = code->Find(id);
    REQUIRE(p);
    return p->text;
  };
  CHECK(text("1.2").rfind("A complaint must be defined as:\n\n'an expression of dissatisfaction, however made,", 0) == 0);
  CHECK(text("1.4").find("the difference between a **service request** and a **complaint**.") != std::string::npos);
  CHECK(text("1.5") ==
        "A complaint must be raised when the resident expresses dissatisfaction with the response to their service "
        "request, even if the handling of the service request remains ongoing. Landlords must not stop their efforts "
        "to address the service request if the resident complains.");
  CHECK(text("6.3") ==
        "Landlords must issue a full response to stage 1 complaints **within 10 working days** of the complaint being "
        "acknowledged.");
  CHECK(Contains(text("6.2"), "**within 5 working days of the complaint being received**"));
  CHECK(Contains(text("6.14"), "**within 20 working days**"));
  CHECK(Contains(text("6.8"), "the new issues must be logged as a new complaint."));
  CHECK(Contains(text("2.2"), "Acceptable exclusions include:\n\n- the issue giving rise to the complaint occurred over 12 months ago\n- "));
  CHECK(Contains(text("6.9"), "plain language:\n\n- a) the complaint stage\n- b) the complaint definition\n"));
  CHECK(Contains(text("7.1"), "These can include:\n\n- apologising\n"));
  CHECK(Contains(text("8.5"), "and publish this on its website."));

  for (const auto& p : code->Provisions()) {
    CAPTURE(p.id);
    for (const char* furniture : {"\t", "Section ", "Page ", "| ---", "<", "\r", "  ", "\n\n\n", "•"})
      CHECK_FALSE(Contains(p.text, furniture));
    CHECK(p.text.rfind(p.id, 0) != 0);  // no leftover "6.3. " numbering
    CHECK(p.text.back() != '\n');
  }
}

TEST_CASE("the 2022 catalogue keeps the must/should split") {
  const CodeCatalogue* code = CodeCatalogue::Get("2022");
  REQUIRE(code);
  CHECK(code->Code() == "2022");
  CHECK(Contains(code->Attribution(), "Open Government Licence v3.0"));
  REQUIRE(code->Sections().size() == 8);
  CHECK(code->Section(3)->title == "Complaint handling personnel");
  CHECK(code->Section(5)->title == "Complaint stages");

  int musts = 0, shoulds = 0;
  for (const auto& p : code->Provisions()) {
    CAPTURE(p.id);
    CHECK((p.kind == "must" || p.kind == "should"));
    (p.kind == "must" ? musts : shoulds)++;
    for (const char* furniture : {"\t", "<", "Best practice", "Code requirement", "•", "  "})
      CHECK_FALSE(Contains(p.text, furniture));
  }
  CHECK(musts > 0);
  CHECK(shoulds > 0);
  REQUIRE(code->Find("1.2"));
  CHECK(code->Find("1.2")->kind == "must");
  REQUIRE(code->Find("1.4"));
  CHECK(code->Find("1.4")->kind == "should");
  REQUIRE(code->Find("5.1"));
  CHECK(Contains(code->Find("5.1")->text, "within 10 working days of the complaint being logged"));
  CHECK(code->Find("5.16")->text.find("\n\nand\n\n- if the landlord has a third stage") != std::string::npos);

  // Within each section: the musts, then the shoulds, each in numeric order.
  for (const auto& s : code->Sections()) {
    auto list = code->InSection(s.number);
    for (size_t i = 1; i < list.size(); ++i) {
      CAPTURE(list[i]->id);
      if (list[i - 1]->kind == list[i]->kind) CHECK(CodeCatalogue::IdLess(list[i - 1]->id, list[i]->id));
      else CHECK((list[i - 1]->kind == "must" && list[i]->kind == "should"));
    }
  }
}

TEST_CASE("unknown codes have no catalogue") {
  CHECK_FALSE(CodeCatalogue::Get("2023"));
  CHECK_FALSE(CodeCatalogue::Get(""));
  CHECK_FALSE(CodeCatalogue::Get("2024 "));
}

TEST_CASE("every 2024 provision is the Code's own text, word for word (seed file)") {
  auto path = cs_test::SharedFile("seeds/code-2024-with-hilldale-self-assessment.txt");
  if (!path) return;  // failed (or skipped with CS_ALLOW_SKIP=1) by SharedFile
  auto seed = cs_test::ReadFile(*path);
  REQUIRE(seed);
  size_t start = seed->find("\nThe Complaint Handling Code\n");
  size_t end = seed->find("\nAppendix A:", start);
  size_t appendix_b = seed->find("\nAppendix B:", end);
  REQUIRE(start != std::string::npos);
  REQUIRE(end != std::string::npos);
  REQUIRE(appendix_b != std::string::npos);
  const std::string code_text = Normalise(seed->substr(start, end - start));

  const CodeCatalogue* code = CodeCatalogue::Get("2024");
  REQUIRE(code);
  for (const auto& p : code->Provisions()) {
    CAPTURE(p.id);
    // The provision's number followed by its whole text, followed by the next number, heading or the end.
    std::string numbered = p.id + ". " + Normalise(p.text);
    size_t at = code_text.find(numbered);
    CHECK(at != std::string::npos);
    if (at == std::string::npos) continue;
    std::string after = code_text.substr(at + numbered.size());
    CHECK(std::regex_search(after, std::regex(R"(^($| Stage \d| \d+\. [A-Z]| \d+\.\d+\. ))")));
  }
  for (const auto& s : code->Sections()) CHECK(Contains(code_text, std::to_string(s.number) + ". " + s.title));

  // The self-assessment form (Appendix B) lists exactly these provisions.
  std::vector<std::string> form_ids;
  std::istringstream form(seed->substr(appendix_b));
  for (std::string line; std::getline(form, line);) {
    auto cells = Split(line, '\t');
    if (cells.size() > 1 && cs::ParseProvisionId(cells[0]) &&
        std::find(form_ids.begin(), form_ids.end(), cells[0]) == form_ids.end())
      form_ids.push_back(cells[0]);
  }
  std::vector<std::string> ids;
  for (const auto& p : code->Provisions()) ids.push_back(p.id);
  CHECK(form_ids == ids);
}

TEST_CASE("every 2022 provision is the form's requirement text with its must/should kind (seed file)") {
  auto path = cs_test::SharedFile("seeds/self-assessment-2022-code.txt");
  if (!path) return;  // failed (or skipped with CS_ALLOW_SKIP=1) by SharedFile
  auto seed = cs_test::ReadFile(*path);
  REQUIRE(seed);
  struct Row { std::string id, kind, text; };
  std::vector<Row> rows;
  std::string kind = "must";
  bool open = false;
  std::istringstream in(*seed);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("#", 0) == 0 && Contains(line, "Section ")) kind = "must", open = false;
    if (line.find('\t') == std::string::npos) continue;
    auto cells = Split(line, '\t');
    std::string first = Trim(Normalise(cells[0]));
    std::string requirement = cells.size() > 1 ? cells[1] : "";
    if (Contains(first, "Best practice 'should' requirements")) kind = "should", open = false;
    else if (first.rfind("Stage ", 0) == 0) kind = "must", open = false;
    else if (cs::ParseProvisionId(first)) rows.push_back({first, kind, requirement}), open = true;
    else if (first.empty() && open) rows.back().text += " " + requirement;  // row continued after a page break
    else open = false;
  }

  const CodeCatalogue* code = CodeCatalogue::Get("2022");
  REQUIRE(code);
  CHECK(rows.size() == code->Provisions().size());
  for (const auto& row : rows) {
    CAPTURE(row.id);
    const Provision* p = code->Find(row.id);
    REQUIRE(p);
    CHECK(p->kind == row.kind);
    CHECK(Normalise(p->text) == Normalise(row.text));
  }
}
