// What the Housing Ombudsman would find missing: checks of a landlord's content against the Complaint
// Handling Code. Findings are Diagnostics with a stable code (sa.*, policy.*, site.*, report.*) and the
// provision they rest on. "today" is always an argument; nothing here reads the clock or the disk.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content.h"
#include "date.h"
#include "diagnostic.h"
#include "self_assessment.h"
#include "site_config.h"
#include "timescales.h"

namespace cs {

/// Self-assessment findings for the newest year (by the year in the file name): CheckSelfAssessment plus the
/// "latest" checks (8.1 annual, 2022 Code after the switch date). Earlier years are history and are not
/// checked. No files at all is a finding (sa.none). When the newest year's file has errors (LoadContent reported
/// them) nothing more is said: an older year is not "the latest".
std::vector<Diagnostic> CheckSelfAssessments(const std::vector<SelfAssessmentSource>& files, const std::string& dir,
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
/// governing body's response (a report with errors is not read: LoadContent reported them), and each has its year's
/// self-assessment (a file of that year, even one with errors), whose years are `self_assessment_years`.
std::vector<Diagnostic> CheckAnnualReports(const std::vector<AnnualReportSource>& reports, const std::string& dir,
                                           Date today, const std::vector<std::string>& self_assessment_years);

/// Placeholders in every file whose words are published (site.json, policy.md, pages/*.md, self-assessments,
/// annual reports; core/checks/placeholders.h): what `init` wrote is an error, naming file, line and column; a note
/// where a self-assessment's evidence should be is a warning naming the provision.
std::vector<Diagnostic> CheckPlaceholders(const Content& content);

/// Findings that stop `build` from publishing (it reports every other finding as a warning): no complaints policy,
/// placeholders that `init` wrote and a site outside England. `serve` still previews the site and shows them.
bool BlocksPublication(const Diagnostic& finding);

/// All of the above for the content LoadContent read (missing pieces are findings, never crashes: without a parsed
/// site.json the site checks are left out), errors first then warnings, each group in file order.
std::vector<Diagnostic> RunChecks(const Content& content, Date today);

/// The financial year "2025-26" that ended most recently on or before `today` (31 March).
std::string LatestCompleteYear(Date today);

}  // namespace cs
