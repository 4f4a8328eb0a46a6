// Tests for core/performance: hand-worked logs with known answers, and a brute-force property test of CH02.
#include <doctest/doctest.h>

#include <random>

#include "case_log.h"
#include "performance.h"

namespace {

const char* kHeader = "reference,stage,received,acknowledged,responded,extension_working_days,outcome,category,refused_reason\n";

cs::CaseLog Log(const std::string& rows) {
  std::vector<cs::Diagnostic> d;
  auto log = cs::ParseCaseLog(std::string(kHeader) + rows, "cases.csv", &d);
  REQUIRE(log);
  return *log;
}

cs::PerformanceOptions Year2024(long long homes) {
  cs::PerformanceOptions o;
  o.from = cs::Date{2024, 4, 1};
  o.to = cs::Date{2025, 3, 31};
  o.homes = homes;
  return o;
}

// England and Wales bank holidays used below: Good Friday 29 March 2024, Easter Monday 1 April 2024,
// 6 May 2024 (early May), 27 May 2024 (spring). Period 1 April 2024 - 31 March 2025, 2,000 homes.
const char* kHandWorked =
    // A: stage 1 under the 2022 Code (received before 1 April 2024), responded in the period.
    //    10 working days from the acknowledgement Tue 26 Mar: 27, 28, (29 GF, 1 Apr EM), 2, 3, 4, 5, 8, 9, 10, 11
    //    -> due Thu 11 Apr; responded Wed 10 Apr: within. Received -> responded: 10 working days.
    "A1,1,2024-03-25,2024-03-26,2024-04-10,,upheld,Repairs,\n"
    // B: 2024 Code, no acknowledgement recorded: counted from received Tue 2 Apr: 3,4,5,8,9,10,11,12,15,16
    //    -> due Tue 16 Apr; responded Wed 17 Apr: late. 11 working days.
    "B,1,2024-04-02,,2024-04-17,,not_upheld,Repairs,\n"
    // C: acknowledged Fri 3 May; +10: (6 May BH) 7..10, 13..17, 20 -> Mon 20 May; extension 10 (exactly the
    //    cap): 21..24, (27 May BH) 28..31, 3, 4 -> Tue 4 Jun; responded Fri 31 May: within. 20 working days.
    "C,1,2024-05-01,2024-05-03,2024-05-31,10,partly_upheld,Damp and mould,\n"
    // D: acknowledged Tue 4 Jun; extension 15 is over the cap, so 10 + 10: 5..7, 10..14, 17..21, 24..28, 1, 2
    //    -> Tue 2 Jul; responded Wed 3 Jul: late (it would be within with the uncapped 15). 22 working days.
    "D,1,2024-06-03,2024-06-04,2024-07-03,15,upheld,Repairs,\n"
    // E: stage 2 under 2024: acknowledged Fri 12 Jul; +20: 15..19, 22..26, 29..2 Aug, 5..9 -> Fri 9 Aug;
    //    responded that day: within. 22 working days.
    "D,2,2024-07-10,2024-07-12,2024-08-09,,not_upheld,Repairs,\n"
    // F: stage 2 under 2022 (received Thu 28 Mar 2024): 20 working days from received, no acknowledgement step:
    //    (29 GF, 1 Apr EM) 2..5, 8..12, 15..19, 22..26, 29 -> Mon 29 Apr; responded Fri 26 Apr: within. 19 days.
    "A1,2,2024-03-28,,2024-04-26,,upheld,Repairs,\n"
    // G: open at the end of the period, not yet due (due Fri 4 Apr 2025).
    "G,1,2025-03-20,2025-03-21,,,,Anti-social behaviour,\n"
    // H: acknowledged late (5 working days from Mon 2 Dec is Mon 9 Dec), open and overdue at year end.
    "H,1,2024-12-02,2024-12-10,,,,Communication,\n"
    // I: refused: not in CH01, counted by reason.
    "I,1,2024-09-02,,,,refused,Repairs,Outside the 12-month window\n"
    // J: withdrawn, no response: in CH01, not in CH02.
    "J,1,2024-10-01,2024-10-02,,,withdrawn,Repairs,\n"
    // K: responded after the period: received in it, open and overdue (due Tue 18 Mar 2025) at year end.
    "K,1,2025-03-03,2025-03-04,2025-04-08,,upheld,Repairs,\n"
    // Z: received and responded before the period: ignored entirely.
    "Z,1,2024-01-08,2024-01-09,2024-01-15,,upheld,Repairs,\n";

}  // namespace

