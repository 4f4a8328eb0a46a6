// Tests for site/render/csv.cc: RFC 4180 quoting and the guard against spreadsheet formulas.
#include "csv.h"

#include <doctest/doctest.h>

TEST_CASE("CsvCell: quotes only when needed, doubling quotes") {
  CHECK(cs::CsvCell("plain text") == "plain text");
  CHECK(cs::CsvCell("") == "");
  CHECK(cs::CsvCell("a, b") == "\"a, b\"");
  CHECK(cs::CsvCell("say \"no\"") == "\"say \"\"no\"\"\"");
  CHECK(cs::CsvCell("two\nlines") == "\"two\nlines\"");
  CHECK(cs::CsvCell("crlf\r\n") == "\"crlf\r\n\"");
}

TEST_CASE("CsvCell: text a spreadsheet would run as a formula is defused; numbers are not") {
  CHECK(cs::CsvCell("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(cs::CsvCell("+44 300") == "'+44 300");
  CHECK(cs::CsvCell("-cmd") == "'-cmd");
  CHECK(cs::CsvCell("@SUM(A1)") == "'@SUM(A1)");
  CHECK(cs::CsvCell("\tx") == "'\tx");
  CHECK(cs::CsvCell("-1.5") == "-1.5");
  CHECK(cs::CsvCell("+3") == "+3");
  CHECK(cs::CsvCell("-") == "'-");
  CHECK(cs::CsvCell("-1.2.3") == "'-1.2.3");
  CHECK(cs::CsvCell("35.7") == "35.7");
}
