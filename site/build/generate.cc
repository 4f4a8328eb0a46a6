// Generate: the site as a list of named steps, from one content model to the files (docs/generator.md).
#include "generate.h"

#include <algorithm>
#include <set>

#include "annual_report_pages.h"
#include "build_steps.h"
#include "checks.h"
#include "cms_html.h"
#include "html.h"
#include "pages.h"
#include "parallel.h"
#include "search.h"
#include "date_format.h"
#include "deadline_months.h"
#include "governing_body_pack.h"
#include "self_assessment_changes.h"
#include "widget_pages.h"

namespace cs {

namespace {

// The generator's working state: the inputs, and what each step hands to the next.
class Generator {
 public:
  Generator(const Content& content, const GenerateOptions& options) : content_(content), options_(options) {}

  Site Run() {
    Step("checks");
    site_.findings = RunChecks(content_, options_.today);
    // Content with errors makes no pages: LoadContent's diagnostics say what to fix first.
    bool ok = content_.errors == 0 && content_.site;
    ok = ok && Step("templates") && LoadTemplates();
    ok = ok && Step("render pages") && RenderPages();
    ok = ok && Step("self-assessment") && SelfAssessments();
    ok = ok && Step("widget pages") && WidgetStep();
    ok = ok && Step("embed page") && EmbedStep();
    ok = ok && Step("annual reports") && AnnualReports();
    ok = ok && Step("governing body pack") && GoverningBodyPacks();
    ok = ok && Step("404") && NotFound();
    ok = ok && Step("search page") && SearchPageStep();
    ok = ok && Step("assets") && Assets();
    ok = ok && Step("layout") && Layout();
    ok = ok && Step("cms fragments") && CmsFragments();
    ok = ok && Step("check links") && CheckLinks();
    ok = ok && Step("sitemap") && Sitemap();
    if (options_.on_step) options_.on_step("");
    site_.generated = ok;
    if (ok) site_.files = std::move(output_);
    return std::move(site_);
  }

 private:
  bool Step(std::string_view name) {
    if (options_.on_step) options_.on_step(name);
    return true;
  }
  bool Ok() const { return !HasErrors(site_.diagnostics); }
  void Add(Severity severity, const std::string& code, const std::string& file, const std::string& message,
           const std::string& fix) {
    site_.diagnostics.push_back({severity, code, file, 0, 0, message, fix, ""});
  }

  // The templates (built-in, with the landlord's overrides) and the context every page builder shares.
  bool LoadTemplates() {
    templates_ = Templates::Load(options_.templates, options_.templates_name, content_.templates,
                                 content_.Path("templates"), config_.language, &site_.diagnostics);
    if (!templates_) return false;
    const CodeTimescales* timescales = Timescales::Default().Find(config_.code);
    if (!timescales) {
      Add(Severity::Error, "site.code.unknown", content_.site_file,
          "there are no timescales for Code \"" + config_.code + "\"", "set \"code\" to \"2024\"");
      return false;
    }
    base_url_ = options_.base_url.empty() ? config_.base_url : options_.base_url;
    if (!base_url_.empty() && base_url_.back() != '/') base_url_ += '/';
    std::string base_path = "/";
    size_t scheme = base_url_.find("://");
    size_t slash = scheme == std::string::npos ? std::string::npos : base_url_.find('/', scheme + 3);
    if (slash != std::string::npos) base_path = base_url_.substr(slash);
    config_.base_url = base_url_;
    // A base URL that is only a path ("/", "/complaints/") places the pages but names no host: canonical links are
    // site-relative and there is no sitemap (SiteFiles).
    if (!base_url_.empty() && base_url_[0] == '/') base_path = base_url_;
    ctx_.config = &config_;
    ctx_.templates = &*templates_;
    ctx_.has_search = options_.search;
    ctx_.timescales = timescales;
    ctx_.base_path = base_path;
    site_.base_path = base_path;
    ctx_.diagnostics = &site_.diagnostics;
    ctx_.site_file = content_.site_file;
    Notice();
    return Ok();
  }

  // The exceptional circumstances notice in force on the build date (Code 8.5): a banner on every page and a
  // sentence beside residents' dates.
  void Notice() {
    const cs::Notice* notice = NoticeInForce(content_.notices, options_.today);
    if (!notice) return;
    const Templates& t = *templates_;
    const std::string& language = t.Words().language();
    const std::string until = FormatDate(notice->until, language);
    // On every page: its relative links are read from the site's root, and checked like a page's.
    MarkdownResult body = RenderFieldMarkdown(ctx_, notice->body, notice->file, notice->body_line, 3, true);
    links_.push_back({"index.html", notice->file, body.site_links});
    ctx_.notice = {{"heading", notice->title.empty() ? t.T("notice.heading", {{"landlord", config_.landlord_name}}) : notice->title},
                   {"period", t.T("notice.period", {{"from", FormatDate(notice->from, language)}, {"until", until}})},
                   {"html", body.html}};
    ctx_.notice_dates = t.T("notice.dates", {{"landlord", config_.landlord_name}, {"until", until}});
    notice_until_ = until;
  }

