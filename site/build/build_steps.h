// The steps of Generate that live in their own files, each with explicit inputs and outputs: the Markdown pages,
// the assets, the widget's files, the link check and the site-wide files.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "content.h"
#include "diagnostic.h"
#include "file_map.h"
#include "page.h"
#include "pages.h"
#include "site_config.h"

namespace cs {

/// The Content-Security-Policy of every page and of `_headers`.
extern const char* const kContentSecurityPolicy;

/// policy.md (an empty policy when there is none: the checks' policy.missing stops publication, and `serve` shows
/// the rest) and pages/*.md in their order, rendered with cmark-gfm; the links in them go to `links` for the link
/// check, and each page of pages/ to `hub_links` (href, title) for the hub.
std::vector<GeneratedPage> MarkdownPages(const SiteContext& ctx, const Content& content, std::vector<PageLinks>* links,
                                         std::vector<std::pair<std::string, std::string>>* hub_links);

/// A logo larger than this is a warning (site.logo.large): every page loads it.
constexpr size_t kLogoLargeBytes = 100 * 1024;

/// The stylesheet and the logo, with content-hashed names, and favicon.ico (the layout links to it).
struct SiteAssets {
  std::vector<GeneratedFile> files;
  std::string css_path;   ///< "assets/site.<hash>.css"
  std::string logo_path;  ///< "assets/logo.<hash>.svg", or "" without a logo
};

/// The stylesheet is content/templates/assets/site.css when the landlord has one, else the built-in
/// `templates`' assets/site.css, after BrandCss; the logo is Content::logo. Nothing when a piece is missing
/// (reported).
std::optional<SiteAssets> BuildAssets(const SiteContext& ctx, const Content& content, const FileMap& templates,
                                      const std::string& templates_name, std::vector<Diagnostic>* diagnostics);

/// `:root` custom properties for the brand colour; warns when white text on it is below 4.5:1.
std::string BrandCss(const SiteConfig& config, const std::string& site_file, std::vector<Diagnostic>* diagnostics);

/// The widget's files under the output folder: content-hashed copies for the site's own pages
/// ("assets/widget.<hash>.js", ".wasm", ".css"; the JS knows the hashed names of the other two) and stable
/// copies for other sites to embed ("widget/widget.js", "widget/widget.wasm", "widget/widget.css", and the one-file
/// "widget/widget-standalone.js" of StandaloneWidget), and hashed copies of the calculator alone
/// ("assets/widget-deadlines.<hash>.js", ".wasm") when the widget has widget-deadlines.js and .wasm.
struct WidgetAssetSet {
  std::vector<GeneratedFile> files;
  std::string script_path;  ///< e.g. "assets/widget.1a2b3c4d.js": the layout's <script src=... defer>
  std::string wasm_path;    ///< e.g. "assets/widget.9f8e7d6c.wasm" (the script finds it without data-wasm too)
  std::string css_path;     ///< e.g. "assets/widget.5e6f7a8b.css" (a <link rel=stylesheet> in <head>)
  /// The calculator alone, for the site's /deadlines/ page ("assets/widget-deadlines.<hash>.js" and ".wasm"): empty
  /// when the widget has no widget-deadlines.js and .wasm (that page then loads script_path and wasm_path).
  std::string deadlines_script_path;
  std::string deadlines_wasm_path;
};

/// From `widget` (widget.js, widget.wasm and widget.css as the cs_wasm target builds them). Nothing when one of them
/// is missing or widget.js does not name the other two as wasm/widget-ui.js does (a warning build.widget.invalid,
/// naming `widget_name`; the pages work without the widget).
std::optional<WidgetAssetSet> WidgetAssets(const FileMap& widget, const std::string& widget_name,
                                           std::vector<Diagnostic>* diagnostics);

/// widget/widget-standalone.js: `js` (widget.js) with the wasm (base64) and the stylesheet written into its
/// `WASM_BASE64` and `CSS_TEXT` (wasm/widget-ui.js), so another site needs this one file: no CORS header, no .wasm
/// type. Nothing when `js` does not have both exactly once.
std::optional<std::string> StandaloneWidget(const std::string& js, const std::string& wasm, const std::string& css);

/// Checks every collected link against the output: a missing page is an error, a missing #anchor a
/// warning; ids repeated within a page are warnings.
void CheckSiteLinks(const std::map<std::string, std::string>& output, const std::vector<PageLinks>& links,
                    std::vector<Diagnostic>* diagnostics);

/// sitemap.xml (when there is a base URL: else a warning naming `site_file`), robots.txt and the server
/// configuration (ServerConfigFiles: `_headers`, `.htaccess`, `web.config`, `nginx.conf.example`), for the HTML pages
/// of `output` except those in `unlisted` (pages not for residents). `base_url` is absolute or a path
/// ("/complaints/": no sitemap) and ends with "/", or is empty; `base_path` is the URL path the site is published
/// under ("/" or "/complaints/").
FileMap SiteFiles(const FileMap& output, const std::string& base_url, const std::string& base_path,
                  const std::string& site_file, std::vector<Diagnostic>* diagnostics,
                  const std::set<std::string>& unlisted = {});

}  // namespace cs
