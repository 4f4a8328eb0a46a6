// Search for the built site: the /search/ page (a form, the results area and, for readers without
// JavaScript, a list of every page) and the small script that queries Pagefind's index through its JS API.
// Pagefind itself runs over the written files, at the edge (site/io/pagefind.h).
#pragma once

#include <string>
#include <vector>

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

}  // namespace cs
