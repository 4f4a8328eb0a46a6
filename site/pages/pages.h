// The generator's own pages (hub, policy, Ombudsman, self-assessment, guides, accessibility, 404): shared context.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diagnostic.h"
#include "markdown.h"
#include "page.h"
#include "self_assessment.h"
#include "site_config.h"
#include "templates.h"
#include "timescales.h"

namespace cs {

/// Everything a page builder needs; built once per build.
struct SiteContext {
  const SiteConfig* config = nullptr;
  const Templates* templates = nullptr;
  const CodeTimescales* timescales = nullptr;  ///< the Code that applies (site.json "code")
  std::string base_path = "/";                ///< URL path the site is published under, ends with "/"
  std::vector<Diagnostic>* diagnostics = nullptr;
  std::string site_file = "site.json";        ///< as diagnostics name it, e.g. "content/site.json"
  /// (href, title) of pages/*.md for the hub; shared, so the per-page copies of the context (one per page rendered
  /// in parallel) do not copy a big site's list of pages for every page.
  std::shared_ptr<const std::vector<std::pair<std::string, std::string>>> extra_links;
  bool has_annual_reports = false;  ///< annual-report/ exists: the hub and the footer link to it
  bool has_search = false;          ///< search/ exists (every build but `--search off`): the footer links to it
  /// The exceptional circumstances notice in force on the build date (templates/notice-banner.mustache's data:
  /// heading, period, html), or null; every page shows it.
  nlohmann::json notice = nullptr;
  /// The sentence beside residents' dates while a notice is in force ("" when none is): the no-JS pages show it and
  /// the widget reads it from data-notice.
  std::string notice_dates;
};

/// A Markdown page from content/ (policy.md or pages/<slug>.md) after rendering.
struct MarkdownPage {
  std::string slug;          ///< "policy", "repairs"
  std::string file;          ///< "content/pages/repairs.md"
  std::string title;
  std::string description;
  int order = 0;
  MarkdownResult rendered;
};

/// A rendered page plus the links in it that must resolve (for the link check after all pages exist).
struct PageLinks {
  std::string page_path;  ///< "policy/index.html"
  std::string file;       ///< the content file the links come from
  std::vector<MarkdownLink> links;
};

/// Channels for templates: [{label, value, href, details}] with unsafe links dropped.
nlohmann::json ChannelsData(const SiteContext& ctx);
/// The engine's timescales as an HTML table (the `{{timescales}}` marker and the guide pages).
std::string TimescalesTableHtml(const SiteContext& ctx);
/// HTML that goes inside a sentence of the words (a date, a link) as a "{placeholder}" value of Translations::Html:
/// template `name` (e.g. "inline-link") rendered with `data`, without the line break its file may end with.
std::string InlineHtml(const SiteContext& ctx, const std::string& name, const nlohmann::json& data);
/// Markdown for short fields (commentary, statements): headings start at `min_heading_level`. `links_from_root` for
/// text shown on many pages (MarkdownOptions::links_from_root).
MarkdownResult RenderFieldMarkdown(const SiteContext& ctx, const std::string& text, const std::string& file, int line,
                                   int min_heading_level = 3, bool links_from_root = false);

/// site.json's service_requests as HTML (shown on the hub and the walkthrough's pages, so its relative links are read
/// from the site's root), its findings to ctx.diagnostics; its site links located in site.json, for the link check.
MarkdownResult ServiceRequestsMarkdown(const SiteContext& ctx);

GeneratedPage HubPage(const SiteContext& ctx);
GeneratedPage MarkdownContentPage(const SiteContext& ctx, const MarkdownPage& page, const std::string& path,
                                  bool with_toc);
GeneratedPage OmbudsmanPage(const SiteContext& ctx);
GeneratedPage GuidePage(const SiteContext& ctx, bool make_complaint);
GeneratedPage AccessibilityPage(const SiteContext& ctx);
GeneratedPage NotFoundPage(const SiteContext& ctx);

/// The complete HTML document for `page`: the layout around its body, nav, contact block and footer.
std::string WrapInLayout(const SiteContext& ctx, const GeneratedPage& page, const std::string& base_url,
                         const std::string& css_path, const std::map<std::string, std::string>& widget_assets,
                         bool serve_mode, const std::string& csp);

/// One page per self-assessment year plus the latest at /self-assessment/, and <year>.csv / <year>.json.
/// `assessments` sorted by year. Links from evidence and commentary go into `links`.
std::vector<GeneratedPage> SelfAssessmentPages(const SiteContext& ctx, const std::vector<SelfAssessment>& assessments,
                                               const std::map<std::string, std::string>& files_by_year,
                                               std::vector<GeneratedFile>* files, std::vector<PageLinks>* links);

}  // namespace cs
