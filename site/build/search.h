// Search for the built site: the /search/ page (a form, the results area and, for readers without
// JavaScript, a list of every page) and the small script that queries Pagefind's index through its JS API.
// Pagefind itself runs over the written files, at the edge (site/io/pagefind.h).
#pragma once

#include <string>
#include <vector>

#include "page.h"

namespace cs {

class Translations;

/// A page listed on the search page (the no-JavaScript fallback).
struct SearchListing {
  std::string title;
  std::string url;  ///< site-absolute, e.g. "/policy/"
};

/// The words on the search page. Built-in English; FromTranslations takes each from the "search" block
/// of templates/i18n/<lang>.json when it has that key.
struct SearchWords {
  std::string title = "Search this site";
  std::string description = "Search the complaints policy, the Ombudsman page, self-assessments and reports.";
  std::string label = "Search for";
  std::string hint = "For example: stage 2, Ombudsman, 6.3";
  std::string button = "Search";
  std::string all_pages = "All pages on this site";
  std::string unavailable = "Search is not available here. Use the list of all pages below.";
  std::string no_results = "No pages match \"{query}\".";
  std::string results = "{count} pages match \"{query}\".";
  std::string one_result = "1 page matches \"{query}\".";

  static SearchWords FromTranslations(const Translations& t);
};

/// The script's output name under --out (the generator may hash it; pass the final URL to SearchPage).
inline constexpr const char* kSearchScriptPath = "assets/search.js";

/// search/index.html: `pages` sorted as given, `script_url` where SearchScript() was written (already
/// including the base path), `base_path` the site's base path ("/" or "/complaints/"), used to find
/// `<base_path>pagefind/pagefind.js`. Values are HTML-escaped here.
GeneratedPage SearchPage(const std::vector<SearchListing>& pages, const std::string& script_url,
                         const std::string& base_path, const SearchWords& words = {});

/// The search script (plain ES2017, no inline code, no eval; results built with DOM methods).
GeneratedFile SearchScript();

}  // namespace cs
