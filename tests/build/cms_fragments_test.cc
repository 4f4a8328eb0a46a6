// The CMS fragments of the example site (cms/<page>.html, cms/README.txt): each passes a CMS's "paste HTML" filter
// unchanged, keeps every word of its page, links only to absolute addresses, and the self-assessment keeps its 72 rows.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>

#include "built_site.h"

namespace {

// The filter this test stands for: WordPress's default post tags narrowed to what stricter CMS filters (Drupal's
// Basic HTML, Jadu, Umbraco's rich text editor) also keep. Written out here, apart from site/render/cms_html.cc,
// and listed in docs/publishing.md. Other tags are removed with their content (what would be lost).
const std::map<std::string, std::set<std::string>> kCmsTags = {
    {"p", {}},     {"h2", {}},      {"h3", {}},    {"h4", {}},    {"h5", {}},     {"h6", {}},
    {"ul", {}},    {"ol", {}},      {"li", {}},    {"dl", {}},    {"dt", {}},     {"dd", {}},
    {"br", {}},    {"strong", {}},  {"em", {}},    {"blockquote", {}},            {"a", {"href"}},
    {"table", {}}, {"caption", {}}, {"thead", {}}, {"tbody", {}}, {"tfoot", {}},  {"tr", {}},
    {"th", {"scope", "colspan", "rowspan"}},      {"td", {"colspan", "rowspan"}}};

bool AbsoluteHref(const std::string& href) { return std::regex_search(href, std::regex("^(https://|mailto:|tel:)")); }

// What the filter leaves: allowed tags with their allowed attributes (an href only when absolute), the text; any
// other element is removed with everything in it.
std::string Sanitise(const std::string& html) {
  static const std::regex tag_re("<(/?)([a-zA-Z0-9]+)([^>]*)>");
  static const std::regex attribute_re("([a-zA-Z-]+)=\"([^\"]*)\"");
  std::string out;
  int dropped = 0;  // depth inside a removed element
  auto pos = html.cbegin();
  for (std::sregex_iterator it(html.begin(), html.end(), tag_re), end; it != end; ++it) {
    const std::smatch& m = *it;
    if (!dropped) out.append(pos, m[0].first);
    pos = m[0].second;
    std::string name = m[2];
    bool closing = m[1] == "/";
    bool is_void = name == "br";
    auto allowed = kCmsTags.find(name);
    if (allowed == kCmsTags.end() || dropped) {
      if (!is_void) dropped += closing ? -1 : 1;
      continue;
    }
    if (closing) {
      out += "</" + name + ">";
      continue;
    }
    out += "<" + name;
    std::string attributes = m[3];
    for (std::sregex_iterator a(attributes.begin(), attributes.end(), attribute_re), a_end; a != a_end; ++a) {
      std::string attribute = (*a)[1], value = (*a)[2];
      if (!allowed->second.count(attribute)) continue;
      if (attribute == "href" && !AbsoluteHref(value)) continue;
      out += " " + attribute + "=\"" + value + "\"";
    }
    out += ">";
  }
  if (!dropped) out.append(pos, html.cend());
  return out;
}

// The words: tags removed, whitespace collapsed.
std::string Text(const std::string& html) {
  std::string text = std::regex_replace(html, std::regex("<[^>]*>"), "");
  text = std::regex_replace(text, std::regex("\\s+"), " ");
  return text.substr(text.find_first_not_of(' ') == std::string::npos ? text.size() : text.find_first_not_of(' '));
}

// The page's <main> without what a fragment leaves out on purpose: the h1 (the CMS page's title), the contents list
// (nav), charts (svg: each has a table of the same figures), the search form and <template> (the walkthrough's copy of
// the landlord's Markdown for its script, never shown).
std::string PageContent(const std::string& page) {
  size_t from = page.find("<main"), to = page.find("</main>");
  std::string main = page.substr(page.find('>', from) + 1, to - page.find('>', from) - 1);
  for (const char* element : {"h1", "nav", "svg", "form", "script", "template"})
    main = std::regex_replace(main, std::regex(std::string("<") + element + "[ >][\\s\\S]*?</" + element + ">"), "");
  return main;
}

}  // namespace

