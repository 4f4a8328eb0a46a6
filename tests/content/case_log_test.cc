// Tests for core/content/case_log: reading exports end to end (shapes, encodings, separators, the column mapping),
// the checks on every row, and one summary per kind of problem with its code, line and column.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <regex>
#include <sstream>

#include "case_log.h"

namespace {

const char* kHeader = "reference,stage,received,acknowledged,responded,extension_working_days,outcome,category,refused_reason\n";

std::vector<cs::Diagnostic> Errors(const std::string& csv, const cs::CaseLogOptions& options = {}) {
  std::vector<cs::Diagnostic> d;
  auto log = cs::ParseCaseLog(csv, "cases.csv", options, &d);
  CHECK_FALSE(log);
  return d;
}

const cs::Diagnostic* Find(const std::vector<cs::Diagnostic>& ds, const std::string& code) {
  auto it = std::find_if(ds.begin(), ds.end(), [&](const cs::Diagnostic& d) { return d.code == code; });
  return it == ds.end() ? nullptr : &*it;
}

bool Has(const std::vector<cs::Diagnostic>& ds, const std::string& code, int line, int column) {
  return std::any_of(ds.begin(), ds.end(), [&](const cs::Diagnostic& d) {
    return d.code == code && d.line == line && d.column == column && d.file == "cases.csv";
  });
}

}  // namespace

TEST_CASE("case log: the plain format parses with every field") {
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
  CHECK(r.row == 2);
  CHECK(r.reference == "C-1");
  CHECK(r.stage == 1);
  CHECK(r.received.Iso() == "2025-04-01");
  CHECK(r.acknowledged->Iso() == "2025-04-02");
  CHECK(r.responded->Iso() == "2025-04-14");
  CHECK(r.extension_working_days == 0);
  CHECK_FALSE(r.extended_due);
  CHECK(r.outcome == cs::Outcome::Upheld);
  CHECK(r.category == "Repairs");
  CHECK(log->rows[1].stage == 2);
  CHECK_FALSE(log->rows[1].responded);
  CHECK(log->rows[1].outcome == cs::Outcome::None);
  CHECK(log->rows[2].outcome == cs::Outcome::Refused);
  CHECK(log->rows[2].refused_reason == "Outside the 12-month window");
  CHECK_FALSE(log->per_complaint);
  CHECK(log->encoding == "UTF-8");
  CHECK(log->separator == "comma");
  CHECK(log->records == 3);
  CHECK(log->columns.size() == 9);
  CHECK(log->unused_columns.empty());
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
    CHECK(log->encoding == "UTF-8 with BOM");
  }
  SUBCASE("any column order; extra columns are listed as unused; header case and spaces ignored") {
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
    CHECK(log->unused_columns == std::vector<std::string>{"Notes"});
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
    CHECK(ok->rows[1].row == 3);
  }
}

TEST_CASE("case log: a one-row-per-stage export with UK date-times, as a housing system writes it") {
  std::string csv =
      "Case Ref,Complaint Stage,Date Logged,Date Acknowledged,Target Date,Extended Target Date,Date Closed,Outcome,"
      "Service Area,Declined Reason,Status\r\n"
      "CIV-1,Stage 1,19/12/2025 14:32,23/12/2025 09:12,09/01/2026,,08/01/2026 15:47,Partially Upheld,Repairs,,Closed\r\n"
      "CIV-1,Stage 2,12/01/2026 10:00,14/01/2026 11:00,11/02/2026,25/02/2026,20/02/2026 16:00,Not Upheld,Repairs,,Closed\r\n"
      "CIV-2,S1,2/1/26 09:00,,,,,Declined,\"Rent, charges\",Outside the 12-month window,Closed\r\n"
      "CIV-3,Formal Stage One,5 Jan 2026,,,,,,Repairs,,Open\r\n";
  std::vector<cs::Diagnostic> d;
  auto log = cs::ParseCaseLog(csv, "cases.csv", &d);
  REQUIRE(log);
  CHECK(d.empty());
  REQUIRE(log->rows.size() == 4);
  CHECK(log->rows[0].received.Iso() == "2025-12-19");
  CHECK(log->rows[0].responded->Iso() == "2026-01-08");
  CHECK(log->rows[0].outcome == cs::Outcome::PartlyUpheld);
  CHECK(log->rows[1].stage == 2);
  CHECK(log->rows[1].extended_due->Iso() == "2026-02-25");
  CHECK(log->rows[2].refused_reason == "Outside the 12-month window");
  CHECK(log->rows[2].category == "Rent, charges");
  CHECK(log->rows[3].stage == 1);
  CHECK(log->rows[3].received.Iso() == "2026-01-05");
  CHECK(log->unused_columns == std::vector<std::string>{"Target Date", "Status"});
}

