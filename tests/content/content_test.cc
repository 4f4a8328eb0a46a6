// Tests for core/content/content.cc (LoadContent, the one content model), content_source.cc (FileSource) and
// financial_year.cc (the one year rule), on content held in memory.
#include "content.h"

#include <doctest/doctest.h>

#include "financial_year.h"
#include "front_matter.h"
#include "test_util.h"

namespace {

// The example site's content/ as a FileMap, to change one file at a time.
cs::FileMap ExampleContent() {
  cs::FileMap files;
  for (const auto& [path, text] : cs_test::ReadTree(std::string(SOURCE_DIRECTORY) + "/content")) files[path] = text;
  return files;
}

cs::Content Load(const cs::FileMap& files, cs::Diagnostics* diagnostics) {
  return cs::LoadContent(cs::FileSource(files), *diagnostics);
}

bool Has(const cs::Diagnostics& diagnostics, const std::string& code, const std::string& file, int line = -1) {
  for (const auto& d : diagnostics)
    if (d.code == code && d.file == file && (line < 0 || d.line == line)) return true;
  return false;
}

}  // namespace

TEST_CASE("LoadContent: the example site loads without a diagnostic, every file in one value") {
  cs::Diagnostics diagnostics;
  cs::Content content = Load(ExampleContent(), &diagnostics);
  for (const auto& d : diagnostics) MESSAGE(cs::FormatDiagnostic(d));
  CHECK(diagnostics.empty());
  CHECK(content.errors == 0);
  CHECK_FALSE(content.unreadable);
  REQUIRE(content.site);
  CHECK(content.site->landlord_name == "Example Homes");
  REQUIRE(content.policy);
  CHECK(content.policy->file == "content/policy.md");
  CHECK_FALSE(content.pages.empty());
  REQUIRE(content.self_assessments.size() == 3);
  CHECK(content.self_assessments.front().year == "2023-24");
  for (const auto& sa : content.self_assessments) CHECK(sa.assessment);
  REQUIRE_FALSE(content.annual_reports.empty());
  for (const auto& ar : content.annual_reports) {
    CHECK(ar.report);
    CHECK(ar.cases);
    CHECK(ar.cases_file.rfind("content/annual-reports/", 0) == 0);
  }
  CHECK(content.has_annual_reports_folder);
}

TEST_CASE("LoadContent: front matter is core/front_matter's, with the same codes and places") {
  for (const char* text : {"---\ntitle: a\norder: first\n---\n", "---\ntitle: a\n", "---\ntitle: \"open\n---\n",
                           "---\ndescription: no title\n---\n", "---\ntitle: a\ntags: [a, b]\n---\n"}) {
    CAPTURE(text);
    cs::FileMap files = ExampleContent();
    files["pages/r.md"] = text;
    cs::Diagnostics loaded, parsed;
    Load(files, &loaded);
    cs::ParseFrontMatter(text, "content/pages/r.md", &parsed);
    REQUIRE(parsed.size() == 1);
    REQUIRE(loaded.size() == 1);
    CHECK(loaded[0].code.rfind("fm.", 0) == 0);
    CHECK(loaded[0].code == parsed[0].code);
    CHECK(loaded[0].line == parsed[0].line);
    CHECK(loaded[0].column == parsed[0].column);
  }
  SUBCASE("quoted values are unescaped, a Windows line ending and a byte order mark are read") {
    cs::FileMap files = ExampleContent();
    files["pages/r.md"] = "\xEF\xBB\xBF---\r\ntitle: \"Say \\\"hello\\\"\"\r\ndescription: 'It''s'\r\n---\r\nBody\r\n";
    cs::Diagnostics diagnostics;
    cs::Content content = Load(files, &diagnostics);
    CHECK(diagnostics.empty());
    const cs::MarkdownFile* page = nullptr;
    for (const auto& p : content.pages)
      if (p.slug == "r") page = &p;
    REQUIRE(page);
    CHECK(page->title == "Say \"hello\"");
    CHECK(page->description == "It's");
    CHECK(page->body == "Body\r\n");
    CHECK(page->body_line == 5);
  }
  SUBCASE("no front matter in policy.md: the whole text is the body") {
    cs::FileMap files = ExampleContent();
    files["policy.md"] = "# Title\n";
    cs::Diagnostics diagnostics;
    cs::Content content = Load(files, &diagnostics);
    REQUIRE(content.policy);
    CHECK(content.policy->title.empty());
    CHECK(content.policy->body == "# Title\n");
    CHECK(content.policy->body_line == 1);
  }
}

