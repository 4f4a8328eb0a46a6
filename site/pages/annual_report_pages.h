// The annual complaints performance and service improvement report pages (Code 8.1 and 8.2).
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "annual_report.h"
#include "case_log.h"
#include "content.h"
#include "diagnostic.h"
#include "page.h"
#include "pages.h"
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

/// From the annual reports LoadContent read (each with its case log), the same year's self-assessment when there
/// is one, and the previous year's figures for comparison: `/annual-report/<year>/` for every year plus an
/// `/annual-report/` index (newest first); nothing at all when there is no annual-reports/ folder. The figures'
/// problems go to `ctx.diagnostics` (when given) with their place; a year with errors gets no page (the build fails
/// on the errors anyway). The site is `ctx.config`; the pages are made as AnnualReportPage and AnnualReportIndexPage
/// say. When `files` is given, each year's figures are added to it as `annual-report/<year>/figures.json` and
/// `figures.csv` (AnnualReportFigureFiles).
/// When `inputs` is given, every year's AnnualReportInput is added to it (for the governing body pack).
std::vector<GeneratedPage> AnnualReportPages(const Content& content, const SiteContext& ctx,
                                             std::vector<GeneratedFile>* files = nullptr,
                                             std::vector<AnnualReportInput>* inputs = nullptr);

/// The data of the partials annual-report-key-figures ("key_figures") and annual-report-performance ("performance")
/// for one year: the same figures, tables and charts as the year's page (the governing body pack shows them too).
nlohmann::json AnnualReportFiguresData(const AnnualReportInput& input, const SiteContext& ctx);

/// The page body for one year (sections (a)-(f) in the Code's order, the figures and charts, and the
/// governing body's response), from the templates of `ctx` (page-annual-report and its partials
/// annual-report-key-figures, annual-report-self-assessment, annual-report-performance, annual-report-method,
/// figures-table, inline-link); words from "annual_report" of its words, dates in their language. Problems with the
/// report's Markdown go to `ctx.diagnostics`. Deterministic: the same input gives the same bytes.
GeneratedPage AnnualReportPage(const AnnualReportInput& input, const SiteContext& ctx);

/// The `/annual-report/` index over the years given (any order; shown newest first): page-annual-report-index.
GeneratedPage AnnualReportIndexPage(const std::vector<AnnualReportInput>& years, const SiteContext& ctx);

/// The year's figures to download: `annual-report/<year>/figures.json` (PerformanceToJson with the previous year,
/// indented by 2, keys sorted) and `annual-report/<year>/figures.csv` (RFC 4180, CRLF, UTF-8: a header
/// "figure,value", then one row per figure named by its dotted path in the JSON, e.g. "ch01.stage1_per_1000" or
/// "monthly.2025-04.stage1"; a figure with no denominator has an empty value).
std::vector<GeneratedFile> AnnualReportFigureFiles(const AnnualReportInput& input);

}  // namespace cs
