// Writing dates by language with the names of core/data/date-names.json (compiled in: calendar_tables.h).
#include "date_format.h"

#include "calendar_tables.h"

namespace cs {

namespace {

const tables::DateNames* Named(std::string_view language) {
  for (int i = 0; i < tables::kDateNameCount; ++i)
    if (language == tables::kDateNames[i].language) return &tables::kDateNames[i];
  return nullptr;
}

// The names for `language`, else its base language ("en-GB" -> "en"), else English.
const tables::DateNames* NamesFor(std::string_view language) {
  const tables::DateNames* names = Named(language);
  if (!names) names = Named(language.substr(0, language.find('-')));
  if (!names) names = Named("en");
  return names;
}

void Replace(std::string* s, std::string_view key, const std::string& value) {
  size_t at = s->find(key);
  if (at != std::string::npos) s->replace(at, key.size(), value);
}

std::string Format(const Date& date, std::string_view language, bool weekday) {
  const tables::DateNames* names = NamesFor(language);
  if (!names) return weekday ? date.Long() : std::to_string(date.day) + " " + MonthName(date.month) + " " + std::to_string(date.year);
  std::string out = weekday ? names->pattern : names->pattern_without_weekday;
  Replace(&out, "{weekday}", names->weekdays[static_cast<int>(date.DayOfWeek())]);
  Replace(&out, "{day}", std::to_string(date.day));
  Replace(&out, "{month}", names->months[date.month - 1]);
  Replace(&out, "{year}", std::to_string(date.year));
  return out;
}

}  // namespace

std::string FormatLongDate(const Date& date, std::string_view language) { return Format(date, language, true); }

std::string FormatDate(const Date& date, std::string_view language) { return Format(date, language, false); }

std::string FormatMonthName(int month, std::string_view language) {
  if (month < 1 || month > 12) return {};
  const tables::DateNames* names = NamesFor(language);
  return names ? names->months[month - 1] : MonthName(month);
}

std::vector<std::string> DateLanguages() {
  std::vector<std::string> out;
  for (int i = 0; i < tables::kDateNameCount; ++i) out.push_back(tables::kDateNames[i].language);
  return out;
}

}  // namespace cs
