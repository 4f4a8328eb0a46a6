// Tests for core/content/case_log_columns: headers as systems export them, and the officer's column mapping.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "case_log_columns.h"

namespace {

using cs::LogField;

std::vector<cs::CsvField> Header(const std::vector<std::string>& names) {
  std::vector<cs::CsvField> fields;
  int column = 1;
  for (const auto& n : names) {
    fields.push_back({n, 1, column});
    column += static_cast<int>(n.size()) + 1;
  }
  return fields;
}

std::string HeaderFor(const std::vector<std::string>& names, const cs::RecognisedColumns& c, LogField f) {
  return c[f] < 0 ? "" : names[static_cast<size_t>(c[f])];
}

bool Has(const std::vector<cs::Diagnostic>& ds, const std::string& code) {
  return std::any_of(ds.begin(), ds.end(), [&](const cs::Diagnostic& d) { return d.code == code; });
}

}  // namespace

TEST_CASE("case log columns: the names in the issue, any case and punctuation") {
  const std::vector<std::pair<LogField, std::vector<std::string>>> names = {
      {LogField::Reference, {"Case Ref", "Reference", "Complaint Reference", "Case Number", "ID", "case_ref", "CASE REF."}},
      {LogField::Received, {"Date Received", "Date Logged", "Received Date", "Logged Date", "Created", "Created On"}},
      {LogField::Stage, {"Stage", "Complaint Stage", "Type"}},
      {LogField::Acknowledged, {"Date Acknowledged", "Acknowledged Date", "Acknowledgement Date"}},
      {LogField::Responded, {"Date Responded", "Response Date", "Completed Date", "Closed Date", "Date Closed", "Resolved Date"}},
      {LogField::Outcome, {"Outcome", "Decision", "Result"}},
      {LogField::Extension, {"Extension", "Extension Days", "Extended Target Date", "Revised Due Date", "extension_working_days"}},
      {LogField::RefusedReason, {"Declined Reason", "Refused Reason", "Not Accepted Reason", "refused_reason"}},
      {LogField::Category, {"Category", "Service Area", "Department", "Reason"}},
      {LogField::Stage2Received, {"Stage 2 Received", "Escalated Date", "Escalation Date", "Date Escalated", "S2 Date Received"}},
      {LogField::Stage2Responded, {"Stage 2 Responded", "Stage 2 Response Date", "Response Date (Stage 2)", "Escalation Closed Date"}},
      {LogField::Stage2Outcome, {"Stage 2 Outcome", "Stage Two Decision"}},
      {LogField::Stage2Acknowledged, {"Stage 2 Acknowledged", "S2 Acknowledgement Date"}},
      {LogField::Stage2Extension, {"Stage 2 Extension Days", "Stage 2 Revised Due Date"}},
  };
  for (const auto& [field, headers] : names) {
    for (const auto& h : headers) {
      std::vector<cs::Diagnostic> d;
      auto c = cs::RecogniseColumns(Header({h}), nullptr, "cases.csv", "map.json", &d);
      REQUIRE(c);
      CHECK_MESSAGE((*c)[field] == 0, h);
    }
  }
  // Stage 1 named before or after: still the base field.
  std::vector<cs::Diagnostic> d;
  std::vector<std::string> h = {"Stage 1 Response Date", "Stage 1 Outcome", "Received (Stage 1)"};
  auto c = cs::RecogniseColumns(Header(h), nullptr, "cases.csv", "map.json", &d);
  REQUIRE(c);
  CHECK(HeaderFor(h, *c, LogField::Responded) == "Stage 1 Response Date");
  CHECK(HeaderFor(h, *c, LogField::Outcome) == "Stage 1 Outcome");
  CHECK(HeaderFor(h, *c, LogField::Received) == "Received (Stage 1)");
  CHECK_FALSE(c->per_complaint);
}

TEST_CASE("case log columns: stage 2 columns make the file one row per complaint; unknown ones are named") {
  std::vector<std::string> h = {"Complaint Reference", "Received Date", "Stage 1 Response Date", "Outcome", "Escalated Date",
                                "Stage 2 Responded", "Stage 2 Outcome", "Stage 2 Officer Notes", "Notes"};
  std::vector<cs::Diagnostic> d;
  auto c = cs::RecogniseColumns(Header(h), nullptr, "cases.csv", "map.json", &d);
  REQUIRE(c);
  CHECK(c->per_complaint);
  CHECK(HeaderFor(h, *c, LogField::Stage2Received) == "Escalated Date");
  CHECK(HeaderFor(h, *c, LogField::Stage2Responded) == "Stage 2 Responded");
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "cases.header.stage2_unknown");
  CHECK(d[0].severity == cs::Severity::Warning);
  CHECK(d[0].message.find("\"Stage 2 Officer Notes\"") != std::string::npos);
  CHECK(c->unused == std::vector<int>{7, 8});
  CHECK(cs::CheckRequiredColumns(*c, Header(h), "cases.csv", "map.json", &d));
  CHECK(Has(d, "cases.header.optional_missing"));  // no acknowledgement or extension columns
}

