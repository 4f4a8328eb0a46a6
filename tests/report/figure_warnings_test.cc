// Tests for core/report/figure_warnings: when a period's figures may be wrong because of what the log holds.
#include <doctest/doctest.h>

#include <algorithm>

#include "case_log.h"
#include "figure_warnings.h"

namespace {

const char* kHeader = "reference,stage,received,acknowledged,responded,extension_working_days,outcome,category,refused_reason\n";

cs::CaseLog Log(const std::string& rows) {
  auto log = cs::ParseCaseLog(std::string(kHeader) + rows, "cases.csv", nullptr);
  REQUIRE(log);
  return *log;
}

std::vector<cs::Diagnostic> Warnings(const cs::CaseLog& log, cs::Date from, cs::Date to, bool chosen) {
  cs::PerformanceOptions o;
  o.from = from;
  o.to = to;
  o.homes = 1000;
  return cs::FigureWarnings(log, cs::ComputePerformance(log, o, nullptr), chosen);
}

const cs::Diagnostic* Find(const std::vector<cs::Diagnostic>& ds, const std::string& code) {
  auto it = std::find_if(ds.begin(), ds.end(), [&](const cs::Diagnostic& d) { return d.code == code; });
  return it == ds.end() ? nullptr : &*it;
}

/// `count` stage 1 complaints received in June of `year` and answered on 29 June.
std::string Year(int year, int count) {
  std::string rows;
  for (int i = 0; i < count; ++i)
    rows += "Y" + std::to_string(year) + "-" + std::to_string(i) + ",1," + std::to_string(year) + "-06-" +
            (i % 28 < 9 ? "0" : "") + std::to_string(i % 28 + 1) + ",," + std::to_string(year) + "-06-29,,upheld,,\n";
  return rows;
}

}  // namespace

TEST_CASE("figure warnings: a period chosen from a few stray rows names the row and the year to ask for") {
  // 20 complaints in 2025-26 and one escalation logged in April 2026: the default period would be 2026-27.
  cs::CaseLog log = Log(Year(2025, 20) + "Z,2,2026-04-02,,,,,,\n");
  auto [from, to] = cs::DefaultReportingYear(log);
  CHECK(from == cs::Date{2026, 4, 1});
  auto w = Warnings(log, from, to, true);
  const cs::Diagnostic* stray = Find(w, "cases.period.few_rows");
  REQUIRE(stray);
  CHECK(stray->severity == cs::Severity::Warning);
  CHECK(stray->line == 22);
  CHECK(stray->column == 5);
  CHECK(stray->message.find("row 22, reference Z") != std::string::npos);
  CHECK(stray->message.find("only 1 of the log's 21 rows was received in it; 20 were received in 2025-26") != std::string::npos);
  CHECK(stray->fix == "give the period you mean, e.g. --from 2025-04-01");
  REQUIRE(Find(w, "cases.period.outside"));
  CHECK(Find(w, "cases.period.outside")->message.find("only 1 of the log's 21 rows was received") == 0);
  // The same period given on purpose: no word about how it was chosen.
  CHECK_FALSE(Find(Warnings(log, from, to, false), "cases.period.few_rows"));
  // The year the log covers: nothing to say.
  CHECK(Warnings(log, cs::Date{2025, 4, 1}, cs::Date{2026, 3, 31}, false).empty());
}

TEST_CASE("figure warnings: more responses than complaints, beyond what last year's carry-over explains") {
  // 10 complaints received in the period, 16 answered in it (6 of them received the year before).
  std::string rows;
  for (int i = 0; i < 10; ++i) rows += "N" + std::to_string(i) + ",1,2025-06-0" + std::to_string(i % 9 + 1) + ",,2025-06-20,,upheld,,\n";
  for (int i = 0; i < 6; ++i) rows += "P" + std::to_string(i) + ",1,2025-03-0" + std::to_string(i + 1) + ",,2025-04-20,,upheld,,\n";
  auto w = Warnings(Log(rows), cs::Date{2025, 4, 1}, cs::Date{2026, 3, 31}, false);
  const cs::Diagnostic* more = Find(w, "cases.figures.more_responses");
  REQUIRE(more);
  CHECK(more->message == "stage 1 has 16 responses in the period but only 10 complaints received in it (6 of the responses "
                         "are to complaints received before the period)");
  // Four carried over is within what is normal: no warning.
  std::string fewer;
  for (int i = 0; i < 10; ++i) fewer += "N" + std::to_string(i) + ",1,2025-06-0" + std::to_string(i % 9 + 1) + ",,2025-06-20,,upheld,,\n";
  for (int i = 0; i < 4; ++i) fewer += "P" + std::to_string(i) + ",1,2025-03-0" + std::to_string(i + 1) + ",,2025-04-20,,upheld,,\n";
  CHECK(Warnings(Log(fewer), cs::Date{2025, 4, 1}, cs::Date{2026, 3, 31}, false).empty());
}
