// Search for the built site: the /search/ page (a form, the results area and, for readers without
// JavaScript, a list of every page), the small script that queries Pagefind's index through its JS API,
// and running Pagefind after the build when it is installed (npm `pagefind`).
#pragma once

#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "diagnostic.h"
#include "page.h"
#include "pages.h"

namespace cs {

/// A page listed on the search page (the no-JavaScript fallback).
struct SearchListing {
  std::string title;
  std::string url;  ///< site-absolute, e.g. "/policy/"
};

/// The script's output name under --out (the generator may hash it; pass the final URL to SearchPage).
inline constexpr const char* kSearchScriptPath = "assets/search.js";

/// search/index.html from template page-search of `ctx.templates` (words from "search" of its words): `pages`
/// sorted as given, `script_url` where SearchScript() was written (already including the base path);
/// `ctx.base_path` ("/" or "/complaints/") is where the script finds `<base_path>pagefind/pagefind.js`.
GeneratedPage SearchPage(const SiteContext& ctx, const std::vector<SearchListing>& pages, const std::string& script_url);

/// The search script (plain ES2017, no inline code, no eval; results built with DOM methods).
GeneratedFile SearchScript();

/// Where Pagefind is: $PAGEFIND (a path), else node_modules/.bin/pagefind below the current folder or
/// the source tree, else `pagefind` on PATH. "" when it is not installed.
std::string FindPagefind();

/// Indexes the built site in `site_dir` with Pagefind (writes `site_dir`/pagefind/). `pagefind` from
/// FindPagefind(). Returns false with `error` set (its output included) when Pagefind fails.
bool RunPagefind(const std::string& pagefind, const std::string& site_dir, std::string* error);

/// One line for the build's output when Pagefind is not installed, saying how to enable search.
std::string HowToEnableSearch();

/// `complaints-site build --search auto|on|off`: auto indexes when Pagefind is installed and says how to
/// enable it otherwise; on makes a missing or failing Pagefind an error; off skips indexing.
enum class SearchMode { Auto, On, Off };

struct SearchIndexResult {
  bool indexed = false;
  int pages = 0;                    ///< HTML pages given to Pagefind
  int files_added = 0;              ///< files of the index added under pagefind/
  std::string note;                 ///< a line for the build's output (how to enable search), or ""
  std::optional<Diagnostic> problem;  ///< Pagefind missing (On) or failed: an error with On, a warning with Auto
};

/// The build step: runs Pagefind over the HTML pages of `output` (path under --out -> bytes) in a scratch
/// folder and adds its index to `output` under "pagefind/" (only what the search script uses: not
/// Pagefind's own UI files). Never touches --out, so a failure cannot damage the published site.
SearchIndexResult IndexForSearch(std::map<std::string, std::string>* output, SearchMode mode,
                                 const std::string& pagefind);

}  // namespace cs
