// Tests for core/working_days: the day-0 convention, which closures are listed, and properties over random dates.
#include <doctest/doctest.h>

#include <random>

#include "working_days.h"

using cs::Date;
using cs::WorkingCalendar;

TEST_CASE("the event day is day 0; a weekend event counts from the next working day") {
  WorkingCalendar cal(cs::BankHolidays::Default(), cs::DivisionIndex("england-and-wales"));
  CHECK(cal.AddWorkingDays(Date{2025, 3, 14}, 0) == Date{2025, 3, 14});
  CHECK(cal.AddWorkingDays(Date{2025, 3, 14}, 1) == Date{2025, 3, 17});  // Friday -> Monday
  CHECK(cal.AddWorkingDays(Date{2025, 3, 15}, 1) == Date{2025, 3, 17});  // Saturday -> Monday is day 1
  CHECK(cal.AddWorkingDays(Date{2025, 3, 16}, 5) == Date{2025, 3, 21});
  CHECK(cal.WorkingDaysBetween(Date{2025, 3, 14}, Date{2025, 3, 21}) == 5);
  CHECK(cal.WorkingDaysBetween(Date{2025, 3, 21}, Date{2025, 3, 14}) == 0);
  CHECK(cal.WorkingDaysBetween(Date{2025, 3, 14}, Date{2025, 3, 16}) == 0);
  CHECK_FALSE(cal.IsWorkingDay(Date{2025, 4, 18}));  // Good Friday
  CHECK(cal.IsWorkingDay(Date{2025, 4, 22}));
}

TEST_CASE("6.2: Christmas bank holidays are skipped, landlord closures are listed but still counted") {
  WorkingCalendar cal(cs::BankHolidays::Default(), 0);
  // Received Monday 22 December 2025: working days 23, 24, 29, 30, 31 December.
  CHECK(cal.AddWorkingDays(Date{2025, 12, 22}, 5) == Date{2025, 12, 31});
  auto days = cal.NonWorkingDaysBetween(Date{2025, 12, 23}, Date{2026, 1, 6});
  REQUIRE(days.size() == 3);
  CHECK(days[0].title == "Christmas Day");
  CHECK(days[1].title == "Boxing Day");
  CHECK(days[2].title == "New Year’s Day");
  for (const auto& d : days) CHECK(d.kind == "bank-holiday");
  // Closures: only those on working days in the range, in date order, each date once, titled.
  std::vector<cs::Closure> closures = {{Date{2025, 12, 31}, ""},          {Date{2025, 12, 29}, ""},
                                       {Date{2025, 12, 30}, "Office closed"}, {Date{2025, 12, 27}, "Saturday closure"},
                                       {Date{2025, 12, 26}, "Boxing Day"},    {Date{2025, 12, 29}, "Again"},
                                       {Date{2026, 2, 2}, "Later"}};
  auto counted = cal.ClosuresOnWorkingDays(closures, Date{2025, 12, 23}, Date{2026, 1, 6});
  REQUIRE(counted.size() == 3);
  CHECK(counted[0].date == Date{2025, 12, 29});
  CHECK(counted[0].title == "Landlord closure day");
  CHECK(counted[1].title == "Office closed");
  CHECK(counted[2].date == Date{2025, 12, 31});
}

TEST_CASE("properties over 10,000 random dates per nation") {
  std::mt19937 rng(20261124);
  std::uniform_int_distribution<int> day(Date{1995, 1, 1}.Serial(), Date{2099, 6, 30}.Serial());
  std::uniform_int_distribution<int> count(0, 60);
  for (const auto& nation : cs::BankHolidays::Divisions()) {
    CAPTURE(nation);
    WorkingCalendar cal(cs::BankHolidays::Default(), cs::DivisionIndex(nation));
    for (int i = 0; i < 10000; ++i) {
      Date from = Date::FromSerial(day(rng));
      int n = count(rng);
      Date due = cal.AddWorkingDays(from, n);
      CAPTURE(from.Iso());
      CAPTURE(n);
      if (n > 0) {
        CHECK(cal.IsWorkingDay(due));
        REQUIRE(cal.WorkingDaysBetween(from, due) == n);
        CHECK(cal.AddWorkingDays(from, n + 1) > due);  // results never decrease as n grows
        CHECK(due > from);
      }
      REQUIRE(cal.AddWorkingDays(from, n) <= cal.AddWorkingDays(from, n + 1));
    }
  }
}
