// Dates written out in full in the site's language, with the names of core/data/date-names.json (compiled in).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "date.h"

namespace cs {

/// "Friday 21 March 2025" (en), "Dydd Gwener 21 Mawrth 2025" (cy). A language without date names
/// (or a region variant such as "en-GB" of one that has them) falls back to its base language, then English.
std::string FormatLongDate(const Date& date, std::string_view language);

/// "21 March 2025" (en), "21 Mawrth 2025" (cy): the same without the weekday.
std::string FormatDate(const Date& date, std::string_view language);

/// "March" (en), "Mawrth" (cy): the name of `month` (1-12), with the same fallbacks as FormatLongDate.
std::string FormatMonthName(int month, std::string_view language);

/// Languages with date names, e.g. {"cy", "en"}.
std::vector<std::string> DateLanguages();

}  // namespace cs
