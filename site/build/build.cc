// `complaints-site build`: the build as a list of named steps, from content/ to a swapped-in output folder.
#include "build.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <ostream>
#include <set>

#include "build_steps.h"
#include "output_folder.h"
#include "check_content.h"
#include "checks.h"
#include "code_catalogue.h"
#include "exit_status.h"
#include "html.h"
#include "pages.h"

#if __has_include("widget_pages.h")
#include "widget_pages.h"
#define CS_HAVE_WIDGET_PAGES 1
#endif
#include "annual_report_pages.h"
#include "search.h"

namespace cs {

namespace fs = std::filesystem;

namespace {

const char* kCsp =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'";

struct Build {
  const BuildOptions& options;
  std::ostream& err;
  std::vector<Diagnostic> diagnostics;
  LoadedContent content;
  std::optional<Templates> templates;
  SiteContext ctx;
  std::string base_url;  // absolute, ends with "/", or ""
  std::vector<GeneratedPage> pages;
  std::vector<GeneratedFile> files;  // non-HTML outputs (CSV, JSON, XML, assets)
  std::vector<PageLinks> links;
  std::map<std::string, std::string> output;  // path under --out -> bytes (sorted: deterministic)
  std::string css_path;
  std::map<std::string, std::string> widget_assets;  // "js"/"wasm"/"css" -> path under --out
  int exit_status = kExitSuccess;
  Date today;
  bool check_errors = false;  // a finding of `check` had severity error (fails the build with --strict)
  std::vector<Diagnostic> unpublishable;  // findings that stop publication (BlocksPublication), reported last

  Build(const BuildOptions& o, std::ostream& e) : options(o), err(e) {}

  void Add(Severity severity, const std::string& code, const std::string& file, const std::string& message,
           const std::string& fix) {
    diagnostics.push_back({severity, code, file, 0, 0, message, fix, ""});
  }

  std::string WidgetDir() const {
    if (!options.widget_dir.empty()) return options.widget_dir;
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? std::string("wasm") : (exe.parent_path() / "wasm").string();
  }

  bool ResolveToday() {
    std::string text = options.today;
    if (text.empty()) {
      long long seconds = 0;
      const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
      if (epoch && *epoch) seconds = std::atoll(epoch);
      else seconds = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
      today = Date::FromSerial(static_cast<int>(seconds / 86400));
      return true;
    }
    std::string why;
    auto d = ParseIsoDate(text, &why);
    if (!d) {
      Add(Severity::Error, "build.today.invalid", "--today", "\"" + text + "\": " + why, "write the date as YYYY-MM-DD");
      exit_status = kExitUsage;
      return false;
    }
    today = *d;
    return true;
  }

  // --- steps ------------------------------------------------------------------------------------------
  bool Load() {
    if (!ResolveToday()) return false;
    std::string templates_dir = options.templates_dir.empty() ? std::string(CS_SOURCE_DIR) + "/templates" : options.templates_dir;
    if (!LoadContent(options.content_dir, &content, &diagnostics)) {
      exit_status = content.unreadable ? kExitUsage : kExitContentError;
      return false;
    }
    base_url = options.base_url.empty() ? content.config.base_url : options.base_url;
    if (!base_url.empty() && base_url.back() != '/') base_url += '/';
    std::string base_path = "/";
    if (!base_url.empty()) {
      size_t scheme = base_url.find("://");
      size_t slash = scheme == std::string::npos ? std::string::npos : base_url.find('/', scheme + 3);
      if (slash != std::string::npos) base_path = base_url.substr(slash);
    }
    std::error_code ec;
    if (!fs::is_directory(templates_dir, ec)) {
      Add(Severity::Error, "build.templates.missing", templates_dir, "the built-in templates folder is missing",
          "pass --templates with the path of the templates/ folder");
      exit_status = kExitUsage;
      return false;
    }
    templates = Templates::Load(templates_dir, options.content_dir + "/templates", content.config.language, &diagnostics);
    if (!templates) return false;
    const CodeTimescales* timescales = Timescales::Default().Find(content.config.code);
    if (!timescales) {
      Add(Severity::Error, "site.code.unknown", content.site_file, "there are no timescales for Code \"" + content.config.code + "\"",
          "set \"code\" to \"2024\"");
      return false;
    }
    content.config.base_url = base_url;
    ctx.config = &content.config;
    ctx.templates = &*templates;
    ctx.has_search = options.search != "off";
    ctx.timescales = timescales;
    ctx.base_path = base_path;
    ctx.diagnostics = &diagnostics;
    ctx.site_file = content.site_file;
    return !HasErrors(diagnostics);
  }

