// One content model: everything a landlord's content/ holds, read once by LoadContent. `build`, `check` and `serve`
// all work from this value, so they see the same files with the same diagnostics (docs/architecture.md).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "annual_report.h"
#include "case_log.h"
#include "content_source.h"
#include "diagnostic.h"
#include "file_map.h"
#include "notice.h"
#include "self_assessment.h"
#include "site_config.h"

namespace cs {

/// policy.md or pages/<slug>.md with its front matter read (core/content/front_matter.h).
struct MarkdownFile {
  std::string slug;          ///< "policy", or the file name under pages/ without ".md"
  std::string file;          ///< as diagnostics name it: "content/pages/repairs.md"
  std::string text;          ///< the whole file, front matter included
  std::string title, description;
  std::optional<int> order;  ///< from the front matter; pages without one sort after those with one
  std::string body;          ///< the Markdown after the front matter (the whole text when the front matter is broken)
  int body_line = 1;         ///< line of `body`'s first line in the file
};

/// self-assessments/<year>.json.
struct SelfAssessmentSource {
  std::string year;  ///< "2025-26", from the file name
  std::string file;  ///< "content/self-assessments/2025-26.json"
  std::string text;
  std::optional<SelfAssessment> assessment;  ///< nothing when the file has errors (they were reported)
};

/// annual-reports/<year>.json and the case log it names.
struct AnnualReportSource {
  std::string year;  ///< "2025-26", from the file name
  std::string file;  ///< "content/annual-reports/2025-26.json"
  std::string text;
  std::optional<AnnualReport> report;  ///< nothing when the file has errors
  std::string cases_file;              ///< "content/annual-reports/2025-26-cases.csv" ("" when the report has none)
  std::optional<CaseLog> cases;        ///< nothing when it is missing or has errors (or its column mapping has)
  std::string columns_file;            ///< "content/annual-reports/2025-26.columns.json" when there is one, else ""
};

/// A landlord's content, as read from a ContentSource.
struct Content {
  std::string root;       ///< the source's Name(): files are named "<root>/site.json" in diagnostics
  std::string site_file;  ///< "<root>/site.json"
  std::string site_json;  ///< its text ("" when it could not be read)
  std::optional<SiteConfig> site;                 ///< nothing when site.json is missing or has errors
  std::optional<MarkdownFile> policy;             ///< nothing when there is no policy.md (a finding of the checks)
  std::vector<MarkdownFile> pages;                ///< pages/*.md, by front matter `order`, then file name
  std::vector<SelfAssessmentSource> self_assessments;  ///< by year, including files with errors
  std::vector<AnnualReportSource> annual_reports;      ///< by year, including files with errors
  std::vector<Notice> notices;      ///< notices/*.md that parsed, by file name (the generator shows the one in force)
  FileMap templates;                ///< content/templates/**: the landlord's template, word and asset overrides,
                                    ///< by path under templates/ ("layout.mustache", "i18n/en.json", "assets/site.css")
  std::optional<std::string> logo;  ///< the bytes of site.json's "logo", when it names one that could be read
  bool has_annual_reports_folder = false;  ///< annual-reports/ holds any file (the site gets /annual-report/)
  bool exists = false;              ///< the source was there (a missing content folder has nothing else)
  bool unreadable = false;          ///< the source, site.json or a listed file could not be read: exit status 2
  int errors = 0;                   ///< errors LoadContent reported: the generator makes no pages when there are any

  /// The folder's name in diagnostics: "<root>/pages".
  std::string Path(const std::string& relative) const { return root + "/" + relative; }
  /// The self-assessment of `year`, when it is there and parsed.
  const SelfAssessment* SelfAssessmentOf(const std::string& year) const;
};

/// Reads site.json, policy.md, pages/*.md, self-assessments/*.json, annual-reports/*.json with each report's case
/// log (read with annual-reports/<year>.columns.json, the column mapping, when there is one), site.json's logo and templates/** from `source`, parsing each with its own parser (site_config.h,
/// front_matter.h, self_assessment.h, annual_report.h, case_log.h). Every problem goes to `diagnostics` with its
/// file, line and column, and is counted in Content::errors; nothing is skipped silently. Codes of its own:
/// content.missing, content.site.unreadable (both exit status 2), page.slug.invalid, page.slug.reserved,
/// page.unreadable, notice.unreadable (and notice.h's codes), sa.file.name, sa.unreadable, ar.year.invalid (a warning: the file is not a report),
/// ar.unreadable, ar.cases.unreadable, cases.columns.unreadable (exit status 2), cases.columns.unused (a warning: a
/// column mapping with no report of its year), site.logo.unreadable.
Content LoadContent(const ContentSource& source, Diagnostics& diagnostics);

/// Page slugs the generator uses itself, for its pages and its folders (pages/<slug>.md may not take them).
const std::vector<std::string>& ReservedPageSlugs();

}  // namespace cs
