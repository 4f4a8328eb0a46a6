// Tests for site/render/cms_html.cc: a page's markup reduced to what a CMS keeps, with absolute links.
#include <doctest/doctest.h>

#include "cms_html.h"

TEST_CASE("cms html: links are resolved against the page's address as a browser would") {
  const std::string page = "https://example.org/complaints/self-assessment/2025-26/";
  CHECK(cs::AbsoluteUrl("https://www.gov.uk/x", page) == "https://www.gov.uk/x");
  CHECK(cs::AbsoluteUrl("mailto:complaints@example.org", page) == "mailto:complaints@example.org");
  CHECK(cs::AbsoluteUrl("tel:+441234567890", page) == "tel:+441234567890");
  CHECK(cs::AbsoluteUrl("//cdn.example.org/a", page) == "https://cdn.example.org/a");
  CHECK(cs::AbsoluteUrl("/complaints/policy/", page) == "https://example.org/complaints/policy/");
  CHECK(cs::AbsoluteUrl("#provision-1-2", page) == page + "#provision-1-2");
  CHECK(cs::AbsoluteUrl("../2024-25/", page) == "https://example.org/complaints/self-assessment/2024-25/");
  CHECK(cs::AbsoluteUrl("../../policy/#stage-2", page) == "https://example.org/complaints/policy/#stage-2");
  CHECK(cs::AbsoluteUrl("2025-26.csv", page) == "https://example.org/complaints/self-assessment/2025-26/2025-26.csv");
  CHECK(cs::AbsoluteUrl("./a/../b?x=1", page) == "https://example.org/complaints/self-assessment/2025-26/b?x=1");
  CHECK(cs::AbsoluteUrl("../../../../..", page) == "https://example.org/");
}

TEST_CASE("cms html: only the allowed tags and attributes, the rest as their text or left out") {
  const std::string page = "https://example.org/policy/";
  SUBCASE("classes, ids and data attributes go; scope, colspan and href stay") {
    CHECK(cs::CmsHtml("<table class=\"cs-table\"><tr id=\"r\" data-x=\"1\"><th scope=\"row\" colspan=\"2\">1.2</th>"
                      "<td data-label=\"Met\" rowspan=\"2\">Yes</td></tr></table>",
                      page) == "<table><tr><th scope=\"row\" colspan=\"2\">1.2</th><td rowspan=\"2\">Yes</td></tr></table>");
    CHECK(cs::CmsHtml("<p class=\"cs-lead\">See <a class=\"x\" href=\"../ombudsman/#contact\">the Ombudsman</a>.</p>", page) ==
          "<p>See <a href=\"https://example.org/ombudsman/#contact\">the Ombudsman</a>.</p>");
  }
  SUBCASE("wrappers become their content; summary a bold paragraph") {
    CHECK(cs::CmsHtml("<section aria-labelledby=\"h\"><div><h2 id=\"h\">Dates</h2><p>By <time datetime=\"2025-04-28\">"
                      "Monday 28 April 2025</time><br></p></div></section>",
                      page) == "<h2>Dates</h2><p>By Monday 28 April 2025<br></p>");
    CHECK(cs::CmsHtml("<details class=\"d\"><summary>Evidence</summary><p>Minutes</p></details>", page) ==
          "<p><strong>Evidence</strong></p><p>Minutes</p>");
    CHECK(cs::CmsHtml("<p><a id=\"top\">Top</a> &amp; <span class=\"task\">x</span></p>", page) == "<p>Top &amp; x</p>");
    CHECK(cs::CmsHtml("<p><a href=\"javascript:alert(1)\">x</a> <a href=\"data:text/html,y\">y</a></p>", page) == "<p>x y</p>");
  }
  SUBCASE("charts, scripts, forms and the contents list are left out with what is in them") {
    CHECK(cs::CmsHtml("<p>a</p><svg role=\"img\"><title>Chart</title><g><text x=\"1\">12</text><rect/></g><svg><text>in"
                      "</text></svg></svg><p>b</p>",
                      page) == "<p>a</p><p>b</p>");
    CHECK(cs::CmsHtml("<nav class=\"toc\"><h2>Contents</h2><ul><li><a href=\"#a\">A</a></li></ul></nav><h2>A</h2>", page) ==
          "<h2>A</h2>");
    CHECK(cs::CmsHtml("<script src=\"x.js\"></script><form action=\"/s\"><label for=\"q\">Q</label><input id=\"q\">"
                      "<button>Go</button></form><!-- note --><p>c</p>",
                      page) == "<p>c</p>");
  }
  CHECK(cs::CmsAllowedTag("th"));
  CHECK_FALSE(cs::CmsAllowedTag("div"));
  CHECK(cs::CmsAllowedAttribute("th", "scope"));
  CHECK_FALSE(cs::CmsAllowedAttribute("td", "scope"));
  CHECK_FALSE(cs::CmsAllowedAttribute("p", "class"));
}