TEST_CASE("case log: one row per complaint with stage 2 columns gives each complaint's two stages") {
  std::string csv =
      "Complaint Reference,Received Date,Acknowledgement Date,Stage 1 Response Date,Stage 1 Outcome,Extension Days,"
      "Escalated Date,Stage 2 Acknowledged,Stage 2 Responded,Stage 2 Outcome,Stage 2 Extension Days,Category,Current Stage\n"
      "ORC/1,3/6/25,4/6/25,17/06/2025,Part upheld,,20/6/25,23/06/2025,18/7/25,Not upheld,5,Repairs,Stage 2\n"
      "ORC/2,05/06/2025,,,Declined - Service request,,,,,,,Repairs,Stage 1\n"
      "ORC/3,10/06/2025,11/06/2025,,,,,,,,,Damp and mould,Stage 1\n";
  std::vector<cs::Diagnostic> d;
  auto log = cs::ParseCaseLog(csv, "cases.csv", &d);
  REQUIRE(log);
  CHECK(log->per_complaint);
  REQUIRE(log->rows.size() == 4);
  CHECK(log->rows[0].stage == 1);
  CHECK(log->rows[0].reference == "ORC/1");
  CHECK(log->rows[0].received.Iso() == "2025-06-03");
  CHECK(log->rows[0].outcome == cs::Outcome::PartlyUpheld);
  CHECK(log->rows[1].stage == 2);
  CHECK(log->rows[1].reference == "ORC/1");
  CHECK(log->rows[1].received.Iso() == "2025-06-20");
  CHECK(log->rows[1].acknowledged->Iso() == "2025-06-23");
  CHECK(log->rows[1].responded->Iso() == "2025-07-18");
  CHECK(log->rows[1].outcome == cs::Outcome::NotUpheld);
  CHECK(log->rows[1].extension_working_days == 5);
  CHECK(log->rows[1].category == "Repairs");
  CHECK(log->rows[1].columns[cs::kReceived] == 45);
  CHECK(log->rows[2].outcome == cs::Outcome::Refused);
  CHECK(log->rows[2].refused_reason == "Service request");
  CHECK(log->rows[3].stage == 1);
  // Only the missing acknowledgement and extension columns are worth a word: none here for stage 2.
  CHECK(d.empty());

  SUBCASE("stage 2 details without the date it was asked for") {
    std::string bad = csv + "ORC/4,10/06/2025,11/06/2025,20/06/2025,Upheld,,,,01/08/2025,Upheld,,Repairs,Stage 2\n";
    auto e = Errors(bad);
    REQUIRE(Find(e, "cases.stage2.received_missing"));
    CHECK(Find(e, "cases.stage2.received_missing")->line == 5);
  }
  SUBCASE("stage 2 columns but never a stage 2 date: a warning that stage 2 will be 0") {
    std::string none = csv.substr(0, csv.find("ORC/1")) + "ORC/3,10/06/2025,11/06/2025,,,,,,,,,Damp and mould,Stage 1\n";
    std::vector<cs::Diagnostic> w;
    auto log2 = cs::ParseCaseLog(none, "cases.csv", &w);
    REQUIRE(log2);
    REQUIRE(Find(w, "cases.stage2.none"));
    CHECK(Find(w, "cases.stage2.none")->severity == cs::Severity::Warning);
    CHECK(Find(w, "cases.stage2.none")->column == 109);
  }
}

