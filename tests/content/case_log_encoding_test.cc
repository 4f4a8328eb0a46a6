// Tests for core/content/case_log_encoding: UTF-8, Windows-1252, UTF-16, workbooks, and the separator.
#include <doctest/doctest.h>

#include "case_log_encoding.h"

TEST_CASE("case log encoding: UTF-8 with or without a BOM is kept as it is") {
  auto plain = cs::DecodeCaseLogText("a,b\nCaf\xC3\xA9,\xC2\xA3" "5\n");
  CHECK(plain.error_code.empty());
  CHECK(plain.encoding == "UTF-8");
  CHECK(plain.text == "a,b\nCaf\xC3\xA9,\xC2\xA3" "5\n");
  auto bom = cs::DecodeCaseLogText("\xEF\xBB\xBF" "a,b\n");
  CHECK(bom.encoding == "UTF-8 with BOM");
  CHECK(bom.text == "a,b\n");
}

TEST_CASE("case log encoding: Windows-1252 (Excel's plain CSV) becomes UTF-8") {
  // \xA3 pound sign, \x96 en dash, \x92 right quote, \xE9 e acute.
  auto d = cs::DecodeCaseLogText("Rent \xA3,Estates \x96 grounds,Officer\x92s,Caf\xE9\n");
  CHECK(d.error_code.empty());
  CHECK(d.encoding == "Windows-1252");
  CHECK(d.text == "Rent \xC2\xA3,Estates \xE2\x80\x93 grounds,Officer\xE2\x80\x99s,Caf\xC3\xA9\n");
  auto undefined = cs::DecodeCaseLogText("a,b\nx\x81y\n");  // 0x81 has no character in Windows-1252
  CHECK(undefined.error_code == "cases.csv.encoding");
  CHECK(undefined.error_line == 2);
  CHECK(undefined.error_column == 2);
}

TEST_CASE("case log encoding: real UTF-8 mixed with stray bytes is an error at the first stray byte") {
  auto d = cs::DecodeCaseLogText("a\nCaf\xC3\xA9 \xC3,\n");
  CHECK(d.error_code == "cases.csv.encoding");
  CHECK(d.error_line == 2);
  CHECK(d.error_column == 6);
  auto bom = cs::DecodeCaseLogText("\xEF\xBB\xBF" "a\nRent \xA3\n");  // a BOM says UTF-8, so \xA3 cannot be a pound sign
  CHECK(bom.error_code == "cases.csv.encoding");
  CHECK(bom.error_column == 6);
}

TEST_CASE("case log encoding: UTF-16 with a BOM (Excel's Unicode Text); NUL bytes without one") {
  std::string le("\xFF\xFE" "a\0\t\0\xA3\0\n\0", 10);
  auto d = cs::DecodeCaseLogText(le);
  CHECK(d.error_code.empty());
  CHECK(d.encoding == "UTF-16LE");
  CHECK(d.text == "a\t\xC2\xA3\n");
  std::string be("\xFE\xFF\0a\0\n", 6);
  CHECK(cs::DecodeCaseLogText(be).text == "a\n");
  CHECK(cs::DecodeCaseLogText(std::string("a\0b\0", 4)).error_code == "cases.csv.encoding");
  CHECK(cs::DecodeCaseLogText(std::string("\xFF\xFE" "a", 3)).error_code == "cases.csv.encoding");  // half a character
}

TEST_CASE("case log encoding: a workbook is refused with how to save it as CSV") {
  auto xlsx = cs::DecodeCaseLogText(std::string("PK\x03\x04\x14\0\x06\0", 8));
  CHECK(xlsx.error_code == "cases.file.xlsx");
  CHECK(xlsx.error_fix.find("CSV UTF-8") != std::string::npos);
  auto xls = cs::DecodeCaseLogText("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1rest");
  CHECK(xls.error_code == "cases.file.xls");
}

TEST_CASE("case log separator: the most common of comma, semicolon, tab or pipe in the header; Excel's sep= line") {
  CHECK(cs::DetectCsvDialect("a,b,c\n1;2\n").delimiter == ',');
  CHECK(cs::DetectCsvDialect("a;b;c\n").delimiter == ';');
  CHECK(cs::DetectCsvDialect("a;\"b,c,d\";e\n").delimiter == ';');  // commas inside quotes do not count
  CHECK(cs::DetectCsvDialect("Ref No\tDt Rcvd\tStg\n").delimiter == '\t');
  CHECK(cs::DetectCsvDialect("a|b|c").delimiter == '|');
  CHECK(cs::DetectCsvDialect("reference\n").delimiter == ',');
  CHECK(cs::DetectCsvDialect("").delimiter == ',');
  auto sep = cs::DetectCsvDialect("sep=;\r\na;b\r\n");
  CHECK(sep.delimiter == ';');
  CHECK(sep.skip == 7);
  CHECK(std::string(sep.Name()) == "semicolon");
}
