// --today, SOURCE_DATE_EPOCH or the clock.
#include "today.h"

#include <chrono>
#include <cstdlib>

namespace cs {

std::optional<Date> ResolveToday(const std::string& today, Diagnostic* problem) {
  auto fail = [&](const std::string& source, const std::string& message, const std::string& fix) -> std::optional<Date> {
    if (problem) *problem = {Severity::Error, "today.invalid", source, 0, 0, message, fix, ""};
    return std::nullopt;
  };
  if (!today.empty()) {
    std::string why;
    auto date = ParseIsoDate(today, &why);
    if (!date) return fail("--today", "\"" + today + "\": " + why, "write the date as YYYY-MM-DD");
    return date;
  }
  long long seconds = 0;
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH"); epoch && *epoch) {
    std::string text = epoch;
    if (text.size() > 12 || text.find_first_not_of("0123456789") != std::string::npos)
      return fail("SOURCE_DATE_EPOCH", "\"" + text + "\" is not a number of seconds since 1970-01-01",
                  "set it to a whole number such as 1767225600, or unset it");
    seconds = std::stoll(text);
  } else {
    seconds = std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
  }
  return Date::FromSerial(static_cast<int>(seconds / 86400));
}

}  // namespace cs
