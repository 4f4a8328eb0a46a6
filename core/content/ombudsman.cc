// Loads core/data/ombudsman.json.
#include "ombudsman.h"

#include <algorithm>
#include <nlohmann/json.hpp>

#include "embedded_data.h"

namespace cs {

const OmbudsmanFacts& OmbudsmanFacts::Default() {
  static const OmbudsmanFacts kFacts = [] {
    OmbudsmanFacts f;
    nlohmann::json doc = nlohmann::json::parse(EmbeddedDataFile("ombudsman.json"), nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) return f;
    if (auto d = ParseIsoDate(doc.value("last_checked", std::string()))) f.last_checked = *d;
    const nlohmann::json contact = doc.value("contact", nlohmann::json::object());
    f.name = contact.value("name", "");
    f.phone = contact.value("phone", "");
    f.post = contact.value("post", "");
    f.website = contact.value("website", "");
    f.online_form = contact.value("online_form", "");
    f.email_note = contact.value("email_note", "");
    const nlohmann::json submission = doc.value("annual_submission", nlohmann::json::object());
    f.submission_source = submission.value("source", "");
    f.large_landlord_homes_over = submission.value("large_landlord_homes_over", f.large_landlord_homes_over);
    const nlohmann::json due = submission.value("large_landlord_due", nlohmann::json::object());
    f.large_due_month = due.value("month", f.large_due_month);
    f.large_due_day = due.value("day", f.large_due_day);
    f.small_months_after_year_end = submission.value("small_landlord_months_after_year_end", f.small_months_after_year_end);
    return f;
  }();
  return kFacts;
}

Date OmbudsmanFacts::AnnualReportDue(Date year_end) const {
  // 31 March + 6 months is 30 September (AddMonthsClamped keeps the day, or the month's last day).
  return std::min(AnnualSubmissionDue(year_end, large_landlord_homes_over + 1), AnnualSubmissionDue(year_end, 0));
}

Date OmbudsmanFacts::AnnualSubmissionDue(Date year_end, long long homes) const {
  if (homes <= large_landlord_homes_over) return year_end.AddMonthsClamped(small_months_after_year_end);
  // The first large_due_month/day on or after the year-end.
  Date large{year_end.year, large_due_month, large_due_day};
  if (large < year_end) large = Date{year_end.year + 1, large_due_month, large_due_day};
  return large;
}

}  // namespace cs
