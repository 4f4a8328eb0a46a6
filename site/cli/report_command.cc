// `complaints-site report`: TSM CH01/CH02 and the annual report's figures from a case log.
#include <iomanip>
#include <ostream>
#include <sstream>

#include "case_log.h"
#include "cli.h"
#include "cli_options.h"
#include "closures_file.h"
#include "exit_status.h"
#include "figure_warnings.h"
#include "files.h"
#include "performance.h"

namespace cs {

namespace {

std::string Or(const std::optional<Tenths>& t, const char* none = "-") { return t ? t->Text() : none; }

void Row(std::ostream& out, const std::string& label, const std::string& s1, const std::string& s2) {
  out << "  " << std::left << std::setw(46) << label << std::right << std::setw(9) << s1 << std::setw(9) << s2 << "\n";
}

void PrintText(const Performance& p, const Performance* previous, std::ostream& out) {
  out << "Complaints performance " << ReportingYearLabel(p.from) << ": " << p.from.Long() << " to " << p.to.Long() << "\n"
      << "Homes: " << p.homes << "   Nation: " << p.nation << "   Rows in log: " << p.rows_in_log << " (used "
      << p.rows_used << ")\n\n";
  Row(out, "", "Stage 1", "Stage 2");
  auto both = [&](const std::string& label, auto get) { Row(out, label, get(p.stage1), get(p.stage2)); };
  auto num = [](int n) { return std::to_string(n); };
  both("CH01 complaints received per 1,000 homes", [](const StageFigures& s) { return s.per_1000.Text(); });
  both("CH02 % responded to within the Code timescale", [](const StageFigures& s) { return Or(s.within_pct); });
  both("Received in the period (not refused)", [&](const StageFigures& s) { return num(s.received); });
  both("Responded to in the period", [&](const StageFigures& s) { return num(s.responded); });
  both("  of which within the timescale", [&](const StageFigures& s) { return num(s.within); });
  both("  of which timed from received (no ack date)", [&](const StageFigures& s) { return num(s.counted_from_received); });
  both("  of which under the 2022 Code", [&](const StageFigures& s) { return num(s.responded_under_2022); });
  both("% acknowledged within the Code timescale", [](const StageFigures& s) { return Or(s.acknowledged_within_pct); });
  both("  no acknowledgement date recorded", [&](const StageFigures& s) { return num(s.acknowledgement_missing); });
  both("Median working days to respond", [](const StageFigures& s) { return Or(s.median_working_days); });
  both("90th percentile working days to respond", [](const StageFigures& s) {
    return s.p90_working_days ? std::to_string(*s.p90_working_days) : std::string("-");
  });
  both("Extensions used", [&](const StageFigures& s) { return num(s.extensions_used); });
  both("  of which longer than the Code allows", [&](const StageFigures& s) { return num(s.extensions_over_cap); });
  both("Refused (not counted above)", [&](const StageFigures& s) { return num(s.refused); });
  both("Open at the end of the period", [&](const StageFigures& s) { return num(s.open_at_end); });
  both("  of which past the Code timescale", [&](const StageFigures& s) { return num(s.open_overdue_at_end); });
  out << "\nEscalation rate (stage 2 received / stage 1 received): " << Or(p.escalation_pct) << (p.escalation_pct ? "%" : "")
      << "\n";
  for (int n : {1, 2}) {
    const StageFigures& s = p.Stage(n);
    out << "\nStage " << n << " outcomes:";
    if (s.outcomes.empty()) out << " none";
    for (const auto& [k, v] : s.outcomes) out << " " << k << " " << v << ";";
    out << "\nStage " << n << " categories:";
    if (s.categories.empty()) out << " none";
    for (const auto& [k, v] : s.categories) out << " " << k << " " << v << ";";
    out << "\n";
  }
  out << "\nRefused, by reason:";
  if (p.refused_by_reason.empty()) out << " none";
  out << "\n";
  for (const auto& [k, v] : p.refused_by_reason) out << "  " << v << "  " << k << "\n";
  if (previous) {
    out << "\nCompared with " << ReportingYearLabel(previous->from) << ":\n";
    Row(out, "", "Stage 1", "Stage 2");
    Row(out, "CH01 last year", previous->stage1.per_1000.Text(), previous->stage2.per_1000.Text());
    Row(out, "CH02 last year", Or(previous->stage1.within_pct), Or(previous->stage2.within_pct));
  }
}

/// How the log was read, so the officer can see each column went where it should.
void PrintReadAs(const CaseLog& log, std::ostream& out) {
  out << "Read " << log.file << " as " << (log.per_complaint ? "one row per complaint (stage 2 columns)" : "one row per stage")
      << ", " << log.encoding << ", " << log.separator << "-separated, " << log.records << (log.records == 1 ? " row" : " rows")
      << ":\n ";
  for (const auto& c : log.columns) out << " " << c.field << " = \"" << c.header << "\";";
  if (!log.unused_columns.empty()) {
    out << "\n  not used:";
    for (size_t i = 0; i < log.unused_columns.size(); ++i) out << (i ? ", \"" : " \"") << log.unused_columns[i] << "\"";
  }
  out << "\n\n";
}

std::optional<CaseLog> LoadLog(CommandContext& ctx, const std::string& path, const CaseLogOptions& options, int* status) {
  std::string error;
  auto text = ReadTextFile(path, &error);
  if (!text) {
    *status = UsageError(ctx, "report", "--cases: " + error);
    return std::nullopt;
  }
  std::vector<Diagnostic> diags;
  auto log = ParseCaseLog(*text, path, options, &diags);
  for (const auto& d : diags) ctx.err << FormatDiagnostic(d) << "\n";
  if (!log) {
    int errors = 0;
    for (const auto& d : diags) errors += d.severity == Severity::Error;
    ctx.err << "complaints-site report: " << errors << " error" << (errors == 1 ? "" : "s") << " in " << path
            << "; no figures were produced\n";
    *status = kExitContentError;
  }
  return log;
}

}  // namespace

int RunReportCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("report",
                            "Works out the Tenant Satisfaction Measures CH01 and CH02 and the annual complaints\n"
                            "performance figures (Code 8.1(b)) from a case log, using the same timescale engine\n"
                            "as the residents' deadline calculator.");
  std::string cases, from, to, nation = "england-and-wales", closures_file, format = "text", previous_cases, columns_file;
  long long homes = 0;
  long long previous_homes = 0;
  app->add_option("--cases", cases, "case log CSV as the case system exports it (see docs/annual-report.md)")->required();
  app->add_option("--columns", columns_file, "column mapping JSON, for headers the reader does not know (annual-reports/<year>.columns.json)");
  app->add_option("--homes", homes, "homes owned at the end of the period")->required();
  app->add_option("--from", from, "first day of the period, YYYY-MM-DD (default: 1 April of the year with the latest date received)");
  app->add_option("--to", to, "last day of the period, YYYY-MM-DD (default: 31 March after --from)");
  app->add_option("--nation", nation, "england-and-wales, scotland or northern-ireland")->capture_default_str();
  app->add_option("--closures", closures_file, "accepted for old scripts; closures never change the figures (the Code counts them)");
  app->add_option("--previous-homes", previous_homes, "compare with the year before (homes then); uses --previous-cases or the same log");
  app->add_option("--previous-cases", previous_cases, "case log for the year before, when it is a separate file");
  app->add_option("--format", format, "text or json")->capture_default_str();
  if (auto status = ParseCommandLine(*app, ctx)) return *status;

