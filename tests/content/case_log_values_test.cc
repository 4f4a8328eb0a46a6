// Tests for core/content/case_log_values: dates, stages, outcomes and extensions as case systems write them.
#include <doctest/doctest.h>

#include "case_log_values.h"

namespace {

std::string Read(const std::string& text, cs::DateOrder order = cs::DateOrder::DayFirst) {
  cs::DateProblem problem;
  std::string why;
  auto d = cs::ParseCaseDate(text, order, &problem, &why);
  return d ? d->Iso() : "";
}

cs::DateProblem ProblemOf(const std::string& text, cs::DateOrder order = cs::DateOrder::DayFirst) {
  cs::DateProblem problem;
  std::string why;
  cs::ParseCaseDate(text, order, &problem, &why);
  return problem;
}

}  // namespace

TEST_CASE("case log dates: every form an export uses, day first by default") {
  CHECK(Read("19/12/2025") == "2025-12-19");
  CHECK(Read("1/2/25") == "2025-02-01");
  CHECK(Read("01-02-2025") == "2025-02-01");
  CHECK(Read("01.02.2025") == "2025-02-01");
  CHECK(Read("2025-12-19") == "2025-12-19");
  CHECK(Read("2025/12/19") == "2025-12-19");
  CHECK(Read("19/12/2025 14:32") == "2025-12-19");
  CHECK(Read("19/12/2025 14:32:05") == "2025-12-19");
  CHECK(Read("19/12/2025 2:32 PM") == "2025-12-19");
  CHECK(Read("2025-12-19T14:32:00") == "2025-12-19");
  CHECK(Read("2025-12-19 14:32:00.000") == "2025-12-19");
  CHECK(Read("19 Dec 2025") == "2025-12-19");
  CHECK(Read("19-Dec-25") == "2025-12-19");
  CHECK(Read("19 December 2025 09:00") == "2025-12-19");
  CHECK(Read("Friday 19 December 2025") == "2025-12-19");
  CHECK(Read("December 19, 2025") == "2025-12-19");
  CHECK(Read("19th Sept 2025") == "2025-09-19");
  CHECK(Read("  19/12/2025\xC2\xA0") == "2025-12-19");  // spaces and a no-break space around it
  CHECK(Read("") == "");
  CHECK(ProblemOf("") == cs::DateProblem::None);
}

TEST_CASE("case log dates: Excel serial day numbers (1900 date system)") {
  CHECK(Read("46010") == "2025-12-19");
  CHECK(Read("46010.604166") == "2025-12-19");  // 14:30
  CHECK(Read("45748") == "2025-04-01");
  CHECK(cs::ExcelSerialDate(32874)->Iso() == "1990-01-01");  // counted past Excel's 29 February 1900
  CHECK_FALSE(cs::ExcelSerialDate(61));                       // 1900: not a complaint date
  CHECK_FALSE(cs::ExcelSerialDate(32000));              // 1987: not a complaint date
  CHECK(ProblemOf("2025") == cs::DateProblem::Unreadable);  // a year, not a serial date in range
  CHECK(ProblemOf("123456789") == cs::DateProblem::Unreadable);
}

TEST_CASE("case log dates: UTC times are UK dates (GMT in winter, BST in summer)") {
  CHECK(Read("2025-06-02T23:30:00Z") == "2025-06-03");       // 00:30 BST
  CHECK(Read("2025-06-02T22:59:59Z") == "2025-06-02");       // 23:59 BST
  CHECK(Read("2025-12-19T23:30:00Z") == "2025-12-19");       // GMT: same day
  CHECK(Read("2025-03-30T00:30:00Z") == "2025-03-30");       // before the clocks go forward at 01:00 UTC
  CHECK(Read("2025-03-29T23:30:00Z") == "2025-03-29");
  CHECK(Read("2025-10-25T23:30:00Z") == "2025-10-26");       // still BST until 01:00 UTC on 26 October
  CHECK(Read("2025-10-26T23:30:00Z") == "2025-10-26");       // GMT again
  CHECK(Read("2025-12-31T23:30:00-05:00") == "2026-01-01");  // 04:30 UTC on 1 January
  CHECK(Read("2025-06-03T00:30:00+01:00") == "2025-06-03");
}

TEST_CASE("case log dates: month first only when asked, and problems say why") {
  CHECK(ProblemOf("12/19/2025") == cs::DateProblem::OtherOrder);
  CHECK(Read("12/19/2025", cs::DateOrder::MonthFirst) == "2025-12-19");
  CHECK(Read("04/05/2025", cs::DateOrder::MonthFirst) == "2025-04-05");
  CHECK(Read("04/05/2025") == "2025-05-04");
  CHECK(ProblemOf("19/12/2025", cs::DateOrder::MonthFirst) == cs::DateProblem::OtherOrder);
  CHECK(Read("2025-12-19", cs::DateOrder::MonthFirst) == "2025-12-19");  // ISO has one order
  CHECK(cs::OnlyPossibleOrder("19/12/2025") == cs::DateOrder::DayFirst);
  CHECK(cs::OnlyPossibleOrder("12/19/2025") == cs::DateOrder::MonthFirst);
  CHECK_FALSE(cs::OnlyPossibleOrder("04/05/2025"));
  CHECK_FALSE(cs::OnlyPossibleOrder("2025-12-19"));
  cs::DateProblem problem;
  std::string why;
  CHECK_FALSE(cs::ParseCaseDate("31/04/2025", cs::DateOrder::DayFirst, &problem, &why));
  CHECK(problem == cs::DateProblem::Impossible);
  CHECK(why.find("April") != std::string::npos);
  CHECK(ProblemOf("29/02/2025") == cs::DateProblem::Impossible);
  CHECK(ProblemOf("19-Dex-25") == cs::DateProblem::Unreadable);
  CHECK(ProblemOf("tomorrow") == cs::DateProblem::Unreadable);
  CHECK(ProblemOf("19/12/2025 25:00") == cs::DateProblem::Unreadable);
  CHECK(ProblemOf("19/12/2025 noon") == cs::DateProblem::Unreadable);
  CHECK(ProblemOf("19/12/202") == cs::DateProblem::Unreadable);
  CHECK(ProblemOf("2025-13-01") == cs::DateProblem::Impossible);
}

