// Tests for `complaints-site build` (site/io/build_site.cc around site/build/generate.cc and its steps): golden pages of the example site, determinism,
// hostile content, a failed build leaving --out untouched, and the diagnostics of broken content.
//
// Golden files: tests/golden/ holds the example site's pages as built. After an intended change run
//   UPDATE_GOLDEN=1 ./build/<dir>/tests/unit_tests -tc="build: the example site matches the golden files"
// and review the diff before committing.
#include "build_site.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "build_steps.h"
#include "exit_status.h"
#include "html.h"
#include "test_util.h"
#include "walkthrough.h"

namespace fs = std::filesystem;

namespace {

using cs_test::TempDir;

cs::BuildOptions Options(const std::string& content, const std::string& out) {
  cs::BuildOptions o;
  o.content_dir = content;
  o.out_dir = out;
  o.templates_dir = std::string(SOURCE_DIRECTORY) + "/templates";
  o.widget_dir = "/nonexistent-widget-dir";  // the pages must not depend on whether the wasm was built
  o.today = "2026-11-24";
  return o;
}

std::map<std::string, std::string> ReadTree(const fs::path& root) {
  std::map<std::string, std::string> files;
  if (!fs::exists(root)) return files;
  for (const auto& e : fs::recursive_directory_iterator(root))
    if (e.is_regular_file()) files[fs::relative(e.path(), root).string()] = *cs_test::ReadFile(e.path().string());
  return files;
}

int Build(const cs::BuildOptions& o, std::string* err_text = nullptr) {
  std::ostringstream err;
  int status = cs::BuildSite(o, err);
  if (err_text) *err_text = err.str();
  return status;
}

void CopyContent(const fs::path& to) {
  fs::copy(std::string(SOURCE_DIRECTORY) + "/content", to, fs::copy_options::recursive);
}

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

void Replace(const fs::path& path, const std::string& from, const std::string& to) {
  std::string text = *cs_test::ReadFile(path.string());
  size_t at = text.find(from);
  REQUIRE_MESSAGE(at != std::string::npos, from);
  text.replace(at, from.size(), to);
  Write(path, text);
}

}  // namespace

TEST_CASE("build: the example site matches the golden files") {
  TempDir tmp;
  std::string err;
  REQUIRE_MESSAGE(Build(Options(std::string(SOURCE_DIRECTORY) + "/content", (tmp.path / "public").string()), &err) ==
                      cs::kExitSuccess, err);
  auto built = ReadTree(tmp.path / "public");
  // The generator's own pages, the widget's pages without JavaScript (the calculator page, the walkthrough's first
  // page and one screen of each type: they count from --today; the month of Christmas) and the annual reports.
  std::vector<std::string> golden = {"index.html", "policy/index.html", "ombudsman/index.html",
                                     "self-assessment/index.html", "accessibility/index.html", "404.html",
                                     "search/index.html", "robots.txt", "sitemap.xml", "_headers",
                                     "deadlines/index.html", "deadlines/2026-12/index.html", "make-a-complaint/index.html",
                                     "embed/index.html", "embed/snippets.txt", "cms/README.txt", "cms/policy.html",
                                     "cms/self-assessment.html", "cms/annual-report-2025-26.html"};
  std::set<std::string> screen_types;
  for (const auto& node : cs::Walkthrough::Default().Nodes())
    if (screen_types.insert(node.type).second) golden.push_back("make-a-complaint/" + node.id + "/index.html");
  CHECK(screen_types.size() >= 6);  // choice, text, date, info, check, outcome
  for (const auto& [path, bytes] : built) {
    if (path.rfind("annual-report/", 0) == 0) golden.push_back(path);
    if (path.rfind("self-assessment/", 0) == 0) golden.push_back(path);
    if (path.find('/') != std::string::npos && fs::exists(std::string(SOURCE_DIRECTORY) + "/content/pages/" +
                                                          path.substr(0, path.find('/')) + ".md"))
      golden.push_back(path);
    if (path.rfind("assets/site.", 0) == 0) golden.push_back(path);
  }
  std::string golden_dir = std::string(SOURCE_DIRECTORY) + "/tests/golden/example";
  bool update = std::getenv("UPDATE_GOLDEN") && std::string(std::getenv("UPDATE_GOLDEN")) == "1";
  if (update) fs::remove_all(golden_dir);
  for (const auto& path : golden) {
    INFO(path);
    REQUIRE(built.count(path));
    std::string file = golden_dir + "/" + path;
    if (update) {
      Write(file, built[path]);
      continue;
    }
    auto expected = cs_test::ReadFile(file);
    REQUIRE_MESSAGE(expected, "no golden file " << file << " — run with UPDATE_GOLDEN=1 and review the diff");
    CHECK_MESSAGE(*expected == built[path], "differs from " << file << " — if intended, run with UPDATE_GOLDEN=1");
  }
}

