// What changed between two years' self-assessments: answers that changed, provisions newly met or no longer met,
// evidence added or removed. `complaints-site diff self-assessment` prints it for an officer; each year's page
// shows residents a short list of it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "self_assessment.h"

namespace cs {

/// An answer as compared: "yes", "no" or "" (not answered).
struct AnswerChange {
  std::string id;
  std::string before, after;
};

/// One piece of evidence that one year has and the other has not (text and link compared exactly).
struct EvidenceChange {
  std::string id;
  Evidence evidence;
};

/// A date to comply by that moved, for a provision not met in either year ("" when there was none).
struct ComplyByChange {
  std::string id;
  std::string before, after;  ///< YYYY-MM-DD or ""
};

struct SelfAssessmentChanges {
  std::string before_year, after_year;
  std::string before_code, after_code;
  /// False when the two years are against different Codes: their provision numbers mean different things, so
  /// nothing below is filled in.
  bool comparable = true;
  int before_met = 0, after_met = 0;   ///< provisions answered yes
  int before_total = 0, after_total = 0;  ///< provisions of each year's Code
  std::vector<AnswerChange> answers;   ///< every answer that changed, in Code order
  std::vector<std::string> newly_met;      ///< yes now; no or not answered before
  std::vector<std::string> no_longer_met;  ///< yes before; no or not answered now
  std::vector<EvidenceChange> evidence_added, evidence_removed;
  std::vector<std::string> commentary_changed, explanation_changed;  ///< ids, in Code order
  std::vector<ComplyByChange> comply_by_changed;

  /// Nothing changed in the answers, the evidence, the commentary, the explanations or the dates.
  bool Unchanged() const;
};

/// Compares `before` (the earlier year) with `after`, provision by provision in the Code's order.
SelfAssessmentChanges CompareSelfAssessments(const SelfAssessment& before, const SelfAssessment& after);

/// The assessment of the year before `assessment` among `all` (any order): the latest year earlier than its own;
/// nothing when it is the first.
const SelfAssessment* PreviousSelfAssessment(const std::vector<SelfAssessment>& all, const SelfAssessment& assessment);

}  // namespace cs
