// `complaints-site check`: what the Housing Ombudsman would find missing from the content, in plain words.
#include <nlohmann/json.hpp>
#include <ostream>

#include "build_site.h"
#include "cli.h"
#include "cli_options.h"
#include "date.h"
#include "exit_status.h"
#include "today.h"

namespace cs {

int RunCheckCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("check",
                            "Checks the content against the Complaint Handling Code: the self-assessment, the\n"
                            "complaints policy, site.json and the annual report. Exit status 0 when there are no\n"
                            "errors, 1 when there are, 2 when the content cannot be read.");
  std::string content = "content", format = "text", today_text, templates_dir;
  app->add_option("--content", content, "the content folder")->capture_default_str();
  app->add_option("--format", format, "text or json")->capture_default_str();
  app->add_option("--today", today_text, "check as of this date, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)");
  app->add_option("--templates", templates_dir, "a templates folder to use instead of the built-in one (as for build)");
  if (auto status = ParseCommandLine(*app, ctx)) return *status;
  if (format != "text" && format != "json")
    return UsageError(ctx, "check", "--format must be text or json, not '" + format + "'");
  Diagnostic problem;
  auto today = ResolveToday(today_text, &problem);
  if (!today) return UsageError(ctx, "check", problem.file + " " + problem.message + " — " + problem.fix);

  // The content is read and the site generated exactly as `build` does, without writing anything: the same
  // diagnostics, with the checks' findings at their own severity.
  CheckResult result = CheckContentFolder(content, *today, templates_dir);
  std::vector<Diagnostic> all = result.report.All();
  int errors = 0, warnings = 0;
  for (const auto& d : all) (d.severity == Severity::Error ? errors : warnings)++;
  if (format == "json") {
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (size_t i = 0; i < all.size(); ++i) {
      const Diagnostic& d = all[i];
      // The checks' findings rest on the Code: each links to its row of docs/legal-basis.md. A file's own parse
      // problems (json.*, fm.*, site.wrong_type ...) are not rules of the Code and link nowhere.
      bool finding = i >= result.report.problems.size();
      nlohmann::ordered_json f;
      f["severity"] = d.severity == Severity::Error ? "error" : "warning";
      f["code"] = d.code;
      f["provision"] = d.provision;
      f["file"] = d.file;
      f["line"] = d.line;
      f["column"] = d.column;
      f["message"] = d.message;
      f["fix"] = d.fix;
      f["legal_basis"] = finding && !d.code.empty() ? LegalBasisReference(d.code) : "";
      findings.push_back(std::move(f));
    }
    nlohmann::ordered_json out;
    out["findings"] = std::move(findings);
    out["summary"] = {{"errors", errors}, {"warnings", warnings}};
    ctx.out << out.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << "\n";
  } else {
    for (const auto& d : all) ctx.out << FormatDiagnostic(d) << "\n";
    ctx.out << "check: " << errors << (errors == 1 ? " error" : " errors") << ", " << warnings
            << (warnings == 1 ? " warning" : " warnings") << " (as of " << today->Long() << ")\n";
  }
  if (result.unreadable) return kExitUsage;
  return errors ? kExitContentError : kExitSuccess;
}

}  // namespace cs
