// Tests for the annual report's words and downloads: a site in the pseudo-language xx gets the translated report words
// (English for the rest) and Welsh dates when its language is cy; figures.csv is valid RFC 4180 and agrees with
// figures.json, and the year's page links both.
#include <doctest/doctest.h>

#include <filesystem>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "annual_report_pages.h"
#include "build_site.h"
#include "exit_status.h"
#include "files.h"
#include "i18n.h"
#include "built_site.h"
#include "test_site.h"
#include "test_util.h"

namespace fs = std::filesystem;
using cs_test::BuiltSite;

namespace {

// RFC 4180: records end in CRLF; a field with a comma, quote or line break is quoted, a quote inside doubled.
// Returns nothing when the text breaks those rules.
std::optional<std::vector<std::vector<std::string>>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      for (++i;; ++i) {
        if (i >= text.size()) return std::nullopt;
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') { field += '"'; ++i; continue; }
          ++i;
          break;
        }
        field += text[i];
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\r' && text[i] != '\n') {
        if (text[i] == '"') return std::nullopt;
        field += text[i++];
      }
    }
    if (i < text.size() && text[i] == ',') {
      row.push_back(field);
      field.clear();
      ++i;
    } else if (text.compare(i, 2, "\r\n") == 0) {
      row.push_back(field);
      field.clear();
      rows.push_back(row);
      row.clear();
      i += 2;
    } else {
      return std::nullopt;  // a bare LF, or text after a closing quote, or no CRLF at the end
    }
  }
  if (!row.empty() || !field.empty()) return std::nullopt;
  return rows;
}


}  // namespace

TEST_CASE("annual report in the pseudo-language xx: translated words, English for the rest, downloads written") {
  BuiltSite site("cs-report-i18n-xx", "xx", true);
  std::string html = site.Read("annual-report/2025-26/index.html");
  CHECK(html.find("<h2 id=\"key-figures\">[xx] Kéy fïgüres</h2>") != std::string::npos);
  CHECK(html.find("<li><a href=\"#key-figures\">[xx] Kéy fïgüres</a></li>") != std::string::npos);
  CHECK(html.find("<tr><th scope=\"row\">[xx] Stïll öpén ön 31 March 2026</th>") != std::string::npos);  // xx has no date names: English
  CHECK(html.find(">[xx] Spréädshéét (CSV)</a> or <a href=\"/annual-report/2025-26/figures.json\">Data (JSON)</a>") != std::string::npos);
  CHECK(html.find("<h2 id=\"performance\">(b) How we handled complaints</h2>") != std::string::npos);  // not translated
  CHECK(html.find("Kéy fïgüres") != std::string::npos);
  CHECK(site.Read("annual-report/index.html").find("2025-26 report</a>") != std::string::npos);
  // The files the page links are there.
  CHECK_FALSE(site.Read("annual-report/2025-26/figures.csv").empty());
  CHECK_FALSE(site.Read("annual-report/2024-25/figures.json").empty());
}

TEST_CASE("annual report pages in Welsh (cy): dates and month names from core/data/date-names.json") {
  cs::SiteConfig config;
  config.landlord_name = "Example Homes";
  cs_test::TestSite welsh(config, "cy", "{}");
  auto pages = cs::AnnualReportPages(cs_test::LoadFolder(std::string(SOURCE_DIRECTORY) + "/content"), welsh.ctx);
  REQUIRE(pages.size() == 3);
  const std::string& html = pages[1].body_html;  // 2025-26
  CHECK(html.find("1 Ebrill 2025 to 31 Mawrth 2026") != std::string::npos);
  CHECK(html.find("Still open on 31 Mawrth 2026") != std::string::npos);
  CHECK(html.find("<th scope=\"row\">Ebrill 2025</th>") != std::string::npos);  // the monthly chart's table
  CHECK(html.find(">Ebr</text>") != std::string::npos);                          // its short x-axis label
  CHECK(html.find("April") == std::string::npos);
  CHECK(html.find("<p class=\"chart__note\">The same figures are in the table below.</p>") != std::string::npos);
}