  bool RenderPages() {
    std::string timescales_html = TimescalesTableHtml(ctx);
    auto render = [&](const ContentMarkdown& md, bool policy) {
      MarkdownOptions o;
      o.file = md.file;
      o.first_line = md.body_line;
      o.allow_raw_html = content.config.allow_raw_html;
      o.base_path = ctx.base_path;
      o.extract_title = true;
      o.task_done_label = templates->T("markdown.task_done");
      o.task_todo_label = templates->T("markdown.task_todo");
      o.reserved_ids = {"main-content", "contact", "contact-heading", "toc-heading"};
      o.timescales_html = [&] { return timescales_html; };
      MarkdownPage page{md.slug, md.file, md.title, md.description, md.order, RenderMarkdown(md.body, o, &diagnostics)};
      if (page.title.empty()) page.title = page.rendered.title;
      if (page.title.empty()) page.title = policy ? templates->T("policy.title") : md.slug;
      if (page.description.empty() && policy) page.description = templates->T("policy.description");
      std::string path = md.slug + "/index.html";
      pages.push_back(MarkdownContentPage(ctx, page, path, policy));
      links.push_back({path, md.file, page.rendered.site_links});
    };
    render(content.policy, true);
    for (const auto& md : content.pages) render(md, false);
    for (size_t i = 1; i < pages.size(); ++i) ctx.extra_links.emplace_back(ctx.base_path + content.pages[i - 1].slug + "/", pages[i].title);
    pages.push_back(OmbudsmanPage(ctx));
    pages.push_back(AccessibilityPage(ctx));
    return !HasErrors(diagnostics);
  }

  bool SelfAssessments() {
    auto sa_pages = SelfAssessmentPages(ctx, content.self_assessments, content.self_assessment_files, &files, &links);
    pages.insert(pages.end(), sa_pages.begin(), sa_pages.end());
    return !HasErrors(diagnostics);
  }

  // The widget's pages (deadline calculator, complaint walkthrough) come from site/pages/widget_pages.h when it
  // exists; until then /deadlines/ and /make-a-complaint/ are plain guides with the timescales table.
  bool WidgetStep() {
#ifdef CS_HAVE_WIDGET_PAGES
    auto widget_pages = WidgetPages(ctx, today);
    for (auto& page : widget_pages) page.has_h1 = page.has_h1 && page.body_html.rfind("<h1", 0) == 0;
    pages.insert(pages.end(), widget_pages.begin(), widget_pages.end());
    std::string error;
    if (auto set = WidgetAssets(WidgetDir(), &error)) {
      files.insert(files.end(), set->files.begin(), set->files.end());
      widget_assets["js"] = set->script_path;
      if (!set->css_path.empty()) widget_assets["css"] = set->css_path;
    } else {
      Add(Severity::Warning, "build.widget.missing", WidgetDir(), error + "; the pages work without it",
          "build the widget (cmake target cs_wasm) or pass --widget-dir");
    }
#else
    pages.push_back(GuidePage(ctx, false));
    pages.push_back(GuidePage(ctx, true));
#endif
    return !HasErrors(diagnostics);
  }

  // Annual complaints performance reports from site/pages/annual_report_pages.h when it exists.
  bool AnnualReports() {
    auto report_pages = AnnualReportPages(options.content_dir, ctx, &files);
    for (auto& page : report_pages) page.has_h1 = page.has_h1 && page.body_html.rfind("<h1", 0) == 0;
    pages.insert(pages.end(), report_pages.begin(), report_pages.end());
    for (const auto& page : report_pages)
      if (page.path == "annual-report/index.html") ctx.has_annual_reports = true;
    pages.push_back(HubPage(ctx));  // after the reports, so it links to them when they exist
    return !HasErrors(diagnostics);
  }

