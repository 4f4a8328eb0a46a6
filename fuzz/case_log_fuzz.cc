// libFuzzer target: the case-log reader (any encoding, separator, shape, with or without a column mapping) and the
// figures and warnings computed from whatever it accepts.
//
// Input: the bytes of a case log; or a column mapping, a line "---", then the case log (when the input starts with "{").
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "case_log.h"
#include "figure_warnings.h"
#include "performance.h"

namespace {

void CheckDiagnostics(const std::vector<cs::Diagnostic>& diags) {
  // Every finding has a stable code, a place and words.
  for (const auto& d : diags)
    if (d.code.empty() || d.line < 1 || d.column < 1 || d.message.empty() || d.fix.empty()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<cs::Diagnostic> diags;
  std::optional<cs::ColumnMapping> mapping;
  cs::CaseLogOptions options;
  if (!text.empty() && text[0] == '{') {
    size_t split = text.find("\n---\n");
    if (split == std::string_view::npos) return 0;
    mapping = cs::ParseColumnMapping(text.substr(0, split), "columns.json", &diags);
    CheckDiagnostics(diags);
    if (!mapping) {
      if (!cs::HasErrors(diags)) std::abort();
      return 0;
    }
    options.columns = &*mapping;
    text.remove_prefix(split + 5);
  }
  diags.clear();
  auto log = cs::ParseCaseLog(text, "cases.csv", options, &diags);
  CheckDiagnostics(diags);
  // A rejected log always says why; an accepted one has no errors.
  if (!log) {
    if (!cs::HasErrors(diags)) std::abort();
    return 0;
  }
  if (cs::HasErrors(diags)) std::abort();
  int previous_line = 1;
  for (const auto& row : log->rows) {
    if (row.line < previous_line || row.line < 1 || row.row < 2) std::abort();  // after the header, in file order
    previous_line = row.line;
    if (row.stage != 1 && row.stage != 2) std::abort();
    if (row.acknowledged && *row.acknowledged < row.received) std::abort();
    if (row.outcome == cs::Outcome::Refused && row.refused_reason.empty()) std::abort();
    if (row.reference.empty()) std::abort();
    if (row.columns.size() != cs::kCaseFieldCount || row.lines.size() != cs::kCaseFieldCount) std::abort();
    if (row.extended_due && *row.extended_due < row.received) std::abort();
    if (row.extension_working_days < 0 || row.extension_working_days > 260) std::abort();
  }
  if (log->records < 0 || (!log->per_complaint && static_cast<int>(log->rows.size()) != log->records)) std::abort();
  if (log->per_complaint && static_cast<int>(log->rows.size()) > 2 * log->records) std::abort();
  cs::PerformanceOptions performance;
  auto [from, to] = cs::DefaultReportingYear(*log);
  performance.from = from;
  performance.to = to;
  performance.homes = 1 + static_cast<long long>(size);
  std::vector<cs::Diagnostic> figures_diags;
  cs::Performance p = cs::ComputePerformance(*log, performance, &figures_diags);
  for (int stage : {1, 2}) {
    const auto& s = p.Stage(stage);
    if (s.within > s.responded || s.within < 0) std::abort();
    if (s.within_pct && (s.within_pct->tenths < 0 || s.within_pct->tenths > 1000)) std::abort();
    if (s.acknowledged_within_pct && s.acknowledged_within_pct->tenths > 1000) std::abort();
    if (s.counted_from_received > s.responded || s.extensions_over_cap > s.extensions_used) std::abort();
  }
  for (const auto& w : cs::FigureWarnings(*log, p, true))
    if (w.severity != cs::Severity::Warning || w.line < 1 || w.column < 1 || w.message.empty()) std::abort();
  (void)cs::PerformanceToJson(p).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return 0;
}
