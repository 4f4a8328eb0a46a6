// Tests for core/date_format: dates in full by language.
#include <doctest/doctest.h>

#include <algorithm>

#include "date_format.h"

TEST_CASE("FormatLongDate writes English and Welsh dates") {
  cs::Date d{2025, 3, 21};
  CHECK(cs::FormatLongDate(d, "en") == "Friday 21 March 2025");
  CHECK(cs::FormatLongDate(d, "cy") == "Dydd Gwener 21 Mawrth 2025");
  CHECK(cs::FormatDate(d, "en") == "21 March 2025");
  CHECK(cs::FormatDate(d, "cy") == "21 Mawrth 2025");
  CHECK(cs::FormatLongDate(cs::Date{2026, 1, 4}, "cy") == "Dydd Sul 4 Ionawr 2026");
  CHECK(cs::FormatLongDate(cs::Date{2025, 12, 1}, "cy") == "Dydd Llun 1 Rhagfyr 2025");
}

TEST_CASE("FormatLongDate falls back from a region to its language, then to English") {
  cs::Date d{2025, 3, 21};
  CHECK(cs::FormatLongDate(d, "en-GB") == "Friday 21 March 2025");
  CHECK(cs::FormatLongDate(d, "cy-GB") == "Dydd Gwener 21 Mawrth 2025");
  CHECK(cs::FormatLongDate(d, "fr") == "Friday 21 March 2025");
  CHECK(cs::FormatLongDate(d, "") == "Friday 21 March 2025");
}

TEST_CASE("English date names agree with Date::Long for every day of a leap year") {
  for (cs::Date d{2024, 1, 1}; d.year == 2024; d = d.AddDays(1)) {
    CAPTURE(d.Iso());
    CHECK(cs::FormatLongDate(d, "en") == d.Long());
  }
  auto languages = cs::DateLanguages();
  CHECK(std::find(languages.begin(), languages.end(), "cy") != languages.end());
  CHECK(std::find(languages.begin(), languages.end(), "en") != languages.end());
}

TEST_CASE("FormatMonthName: month names by language, with the same fallbacks as dates") {
  CHECK(cs::FormatMonthName(3, "en") == "March");
  CHECK(cs::FormatMonthName(3, "cy") == "Mawrth");
  CHECK(cs::FormatMonthName(12, "cy-GB") == "Rhagfyr");
  CHECK(cs::FormatMonthName(1, "xx") == "January");
  CHECK(cs::FormatMonthName(0, "en").empty());
  CHECK(cs::FormatMonthName(13, "en").empty());
  for (int m = 1; m <= 12; ++m) CHECK(cs::FormatDate(cs::Date{2025, m, 1}, "cy").find(cs::FormatMonthName(m, "cy")) != std::string::npos);
}
