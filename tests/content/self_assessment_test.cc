// Tests for core/self_assessment: shape, dates, provision ids, `no` rules and the bundled example years.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "code_catalogue.h"
#include "self_assessment.h"

namespace {

struct Parsed {
  std::optional<cs::SelfAssessment> sa;
  std::vector<cs::Diagnostic> diagnostics;
};

Parsed Parse(const std::string& text, const std::string& year = "2025-26") {
  Parsed p;
  p.sa = cs::ParseSelfAssessment(text, "content/self-assessments/" + year + ".json", year, &p.diagnostics);
  return p;
}

// A self-assessment whose provisions list is `answers` (one per line, joined with commas by the caller).
std::string Doc(const std::string& answers, const std::string& code = "2024") {
  return "{\n"
         "  \"code\": \"" + code + "\",\n"
         "  \"completed\": \"2026-05-20\",\n"
         "  \"approved\": {\"date\": \"2026-06-18\", \"by\": \"Board of Test Homes\"},\n"
         "  \"statement\": \"We meet most of the Code.\",\n"
         "  \"provisions\": [\n" + answers + "\n  ]\n}\n";
}

const cs::Diagnostic* FindCode(const Parsed& p, const std::string& code) {
  for (const auto& d : p.diagnostics)
    if (d.code == code) return &d;
  return nullptr;
}

std::string Where(const cs::Diagnostic* d) {
  return d ? std::to_string(d->line) + ":" + std::to_string(d->column) : "none";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("a self-assessment parses into answers with positions") {
  Parsed p = Parse(Doc(
      "    {\"id\": \"1.2\", \"comply\": \"yes\", \"evidence\": [{\"text\": \"Policy\", \"url\": \"/policy/#what-is-a-complaint\"}], \"commentary\": \"Yes.\"},\n"
      "    {\"id\": \"6.3\", \"comply\": \"no\", \"evidence\": [], \"explanation\": \"Late.\", \"comply_by\": \"2027-03-31\"}"));
  for (const auto& d : p.diagnostics) MESSAGE(cs::FormatDiagnostic(d));
  REQUIRE(p.sa);
  CHECK(p.diagnostics.empty());
  CHECK(p.sa->year == "2025-26");
  CHECK(p.sa->code == "2024");
  CHECK(p.sa->completed->Iso() == "2026-05-20");
  CHECK(p.sa->approved->Iso() == "2026-06-18");
  CHECK(p.sa->approved_by == "Board of Test Homes");
  CHECK(p.sa->approved_line == 4);
  CHECK(p.sa->provisions_line == 6);
  REQUIRE(p.sa->answers.size() == 2);
  CHECK(p.sa->answers[0].comply);
  CHECK(p.sa->answers[0].evidence[0].url == "/policy/#what-is-a-complaint");
  CHECK(p.sa->answers[0].line == 7);
  CHECK(p.sa->answers[0].column == 5);
  CHECK_FALSE(p.sa->answers[1].comply);
  CHECK(p.sa->answers[1].comply_by->Iso() == "2027-03-31");
  CHECK(p.sa->answers[1].comply_by_line == 8);
  CHECK(p.sa->answers[1].comply_by_column == 88);
  std::vector<std::string> missing = cs::UnansweredProvisions(*p.sa);
  CHECK(missing.size() == cs::CodeCatalogue::Get("2024")->Provisions().size() - 2);
  CHECK(missing.front() == "1.3");
}

TEST_CASE("self-assessment rules each have a code and a place") {
  SUBCASE("unknown provision id") {
    Parsed p = Parse(Doc("    {\"id\": \"6.30\", \"comply\": \"yes\"}"));
    CHECK_FALSE(p.sa);
    const cs::Diagnostic* d = FindCode(p, "sa.provision.unknown");
    REQUIRE(d);
    CHECK(Where(d) == "7:12");
    CHECK(d->message.find("1.2 to 9.8") != std::string::npos);
  }
  SUBCASE("ids are checked against the file's own code") {
    Parsed p = Parse(Doc("    {\"id\": \"4.13\", \"comply\": \"yes\"}", "2022"));
    CHECK(p.sa);
    Parsed q = Parse(Doc("    {\"id\": \"4.13\", \"comply\": \"yes\"}", "2024"));
    CHECK(FindCode(q, "sa.provision.unknown"));
  }
  SUBCASE("duplicate provision") {
    Parsed p = Parse(Doc("    {\"id\": \"1.2\", \"comply\": \"yes\"},\n    {\"id\": \"1.2\", \"comply\": \"yes\"}"));
    const cs::Diagnostic* d = FindCode(p, "sa.provision.duplicate");
    REQUIRE(d);
    CHECK(Where(d) == "8:12");
    CHECK(d->message.find("line 7") != std::string::npos);
  }
  SUBCASE("comply must be yes or no") {
    for (const char* value : {"\"Yes\"", "\"partly\"", "true", "1"}) {
      CAPTURE(value);
      Parsed p = Parse(Doc(std::string("    {\"id\": \"1.2\", \"comply\": ") + value + "}"));
      CHECK_FALSE(p.sa);
      CHECK(Where(FindCode(p, "sa.comply.invalid")) == "7:29");
    }
    Parsed missing = Parse(Doc("    {\"id\": \"1.2\"}"));
    CHECK(Where(FindCode(missing, "sa.comply.invalid")) == "7:5");
  }
  SUBCASE("a no without an explanation or comply_by still reads: the checks judge it by year") {
    // The latest year's is an error of the checks, an earlier year's a warning (tests/checks/checks_test.cc); the
    // file itself is well formed, so an earlier year is still published as it was.
    Parsed p = Parse(Doc("    {\"id\": \"6.3\", \"comply\": \"no\", \"commentary\": \"Working on it\"}"));
    REQUIRE(p.sa);
    CHECK_FALSE(p.sa->answers[0].comply);
    CHECK_FALSE(FindCode(p, "sa.no.missing_explanation"));
    CHECK_FALSE(FindCode(p, "sa.no.missing_comply_by"));
  }
  SUBCASE("comply_by on a yes is a warning") {
    Parsed p = Parse(Doc("    {\"id\": \"6.3\", \"comply\": \"yes\", \"comply_by\": \"2027-01-01\"}"));
    REQUIRE(p.sa);
    const cs::Diagnostic* d = FindCode(p, "sa.yes.comply_by");
    REQUIRE(d);
    CHECK(d->severity == cs::Severity::Warning);
  }
  SUBCASE("bad dates") {
    Parsed p = Parse(Doc("    {\"id\": \"6.3\", \"comply\": \"no\", \"explanation\": \"x\", \"comply_by\": \"31/03/2027\"}"));
    const cs::Diagnostic* d = FindCode(p, "sa.date.invalid");
    REQUIRE(d);
    CHECK(Where(d) == "7:68");
    Parsed completed = Parse("{\"code\": \"2024\", \"completed\": \"2026-02-29\", \"provisions\": []}");
    const cs::Diagnostic* c = FindCode(completed, "sa.date.invalid");
    REQUIRE(c);
    CHECK(Where(c) == "1:31");
    CHECK(c->message.find("leap year") != std::string::npos);
    Parsed approved = Parse("{\"code\": \"2024\", \"approved\": {\"date\": \"June 2026\"}, \"provisions\": []}");
    CHECK(FindCode(approved, "sa.date.invalid"));
  }
  SUBCASE("unsafe evidence link") {
    Parsed p = Parse(Doc("    {\"id\": \"1.2\", \"comply\": \"yes\", \"evidence\": [{\"text\": \"x\", \"url\": \"javascript:alert(1)\"}]}"));
    CHECK_FALSE(p.sa);
    CHECK(Where(FindCode(p, "sa.url.unsafe")) == "7:70");
    CHECK(FindCode(p, "sa.url.unsafe")->message.find("\"javascript:\" links run code") != std::string::npos);
    // Each refused link is explained by what is wrong with it, not by a scheme it does not have.
    const std::pair<const char*, const char*> reasons[] = {
        {"//evil.example/x", "starts with //"},
        {"/policy\\\\stage-1", "backslash"},
        {"/pol\\nicy/", "a line break"},
        {"policy:1/", "\"policy:\" links are not web"},
        {"policy&#58;x", "'&' before its first '/'"},
        {"1x:y", "':' before its first '/'"},
    };
    for (const auto& [url, why] : reasons) {
      std::string shown_url = url;
      CAPTURE(shown_url);
      Parsed r = Parse(Doc(std::string("    {\"id\": \"1.2\", \"comply\": \"yes\", \"evidence\": [{\"text\": \"x\", \"url\": \"") +
                           url + "\"}]}"));
      const cs::Diagnostic* d = FindCode(r, "sa.url.unsafe");
      REQUIRE(d);
      CHECK(d->message.find(why) != std::string::npos);
      CHECK(d->message.find("without a scheme") == std::string::npos);
      CHECK_FALSE(d->fix.empty());
    }
    Parsed text = Parse(Doc("    {\"id\": \"1.2\", \"comply\": \"yes\", \"evidence\": [{\"url\": \"/policy/\"}]}"));
    CHECK(FindCode(text, "sa.evidence.missing_text"));
    Parsed shape = Parse(Doc("    {\"id\": \"1.2\", \"comply\": \"yes\", \"evidence\": \"the policy\"}"));
    CHECK(FindCode(shape, "sa.wrong_type"));
  }
  SUBCASE("code, year and top-level shape") {
    CHECK(FindCode(Parse("{\"provisions\": []}"), "sa.missing_field"));
    CHECK(FindCode(Parse("{\"code\": \"2023\", \"provisions\": []}"), "sa.code.unknown"));
    CHECK(FindCode(Parse("{\"code\": \"2024\"}"), "sa.missing_field"));
    CHECK(FindCode(Parse("{\"code\": \"2024\", \"provisions\": {}}"), "sa.wrong_type"));
    CHECK(FindCode(Parse("[]"), "sa.not_object"));
    CHECK(FindCode(Parse(Doc(""), "latest"), "sa.year.invalid"));
    Parsed mismatch = Parse(Doc(""), "2025-27");
    REQUIRE(mismatch.sa);
    CHECK(FindCode(mismatch, "sa.year.mismatch"));
    Parsed unknown = Parse("{\"code\": \"2024\", \"provisons\": [], \"provisions\": []}");
    const cs::Diagnostic* d = FindCode(unknown, "sa.unknown_key");
    REQUIRE(d);
    CHECK(d->message.find("did you mean \"provisions\"") != std::string::npos);
  }
  SUBCASE("missing provisions are not an error here") {
    Parsed p = Parse(Doc("    {\"id\": \"9.8\", \"comply\": \"yes\"}"));
    REQUIRE(p.sa);
    CHECK(p.diagnostics.empty());
    CHECK(cs::UnansweredProvisions(*p.sa).size() == 71);
  }
}

TEST_CASE("the bundled example self-assessments answer every provision with no findings") {
  struct Year {
    const char* year;
    const char* code;
    int noes;
    cs::Date plans_after;  // every comply_by is later than this
  };
  for (const Year& y : {Year{"2025-26", "2024", 2, cs::Date{2026, 12, 31}}, Year{"2024-25", "2024", 2, cs::Date{2025, 6, 19}},
                        Year{"2023-24", "2022", 0, cs::Date{}}}) {
    CAPTURE(y.year);
    std::string file = std::string(SOURCE_DIRECTORY) + "/content/self-assessments/" + y.year + ".json";
    Parsed p = Parse(ReadFile(file), y.year);
    for (const auto& d : p.diagnostics) MESSAGE(cs::FormatDiagnostic(d));
    REQUIRE(p.sa);
    CHECK(p.diagnostics.empty());
    CHECK(p.sa->code == y.code);
    CHECK(cs::UnansweredProvisions(*p.sa).empty());
    CHECK(p.sa->answers.size() == cs::CodeCatalogue::Get(y.code)->Provisions().size());
    CHECK(p.sa->approved_by == "Board of Example Homes");
    int noes = 0;
    for (const auto& a : p.sa->answers) {
      if (a.comply) continue;
      ++noes;
      CHECK(*a.comply_by > y.plans_after);
      CHECK(a.explanation.size() > 100);
    }
    CHECK(noes == y.noes);
  }
}
