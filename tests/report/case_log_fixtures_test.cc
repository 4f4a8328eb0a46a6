// Four case-system exports (tests/fixtures/case-logs/, made by make-fixtures.mjs) read and reported: CH01 and CH02
// must be what tests/fixtures/case-logs/figures.mjs works out on its own (its expected.json), with no errors.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include <nlohmann/json.hpp>

#include "case_log.h"
#include "files.h"
#include "performance.h"

namespace {

const std::filesystem::path kDir = std::filesystem::path(SOURCE_DIRECTORY) / "tests" / "fixtures" / "case-logs";

std::string Read(const std::filesystem::path& p) {
  std::string error;
  auto text = cs::ReadTextFile(p.string(), &error);
  REQUIRE_MESSAGE(text, error);
  return *text;
}

bool Has(const std::vector<cs::Diagnostic>& ds, const std::string& code) {
  return std::any_of(ds.begin(), ds.end(), [&](const cs::Diagnostic& d) { return d.code == code; });
}

}  // namespace

TEST_CASE("case log fixtures: CH01 and CH02 of four systems' exports match the independent script") {
  const auto expected = nlohmann::json::parse(Read(kDir / "expected.json"));
  REQUIRE(expected.size() == 4);
  for (const auto& item : expected.items()) {
    const std::string name = item.key();  // not a structured binding: clang 14 cannot CAPTURE one
    const auto& e = item.value();
    CAPTURE(name);
    std::vector<cs::Diagnostic> diags;
    std::optional<cs::ColumnMapping> mapping;
    cs::CaseLogOptions options;
    if (!e["columns"].is_null()) {
      mapping = cs::ParseColumnMapping(Read(kDir / e["columns"].get<std::string>()), e["columns"].get<std::string>(), &diags);
      REQUIRE(mapping);
      options.columns = &*mapping;
    }
    auto log = cs::ParseCaseLog(Read(kDir / name), name, options, &diags);
    for (const auto& d : diags) MESSAGE(cs::FormatDiagnostic(d));
    REQUIRE(log);
    CHECK_FALSE(cs::HasErrors(diags));
    CHECK(static_cast<int>(log->rows.size()) == e["rows"].get<int>());
    cs::PerformanceOptions o;
    o.from = *cs::ParseIsoDate(e["from"].get<std::string>());
    o.to = *cs::ParseIsoDate(e["to"].get<std::string>());
    o.homes = e["homes"].get<long long>();
    cs::Performance p = cs::ComputePerformance(*log, o, &diags);
    CHECK_FALSE(cs::HasErrors(diags));
    for (int n : {1, 2}) {
      CAPTURE(n);
      const auto& want = e["stage" + std::to_string(n)];
      const cs::StageFigures& s = p.Stage(n);
      CHECK(s.received == want["received"].get<int>());
      CHECK(s.refused == want["refused"].get<int>());
      CHECK(s.responded == want["responded"].get<int>());
      CHECK(s.within == want["within"].get<int>());
      CHECK(s.per_1000.tenths == want["ch01_tenths"].get<long long>());
      REQUIRE(s.within_pct);
      CHECK(s.within_pct->tenths == want["ch02_tenths"].get<long long>());
    }
  }
}

TEST_CASE("case log fixtures: each is read the way its system wrote it") {
  std::vector<cs::Diagnostic> d;
  auto civica = cs::ParseCaseLog(Read(kDir / "civica-northgate.csv"), "civica", &d);
  REQUIRE(civica);
  CHECK(civica->encoding == "UTF-8 with BOM");
  CHECK_FALSE(civica->per_complaint);
  CHECK(Has(d, "cases.responded.before_received"));  // CIV-X005, a typing slip: counted as late
  d.clear();
  auto orchard = cs::ParseCaseLog(Read(kDir / "orchard-mri.csv"), "orchard", &d);
  REQUIRE(orchard);
  CHECK(orchard->per_complaint);
  CHECK(static_cast<int>(orchard->rows.size()) > orchard->records);  // escalated complaints give a second row
  d.clear();
  auto dynamics = cs::ParseCaseLog(Read(kDir / "dynamics-crm.csv"), "dynamics", &d);
  REQUIRE(dynamics);
  CHECK(dynamics->encoding == "Windows-1252");
  CHECK(dynamics->separator == "semicolon");
  auto late_night = std::find_if(dynamics->rows.begin(), dynamics->rows.end(), [](const cs::CaseRow& r) { return r.reference == "CAS-X006"; });
  REQUIRE(late_night != dynamics->rows.end());
  CHECK(late_night->received.Iso() == "2025-06-03");  // 23:20 UTC on 2 June is 00:20 on 3 June in the UK
  d.clear();
  // Without its mapping, the tab-separated export cannot be read, and the error says what to write.
  CHECK_FALSE(cs::ParseCaseLog(Read(kDir / "mapped-tab.txt"), "mapped", &d));
  CHECK(Has(d, "cases.header.missing_column"));
}
