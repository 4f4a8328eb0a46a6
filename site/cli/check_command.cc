// `complaints-site check`: what the Housing Ombudsman would find missing from the content, in plain words.
#include <chrono>
#include <nlohmann/json.hpp>
#include <ostream>

#include "check_content.h"
#include "cli.h"
#include "cli_options.h"
#include "date.h"
#include "exit_status.h"

namespace cs {

namespace {

Date ClockToday() {
  using namespace std::chrono;
  auto days = duration_cast<hours>(system_clock::now().time_since_epoch()).count() / 24;
  return Date::FromSerial(static_cast<int>(days));
}

}  // namespace

int RunCheckCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("check",
                            "Checks the content against the Complaint Handling Code: the self-assessment, the\n"
                            "complaints policy, site.json and the annual report. Exit status 0 when there are no\n"
                            "errors, 1 when there are, 2 when the content cannot be read.");
  std::string content = "content", format = "text", today_text;
  app->add_option("--content", content, "the content folder")->capture_default_str();
  app->add_option("--format", format, "text or json")->capture_default_str();
  app->add_option("--today", today_text, "check as of this date, YYYY-MM-DD (default: today)");
  if (auto status = ParseCommandLine(*app, ctx)) return *status;
  if (format != "text" && format != "json")
    return UsageError(ctx, "check", "--format must be text or json, not '" + format + "'");
  Date today = ClockToday();
  if (!today_text.empty()) {
    std::string why;
    auto parsed = ParseIsoDate(today_text, &why);
    if (!parsed) return UsageError(ctx, "check", "--today " + today_text + ": " + why);
    today = *parsed;
  }

  CheckContentResult result = CheckContent(content, today);
  std::vector<Diagnostic> all = result.All();
  int errors = 0, warnings = 0;
  for (const auto& d : all) (d.severity == Severity::Error ? errors : warnings)++;
  if (format == "json") {
    nlohmann::ordered_json findings = nlohmann::ordered_json::array();
    for (size_t i = 0; i < all.size(); ++i) {
      const Diagnostic& d = all[i];
      // The checks' findings rest on the Code: each links to its row of docs/legal-basis.md. A file's own parse
      // problems (json.*, fm.*, site.wrong_type ...) are not rules of the Code and link nowhere.
      bool finding = i >= result.file_problems.size();
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
            << (warnings == 1 ? " warning" : " warnings") << " (as of " << today.Long() << ")\n";
  }
  if (result.unreadable) return kExitUsage;
  return errors ? kExitContentError : kExitSuccess;
}

}  // namespace cs