TEST_CASE("case log columns: two headers for one field") {
  SUBCASE("a more specific name wins, and the other is named in a warning with the mapping line") {
    std::vector<std::string> h = {"Case Ref", "ID", "Response Date", "Closed Date"};
    std::vector<cs::Diagnostic> d;
    auto c = cs::RecogniseColumns(Header(h), nullptr, "cases.csv", "content/annual-reports/2025-26.columns.json", &d);
    REQUIRE(c);
    CHECK(HeaderFor(h, *c, LogField::Reference) == "Case Ref");
    CHECK(HeaderFor(h, *c, LogField::Responded) == "Response Date");
    REQUIRE(d.size() == 2);
    CHECK(d[1].code == "cases.header.ambiguous");
    CHECK(d[1].line == 1);
    CHECK(d[1].column == 27);
    CHECK(d[1].fix.find("\"responded\": \"Closed Date\" in content/annual-reports/2025-26.columns.json") != std::string::npos);
  }
  SUBCASE("the same name twice is an error") {
    std::vector<cs::Diagnostic> d;
    CHECK_FALSE(cs::RecogniseColumns(Header({"Outcome", "Date Received", "Outcome"}), nullptr, "cases.csv", "m", &d));
    REQUIRE(d.size() == 1);
    CHECK(d[0].code == "cases.header.duplicate_column");
    CHECK(d[0].column == 23);
  }
}

TEST_CASE("case log columns: a missing column is one error listing the headers and the mapping lines to add") {
  std::vector<std::string> h = {"Ref No", "Stg", "Dt Rcvd", "Resp Dt", "Res", "Notes"};
  std::vector<cs::Diagnostic> d;
  auto c = cs::RecogniseColumns(Header(h), nullptr, "cases.csv", "content/annual-reports/2025-26.columns.json", &d);
  REQUIRE(c);
  CHECK(d.empty());
  CHECK_FALSE(cs::CheckRequiredColumns(*c, Header(h), "cases.csv", "content/annual-reports/2025-26.columns.json", &d));
  REQUIRE(d.size() == 1);
  const auto& e = d[0];
  CHECK(e.code == "cases.header.missing_column");
  CHECK(e.line == 1);
  CHECK(e.column == 1);
  CHECK(e.message.find("\"Ref No\", \"Stg\", \"Dt Rcvd\", \"Resp Dt\", \"Res\", \"Notes\"") != std::string::npos);
  CHECK(e.message.find("\"received\" (the date the complaint was received)") != std::string::npos);
  // Abbreviations are suggested for the mapping.
  CHECK(e.fix.find("content/annual-reports/2025-26.columns.json") != std::string::npos);
  CHECK(e.message.find("\"reference\"") == std::string::npos);  // "Ref No" is a name the reader knows
  CHECK(e.fix.find("\"stage\": \"Stg\"") != std::string::npos);
  CHECK(e.fix.find("\"received\": \"Dt Rcvd\"") != std::string::npos);
  CHECK(e.fix.find("\"responded\": \"Resp Dt\"") != std::string::npos);
  CHECK(e.fix.find("\"outcome\": \"Res\"") != std::string::npos);
  CHECK(e.fix.find("Notes") == std::string::npos);
}

