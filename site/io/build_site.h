// `complaints-site build` and `check` at the edge: read the content folder, find the date, call the pure generator
// (site/build/generate.h), then (build) run Pagefind over the pages (or keep the index when no page changed) and write
// only the files that changed into --out (site/io/output_folder.h). `serve` uses BuildSite too.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>

#include "date.h"
#include "diagnostic.h"
#include "file_map.h"
#include "generate.h"
#include "output_folder.h"

namespace cs {

struct BuildOptions {
  std::string content_dir = "content";
  std::string out_dir = "public";
  std::string base_url;        ///< overrides site.json base_url when set
  bool strict = false;         ///< warnings from `check` fail the build
  bool verbose = false;        ///< time each step
  bool serve_mode = false;     ///< inject the live-reload script (complaints-site serve only)
  bool preview = false;        ///< complaints-site serve: findings that stop publication (placeholders ...) are
                               ///< reported as errors but the site is still built, so the officer can see it
  std::string templates_dir;   ///< a folder of templates to use instead of the built-in ones (--templates)
  std::string widget_dir;      ///< a folder with widget.js, widget.wasm, widget.css (and, when built, the calculator
                               ///< alone: widget-deadlines.js, .wasm) to use instead of the built-in widget
                               ///< (--widget-dir); a folder without the first three builds the site without the widget
  std::string today;           ///< YYYY-MM-DD the checks and the widget pages count from; default: SOURCE_DATE_EPOCH
                               ///< when set, else the clock (site/io/today.h). Tests fix it.
  std::string search = "auto";  ///< "auto" (index with Pagefind when installed), "on" (Pagefind required), "off"
};

struct BuildReport {
  int pages = 0;
  long long bytes = 0;
  int warnings = 0;
  int errors = 0;              ///< with `preview`, a built site may have errors: what stops `build` publishing it
  long long milliseconds = 0;
  Diagnostics diagnostics;     ///< everything printed, as values (`serve` shows them on its page)
  WriteReport write;           ///< files written, unchanged and removed in --out
  bool skipped = false;        ///< the inputs and --out were as the previous build left them: nothing was generated
  std::string base_path = "/";  ///< the URL path the site is published under (Site::base_path); `serve` serves it there
};

/// Builds the site. Diagnostics go to `err` one a line (FormatDiagnostic), then the summary line. Returns an
/// ExitStatus.
int BuildSite(const BuildOptions& options, std::ostream& err, BuildReport* report = nullptr);

/// `complaints-site check`: reads `content_dir` and runs the generator on it without writing anything, so the
/// report is the one `build` prints (ReportForCheck: the findings at their own severity).
struct CheckResult {
  ContentReport report;
  bool unreadable = false;  ///< the folder, site.json or a file in it could not be read, or the templates (exit 2)
};
CheckResult CheckContentFolder(const std::string& content_dir, Date today, const std::string& templates_dir = "");

/// `complaints-site embed`: the site generated as `check` does (nothing written, `base_url` overriding site.json's
/// when set) and its embed/snippets.txt, the code for other websites that embed/ shows. `snippets` is empty when the
/// site could not be generated (`check.report` says why).
struct EmbedResult {
  CheckResult check;
  std::string snippets;
  bool full_address = false;  ///< the code names the site's full address (a base URL with https://), not only a path
};
EmbedResult EmbedSnippets(const std::string& content_dir, const std::string& base_url, Date today,
                          const std::string& templates_dir = "");

/// The generator's inputs that come from the binary or the command line: the built-in templates (compiled in) or
/// `templates_dir`'s, the built-in widget or `widget_dir`'s. Nothing, with `error` set, when a folder given cannot
/// be read. `widget_note` is set to a warning line when the site will have no widget.
bool ResolveBuiltins(const std::string& templates_dir, const std::string& widget_dir, GenerateOptions* options,
                     std::string* error, std::optional<Diagnostic>* widget_note);

}  // namespace cs
