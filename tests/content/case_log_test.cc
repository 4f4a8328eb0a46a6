// Tests for core/case_log: CSV reading (RFC 4180) and the checks on every row, with codes and line:column.
#include <doctest/doctest.h>

#include <algorithm>

#include "case_log.h"

namespace {

const char* kHeader = "reference,stage,received,acknowledged,responded,extension_working_days,outcome,category,refused_reason\n";

std::vector<cs::Diagnostic> Errors(const std::string& csv) {
  std::vector<cs::Diagnostic> d;
  auto log = cs::ParseCaseLog(csv, "cases.csv", &d);
  CHECK_FALSE(log);
  return d;
}

bool Has(const std::vector<cs::Diagnostic>& ds, const std::string& code, int line, int column) {
  return std::any_of(ds.begin(), ds.end(), [&](const cs::Diagnostic& d) {
    return d.code == code && d.line == line && d.column == column && d.file == "cases.csv";
  });
}

}  // namespace

TEST_CASE("case log: a well-formed log parses with every field") {
  std::string csv = std::string(kHeader) +
                    "C-1,1,2025-04-01,2025-04-02,2025-04-14,,upheld,Repairs,\n"
                    "C-1,2,2025-04-20,2025-04-22,,,,Repairs,\n"
                    "C-2,1,2025-05-01,,,,refused,Staff conduct,Outside the 12-month window\n";
  std::vector<cs::Diagnostic> d;
  auto log = cs::ParseCaseLog(csv, "cases.csv", &d);
  REQUIRE(log);
  CHECK(d.empty());
  REQUIRE(log->rows.size() == 3);
  const auto& r = log->rows[0];
  CHECK(r.line == 2);
  CHECK(r.reference == "C-1");
  CHECK(r.stage == 1);
  CHECK(r.received.Iso() == "2025-04-01");
  CHECK(r.acknowledged->Iso() == "2025-04-02");
  CHECK(r.responded->Iso() == "2025-04-14");
  CHECK(r.extension_working_days == 0);
  CHECK(r.outcome == cs::Outcome::Upheld);
  CHECK(r.category == "Repairs");
  CHECK(log->rows[1].stage == 2);
  CHECK_FALSE(log->rows[1].responded);
  CHECK(log->rows[1].outcome == cs::Outcome::None);
  CHECK(log->rows[2].outcome == cs::Outcome::Refused);
  CHECK(log->rows[2].refused_reason == "Outside the 12-month window");
}

TEST_CASE("case log: BOM, CRLF, column order, extra columns, quoting") {
  SUBCASE("BOM and CRLF") {
    std::string csv = "\xEF\xBB\xBFreference,stage,received,acknowledged,responded,extension_working_days,outcome,category,refused_reason\r\n"
                      "A,1,2025-04-01,,,,,,\r\n";
    auto log = cs::ParseCaseLog(csv, "cases.csv", nullptr);
    REQUIRE(log);
    REQUIRE(log->rows.size() == 1);
    CHECK(log->rows[0].reference == "A");
    CHECK_FALSE(log->rows[0].acknowledged);
  }
  SUBCASE("any column order; extra columns ignored; header case and spaces ignored") {
    std::string csv = "Notes, Category ,outcome,refused_reason,responded,acknowledged,received,stage,reference,extension_working_days\n"
                      "ignored,Damp and mould,partly_upheld,,2025-06-10,2025-06-02,2025-06-01,1,Z-9,5\n";
    std::vector<cs::Diagnostic> d;
    auto log = cs::ParseCaseLog(csv, "cases.csv", &d);
    REQUIRE(log);
    const auto& r = log->rows.at(0);
    CHECK(r.reference == "Z-9");
    CHECK(r.category == "Damp and mould");
    CHECK(r.extension_working_days == 5);
    CHECK(r.outcome == cs::Outcome::PartlyUpheld);
    CHECK(r.columns[cs::kReference] == 74);  // after "ignored,Damp and mould,partly_upheld,,2025-06-10,2025-06-02,2025-06-01,1,"
  }
  SUBCASE("quoted commas, escaped quotes and line breaks; the next row's line is right") {
    std::string csv = std::string(kHeader) +
                      "\"Q,1\",1,2025-04-01,,2025-04-03,,refused,\"Repairs, \"\"urgent\"\"\",\"Not a complaint:\r\nservice request\"\n"
                      "Q2,1,2025-04-01,,,,,,\n"
                      "\n"
                      "Q3,1,2025-02-30,,,,,,\n";
    std::vector<cs::Diagnostic> d;
    auto log = cs::ParseCaseLog(csv, "cases.csv", &d);
    CHECK_FALSE(log);
    // The first row spans lines 2-3, so Q2 is on line 4, the blank line 5 and Q3 on line 6.
    REQUIRE(d.size() == 1);
    CHECK(d[0].code == "cases.date.invalid");
    CHECK(d[0].line == 6);
    CHECK(d[0].column == 6);
    CHECK(d[0].message.find("February") != std::string::npos);
    auto ok = cs::ParseCaseLog(csv.substr(0, csv.find("Q3")), "cases.csv", nullptr);
    REQUIRE(ok);
    CHECK(ok->rows[0].reference == "Q,1");
    CHECK(ok->rows[0].category == "Repairs, \"urgent\"");
    CHECK(ok->rows[0].refused_reason == "Not a complaint:\nservice request");
    CHECK(ok->rows[1].line == 4);
  }
  SUBCASE("outcomes written as a spreadsheet might") {
    std::string csv = std::string(kHeader) + "A,1,2025-04-01,,2025-04-02,,Partly upheld,,\nB,1,2025-04-01,,2025-04-02,,NOT-UPHELD,,\n";
    auto log = cs::ParseCaseLog(csv, "cases.csv", nullptr);
    REQUIRE(log);
    CHECK(log->rows[0].outcome == cs::Outcome::PartlyUpheld);
    CHECK(log->rows[1].outcome == cs::Outcome::NotUpheld);
  }
}