TEST_CASE("build: every page of the example site is there, valid in shape, with one h1 and unique ids") {
  TempDir tmp;
  std::string err;
  REQUIRE(Build(Options(std::string(SOURCE_DIRECTORY) + "/content", (tmp.path / "public").string()), &err) == 0);
  auto built = ReadTree(tmp.path / "public");
  for (const char* page : {"index.html", "policy/index.html", "ombudsman/index.html", "self-assessment/index.html",
                           "deadlines/index.html", "make-a-complaint/index.html", "accessibility/index.html",
                           "404.html", "sitemap.xml", "robots.txt", "_headers"})
    CHECK_MESSAGE(built.count(page), page);
  for (const auto& entry : built) {  // not a structured binding: clang 14 cannot capture one in INFO's lambda
    const std::string& path = entry.first;
    const std::string& html = entry.second;
    if (path.size() < 5 || path.substr(path.size() - 5) != ".html") continue;
    if (path.rfind("cms/", 0) == 0) continue;  // fragments for a CMS, not pages (tests/build/cms_fragments_test.cc)
    INFO(path);
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
    size_t h1 = 0;
    for (size_t p = 0; (p = html.find("<h1", p)) != std::string::npos; ++p) ++h1;
    CHECK(h1 == 1);
    CHECK(html.find("<main id=\"main-content\"") != std::string::npos);
    CHECK(html.find("Content-Security-Policy") != std::string::npos);
    CHECK(html.find(" style=") == std::string::npos);
    CHECK(html.find("<style") == std::string::npos);
    CHECK(html.find("<script>") == std::string::npos);  // no inline scripts
    CHECK(html.find("id=\"contact-heading\"") != std::string::npos);  // contact block on every page
    std::set<std::string> ids;
    std::regex id_re(" id=\"([^\"]*)\"");
    for (std::sregex_iterator it(html.begin(), html.end(), id_re), end; it != end; ++it)
      CHECK_MESSAGE(ids.insert((*it)[1]).second, "duplicate id " << (*it)[1]);
  }
  // Timescales come from the engine's data, with the provision cited.
  const std::string& hub = built["index.html"];
  CHECK(hub.find("within 5 working days of receiving it") != std::string::npos);
  CHECK(hub.find("provision 6.2") != std::string::npos);
  const std::string& sa = built["self-assessment/index.html"];
  CHECK(sa.find("of 72 provisions met.") != std::string::npos);
  CHECK(sa.find("id=\"provision-6-3\"") != std::string::npos);
  CHECK(sa.find("<caption>Section 1: ") != std::string::npos);
  CHECK(sa.find("Open Government Licence") != std::string::npos);
}

