// Writing CSV for spreadsheets: the downloads of self-assessments and annual report figures.
#pragma once

#include <string>

namespace cs {

/// One RFC 4180 field: quoted when it holds a comma, quote or line break. Text that a spreadsheet would run
/// as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe; a plain number such
/// as -1.5 is left as it is.
std::string CsvField(std::string s);

}  // namespace cs
