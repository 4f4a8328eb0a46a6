// The report's figures as JSON (the shape documented in docs/annual-report.md).
#include "performance.h"

namespace cs {

namespace {

using nlohmann::json;

json Num(const std::optional<Tenths>& t) { return t ? json(t->Value()) : json(nullptr); }

json Counts(const std::map<std::string, int>& m) {
  json o = json::object();
  for (const auto& [k, v] : m) o[k] = v;
  return o;
}

}  // namespace

json PerformanceToJson(const Performance& p, const Performance* previous) {
  json j;
  j["period"] = {{"from", p.from.Iso()}, {"to", p.to.Iso()}, {"label", ReportingYearLabel(p.from)}};
  j["homes"] = p.homes;
  j["nation"] = p.nation;
  json ch01, ch02, counts, ack, times, ext, outcomes, categories;
  for (int n : {1, 2}) {
    const StageFigures& s = p.Stage(n);
    const std::string st = "stage" + std::to_string(n);
    ch01[st + "_per_1000"] = s.per_1000.Value();
    ch02[st + "_within_pct"] = Num(s.within_pct);
    counts[st + "_received"] = s.received;
    counts[st + "_responded"] = s.responded;
    counts[st + "_within"] = s.within;
    counts[st + "_refused"] = s.refused;
    counts[st + "_open_at_end"] = s.open_at_end;
    counts[st + "_open_overdue_at_end"] = s.open_overdue_at_end;
    counts[st + "_counted_from_received"] = s.counted_from_received;
    counts[st + "_responded_under_2022_code"] = s.responded_under_2022;
    ack[st + "_due"] = s.acknowledgements_due;
    ack[st + "_within"] = s.acknowledged_within;
    ack[st + "_missing"] = s.acknowledgement_missing;
    ack[st + "_within_pct"] = Num(s.acknowledged_within_pct);
    times[st + "_median_working_days"] = Num(s.median_working_days);
    times[st + "_p90_working_days"] = s.p90_working_days ? json(*s.p90_working_days) : json(nullptr);
    ext[st + "_used"] = s.extensions_used;
    ext[st + "_over_cap"] = s.extensions_over_cap;
    outcomes[st] = Counts(s.outcomes);
    categories[st] = Counts(s.categories);
  }
  j["ch01"] = ch01;
  j["ch02"] = ch02;
  j["counts"] = counts;
  j["acknowledgements"] = ack;
  j["response_times"] = times;
  j["extensions"] = ext;
  j["outcomes"] = outcomes;
  j["categories"] = categories;
  j["escalation_pct"] = Num(p.escalation_pct);
  j["refused_by_reason"] = Counts(p.refused_by_reason);
  json monthly = json::array();
  for (const auto& m : p.monthly) {
    std::string month = std::to_string(m.year) + (m.month < 10 ? "-0" : "-") + std::to_string(m.month);
    monthly.push_back({{"month", month}, {"stage1", m.stage1}, {"stage2", m.stage2}});
  }
  j["monthly"] = monthly;
  j["rows"] = {{"in_log", p.rows_in_log}, {"used", p.rows_used}};
  if (previous) j["previous"] = PerformanceToJson(*previous);
  return j;
}

}  // namespace cs