// Every page goes through the template engine (issue 13, item 2): a landlord's content/templates/<name>.mustache
// replaces the built-in markup of the widget's pages, the annual report and the search page as it does the others'.
TEST_CASE("build: a landlord's override of a template reaches the widget pages, the annual report, search, embed and cms") {
  TempDir tmp;
  fs::path content = tmp.path / "content";
  CopyContent(content);
  auto builtin = [](const std::string& name) {
    auto text = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/templates/" + name + ".mustache");
    REQUIRE_MESSAGE(text, name);
    return *text;
  };
  // Each override keeps the built-in markup and adds its own, with the template's data and words.
  Write(content / "templates/annual-report-key-figures.mustache",
        "<p class=\"ov-key-figures\">{{t.annual_report.heading_key_figures}}: {{table.caption}}</p>\n" +
            builtin("annual-report-key-figures"));
  Write(content / "templates/walkthrough-screen.mustache", builtin("walkthrough-screen") + "\n<p class=\"ov-screen\">{{provision}}</p>");
  Write(content / "templates/inline-date.mustache", "<time class=\"ov-date\" datetime=\"{{iso}}\">{{text}}</time>\n");
  Write(content / "templates/page-search.mustache",
        "<p class=\"ov-search\">{{t.search.all_pages}}:{{#pages}} {{title}};{{/pages}}</p>\n" + builtin("page-search"));
  Write(content / "templates/cms-fragment.mustache", "<p>{{title}}: <a href=\"{{url}}\">{{url}}</a></p>\n" + builtin("cms-fragment"));
  Write(content / "templates/embed-mount.mustache", "<p>{{kind}}</p>\n" + builtin("embed-mount"));
  std::string err;
  auto o = Options(content.string(), (tmp.path / "public").string());
  REQUIRE_MESSAGE(Build(o, &err) == cs::kExitSuccess, err);
  CHECK(err.find("template.override.unknown") == std::string::npos);
  auto built = ReadTree(tmp.path / "public");
  // The annual report's key figures, inside their section, before the built-in table.
  const std::string& report = built["annual-report/2025-26/index.html"];
  CHECK(report.find("<h2 id=\"key-figures\">Key figures</h2>\n<p class=\"ov-key-figures\">Key figures: Tenant Satisfaction "
                    "Measures CH01 and CH02, 2025-26</p>\n<table class=\"figures\">") != std::string::npos);
  // A part of every walkthrough screen: on its own page and on the walkthrough's first page.
  CHECK(built["make-a-complaint/start/index.html"].find("<p class=\"ov-screen\">Complaint Handling Code provision 1.2</p>") !=
        std::string::npos);
  CHECK(built["make-a-complaint/index.html"].find("<p class=\"ov-screen\">Complaint Handling Code provision 1.2</p>\n<p class=\"cs-privacy\">") !=
        std::string::npos);
  // A date inside a sentence (the worked example) and in the bank holiday table; the file's last line break is dropped.
  const std::string& deadlines = built["deadlines/index.html"];
  CHECK(deadlines.find("A complaint received on <time class=\"ov-date\" datetime=\"2026-12-18\">Friday 18 December 2026</time>:") !=
        std::string::npos);
  CHECK(deadlines.find("<td><time class=\"ov-date\" datetime=\"2026-12-25\">") != std::string::npos);
  CHECK(deadlines.find("<time datetime=") == std::string::npos);
  // A CMS fragment, and the code for other websites (on /embed/ and in embed/snippets.txt).
  CHECK(built["cms/policy.html"].rfind("<p>Complaints policy: <a href=\"https://complaints.example-homes.org.uk/policy/\">", 0) == 0);
  CHECK(built["embed/snippets.txt"].find("<p>walkthrough</p>\n<div data-complaints-widget=\"walkthrough\"") != std::string::npos);
  CHECK(built["embed/index.html"].find("&lt;p&gt;deadlines&lt;/p&gt;\n&lt;div data-complaints-widget=&quot;deadlines&quot;") !=
        std::string::npos);
  // The search page, with its list of pages.
  CHECK(built["search/index.html"].find("<p class=\"ov-search\">All pages on this site: Complaints; Accessibility statement;") !=
        std::string::npos);
  // Without the overrides, none of it.
  fs::remove_all(content / "templates");
  REQUIRE(Build(o, &err) == cs::kExitSuccess);
  built = ReadTree(tmp.path / "public");
  for (const char* page : {"annual-report/2025-26/index.html", "make-a-complaint/start/index.html", "deadlines/index.html", "search/index.html"})
    CHECK_MESSAGE(built[page].find("class=\"ov-") == std::string::npos, std::string(page));
}

TEST_CASE("build: two builds of the same content are byte-identical") {
  TempDir tmp;
  auto content = std::string(SOURCE_DIRECTORY) + "/content";
  // --search off: Pagefind's own index is not byte-identical across runs (tests/cli/search.test.sh covers it).
  auto options = [&](const char* out) {
    auto o = Options(content, (tmp.path / out).string());
    o.search = "off";
    return o;
  };
  REQUIRE(Build(options("a")) == 0);
  REQUIRE(Build(options("b")) == 0);
  auto a = ReadTree(tmp.path / "a"), b = ReadTree(tmp.path / "b");
  CHECK(a.size() == b.size());
  CHECK(a == b);
}

