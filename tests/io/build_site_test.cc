// Tests for site/io/build_site.cc: `check` and `build` read every fixture site, valid and invalid, through the same
// loader and generator, and report the same findings (codes, places, words, one formatter); the broken fixtures of
// tests/fixtures/content-invalid/ give exactly the errors their expected.txt lists.
#include "build_site.h"

#include <doctest/doctest.h>
#include <stdlib.h>

#include <cmath>
#include <filesystem>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "checks.h"
#include "today.h"
#include "exit_status.h"
#include "files.h"
#include "test_util.h"

namespace fs = std::filesystem;

namespace {

const std::string kSource = SOURCE_DIRECTORY;

using cs_test::TempDir;

// A fixture site: its name and its files (path under content/ -> bytes).
struct FixtureSite {
  std::string name;
  cs::FileMap files;
  std::string expected;  ///< content-invalid/<case>/expected.txt, or ""
};

cs::FileMap Example() {
  cs::FileMap files;
  for (auto& [path, text] : cs_test::ReadTree(kSource + "/content")) files[path] = std::move(text);
  return files;
}

// `fixture`'s files laid over the example site (as tests/quality/security.test.mjs lays the hostile ones), but for
// `skip`; `patch` merged into site.json (RFC 7386) when it is not null.
cs::FileMap Overlay(const fs::path& fixture, const std::set<std::string>& skip, const nlohmann::json& patch = nullptr) {
  cs::FileMap files = Example();
  for (auto& [path, text] : cs_test::ReadTree(fixture.string()))
    if (!skip.count(path)) files[path] = std::move(text);
  if (!patch.is_null()) {
    auto site = nlohmann::ordered_json::parse(files["site.json"]);
    site.merge_patch(nlohmann::ordered_json::parse(patch.dump()));
    files["site.json"] = site.dump(2);
  }
  return files;
}

const fs::path kCaseLogs = fs::path(kSource) / "tests" / "fixtures" / "case-logs";

// The example site with its 2025-26 report reading one of tests/fixtures/case-logs/ (four systems' exports), with
// that log's homes and, when it has one, its column mapping as annual-reports/2025-26.columns.json.
std::vector<FixtureSite> CaseLogSites() {
  std::vector<FixtureSite> sites;
  const auto expected = nlohmann::json::parse(*cs_test::ReadFile((kCaseLogs / "expected.json").string()));
  for (const auto& [log, e] : expected.items()) {
    cs::FileMap files = Example();
    auto report = nlohmann::ordered_json::parse(files["annual-reports/2025-26.json"]);
    report["cases"] = log;
    report["homes"] = e["homes"];
    report["period"] = {{"from", e["from"]}, {"to", e["to"]}};
    files["annual-reports/2025-26.json"] = report.dump(2);
    files["annual-reports/" + log] = *cs_test::ReadFile((kCaseLogs / log).string());
    if (!e["columns"].is_null())
      files["annual-reports/2025-26.columns.json"] = *cs_test::ReadFile((kCaseLogs / e["columns"].get<std::string>()).string());
    sites.push_back({"tests/fixtures/case-logs/" + log, files, ""});
  }
  return sites;
}

// Every fixture site of the repository: the example, tests/fixtures/hostile* (whole sites, or files and site.json
// patches over the example), tests/fixtures/content-invalid/* and the other fixtures laid over the example, and the
// example reading each case-log fixture.
std::vector<FixtureSite> FixtureSites() {
  std::vector<FixtureSite> sites = {{"example", Example(), ""}};
  for (auto& site : CaseLogSites()) sites.push_back(std::move(site));
  std::vector<fs::path> dirs;
  for (const auto& e : fs::directory_iterator(kSource + "/tests/fixtures"))
    if (e.is_directory() && e.path().filename() != "content-invalid" && e.path().filename() != "import" &&
        e.path().filename() != "init" && e.path().filename() != "case-logs")
      dirs.push_back(e.path());
  for (const auto& e : fs::directory_iterator(kSource + "/tests/fixtures/content-invalid")) dirs.push_back(e.path());
  dirs.push_back(kSource + "/tests/data/annual-report/content");
  std::sort(dirs.begin(), dirs.end());
  for (const auto& dir : dirs) {
    std::string name = fs::relative(dir, kSource).generic_string();
    bool broken = fs::exists(dir / "expected.txt");  // content-invalid/<case>: the broken files over the example
    if (fs::exists(dir / "site.json") && !broken) {
      cs::FileMap files;
      for (auto& [path, text] : cs_test::ReadTree(dir.string())) files[path] = std::move(text);
      sites.push_back({name, files, ""});
    } else if (fs::exists(dir / "site.patch.json")) {
      auto patches = nlohmann::json::parse(*cs_test::ReadFile((dir / "site.patch.json").string()));
      if (!patches.is_array()) patches = nlohmann::json::array({patches});
      for (size_t i = 0; i < patches.size(); ++i) {
        nlohmann::json patch = patches[i];
        patch.erase("$expect");
        sites.push_back({name + "#" + std::to_string(i + 1), Overlay(dir, {"site.patch.json", "expect.json"}, patch), ""});
      }
    } else {
      auto expected = cs_test::ReadFile((dir / "expected.txt").string());
      sites.push_back({name, Overlay(dir, {"expected.txt", "README.md"}), expected.value_or("")});
    }
  }
  return sites;
}

void Write(const fs::path& root, const cs::FileMap& files) {
  std::string error;
  for (const auto& [path, text] : files) REQUIRE(cs::WriteTextFile((root / path).string(), text, &error));
}

// What only `build` can say: about the binary, its options and the output folder, never about the content.
bool AboutTheBuildOnly(const cs::Diagnostic& d) {
  static const std::set<std::string> kEdge = {"build.widget.missing", "build.output", "build.strict",
                                              "build.search.missing", "build.search.failed"};
  return kEdge.count(d.code) > 0;
}

std::string Key(const cs::Diagnostic& d) {
  cs::Diagnostic place = d;
  place.severity = cs::Severity::Error;  // compared on their own below
  return cs::FormatDiagnostic(place);
}

}  // namespace

