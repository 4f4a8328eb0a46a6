// Facts about the Housing Ombudsman Service, from core/data/ombudsman.json: its contact details (the site's
// defaults), when they were last checked, and when the year's annual report and self-assessment are due.
#pragma once

#include <string>

#include "date.h"

namespace cs {

struct OmbudsmanFacts {
  std::string name, phone, post, website, online_form, email_note;
  Date last_checked{2026, 11, 24};  ///< when the details were last checked on the Ombudsman's website
  int large_landlord_homes_over = 1000;
  int large_due_month = 9, large_due_day = 30;  ///< landlords with over 1,000 homes: by 30 September
  int small_months_after_year_end = 6;          ///< the others: within 6 months after the financial year-end
  std::string submission_source;                ///< the Ombudsman's page these dates come from

  /// The built-in facts (core/data/ombudsman.json).
  static const OmbudsmanFacts& Default();

  /// The last day the Annual Complaints Performance and Service Improvement report (with the self-assessment) for
  /// the financial year ending on `year_end` may be published and submitted: the earlier of the large- and
  /// small-landlord dates, as the site does not know the number of homes before the report exists. For a year
  /// ending 31 March both are 30 September.
  Date AnnualReportDue(Date year_end) const;

  /// The Ombudsman's annual submission date for a landlord that owns `homes` homes and whose financial year ends
  /// on `year_end`: over large_landlord_homes_over homes, the first large_due_month/day on or after the year-end;
  /// otherwise small_months_after_year_end months after it.
  Date AnnualSubmissionDue(Date year_end, long long homes) const;
};

}  // namespace cs
