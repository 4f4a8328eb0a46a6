// A landlord's annual complaints performance and service improvement report (annual-reports/<year>.json).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "diagnostic.h"

namespace cs {

/// A Markdown part of the report and the line of the file its text starts on (for Markdown diagnostics).
struct ReportText {
  std::string markdown;
  int line = 0;
};

/// The governing body's response to the report (Code 8.2), published alongside it.
struct GoverningBodyResponse {
  ReportText text;
  std::optional<Date> date;
  std::string by;  ///< e.g. "Board of Example Homes"
};

/// The landlord's inputs for one year's report; the figures come from the case log named by `cases`.
struct AnnualReport {
  std::string year;      ///< "2025-26" (from the file name)
  Date from;             ///< reporting period, inclusive (default 1 April of the year's first part)
  Date to;               ///< (default 31 March of the next year)
  long long homes = 0;   ///< homes owned at the end of the period
  std::string cases;     ///< case log path, relative to the report file's folder, e.g. "2025-26-cases.csv"
  ReportText b_qualitative;            ///< (b) qualitative analysis of complaint handling performance
  ReportText c_ombudsman_findings;     ///< (c) Ombudsman findings of non-compliance with the Code
  ReportText d_service_improvements;   ///< (d) service improvements made from the learning
  ReportText e_ombudsman_annual_report;  ///< (e) the Ombudsman's annual report about the landlord
  ReportText f_other_reports;          ///< (f) other relevant Ombudsman reports
  GoverningBodyResponse governing_body_response;
};

/// Parses an annual report JSON document. `year` comes from the file name and must be a financial year (financial_year.h).
/// Errors (codes ar.year.invalid, ar.field.missing, ar.field.type, ar.date.invalid, ar.period.order,
/// ar.period.year, ar.homes.invalid, ar.cases.invalid, and json.* syntax codes) make it return nothing;
/// unknown keys are warnings (ar.unknown_key). All go to `diagnostics` with line and column.
std::optional<AnnualReport> ParseAnnualReport(std::string_view json_text, const std::string& file,
                                              const std::string& year, std::vector<Diagnostic>* diagnostics);

}  // namespace cs
