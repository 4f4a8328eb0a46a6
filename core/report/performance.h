// Complaint handling performance for a reporting year from a case log: TSM CH01/CH02 and the Code 8.1(b) figures.
//
// Every timescale comes from core/data/timescales.json through the deadline engine (ComputeDeadlines), using
// the Code that applied on each row's received date, so the report and the residents' widget can never
// disagree. Working days leave out weekends and bank holidays only: a landlord's closure days never move a
// Code deadline. Definitions, rounding and the percentile method are documented in docs/annual-report.md.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "bank_holidays.h"
#include "case_log.h"
#include "date.h"
#include "diagnostic.h"
#include "timescales.h"
#include "working_days.h"

namespace cs {

/// A figure to one decimal place, held exactly as tenths (rounded half away from zero from the exact
/// fraction, never from a float). `tenths` 123 is 12.3.
struct Tenths {
  long long tenths = 0;
  double Value() const { return static_cast<double>(tenths) / 10.0; }
  /// "12.3".
  std::string Text() const;
};

/// numerator / denominator * scale, to one decimal place (half away from zero). denominator must be > 0.
Tenths RoundedRatio(long long numerator, long long denominator, long long scale);

struct PerformanceOptions {
  Date from;                        ///< first day of the reporting period (inclusive)
  Date to;                          ///< last day of the reporting period (inclusive)
  long long homes = 0;              ///< homes owned at the end of the period (> 0)
  std::string nation = "england-and-wales";
  const BankHolidays* holidays = &BankHolidays::Default();
  const Timescales* timescales = &Timescales::Default();
};

/// Figures for one stage. "In the period" means the date falls between from and to inclusive.
struct StageFigures {
  int stage = 1;
  int received = 0;          ///< received in the period, excluding refused (CH01 numerator)
  int refused = 0;           ///< refused rows received in the period (not counted in `received`)
  Tenths per_1000;           ///< CH01: received / homes * 1000
  int responded = 0;         ///< responded to in the period, excluding refused (CH02 denominator)
  int within = 0;            ///< of `responded`, responded on or before the Code deadline (CH02 numerator); a
                             ///< response dated before the complaint was received is never within
  std::optional<Tenths> within_pct;        ///< CH02; nothing when responded == 0
  int counted_from_received = 0;           ///< of `responded`, rows with no acknowledgement date whose
                                           ///< timescale counts from the acknowledgement (counted from received)
  int responded_under_2022 = 0;            ///< of `responded`, rows received before the 2024 Code applied
  int acknowledgements_due = 0;            ///< received in the period, not refused, with an acknowledgement rule
  int acknowledged_within = 0;             ///< of those, acknowledged within the Code's working days
  int acknowledgement_missing = 0;         ///< of those, no acknowledgement date recorded
  std::optional<Tenths> acknowledged_within_pct;  ///< acknowledged_within / (due - missing)
  std::optional<Tenths> median_working_days;      ///< days to respond (received -> responded) over `responded`
  std::optional<int> p90_working_days;            ///< nearest-rank 90th percentile of the same
  int extensions_used = 0;                 ///< of `responded`, rows with an extension recorded (> 0)
  int extensions_over_cap = 0;             ///< of those, extensions longer than the Code allows (capped)
  std::map<std::string, int> outcomes;     ///< of `responded` + withdrawn: outcome name -> count
  std::map<std::string, int> categories;   ///< of `received`: category ("Uncategorised" if blank) -> count
  int open_at_end = 0;                     ///< received by `to`, not refused or withdrawn, no response by `to`
  int open_overdue_at_end = 0;             ///< of those, already past the Code deadline on `to`
};

struct MonthVolume {
  int year = 0;
  int month = 0;
  int stage1 = 0;  ///< received in that month (in the period), excluding refused
  int stage2 = 0;
};

struct Performance {
  Date from;
  Date to;
  long long homes = 0;
  std::string nation;
  StageFigures stage1;
  StageFigures stage2;
  std::optional<Tenths> escalation_pct;  ///< stage 2 received / stage 1 received * 100; nothing if no stage 1
  std::map<std::string, int> refused_by_reason;  ///< both stages, received in the period
  std::vector<MonthVolume> monthly;              ///< one entry per calendar month touching the period
  int rows_in_log = 0;
  int rows_used = 0;  ///< rows received or responded to in the period, or open at its end

  const StageFigures& Stage(int s) const { return s == 2 ? stage2 : stage1; }
};

/// The Code deadline for a response to `row`: the response timescale counted from the acknowledgement (or
/// from received where the Code counts from received, or where no acknowledgement is recorded), plus the
/// recorded extension capped at the Code's maximum. An extension recorded as a revised due date counts as the working
/// days from the Code's response date to it. Uses the Code that applied on the received date.
/// Returns nothing (and sets `why`) when the engine cannot compute it (e.g. a date outside the calendar).
std::optional<Date> ResponseDeadline(const CaseRow& row, const PerformanceOptions& options, std::string* why);

/// Computes every figure for the period. Rows the engine cannot handle become errors in `diagnostics`
/// (code "cases.date.out_of_range", with line and column); the result is still returned for the rest.
Performance ComputePerformance(const CaseLog& log, const PerformanceOptions& options,
                               std::vector<Diagnostic>* diagnostics);

/// The default reporting period for a log: the 1 April - 31 March year that contains the latest date
/// received in it (or 2025-26 for an empty log). Returns {from, to}.
std::pair<Date, Date> DefaultReportingYear(const CaseLog& log);

/// The documented JSON shape (docs/annual-report.md): "period", "homes", "nation", "ch01", "ch02", "counts",
/// "acknowledgements", "response_times", "extensions", "outcomes", "categories", "escalation_pct",
/// "refused_by_reason", "monthly", "rows", and "previous" (the same without "previous") when given.
/// Figures to one decimal place are JSON numbers; a figure with no denominator is null.
nlohmann::json PerformanceToJson(const Performance& p, const Performance* previous = nullptr);

/// "2025-26" for a period starting in 2025.
std::string ReportingYearLabel(Date from);

}  // namespace cs
