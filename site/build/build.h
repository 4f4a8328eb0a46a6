// `complaints-site build`: content/ in, a complete static site out (swapped in only when the build succeeds).
#pragma once

#include <iosfwd>
#include <string>

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
  std::string templates_dir;   ///< built-in templates; default: the source tree's templates/
  std::string widget_dir;      ///< built widget.js/widget.wasm; default: next to the executable's build
  std::string today;           ///< YYYY-MM-DD the widget pages count from (bank holidays of this year and next);
                               ///< default: SOURCE_DATE_EPOCH when set, else the clock. Tests fix it.
  std::string search = "auto";  ///< "auto" (index with Pagefind when installed), "on" (Pagefind required), "off"
};

struct BuildReport {
  int pages = 0;
  long long bytes = 0;
  int warnings = 0;
  int errors = 0;              ///< with `preview`, a built site may have errors: what stops `build` publishing it
  long long milliseconds = 0;
};

/// Builds the site. Diagnostics go to `err` one a line, then the summary line. Returns an ExitStatus.
int BuildSite(const BuildOptions& options, std::ostream& err, BuildReport* report = nullptr);

}  // namespace cs
