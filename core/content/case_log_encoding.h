// What a case-system export is made of, before it is CSV: the character encoding (UTF-8 with or without a
// byte-order mark, Windows-1252, UTF-16 with a byte-order mark), an Excel workbook given by mistake, and the
// separator (comma, semicolon or tab; Excel's "sep=;" first line).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cs {

/// The export as UTF-8 text, or why it cannot be read as text.
struct DecodedText {
  std::string text;       ///< UTF-8, without a byte-order mark; same lines, one character per source character
  std::string encoding;   ///< "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16LE", "UTF-16BE"
  /// When the bytes are not text (or not text we can read): a code and where, for a diagnostic.
  std::string error_code;   ///< "cases.file.xlsx", "cases.file.xls", "cases.csv.encoding"; "" when decoded
  std::string error_message;
  std::string error_fix;
  int error_line = 1;       ///< 1-based, for cases.csv.encoding
  int error_column = 1;     ///< 1-based, in characters
};

/// Decodes an export. UTF-8 (a BOM is dropped) is taken as it is. Bytes that are not UTF-8 anywhere in the file are
/// read as Windows-1252 (what Excel's plain "CSV (Comma delimited)" writes on an English Windows PC); a file that
/// holds both real UTF-8 characters and stray bytes is an error (cases.csv.encoding), since it cannot be both.
/// UTF-16 with a BOM (Excel's "Unicode Text") is decoded. A .xlsx (a zip: "PK\3\4") or .xls (OLE2) workbook is an
/// error saying how to save it as CSV.
DecodedText DecodeCaseLogText(std::string_view bytes);

/// How fields are separated.
struct CsvDialect {
  char delimiter = ',';
  size_t skip = 0;            ///< bytes of a leading "sep=X" line to skip (Excel writes it, and reads it)
  const char* Name() const;   ///< "comma", "semicolon", "tab", "pipe"
};

/// The separator of UTF-8 CSV text: Excel's "sep=X" first line when there is one, else whichever of comma,
/// semicolon, tab or pipe occurs most often outside quotes in the first line (comma on a tie or when none does).
CsvDialect DetectCsvDialect(std::string_view text);

}  // namespace cs