TEST_CASE("case log: every bad row is an error with its code, line and column") {
  SUBCASE("empty file and missing header columns") {
    CHECK(Has(Errors(""), "cases.empty", 1, 1));
    CHECK(Has(Errors("\xEF\xBB\xBF"), "cases.empty", 1, 1));
    auto d = Errors("reference,stage,received\nA,1,2025-04-01\n");
    CHECK(Has(d, "cases.header.missing_column", 1, 1));
    CHECK(std::count_if(d.begin(), d.end(), [](const cs::Diagnostic& x) { return x.code == "cases.header.missing_column"; }) == 6);
    CHECK(Has(Errors(std::string("stage,") + kHeader), "cases.header.duplicate_column", 1, 17));
  }
  SUBCASE("row errors, all of them reported") {
    std::string csv = std::string(kHeader) +
                      /* 2 */ "A,3,2025-04-01,,,,,,\n"
                      /* 3 */ "B,1,2025-04-31,,,,,,\n"
                      /* 4 */ "C,1,2025-04-10,2025-04-09,,,,,\n"
                      /* 5 */ "D,1,2025-04-10,,2025-04-01,,upheld,,\n"
                      /* 6 */ "E,1,2025-04-10,,2025-04-11,,maybe,,\n"
                      /* 7 */ "F,1,2025-04-10,,2025-04-11,,refused,,\n"
                      /* 8 */ "G,1,2025-04-10,,2025-04-11,ten,upheld,,\n"
                      /* 9 */ ",1,2025-04-10,,,,,,\n"
                      /* 10 */ "A,3,2025-04-01,,,,,,\n"
                      /* 11 */ "H,1,,,,,,,\n"
                      /* 12 */ "I,1,2025-04-10,,2025-04-11,,,,\n"
                      /* 13 */ "J,1,2025-04-10,,,,upheld,,\n"
                      /* 14 */ "K,1,2025-04-10,,,,,Repairs, damp,\n"
                      /* 15 */ "L,1,10/04/2025,,,,,,\n"
                      /* 16 */ "M,2,2025-04-10,,,,,,\n"
                      /* 17 */ "M,2,2025-04-11,,,,,,\n"
                      /* 18 */ "N,1,2025-04-10,,,261,,,\n";
    auto d = Errors(csv);
    CHECK(Has(d, "cases.stage.unknown", 2, 3));
    CHECK(Has(d, "cases.date.invalid", 3, 5));
    CHECK(Has(d, "cases.acknowledged.before_received", 4, 16));
    CHECK(Has(d, "cases.responded.before_received", 5, 17));
    CHECK(Has(d, "cases.outcome.unknown", 6, 29));
    CHECK(Has(d, "cases.refused.missing_reason", 7, 38));
    CHECK(Has(d, "cases.extension.invalid", 8, 28));
    CHECK(Has(d, "cases.reference.missing", 9, 1));
    CHECK(Has(d, "cases.stage.unknown", 10, 3));
    CHECK(Has(d, "cases.date.missing", 11, 5));
    CHECK(Has(d, "cases.outcome.missing", 12, 29));
    CHECK(Has(d, "cases.responded.missing", 13, 17));
    CHECK(Has(d, "cases.row.field_count", 14, 34));
    CHECK(Has(d, "cases.date.invalid", 15, 5));
    CHECK(Has(d, "cases.reference.duplicate", 17, 1));
    CHECK(Has(d, "cases.extension.invalid", 18, 18));
    CHECK(d.size() == 16);
    for (const auto& x : d) CHECK(x.severity == cs::Severity::Error);
    CHECK(cs::FormatDiagnostic(d[0]).rfind("cases.csv:2:3: error: stage \"3\" is not 1 or 2", 0) == 0);
  }
  SUBCASE("CSV syntax") {
    auto d = Errors(std::string(kHeader) + "A,1,2025-04-01,,,,,\"Rep\"airs,\n");
    CHECK(Has(d, "cases.csv.quote", 2, 25));
    d = Errors(std::string(kHeader) + "A,1,2025-04-01,,,,,Rep\"airs,\n");
    CHECK(Has(d, "cases.csv.quote", 2, 23));
    d = Errors(std::string(kHeader) + "A,1,2025-04-01,,,,,\"Repairs,\n");
    CHECK(Has(d, "cases.csv.unterminated_quote", 2, 20));
  }
  SUBCASE("not UTF-8 (a Windows-1252 pound sign)") {
    auto d = Errors(std::string(kHeader) + "A,1,2025-04-01,,,,,Rent \xA3 charges,\n");
    CHECK(Has(d, "cases.csv.encoding", 2, 25));
    d = Errors(std::string("\xEF\xBB\xBF") + kHeader + "A,1,2025-04-01,,,,,Caf\xC3\xA9 \xC3,\n");
    CHECK(Has(d, "cases.csv.encoding", 2, 25));
  }
  SUBCASE("warnings do not stop the log") {
    std::string csv = std::string(kHeader) + "A,1,2025-04-10,2025-04-12,2025-04-11,,upheld,,Some reason\n";
    std::vector<cs::Diagnostic> d;
    auto log = cs::ParseCaseLog(csv, "cases.csv", &d);
    REQUIRE(log);
    CHECK(Has(d, "cases.responded.before_acknowledged", 2, 27));
    CHECK(Has(d, "cases.refused_reason.unexpected", 2, 47));
    CHECK_FALSE(cs::HasErrors(d));
  }
}
