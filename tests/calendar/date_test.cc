// Tests for core/date.
#include <doctest/doctest.h>

#include "date.h"

using cs::Date;

TEST_CASE("dates parse strictly and say what is wrong") {
  SUBCASE("valid") {
    auto d = cs::ParseIsoDate("2025-03-14");
    REQUIRE(d);
    CHECK(d->year == 2025);
    CHECK(d->month == 3);
    CHECK(d->day == 14);
    CHECK(d->Long() == "Friday 14 March 2025");
    CHECK(cs::ParseIsoDate("2024-02-29"));
    CHECK(cs::ParseIsoDate("2000-02-29"));
  }
  SUBCASE("impossible") {
    std::string why;
    CHECK_FALSE(cs::ParseIsoDate("2025-02-29", &why));
    CHECK(why == "2025 is not a leap year, so February has 28 days");
    CHECK_FALSE(cs::ParseIsoDate("1900-02-29", &why));
    CHECK_FALSE(cs::ParseIsoDate("2025-13-01", &why));
    CHECK(why.find("month") != std::string::npos);
    CHECK_FALSE(cs::ParseIsoDate("2025-04-31", &why));
    CHECK(why == "April has 30 days, not 31");
    CHECK_FALSE(cs::ParseIsoDate("2025-00-10", &why));
    CHECK_FALSE(cs::ParseIsoDate("2025-01-00", &why));
  }
  SUBCASE("badly written") {
    std::string why;
    for (const char* bad : {"2025-3-1", "25-03-01", "2025/03/01", "", "2025-03-01 ", "x025-03-01", "2025-03-1a", "20250301"}) {
      CAPTURE(bad);
      CHECK_FALSE(cs::ParseIsoDate(bad, &why));
      CHECK(why.find("YYYY-MM-DD") != std::string::npos);
    }
  }
}

TEST_CASE("serial numbers round-trip and weekdays are right") {
  CHECK(Date{1970, 1, 1}.Serial() == 0);
  CHECK(Date{2000, 3, 1}.Serial() - Date{2000, 2, 28}.Serial() == 2);
  for (int s = Date{1990, 1, 1}.Serial(); s < Date{2110, 1, 1}.Serial(); s += 37) {
    Date d = Date::FromSerial(s);
    CHECK(d.Serial() == s);
  }
  CHECK(Date{2025, 3, 14}.DayOfWeek() == cs::Weekday::Friday);
  CHECK(Date{2024, 12, 25}.DayOfWeek() == cs::Weekday::Wednesday);
  CHECK(Date{1969, 12, 31}.DayOfWeek() == cs::Weekday::Wednesday);
  CHECK(Date{2025, 3, 15}.IsWeekend());
  CHECK(Date{2025, 3, 31}.AddDays(1) == Date{2025, 4, 1});
  CHECK(Date{2025, 3, 1}.AddDays(-1) == Date{2025, 2, 28});
  CHECK(Date{2025, 3, 14} < Date{2025, 3, 15});
}

TEST_CASE("twelve calendar months later, from 29 February") {
  CHECK(Date{2024, 2, 29}.AddMonthsClamped(12) == Date{2025, 2, 28});
  CHECK(Date{2024, 2, 29}.AddMonthsClamped(48) == Date{2028, 2, 29});
  CHECK(Date{2025, 3, 14}.AddMonthsClamped(12) == Date{2026, 3, 14});
  CHECK(Date{2025, 1, 31}.AddMonthsClamped(1) == Date{2025, 2, 28});
  CHECK(Date{2025, 12, 15}.AddMonthsClamped(1) == Date{2026, 1, 15});
}