  // The same checks as `complaints-site check`, in the same format (docs/import-and-check.md). Findings that
  // stop publication (placeholders that `init` wrote, a site outside England: BlocksPublication) stay errors and
  // are reported by the "publish" step, so a preview (`serve`) still builds the site and shows them; every other
  // finding is reported as a warning, and with --strict a finding the check calls an error fails the build.
  bool Checks() {
    std::vector<Diagnostic> findings = CheckContentFindings(options.content_dir, today);
    // One finding per problem: the check's replaces the annual report pages' warning about the same thing.
    static const std::map<std::string, std::string> kReplaces = {
        {"report.self_assessment.missing", "ar.self_assessment.missing"}};
    for (const auto& f : findings) {
      auto replaced = kReplaces.find(f.code);
      if (replaced == kReplaces.end()) continue;
      diagnostics.erase(std::remove_if(diagnostics.begin(), diagnostics.end(),
                                       [&](const Diagnostic& d) { return d.code == replaced->second && d.file == f.file; }),
                        diagnostics.end());
    }
    for (Diagnostic d : findings) {
      if (BlocksPublication(d)) {
        unpublishable.push_back(d);
        continue;
      }
      if (d.severity == Severity::Error) check_errors = true;
      d.severity = Severity::Warning;
      diagnostics.push_back(d);
    }
    return true;
  }

  // Placeholders and a site outside England are never published; a preview shows the site with them.
  bool Publishable() {
    diagnostics.insert(diagnostics.end(), unpublishable.begin(), unpublishable.end());
    return unpublishable.empty() || options.preview;
  }

  bool NotFound() {
    pages.push_back(NotFoundPage(ctx));
    return true;
  }

  // Search (docs/search.md): the search page lists every page but 404 and itself (the no-JavaScript
  // fallback) and loads the hashed search script.
  bool SearchPageStep() {
    if (options.search == "off") return true;
    std::vector<SearchListing> listings;
    for (const auto& page : pages) {
      if (page.path == "404.html") continue;
      std::string url = page.path;
      if (url.size() >= 10 && url.compare(url.size() - 10, 10, "index.html") == 0) url.resize(url.size() - 10);
      listings.push_back({page.title, ctx.base_path + url});
    }
    std::sort(listings.begin(), listings.end(), [](const SearchListing& a, const SearchListing& b) { return a.url < b.url; });
    GeneratedFile script = SearchScript();
    script.path = "assets/search." + ContentHash(script.content) + ".js";
    files.push_back(script);
    pages.push_back(SearchPage(ctx, listings, ctx.base_path + script.path));
    return !HasErrors(diagnostics);
  }

  // After the link check, before the swap: Pagefind indexes the pages in a scratch folder and its index
  // joins `output`, so the swap publishes pages and index together.
  bool SearchIndex() {
    if (options.search == "off") return true;
    SearchMode mode = options.search == "on" ? SearchMode::On : SearchMode::Auto;
    SearchIndexResult result = IndexForSearch(&output, mode, FindPagefind());
    if (result.problem) diagnostics.push_back(*result.problem);
    if (!result.note.empty()) err << result.note << "\n";
    return !HasErrors(diagnostics);
  }

  bool Assets() {
    if (!BuildAssets(ctx, options, content, &files, &css_path, &widget_assets, &diagnostics)) return false;
    return !HasErrors(diagnostics);
  }

  bool Layout() {
    std::set<std::string> seen;
    for (const auto& page : pages) {
      if (!seen.insert(page.path).second) {
        Add(Severity::Error, "build.page.duplicate", page.path, "two pages would be written to " + page.path,
            "rename the file under pages/ that uses a reserved address");
        continue;
      }
      output[page.path] = WrapInLayout(ctx, page, base_url, css_path, widget_assets, options.serve_mode, kCsp);
    }
    for (const auto& f : files) output[f.path] = f.content;
    return !HasErrors(diagnostics);
  }

  bool CheckLinks() {
    CheckSiteLinks(output, links, &diagnostics);
    return !HasErrors(diagnostics);
  }

  bool Sitemap() {
    std::vector<std::string> html_paths;
    for (const auto& [path, bytes] : output)
      if (path.size() > 11 && path.compare(path.size() - 11, 11, "/index.html") == 0) html_paths.push_back(path);
      else if (path == "index.html") html_paths.push_back(path);
    std::string robots = "User-agent: *\nAllow: /\n";
    if (base_url.empty()) {
      Add(Severity::Warning, "site.base_url.missing", content.site_file,
          "no \"base_url\", so sitemap.xml and canonical links are left out",
          "set \"base_url\" in site.json (or pass --base-url) to the address the site is published at");
    } else {
      std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
      for (const auto& path : html_paths)
        xml += "  <url><loc>" + EscapeHtml(base_url + path.substr(0, path.size() - 10)) + "</loc></url>\n";
      xml += "</urlset>\n";
      output["sitemap.xml"] = xml;
      robots += "Sitemap: " + base_url + "sitemap.xml\n";
    }
    output["robots.txt"] = robots;
    output["_headers"] = std::string("/*\n  Content-Security-Policy: ") + kCsp +
                         "; frame-ancestors 'self'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n"
                         "/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n"
                         // Other sites embed the widget from /widget/ (docs/widget.md): allow cross-origin fetches.
                         "/widget/*\n  Access-Control-Allow-Origin: *\n";
    return true;
  }

