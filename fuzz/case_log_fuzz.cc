// libFuzzer target: the case-log CSV reader and the performance figures computed from whatever it accepts.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "case_log.h"
#include "performance.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<cs::Diagnostic> diags;
  auto log = cs::ParseCaseLog(text, "cases.csv", &diags);
  // Every finding has a stable code and a place; a rejected log always says why.
  for (const auto& d : diags)
    if (d.code.empty() || d.line < 1 || d.column < 1 || d.message.empty()) std::abort();
  if (!log) {
    if (!cs::HasErrors(diags)) std::abort();
    return 0;
  }
  if (cs::HasErrors(diags)) std::abort();
  int previous_line = 1;
  for (const auto& row : log->rows) {
    if (row.line <= previous_line) std::abort();  // rows come after the header, in file order
    previous_line = row.line;
    if (row.stage != 1 && row.stage != 2) std::abort();
    if (row.acknowledged && *row.acknowledged < row.received) std::abort();
    if (row.responded && *row.responded < row.received) std::abort();
    if (row.outcome == cs::Outcome::Refused && row.refused_reason.empty()) std::abort();
  }
  cs::PerformanceOptions options;
  auto [from, to] = cs::DefaultReportingYear(*log);
  options.from = from;
  options.to = to;
  options.homes = 1 + static_cast<long long>(size);
  std::vector<cs::Diagnostic> figures_diags;
  cs::Performance p = cs::ComputePerformance(*log, options, &figures_diags);
  for (int stage : {1, 2}) {
    const auto& s = p.Stage(stage);
    if (s.within > s.responded || s.within < 0) std::abort();
    if (s.within_pct && (s.within_pct->tenths < 0 || s.within_pct->tenths > 1000)) std::abort();
    if (s.acknowledged_within_pct && s.acknowledged_within_pct->tenths > 1000) std::abort();
    if (s.counted_from_received > s.responded || s.extensions_over_cap > s.extensions_used) std::abort();
  }
  (void)cs::PerformanceToJson(p).dump();
  return 0;
}
