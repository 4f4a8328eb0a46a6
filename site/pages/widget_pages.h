// The pages that host the resident widget (/deadlines/ and /make-a-complaint/), with everything they need to work
// without JavaScript, and the widget's files (widget.js, widget.wasm, widget.css) for the site.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "page.h"
#include "pages.h"

namespace cs {

/// The widget pages for `site`:
///  - deadlines/index.html: the calculator (mount div) and, for everyone, the rules in words, a worked example
///    computed by the engine and England's bank holidays of `today`'s year and the next, then the landlord's
///    closures in those years as information (the Code's deadlines still count them);
///  - make-a-complaint/index.html: the walkthrough (mount div holding the first question as links);
///  - make-a-complaint/<node>/index.html: every walkthrough screen pre-rendered, choices as links, outcomes
///    with letter templates that have blanks.
/// `today` is the build's date (never read from the clock here). Links between these pages are relative.
/// The site is `ctx.config`; the markup comes from `ctx.templates` (page-deadlines, page-walkthrough,
/// page-walkthrough-screen and their partials walkthrough-screen, widget-closures, inline-date, inline-link), every
/// word from its words (key "widget" of templates/i18n/<lang>.json) and dates are written in its language; when
/// that is not English the mount elements carry the widget's words in `data-i18n`. Template errors go to
/// `ctx.diagnostics`.
std::vector<GeneratedPage> WidgetPages(const SiteContext& ctx, Date today);

/// The widget's files under the output folder: content-hashed copies for the site's own pages
/// ("assets/widget.<hash>.js", ".wasm", ".css"; the JS knows the hashed names of the other two) and stable
/// copies for other sites to embed ("widget/widget.js", "widget/widget.wasm", "widget/widget.css").
struct WidgetAssetSet {
  std::vector<GeneratedFile> files;
  std::string script_path;  ///< e.g. "assets/widget.1a2b3c4d.js": the layout's <script src=... defer>
  std::string wasm_path;    ///< e.g. "assets/widget.9f8e7d6c.wasm" (the script finds it without data-wasm too)
  std::string css_path;     ///< e.g. "assets/widget.5e6f7a8b.css" (a <link rel=stylesheet> in <head>)
};

/// Reads widget.js, widget.wasm and widget.css from `widget_dir` (the build's wasm/ folder). Returns nothing
/// and sets `error` ("<file>: cannot read ... — build the cs_wasm target") when one is missing.
std::optional<WidgetAssetSet> WidgetAssets(const std::string& widget_dir, std::string* error);

}  // namespace cs