TEST_CASE("check and build report the same findings on every fixture site, valid and invalid") {
  const cs::Date today = *cs::ParseIsoDate("2026-11-24");
  std::vector<FixtureSite> sites = FixtureSites();
  REQUIRE(sites.size() >= 20);
  int invalid = 0, with_errors = 0;
  for (const auto& site : sites) {
    CAPTURE(site.name);
    TempDir tmp;
    const fs::path content = tmp.path / "content";
    Write(content, site.files);

    cs::CheckResult check = cs::CheckContentFolder(content.string(), today);
    cs::BuildOptions options;
    options.content_dir = content.string();
    options.out_dir = (tmp.path / "public").string();
    options.today = "2026-11-24";
    options.search = "off";
    std::ostringstream err;
    cs::BuildReport report;
    int status = cs::BuildSite(options, err, &report);

    // The same diagnostics, one for one: code, file, line, column, message, provision and fix.
    std::multiset<std::string> checked, built;
    std::map<std::string, cs::Severity> check_severity;
    for (const auto& d : check.report.All()) {
      checked.insert(Key(d));
      check_severity[Key(d)] = d.severity;
    }
    for (const auto& d : report.diagnostics)
      if (!AboutTheBuildOnly(d)) {
        built.insert(Key(d));
        // At the same severity, except a finding of the checks that `build` reports as a warning (it publishes
        // anyway) unless it stops publication.
        auto it = check_severity.find(Key(d));
        if (it == check_severity.end()) continue;
        bool demoted = it->second == cs::Severity::Error && d.severity == cs::Severity::Warning && !cs::BlocksPublication(d);
        CHECK_MESSAGE((d.severity == it->second || demoted), Key(d));
      }
    std::vector<std::string> only_check, only_build;
    std::set_difference(checked.begin(), checked.end(), built.begin(), built.end(), std::back_inserter(only_check));
    std::set_difference(built.begin(), built.end(), checked.begin(), checked.end(), std::back_inserter(only_build));
    CHECK_MESSAGE(only_check.empty(), "only check says: " << (only_check.empty() ? "" : only_check[0]));
    CHECK_MESSAGE(only_build.empty(), "only build says: " << (only_build.empty() ? "" : only_build[0]));
    // Every line build printed is FormatDiagnostic's.
    for (const auto& d : report.diagnostics) CHECK(err.str().find(cs::FormatDiagnostic(d) + "\n") != std::string::npos);

    // Errors agree with the exit statuses: check exits 1 exactly when build fails for the content.
    bool check_errors = cs::HasErrors(check.report.All());
    with_errors += check_errors;
    bool load_or_generate_errors = cs::HasErrors(check.report.problems);
    if (load_or_generate_errors) CHECK(status != cs::kExitSuccess);
    if (status == cs::kExitSuccess) CHECK_FALSE(load_or_generate_errors);

    // content-invalid/<case>/expected.txt: one "file:line:col code" per error the case must give, and no other.
    if (!site.expected.empty()) {
      ++invalid;
      std::multiset<std::string> expected, actual;
      std::istringstream lines(site.expected);
      for (std::string line; std::getline(lines, line);)
        if (!line.empty()) expected.insert(line);
      const std::string prefix = content.string() + "/";
      for (const auto& d : check.report.All())
        if (d.severity == cs::Severity::Error)
          actual.insert(d.file.substr(d.file.rfind(prefix, 0) == 0 ? prefix.size() : 0) + ":" + std::to_string(d.line) +
                        ":" + std::to_string(d.column) + " " + d.code);
      CHECK(actual == expected);
      CHECK(status == cs::kExitContentError);
    }
  }
  CHECK(invalid >= 17);
  CHECK(with_errors > invalid);
}

