// What the Housing Ombudsman would find missing: checks of a landlord's content against the Complaint
// Handling Code. Findings are Diagnostics with a stable code (sa.*, policy.*, site.*, report.*) and the
// provision they rest on. "today" is always an argument; nothing here reads the clock or the disk.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "diagnostic.h"
#include "self_assessment.h"
#include "site_config.h"
#include "timescales.h"

namespace cs {

/// One self-assessment file, parsed.
struct SelfAssessmentFile {
  std::string file;  ///< e.g. "content/self-assessments/2025-26.json"
  SelfAssessment assessment;
};

/// One annual report file, read as JSON text (its shape belongs to the annual report feature; the checks
/// only look for the governing body's response).
struct AnnualReportFile {
  std::string file;  ///< e.g. "content/annual-reports/2025-26.json"
  std::string year;  ///< "2025-26"
  std::string json_text;
};

/// One content file as written, for the placeholder scan (its lines and columns are the file's).
struct ContentTextFile {
  std::string file;             ///< e.g. "content/policy.md"
  std::string text;             ///< the whole file, front matter included
  bool self_assessment = false;  ///< a self-assessments/<year>.json (its evidence notes are checked too)
};

/// Everything `check` looks at. Missing pieces are findings, not crashes: a null `site` skips the site
/// checks (its parse errors are reported by whoever parsed it); `has_policy` false is a finding.
struct ContentForChecks {
  const SiteConfig* site = nullptr;
  std::string site_file;           ///< "content/site.json"
  std::string site_json;           ///< its text, to point findings at the right line
  bool has_policy = false;
  std::string policy_file;         ///< "content/policy.md"
  std::string policy_markdown;     ///< the policy's Markdown body, without its front matter
  int policy_first_line = 1;       ///< file line of policy_markdown's first line (after any front matter)
  std::vector<SelfAssessmentFile> self_assessments;  ///< any order
  std::string self_assessments_dir;                  ///< "content/self-assessments" (for "none found")
  int self_assessments_unparsed = 0;  ///< files that exist but did not parse (their errors are reported elsewhere)
  std::vector<AnnualReportFile> annual_reports;
  std::string annual_reports_dir;                    ///< "content/annual-reports"
  std::vector<ContentTextFile> texts;  ///< every file whose words are published, for CheckPlaceholders
};

/// Self-assessment findings for the newest year (by year name, then date): CheckSelfAssessment plus the
/// "latest" checks (8.1 annual, 2022 Code after the switch date). Earlier years are history: only a "no" without
/// an explanation or a date is pointed out, as a warning. No files at all is a finding (sa.none).
std::vector<Diagnostic> CheckSelfAssessments(const std::vector<SelfAssessmentFile>& files, const std::string& dir,
                                             Date today);

/// One self-assessment: every provision answered, `no` with explanation and comply_by (not passed),
/// `yes` with evidence, approved by the governing body.
std::vector<Diagnostic> CheckSelfAssessment(const SelfAssessment& assessment, const std::string& file, Date today);

/// The complaints policy (Markdown): two stages and no other (a "not", "no" or "without" counts only when it governs
/// the stage words), timescales no slower than `code`'s (read from the Timescales data; a faster one is compliant),
/// and what the Code says the policy must explain (docs/legal-basis.md, "What check looks for"). Lines are Markdown
/// lines. The Ombudsman's contact details are the built-in ones (core/data/ombudsman.json).
std::vector<Diagnostic> CheckPolicy(std::string_view markdown, const std::string& file, const CodeTimescales& code);

/// The same, with the Ombudsman's details as the site gives them (site.json "ombudsman" overrides the phone
/// and web address the policy may quote) and `first_line`, the file line of the Markdown's first line (the
/// line after policy.md's front matter), so findings point at lines of the file.
std::vector<Diagnostic> CheckPolicy(std::string_view markdown, const std::string& file, const CodeTimescales& code,
                                    const OmbudsmanInfo& ombudsman, int first_line = 1);

/// site.json: two or more complaint channels (3.1), the senior lead (9.4) and the Member Responsible
/// for Complaints (9.5) named, a landlord in England (the Code is the Housing Ombudsman Scheme's; `nation` other
/// than england-and-wales is an error) and, given `today`, Ombudsman details checked within the last 12 months
/// (3.7). `json_text` is only used to find line numbers.
std::vector<Diagnostic> CheckSite(const SiteConfig& site, std::string_view json_text, const std::string& file,
                                  std::optional<Date> today = std::nullopt);

/// Annual reports (8.1, 8.2, Appendix B): at least one; the latest one that is due (OmbudsmanFacts::AnnualReportDue,
/// 30 September after the April-March year) is published (an error once due, a warning before); each has the
/// governing body's response, and each has its year's self-assessment, whose years are `self_assessment_years`.
std::vector<Diagnostic> CheckAnnualReports(const std::vector<AnnualReportFile>& reports, const std::string& dir,
                                           Date today, const std::vector<std::string>& self_assessment_years);

/// Placeholders in every file of `content.texts` (core/checks/placeholders.h): what `init` wrote is an error, naming
/// file, line and column; a note where a self-assessment's evidence should be is a warning naming the provision.
std::vector<Diagnostic> CheckPlaceholders(const ContentForChecks& content);

/// Findings that stop `build` from publishing (it reports every other finding as a warning): placeholders that
/// `init` wrote, a site outside England, and a "no" in the latest self-assessment without an explanation or a date
/// to comply by. `serve` still previews the site and shows them.
bool BlocksPublication(const Diagnostic& finding);

/// All of the above, errors first then warnings, each group in file order.
std::vector<Diagnostic> RunChecks(const ContentForChecks& content, Date today);

/// The financial year "2025-26" that ended most recently on or before `today` (31 March).
std::string LatestCompleteYear(Date today);

}  // namespace cs
