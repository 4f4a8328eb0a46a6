// Tests for the pieces several pages share (site/pages/pages_common.cc): the timescales table on the example policy page.
#include <doctest/doctest.h>

#include <string>

#include "built_site.h"

using cs_test::BuiltSite;

TEST_CASE("timescales table: extensions are 'no more than N more working days without good reason', with the Ombudsman's details (Code 6.4, 6.5, 6.15, 6.16)") {
  BuiltSite site("cs-pages-common-test", "en", false);
  std::string policy = site.MainText("policy/index.html");
  CAPTURE(policy);
  CHECK(policy.find("No more than 10 more working days without good reason 6.4") != std::string::npos);
  CHECK(policy.find("No more than 20 more working days without good reason 6.15") != std::string::npos);
  CHECK(policy.find("Up to 10 more working days") == std::string::npos);
  CHECK(policy.find("If we extend, we must tell you why and the new date, and give you the Housing Ombudsman's contact "
                    "details (Complaint Handling Code, provisions 6.5 and 6.16).") != std::string::npos);
}
