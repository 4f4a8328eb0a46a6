// The pages that host the resident widget (/deadlines/ and /make-a-complaint/), with everything they need to work
// without JavaScript (the widget's files are site/build/build_steps.h's WidgetAssets).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

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

/// The data attributes of a mount element for `ctx.config` (docs/widget.md), as the widget pages' templates and
/// templates/embed-mount.mustache read them under "mount": the calculator's, or with `walkthrough` the walkthrough's.
nlohmann::json WidgetMountData(const SiteContext& ctx, bool walkthrough);

/// The officer's page for embedding the widget elsewhere, embed/index.html (not linked, noindex, not searchable:
/// templates/page-embed.mustache), and embed/snippets.txt (the same code as text: templates/embed-snippets.mustache;
/// `complaints-site embed` prints it). The code loads `base_url` + "widget/widget-standalone.js" (`base_url`
/// absolute and ending in "/", or "" when the site has none: the page then says to set it).
struct EmbedOutput {
  GeneratedPage page;
  GeneratedFile snippets;
};
EmbedOutput EmbedPage(const SiteContext& ctx, const std::string& base_url);

}  // namespace cs