TEST_CASE("case log: a one-row-per-stage export that also has an escalation date column uses its stage rows") {
  std::string csv =
      "Case Ref,Stage,Date Received,Date Responded,Outcome,Escalated Date\n"
      "A,1,01/06/2025,10/06/2025,Upheld,20/06/2025\n"
      "A,2,20/06/2025,15/07/2025,Not upheld,\n";
  std::vector<cs::Diagnostic> d;
  auto log = cs::ParseCaseLog(csv, "cases.csv", &d);
  REQUIRE(log);
  CHECK_FALSE(log->per_complaint);
  REQUIRE(log->rows.size() == 2);
  CHECK(log->rows[1].stage == 2);
  REQUIRE(Find(d, "cases.header.stage2_unused"));
  CHECK(Find(d, "cases.header.stage2_unused")->message.find("\"Escalated Date\"") != std::string::npos);
  CHECK(log->unused_columns == std::vector<std::string>{"Escalated Date"});
}

TEST_CASE("case log: Windows-1252, semicolons and ISO date-times in UTC, as a CRM exports them") {
  std::string csv =
      "Case Number;Created On;Stage;Acknowledged Date;Resolved Date;Result;Department;Revised Due Date\r\n"
      "CAS-1;2025-06-02T23:20:00Z;Formal Stage 1;2025-06-09 00:00:00;2025-06-20T13:05:00Z;Upheld;Estates \x96 grounds;\r\n"
      "CAS-2;2025-06-10T09:00:00Z;S1;;;Not accepted \x96 Outside 12 months;Rent & charges (\xA3);\r\n";
  std::vector<cs::Diagnostic> d;
  auto log = cs::ParseCaseLog(csv, "cases.csv", &d);
  REQUIRE(log);
  CHECK(log->encoding == "Windows-1252");
  CHECK(log->separator == "semicolon");
  CHECK(log->rows[0].received.Iso() == "2025-06-03");  // 00:20 in the UK
  CHECK(log->rows[0].category == "Estates \xE2\x80\x93 grounds");
  CHECK(log->rows[1].outcome == cs::Outcome::Refused);
  CHECK(log->rows[1].refused_reason == "Outside 12 months");
  CHECK(log->rows[1].category == "Rent & charges (\xC2\xA3)");
  // No extension column by that name is missing; the acknowledgement is there.
  CHECK_FALSE(Find(d, "cases.header.optional_missing"));
}

TEST_CASE("case log: tab-separated with a column mapping and month-first dates") {
  std::string text = "Ref No\tStg\tDt Rcvd\tAck Dt\tResp Dt\tRes\n"
                     "HP1\t1\t12/19/2025\t12/22/2025\t46031\tUpheld\n"
                     "HP2\t1\t1/5/2026\t\t\t\n";
  auto mapping = cs::ParseColumnMapping(
      R"({"reference": "Ref No", "stage": "Stg", "received": "Dt Rcvd", "acknowledged": "Ack Dt", "responded": "Resp Dt",
          "outcome": "Res", "date_order": "month-first"})",
      "2025-26.columns.json", nullptr);
  REQUIRE(mapping);
  cs::CaseLogOptions options;
  options.columns = &*mapping;
  std::vector<cs::Diagnostic> d;
  auto log = cs::ParseCaseLog(text, "cases.csv", options, &d);
  REQUIRE(log);
  CHECK(log->separator == "tab");
  CHECK(log->rows[0].received.Iso() == "2025-12-19");
  CHECK(log->rows[0].responded->Iso() == "2026-01-09");
  CHECK(log->rows[1].received.Iso() == "2026-01-05");
  REQUIRE(Find(d, "cases.header.optional_missing"));
  CHECK(Find(d, "cases.header.optional_missing")->message.find("\"extension\"") != std::string::npos);

  SUBCASE("without the mapping: one error naming the headers and the lines to add") {
    cs::CaseLogOptions plain;
    plain.mapping_file = "content/annual-reports/2025-26.columns.json";
    auto e = Errors(text, plain);
    REQUIRE(e.size() == 1);
    CHECK(e[0].code == "cases.header.missing_column");
    CHECK(e[0].fix.find("content/annual-reports/2025-26.columns.json: {") != std::string::npos);
    CHECK(e[0].fix.find("\"received\": \"Dt Rcvd\"") != std::string::npos);
  }
}