  bool RenderPages() {
    // site.json's service_requests is on the hub and the walkthrough's pages: its links are checked once, from the
    // root (the hub reports its other findings).
    if (!config_.service_requests.empty()) {
      std::vector<Diagnostic> reported_by_the_hub;
      SiteContext quiet = ctx_;
      quiet.diagnostics = &reported_by_the_hub;
      links_.push_back({"index.html", content_.site_file, ServiceRequestsMarkdown(quiet).site_links});
    }
    std::vector<std::pair<std::string, std::string>> hub_links;
    for (auto& page : MarkdownPages(ctx_, content_, &links_, &hub_links)) pages_.push_back(std::move(page));
    ctx_.extra_links = std::make_shared<const std::vector<std::pair<std::string, std::string>>>(std::move(hub_links));
    pages_.push_back(OmbudsmanPage(ctx_));
    pages_.push_back(AccessibilityPage(ctx_));
    return Ok();
  }

  bool SelfAssessments() {
    std::vector<SelfAssessment> assessments;
    std::map<std::string, std::string> files;
    for (const auto& sa : content_.self_assessments) {
      assessments.push_back(*sa.assessment);  // every one parsed: content with errors makes no pages
      files[sa.year] = sa.file;
    }
    for (auto& page : SelfAssessmentPages(ctx_, assessments, files, &files_, &links_)) pages_.push_back(std::move(page));
    return Ok();
  }

  // The widget's pages (deadline calculator, complaint walkthrough) and, when the widget was built, its files.
  bool WidgetStep() {
    auto widget_pages = WidgetPages(ctx_, options_.today);
    for (auto& page : DeadlineMonthPages(ctx_, options_.today)) widget_pages.push_back(std::move(page));
    for (auto& page : widget_pages) page.has_h1 = page.has_h1 && page.body_html.rfind("<h1", 0) == 0;
    pages_.insert(pages_.end(), widget_pages.begin(), widget_pages.end());
    if (!options_.widget.empty())
      if (auto set = WidgetAssets(options_.widget, options_.widget_name, &site_.diagnostics)) {
        files_.insert(files_.end(), set->files.begin(), set->files.end());
        page_assets_["js"] = set->script_path;
        page_assets_["wasm"] = set->wasm_path;  // named in the page so the browser fetches it with the script
        if (!set->css_path.empty()) page_assets_["css"] = set->css_path;
        if (!set->deadlines_script_path.empty()) {  // the calculator alone, for /deadlines/
          page_assets_["deadlines_js"] = set->deadlines_script_path;
          page_assets_["deadlines_wasm"] = set->deadlines_wasm_path;
        }
      }
    return Ok();
  }

  // /embed/ and embed/snippets.txt: the code for other websites (site/pages/widget_pages.h EmbedPage).
  bool EmbedStep() {
    EmbedOutput embed = EmbedPage(ctx_, base_url_);
    pages_.push_back(std::move(embed.page));
    files_.push_back(std::move(embed.snippets));
    return Ok();
  }

