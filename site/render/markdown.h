// Markdown to HTML for landlords' content (cmark-gfm behind one interface; the only file using it is markdown.cc).
#pragma once

#include <functional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace cs {

struct MarkdownOptions {
  std::string file;              ///< shown in diagnostics, e.g. "content/policy.md"
  int first_line = 1;            ///< line in `file` where the Markdown text starts (after front matter)
  bool allow_raw_html = false;   ///< site.json allow_raw_html: keep raw HTML (GitHub's tag filter still applies)
  std::string base_path = "/";   ///< site-absolute links "/x/" become base_path + "x/"
  /// Text shown on many pages (site.json's service_requests, a notice): a relative link ("x/", "./x/") is read from
  /// the site's root, as "/x/", so it goes to the same page from every page. MarkdownLink::url stays as written.
  bool links_from_root = false;
  bool extract_title = false;    ///< a first-block level-1 heading becomes MarkdownResult::title (not rendered)
  int min_heading_level = 2;     ///< headings are shifted down so none is above this level (the page has the h1)
  std::set<std::string> reserved_ids;  ///< ids used by the layout; headings never take them
  /// Replaces a paragraph consisting only of `{{timescales}}` with this trusted HTML. When unset the
  /// marker is left as text and a warning is reported.
  std::function<std::string()> timescales_html;
  std::string task_done_label = "Done:";  ///< read by screen readers before a ticked task list item
  std::string task_todo_label = "To do:";
};

struct MarkdownHeading {
  int level = 2;      ///< after shifting
  std::string id;     ///< unique in the document
  std::string text;   ///< plain text
  int line = 0;       ///< line in the file
};

/// A link found in the text, for checking against the site's pages after the build.
struct MarkdownLink {
  std::string url;   ///< as written (before base_path is applied)
  int line = 0;
  int column = 0;
};

struct MarkdownResult {
  std::string html;
  std::string title;                       ///< when extract_title found one
  std::vector<MarkdownHeading> headings;   ///< in document order
  std::vector<MarkdownLink> site_links;    ///< links to pages of this site
};

/// Renders GitHub-flavoured Markdown (tables, autolinks, strikethrough, task lists) to HTML. Raw HTML is
/// dropped unless allowed; links with unsafe schemes (javascript:, data:, vbscript:, file:, ...) lose their
/// link and keep their text; images with them are removed. Headings get ids (Slugify of their text,
/// de-duplicated with -2, -3 ... and a warning). Findings are appended to `diagnostics`.
MarkdownResult RenderMarkdown(std::string_view markdown, const MarkdownOptions& options,
                              std::vector<Diagnostic>* diagnostics);

}  // namespace cs