TEST_CASE("case log: dates that only make sense month first are one error that says so") {
  std::string csv = std::string(kHeader) +
                    "A,1,12/19/2025,,,,,,\n"
                    "B,1,04/05/2025,,,,,,\n"
                    "C,1,11/30/2025,,,,,,\n";
  auto e = Errors(csv);
  REQUIRE(e.size() == 1);
  CHECK(e[0].code == "cases.date.month_first");
  CHECK(e[0].line == 2);
  CHECK(e[0].column == 5);
  CHECK(e[0].message.find("2 dates only make sense month first (US style): row 2 \"12/19/2025\", row 4 \"11/30/2025\"") == 0);
  CHECK(e[0].fix.find("\"date_order\": \"month-first\"") != std::string::npos);
  // With a date that can only be day first in the same file, they are simply dates that could not be read.
  auto mixed = Errors(csv + "D,1,25/12/2025,,,,,,\n");
  REQUIRE(mixed.size() == 1);
  CHECK(mixed[0].code == "cases.date.invalid");
}

TEST_CASE("case log: one summary per kind of problem, at the first row's place, with the first rows") {
  std::string csv = std::string(kHeader);
  for (int i = 0; i < 874; ++i) csv += "R" + std::to_string(i) + ",1,19-Dex-25,,,,,,\n";
  for (int i = 0; i < 298; ++i) csv += "S" + std::to_string(i) + ",Stage Z,2025-04-01,,,,,,\n";
  auto e = Errors(csv);
  REQUIRE(e.size() == 2);
  CHECK(e[0].code == "cases.date.invalid");
  CHECK(e[0].line == 2);
  CHECK(e[0].column == 6);
  CHECK(e[0].message.rfind("874 dates could not be read: row 2 \"19-Dex-25\" (", 0) == 0);
  CHECK(e[0].message.find("; also rows 5, 6, 7, 8, 9, 10, 11 and 864 more") != std::string::npos);
  CHECK(e[1].code == "cases.stage.unknown");
  CHECK(e[1].message.rfind("298 stage values could not be read: row 876 \"Stage Z\"", 0) == 0);
  CHECK(e[1].fix.find("1 or 2") != std::string::npos);
}

