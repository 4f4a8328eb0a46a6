// `complaints-site embed`: the code that puts the calculator and the walkthrough on another website (the same as the
// site's embed/ page and embed/snippets.txt), with the site's own addresses and what to ask IT for.
#include <ostream>

#include "build_site.h"
#include "cli.h"
#include "cli_options.h"
#include "exit_status.h"
#include "today.h"

namespace cs {

int RunEmbedCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("embed",
                            "Prints the code to paste into another website (a CMS page) for the deadline calculator\n"
                            "and the complaint walkthrough, with this site's addresses (site.json \"base_url\"), and the\n"
                            "Content-Security-Policy line to ask IT for. The built site shows the same on /embed/.");
  std::string content = "content", base_url, templates_dir;
  app->add_option("--content", content, "the content folder")->capture_default_str();
  app->add_option("--base-url", base_url, "the address the site is published at, instead of site.json's base_url");
  app->add_option("--templates", templates_dir, "a templates folder to use instead of the built-in one (as for build)");
  if (auto status = ParseCommandLine(*app, ctx)) return *status;
  Diagnostic problem;
  auto today = ResolveToday("", &problem);
  if (!today) return UsageError(ctx, "embed", problem.file + " " + problem.message + " — " + problem.fix);
  EmbedResult result = EmbedSnippets(content, base_url, *today, templates_dir);
  if (result.snippets.empty()) {
    for (const auto& d : result.check.report.All())
      if (d.severity == Severity::Error) ctx.err << FormatDiagnostic(d) << "\n";
    ctx.err << "complaints-site embed: error: the site could not be generated, so there is no code to print — fix the "
               "errors above (complaints-site check lists them)\n";
    return result.check.unreadable ? kExitUsage : kExitContentError;
  }
  ctx.out << result.snippets;
  return kExitSuccess;
}

}  // namespace cs
