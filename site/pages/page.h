// A page the generator writes: its URL path and the HTML that goes inside the layout's <main>.
#pragma once

#include <string>
#include <vector>

namespace cs {

/// URL of the script the layout includes in `serve` mode: <script src="/__live-reload.js" defer></script>.
inline constexpr const char* kLiveReloadScriptPath = "/__live-reload.js";

struct GeneratedPage {
  std::string path;         ///< output path under --out, e.g. "make-a-complaint/index.html"
  std::string title;        ///< <title> and <h1> unless body_html has its own h1 (has_h1)
  std::string description;  ///< meta description
  std::string body_html;    ///< trusted HTML produced by the generator (values already escaped)
  bool has_h1 = true;       ///< body_html starts with its own <h1>
  bool uses_widget = false; ///< load widget.js on this page
  bool uses_calculator_only = false; ///< with uses_widget: only the calculator (widget-deadlines.js when built)
  bool uses_widget_css = false; ///< link widget.css without widget.js (the walkthrough's no-JS screens)
  /// in the search index and the search page's list; false for pages reached only from another page (a walkthrough
  /// step, a month of dates), which would crowd the results
  bool searchable = true;
  /// not for residents (the governing body pack, embed/): <meta name="robots" content="noindex">, left out of
  /// sitemap.xml and the CMS fragments
  bool noindex = false;
  std::vector<std::string> breadcrumbs;  ///< optional
};

/// A non-HTML file the generator writes (CSV, JSON, .ics, .txt ...).
struct GeneratedFile {
  std::string path;
  std::string content;
};

}  // namespace cs