TEST_CASE("case log stages: 1 and 2 however written; stages the Code does not have (5.2, 5.3)") {
  for (const char* one : {"1", "Stage 1", "stage one", "S1", "s1", "Stage One", "Formal Stage 1", "Stage 1 complaint",
                          "STAGE1", "1st stage", "Stage 1 - Formal"})
    CHECK_MESSAGE(cs::ParseStage(one, nullptr) == 1, one);
  for (const char* two : {"2", "Stage 2", "S2", "Stage Two", "Formal Stage 2", "Stage 2 (escalated)", "Escalation stage 2"})
    CHECK_MESSAGE(cs::ParseStage(two, nullptr) == 2, two);
  std::string extra;
  CHECK_FALSE(cs::ParseStage("Stage 3", &extra));
  CHECK(extra == "3");
  CHECK_FALSE(cs::ParseStage("Informal", &extra));
  CHECK(extra == "0");
  CHECK_FALSE(cs::ParseStage("Stage 0", &extra));
  CHECK(extra == "0");
  CHECK_FALSE(cs::ParseStage("Escalated", &extra));
  CHECK(extra.empty());
  CHECK_FALSE(cs::ParseStage("", &extra));
  CHECK_FALSE(cs::ParseStage("Stage 1 and 2", &extra));
}

TEST_CASE("case log outcomes: the words systems use; a refusal's reason split off") {
  auto outcome = [](const char* s) { return cs::ParseOutcome(s)->outcome; };
  CHECK(outcome("Upheld") == cs::Outcome::Upheld);
  CHECK(outcome("Fully upheld") == cs::Outcome::Upheld);
  CHECK(outcome("Partially Upheld") == cs::Outcome::PartlyUpheld);
  CHECK(outcome("Part upheld") == cs::Outcome::PartlyUpheld);
  CHECK(outcome("partly_upheld") == cs::Outcome::PartlyUpheld);
  CHECK(outcome("Upheld in part") == cs::Outcome::PartlyUpheld);
  CHECK(outcome("Not upheld") == cs::Outcome::NotUpheld);
  CHECK(outcome("NOT-UPHELD") == cs::Outcome::NotUpheld);
  CHECK(outcome("Withdrawn") == cs::Outcome::Withdrawn);
  CHECK(outcome("Open") == cs::Outcome::None);
  CHECK(outcome("In progress") == cs::Outcome::None);
  CHECK(outcome("Upheld - compensation paid") == cs::Outcome::Upheld);
  auto declined = cs::ParseOutcome("Declined \xE2\x80\x93 Outside the 12-month window");
  REQUIRE(declined);
  CHECK(declined->outcome == cs::Outcome::Refused);
  CHECK(declined->reason == "Outside the 12-month window");
  CHECK(cs::ParseOutcome("Declined - Service request, not a complaint")->reason == "Service request, not a complaint");
  CHECK(cs::ParseOutcome("Refused: legal proceedings")->reason == "legal proceedings");
  CHECK(cs::ParseOutcome("Not accepted (already considered)")->reason == "already considered");
  CHECK(cs::ParseOutcome("Declined")->reason.empty());
  CHECK(cs::ParseOutcome("Refused")->outcome == cs::Outcome::Refused);
  CHECK_FALSE(cs::ParseOutcome("Resolved"));
  CHECK_FALSE(cs::ParseOutcome("Upheld and closed"));
  CHECK_FALSE(cs::ParseOutcome("maybe"));
}

TEST_CASE("case log extensions: working days or a revised due date") {
  cs::DateProblem problem;
  std::string why;
  auto ext = [&](const char* s) { return cs::ParseExtension(s, cs::DateOrder::DayFirst, &problem, &why); };
  CHECK(ext("10")->working_days == 10);
  CHECK(ext("10 days")->working_days == 10);
  CHECK(ext("15 working days")->working_days == 15);
  CHECK(ext("")->working_days == 0);
  CHECK(ext("None")->working_days == 0);
  CHECK(ext("N/A")->working_days == 0);
  CHECK(ext("0")->working_days == 0);
  CHECK(ext("19/12/2025")->due->Iso() == "2025-12-19");
  CHECK(ext("2025-12-19")->due->Iso() == "2025-12-19");
  CHECK(ext("46010")->due->Iso() == "2025-12-19");  // five digits: a date that lost its format, not days
  CHECK_FALSE(ext("Yes"));
  CHECK(why.find("not how long") != std::string::npos);
  CHECK_FALSE(ext("261"));
  CHECK_FALSE(ext("ten"));
  CHECK_FALSE(ext("31/04/2025"));
  CHECK(problem == cs::DateProblem::Impossible);
}