  // cms/<page>.html for every page a resident finds (not the walkthrough's steps, the months of dates, 404, search
  // or embed/), with cms/README.txt: the content for a CMS (docs/publishing.md). Links must be absolute, so
  // there are none without a base URL.
  bool CmsFragments() {
    if (!IsFullAddress(base_url_)) return true;  // none, or only a path: no absolute links to make
    // While a notice is in force (Code 8.5) every fragment starts with it, as every page of the site does.
    const std::string notice = ctx_.notice.is_null() ? "" : templates_->Render("notice-banner", ctx_.notice, &site_.diagnostics);
    std::vector<const GeneratedPage*> chosen;
    for (const auto& page : pages_)
      if (page.searchable && !page.noindex && page.path != "404.html" && page.path != "search/index.html")
        chosen.push_back(&page);
    // Each fragment on its own (in parallel on a big site), with its own diagnostics, taken in page order.
    struct Fragment {
      std::string name, url, html;
      std::vector<Diagnostic> diagnostics;
    };
    std::vector<Fragment> fragments(chosen.size());
    ForEachIndex(chosen.size(), [&](size_t i) {
      const GeneratedPage& page = *chosen[i];
      Fragment& f = fragments[i];
      std::string folder = page.path.substr(0, page.path.size() - std::string("index.html").size());
      f.url = base_url_ + folder;
      f.name = folder.empty() ? "home" : folder.substr(0, folder.size() - 1);
      std::replace(f.name.begin(), f.name.end(), '/', '-');
      std::string body = page.body_html;
      if (page.has_h1 && body.rfind("<h1", 0) == 0) {
        size_t end = body.find("</h1>");
        if (end != std::string::npos) body.erase(0, end + 5);
      }
      size_t first = body.find_first_not_of("\n");
      body.erase(0, first == std::string::npos ? body.size() : first);
      nlohmann::json data = {{"title", page.title}, {"url", f.url}, {"body", CmsHtml(notice + body, f.url)}};
      f.html = templates_->Render("cms-fragment", data, &f.diagnostics);
    });
    nlohmann::json list = nlohmann::json::array();
    for (size_t i = 0; i < chosen.size(); ++i) {
      Fragment& f = fragments[i];
      site_.diagnostics.insert(site_.diagnostics.end(), f.diagnostics.begin(), f.diagnostics.end());
      output_["cms/" + f.name + ".html"] = std::move(f.html);
      list.push_back({{"file", f.name + ".html"}, {"title", chosen[i]->title}, {"url", f.url}});
    }
    const Templates& t = *templates_;
    nlohmann::json readme = {
        {"pages", list},
        {"intro", t.T("cms.readme_intro", {{"landlord", config_.landlord_name}, {"base_url", base_url_}})},
        {"tools", t.T("cms.readme_tools", {{"embed", base_url_ + "embed/"}})}};
    if (!ctx_.notice.is_null()) readme["notice"] = t.T("cms.readme_notice", {{"until", notice_until_}});
    output_["cms/README.txt"] = t.Render("cms-readme", readme, &site_.diagnostics);
    return Ok();
  }

  // Annual complaints performance reports, then the hub (which links to them when they exist).
  bool AnnualReports() {
    auto report_pages = AnnualReportPages(content_, ctx_, &files_, &report_inputs_);
    for (auto& page : report_pages) page.has_h1 = page.has_h1 && page.body_html.rfind("<h1", 0) == 0;
    pages_.insert(pages_.end(), report_pages.begin(), report_pages.end());
    for (const auto& page : report_pages)
      if (page.path == "annual-report/index.html") ctx_.has_annual_reports = true;
    pages_.push_back(HubPage(ctx_));
    return Ok();
  }

  // /self-assessment/<year>/pack/ for every year: the governing body's papers (not linked, noindex, not searched).
  bool GoverningBodyPacks() {
    std::vector<SelfAssessment> all;
    for (const auto& sa : content_.self_assessments) all.push_back(*sa.assessment);
    for (const auto& sa : content_.self_assessments) {
      const AnnualReportInput* report = nullptr;
      for (const auto& in : report_inputs_)
        if (in.report.year == sa.year) report = &in;
      pages_.push_back(GoverningBodyPackPage(ctx_, *sa.assessment, sa.file, PreviousSelfAssessment(all, *sa.assessment), report));
    }
    return Ok();
  }

  bool NotFound() {
    pages_.push_back(NotFoundPage(ctx_));
    return true;
  }

  // Search (docs/search.md): the search page lists every page but 404, itself and the pages that are not searchable
  // (walkthrough steps, month pages: GeneratedPage::searchable) (the no-JavaScript fallback) and loads the hashed search script. The index is made by Pagefind from the written files.
  bool SearchPageStep() {
    if (!options_.search) return true;
    std::vector<SearchListing> listings;
    for (const auto& page : pages_) {
      if (page.path == "404.html" || !page.searchable) continue;
      std::string url = page.path;
      if (url.size() >= 10 && url.compare(url.size() - 10, 10, "index.html") == 0) url.resize(url.size() - 10);
      listings.push_back({page.title, ctx_.base_path + url});
    }
    std::sort(listings.begin(), listings.end(), [](const SearchListing& a, const SearchListing& b) { return a.url < b.url; });
    GeneratedFile script = SearchScript();
    script.path = "assets/search." + ContentHash(script.content) + ".js";
    files_.push_back(script);
    pages_.push_back(SearchPage(ctx_, listings, ctx_.base_path + script.path));
    return Ok();
  }

  bool Assets() {
    auto assets = BuildAssets(ctx_, content_, options_.templates, options_.templates_name, &site_.diagnostics);
    if (!assets) return false;
    files_.insert(files_.end(), assets->files.begin(), assets->files.end());
    css_path_ = assets->css_path;
    if (!assets->logo_path.empty()) page_assets_["logo"] = assets->logo_path;
    return Ok();
  }