TEST_CASE("performance: a hand-worked year across the 2022/2024 Code switch") {
  std::vector<cs::Diagnostic> diags;
  cs::Performance p = cs::ComputePerformance(Log(kHandWorked), Year2024(2000), &diags);
  CHECK(diags.empty());
  const auto& s1 = p.stage1;
  const auto& s2 = p.stage2;
  // CH01: stage 1 received in the period, not refused: B C D G H J K = 7; 7 / 2000 * 1000 = 3.5.
  CHECK(s1.received == 7);
  CHECK(s1.refused == 1);
  CHECK(s1.per_1000.Text() == "3.5");
  // Stage 2 received in the period: E only (F was received in March 2024) = 1 -> 0.5.
  CHECK(s2.received == 1);
  CHECK(s2.per_1000.Text() == "0.5");
  // CH02 stage 1: responded in the period A B C D = 4; within A C = 2 -> 50.0.
  CHECK(s1.responded == 4);
  CHECK(s1.within == 2);
  CHECK(s1.within_pct->Text() == "50.0");
  CHECK(s1.counted_from_received == 1);  // B
  CHECK(s1.responded_under_2022 == 1);   // A
  // CH02 stage 2: E and F, both within -> 100.0.
  CHECK(s2.responded == 2);
  CHECK(s2.within == 2);
  CHECK(s2.within_pct->Text() == "100.0");
  CHECK(s2.responded_under_2022 == 1);
  CHECK(s2.counted_from_received == 0);  // F has no acknowledgement but the 2022 stage 2 rule counts from received
  // Acknowledgements: stage 1 due for 7, B missing, H late -> 5 of 6 = 83.3.
  CHECK(s1.acknowledgements_due == 7);
  CHECK(s1.acknowledgement_missing == 1);
  CHECK(s1.acknowledged_within == 5);
  CHECK(s1.acknowledged_within_pct->Text() == "83.3");
  CHECK(s2.acknowledged_within_pct->Text() == "100.0");
  // Working days to respond: stage 1 10, 11, 20, 22 -> median 15.5, nearest-rank P90 = 4th of 4 = 22.
  CHECK(s1.median_working_days->Text() == "15.5");
  CHECK(*s1.p90_working_days == 22);
  // Stage 2: 19, 22 -> median 20.5, P90 rank ceil(1.8) = 2 -> 22.
  CHECK(s2.median_working_days->Text() == "20.5");
  CHECK(*s2.p90_working_days == 22);
  CHECK(s1.extensions_used == 2);
  CHECK(s1.extensions_over_cap == 1);
  // Escalation: 1 / 7 = 14.2857 -> 14.3.
  CHECK(p.escalation_pct->Text() == "14.3");
  CHECK(p.refused_by_reason.at("Outside the 12-month window") == 1);
  CHECK(s1.outcomes.at("upheld") == 2);
  CHECK(s1.outcomes.at("not_upheld") == 1);
  CHECK(s1.outcomes.at("partly_upheld") == 1);
  CHECK(s1.outcomes.at("withdrawn") == 1);
  CHECK(s1.categories.at("Repairs") == 4);  // B D J K
  CHECK(s1.categories.at("Damp and mould") == 1);
  // Open at the end: G H K; overdue H K.
  CHECK(s1.open_at_end == 3);
  CHECK(s1.open_overdue_at_end == 2);
  REQUIRE(p.monthly.size() == 12);
  CHECK(p.monthly[0].stage1 == 1);   // April 2024: B
  CHECK(p.monthly[3].stage2 == 1);   // July: E
  CHECK(p.monthly[11].stage1 == 2);  // March 2025: G K
  CHECK(p.rows_in_log == 12);
  CHECK(p.rows_used == 11);

  auto j = cs::PerformanceToJson(p);
  CHECK(j["ch01"]["stage1_per_1000"] == 3.5);
  CHECK(j["ch02"]["stage2_within_pct"] == 100.0);
  CHECK(j["counts"]["stage1_received"] == 7);
  CHECK(j["counts"]["stage2_responded"] == 2);
  CHECK(j["monthly"][0]["month"] == "2024-04");
  CHECK(j["period"]["label"] == "2024-25");
}

