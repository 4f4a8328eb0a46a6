// Tests for the Housing Ombudsman page (site/pages/pages_ombudsman.cc) on the built example site (issue 12).
#include <doctest/doctest.h>

#include <string>

#include "built_site.h"

using cs_test::BuiltSite;

TEST_CASE("Ombudsman page: lists a refusal to accept the complaint among the times to go to the Ombudsman (Code 2.4)") {
  BuiltSite site("cs-pages-ombudsman-test", "en", false);
  std::string html = site.Read("ombudsman/index.html");
  // The list under "When you can go to the Ombudsman", item by item.
  size_t from = html.find("id=\"when\"");
  REQUIRE(from != std::string::npos);
  std::string list = html.substr(from, html.find("</ul>", from) - from);
  CHECK(list.find("<li>when we have refused to accept your complaint</li>") != std::string::npos);
  CHECK(list.find("<li>when we have refused to take your complaint to stage 2</li>") != std::string::npos);  // 5.11
  CHECK(site.MainText("ombudsman/index.html").find("You should normally go to the Ombudsman within 12 months") !=
        std::string::npos);
}
