// The generator: one content model in, the site's files and diagnostics out. A pure function: it reads no file, no
// clock and no environment; the date, the base URL, the built-in templates and the built widget are arguments. The
// CLI and `serve` read the content (site/io/directory_source.h), call Generate, then write the files and run
// Pagefind over them (site/io/build_site.h). docs/architecture.md has the picture.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "content.h"
#include "date.h"
#include "diagnostic.h"
#include "file_map.h"

namespace cs {

struct GenerateOptions {
  Date today;                  ///< the date the checks and the widget pages count from (bank holidays of this year and next)
  std::string base_url;        ///< the address the site is published at; overrides site.json's "base_url" when set
  bool search = true;          ///< make /search/ and its script (the index is Pagefind's, made from the written files)
  bool serve_mode = false;     ///< every page loads the live-reload script (complaints-site serve only)
  FileMap templates;           ///< the built-in templates: layout.mustache ..., i18n/en.json, assets/site.css
  std::string templates_name = "templates";  ///< how diagnostics name their folder ("templates", or --templates DIR)
  FileMap widget;              ///< widget.js, widget.wasm, widget.css as built; empty: the pages work without them
  std::string widget_name = "the built-in widget";  ///< how diagnostics name where `widget` came from
  /// Called with each step's name as it starts, then with "" at the end, so the caller can time the steps
  /// (`build --verbose`) without the generator reading the clock. May be empty.
  std::function<void(std::string_view step)> on_step;
};

/// What Generate made.
struct Site {
  FileMap files;            ///< path under the output folder ("policy/index.html") → bytes; empty unless `generated`
  Diagnostics diagnostics;  ///< the generator's own problems (templates, Markdown, links, assets ...), in step order
  Diagnostics findings;     ///< the checks' findings (core/checks/checks.h), each at its own severity
  bool generated = false;   ///< every page was made: the content loaded without errors and no step reported one
  std::string base_path = "/";  ///< the URL path the pages are under ("/", "/complaints/"), from the base URL
};

/// The site for `content` (read by LoadContent). The checks always run (their findings are what `check` prints); the
/// pages are made only when the content loaded without errors, and the steps stop at the first that reports one.
Site Generate(const Content& content, const GenerateOptions& options);

/// What one run found, in the order and at the severity `build`, `check` and `serve` print it.
struct ContentReport {
  Diagnostics problems;  ///< LoadContent's (less the warnings a finding restates), then the generator's
  Diagnostics findings;  ///< the checks' findings (see ReportForBuild and ReportForCheck)
  Diagnostics All() const;
};

/// For `check`: every finding at its own severity.
ContentReport ReportForCheck(const Diagnostics& load, const Site& site);

/// For `build` and `serve`: the same diagnostics, with each finding a warning except those that stop publication
/// (BlocksPublication: no policy, placeholders, a site outside England), which stay errors and come last.
ContentReport ReportForBuild(const Diagnostics& load, const Site& site);

}  // namespace cs
