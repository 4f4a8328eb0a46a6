// Writing CSV for spreadsheets: the downloads of self-assessments and annual report figures.
#pragma once

#include <string>

#include "self_assessment.h"

namespace cs {

/// One RFC 4180 field: quoted when it holds a comma, quote or line break. Text that a spreadsheet would run
/// as a formula (starting with = + - @, tab or carriage return) gets a leading apostrophe; a plain number such
/// as -1.5 is left as it is.
std::string CsvCell(std::string s);

/// /self-assessment/<year>.csv: the header row, the year's details (Code, Completed, Approved, Approved by,
/// Statement) and one row a provision of its Code, in the Code's order ("not assessed" where there is no answer),
/// in the format `complaints-site import self-assessment` reads back to the same JSON (core/import/
/// self_assessment_csv.h). Lines end in CRLF.
std::string SelfAssessmentCsv(const SelfAssessment& assessment);

}  // namespace cs
