// Tests for site/pages/widget_pages.{h,cc} and site/build/widget_assets.cc: the pages hosting the widget, without JavaScript too.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>

#include "deadlines.h"
#include "html.h"
#include "test_site.h"
#include "walkthrough.h"
#include "widget_pages.h"

namespace {

cs::SiteConfig Site() {
  cs::SiteConfig s;
  s.landlord_name = "Example Homes";
  s.nation = "england-and-wales";
  s.code = "2024";
  s.channels = {{"phone", "Complaints line", "0300 123 4567", "tel:03001234567", ""},
                {"email", "Email", "complaints@example.org", "mailto:complaints@example.org", ""},
                {"web_form", "Bad", "click", "javascript:alert(1)", ""}};
  s.service_requests = "Report repairs on 0300 123 4567.\n\nOr online.";
  s.closures = {{cs::Date{2026, 12, 29}, "Office closed"}};
  return s;
}

// The widget pages of `site` with the shipped templates and English words, counting from 24 November 2026.
std::vector<cs::GeneratedPage> WidgetPages(const cs::SiteConfig& site) {
  cs_test::TestSite test(site);
  auto pages = cs::WidgetPages(test.ctx, cs::Date{2026, 11, 24});
  CHECK_FALSE(cs::HasErrors(test.diagnostics));
  return pages;
}

std::map<std::string, cs::GeneratedPage> ByPath(const std::vector<cs::GeneratedPage>& pages) {
  std::map<std::string, cs::GeneratedPage> out;
  for (const auto& p : pages) out[p.path] = p;
  return out;
}

}  // namespace

TEST_CASE("widget pages: one page per walkthrough screen, and every link between them resolves") {
  auto pages = ByPath(WidgetPages(Site()));
  REQUIRE(pages.count("deadlines/index.html"));
  REQUIRE(pages.count("make-a-complaint/index.html"));
  for (const auto& n : cs::Walkthrough::Default().Nodes()) {
    CAPTURE(n.id);
    REQUIRE(pages.count("make-a-complaint/" + n.id + "/index.html"));
  }
  std::regex href("href=\"([^\"]*)\"");
  for (const auto& path_page : pages) {  // no structured binding: clang 14 cannot capture one in doctest's macros
    const auto& path = path_page.first;
    const auto& page = path_page.second;
    CAPTURE(path);
    CHECK(!page.title.empty());
    std::string dir = path.substr(0, path.rfind('/') + 1);
    for (auto it = std::sregex_iterator(page.body_html.begin(), page.body_html.end(), href); it != std::sregex_iterator(); ++it) {
      std::string url = (*it)[1];
      if (url.rfind("../", 0) != 0 && url.find(':') != std::string::npos) continue;  // tel:, mailto:, https:
      if (url[0] == '#') {  // a part of the same page (an outcome's next steps)
        CAPTURE(url);
        CHECK(page.body_html.find("id=\"" + url.substr(1) + "\"") != std::string::npos);
        continue;
      }
      std::filesystem::path target = std::filesystem::path(dir + url).lexically_normal();
      std::string t = target.generic_string();
      if (t == "deadlines/" || t == "make-a-complaint/" || t.rfind("make-a-complaint/", 0) == 0) {
        CAPTURE(url);
        CHECK(pages.count(t + "index.html") == 1);
      }
    }
  }
}

TEST_CASE("widget pages: the calculator page works without JavaScript") {
  auto pages = ByPath(WidgetPages(Site()));
  const std::string& body = pages["deadlines/index.html"].body_html;
  CHECK(pages["deadlines/index.html"].uses_widget);
  CHECK(pages["deadlines/index.html"].uses_calculator_only);  // widget-deadlines.js: no walkthrough on this page
  CHECK_FALSE(pages["make-a-complaint/index.html"].uses_calculator_only);
  CHECK(body.find("data-complaints-widget=\"deadlines\"") != std::string::npos);
  CHECK(body.find("data-closures=\"2026-12-29\"") != std::string::npos);
  CHECK(body.find("within 5 working days of receiving it (Complaint Handling Code provision 6.2)") != std::string::npos);
  // The worked example is the engine's answer.
  cs::DeadlineRequest req;
  req.received = cs::Date{2026, 12, 18};
  req.closures = Site().closures;
  cs::Diagnostic e;
  auto r = cs::ComputeDeadlines(req, &e);
  REQUIRE(r);
  for (const auto& m : r->milestones) {
    CAPTURE(m.id);
    std::string sep = m.id == "extended_response" ? ". Without a good reason, the latest date is " : ": ";
    CHECK(body.find("data-milestone=\"" + m.id + "\">" + cs::EscapeHtml(m.summary) + sep + "<time datetime=\"" + m.due.Iso() + "\">") != std::string::npos);
  }
  CHECK(body.find("<caption>2026</caption>") != std::string::npos);
  CHECK(body.find("<caption>2027</caption>") != std::string::npos);
  CHECK(body.find("<time datetime=\"2027-12-27\">") != std::string::npos);  // Christmas 2027 substitute day
  CHECK(body.find("Nothing you type into this page is stored or sent anywhere") != std::string::npos);
}

