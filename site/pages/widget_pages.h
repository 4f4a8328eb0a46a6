// The pages that host the resident widget (/deadlines/ and /make-a-complaint/), with everything they need to work
// without JavaScript (the widget's files are site/build/build_steps.h's WidgetAssets).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "i18n.h"
#include "page.h"
#include "site_config.h"

namespace cs {

/// The widget pages for `site`:
///  - deadlines/index.html: the calculator (mount div) and, for everyone, the rules in words, a worked example
///    computed by the engine and England's bank holidays of `today`'s year and the next, then the landlord's
///    closures in those years as information (the Code's deadlines still count them);
///  - make-a-complaint/index.html: the walkthrough (mount div holding the first question as links);
///  - make-a-complaint/<node>/index.html: every walkthrough screen pre-rendered, choices as links, outcomes
///    with letter templates that have blanks.
/// `today` is the build's date (never read from the clock here). Links between these pages are relative.
/// Every word comes from `words` (key "widget" of templates/i18n/<lang>.json) and dates are written in its
/// language; when that is not English the mount elements carry the widget's words in `data-i18n`.
std::vector<GeneratedPage> WidgetPages(const SiteConfig& site, Date today, const Translations& words);

}  // namespace cs
