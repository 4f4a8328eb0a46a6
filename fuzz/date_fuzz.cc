// libFuzzer target: the strict ISO date parser and the date arithmetic behind every deadline.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string why;
  auto date = cs::ParseIsoDate(text, &why);
  if (!date) {
    if (why.empty()) std::abort();  // every rejection must say why
    return 0;
  }
  // A date that parses prints back as the same text, and survives the arithmetic deadlines use.
  if (date->Iso() != text) std::abort();
  if (cs::Date::FromSerial(date->Serial()) != *date) std::abort();
  auto later = date->AddMonthsClamped(12);
  if (later <= *date || later.day > cs::DaysInMonth(later.year, later.month)) std::abort();
  (void)date->Long();
  (void)date->AddDays(400).DayOfWeek();
  return 0;
}
