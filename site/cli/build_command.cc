// `complaints-site build`: flags onto BuildOptions, then BuildSite.
#include <ostream>

#include "build_site.h"
#include "cli.h"
#include "cli_options.h"
#include "exit_status.h"

namespace cs {

int RunBuildCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("build", "Builds the complaints website from a content folder into an output folder.\n"
                                     "The new site replaces the old one only when the whole build succeeds.");
  BuildOptions options;
  app->add_option("--content", options.content_dir, "the landlord's content folder")->capture_default_str();
  app->add_option("--out", options.out_dir, "where the website is written (replaced as a whole)")->capture_default_str();
  app->add_option("--base-url", options.base_url, "the address the site is published at, e.g. https://example.org/complaints/ (or only its path, /complaints/)");
  app->add_flag("--strict", options.strict, "treat warnings as errors");
  app->add_flag("--verbose", options.verbose, "show how long each step takes");
  app->add_option("--templates", options.templates_dir, "a templates folder to use instead of the built-in one");
  app->add_option("--widget-dir", options.widget_dir,
                  "a folder with widget.js, widget.wasm, widget.css to use instead of the built-in widget");
  app->add_option("--today", options.today,
                  "the date the checks and the deadline pages count from, YYYY-MM-DD (default: SOURCE_DATE_EPOCH, else today)");
  app->add_option("--search", options.search,
                  "index the site for search with Pagefind: auto (when installed), on (required), off")
      ->capture_default_str();
  if (auto status = ParseCommandLine(*app, ctx)) return *status;
  if (auto status = CheckSearchOption(ctx, "build", options.search)) return *status;
  if (!options.base_url.empty() && options.base_url.rfind("https://", 0) != 0 && options.base_url.rfind("http://", 0) != 0 &&
      options.base_url[0] != '/')
    return UsageError(ctx, "build", "--base-url \"" + options.base_url +
                                        "\": must start with https:// (or http://), or be a path starting with / "
                                        "(\"/\", \"/complaints/\")");
  return BuildSite(options, ctx.err);
}

}  // namespace cs