TEST_CASE("case log columns: the officer's mapping is used first") {
  const char* json = R"({
  "$schema": "../../schemas/case-log-columns.schema.json",
  "reference": "Ref No", "stage": "Stg", "received": "Dt Rcvd",
  "responded": "Resp Dt", "outcome": "Res", "category": "Reason",
  "date_order": "month-first"
})";
  std::vector<cs::Diagnostic> d;
  auto mapping = cs::ParseColumnMapping(json, "map.json", &d);
  REQUIRE(mapping);
  CHECK(d.empty());
  CHECK(mapping->date_order == cs::DateOrder::MonthFirst);
  CHECK(mapping->headers.at(LogField::Received) == "Dt Rcvd");
  CHECK(mapping->at.at(LogField::Received) == std::pair<int, int>{3, 54});
  // "Reason" would be the category anyway, and "Declined Reason" is the refusal reason by its own name.
  std::vector<std::string> h = {"ref no", "STG", "Dt Rcvd", "Resp Dt", "Res", "Reason", "Declined Reason", "Received"};
  auto c = cs::RecogniseColumns(Header(h), &*mapping, "cases.csv", "unused", &d);
  REQUIRE(c);
  CHECK(HeaderFor(h, *c, LogField::Reference) == "ref no");
  CHECK(HeaderFor(h, *c, LogField::Received) == "Dt Rcvd");  // the mapping wins over a recognised "Received"
  CHECK(HeaderFor(h, *c, LogField::RefusedReason) == "Declined Reason");
  CHECK(d.empty());
  CHECK(c->unused == std::vector<int>{7});

  SUBCASE("a mapped header that is not in the file is an error at the mapping's line") {
    std::vector<cs::Diagnostic> e;
    CHECK_FALSE(cs::RecogniseColumns(Header({"Ref No", "Stg"}), &*mapping, "cases.csv", "unused", &e));
    REQUIRE_FALSE(e.empty());
    CHECK(e[0].code == "cases.columns.not_found");
    CHECK(e[0].file == "map.json");
    CHECK(e[0].line == 3);
    CHECK(e[0].message.find("\"Ref No\", \"Stg\"") != std::string::npos);
  }
}

TEST_CASE("case log columns: mapping file problems") {
  std::vector<cs::Diagnostic> d;
  CHECK_FALSE(cs::ParseColumnMapping("[1]", "map.json", &d));
  CHECK(Has(d, "cases.columns.type"));
  d.clear();
  CHECK_FALSE(cs::ParseColumnMapping(R"({"received": 3})", "map.json", &d));
  CHECK(Has(d, "cases.columns.type"));
  d.clear();
  CHECK_FALSE(cs::ParseColumnMapping(R"({"received": " - "})", "map.json", &d));
  CHECK(Has(d, "cases.columns.type"));
  d.clear();
  CHECK_FALSE(cs::ParseColumnMapping(R"({"date_order": "US"})", "map.json", &d));
  CHECK(Has(d, "cases.columns.date_order"));
  d.clear();
  CHECK_FALSE(cs::ParseColumnMapping(R"({"received": "Date", "responded": "date"})", "map.json", &d));
  CHECK(Has(d, "cases.columns.same_header"));
  d.clear();
  CHECK_FALSE(cs::ParseColumnMapping(R"({"received": "Date",})", "map.json", &d));
  CHECK(Has(d, "json.trailing_comma"));
  d.clear();
  auto m = cs::ParseColumnMapping(R"({"recieved": "Date"})", "map.json", &d);
  REQUIRE(m);
  REQUIRE(d.size() == 1);
  CHECK(d[0].code == "cases.columns.unknown_key");
  CHECK(d[0].severity == cs::Severity::Warning);
  CHECK(d[0].fix.find("received") != std::string::npos);
}

TEST_CASE("case log columns: keys and normalised names") {
  for (int f = 0; f < cs::kLogFieldCount; ++f)
    CHECK(cs::LogFieldFromKey(cs::LogFieldKey(static_cast<LogField>(f))) == static_cast<LogField>(f));
  CHECK_FALSE(cs::LogFieldFromKey("date_order"));
  CHECK(cs::NormaliseHeader(" Date_Received (UK) ") == "datereceiveduk");
  CHECK(cs::NormaliseHeader("Caf\xC3\xA9") == "caf");
}

TEST_CASE("case log columns: schemas/case-log-columns.schema.json names exactly the keys the mapping reads") {
  std::ifstream in(std::string(SOURCE_DIRECTORY) + "/schemas/case-log-columns.schema.json");
  REQUIRE(in);
  std::stringstream text;
  text << in.rdbuf();
  auto schema = nlohmann::json::parse(text.str());
  std::set<std::string> in_schema, in_parser = {"$schema", "date_order"};
  for (const auto& [key, value] : schema["properties"].items()) in_schema.insert(key);
  for (int f = 0; f < cs::kLogFieldCount; ++f) in_parser.insert(cs::LogFieldKey(static_cast<LogField>(f)));
  CHECK(in_schema == in_parser);
  CHECK(schema["properties"]["date_order"]["enum"] == nlohmann::json({"day-first", "month-first"}));
  CHECK(schema["additionalProperties"] == false);
}