TEST_CASE("check and build: SOURCE_DATE_EPOCH is the date both count from when --today is not given") {
  TempDir tmp;
  const fs::path content = tmp.path / "content";
  Write(content, Example());
  // 1 September 2027 00:00 UTC: the example's latest self-assessment (approved 18 June 2026) is then more than 12 months old.
  ::setenv("SOURCE_DATE_EPOCH", "1819756800", 1);
  cs::Diagnostic problem;
  CHECK(cs::ResolveToday("", &problem) == cs::Date{2027, 9, 1});
  cs::BuildOptions options;
  options.content_dir = content.string();
  options.out_dir = (tmp.path / "public").string();
  options.search = "off";
  std::ostringstream err;
  cs::BuildSite(options, err);
  ::setenv("SOURCE_DATE_EPOCH", "not a date", 1);
  CHECK_FALSE(cs::ResolveToday("", &problem));
  CHECK(problem.file == "SOURCE_DATE_EPOCH");
  CHECK(problem.code == "today.invalid");
  ::unsetenv("SOURCE_DATE_EPOCH");
  CHECK(err.str().find("[sa.latest.stale]") != std::string::npos);
  CHECK(cs::ResolveToday("2026-02-30", &problem) == std::nullopt);
  CHECK(problem.file == "--today");
}

// Issue 15, item 6: the site reads a case system's export with the same reader as `report` (and the column mapping
// beside the report, through the content source): its figures.json has the CH01 and CH02 that
// tests/fixtures/case-logs/figures.mjs works out on its own (expected.json).
TEST_CASE("build: the annual report's figures for each case-log fixture are the independent script's") {
  const auto expected = nlohmann::json::parse(*cs_test::ReadFile((kCaseLogs / "expected.json").string()));
  std::vector<FixtureSite> sites = CaseLogSites();
  REQUIRE(sites.size() == 4);
  for (const auto& site : sites) {
    CAPTURE(site.name);
    const auto& e = expected[site.name.substr(site.name.rfind('/') + 1)];
    TempDir tmp;
    Write(tmp.path / "content", site.files);
    cs::BuildOptions options;
    options.content_dir = (tmp.path / "content").string();
    options.out_dir = (tmp.path / "public").string();
    options.today = "2026-11-24";
    options.search = "off";
    std::ostringstream err;
    cs::BuildReport report;
    CHECK(cs::BuildSite(options, err, &report) == cs::kExitSuccess);
    for (const auto& d : report.diagnostics) {
      CAPTURE(cs::FormatDiagnostic(d));
      CHECK(d.code.rfind("cases.header.missing", 0) != 0);  // the mapping was read
      CHECK(d.severity != cs::Severity::Error);
    }
    auto text = cs_test::ReadFile((tmp.path / "public" / "annual-report" / "2025-26" / "figures.json").string());
    REQUIRE(text);
    auto figures = nlohmann::json::parse(*text);
    auto tenths = [](const nlohmann::json& v) { return std::llround(v.get<double>() * 10); };
    for (const std::string n : {"1", "2"}) {
      CAPTURE(n);
      const auto& want = e["stage" + n];
      CHECK(figures["counts"]["stage" + n + "_received"] == want["received"]);
      CHECK(figures["counts"]["stage" + n + "_refused"] == want["refused"]);
      CHECK(figures["counts"]["stage" + n + "_responded"] == want["responded"]);
      CHECK(figures["counts"]["stage" + n + "_within"] == want["within"]);
      CHECK(tenths(figures["ch01"]["stage" + n + "_per_1000"]) == want["ch01_tenths"].get<long long>());
      CHECK(tenths(figures["ch02"]["stage" + n + "_within_pct"]) == want["ch02_tenths"].get<long long>());
    }
    CHECK(figures["homes"] == e["homes"]);
  }
}