  if (format != "text" && format != "json") return UsageError(ctx, "report", "--format \"" + format + "\": must be text or json");
  if (homes <= 0) return UsageError(ctx, "report", "--homes must be a whole number above 0 (homes owned at the end of the period)");
  if (DivisionIndex(nation) < 0)
    return UsageError(ctx, "report", "--nation \"" + nation + "\": must be england-and-wales, scotland or northern-ireland");
  PerformanceOptions options;
  options.homes = homes;
  options.nation = nation;
  if (!closures_file.empty()) {
    std::string error;
    auto text = ReadTextFile(closures_file, &error);
    if (!text) return UsageError(ctx, "report", "--closures: " + error);
    if (!ParseClosures(*text, closures_file, &error)) {
      ctx.err << error << "\n";
      return kExitUsage;
    }
    ctx.err << "complaints-site report: note: --closures changes nothing: the Code's working days count a landlord's "
               "closure days, so CH02 and every other figure ignore them\n";
  }
  CaseLogOptions read_options;
  read_options.mapping_file = "a column mapping file given with --columns (see docs/annual-report.md)";
  std::optional<ColumnMapping> mapping;
  if (!columns_file.empty()) {
    std::string error;
    auto text = ReadTextFile(columns_file, &error);
    if (!text) return UsageError(ctx, "report", "--columns: " + error);
    std::vector<Diagnostic> diags;
    mapping = ParseColumnMapping(*text, columns_file, &diags);
    for (const auto& d : diags) ctx.err << FormatDiagnostic(d) << "\n";
    if (!mapping) {
      size_t errors = 0;
      for (const auto& d : diags) errors += d.severity == Severity::Error;
      ctx.err << "complaints-site report: " << errors << " error" << (errors == 1 ? "" : "s") << " in " << columns_file
              << "; no figures were produced\n";
      return kExitContentError;
    }
    read_options.columns = &*mapping;
  }
  int status = kExitSuccess;
  auto log = LoadLog(ctx, cases, read_options, &status);
  if (!log) return status;