  // Every page in the layout (in parallel on a big site: each page with its own diagnostics, taken in page order).
  bool Layout() {
    std::set<std::string> seen;
    std::vector<const GeneratedPage*> unique;
    for (const auto& page : pages_) {
      if (!seen.insert(page.path).second) {
        Add(Severity::Error, "build.page.duplicate", page.path, "two pages would be written to " + page.path,
            "rename the file under pages/ that uses a reserved address");
        continue;
      }
      unique.push_back(&page);
    }
    std::vector<std::string> html(unique.size());
    std::vector<std::vector<Diagnostic>> diagnostics(unique.size());
    ForEachIndex(unique.size(), [&](size_t i) {
      SiteContext page_ctx = ctx_;
      page_ctx.diagnostics = &diagnostics[i];
      html[i] = WrapInLayout(page_ctx, *unique[i], base_url_, css_path_, page_assets_, options_.serve_mode,
                             kContentSecurityPolicy);
    });
    for (size_t i = 0; i < unique.size(); ++i) {
      site_.diagnostics.insert(site_.diagnostics.end(), diagnostics[i].begin(), diagnostics[i].end());
      output_[unique[i]->path] = std::move(html[i]);
    }
    for (const auto& f : files_) output_[f.path] = f.content;
    return Ok();
  }

  bool CheckLinks() {
    CheckSiteLinks(output_, links_, &site_.diagnostics);
    return Ok();
  }

  bool Sitemap() {
    std::set<std::string> unlisted;
    for (const auto& page : pages_)
      if (page.noindex) unlisted.insert(page.path);
    for (auto& [path, bytes] : SiteFiles(output_, base_url_, ctx_.base_path, content_.site_file, &site_.diagnostics, unlisted))
      output_[path] = std::move(bytes);
    return Ok();
  }

  const Content& content_;
  const GenerateOptions& options_;
  Site site_;
  SiteConfig config_ = content_.site ? *content_.site : SiteConfig();  // with the base URL the options give
  std::optional<Templates> templates_;
  SiteContext ctx_;
  std::string notice_until_;  // the end of the notice in force, as the pages write it ("" when none is)
  std::string base_url_;  // absolute or a path ("/complaints/"), ends with "/", or ""
  std::vector<GeneratedPage> pages_;
  std::vector<GeneratedFile> files_;  // non-HTML outputs (CSV, JSON, assets)
  std::vector<PageLinks> links_;
  std::vector<AnnualReportInput> report_inputs_;  // each year's report figures, for the governing body pack
  FileMap output_;
  std::string css_path_;
  std::map<std::string, std::string> page_assets_;  // "js"/"wasm"/"css" (the widget's), "logo" -> path under the output
};

// A loader's warning and a check's finding that say the same thing: the finding is kept (one per problem).
bool Restates(const Diagnostic& problem, const Diagnostic& finding) {
  static const std::set<std::pair<std::string, std::string>> kSame = {
      {"site.member_responsible.missing", "site.mrc.missing"},
      {"site.senior_lead.missing", "site.senior_lead.missing"},
      {"ar.response.missing", "report.response.missing"},
  };
  return problem.severity == Severity::Warning && problem.file == finding.file &&
         kSame.count({problem.code, finding.code}) > 0;
}

ContentReport Report(const Diagnostics& load, const Site& site) {
  ContentReport report;
  for (const auto& d : load)
    if (std::none_of(site.findings.begin(), site.findings.end(), [&](const Diagnostic& f) { return Restates(d, f); }))
      report.problems.push_back(d);
  report.problems.insert(report.problems.end(), site.diagnostics.begin(), site.diagnostics.end());
  report.findings = site.findings;
  return report;
}

}  // namespace

Site Generate(const Content& content, const GenerateOptions& options) { return Generator(content, options).Run(); }

Diagnostics ContentReport::All() const {
  Diagnostics all = problems;
  all.insert(all.end(), findings.begin(), findings.end());
  return all;
}

ContentReport ReportForCheck(const Diagnostics& load, const Site& site) { return Report(load, site); }

ContentReport ReportForBuild(const Diagnostics& load, const Site& site) {
  ContentReport report = Report(load, site);
  Diagnostics findings, blocking;
  for (Diagnostic d : report.findings) {
    if (BlocksPublication(d)) {
      blocking.push_back(std::move(d));
      continue;
    }
    d.severity = Severity::Warning;
    findings.push_back(std::move(d));
  }
  findings.insert(findings.end(), blocking.begin(), blocking.end());
  report.findings = std::move(findings);
  return report;
}

}  // namespace cs
