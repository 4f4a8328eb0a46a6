// Tests for `complaints-site init` (site/cli/init_command.cc): the policy it writes states the Code's rules as the
// Code words them (issue 12). The scaffold's files, refusals and flags are tested in tests/cli/init.test.sh.
#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <regex>
#include <sstream>

#include "cli.h"
#include "exit_status.h"
#include "test_util.h"

namespace fs = std::filesystem;

namespace {

// The policy.md that `init` writes for a new landlord, with line breaks and Markdown emphasis flattened so that
// a sentence can be searched for across the template's hard wrapping.
std::string InitPolicy() {
  std::string tmpl = (fs::temp_directory_path() / "cs-init-test-XXXXXX").string();
  fs::path dir = mkdtemp(tmpl.data());
  std::ostringstream out, err;
  int status = cs::RunCli({"complaints-site", "init", (dir / "site").string(), "--name", "Vale Homes"}, out, err);
  auto text = cs_test::ReadFile((dir / "site/content/policy.md").string());
  fs::remove_all(dir);
  REQUIRE_MESSAGE(status == cs::kExitSuccess, err.str());
  REQUIRE(text);
  std::string flat = std::regex_replace(*text, std::regex(R"(\s+)"), " ");
  return flat;
}

bool Has(const std::string& text, const std::string& pattern) {
  return std::regex_search(text, std::regex(pattern, std::regex::icase));
}

}  // namespace

TEST_CASE("init policy: legal proceedings means a claim filed at court, not a tribunal or a solicitor's letter (Code 2.2)") {
  std::string policy = InitPolicy();
  // 2.2: "legal proceedings have started - this is defined as details of the claim, such as the Claim Form and
  // Particulars of Claim, having been filed at court". A tribunal is not a court claim; a letter before claim is
  // not legal proceedings.
  CHECK_FALSE(Has(policy, "tribunal"));
  CHECK(Has(policy, "Claim Form and Particulars of Claim, have been filed at court"));
  CHECK(Has(policy, "letter before claim from a solicitor is not legal proceedings"));
}

TEST_CASE("init policy: sets out when stage 2 may be refused instead of promising never to refuse (Code 5.11, 2.4)") {
  std::string policy = InitPolicy();
  // 5.11: "must not refuse to escalate ... unless it has valid reasons to do so. A landlord must clearly set out
  // these reasons, and it must comply with the provisions set out in section 2".
  CHECK_FALSE(Has(policy, "we will not refuse"));
  CHECK(Has(policy, R"(only refuse to take your complaint to stage 2 for one of the reasons in "When we may not take a complaint on")"));
  // 2.4: the refusal comes with the reasons and the right to take the decision to the Ombudsman.
  CHECK(Has(policy, "If we refuse, we will write to you to explain why, and tell you that you can ask the Housing "
                    "Ombudsman to look at our decision"));
}

TEST_CASE("init policy: an extension comes with the Ombudsman's contact details and agreed updates (Code 6.4, 6.5, 5.9)") {
  std::string policy = InitPolicy();
  // The paragraph after the timescales table: the old one sent the resident to the Ombudsman without the
  // landlord having to give its details, and said nothing of "good reason" or of updates.
  std::smatch m;
  REQUIRE(std::regex_search(policy, m, std::regex(R"(If we need more time[^#]*?(?=Our response will tell you))")));
  std::string extension = m.str();
  CHECK(Has(extension, "unless we have a good reason, which we will explain"));                  // 6.4
  CHECK(Has(extension, "we will also give you the Housing Ombudsman's contact details"));         // 6.5, 6.16
  CHECK(Has(extension, "agree with you how often we will update you"));                           // 5.9
}

TEST_CASE("init policy: the Ombudsman's 12 months are 'normally', and a refusal to accept can go to the Ombudsman (Code 2.4 and the Housing Ombudsman Scheme)") {
  std::string policy = InitPolicy();
  CHECK_FALSE(Has(policy, "You need to do this within 12 months"));
  CHECK(Has(policy, "You should normally go to the Ombudsman within 12 months of our final response"));
  CHECK(Has(policy, "You can also ask them if we refuse to take your complaint on"));
}

TEST_CASE("init policy: the Code's clock counts office closures as working days (Code 6.2: working days)") {
  std::string policy = InitPolicy();
  // The Code counts working days and gives a landlord no power to add its own closure days.
  CHECK_FALSE(Has(policy, "the days our offices are closed"));
  CHECK(Has(policy, "A working day is Monday to Friday, not counting bank holidays\\."));
}

TEST_CASE("init policy: says how it is publicised, on unacceptable behaviour and on being accompanied (Code 3.5, 5.14, 3.6)") {
  std::string policy = InitPolicy();
  CHECK(Has(policy, "## How we tell residents about this policy"));                 // 3.5
  CHECK(Has(policy, "## Behaviour we cannot accept"));                              // 5.14
  CHECK(Has(policy, "can also come with you to any meeting with us"));              // 3.6
}