TEST_CASE("LoadContent: pages sort by order, pages without one after them by file name") {
  cs::FileMap files = ExampleContent();
  for (auto it = files.begin(); it != files.end();) it = it->first.rfind("pages/", 0) == 0 ? files.erase(it) : std::next(it);
  files["pages/a-unordered.md"] = "---\ntitle: A\n---\n";
  files["pages/b-second.md"] = "---\ntitle: B\norder: 20\n---\n";
  files["pages/c-first.md"] = "---\ntitle: C\norder: -5\n---\n";
  files["pages/d-none.md"] = "D\n";
  files["pages/sub/ignored.md"] = "a page in a folder below pages/ is not a page\n";
  cs::Diagnostics diagnostics;
  cs::Content content = Load(files, &diagnostics);
  std::vector<std::string> slugs;
  for (const auto& page : content.pages) slugs.push_back(page.slug);
  CHECK(slugs == std::vector<std::string>{"c-first", "b-second", "a-unordered", "d-none"});
}

TEST_CASE("LoadContent: its own codes, each at its place") {
  cs::FileMap files = ExampleContent();
  cs::Diagnostics diagnostics;
  SUBCASE("no content at all") {
    struct Missing : cs::ContentSource {
      std::string Name() const override { return "nowhere"; }
      bool Exists() const override { return false; }
      std::vector<std::string> Files(const std::string&) const override { return {}; }
      std::optional<std::string> Read(const std::string&, std::string*) const override { return std::nullopt; }
    };
    cs::Content content = cs::LoadContent(Missing(), diagnostics);
    CHECK(content.unreadable);
    CHECK(Has(diagnostics, "content.missing", "nowhere"));
  }
  SUBCASE("no site.json: unreadable input (exit 2)") {
    files.erase("site.json");
    cs::Content content = Load(files, &diagnostics);
    CHECK(content.unreadable);
    CHECK_FALSE(content.site);
    CHECK(Has(diagnostics, "content.site.unreadable", "content/site.json"));
  }
  SUBCASE("no policy.md: nothing here, the checks' policy.missing") {
    files.erase("policy.md");
    cs::Content content = Load(files, &diagnostics);
    CHECK_FALSE(content.policy);
    CHECK(diagnostics.empty());
  }
  SUBCASE("page names") {
    files["pages/Bad Name.md"] = "x";
    files["pages/search.md"] = "x";
    files["pages/cms.md"] = "x";  // a folder the build writes (the CMS fragments), not only a page it makes
    cs::Content content = Load(files, &diagnostics);
    CHECK(Has(diagnostics, "page.slug.invalid", "content/pages/Bad Name.md"));
    CHECK(Has(diagnostics, "page.slug.reserved", "content/pages/search.md"));
    CHECK(Has(diagnostics, "page.slug.reserved", "content/pages/cms.md"));
    CHECK(content.errors == 3);
  }
  SUBCASE("self-assessments are named after a financial year: the year rule of import and init") {
    files["self-assessments/2025-27.json"] = files["self-assessments/2025-26.json"];
    files["self-assessments/2025.json"] = files["self-assessments/2025-26.json"];
    Load(files, &diagnostics);
    CHECK(Has(diagnostics, "sa.file.name", "content/self-assessments/2025-27.json"));
    CHECK(Has(diagnostics, "sa.file.name", "content/self-assessments/2025.json"));
  }
  SUBCASE("an annual report: invalid JSON, homes 0, a missing case log, bad case log rows") {
    std::string report_file;
    for (const auto& [path, text] : files)
      if (path.rfind("annual-reports/", 0) == 0 && path.size() > 5 && path.compare(path.size() - 5, 5, ".json") == 0)
        report_file = path;
    REQUIRE_FALSE(report_file.empty());
    const std::string shown = "content/" + report_file;
    std::string report = files[report_file];
    SUBCASE("invalid JSON") {
      files[report_file] = report + ",";
      cs::Content content = Load(files, &diagnostics);
      CHECK(content.errors > 0);
      bool json_error = false;
      for (const auto& d : diagnostics) json_error |= d.file == shown && d.code.rfind("json.", 0) == 0;
      CHECK(json_error);
    }
    SUBCASE("homes: 0") {
      size_t at = report.find("\"homes\": ");
      REQUIRE(at != std::string::npos);
      size_t end = report.find_first_of(",\n}", at);
      files[report_file] = report.substr(0, at) + "\"homes\": 0" + report.substr(end);
      Load(files, &diagnostics);
      CHECK(Has(diagnostics, "ar.homes.invalid", shown));
    }
    SUBCASE("a missing case log") {
      cs::Content first = Load(files, &diagnostics);
      REQUIRE(first.annual_reports.back().report);
      files.erase("annual-reports/" + first.annual_reports.back().report->cases);
      diagnostics.clear();
      cs::Content content = Load(files, &diagnostics);
      CHECK(Has(diagnostics, "ar.cases.unreadable", content.annual_reports.back().file, 1));
      CHECK_FALSE(content.unreadable);  // a content error (exit 1): the report names a file that is not there
    }
    SUBCASE("a case log with a bad row") {
      cs::Content first = Load(files, &diagnostics);
      const std::string cases = "annual-reports/" + first.annual_reports.back().report->cases;
      files[cases] += "X-1,3,2025-05-01,,,,,,\n";
      diagnostics.clear();
      cs::Content content = Load(files, &diagnostics);
      CHECK(content.errors > 0);
      CHECK_FALSE(content.annual_reports.back().cases);
      bool row = false;
      for (const auto& d : diagnostics) row |= d.file == "content/" + cases && d.code.rfind("cases.", 0) == 0 && d.line > 1;
      CHECK(row);
    }
    SUBCASE("a file that is not named after a year is not a report (a warning)") {
      files["annual-reports/notes.json"] = "{}";
      cs::Content content = Load(files, &diagnostics);
      CHECK(Has(diagnostics, "ar.year.invalid", "content/annual-reports/notes.json"));
      CHECK(content.errors == 0);
    }
  }
  SUBCASE("the logo is read from the content") {
    files["logo.svg"] = "<svg/>";
    size_t at = files["site.json"].find("\"brand_colour\"");
    REQUIRE(at != std::string::npos);
    files["site.json"].insert(at, "\"logo\": \"logo.svg\",\n  ");
    cs::Content content = Load(files, &diagnostics);
    REQUIRE(content.logo);
    CHECK(*content.logo == "<svg/>");
    files.erase("logo.svg");
    diagnostics.clear();
    Load(files, &diagnostics);
    CHECK(Has(diagnostics, "site.logo.unreadable", "content/site.json"));
  }
  SUBCASE("templates/** are the landlord's overrides, by path under templates/") {
    files["templates/assets/site.css"] = "body{}";
    files["templates/i18n/en.json"] = "{}";
    cs::Content content = Load(files, &diagnostics);
    CHECK(content.templates.size() == 2);
    CHECK(content.templates.at("assets/site.css") == "body{}");
  }
}

