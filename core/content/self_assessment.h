// A landlord's annual self-assessment against the Complaint Handling Code (self-assessments/<year>.json).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "diagnostic.h"

namespace cs {

struct Evidence {
  std::string text;
  std::string url;  ///< optional
};

/// The landlord's answer for one provision. The requirement text is NOT here: it comes from the catalogue.
struct ProvisionAnswer {
  std::string id;            ///< "6.3"
  bool comply = false;       ///< "comply": "yes" | "no"
  std::vector<Evidence> evidence;
  std::string commentary;    ///< Markdown
  std::string explanation;   ///< Markdown; required when comply is false (Code introduction)
  std::optional<Date> comply_by;  ///< required when comply is false
  int line = 0;              ///< where the answer starts in the file, for diagnostics
  int column = 0;
  int comply_by_line = 0;    ///< where "comply_by" is (0 when absent), for "date in the past" findings
  int comply_by_column = 0;
};

struct SelfAssessment {
  std::string year;          ///< "2025-26" (from the file name)
  std::string code = "2024"; ///< "2024" or "2022"
  std::optional<Date> completed;
  std::optional<Date> approved;   ///< date approved by the governing body
  std::string approved_by;        ///< the governing body's name, e.g. "Board of Example Homes"
  std::string statement;          ///< Markdown
  std::vector<ProvisionAnswer> answers;  ///< in file order
  int approved_line = 0;          ///< where "approved" is (0 when absent)
  int approved_column = 0;
  int provisions_line = 0;        ///< where the "provisions" list starts
  int provisions_column = 0;
};

/// Ids of the provisions of the assessment's Code that have no answer, in Code order (empty when the
/// Code is unknown).
std::vector<std::string> UnansweredProvisions(const SelfAssessment& assessment);

/// Parses a self-assessment JSON document; checks shape, dates and provision ids against the catalogue of
/// its code. `year` is taken from the file name. Errors make it return nothing.
std::optional<SelfAssessment> ParseSelfAssessment(std::string_view json_text, const std::string& file,
                                                  const std::string& year, std::vector<Diagnostic>* diagnostics);

}  // namespace cs
