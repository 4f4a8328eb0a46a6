// Tests that the widget's words live only in templates/i18n/en.json ("widget"): every key the view (wasm/widget-ui.js)
// and the no-JS pages (site/pages/widget_pages.cc and their templates) use exists, none is dead, no English is left in
// the view, the pages' code or any template, and a site in another language gets its words, English for what it leaves
// out, and dates in its language.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <set>
#include <sstream>

#include "build_site.h"
#include "exit_status.h"
#include "files.h"
#include "i18n.h"
#include "messages.h"
#include "built_site.h"
#include "test_util.h"
#include "walkthrough.h"
#include "test_site.h"
#include "widget_pages.h"

namespace fs = std::filesystem;

namespace {

struct Literal {
  std::string text;
  int line;
};

// The quoted string literals of JavaScript or C++ source, comments skipped (escapes kept as written). Regular
// expression literals are not recognised; none in the scanned files contains a quote.
std::vector<Literal> StringLiterals(const std::string& src) {
  std::vector<Literal> out;
  int line = 1;
  for (size_t i = 0; i < src.size(); ++i) {
    char c = src[i];
    if (c == '\n') ++line;
    if (c == '/' && i + 1 < src.size() && src[i + 1] == '/') {
      while (i < src.size() && src[i] != '\n') ++i;
      ++line;
    } else if (c == '/' && i + 1 < src.size() && src[i + 1] == '*') {
      size_t end = src.find("*/", i + 2);
      if (end == std::string::npos) end = src.size();
      for (size_t j = i; j < end; ++j) line += src[j] == '\n';
      i = end + 1;
    } else if (c == '\'' || c == '"') {
      Literal lit{"", line};
      for (++i; i < src.size() && src[i] != c && src[i] != '\n'; ++i) {
        if (src[i] == '\\' && i + 1 < src.size()) lit.text += src[i++];
        lit.text += src[i];
      }
      if (i < src.size() && src[i] == '\n') ++line;
      out.push_back(lit);
    }
  }
  return out;
}

// Whether a literal reads like English words for people: a capitalised word followed by another word ("Acknowledged
// on "), or three words in a row ("after it was received"). HTML tags and class lists do not count.
bool LooksLikeEnglish(std::string text) {
  text = std::regex_replace(text, std::regex("<[^>]*>|<[^>]*$|^[^<]*>"), " ");
  std::istringstream words(text);
  static const std::regex kWord("[A-Za-z\u2019']+[,.:;?!]?");
  static const std::regex kCapitalised("[A-Z][a-z\u2019']+[,.:;?!]?");
  std::string token;
  int run = 0;
  bool first = true, capitalised_first = false;
  while (words >> token) {
    bool word = std::regex_match(token, kWord);
    if (first) capitalised_first = std::regex_match(token, kCapitalised);
    else if (capitalised_first && word) return true;
    first = false;
    run = word ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

std::vector<Literal> EnglishLiterals(const std::string& src) {
  std::vector<Literal> out;
  for (const auto& lit : StringLiterals(src))
    if (LooksLikeEnglish(lit.text)) out.push_back(lit);
  return out;
}

std::string Source(const std::string& relative) {
  auto text = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/" + relative);
  REQUIRE_MESSAGE(text, (relative + " is missing"));
  return *text;
}

// A word a template takes from en.json: `{{t.widget.pages.privacy}}`, also as a section (`{{#t.x}}`).
struct TemplateKey {
  std::string file;  ///< "templates/page-deadlines.mustache"
  int line;
  std::string key;   ///< "widget.pages.privacy"
};

std::vector<std::string> TemplateFiles() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(std::string(SOURCE_DIRECTORY) + "/templates"))
    if (entry.path().extension() == ".mustache") files.push_back("templates/" + entry.path().filename().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<TemplateKey> TemplateKeys() {
  static const std::regex kTag("\\{\\{\\{?[#^/]?\\s*t\\.([a-z0-9_.]+)\\s*\\}");
  std::vector<TemplateKey> keys;
  for (const auto& file : TemplateFiles()) {
    std::istringstream lines(Source(file));
    int number = 0;
    for (std::string line; std::getline(lines, line);) {
      ++number;
      for (std::sregex_iterator it(line.begin(), line.end(), kTag), end; it != end; ++it) keys.push_back({file, number, (*it)[1]});
    }
  }
  return keys;
}

cs::Translations English() {
  std::vector<cs::Diagnostic> diagnostics;
  auto t = cs::Translations::Parse(Source("templates/i18n/en.json"), "", "en", &diagnostics);
  REQUIRE(t);
  return *t;
}

}  // namespace

TEST_CASE("widget words: the heuristic finds English in string literals, not in code or comments") {
  CHECK(LooksLikeEnglish("Acknowledged on "));
  CHECK(LooksLikeEnglish(" working days after it was received"));
  CHECK(LooksLikeEnglish("<p>Working days are Monday to Friday"));
  CHECK(LooksLikeEnglish("England and Wales"));
  CHECK_FALSE(LooksLikeEnglish("cs-button cs-button--secondary"));
  CHECK_FALSE(LooksLikeEnglish("Error:"));
  CHECK_FALSE(LooksLikeEnglish("<p class=\\\"cs-lead\\\">"));
  CHECK_FALSE(LooksLikeEnglish("PRODID:-//complaints-site//deadline calculator//EN"));
  auto found = EnglishLiterals("// Nothing to see here\nvar a = 'cs-x';\n/* Also not this */ var b = \"There is a problem\";\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "There is a problem");
  CHECK(found[0].line == 3);
}

TEST_CASE("widget words: no English sentence is left in wasm/widget-ui.js or site/pages/widget_pages.cc") {
  for (const char* file : {"wasm/widget-ui.js", "site/pages/widget_pages.cc"}) {
    CAPTURE(file);
    for (const auto& lit : EnglishLiterals(Source(file)))
      CHECK_MESSAGE(false, (std::string(file) + ":" + std::to_string(lit.line) + ": English text \"" + lit.text +
                            "\": move it to the \"widget\" key of templates/i18n/en.json"));
  }
}

// A template types markup only: its words come from en.json through `{{t.<key>}}` or from the page's data.
TEST_CASE("page words: no English is typed into templates/*.mustache") {
  static const std::regex kTag("\\{\\{\\{?[^}]*\\}\\}\\}?");
  // Words in these attributes are read out or shown, though the tags around them are not.
  static const std::regex kWordsAttribute("(aria-label|title|alt|placeholder|value)=\"([^\"]*)\"");
  static const std::regex kLetter("[A-Za-z]");
  const auto files = TemplateFiles();
  CHECK(files.size() >= 25);
  for (const auto& file : files) {
    std::istringstream lines(Source(file));
    int number = 0;
    for (std::string line; std::getline(lines, line);) {
      ++number;
      std::string text = std::regex_replace(line, kTag, " ");
      std::string where = file + ":" + std::to_string(number) + ": ";
      if (LooksLikeEnglish(text))
        CHECK_MESSAGE(false, (where + "English text in \"" + line + "\": put the words in templates/i18n/en.json and use {{t.<key>}}"));
      for (std::sregex_iterator it(text.begin(), text.end(), kWordsAttribute), end; it != end; ++it)
        CHECK_MESSAGE(!std::regex_search((*it)[2].str(), kLetter), (where + "words in " + (*it)[1].str() + "=\"" + (*it)[2].str() +
                                                                   "\": put them in templates/i18n/en.json"));
    }
  }
  // The check finds what it looks for.
  CHECK(LooksLikeEnglish(std::regex_replace("<p>{{t.x}} Working days are Monday to Friday</p>", kTag, " ")));
  CHECK_FALSE(LooksLikeEnglish(std::regex_replace("<p class=\"cs-lead\">{{{lead_html}}} {{#a}}{{b}}{{/a}}</p>", kTag, " ")));
}

TEST_CASE("page words: every word a template takes from en.json is there") {
  cs::Translations english = English();
  auto keys = TemplateKeys();
  CHECK(keys.size() > 80);
  for (const auto& k : keys)
    CHECK_MESSAGE(!english.Get(k.key).empty(), (k.file + ":" + std::to_string(k.line) + ": t." + k.key + " is not in en.json"));
}

TEST_CASE("widget words: every key used exists in en.json, and every widget key is used") {
  cs::Translations english = English();
  REQUIRE(english.Tree().contains("widget"));
  std::set<std::string> used;
  // The view names keys relative to "widget" and never the generator's "pages" (those are not baked into widget.js).
  static const std::regex kViewKey("(common|calculator|walkthrough)\\.[a-z0-9_]+");
  for (const auto& lit : StringLiterals(Source("wasm/widget-ui.js"))) {
    if (!std::regex_match(lit.text, kViewKey)) continue;
    std::string key = "widget." + lit.text;
    CHECK_MESSAGE(!english.Get(key).empty(), ("wasm/widget-ui.js:" + std::to_string(lit.line) + ": " + key + " is not in en.json"));
    used.insert(key);
  }
  static const std::regex kPagesKey("widget\\.[a-z0-9_.]+");
  // The no-JS pages, and cs::NationName (site/render/i18n.cc), which names the nations for them and the annual report.
  for (const char* file : {"site/pages/widget_pages.cc", "site/pages/deadline_months.cc", "site/render/i18n.cc"}) {
    for (const auto& lit : StringLiterals(Source(file))) {
      if (!std::regex_match(lit.text, kPagesKey)) continue;
      CHECK_MESSAGE(!english.Get(lit.text).empty(), (std::string(file) + ":" + std::to_string(lit.line) + ": " + lit.text + " is not in en.json"));
      used.insert(lit.text);
    }
  }
  // The no-JS pages' templates (templates/page-deadlines.mustache, walkthrough-screen.mustache ...).
  for (const auto& k : TemplateKeys())
    if (k.key.rfind("widget.", 0) == 0) used.insert(k.key);
  CHECK(used.size() > 100);
  for (const auto& key : cs::TranslationKeys(english.Tree()["widget"]))
    CHECK_MESSAGE(used.count("widget." + key), ("widget." + key + " in templates/i18n/en.json is used by nothing: remove it"));
}

TEST_CASE("widget pages: data-i18n and data-language only for a language other than English, without the no-JS words") {
  cs::SiteConfig site;
  site.landlord_name = "Example Homes";
  site.nation = "england-and-wales";
  site.code = "2024";
  cs::Date today{2026, 11, 24};
  cs_test::TestSite english(site);
  for (const auto& page : cs::WidgetPages(english.ctx, today))
    CHECK((page.body_html.find("data-i18n") == std::string::npos && page.body_html.find("data-language") == std::string::npos));
  cs_test::TestSite welsh(site, "cy", "{}");
  auto pages = cs::WidgetPages(welsh.ctx, today);
  REQUIRE(pages.size() > 2);
  const std::string& deadlines = pages[0].body_html;
  CHECK(deadlines.find(" data-language=\"cy\" data-i18n=") != std::string::npos);
  // Found with find(), not std::regex: libstdc++'s regex recurses once per character, and this attribute is tens
  // of kilobytes (it overflowed the stack in the ASan build).
  size_t start = deadlines.find("data-i18n=\"");
  REQUIRE(start != std::string::npos);
  start += 11;
  size_t end = deadlines.find('"', start);
  REQUIRE(end != std::string::npos);
  std::string attribute = deadlines.substr(start, end - start);
  for (size_t at; (at = attribute.find("&quot;")) != std::string::npos;) attribute.replace(at, 6, "\"");
  auto words = nlohmann::json::parse(attribute, nullptr, false);
  REQUIRE(words.is_object());
  CHECK(words["calculator"]["submit"] == "Work out the dates");
  CHECK_FALSE(words.contains("pages"));
  // Dates in the site's language (core/data/date-names.json has Welsh), English words where there is no translation.
  CHECK(deadlines.find(">Mawrth 2026</a>") != std::string::npos);  // the month pages, named in the site's language
  CHECK(deadlines.find("<time datetime=\"2026-12-18\">Dydd Gwener 18 Rhagfyr 2026</time>") != std::string::npos);
  CHECK(deadlines.find("A worked example") != std::string::npos);
}

TEST_CASE("widget pages in the pseudo-language xx: translated words, English for the rest") {
  cs_test::BuiltSite site("cs-widget-i18n-test", "xx", true);
  std::string deadlines = site.Read("deadlines/index.html");
  CHECK(deadlines.find("<title>[xx] Wörk öüt yöür çömpläïnt dätés") != std::string::npos);
  CHECK(deadlines.find(">[xx] Höw thé dätés äré wörkéd öüt</h2>") != std::string::npos);
  // Placeholders in the translator's order.
  CHECK(deadlines.find("<p>[xx] Example Homes: büsïnéss däys skïp England and Wales hölïdäys.</p>") != std::string::npos);
  CHECK(deadlines.find(">A worked example</h2>") != std::string::npos);  // not translated: English
  CHECK(deadlines.find("data-i18n=") != std::string::npos);
  CHECK(deadlines.find("[xx] Wörk öüt thé dätés") != std::string::npos);  // the widget's words, for the view
  std::string result = site.Read("make-a-complaint/complaint-result/index.html");
  CHECK(result.find("<h2 class=\"cs-heading-m\" id=\"cs-letter\">[xx] Yöür léttér</h2>") != std::string::npos);
  CHECK(result.find("Complaint Handling Code provision") != std::string::npos);
  // The engine's words: the one translated screen title on its own page and on the walkthrough's first page, in
  // the data-i18n words for the browser; the other screens in English.
  std::string start = site.Read("make-a-complaint/start/index.html");
  CHECK(start.find("<title>[xx] Whät dö yöü wänt tö dö? ") != std::string::npos);
  CHECK(start.find("What do you want to do?") == std::string::npos);
  std::string index = site.Read("make-a-complaint/index.html");
  CHECK(index.find("<h2 class=\"cs-heading-l\">[xx] Whät dö yöü wänt tö dö?</h2>") != std::string::npos);
  CHECK(index.find("&quot;engine&quot;:{&quot;errors&quot;:{&quot;date_not_real&quot;:&quot;[xx] {Field} müst") != std::string::npos);
  CHECK(index.find("},&quot;next_steps&quot;:{&quot;plan_stage1&quot;:&quot;[xx] Yöür") != std::string::npos);
  std::string asked = site.Read("make-a-complaint/asked-before/index.html");
  CHECK(asked.find("<title>Have you already asked Example Homes to put this right? ") != std::string::npos);
}

TEST_CASE("engine words: every text the walkthrough and next steps use is in en.json, and every engine key is used") {
  cs::Translations english = English();
  REQUIRE(english.Tree().contains("engine"));
  std::set<std::string> used;
  // The walkthrough: every text of the compiled-in flow (a required text that is missing fails CheckWalkthrough at
  // build time: a title, a choice label, a check label, a letter part ...).
  for (const auto& word : cs::Walkthrough::Default().Words()) {
    const std::string& key = word.first;  // not a structured binding: clang 14 cannot use one inside CHECK_MESSAGE
    CHECK_MESSAGE(!english.Get("engine." + key).empty(), ("engine." + key + " is not in en.json"));
    used.insert("engine." + key);
  }
  CHECK(used.size() > 150);
  // Next steps: every key core/code/deadlines.cc passes to Message() or its add().
  static const std::regex kKey("(?:\\(|\\?|:)\\s*\"([a-z0-9_]+)\"");
  int calls = 0;
  std::istringstream lines(Source("core/code/deadlines.cc"));
  for (std::string line; std::getline(lines, line);) {
    if (line.find("add(") == std::string::npos && line.find("Message(") == std::string::npos) continue;
    for (std::sregex_iterator it(line.begin(), line.end(), kKey), end; it != end; ++it) {
      std::string key = "engine.next_steps." + (*it)[1].str();
      CHECK_MESSAGE(!english.Get(key).empty(), ("core/code/deadlines.cc uses " + key + ", which en.json lacks"));
      used.insert(key);
      ++calls;
    }
  }
  CHECK(calls >= 12);
  // Error messages: every `key = "..."` of the walkthrough's checks, every "date_..." key core/calendar/date_input.cc names
  // (it builds "date_incomplete_<missing parts>" for the six ways a date can be incomplete).
  static const std::regex kErrorKey("key = \"([a-z0-9_]+)\"");
  static const std::regex kDateKey("\"(date_[a-z0-9_]+)\"");
  int error_keys = 0;
  for (const auto& file_pattern : {std::pair{"core/code/walkthrough_eval.cc", &kErrorKey}, std::pair{"core/calendar/date_input.cc", &kDateKey},
                                   std::pair{"core/calendar/date.cc", &kDateKey}}) {  // no structured binding (clang 14)
    const auto& file = file_pattern.first;
    const auto& pattern = file_pattern.second;
    std::string source = Source(file);
    for (std::sregex_iterator it(source.begin(), source.end(), *pattern), end; it != end; ++it) {
      std::string key = "engine.errors." + (*it)[1].str();
      if (key == "engine.errors.date_incomplete") continue;
      CHECK_MESSAGE(!english.Get(key).empty(), (std::string(file) + " uses " + key + ", which en.json lacks"));
      used.insert(key);
      ++error_keys;
    }
  }
  CHECK(error_keys >= 20);
  REQUIRE(Source("core/calendar/date_input.cc").find("\"date_incomplete\" + missing") != std::string::npos);
  for (const char* missing : {"_day", "_month", "_year", "_day_month", "_day_year", "_month_year"}) {
    std::string key = std::string("engine.errors.date_incomplete") + missing;
    CHECK_MESSAGE(!english.Get(key).empty(), (key + " is not in en.json"));
    used.insert(key);
  }
  for (const auto& key : cs::TranslationKeys(english.Tree()["engine"]))
    CHECK_MESSAGE(used.count("engine." + key), ("engine." + key + " in templates/i18n/en.json is used by nothing: remove it"));
  // The compiled-in words are en.json's, not a stale copy.
  cs::EngineWords compiled = cs::EnglishSentences(), flow = cs::Walkthrough::Default().Words();
  compiled.insert(compiled.end(), flow.begin(), flow.end());
  CHECK(compiled.size() == cs::TranslationKeys(english.Tree()["engine"]).size());
  for (const auto& word : compiled)
    CHECK_MESSAGE(english.Get("engine." + word.first) == word.second, ("engine." + word.first + " differs from en.json"));
}

TEST_CASE("annual report words: no English sentence is left in site/pages/annual_report_pages.cc or site/render/svg_chart.cc") {
  for (const char* file : {"site/pages/annual_report_pages.cc", "site/render/svg_chart.cc"}) {
    CAPTURE(file);
    // Diagnostics (for the landlord's team, in English like every diagnostic) come after this line.
    std::string source = Source(file);
    size_t loading = source.find("// Loading. Its diagnostics are for the landlord's team");
    if (std::string(file) == "site/pages/annual_report_pages.cc") REQUIRE(loading != std::string::npos);
    for (const auto& lit : EnglishLiterals(source.substr(0, loading)))
      CHECK_MESSAGE(false, (std::string(file) + ":" + std::to_string(lit.line) + ": English text \"" + lit.text +
                            "\": move it to the \"annual_report\" key of templates/i18n/en.json"));
  }
}

TEST_CASE("annual report words: every key used exists in en.json, and every annual_report key is used") {
  cs::Translations english = English();
  REQUIRE(english.Tree().contains("annual_report"));
  // site/pages/annual_report_pages.cc names keys relative to "annual_report"; plural keys by their stem (Plural adds _one/_other).
  std::set<std::string> keys;
  for (const auto& key : cs::TranslationKeys(english.Tree()["annual_report"])) keys.insert(key);
  std::set<std::string> used;
  static const std::regex kKey("[a-z0-9]+(_[a-z0-9]+)+|[a-z]{2,}");
  const std::string source = Source("site/pages/annual_report_pages.cc");
  for (const auto& lit : StringLiterals(source)) {
    if (!std::regex_match(lit.text, kKey)) continue;
    for (const std::string& key : {lit.text, lit.text + "_one", lit.text + "_other"})
      if (keys.count(key)) used.insert(key);
  }
  // The report's templates (templates/page-annual-report*.mustache, annual-report-*.mustache).
  int template_uses = 0;
  for (const auto& k : TemplateKeys())
    if (k.key.rfind("annual_report.", 0) == 0) used.insert(k.key.substr(14)), ++template_uses;
  CHECK(template_uses > 20);
  // Keys built from a name: outcome_<OutcomeName>. (Nation names are the widget pages': cs::NationName.)
  CHECK(source.find("std::string(\"outcome_\") + OutcomeName(o)") != std::string::npos);
  for (const char* outcome : {"upheld", "partly_upheld", "not_upheld", "withdrawn"}) used.insert(std::string("outcome_") + outcome);
  // Every literal passed to Html/Text/Plural is a key that exists.
  static const std::regex kCall("\\b(Html|Text|Plural)\\(\"([a-z0-9_]+)\"");
  int calls = 0;
  for (std::sregex_iterator it(source.begin(), source.end(), kCall), end; it != end; ++it, ++calls) {
    std::string key = (*it)[2];
    bool plural = (*it)[1] == "Plural";
    CHECK_MESSAGE((plural ? keys.count(key + "_one") && keys.count(key + "_other") : keys.count(key)),
                  ("site/pages/annual_report_pages.cc uses annual_report." + key + (plural ? "_one/_other" : "") + ", which en.json lacks"));
  }
  CHECK(calls > 40);
  for (const auto& key : keys)
    CHECK_MESSAGE(used.count(key), ("annual_report." + key + " in templates/i18n/en.json is used by nothing: remove it"));
}
