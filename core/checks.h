// What the Housing Ombudsman would find missing: checks of a landlord's content against the Complaint
// Handling Code. Findings are Diagnostics with a stable code (sa.*, policy.*, site.*, report.*) and the
// provision they rest on. "today" is always an argument; nothing here reads the clock or the disk.
#pragma once

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
};

/// Self-assessment findings for the newest year (by year name, then date): CheckSelfAssessment plus the
/// "latest" checks (8.1 annual, 2022 Code after the switch date). Earlier years are history and are not
/// checked. No files at all is a finding (sa.none).
std::vector<Diagnostic> CheckSelfAssessments(const std::vector<SelfAssessmentFile>& files, const std::string& dir,
                                             Date today);

/// One self-assessment: every provision answered, `no` with explanation and comply_by (not passed),
/// `yes` with evidence, approved by the governing body.
std::vector<Diagnostic> CheckSelfAssessment(const SelfAssessment& assessment, const std::string& file, Date today);

/// The complaints policy (Markdown): two stages and no other, timescales that match `code` (read from
/// the Timescales data), the Ombudsman, representatives, reasonable adjustments, exclusions with the
/// 12-month rule, refusals explained with the right to go to the Ombudsman. Lines are Markdown lines.
/// The Ombudsman's contact details are the built-in ones (core/site_config.h OmbudsmanInfo).
std::vector<Diagnostic> CheckPolicy(std::string_view markdown, const std::string& file, const CodeTimescales& code);

/// The same, with the Ombudsman's details as the site gives them (site.json "ombudsman" overrides the phone
/// and web address the policy may quote) and `first_line`, the file line of the Markdown's first line (the
/// line after policy.md's front matter), so findings point at lines of the file.
std::vector<Diagnostic> CheckPolicy(std::string_view markdown, const std::string& file, const CodeTimescales& code,
                                    const OmbudsmanInfo& ombudsman, int first_line = 1);

/// site.json: two or more complaint channels (3.1), the senior lead (9.4) and the Member Responsible
/// for Complaints (9.5) named. `json_text` is only used to find line numbers.
std::vector<Diagnostic> CheckSite(const SiteConfig& site, std::string_view json_text, const std::string& file);

/// Annual reports: one for the latest complete financial year (April-March) before `today` (8.1),
/// each with the governing body's response (8.2).
std::vector<Diagnostic> CheckAnnualReports(const std::vector<AnnualReportFile>& reports, const std::string& dir,
                                           Date today);

/// All of the above, errors first then warnings, each group in file order.
std::vector<Diagnostic> RunChecks(const ContentForChecks& content, Date today);

/// The financial year "2025-26" that ended most recently on or before `today` (31 March).
std::string LatestCompleteYear(Date today);

}  // namespace cs