  bool Swap() {
    std::string error;
    int status = WriteOutputAtomically(options.out_dir, output, &error);
    if (status != kExitSuccess) {
      Add(Severity::Error, "build.output", options.out_dir, error, "check the --out folder and its permissions");
      exit_status = status;
      return false;
    }
    return true;
  }
};

}  // namespace

int BuildSite(const BuildOptions& options, std::ostream& err, BuildReport* report) {
  auto start = std::chrono::steady_clock::now();
  Build b(options, err);
  struct Step {
    const char* name;
    std::function<bool()> run;
  };
  const std::vector<Step> steps = {
      {"load", [&] { return b.Load(); }},
      {"render pages", [&] { return b.RenderPages(); }},
      {"self-assessment", [&] { return b.SelfAssessments(); }},
      {"widget pages", [&] { return b.WidgetStep(); }},
      {"annual reports", [&] { return b.AnnualReports(); }},
      {"checks", [&] { return b.Checks(); }},
      {"404", [&] { return b.NotFound(); }},
      {"search page", [&] { return b.SearchPageStep(); }},
      {"assets", [&] { return b.Assets(); }},
      {"layout", [&] { return b.Layout(); }},
      {"check links", [&] { return b.CheckLinks(); }},
      {"sitemap", [&] { return b.Sitemap(); }},
      {"search index", [&] { return b.SearchIndex(); }},
      {"publish", [&] { return b.Publishable(); }},
      {"strict", [&] {
         if (!options.strict) return true;
         if (b.check_errors) {
           b.Add(Severity::Error, "build.strict", options.content_dir,
                 "--strict: `complaints-site check` found errors (reported above as warnings)",
                 "fix the content the check names, or build without --strict");
           return false;
         }
         for (const auto& d : b.diagnostics)
           if (d.severity == Severity::Warning) {
             b.Add(Severity::Error, "build.strict", options.content_dir, "--strict: warnings count as errors",
                   "fix the warnings above, or build without --strict");
             return false;
           }
         return true;
       }},
      {"swap", [&] { return b.Swap(); }},
  };
  bool ok = true;
  std::vector<std::pair<std::string, long long>> timings;
  for (const auto& step : steps) {
    auto t0 = std::chrono::steady_clock::now();
    ok = step.run();
    timings.emplace_back(step.name, std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0).count());
    if (!ok) break;
  }
  if (!ok && b.exit_status == kExitSuccess) b.exit_status = kExitContentError;

  BuildReport r;
  for (const auto& d : b.diagnostics) {
    err << FormatDiagnostic(d) << "\n";
    (d.severity == Severity::Error ? r.errors : r.warnings)++;
  }
  if (options.verbose)
    for (const auto& [name, us] : timings) err << "  step " << name << ": " << us / 1000 << "." << (us % 1000) / 100 << " ms\n";
  if (ok) {
    for (const auto& [path, bytes] : b.output) {
      r.bytes += static_cast<long long>(bytes.size());
      if (path.size() >= 5 && path.compare(path.size() - 5, 5, ".html") == 0) ++r.pages;
    }
  }
  r.milliseconds = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  if (ok && r.errors > 0) {  // a preview of a site that cannot be published yet
    err << "complaints-site build: " << r.pages << " pages (preview only: " << r.errors
        << (r.errors == 1 ? " error stops" : " errors stop") << " publishing), " << r.bytes << " bytes, " << r.warnings
        << (r.warnings == 1 ? " warning, " : " warnings, ") << r.milliseconds << " ms -> " << options.out_dir << "\n";
  } else if (ok) {
    err << "complaints-site build: " << r.pages << " pages, " << r.bytes << " bytes, " << r.warnings
        << (r.warnings == 1 ? " warning, " : " warnings, ") << r.milliseconds << " ms -> " << options.out_dir << "\n";
  } else {
    err << "complaints-site build: failed with " << r.errors << (r.errors == 1 ? " error" : " errors") << " and "
        << r.warnings << (r.warnings == 1 ? " warning" : " warnings") << " (" << r.milliseconds << " ms); "
        << options.out_dir << " was not changed\n";
  }
  if (report) *report = r;
  return ok ? kExitSuccess : b.exit_status;
}

}  // namespace cs