TEST_CASE("build: a site of many pages, rendered on several threads, is the same every time and page by page") {
  // More pages than site/render/parallel.h shares out (64), each with every cmark-gfm extension: the extensions'
  // inline characters are global in cmark-gfm (site/render/markdown.cc), so a page parsed while another finished
  // would lose its strikethrough or autolinks.
  TempDir tmp;
  fs::path content = tmp.path / "content";
  CopyContent(content);
  const int kPages = 160;
  for (int i = 0; i < kPages; ++i) {
    std::string n = std::to_string(i);
    Write(content / "pages" / ("many-" + n + ".md"),
          "---\ntitle: Page " + n + "\n---\n\nSome ~~struck " + n + "~~ words and www.riverside-homes.org.uk/p" + n +
              ".\n\n| a | b |\n|---|---|\n| " + n + " | x |\n\n- [x] done " + n + "\n");
  }
  auto options = [&](const char* out) {
    auto o = Options(content.string(), (tmp.path / out).string());
    o.search = "off";
    return o;
  };
  std::string err;
  REQUIRE_MESSAGE(Build(options("a"), &err) == 0, err);
  REQUIRE(Build(options("b")) == 0);
  auto a = ReadTree(tmp.path / "a"), b = ReadTree(tmp.path / "b");
  CHECK(a == b);
  for (int i = 0; i < kPages; ++i) {
    std::string n = std::to_string(i);
    const std::string& page = a["many-" + n + "/index.html"];
    CAPTURE(n);
    CHECK(page.find("<del>struck " + n + "</del>") != std::string::npos);
    CHECK(page.find("href=\"http://www.riverside-homes.org.uk/p" + n + "\"") != std::string::npos);
    CHECK(page.find("<table") != std::string::npos);
    CHECK(page.find("<h1") != std::string::npos);
  }
}

TEST_CASE("build: hostile content never reaches the output as markup") {
  TempDir tmp;
  std::string err;
  REQUIRE_MESSAGE(Build(Options(std::string(SOURCE_DIRECTORY) + "/tests/fixtures/hostile", (tmp.path / "out").string()),
                        &err) == cs::kExitSuccess,
                  err);
  auto built = ReadTree(tmp.path / "out");
  REQUIRE(built.size() > 10);
  // Real tags, with their quoted attribute values blanked: no attribute name may start with "on".
  std::regex tag_re("<[a-zA-Z][^>]*>"), quoted("=\"[^\"]*\""), handler("\\son[a-z]+\\s*=", std::regex::icase);
  std::regex url_attr("\\s(href|src|action)=\"([^\"]*)\"");
  for (const auto& entry : built) {  // not a structured binding: clang 14 cannot capture one in INFO's lambda
    const std::string& path = entry.first;
    const std::string& html = entry.second;
    if (path.size() < 5 || path.substr(path.size() - 5) != ".html") continue;
    INFO(path);
    // The search page's own script (a hashed file under assets/) is the one <script> the generator writes.
    std::string page = std::regex_replace(html, std::regex("<script src=\"/assets/search\\.[0-9a-f]{8}\\.js\" defer></script>"), "");
    for (const char* tag : {"<script", "<iframe", "<img src=x", "<svg", "<b onmouseover", "<div onmouseover"})
      CHECK_MESSAGE(page.find(tag) == std::string::npos, tag);
    for (std::sregex_iterator it(html.begin(), html.end(), tag_re), end; it != end; ++it) {
      std::string tag = std::regex_replace(it->str(), quoted, "=\"\"");
      CHECK_MESSAGE(!std::regex_search(tag, handler), it->str().substr(0, 200));
    }
    for (std::sregex_iterator it(html.begin(), html.end(), url_attr), end; it != end; ++it)
      CHECK_MESSAGE(cs::IsSafeUrl((*it)[2].str()), (*it)[2].str());
  }
  // Template syntax in content is shown as written, never expanded.
  CHECK(built["policy/index.html"].find("{{{body}}} {{&gt; layout}}") != std::string::npos);
  CHECK(built["policy/index.html"].find("<table class=\"timescales\">") != std::string::npos);
  CHECK(err.find("[md.link.unsafe_url]") != std::string::npos);
  CHECK(err.find("[md.raw_html.removed]") != std::string::npos);
}

