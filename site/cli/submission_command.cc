// `complaints-site submission --year 2025-26`: what the Housing Ombudsman's annual submission form asks for, in the
// form's order — the organisation, the four links, a yes/no per provision — from the content and base_url.
#include <ostream>

#include "cli.h"
#include "cli_options.h"
#include "content.h"
#include "directory_source.h"
#include "exit_status.h"
#include "financial_year.h"
#include "submission.h"

namespace cs {

int RunSubmissionCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("submission",
                            "Prints what the Housing Ombudsman's annual submission form asks for, in its order: the\n"
                            "organisation, the links to the complaints policy, the self-assessment, the annual\n"
                            "complaints performance and service improvement report and the governing body's response,\n"
                            "and a yes or no for every provision. Warns (on stderr) about anything missing or not yet\n"
                            "published. Exit status 0, 1 when the content has errors, 2 when it cannot be read.");
  std::string year, content = "content", format = "text", base_url;
  app->add_option("--year", year, "the financial year, e.g. 2025-26")->required();
  app->add_option("--content", content, "the content folder")->capture_default_str();
  app->add_option("--format", format, "text, csv or json")->capture_default_str();
  app->add_option("--base-url", base_url, "where the site is published (default: site.json's \"base_url\")");
  if (auto status = ParseCommandLine(*app, ctx)) return *status;
  const std::string command = "submission";
  if (!IsFinancialYear(year)) return UsageError(ctx, command, "--year must look like 2025-26, not '" + year + "'");
  if (format != "text" && format != "csv" && format != "json")
    return UsageError(ctx, command, "--format must be text, csv or json, not '" + format + "'");

  // The same content model `build` and `check` read (core/content/content.h).
  Diagnostics load;
  DirectorySource source(content);
  Content model = LoadContent(source, load);
  for (const auto& d : load) ctx.err << FormatDiagnostic(d) << "\n";
  if (model.unreadable) return kExitUsage;
  if (model.errors > 0 || !model.site) {
    ctx.err << "complaints-site submission: error: the content has errors — fix them first (complaints-site check)\n";
    return kExitContentError;
  }
  Diagnostics warnings;
  Submission s = MakeSubmission(model, year, base_url, &warnings);
  for (const auto& d : warnings) ctx.err << FormatDiagnostic(d) << "\n";
  ctx.out << (format == "csv" ? SubmissionCsv(s) : format == "json" ? SubmissionJson(s) : SubmissionText(s));
  return kExitSuccess;
}

}  // namespace cs