TEST_CASE("annual report figures.csv: RFC 4180, one row per figure, the same values as figures.json") {
  cs::SiteConfig config;
  config.landlord_name = "Example Homes";
  std::vector<cs::GeneratedFile> files;
  cs_test::TestSite english(config);
  auto pages = cs::AnnualReportPages(cs_test::LoadFolder(std::string(SOURCE_DIRECTORY) + "/content"), english.ctx, &files);
  CHECK_FALSE(cs::HasErrors(english.diagnostics));
  std::map<std::string, std::string> by_path;
  for (const auto& f : files) by_path[f.path] = f.content;
  REQUIRE(by_path.size() == 4);
  for (const char* year : {"2024-25", "2025-26"}) {
    CAPTURE(year);
    const std::string folder = std::string("annual-report/") + year + "/";
    REQUIRE(by_path.count(folder + "figures.json"));
    REQUIRE(by_path.count(folder + "figures.csv"));
    auto json = nlohmann::json::parse(by_path[folder + "figures.json"], nullptr, false);
    REQUIRE(json.is_object());
    CHECK(json["period"]["label"] == year);
    CHECK(by_path[folder + "figures.json"].rfind("{\n  \"acknowledgements\": {", 0) == 0);  // indented, keys sorted
    auto rows = ParseCsv(by_path[folder + "figures.csv"]);
    REQUIRE(rows);
    REQUIRE(rows->size() > 40);
    CHECK((*rows)[0] == std::vector<std::string>{"figure", "value"});
    std::map<std::string, std::string> csv;
    for (size_t i = 1; i < rows->size(); ++i) {
      REQUIRE((*rows)[i].size() == 2);
      CHECK_MESSAGE(csv.emplace((*rows)[i][0], (*rows)[i][1]).second, ("figure named twice: " + (*rows)[i][0]));
    }
    // CH01 and CH02 the same as the JSON (null, for no responses, as an empty value).
    for (const char* stage : {"stage1", "stage2"}) {
      const std::string per_1000 = std::string(stage) + "_per_1000", within = std::string(stage) + "_within_pct";
      REQUIRE(csv.count("ch01." + per_1000));
      CHECK(nlohmann::json::parse(csv["ch01." + per_1000]) == json["ch01"][per_1000]);
      REQUIRE(csv.count("ch02." + within));
      CHECK(csv["ch02." + within] == (json["ch02"][within].is_null() ? std::string() : json["ch02"][within].dump()));
    }
    // One row per month and stage, named by the month.
    REQUIRE(json["monthly"].is_array());
    for (const auto& m : json["monthly"]) {
      std::string month = m["month"];
      CHECK(csv["monthly." + month + ".stage1"] == m["stage1"].dump());
      CHECK(csv["monthly." + month + ".stage2"] == m["stage2"].dump());
    }
    // Last year's figures for comparison, in both files.
    if (std::string(year) == "2025-26") {
      REQUIRE(json.contains("previous"));
      CHECK(csv["previous.ch01.stage1_per_1000"] == json["previous"]["ch01"]["stage1_per_1000"].dump());
    }
  }
  // A reason with a comma is quoted, and reads back whole.
  const std::string& csv2425 = by_path["annual-report/2024-25/figures.csv"];
  CHECK(csv2425.find("\"refused_by_reason.Service request, not a complaint\",") != std::string::npos);
  auto rows = ParseCsv(csv2425);
  REQUIRE(rows);
  bool found = false;
  for (const auto& r : *rows) found = found || r[0] == "refused_by_reason.Service request, not a complaint";
  CHECK(found);
  // Deterministic.
  std::vector<cs::GeneratedFile> again;
  english.ctx.diagnostics = nullptr;
  cs::AnnualReportPages(cs_test::LoadFolder(std::string(SOURCE_DIRECTORY) + "/content"), english.ctx, &again);
  REQUIRE(again.size() == files.size());
  for (size_t i = 0; i < files.size(); ++i) CHECK(again[i].content == files[i].content);
}

TEST_CASE("annual report figures.csv: the CSV parser used by these tests refuses broken files") {
  CHECK(ParseCsv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n"));
  CHECK((*ParseCsv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n"))[1][1] == "say \"hi\"");
  CHECK_FALSE(ParseCsv("a,b\n"));
  CHECK_FALSE(ParseCsv("a,\"b\r\n"));
  CHECK_FALSE(ParseCsv("a,b\"c\r\n"));
  CHECK_FALSE(ParseCsv("a,b"));
}
