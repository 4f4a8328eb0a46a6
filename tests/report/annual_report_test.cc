// Tests for core/annual_report: the report JSON, its defaults and its diagnostics with line:column.
#include <doctest/doctest.h>

#include <algorithm>

#include "annual_report.h"
#include "financial_year.h"

namespace {

bool Has(const std::vector<cs::Diagnostic>& ds, const std::string& code, int line, int column) {
  return std::any_of(ds.begin(), ds.end(), [&](const cs::Diagnostic& d) { return d.code == code && d.line == line && d.column == column; });
}

}  // namespace

TEST_CASE("annual report: a complete file parses; the period defaults to April-March") {
  std::string text = R"({
  "homes": 8400,
  "cases": "2025-26-cases.csv",
  "b_qualitative": "Most complaints were about repairs.",
  "c_ombudsman_findings": "None.",
  "d_service_improvements": "- Texts before appointments",
  "e_ombudsman_annual_report": "See the Ombudsman's site.",
  "f_other_reports": "None.",
  "governing_body_response": {"text": "Accepted.", "date": "2026-06-18", "by": "Board of Example Homes"}
})";
  std::vector<cs::Diagnostic> d;
  auto r = cs::ParseAnnualReport(text, "content/annual-reports/2025-26.json", "2025-26", &d);
  REQUIRE(r);
  CHECK(d.empty());
  CHECK(r->from.Iso() == "2025-04-01");
  CHECK(r->to.Iso() == "2026-03-31");
  CHECK(r->homes == 8400);
  CHECK(r->cases == "2025-26-cases.csv");
  CHECK(r->b_qualitative.line == 4);
  CHECK(r->governing_body_response.by == "Board of Example Homes");
  CHECK(r->governing_body_response.date->Iso() == "2026-06-18");
}

TEST_CASE("annual report: errors and warnings carry their code and place") {
  SUBCASE("bad values") {
    std::string text = R"({
  "period": {"from": "2025-04-01", "to": "2025-02-30"},
  "homes": -3,
  "cases": "../secret.csv",
  "b_qualitative": 7,
  "governing_body_response": {"text": "Yes", "date": "18/06/2026"},
  "homes_owned": 1
})";
    std::vector<cs::Diagnostic> d;
    CHECK_FALSE(cs::ParseAnnualReport(text, "x.json", "2025-26", &d));
    CHECK(Has(d, "ar.date.invalid", 2, 42));
    CHECK(Has(d, "ar.homes.invalid", 3, 12));
    CHECK(Has(d, "ar.cases.invalid", 4, 12));
    CHECK(Has(d, "ar.field.type", 5, 20));
    CHECK(Has(d, "ar.date.invalid", 6, 54));
    CHECK(std::count_if(d.begin(), d.end(), [](const cs::Diagnostic& x) {
            return x.code == "ar.field.missing" && x.line == 6 && x.column == 30;
          }) == 1);  // "by" (text is there)
    CHECK(Has(d, "ar.unknown_key", 7, 3));
    CHECK(Has(d, "ar.section.empty", 1, 1));   // c..f missing
    // In file order.
    CHECK(std::is_sorted(d.begin(), d.end(), [](const cs::Diagnostic& a, const cs::Diagnostic& b) { return a.line < b.line; }));
  }
  SUBCASE("period order and year") {
    std::vector<cs::Diagnostic> d;
    CHECK_FALSE(cs::ParseAnnualReport(R"({"homes": 1, "cases": "c.csv", "period": {"from": "2026-01-01", "to": "2025-12-31"}})", "x.json", "2025-26", &d));
    CHECK(Has(d, "ar.period.order", 1, 71));
    d.clear();
    CHECK_FALSE(cs::ParseAnnualReport(R"({"homes": 1, "cases": "c.csv", "period": {"from": "2023-04-01", "to": "2024-03-31"}})", "x.json", "2025-26", &d));
    CHECK(Has(d, "ar.period.year", 1, 51));
  }
  SUBCASE("missing required fields, syntax, file name") {
    std::vector<cs::Diagnostic> d;
    CHECK_FALSE(cs::ParseAnnualReport("{}", "x.json", "2025-26", &d));
    CHECK(std::count_if(d.begin(), d.end(), [](const cs::Diagnostic& x) { return x.code == "ar.field.missing"; }) == 2);
    CHECK(Has(d, "ar.response.missing", 1, 1));
    d.clear();
    CHECK_FALSE(cs::ParseAnnualReport(R"({"homes": 1, "cases": "c.csv", "governing_body_response": {"date": "2026-06-18", "by": "Board"}})", "x.json", "2025-26", &d));
    CHECK(Has(d, "ar.field.missing", 1, 59));  // at the response object: "text" is missing
    d.clear();
    CHECK_FALSE(cs::ParseAnnualReport("{\"homes\": 1,}", "x.json", "2025-26", &d));
    CHECK(!d.empty());
    CHECK(d[0].code.rfind("json.", 0) == 0);
    d.clear();
    CHECK_FALSE(cs::ParseAnnualReport(R"({"homes": 1, "cases": "c.csv"})", "x.json", "2025-27", &d));
    CHECK(Has(d, "ar.year.invalid", 1, 1));
    CHECK(cs::IsFinancialYear("1999-00"));
    CHECK_FALSE(cs::IsFinancialYear("2025-2026"));
  }
}
