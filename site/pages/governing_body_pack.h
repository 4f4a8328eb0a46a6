// /self-assessment/<year>/pack/: the governing body's papers for one year, print-ready on A4 — the cover, the summary,
// the provisions not met with their plans, the changes since last year, the year's complaints figures with charts and
// a space for the approval minute (templates/page-governing-body-pack.mustache). Not linked for residents: noindex,
// not in the sitemap or the search index.
#pragma once

#include "annual_report_pages.h"
#include "page.h"
#include "pages.h"
#include "self_assessment.h"

namespace cs {

/// The pack for `sa` (read from `file`). `previous` is the year before (nullptr for the first year); `report` the
/// same year's annual report figures when there are any.
GeneratedPage GoverningBodyPackPage(const SiteContext& ctx, const SelfAssessment& sa, const std::string& file,
                                    const SelfAssessment* previous, const AnnualReportInput* report);

}  // namespace cs
