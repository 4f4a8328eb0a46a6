// Tests for site/pages/annual_report_pages: the report page from a fixture content folder (read by LoadContent),
// against a golden file.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include "annual_report_pages.h"
#include "test_site.h"
#include "test_util.h"

namespace {

cs::SiteConfig FixtureConfig() {
  cs::SiteConfig c;
  c.landlord_name = "Fixture Homes";
  c.base_url = "https://example.org/complaints/";
  return c;
}


// A content folder read by the real loader (its other files are not needed: their absence is only diagnostics).
const cs::Content& Fixture() {
  static const cs::Content kContent = cs_test::LoadFolder(cs_test::TestData("annual-report/content"));
  return kContent;
}

const cs::GeneratedPage* Find(const std::vector<cs::GeneratedPage>& pages, const std::string& path) {
  for (const auto& p : pages)
    if (p.path == path) return &p;
  return nullptr;
}

}  // namespace

TEST_CASE("annual report pages: every year, the index, and the Code's order") {
  cs_test::TestSite site(FixtureConfig());
  auto pages = cs::AnnualReportPages(Fixture(), site.ctx);
  const auto& d = site.diagnostics;
  CHECK_FALSE(cs::HasErrors(d));
  REQUIRE(pages.size() == 3);
  const auto* year = Find(pages, "annual-report/2024-25/index.html");
  const auto* index = Find(pages, "annual-report/index.html");
  REQUIRE(year);
  REQUIRE(index);
  CHECK(Find(pages, "annual-report/2023-24/index.html"));
  const std::string& html = year->body_html;
  // Sections (a)-(f) in the Code's order, then the governing body's response.
  size_t last = 0;
  for (const char* id : {"id=\"key-figures\"", "id=\"self-assessment\"", "id=\"performance\"", "id=\"ombudsman-findings\"",
                         "id=\"service-improvements\"", "id=\"ombudsman-annual-report\"", "id=\"other-reports\"",
                         "id=\"governing-body-response\""}) {
    CAPTURE(id);
    size_t at = html.find(id);
    REQUIRE(at != std::string::npos);
    CHECK(at > last);
    last = at;
  }
  // The hand-worked figures (tests/report/performance_test.cc) with last year alongside: 2023-24 had 2 stage 1
  // complaints for 1,900 homes -> 1.1, both answered, P2 late (Tue 5 Sep + 10 = Tue 19 Sep < Fri 29 Sep) -> 50.0%.
  CHECK(html.find("<tr><th scope=\"row\">CH01 stage 1 complaints received per 1,000 homes</th><td class=\"numeric\">3.5</td>"
                  "<td class=\"numeric\">1.1</td></tr>") != std::string::npos);
  CHECK(html.find("<td class=\"numeric\">50.0%</td><td class=\"numeric\">50.0%</td>") != std::string::npos);
  CHECK(html.find("<td class=\"numeric\">100.0%</td><td class=\"numeric\">no responses</td>") != std::string::npos);
  // (a) The year's self-assessment, summarised and linked, with the provision not met and its date.
  CHECK(html.find("href=\"/complaints/self-assessment/2024-25/\"") != std::string::npos);
  CHECK(html.find("approved by the Board of Fixture Homes on 19 June 2025") != std::string::npos);
  CHECK(html.find("<strong>1 of 2 provisions met; 1 with a plan to comply.</strong>") != std::string::npos);
  CHECK(html.find("<a href=\"/complaints/self-assessment/2024-25/#provision-6-14\">Provision 6.14</a>: we plan to comply by "
                  "31 March 2026") != std::string::npos);
  // 2023-24 has no self-assessment: its page says so.
  const auto* older = Find(pages, "annual-report/2023-24/index.html");
  CHECK(older->body_html.find("has not been published yet") != std::string::npos);
  CHECK(older->body_html.find("self-assessment/2023-24/") == std::string::npos);  // no link to a page that does not exist
  // The checks say so, once (report.self_assessment.missing); the pages add no warning of their own.
  CHECK(std::none_of(d.begin(), d.end(), [](const cs::Diagnostic& x) { return x.code == "ar.self_assessment.missing"; }));
  // Refused complaints by type (8.1b), escaped.
  CHECK(html.find("Outside the 12-month window, &lt;i&gt;no exception&lt;/i&gt;") != std::string::npos);
  // Hostile text never becomes markup.
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<b>Communication") == std::string::npos);
  CHECK(html.find("\" onmouseover") == std::string::npos);
  // Narrative links get the base path; the index links every year, newest first.
  CHECK(html.find("href=\"/complaints/policy/\"") != std::string::npos);
  CHECK(index->body_html.find("/complaints/annual-report/2024-25/") < index->body_html.find("/complaints/annual-report/2023-24/"));
  CHECK(index->body_html.find("2023-24 report</a>: 1.1 stage 1 and 0.0 stage 2 complaints for every 1,000 homes (CH01); "
                              "50.0% of stage 1 complaints answered within the Code’s timescales and no stage 2 complaints "
                              "answered (CH02).") != std::string::npos);
  // Charts with their tables.
  for (const char* chart : {"chart-volumes", "chart-categories", "chart-monthly"}) CHECK(html.find(std::string("id=\"") + chart + "-table\"") != std::string::npos);
}

TEST_CASE("annual report pages: the page body matches the golden file (UPDATE_GOLDEN=1 rewrites it)") {
  cs_test::TestSite site(FixtureConfig());
  auto pages = cs::AnnualReportPages(Fixture(), site.ctx);
  const auto* year = Find(pages, "annual-report/2024-25/index.html");
  REQUIRE(year);
  const std::string golden = cs_test::TestData("annual-report/golden/2024-25.html");
  const char* update = std::getenv("UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    std::ofstream(golden, std::ios::binary) << year->body_html;
    MESSAGE("rewrote " << golden);
  }
  auto expected = cs_test::ReadFile(golden);
  REQUIRE(expected);
  CHECK(year->body_html == *expected);
  // Deterministic: a second build is byte-identical.
  cs_test::TestSite again(FixtureConfig());
  again.ctx.diagnostics = nullptr;
  CHECK(cs::AnnualReportPages(Fixture(), again.ctx)[1].body_html == year->body_html);
}

TEST_CASE("annual report pages: no folder, no pages") {
  cs_test::TestSite site(FixtureConfig());
  CHECK(cs::AnnualReportPages(cs_test::LoadFolder(cs_test::TestData("annual-report/nowhere")), site.ctx).empty());
}

TEST_CASE("annual report pages: the bundled example builds without errors") {
  cs::SiteConfig c;
  c.landlord_name = "Example Homes";
  cs_test::TestSite site(c);
  auto pages = cs::AnnualReportPages(cs_test::LoadFolder(std::string(SOURCE_DIRECTORY) + "/content"), site.ctx);
  const auto& d = site.diagnostics;
  for (const auto& x : d) CAPTURE(cs::FormatDiagnostic(x));
  CHECK_FALSE(cs::HasErrors(d));
  CHECK(pages.size() == 3);
}
