// Imports a self-assessment as landlords have it (text exported from the published PDF/Word form, or a
// CSV from a spreadsheet) into the generator's self-assessments/<year>.json, reporting everything it
// could not place. The landlord's copy of the requirement text is compared with the Code, never imported.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace cs {

struct ImportOptions {
  std::string code = "auto";  ///< "2024", "2022" or "auto" (decided from the provisions present)
  std::string file = "-";     ///< the input's name as the user typed it, used in the report
  bool historical = false;    ///< an earlier year than the landlord's latest: a "no" without an explanation or a
                              ///< date is a warning (the form is kept as it was published), not an error
};

struct ImportResult {
  bool ok = false;            ///< a document was produced (false: nothing importable; see report)
  std::string code;           ///< the Code the answers were matched against: "2024" or "2022"
  std::string code_reason;    ///< why that Code, e.g. "detected: 72 of 72 provision numbers ..."
  std::string format;         ///< "text" or "csv"
  std::string columns;        ///< which of the landlord's columns were used for what
  std::string json;           ///< the self-assessment document (agreed format), ending in a newline
  int provisions = 0;         ///< provisions imported
  int yes = 0, no = 0, unanswered = 0;
  std::string title_date;     ///< a month and year in the form's title ("June 2024"): perhaps when it was completed
  std::vector<Diagnostic> report;   ///< text not placed, answers that need attention (codes import.*)
  std::vector<std::string> notes;   ///< things recognised and deliberately left out (page furniture)
};

/// Imports `input` (any of the formats above; UTF-8, UTF-16 with a byte-order mark, or Windows-1252).
/// Never reads files or the clock.
ImportResult ImportSelfAssessment(std::string_view input, const ImportOptions& options);

/// How alike two requirement texts are, 0..1: the Dice coefficient of their lower-cased words (markup,
/// punctuation and list letters ignored; "twelve" counts as "12").
double RequirementSimilarity(std::string_view a, std::string_view b);

/// Converts `input` to UTF-8: strips a UTF-8 byte-order mark, decodes UTF-16 with a byte-order mark,
/// and reads invalid UTF-8 as Windows-1252. `note` says what was done ("" when nothing).
std::string ToUtf8(std::string_view input, std::string* note);

}  // namespace cs