// Issue 15, items 1 and 6: the site reads a year's case log with the officer's column mapping beside the report, through
// the content source like every other file.
TEST_CASE("LoadContent: a year's case log is read with annual-reports/<year>.columns.json") {
  cs::FileMap files = ExampleContent();
  const std::string log = "annual-reports/2025-26-cases.csv";
  const std::string columns = "annual-reports/2025-26.columns.json";
  files[log] =
      "Ref No,Stg,Dt Rcvd,Resp Dt,Res\r\n"
      "HP1,1,12/19/2025,12/30/2025,Upheld\r\n"
      "HP2,1,1/5/2026,,\r\n";
  cs::Diagnostics diagnostics;
  auto find = [&](const cs::Content& content) -> const cs::AnnualReportSource& {
    for (const auto& ar : content.annual_reports)
      if (ar.year == "2025-26") return ar;
    FAIL("no 2025-26 report");
    return content.annual_reports.front();
  };
  SUBCASE("without a mapping its headers are not known: the error says what to write, and where") {
    cs::Content content = Load(files, &diagnostics);
    CHECK(Has(diagnostics, "cases.header.missing_column", "content/" + log, 1));
    CHECK_FALSE(find(content).cases);
    CHECK(find(content).columns_file.empty());
    bool names_the_file = false;
    for (const auto& d : diagnostics) names_the_file |= (d.message + d.fix).find("content/" + columns) != std::string::npos;
    CHECK(names_the_file);
  }
  SUBCASE("with one, the mapped columns and date order are used") {
    files[columns] = R"({"reference": "Ref No", "stage": "Stg", "received": "Dt Rcvd", "responded": "Resp Dt",
 "outcome": "Res", "date_order": "month-first"})";
    cs::Content content = Load(files, &diagnostics);
    CHECK(content.errors == 0);
    const auto& ar = find(content);
    CHECK(ar.columns_file == "content/" + columns);
    REQUIRE(ar.cases);
    REQUIRE(ar.cases->rows.size() == 2);
    CHECK(ar.cases->rows[0].received.Iso() == "2025-12-19");
    CHECK(ar.cases->rows[1].received.Iso() == "2026-01-05");  // month first, as the mapping says
    for (const auto& d : diagnostics) CHECK(d.code.rfind("ar.year", 0) != 0);  // the mapping is not a report
  }
  SUBCASE("a mapping with errors: reported at its place, and the log is not read without it") {
    files[columns] = "{\"reference\": \"Ref No\",\n \"received\": \"Date In\"}";
    cs::Content content = Load(files, &diagnostics);
    CHECK(Has(diagnostics, "cases.columns.not_found", "content/" + columns, 2));
    CHECK(content.errors > 0);
    CHECK_FALSE(find(content).cases);
    diagnostics.clear();
    files[columns] = "{\"received\": }";
    content = Load(files, &diagnostics);
    CHECK(Has(diagnostics, "json.syntax", "content/" + columns));
    CHECK_FALSE(find(content).cases);
  }
  SUBCASE("a mapping with no report of its year is a warning, never silently ignored") {
    files["annual-reports/2030-31.columns.json"] = "{}";
    Load(files, &diagnostics);
    CHECK(Has(diagnostics, "cases.columns.unused", "content/annual-reports/2030-31.columns.json"));
    for (const auto& d : diagnostics) CHECK(d.code != "ar.year.invalid");
  }
}

