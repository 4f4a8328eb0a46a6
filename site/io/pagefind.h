// Running Pagefind (npm `pagefind`, an external program) over the built site's pages, at the edge: the generator
// makes the search page and its script (site/build/search.h); the index is made from the files it wrote.
#pragma once

#include <optional>
#include <string>

#include "diagnostic.h"
#include "file_map.h"

namespace cs {

/// Where Pagefind is: $PAGEFIND (a path), else node_modules/.bin/pagefind below the current folder (where
/// `npm install pagefind` puts it), else `pagefind` on PATH. "" when it is not installed.
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
SearchIndexResult IndexForSearch(FileMap* output, SearchMode mode,
                                 const std::string& pagefind);

}  // namespace cs