TEST_CASE("cms fragments: every page a resident finds, passing a CMS filter unchanged, with every word and absolute links") {
  cs_test::BuiltSite site("cs-cms-fragments-test", "en", false);
  namespace fs = std::filesystem;
  std::set<std::string> fragments;
  for (const auto& entry : fs::directory_iterator(site.dir / "public/cms")) fragments.insert(entry.path().filename().string());
  for (const char* name : {"home.html", "policy.html", "ombudsman.html", "self-assessment.html", "self-assessment-2025-26.html",
                           "deadlines.html", "make-a-complaint.html", "annual-report.html", "accessibility.html", "README.txt"}) {
    CAPTURE(name);
    CHECK(fragments.count(name));
  }
  // Not for a CMS: the walkthrough's steps and the months of dates (reached from the pages), 404, search, embed.
  for (const char* name : {"404.html", "search.html", "embed.html", "make-a-complaint-start.html", "deadlines-2026-12.html"}) {
    CAPTURE(name);
    CHECK_FALSE(fragments.count(name));
  }
  std::string readme = site.Read("cms/README.txt");
  for (const auto& name : fragments) {
    if (name == "README.txt") continue;
    CAPTURE(name);
    std::string fragment = site.Read("cms/" + name);
    CHECK(Sanitise(fragment) == fragment);
    CHECK(Text(Sanitise(fragment)) == Text(fragment));
    static const std::regex href_re("href=\"([^\"]*)\"");
    for (std::sregex_iterator it(fragment.begin(), fragment.end(), href_re), end; it != end; ++it) {
      std::string href = (*it)[1];
      CAPTURE(href);
      CHECK(AbsoluteHref(href));
    }
    CHECK(fragment.find("<h1") == std::string::npos);
    // README.txt says which page it is; nothing of that page is lost (but the title, the contents list and charts).
    std::smatch m;
    REQUIRE(std::regex_search(readme, m, std::regex(name + "\n  [^\n]*\n  [^\n]*: https://complaints\\.example-homes\\.org\\.uk/(\\S*)")));
    std::string page_path = std::string(m[1]) + "index.html";
    CAPTURE(page_path);
    CHECK(Text(fragment) == Text(PageContent(site.Read(page_path))));
  }
  CHECK(readme.find("https://complaints.example-homes.org.uk/policy/") != std::string::npos);
  CHECK(readme.find("https://complaints.example-homes.org.uk/embed/") != std::string::npos);

  SUBCASE("the self-assessment keeps all 72 provisions, as on its page") {
    std::string fragment = site.Read("cms/self-assessment.html");
    std::regex row("<th scope=\"row\">([^<]*)");
    std::vector<std::string> fragment_rows, page_rows;
    for (std::sregex_iterator it(fragment.begin(), fragment.end(), row), end; it != end; ++it) fragment_rows.push_back((*it)[1]);
    std::string page = site.Read("self-assessment/index.html");
    std::regex page_row("<th scope=\"row\"[^>]*>([^<]*)");
    for (std::sregex_iterator it(page.begin(), page.end(), page_row), end; it != end; ++it)
      page_rows.push_back((*it)[1]);
    CHECK(fragment_rows.size() == 72);
    CHECK(fragment_rows == page_rows);
  }
  SUBCASE("cms/, embed/ are not in the sitemap; embed/ asks search engines not to list it") {
    std::string sitemap = site.Read("sitemap.xml");
    CHECK(sitemap.find("/cms/") == std::string::npos);
    CHECK(sitemap.find("/embed/") == std::string::npos);
    CHECK(sitemap.find("https://complaints.example-homes.org.uk/policy/") != std::string::npos);
    CHECK(site.Read("embed/index.html").find("<meta name=\"robots\" content=\"noindex\">") != std::string::npos);
    CHECK(site.Read("policy/index.html").find("noindex") == std::string::npos);
    CHECK(site.Read("embed/index.html").find("data-pagefind-body") == std::string::npos);
  }
}