TEST_CASE("performance: the nation's bank holidays change working days") {
  // Stage 1 received Mon 22 Dec 2025, acknowledged the same day, responded Fri 9 Jan 2026.
  // England: 23, 24, (25, 26), 29, 30, 31, (1 Jan), 2, 5, 6, 7, 8 -> due Thu 8 Jan: late.
  // Scotland also has 2 January off: due Fri 9 Jan: within.
  auto log = Log("X,1,2025-12-22,2025-12-22,2026-01-09,,upheld,,\n");
  cs::PerformanceOptions o;
  o.from = cs::Date{2025, 4, 1};
  o.to = cs::Date{2026, 3, 31};
  o.homes = 100;
  CHECK(cs::ComputePerformance(log, o, nullptr).stage1.within == 0);
  CHECK(cs::ResponseDeadline(log.rows[0], o, nullptr)->Iso() == "2026-01-08");
  o.nation = "scotland";
  CHECK(cs::ComputePerformance(log, o, nullptr).stage1.within == 1);
}

TEST_CASE("performance: rounding is exact, half away from zero") {
  CHECK(cs::RoundedRatio(1, 8, 100).Text() == "12.5");     // 12.5 exactly
  CHECK(cs::RoundedRatio(1, 16, 100).Text() == "6.3");     // 6.25 -> 6.3
  CHECK(cs::RoundedRatio(2, 3, 100).Text() == "66.7");
  CHECK(cs::RoundedRatio(1, 3, 100).Text() == "33.3");
  CHECK(cs::RoundedRatio(123, 8400, 1000).Text() == "14.6");  // 14.642...
  CHECK(cs::RoundedRatio(0, 5, 100).Text() == "0.0");
  CHECK(cs::RoundedRatio(7, 7, 100).Text() == "100.0");
}

TEST_CASE("performance: the default reporting year holds the latest date received") {
  auto log = Log("A,1,2025-03-31,,,,,,\nB,1,2024-06-01,,,,,,\n");
  auto [from, to] = cs::DefaultReportingYear(log);
  CHECK(from.Iso() == "2024-04-01");
  CHECK(to.Iso() == "2025-03-31");
  log = Log("A,1,2025-04-01,,,,,,\n");
  CHECK(cs::DefaultReportingYear(log).first.Iso() == "2025-04-01");
  CHECK(cs::ReportingYearLabel(cs::Date{2099, 4, 1}) == "2099-00");
  CHECK(cs::ReportingYearLabel(cs::Date{2025, 4, 1}) == "2025-26");
}

TEST_CASE("performance: a date the calendar does not cover is an error on its row, not skipped") {
  // B is still open at the end of the period, but was received before the calendar's first year (1995).
  auto log = Log("A,1,2024-05-01,,,,,,\nB,1,1994-05-02,,,,,,\n");
  cs::PerformanceOptions o = Year2024(10);
  std::vector<cs::Diagnostic> d;
  cs::ComputePerformance(log, o, &d);
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "cases.date.out_of_range");
  CHECK(d[0].line == 3);
  CHECK(d[0].column == 5);
}

namespace {

// Day by day, with no engine call: the response deadline is found by walking forward one calendar day at a
// time and counting working days; the Code numbers still come from the data, never from literals here.
int BruteForceWithin(const cs::CaseLog& log, const cs::PerformanceOptions& o, int stage, int* responded) {
  const cs::BankHolidays& bh = *o.holidays;
  int division = cs::DivisionIndex(o.nation);
  auto working = [&](cs::Date d) { return !d.IsWeekend() && !bh.Find(division, d); };
  int within = 0;
  *responded = 0;
  for (const auto& r : log.rows) {
    if (r.stage != stage || !r.responded || *r.responded < o.from || *r.responded > o.to) continue;
    if (r.outcome == cs::Outcome::Refused) continue;
    ++*responded;
    const auto* code = o.timescales->Find(o.timescales->CodeFor(r.received));
    int response_days = 0, cap = 0;
    std::string from;
    for (const auto& rule : code->stages.at(stage)) {
      if (rule.id == "response") {
        response_days = rule.working_days;
        from = rule.counted_from;
      }
      if (rule.id == "extended_response") cap = rule.working_days;
    }
    cs::Date start = from == "acknowledge" && r.acknowledged ? *r.acknowledged : r.received;
    int allowed = response_days + std::min(r.extension_working_days, cap);
    cs::Date d = start;
    for (int counted = 0; counted < allowed;) {
      d = d.AddDays(1);
      if (working(d)) ++counted;
    }
    if (*r.responded <= d) ++within;
  }
  return within;
}

}  // namespace