TEST_CASE("case log: every bad row is found, with its code, line and column") {
  SUBCASE("empty file and missing header columns") {
    CHECK(Has(Errors(""), "cases.empty", 1, 1));
    CHECK(Has(Errors("\xEF\xBB\xBF"), "cases.empty", 1, 1));
    auto d = Errors("reference,stage,received\nA,1,2025-04-01\n");
    CHECK(Has(d, "cases.header.missing_column", 1, 1));
    CHECK(d.size() == 1);
    CHECK(d[0].message.find("\"responded\"") != std::string::npos);
    CHECK(d[0].message.find("\"outcome\"") != std::string::npos);
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
                      /* 10 */ "A,Informal,2025-04-01,,,,,,\n"
                      /* 11 */ "H,1,,,,,,,\n"
                      /* 12 */ "I,1,2025-04-10,,2025-04-11,,,,\n"
                      /* 13 */ "J,1,2025-04-10,,,,upheld,,\n"
                      /* 14 */ "K,1,2025-04-10,,,,,Repairs, damp,\n"
                      /* 15 */ "L,1,10/04/2025x,,,,,,\n"
                      /* 16 */ "M,2,2025-04-10,,,,,,\n"
                      /* 17 */ "M,2,2025-04-11,,,,,,\n"
                      /* 18 */ "N,1,2025-04-10,,,261,,,\n"
                      /* 19 */ "O,Stage Q,2025-04-10,,,,,,\n";
    auto d = Errors(csv);
    CHECK(Has(d, "cases.stage.extra", 2, 3));
    CHECK(Has(d, "cases.date.invalid", 3, 5));
    CHECK(Has(d, "cases.acknowledged.before_received", 4, 16));
    CHECK(Has(d, "cases.responded.before_received", 5, 17));
    CHECK(Has(d, "cases.outcome.unknown", 6, 29));
    CHECK(Has(d, "cases.refused.missing_reason", 7, 38));
    CHECK(Has(d, "cases.extension.invalid", 8, 28));
    CHECK(Has(d, "cases.reference.missing", 9, 1));
    CHECK(Has(d, "cases.date.missing", 11, 5));
    CHECK(Has(d, "cases.outcome.missing", 12, 29));
    CHECK(Has(d, "cases.responded.missing", 13, 17));
    CHECK(Has(d, "cases.row.field_count", 14, 34));
    CHECK(Has(d, "cases.reference.duplicate", 17, 1));
    CHECK(Has(d, "cases.stage.unknown", 19, 3));
    CHECK(d.size() == 14);  // one per kind: the second bad stage, date and extension are in the first's summary
    const cs::Diagnostic* extra = Find(d, "cases.stage.extra");
    CHECK(extra->provision == "5.2, 5.3");
    CHECK(extra->message.rfind("2 rows are at a stage the Code does not have: row 2 \"3\", row 10 \"Informal\"", 0) == 0);
    CHECK(Find(d, "cases.extension.invalid")->message.find("row 18 \"261\"") != std::string::npos);
    CHECK(Find(d, "cases.date.invalid")->message.find("row 15 \"10/04/2025x\"") != std::string::npos);
    CHECK(Find(d, "cases.responded.before_received")->severity == cs::Severity::Warning);
    CHECK(Find(d, "cases.refused.missing_reason")->provision == "8.1");
    CHECK(cs::FormatDiagnostic(*Find(d, "cases.stage.unknown")).rfind("cases.csv:19:3: error: stage \"Stage Q\" is not 1 or 2", 0) == 0);
  }
  SUBCASE("CSV syntax") {
    auto d = Errors(std::string(kHeader) + "A,1,2025-04-01,,,,,\"Rep\"airs,\n");
    CHECK(Has(d, "cases.csv.quote", 2, 25));
    d = Errors(std::string(kHeader) + "A,1,2025-04-01,,,,,Rep\"airs,\n");
    CHECK(Has(d, "cases.csv.quote", 2, 23));
    d = Errors(std::string(kHeader) + "A,1,2025-04-01,,,,,\"Repairs,\n");
    CHECK(Has(d, "cases.csv.unterminated_quote", 2, 20));
  }
  SUBCASE("UTF-8 mixed with stray bytes, and a workbook") {
    auto d = Errors(std::string("\xEF\xBB\xBF") + kHeader + "A,1,2025-04-01,,,,,Caf\xC3\xA9 \xC3,\n");
    CHECK(Has(d, "cases.csv.encoding", 2, 25));
    d = Errors(std::string("PK\x03\x04", 4) + "rest of a zip");
    REQUIRE(d.size() == 1);
    CHECK(d[0].code == "cases.file.xlsx");
    CHECK(d[0].fix.find("Save As") != std::string::npos);
  }
  SUBCASE("warnings do not stop the log") {
    std::string csv = std::string(kHeader) + "A,1,2025-04-10,2025-04-12,2025-04-11,,upheld,,Some reason\n"
                                             "A,2,2025-04-01,,,,,,\n";
    std::vector<cs::Diagnostic> d;
    auto log = cs::ParseCaseLog(csv, "cases.csv", &d);
    REQUIRE(log);
    CHECK(Has(d, "cases.responded.before_acknowledged", 2, 27));
    CHECK(Has(d, "cases.refused_reason.unexpected", 2, 47));
    CHECK(Has(d, "cases.stage2.before_stage1", 3, 5));
    CHECK_FALSE(cs::HasErrors(d));
  }
}

TEST_CASE("case log: docs/annual-report.md names every code the reader and the figure warnings can give") {
  const std::string source = SOURCE_DIRECTORY;
  auto read = [](const std::string& path) {
    std::ifstream in(path);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  };
  const std::string doc = read(source + "/docs/annual-report.md");
  REQUIRE_FALSE(doc.empty());
  std::regex code("\"(cases\\.[a-z0-9_.]+)\"");
  int found = 0;
  for (const char* file : {"core/content/case_log.cc", "core/content/case_log_columns.cc", "core/content/case_log_csv.cc",
                           "core/content/case_log_encoding.cc", "core/report/figure_warnings.cc", "core/report/performance.cc",
                           "core/content/content.cc"}) {
    std::string text = read(source + "/" + file);
    REQUIRE_MESSAGE(!text.empty(), file);
    for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) {
      ++found;
      CHECK_MESSAGE(doc.find("`" + (*it)[1].str() + "`") != std::string::npos, (*it)[1].str() << " (" << file << ")");
    }
  }
  CHECK(found > 35);
}