  auto [default_from, default_to] = DefaultReportingYear(*log);
  options.from = default_from;
  options.to = default_to;
  std::string why;
  if (!from.empty()) {
    auto d = ParseIsoDate(from, &why);
    if (!d) return UsageError(ctx, "report", "--from \"" + from + "\": " + why);
    options.from = *d;
    options.to = d->AddMonthsClamped(12).AddDays(-1);
  }
  if (!to.empty()) {
    auto d = ParseIsoDate(to, &why);
    if (!d) return UsageError(ctx, "report", "--to \"" + to + "\": " + why);
    options.to = *d;
  }
  if (options.to < options.from)
    return UsageError(ctx, "report", "--to " + options.to.Iso() + " is before --from " + options.from.Iso());

  std::vector<Diagnostic> diags;
  Performance p = ComputePerformance(*log, options, &diags);
  for (auto& w : FigureWarnings(*log, p, from.empty() && to.empty())) diags.push_back(std::move(w));
  std::optional<Performance> previous;
  if (previous_homes > 0) {
    std::optional<CaseLog> previous_log = log;
    if (!previous_cases.empty()) {
      previous_log = LoadLog(ctx, previous_cases, read_options, &status);
      if (!previous_log) return status;
    }
    PerformanceOptions prev = options;
    prev.homes = previous_homes;
    prev.from = options.from.AddMonthsClamped(-12);
    prev.to = options.from.AddDays(-1);
    previous = ComputePerformance(*previous_log, prev, &diags);
  } else if (!previous_cases.empty()) {
    return UsageError(ctx, "report", "--previous-cases needs --previous-homes (homes owned at the end of that year)");
  }
  for (const auto& d : diags) ctx.err << FormatDiagnostic(d) << "\n";
  if (HasErrors(diags)) return kExitContentError;

  if (format == "json") {
    ctx.out << PerformanceToJson(p, previous ? &*previous : nullptr).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
  } else {
    PrintReadAs(*log, ctx.out);
    PrintText(p, previous ? &*previous : nullptr, ctx.out);
  }
  return kExitSuccess;
}

}  // namespace cs
