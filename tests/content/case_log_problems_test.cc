// Tests for core/content/case_log_problems: one diagnostic per kind of problem, with the first rows that have it.
#include <doctest/doctest.h>

#include "case_log_problems.h"

namespace {

const cs::ProblemKind kDates{"cases.date.invalid", cs::Severity::Error, "dates could not be read", "write DD/MM/YYYY", ""};
const cs::ProblemKind kStages{"cases.stage.unknown", cs::Severity::Error, "stage values could not be read", "1 or 2", ""};
const cs::ProblemKind kNote{"cases.responded.before_acknowledged", cs::Severity::Warning, "responses come early", "check", "6.3"};

}  // namespace

TEST_CASE("case log problems: one instance keeps its own sentence and place") {
  cs::RowProblems p("cases.csv");
  p.Add(kDates, 2, 2, 14, "19-Dex-25", "not a date", "received \"19-Dex-25\" is not a date");
  std::vector<cs::Diagnostic> d;
  p.Flush(&d);
  REQUIRE(d.size() == 1);
  CHECK(cs::FormatDiagnostic(d[0]) == "cases.csv:2:14: error: received \"19-Dex-25\" is not a date — write DD/MM/YYYY [cases.date.invalid]");
}

TEST_CASE("case log problems: many instances become one summary, at the first, with the first rows") {
  cs::RowProblems p("cases.csv");
  for (int row = 2; row <= 875; ++row) p.Add(kDates, row, row, 5, "x" + std::to_string(row), row == 2 ? "bad" : "", "m");
  p.Add(kStages, 3, 3, 3, "S9", "", "stage \"S9\" is not 1 or 2");
  p.Add(kStages, 9, 9, 3, "Stage 3", "", "stage \"Stage 3\" is not 1 or 2");
  p.Add(kNote, 4, 4, 20, "", "", "responded before acknowledged", "a fix of its own");
  CHECK(p.HasErrors());
  CHECK(p.Count("cases.date.invalid") == 874);
  std::vector<cs::Diagnostic> d;
  p.Flush(&d);
  REQUIRE(d.size() == 3);
  CHECK(d[0].code == "cases.date.invalid");
  CHECK(d[0].line == 2);
  CHECK(d[0].message ==
        "874 dates could not be read: row 2 \"x2\" (bad), row 3 \"x3\", row 4 \"x4\"; also rows 5, 6, 7, 8, 9, 10, 11 and 864 more");
  CHECK(d[1].code == "cases.stage.unknown");
  CHECK(d[1].message == "2 stage values could not be read: row 3 \"S9\", row 9 \"Stage 3\"");
  CHECK(d[2].severity == cs::Severity::Warning);
  CHECK(d[2].fix == "a fix of its own");
  CHECK(d[2].provision == "6.3");
}

TEST_CASE("case log problems: warnings alone are not errors") {
  cs::RowProblems p("cases.csv");
  p.Add(kNote, 4, 4, 20, "", "", "early");
  CHECK_FALSE(p.HasErrors());
}
