// Computes CH01/CH02 and the annual report's figures from a case log with the deadline engine.
#include "performance.h"

#include <algorithm>

#include "deadlines.h"

namespace cs {

std::string Tenths::Text() const {
  long long whole = tenths / 10, part = tenths % 10;
  return std::to_string(whole) + "." + std::to_string(part < 0 ? -part : part);
}

Tenths RoundedRatio(long long numerator, long long denominator, long long scale) {
  // round(n * scale * 10 / d) half away from zero, in integers (all inputs are counts, so non-negative).
  long long twice = 2 * numerator * scale * 10;
  return Tenths{(twice + denominator) / (2 * denominator)};
}

std::string ReportingYearLabel(Date from) {
  int next = (from.year + 1) % 100;
  return std::to_string(from.year) + "-" + (next < 10 ? "0" : "") + std::to_string(next);
}

std::pair<Date, Date> DefaultReportingYear(const CaseLog& log) {
  std::optional<Date> latest;
  for (const auto& r : log.rows)
    if (!latest || r.received > *latest) latest = r.received;
  int start_year = 2025;
  if (latest) start_year = latest->month >= 4 ? latest->year : latest->year - 1;
  return {Date{start_year, 4, 1}, Date{start_year + 1, 3, 31}};
}

namespace {

const MilestoneRule* FindRule(const Timescales& t, const std::string& code, int stage, const char* id) {
  const CodeTimescales* c = t.Find(code);
  if (!c) return nullptr;
  auto s = c->stages.find(stage);
  if (s == c->stages.end()) return nullptr;
  for (const auto& r : s->second)
    if (r.id == id) return &r;
  return nullptr;
}

/// What the engine says about one row.
struct RowDeadlines {
  std::string code;
  std::optional<Date> acknowledge_due;  ///< nothing when the Code has no acknowledgement step for the stage
  Date response_due;                    ///< including the capped extension
  bool counted_from_received = false;   ///< no acknowledgement date, and the rule counts from it
  bool extension_over_cap = false;
  bool extended = false;                ///< an extension of more than 0 working days was recorded
};

std::optional<RowDeadlines> Evaluate(const CaseRow& row, const PerformanceOptions& options, std::string* why) {
  RowDeadlines out;
  out.code = options.timescales->CodeFor(row.received);
  DeadlineRequest req;
  req.code = out.code;
  req.nation = options.nation;
  req.stage = row.stage;
  req.received = row.received;
  // Where no acknowledgement is recorded, the response timescale is counted from the date received.
  req.acknowledged = row.acknowledged ? row.acknowledged : std::optional<Date>(row.received);
  const MilestoneRule* response = FindRule(*options.timescales, out.code, row.stage, "response");
  out.counted_from_received = !row.acknowledged && response && response->counted_from == "acknowledge";
  Engine engine{options.holidays, options.timescales};
  Diagnostic error;
  int extension = row.extension_working_days;
  if (row.extended_due) {
    // A revised due date: the extension is the working days from the Code's own response date to it.
    auto plain = ComputeDeadlines(req, &error, engine);
    const Milestone* due = plain ? plain->Find("response") : nullptr;
    if (due) {
      const int division = DivisionIndex(options.nation);
      WorkingCalendar calendar(*options.holidays, division < 0 ? 0 : division);
      extension = calendar.WorkingDaysBetween(due->due, *row.extended_due);
    }
  }
  if (extension > 0) {
    const MilestoneRule* ext = FindRule(*options.timescales, out.code, row.stage, "extended_response");
    int cap = ext ? ext->working_days : 0;
    int allowed = std::min(extension, cap);
    out.extension_over_cap = extension > cap;
    out.extended = true;
    if (allowed > 0) req.extension_working_days = allowed;
  }
  auto result = ComputeDeadlines(req, &error, engine);
  if (!result) {
    if (why) *why = error.message;
    return std::nullopt;
  }
  const Milestone* due = req.extension_working_days ? result->Find("extended_response") : result->Find("response");
  if (!due) {
    if (why) *why = "the Code data has no response timescale for stage " + std::to_string(row.stage);
    return std::nullopt;
  }
  out.response_due = due->due;
  // The acknowledgement deadline always counts from received: ask without the acknowledgement date.
  if (FindRule(*options.timescales, out.code, row.stage, "acknowledge")) {
    req.acknowledged.reset();
    req.extension_working_days.reset();
    if (auto plain = ComputeDeadlines(req, &error, engine))
      if (const Milestone* ack = plain->Find("acknowledge")) out.acknowledge_due = ack->due;
  }
  return out;
}

bool InPeriod(Date d, const PerformanceOptions& o) { return d >= o.from && d <= o.to; }

void Finish(StageFigures* s, std::vector<int>* days, long long homes) {
  s->per_1000 = homes > 0 ? RoundedRatio(s->received, homes, 1000) : Tenths{};
  if (s->responded > 0) s->within_pct = RoundedRatio(s->within, s->responded, 100);
  int acknowledged = s->acknowledgements_due - s->acknowledgement_missing;
  if (acknowledged > 0) s->acknowledged_within_pct = RoundedRatio(s->acknowledged_within, acknowledged, 100);
  if (!days->empty()) {
    std::sort(days->begin(), days->end());
    size_t n = days->size();
    long long median_tenths = n % 2 ? (*days)[n / 2] * 10LL : ((*days)[n / 2 - 1] + (*days)[n / 2]) * 5LL;
    s->median_working_days = Tenths{median_tenths};
    size_t rank = (9 * n + 9) / 10;  // nearest rank: ceil(0.9 n)
    s->p90_working_days = (*days)[rank - 1];
  }
}

}  // namespace

std::optional<Date> ResponseDeadline(const CaseRow& row, const PerformanceOptions& options, std::string* why) {
  auto e = Evaluate(row, options, why);
  if (!e) return std::nullopt;
  return e->response_due;
}

Performance ComputePerformance(const CaseLog& log, const PerformanceOptions& options,
                               std::vector<Diagnostic>* diagnostics) {
  Performance p;
  p.from = options.from;
  p.to = options.to;
  p.homes = options.homes;
  p.nation = options.nation;
  p.stage1.stage = 1;
  p.stage2.stage = 2;
  p.rows_in_log = static_cast<int>(log.rows.size());
  for (Date m{options.from.year, options.from.month, 1}; m <= options.to; m = m.AddMonthsClamped(1))
    p.monthly.push_back(MonthVolume{m.year, m.month, 0, 0});
  const int division = DivisionIndex(options.nation);
  WorkingCalendar calendar(*options.holidays, division < 0 ? 0 : division);
  std::vector<int> days[2];

  for (const CaseRow& row : log.rows) {
    if (row.stage != 1 && row.stage != 2) continue;
    StageFigures& s = row.stage == 2 ? p.stage2 : p.stage1;
    const bool received_in = InPeriod(row.received, options);
    const bool responded_in = row.responded && InPeriod(*row.responded, options);
    const bool closed_without_response = row.outcome == Outcome::Refused || row.outcome == Outcome::Withdrawn;
    const bool open_at_end =
        row.received <= options.to && !closed_without_response && (!row.responded || *row.responded > options.to);
    if (!received_in && !responded_in && !open_at_end) continue;
    ++p.rows_used;

    if (row.outcome == Outcome::Refused) {
      if (received_in) {
        ++s.refused;
        ++p.refused_by_reason[row.refused_reason];
      }
      continue;
    }
    std::string why;
    auto e = Evaluate(row, options, &why);
    if (!e) {
      if (diagnostics) {
        Diagnostic d;
        d.code = "cases.date.out_of_range";
        d.file = log.file;
        d.line = row.lines.empty() ? row.line : row.lines[kReceived];
        d.column = row.columns.empty() ? 0 : row.columns[kReceived];
        d.message = "cannot work out the timescale for reference " + row.reference + ": " + why;
        d.fix = "check the dates on this row";
        diagnostics->push_back(d);
      }
      continue;
    }
    if (received_in) {
      ++s.received;
      ++s.categories[row.category.empty() ? "Uncategorised" : row.category];
      for (auto& m : p.monthly)
        if (m.year == row.received.year && m.month == row.received.month) ++(row.stage == 2 ? m.stage2 : m.stage1);
      if (e->acknowledge_due) {
        ++s.acknowledgements_due;
        if (!row.acknowledged) ++s.acknowledgement_missing;
        else if (*row.acknowledged <= *e->acknowledge_due) ++s.acknowledged_within;
      }
      if (row.outcome == Outcome::Withdrawn && !row.responded) ++s.outcomes[OutcomeName(row.outcome)];
    }
    if (responded_in) {
      ++s.responded;
      // A response dated before the complaint was received cannot be right (the reader warns): counted as late.
      const bool impossible = *row.responded < row.received;
      if (*row.responded <= e->response_due && !impossible) ++s.within;
      if (e->counted_from_received) ++s.counted_from_received;
      if (e->code == "2022") ++s.responded_under_2022;
      if (e->extended) ++s.extensions_used;
      if (e->extension_over_cap) ++s.extensions_over_cap;
      ++s.outcomes[row.outcome == Outcome::None ? "open" : OutcomeName(row.outcome)];
      if (!impossible) days[row.stage - 1].push_back(calendar.WorkingDaysBetween(row.received, *row.responded));
    }
    if (open_at_end) {
      ++s.open_at_end;
      if (e->response_due < options.to) ++s.open_overdue_at_end;
    }
  }
  Finish(&p.stage1, &days[0], options.homes);
  Finish(&p.stage2, &days[1], options.homes);
  if (p.stage1.received > 0) p.escalation_pct = RoundedRatio(p.stage2.received, p.stage1.received, 100);
  return p;
}

}  // namespace cs
