// Civil (proleptic Gregorian) dates: parsing, weekday, arithmetic and plain-English formatting.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace cs {

enum class Weekday { Monday = 0, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday };

/// A calendar date with no time and no time zone. Ordered; Serial() counts days from 1970-01-01.
struct Date {
  int year = 1970;
  int month = 1;  ///< 1..12
  int day = 1;    ///< 1..31

  /// Days since 1970-01-01 (negative before it).
  int Serial() const;
  static Date FromSerial(int serial);
  Weekday DayOfWeek() const;
  bool IsWeekend() const;
  Date AddDays(int n) const { return FromSerial(Serial() + n); }
  /// Same day `n` calendar months later; a day past the end of the target month becomes its last day
  /// (so 12 months after 29 February is 28 February).
  Date AddMonthsClamped(int n) const;
  /// `YYYY-MM-DD`.
  std::string Iso() const;
  /// "Friday 21 March 2025" (FormatLongDate in English).
  std::string Long() const;

  /// yyyymmdd as one number: orders like the dates themselves.
  int Key() const { return (year * 16 + month) * 32 + day; }
  friend bool operator==(const Date& a, const Date& b) { return a.Key() == b.Key(); }
  friend bool operator!=(const Date& a, const Date& b) { return !(a == b); }
  friend bool operator<(const Date& a, const Date& b) { return a.Key() < b.Key(); }
  friend bool operator<=(const Date& a, const Date& b) { return a.Key() <= b.Key(); }
  friend bool operator>(const Date& a, const Date& b) { return b < a; }
  friend bool operator>=(const Date& a, const Date& b) { return b <= a; }
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);
const char* WeekdayName(Weekday w);
const char* MonthName(int month);

/// Parses strict ISO `YYYY-MM-DD` (four-digit year, two-digit month and day). On failure returns
/// nothing and sets `why` to a plain-English reason ("2025 is not a leap year, so February has 28 days").
std::optional<Date> ParseIsoDate(std::string_view text, std::string* why = nullptr);

/// Builds a date from parts, checking that it exists.
std::optional<Date> MakeDate(int year, int month, int day, std::string* why = nullptr);

}  // namespace cs
