// Loads a content/ folder and runs every check of it against the Complaint Handling Code (shared by
// `complaints-site check` and `complaints-site build`).
#pragma once

#include <string>
#include <vector>

#include "date.h"
#include "diagnostic.h"

namespace cs {

struct CheckContentResult {
  std::vector<Diagnostic> file_problems;  ///< what parsing the files reported (json.*, site.*, sa.* ...)
  std::vector<Diagnostic> findings;       ///< the checks' findings (codes in docs/import-and-check.md)
  bool unreadable = false;                ///< the folder or a file in it could not be read (exit status 2)

  /// file_problems then findings.
  std::vector<Diagnostic> All() const;
};

/// Reads `content_dir` (site.json, policy.md, pages/*.md, self-assessments/*.json, annual-reports/*.json),
/// parses each file (their own diagnostics are included: the front matter of policy.md and pages/*.md gives
/// the same fm.* diagnostics as `build`) and runs RunChecks from core/checks/checks.h with `today` (the policy
/// checks read policy.md's body, with lines counted in the file). Diagnostics name files as
/// "<content_dir>/site.json".
CheckContentResult CheckContent(const std::string& content_dir, Date today);

/// Only the checks' findings (codes sa.*, policy.*, site.*, report.*), without re-reporting the
/// files' parse diagnostics: what `build` adds to the diagnostics it already has.
std::vector<Diagnostic> CheckContentFindings(const std::string& content_dir, Date today);

}  // namespace cs