TEST_CASE("performance property: CH02 never exceeds 100 and equals a brute-force count") {
  std::mt19937 rng(20260401);
  const char* nations[] = {"england-and-wales", "scotland", "northern-ireland"};
  for (int trial = 0; trial < 60; ++trial) {
    CAPTURE(trial);
    std::string rows;
    std::uniform_int_distribution<int> n_rows(0, 40), day(0, 800), small(0, 9), gap(0, 45), ext(0, 30);
    int n = n_rows(rng);
    cs::Date base{2023, 10, 1};
    for (int i = 0; i < n; ++i) {
      cs::Date received = base.AddDays(day(rng));
      std::string ack = small(rng) < 2 ? "" : received.AddDays(small(rng)).Iso();
      bool open = small(rng) == 0;
      std::string responded = open ? "" : received.AddDays(gap(rng)).Iso();
      std::string extension = small(rng) < 6 ? "" : std::to_string(ext(rng));
      int kind = small(rng);
      std::string outcome = open ? "" : kind < 3 ? "upheld" : kind < 6 ? "not_upheld" : kind < 8 ? "partly_upheld" : kind < 9 ? "withdrawn" : "refused";
      std::string reason = outcome == "refused" ? "Not a complaint" : "";
      rows += "R" + std::to_string(i) + "," + std::to_string(1 + small(rng) % 2) + "," + received.Iso() + "," + ack + "," +
              responded + "," + extension + "," + outcome + ",Repairs," + reason + "\n";
    }
    cs::CaseLog log = Log(rows);
    cs::PerformanceOptions o;
    int year = 2023 + trial % 3;
    o.from = cs::Date{year, 4, 1};
    o.to = cs::Date{year + 1, 3, 31};
    o.homes = 1 + day(rng);
    o.nation = nations[trial % 3];
    std::vector<cs::Diagnostic> d;
    cs::Performance p = cs::ComputePerformance(log, o, &d);
    CHECK(d.empty());
    for (int stage : {1, 2}) {
      CAPTURE(stage);
      int responded = 0;
      int within = BruteForceWithin(log, o, stage, &responded);
      const auto& s = p.Stage(stage);
      CHECK(s.responded == responded);
      CHECK(s.within == within);
      CHECK(s.within <= s.responded);
      if (s.within_pct) {
        CHECK(s.within_pct->tenths <= 1000);
        CHECK(s.within_pct->tenths >= 0);
        CHECK(s.within_pct->tenths == (2000LL * within + responded) / (2LL * responded));
      } else {
        CHECK(responded == 0);
      }
    }
  }
}

TEST_CASE("performance 6.4, 6.15: an extension given as a revised due date counts its working days after the Code date") {
  // Acknowledged Fri 3 May 2024; the Code's response date is Mon 20 May (10 working days, 6 May a bank holiday).
  // Revised due date Fri 31 May: 21..24, (27 May BH) 28..31 = 8 working days, within the cap of 10: due 31 May.
  // Revised due date Fri 14 Jun: 18 working days after 20 May, capped at 10: due Tue 4 Jun, so 10 Jun is late.
  cs::CaseLog log = Log(
      "A,1,2024-05-01,2024-05-03,2024-05-31,,upheld,Repairs,\n"
      "B,1,2024-05-01,2024-05-03,2024-06-10,,upheld,Repairs,\n"
      "C,1,2024-05-01,2024-05-03,2024-05-22,,upheld,Repairs,\n");
  log.rows[0].extended_due = cs::Date{2024, 5, 31};
  log.rows[1].extended_due = cs::Date{2024, 6, 14};
  log.rows[2].extended_due = cs::Date{2024, 5, 17};  // before the Code's date: no extension at all, and 22 May is late
  std::string why;
  CHECK(cs::ResponseDeadline(log.rows[0], Year2024(100), &why)->Iso() == "2024-05-31");
  CHECK(cs::ResponseDeadline(log.rows[1], Year2024(100), &why)->Iso() == "2024-06-04");
  CHECK(cs::ResponseDeadline(log.rows[2], Year2024(100), &why)->Iso() == "2024-05-20");
  cs::Performance p = cs::ComputePerformance(log, Year2024(100), nullptr);
  CHECK(p.stage1.responded == 3);
  CHECK(p.stage1.within == 1);
  CHECK(p.stage1.extensions_used == 2);
  CHECK(p.stage1.extensions_over_cap == 1);
}

TEST_CASE("performance: a response dated before the complaint was received is counted as late") {
  cs::CaseLog log = Log("A,1,2024-05-10,,2024-05-01,,upheld,Repairs,\nB,1,2024-05-10,,2024-05-14,,upheld,Repairs,\n");
  cs::Performance p = cs::ComputePerformance(log, Year2024(100), nullptr);
  CHECK(p.stage1.responded == 2);
  CHECK(p.stage1.within == 1);
  CHECK(p.stage1.median_working_days->Text() == "2.0");  // only B's 2 working days: A's cannot be counted
}
