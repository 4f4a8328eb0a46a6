// RFC 4180 records with a chosen separator, keeping line:column for every field and the spreadsheet row number.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace cs {

/// One value of a record and where it starts in the file.
struct CsvField {
  std::string text;
  int line = 0;    ///< 1-based
  int column = 0;  ///< 1-based, in characters
};

/// One non-empty record.
struct CsvRecord {
  std::vector<CsvField> fields;
  int line = 0;  ///< 1-based line where it starts
  int row = 0;   ///< the row a spreadsheet shows it on: records and empty lines counted, a multi-line value is one row
};

/// A quoting problem: cases.csv.quote, or cases.csv.unterminated_quote (which stops the reading).
struct CsvProblem {
  Diagnostic diagnostic;
  int row = 0;  ///< as CsvRecord::row
};

/// Splits UTF-8 text into records: quoted fields with "" escapes and embedded separators or line breaks; CRLF or LF
/// line ends; completely empty lines skipped (but counted in `row`). `first_line` is the line `text` starts on (after
/// a "sep=" line, 2). Quoting problems are appended to `problems`.
std::vector<CsvRecord> ReadCsvRecords(std::string_view text, char delimiter, int first_line, const std::string& file,
                                      std::vector<CsvProblem>* problems);

}  // namespace cs
