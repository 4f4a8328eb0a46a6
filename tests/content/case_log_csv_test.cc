// Tests for core/content/case_log_csv: RFC 4180 records with any separator, positions and spreadsheet rows.
#include <doctest/doctest.h>

#include "case_log_csv.h"

TEST_CASE("case log CSV: quoted separators and line breaks, positions in characters, rows as a spreadsheet counts them") {
  std::vector<cs::CsvProblem> problems;
  auto r = cs::ReadCsvRecords("a;b\r\n\"x;1\";\"two\r\nlines\"\r\n\r\nCaf\xC3\xA9;\"\"\"q\"\"\"\n", ';', 1, "f.csv", &problems);
  CHECK(problems.empty());
  REQUIRE(r.size() == 3);
  CHECK(r[1].fields[0].text == "x;1");
  CHECK(r[1].fields[1].text == "two\nlines");
  CHECK(r[1].fields[1].column == 7);
  CHECK(r[1].row == 2);
  CHECK(r[2].line == 5);  // the two-line value and the empty line come before it
  CHECK(r[2].row == 4);   // a spreadsheet shows the empty line as a row, and the two-line value as one
  CHECK(r[2].fields[1].text == "\"q\"");
  CHECK(r[2].fields[1].column == 6);  // "Café;" is five characters
}

TEST_CASE("case log CSV: tabs, a first line number after sep=, and quoting problems") {
  std::vector<cs::CsvProblem> problems;
  auto r = cs::ReadCsvRecords("a\tb\n1\t\"2\"x\n", '\t', 2, "f.csv", &problems);
  REQUIRE(r.size() == 2);
  CHECK(r[0].line == 2);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].diagnostic.code == "cases.csv.quote");
  CHECK(problems[0].diagnostic.line == 3);
  CHECK(problems[0].diagnostic.column == 6);
  CHECK(problems[0].row == 2);
  problems.clear();
  cs::ReadCsvRecords("a,b\n1,\"open\n", ',', 1, "f.csv", &problems);
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].diagnostic.code == "cases.csv.unterminated_quote");
  CHECK(problems[0].diagnostic.column == 3);
}
