// Writing dates by language with the names of core/data/date-names.json (compiled in: calendar_tables.h).
#include "date_format.h"

#include "calendar_tables.h"
#include "messages.h"

namespace cs {

namespace {

const tables::DateNames* Named(std::string_view language) {
  for (int i = 0; i < tables::kDateNameCount; ++i)
    if (language == tables::kDateNames[i].language) return &tables::kDateNames[i];
  return nullptr;
}

// The names for `language`, else its base language ("en-GB" -> "en"), else English (which the generator requires).
const tables::DateNames* NamesFor(std::string_view language) {
  const tables::DateNames* names = Named(language);
  if (!names) names = Named(language.substr(0, language.find('-')));
  if (!names) names = Named("en");
  return names;
}

std::string Format(const Date& date, std::string_view language, bool weekday) {
  const tables::DateNames* names = NamesFor(language);
  return FillPlaceholders(weekday ? names->pattern : names->pattern_without_weekday,
                          {{"weekday", names->weekdays[static_cast<int>(date.DayOfWeek())]},
                           {"day", std::to_string(date.day)},
                           {"month", names->months[date.month - 1]},
                           {"year", std::to_string(date.year)}});
}

}  // namespace

std::string FormatLongDate(const Date& date, std::string_view language) { return Format(date, language, true); }

std::string FormatDate(const Date& date, std::string_view language) { return Format(date, language, false); }

std::string FormatMonthName(int month, std::string_view language) {
  if (month < 1 || month > 12) return {};
  return NamesFor(language)->months[month - 1];
}

std::vector<std::string> DateLanguages() {
  std::vector<std::string> out;
  for (int i = 0; i < tables::kDateNameCount; ++i) out.push_back(tables::kDateNames[i].language);
  return out;
}

}  // namespace cs
