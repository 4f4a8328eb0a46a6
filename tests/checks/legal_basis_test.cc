// docs/legal-basis.md ("What check looks for") has a row, with an anchor, for every finding code the checks can emit,
// and docs/import-and-check.md lists it: findings link to docs/legal-basis.md#code-<code> (check --format json).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <regex>
#include <set>

#include "diagnostic.h"
#include "test_util.h"

namespace {

std::string Source(const std::string& relative) {
  auto text = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/" + relative);
  REQUIRE_MESSAGE(text, relative);
  return *text;
}

// Every code passed to Finding(...), PolicyFinding(...) or warn(...) in the checks, and every placeholder rule.
std::set<std::string> EmittedCodes() {
  std::set<std::string> codes;
  std::regex call(R"((?:Finding\(\s*Severity::\w+,\s*|warn\(\s*)\"([a-z_]+(?:\.[a-z_]+)+)\")");
  for (const char* file : {"core/checks/checks.cc", "core/checks/checks_policy.cc", "core/checks/checks_policy_explains.cc",
                           "core/checks/checks_placeholders.cc"}) {
    std::string text = Source(file);
    for (std::sregex_iterator it(text.begin(), text.end(), call), end; it != end; ++it) codes.insert((*it)[1].str());
  }
  nlohmann::json placeholders = nlohmann::json::parse(Source("core/data/placeholders.json"));
  for (const auto& p : placeholders["placeholders"]) codes.insert(p["code"].get<std::string>());
  return codes;
}

}  // namespace

TEST_CASE("legal-basis.md has a row for every finding code, and no row for a code that is not emitted") {
  std::set<std::string> codes = EmittedCodes();
  REQUIRE(codes.size() > 40);  // the scan works: today about 50 codes
  CHECK(codes.count("policy.stages.third"));
  CHECK(codes.count("placeholder.phone"));
  CHECK(codes.count("site.nation.outside_england"));
  std::string doc = Source("docs/legal-basis.md");
  size_t section = doc.find("\n## What check looks for\n");
  REQUIRE(section != std::string::npos);
  std::string rows = doc.substr(section);
  size_t next = rows.find("\n## ", 5);
  if (next != std::string::npos) rows.resize(next);
  std::set<std::string> anchors;
  std::regex anchor(R"re(<a id="code-([a-z_.]+)"></a>`([a-z_.]+)`)re");
  for (std::sregex_iterator it(rows.begin(), rows.end(), anchor), end; it != end; ++it) {
    CHECK_MESSAGE((*it)[1].str() == (*it)[2].str(), "anchor and code differ: " << it->str());
    anchors.insert((*it)[1].str());
  }
  for (const auto& code : codes) {
    CHECK_MESSAGE(anchors.count(code), "docs/legal-basis.md has no row for " << code);
    CHECK(cs::LegalBasisReference(code) == "docs/legal-basis.md#code-" + code);
  }
  for (const auto& a : anchors) CHECK_MESSAGE(codes.count(a), "docs/legal-basis.md has a row for " << a << ", which no check emits");
  // Every row quotes the Code (or says where its number comes from).
  std::regex row(R"re(\| <a id="code-[^\n]*)re");
  for (std::sregex_iterator it(rows.begin(), rows.end(), row), end; it != end; ++it)
    CHECK_MESSAGE(it->str().find("\"") != std::string::npos, it->str().substr(0, 80));

  std::string reference = Source("docs/import-and-check.md");
  for (const auto& code : codes)
    CHECK_MESSAGE(reference.find("`" + code + "`") != std::string::npos, "docs/import-and-check.md does not list " << code);
}