TEST_CASE("build: a failed build leaves the previous site untouched") {
  TempDir tmp;
  CopyContent(tmp.path / "content");
  auto out = (tmp.path / "public").string();
  REQUIRE(Build(Options((tmp.path / "content").string(), out)) == 0);
  auto before = ReadTree(out);
  REQUIRE(before.count("index.html"));

  SUBCASE("content error") {
    Write(tmp.path / "content/site.json", "{ \"landlord_name\": ");
    std::string err;
    CHECK(Build(Options((tmp.path / "content").string(), out), &err) == cs::kExitContentError);
    CHECK(err.find("was not changed") != std::string::npos);
  }
  SUBCASE("link to a missing page") {
    Write(tmp.path / "content/pages/broken.md", "---\ntitle: Broken\n---\n\nSee [the form](/no-such-page/).\n");
    std::string err;
    CHECK(Build(Options((tmp.path / "content").string(), out), &err) == cs::kExitContentError);
    CHECK(err.find("/content/pages/broken.md:5:5: error: link to \"/no-such-page/\"") != std::string::npos);
    CHECK(err.find("[link.page.missing]") != std::string::npos);
  }
  CHECK(ReadTree(out) == before);
  for (const auto& e : fs::directory_iterator(tmp.path))  // no temporary folders left beside --out
    CHECK_MESSAGE(e.path().filename().string().rfind(".public-", 0) != 0, e.path());
}

TEST_CASE("build: a successful rebuild leaves no file it did not make") {
  TempDir tmp;
  CopyContent(tmp.path / "content");
  auto out = (tmp.path / "public").string();
  REQUIRE(Build(Options((tmp.path / "content").string(), out)) == 0);
  Write(tmp.path / "public/stale.html", "old");
  REQUIRE(Build(Options((tmp.path / "content").string(), out)) == 0);
  CHECK_FALSE(fs::exists(tmp.path / "public/stale.html"));
  CHECK(fs::exists(tmp.path / "public/index.html"));
}

TEST_CASE("build: refuses to replace a folder it did not make") {
  TempDir tmp;
  Write(tmp.path / "mine/notes.txt", "precious");
  std::string err;
  CHECK(Build(Options(std::string(SOURCE_DIRECTORY) + "/content", (tmp.path / "mine").string()), &err) == cs::kExitUsage);
  CHECK(err.find("refusing to replace") != std::string::npos);
  CHECK(*cs_test::ReadFile((tmp.path / "mine/notes.txt").string()) == "precious");
}

