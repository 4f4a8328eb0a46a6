// Tests for the complaints hub (site/pages/pages_hub.cc) on the built example site: what it tells a resident about
// their rights says what the Code says (issue 12).
#include <doctest/doctest.h>

#include <string>

#include "built_site.h"

using cs_test::BuiltSite;

namespace {
bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }
}  // namespace

TEST_CASE("hub: a refusal to accept a complaint is one of the times to go to the Ombudsman (Code 2.4)") {
  BuiltSite site("cs-pages-hub-test-2-4", "en", false);
  std::string hub = site.MainText("index.html");
  CAPTURE(hub);
  // 2.4: "If a landlord decides not to accept a complaint, an explanation must be provided to the resident setting out
  // the reasons ... and the right to take that decision to the Ombudsman."
  CHECK(Contains(hub, "You can also go to them if we refuse to accept your complaint, do not respond, or will not "
                      "take your complaint to stage 2."));
  // 3.7: how the resident can engage with the Ombudsman, which is not only at the end.
  CHECK(Contains(hub, "you can ask them for advice at any time"));
}

TEST_CASE("hub: an extension is 'no more than N more working days without good reason', with the Ombudsman's details (Code 6.4, 6.5, 6.15, 6.16)") {
  BuiltSite site("cs-pages-hub-test-6-5", "en", false);
  std::string hub = site.MainText("index.html");
  CAPTURE(hub);
  // 6.4: "Any extension must be no more than 10 working days without good reason"; 6.15 the same with 20.
  CHECK(Contains(hub, "no more than 10 more working days without good reason (Complaint Handling Code, provision 6.4)"));
  CHECK(Contains(hub, "no more than 20 more working days without good reason (Complaint Handling Code, provision 6.15)"));
  CHECK_FALSE(Contains(hub, "up to 10 more working days"));
  // 6.5 and 6.16: "they must be provided with the contact details of the Ombudsman", one note per stage.
  CHECK(Contains(hub, "We must also give you the contact details of the Housing Ombudsman, a free and independent "
                      "service (Complaint Handling Code, provision 6.5)."));
  CHECK(Contains(hub, "(Complaint Handling Code, provision 6.16)."));
}
