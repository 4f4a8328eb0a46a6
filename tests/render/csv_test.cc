// Tests for site/render/csv.cc: RFC 4180 quoting and the guard against spreadsheet formulas.
#include "csv.h"

#include <doctest/doctest.h>

TEST_CASE("CsvField: quotes only when needed, doubling quotes") {
  CHECK(cs::CsvField("plain text") == "plain text");
  CHECK(cs::CsvField("") == "");
  CHECK(cs::CsvField("a, b") == "\"a, b\"");
  CHECK(cs::CsvField("say \"no\"") == "\"say \"\"no\"\"\"");
  CHECK(cs::CsvField("two\nlines") == "\"two\nlines\"");
  CHECK(cs::CsvField("crlf\r\n") == "\"crlf\r\n\"");
}

TEST_CASE("CsvField: text a spreadsheet would run as a formula is defused; numbers are not") {
  CHECK(cs::CsvField("=HYPERLINK(\"http://x\",\"y\")") == "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
  CHECK(cs::CsvField("+44 300") == "'+44 300");
  CHECK(cs::CsvField("-cmd") == "'-cmd");
  CHECK(cs::CsvField("@SUM(A1)") == "'@SUM(A1)");
  CHECK(cs::CsvField("\tx") == "'\tx");
  CHECK(cs::CsvField("-1.5") == "-1.5");
  CHECK(cs::CsvField("+3") == "+3");
  CHECK(cs::CsvField("-") == "'-");
  CHECK(cs::CsvField("-1.2.3") == "'-1.2.3");
  CHECK(cs::CsvField("35.7") == "35.7");
}