TEST_CASE("build: broken content reports stable codes with positions") {
  TempDir tmp;
  CopyContent(tmp.path / "content");
  auto content = tmp.path / "content";
  auto out = (tmp.path / "public").string();
  std::string err;

  SUBCASE("missing policy.md: the check's finding, which stops publication (Code 3.4)") {
    fs::remove(content / "policy.md");
    CHECK(Build(Options(content.string(), out), &err) == cs::kExitContentError);
    CHECK(err.find("policy.md: error: there is no complaints policy (Code 3.4)") != std::string::npos);
    CHECK(err.find("[policy.missing]") != std::string::npos);
    CHECK_FALSE(fs::exists(out));
  }
  SUBCASE("duplicate heading ids: a warning, an error with --strict") {
    Write(content / "pages/dupes.md", "---\ntitle: Dupes\n---\n\n## Stage 1\n\ntext\n\n## Stage 1\n");
    CHECK(Build(Options(content.string(), out), &err) == cs::kExitSuccess);
    CHECK(err.find("pages/dupes.md:9:1: warning: heading \"Stage 1\"") != std::string::npos);
    CHECK(err.find("[md.heading.duplicate_id]") != std::string::npos);
    auto strict = Options(content.string(), out);
    strict.strict = true;
    CHECK(Build(strict, &err) == cs::kExitContentError);
  }
  SUBCASE("a logo outside the content folder") {
    Replace(content / "site.json", "\"brand_colour\"", "\"logo\": \"../../../../etc/passwd\",\n  \"brand_colour\"");
    CHECK(Build(Options(content.string(), out), &err) == cs::kExitContentError);
    CHECK(err.find("[site.logo.") != std::string::npos);  // site.json check or the build's own
    CHECK_FALSE(fs::exists(out));
  }
  SUBCASE("a large logo: a warning naming the file and its size; the site is still built") {
    Replace(content / "site.json", "\"brand_colour\"", "\"logo\": \"images/logo.png\",\n  \"brand_colour\"");
    Write(content / "images/logo.png", std::string(cs::kLogoLargeBytes, 'x'));  // at the limit: no warning
    CHECK(Build(Options(content.string(), out), &err) == cs::kExitSuccess);
    CHECK(err.find("[site.logo.large]") == std::string::npos);
    Write(content / "images/logo.png", std::string(2 * 1024 * 1024 + 1, 'x'));
    CHECK(Build(Options(content.string(), out), &err) == cs::kExitSuccess);
    // At the "logo" value in site.json (the line of "brand_colour" before, which moved down one).
    const std::string site = *cs_test::ReadFile((content / "site.json").string());
    const size_t at = site.find("\"images/logo.png\"");
    const int line = 1 + static_cast<int>(std::count(site.begin(), site.begin() + static_cast<long>(at), '\n'));
    const int column = 1 + static_cast<int>(at - (site.rfind('\n', at) + 1));
    CHECK_MESSAGE(err.find("/content/site.json:" + std::to_string(line) + ":" + std::to_string(column) +
                           ": warning: the logo \"images/logo.png\" is 2049 KB and every page loads it") != std::string::npos,
                  err);
    CHECK(err.find("make it smaller than 100 KB") != std::string::npos);
    CHECK(err.find("[site.logo.large]") != std::string::npos);
  }
  SUBCASE("a page name that is not a web address") {
    Write(content / "pages/Bad Name.md", "hello\n");
    CHECK(Build(Options(content.string(), out), &err) == cs::kExitContentError);
    CHECK(err.find("[page.slug.invalid]") != std::string::npos);
  }
  SUBCASE("unsafe link in site.json fails clearly") {
    Replace(content / "site.json", "\"https://www.example-homes.org.uk/contact/complaint-form/\"", "\"javascript:alert(1)\"");
    CHECK(Build(Options(content.string(), out), &err) == cs::kExitContentError);
    CHECK(err.find("javascript:") != std::string::npos);
    CHECK_FALSE(fs::exists(out));
  }
  SUBCASE("front matter: core/front_matter's codes, with file:line:col") {
    struct Case {
      const char* page;
      int status;
      const char* place;
      const char* code;
    };
    for (const Case& c : {Case{"---\ntitle: About\norder: first\n---\n\nText\n", cs::kExitContentError,
                               "pages/about.md:3:1: error: \"order\" must be a whole number", "[fm.order.invalid]"},
                          Case{"---\ntitle: About\n\nText\n", cs::kExitContentError, "pages/about.md:1:1: error:",
                               "[fm.unterminated]"},
                          Case{"---\ntitle: About\ndescripton: x\n---\n\nText\n", cs::kExitSuccess,
                               "pages/about.md:3:1: warning: unknown front matter key \"descripton\" is ignored; did you "
                               "mean \"description\"?",
                               "[fm.unknown_key]"}}) {
      Write(content / "pages/about.md", c.page);
      CHECK_MESSAGE(Build(Options(content.string(), out), &err) == c.status, c.page);
      CHECK_MESSAGE(err.find(c.place) != std::string::npos, err);
      CHECK_MESSAGE(err.find(c.code) != std::string::npos, err);
      if (c.status != cs::kExitSuccess) CHECK_FALSE(fs::exists(out));
    }
  }
  SUBCASE("content folder missing is a usage error") {
    CHECK(Build(Options((tmp.path / "nope").string(), out), &err) == cs::kExitUsage);
    CHECK(err.find("[content.missing]") != std::string::npos);
  }
}

TEST_CASE("build: brand colour contrast is checked") {
  std::vector<cs::Diagnostic> diags;
  cs::SiteConfig config;
  config.brand_colour = "#1d5b79";
  CHECK(cs::BrandCss(config, "content/site.json", &diags).find("--on-brand: #ffffff") != std::string::npos);
  CHECK(diags.empty());
  config.brand_colour = "#ffdd00";
  std::string css = cs::BrandCss(config, "content/site.json", &diags);
  REQUIRE(diags.size() == 1);
  CHECK(diags[0].code == "site.brand_colour.contrast");
  CHECK(diags[0].severity == cs::Severity::Warning);
  CHECK(css.find("--on-brand: #1b1b1f") != std::string::npos);
  CHECK(css.find("--link:") == std::string::npos);
}

