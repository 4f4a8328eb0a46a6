// The annual complaints performance and service improvement report pages (Code 8.1 and 8.2).
#pragma once

#include <string>
#include <vector>

#include "annual_report.h"
#include "case_log.h"
#include "diagnostic.h"
#include "page.h"
#include "performance.h"
#include "self_assessment.h"
#include "site_config.h"

namespace cs {

/// Everything one year's page is made from (built by AnnualReportPages; exposed for tests).
struct AnnualReportInput {
  AnnualReport report;
  std::string file;                          ///< e.g. "content/annual-reports/2025-26.json"
  Performance figures;
  std::optional<Performance> previous;       ///< the year before, when its report and log exist
  std::optional<SelfAssessment> self_assessment;  ///< the same year's, when present
};

/// Reads `content_dir`/annual-reports/<year>.json (every file named like 2025-26.json), the case log each one
/// names, the same year's `content_dir`/self-assessments/<year>.json when present, and the previous year's
/// report for comparison. Returns `/annual-report/<year>/` for every year plus an `/annual-report/` index
/// (newest first); nothing at all when the folder is absent. Problems go to `diagnostics` with their place;
/// a year with errors gets no page (the build fails on the errors anyway).
std::vector<GeneratedPage> AnnualReportPages(const std::string& content_dir, const SiteConfig& config,
                                             std::vector<Diagnostic>* diagnostics);

/// The page body for one year (sections (a)-(f) in the Code's order, the figures and charts, and the
/// governing body's response). Deterministic: the same input gives the same bytes.
GeneratedPage AnnualReportPage(const AnnualReportInput& input, const SiteConfig& config, std::vector<Diagnostic>* diagnostics);

/// The `/annual-report/` index over the years given (any order; shown newest first).
GeneratedPage AnnualReportIndexPage(const std::vector<AnnualReportInput>& years, const SiteConfig& config);

}  // namespace cs