TEST_CASE("FileSource lists and reads its files; IsSafeRelativePath") {
  cs::FileSource source({{"a/b.md", "1"}, {"a/c/d.md", "2"}, {"ab.md", "3"}}, "mem");
  CHECK(source.Name() == "mem");
  CHECK(source.Files("a") == std::vector<std::string>{"a/b.md", "a/c/d.md"});
  CHECK(source.Files("").size() == 3);
  CHECK(source.Files("none").empty());
  std::string error;
  CHECK(source.Read("ab.md", &error) == std::optional<std::string>("3"));
  CHECK_FALSE(source.Read("zz.md", &error));
  CHECK(error == "cannot read mem/zz.md: there is no such file");
  for (const char* bad : {"", "/etc/passwd", "../x", "a/../b", "a//b", "a\\b", "./a"}) CHECK_FALSE(cs::IsSafeRelativePath(bad));
  CHECK(cs::IsSafeRelativePath("a/b.c"));
}

TEST_CASE("one year rule: a financial year is YYYY-YY with consecutive years") {
  for (const char* good : {"2025-26", "1999-00", "2009-10"}) CHECK_MESSAGE(cs::IsFinancialYear(good), good);
  for (const char* bad : {"2025-27", "2025", "2025-2026", "2025/26", "20x5-26", "2025-25", ""})
    CHECK_FALSE_MESSAGE(cs::IsFinancialYear(bad), bad);
  CHECK(cs::FinancialYearOf(cs::Date{2026, 3, 31}) == "2025-26");
  CHECK(cs::FinancialYearOf(cs::Date{2026, 4, 1}) == "2026-27");
  CHECK(cs::FinancialYearOf(cs::Date{2000, 1, 1}) == "1999-00");
  CHECK(cs::PreviousFinancialYear("2000-01") == "1999-00");
  CHECK(cs::FinancialYearStart("2025-26") == cs::Date{2025, 4, 1});
  CHECK(cs::FinancialYearEnd("2025-26") == cs::Date{2026, 3, 31});
}
