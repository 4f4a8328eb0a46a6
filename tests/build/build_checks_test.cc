// Tests for the checks and the publishing rule of `build` (site/build/generate.cc, site/io/build_site.cc): `build` reports the checks' findings in the same
// format as `check`, refuses to publish placeholders and a site outside England, and a preview (`serve`) still
// builds such a site and shows what stops it being published (issue 12, items 4 and 14).
#include <doctest/doctest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "build_site.h"
#include "checks.h"
#include "date.h"
#include "exit_status.h"
#include "test_util.h"

namespace fs = std::filesystem;

namespace {

using cs_test::TempDir;

void Write(const fs::path& path, const std::string& text) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// content/ as `complaints-site init --name "Vale Homes"` writes it, straight from templates/init/.
void WriteInitContent(const fs::path& content) {
  for (const char* name : {"site.json", "policy.md"}) {
    auto text = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/templates/init/" + name);
    REQUIRE(text);
    for (const auto& [from, to] : {std::pair<std::string, std::string>{"{{landlord_name}}", "Vale Homes"},
                                   {"{{nation}}", "england-and-wales"}})
      for (size_t at; (at = text->find(from)) != std::string::npos;) text->replace(at, from.size(), to);
    Write(content / name, *text);
  }
}

cs::BuildOptions Options(const fs::path& content, const fs::path& out) {
  cs::BuildOptions o;
  o.content_dir = content.string();
  o.out_dir = out.string();
  o.templates_dir = std::string(SOURCE_DIRECTORY) + "/templates";
  o.widget_dir = "/nonexistent-widget-dir";
  o.today = "2026-11-24";
  o.search = "off";
  return o;
}

std::set<std::string> Lines(const std::string& text) {
  std::set<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.insert(line);
  return lines;
}

// The lines `check` prints for the findings that stop publication.
std::set<std::string> CheckLines(const fs::path& content) {
  std::set<std::string> lines;
  for (const auto& d : cs::CheckContentFolder(content.string(), *cs::ParseIsoDate("2026-11-24")).report.All())
    if (cs::BlocksPublication(d)) lines.insert(cs::FormatDiagnostic(d));
  return lines;
}

}  // namespace

TEST_CASE("build: an unedited init site is not published; placeholders are errors as in check (Code 3.1, 3.4)") {
  TempDir tmp;
  WriteInitContent(tmp.path / "content");
  std::ostringstream err;
  int status = cs::BuildSite(Options(tmp.path / "content", tmp.path / "out"), err);
  CAPTURE(err.str());
  CHECK(status == cs::kExitContentError);
  CHECK_FALSE(fs::exists(tmp.path / "out"));
  std::set<std::string> printed = Lines(err.str());
  std::set<std::string> expected = CheckLines(tmp.path / "content");
  std::set<std::string> codes;
  for (const auto& line : expected) {
    CHECK_MESSAGE(printed.count(line), "build does not print, as check does: " << line);
    codes.insert(line.substr(line.rfind('[')));
  }
  CHECK(codes == std::set<std::string>{"[placeholder.email]", "[placeholder.phone]", "[placeholder.postal]",
                                       "[placeholder.website]", "[placeholder.words]"});
  // file:line:col: error: message (Code x.y) — fix [code]
  std::string phone = (tmp.path / "content" / "site.json").string() +
                      ":9:61: error: 03069 990000 is a made-up phone number reserved for examples";
  bool found = false;
  for (const auto& line : printed)
    if (line.rfind(phone, 0) == 0 && line.find(" (Code 3.1) \xE2\x80\x94 ") != std::string::npos &&
        line.size() > 19 && line.compare(line.size() - 19, 19, "[placeholder.phone]") == 0)
      found = true;
  CHECK_MESSAGE(found, phone);
}

TEST_CASE("build: a preview (serve) builds an unedited init site and reports what stops it being published") {
  TempDir tmp;
  WriteInitContent(tmp.path / "content");
  cs::BuildOptions options = Options(tmp.path / "content", tmp.path / "out");
  options.preview = true;
  std::ostringstream err;
  cs::BuildReport report;
  REQUIRE_MESSAGE(cs::BuildSite(options, err, &report) == cs::kExitSuccess, err.str());
  CHECK(fs::exists(tmp.path / "out" / "policy" / "index.html"));
  CHECK(report.errors > 10);
  CHECK(err.str().find("[placeholder.phone]") != std::string::npos);
  CHECK(err.str().find("preview only: ") != std::string::npos);
}

TEST_CASE("build: a site outside England is not published (Code introduction: the Housing Ombudsman Scheme)") {
  TempDir tmp;
  fs::copy(std::string(SOURCE_DIRECTORY) + "/content", tmp.path / "content", fs::copy_options::recursive);
  auto site = cs_test::ReadFile((tmp.path / "content" / "site.json").string());
  REQUIRE(site);
  const std::string england = "\"nation\": \"england-and-wales\"";
  REQUIRE(site->find(england) != std::string::npos);
  site->replace(site->find(england), england.size(), "\"nation\": \"scotland\"");
  Write(tmp.path / "content" / "site.json", *site);
  std::ostringstream err;
  CHECK(cs::BuildSite(Options(tmp.path / "content", tmp.path / "out"), err) == cs::kExitContentError);
  std::set<std::string> expected = CheckLines(tmp.path / "content");
  REQUIRE(expected.size() == 1);
  CHECK(expected.begin()->find(":6:13: error: ") != std::string::npos);
  CHECK(Lines(err.str()).count(*expected.begin()));
}

TEST_CASE("build: the example site has nothing that stops publication") {
  CHECK(CheckLines(std::string(SOURCE_DIRECTORY) + "/content").empty());
}

TEST_CASE("build: every other finding of check is reported with the same code, position and text, as a warning") {
  TempDir tmp;
  fs::copy(std::string(SOURCE_DIRECTORY) + "/content", tmp.path / "content", fs::copy_options::recursive);
  std::ofstream(tmp.path / "content" / "policy.md", std::ios::app)
      << "\nIf you are not happy with our stage 2 response, you can ask for a stage 3 review.\n"
         "\nWe acknowledge stage 1 complaints within 7 working days.\n";
  std::vector<cs::Diagnostic> findings =
      cs::CheckContentFolder((tmp.path / "content").string(), *cs::ParseIsoDate("2026-11-24")).report.findings;
  std::set<std::string> codes;
  for (const auto& d : findings) codes.insert(d.code);
  REQUIRE(codes == std::set<std::string>{"policy.stages.third", "policy.timescale.mismatch"});
  std::ostringstream err;
  REQUIRE(cs::BuildSite(Options(tmp.path / "content", tmp.path / "out"), err) == cs::kExitSuccess);
  std::set<std::string> printed = Lines(err.str());
  for (cs::Diagnostic d : findings) {
    CHECK(d.severity == cs::Severity::Error);
    d.severity = cs::Severity::Warning;
    CHECK_MESSAGE(printed.count(cs::FormatDiagnostic(d)), cs::FormatDiagnostic(d));
  }
}