TEST_CASE("widget pages: walkthrough pages have links for choices and letters with blanks") {
  auto pages = ByPath(WidgetPages(Site()));
  const std::string& index = pages["make-a-complaint/index.html"].body_html;
  CHECK(index.find("data-complaints-widget=\"walkthrough\"") != std::string::npos);
  CHECK(index.find("<a href=\"asked-before/\">Make a new complaint</a>") != std::string::npos);
  CHECK(index.find("data-complaints-email=\"complaints@example.org\"") != std::string::npos);
  CHECK(index.find("javascript:") == std::string::npos);
  const std::string& result = pages["make-a-complaint/complaint-result/index.html"].body_html;
  CHECK(result.find("[what went wrong, when it happened") != std::string::npos);
  CHECK(result.find("<p>To Example Homes complaints team</p>") != std::string::npos);
  CHECK(result.find("<p>What went wrong:<br>[what went wrong") != std::string::npos);
  CHECK(pages["make-a-complaint/escalation-result/index.html"].body_html.find(
            "?subject=Request%20for%20stage%202%20of%20my%20complaint\"") != std::string::npos);
  CHECK(result.find("href=\"tel:03001234567\"") != std::string::npos);
  CHECK(result.find(">click<") == std::string::npos);  // the unsafe channel is shown as text only
  const std::string& late = pages["make-a-complaint/late-complaint/index.html"].body_html;
  CHECK(late.find("<a class=\"cs-button\" href=\"../court/\">Continue</a>") != std::string::npos);
  const std::string& ombudsman = pages["make-a-complaint/ombudsman-after-final/index.html"].body_html;
  CHECK(ombudsman.find("12 months after the date of the final response") != std::string::npos);
}

TEST_CASE("widget pages: hostile site values are escaped") {
  cs::SiteConfig s = Site();
  s.landlord_name = "<script>alert(1)</script> \"Homes\"";
  for (const auto& p : WidgetPages(s)) {
    CAPTURE(p.path);
    CHECK(p.body_html.find("<script>") == std::string::npos);
    CHECK(p.body_html.find("\"Homes\"") == std::string::npos);
  }
}

// The Code counts working days (6.2, 6.3) and gives a landlord no power to add its own non-working days.
TEST_CASE("6.2, 6.3: on the pages closures never move a date, and are shown as days the Code still counts") {
  cs::SiteConfig site = Site();
  site.closures = {{cs::Date{2026, 12, 29}, "Office closed"}, {cs::Date{2026, 12, 30}, ""}, {cs::Date{2026, 12, 31}, ""}};
  auto pages = ByPath(WidgetPages(site));
  const std::string& body = pages["deadlines/index.html"].body_html;
  // The worked example, received Friday 18 December 2026: acknowledge by 29 December, respond by 13 January 2027.
  CHECK(body.find("data-milestone=\"acknowledge\">Acknowledge the complaint: <time datetime=\"2026-12-29\">") != std::string::npos);
  CHECK(body.find("data-milestone=\"response\">Send the stage 1 response: <time datetime=\"2027-01-13\">") != std::string::npos);
  // Closures: never a row of the bank-holiday table, always next to the dates as days that still count.
  CHECK(body.find("<td><time datetime=\"2026-12-29\">") == std::string::npos);
  CHECK(body.find("The Code’s deadlines still count them as working days") != std::string::npos);
  CHECK(body.find("<li data-closure=\"2026-12-29\">Office closed (<time datetime=\"2026-12-29\">") != std::string::npos);
  CHECK(body.find("<h2 id=\"closures\">When Example Homes’s office is closed</h2>") != std::string::npos);
  CHECK(body.find("the days Example Homes’s office is closed") == std::string::npos);
}

// The Code is the Housing Ombudsman Scheme's, for landlords in England: residents get England's bank holidays.
TEST_CASE("14: the pages offer no Scotland or Northern Ireland calendar and the widget is told none") {
  cs::SiteConfig site = Site();
  site.nation = "scotland";
  auto pages = ByPath(WidgetPages(site));
  const std::string& body = pages["deadlines/index.html"].body_html;
  CHECK(body.find("bank holidays in England and Wales") != std::string::npos);
  CHECK(body.find("Scotland") == std::string::npos);
  CHECK(body.find("St Andrew") == std::string::npos);
  CHECK(body.find("<time datetime=\"2026-08-31\">") != std::string::npos);  // England's summer bank holiday
  CHECK(body.find("<time datetime=\"2026-08-03\">") == std::string::npos);  // not Scotland's
  for (const auto& path_page : pages) {  // no structured binding: clang 14 cannot capture one in doctest's macros
    const auto& path = path_page.first;
    const auto& page = path_page.second;
    CAPTURE(path);
    CHECK(page.body_html.find("data-nation") == std::string::npos);
    CHECK(page.body_html.find("data-code") == std::string::npos);  // the widget picks the Code by the date received
  }
}

// 6.4, 6.5: an extension needs the Ombudsman's contact details and is at most 10 (20) more working days without
// a good reason; the pages say so where they list the dates.
TEST_CASE("6.4, 6.5: the pages describe an extension as the Code does") {
  auto pages = ByPath(WidgetPages(Site()));
  const std::string& body = pages["deadlines/index.html"].body_html;
  CHECK(body.find("it must explain why and give the new date. Without a good reason, it can add no more than 10 working days "
                  "(Complaint Handling Code provision 6.4).") != std::string::npos);
  CHECK(body.find("It must also give you the details of the Housing Ombudsman") != std::string::npos);  // 6.5
  CHECK(body.find("no more than 20 working days (Complaint Handling Code provision 6.15)") != std::string::npos);
  const std::string& dates = pages["make-a-complaint/stage1-dates/index.html"].body_html;
  CHECK(dates.find("Without a good reason, it can add no more than 10 working days (provision 6.4).") != std::string::npos);
}
