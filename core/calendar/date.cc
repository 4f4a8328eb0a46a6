// Civil date arithmetic (Howard Hinnant's days_from_civil algorithms) and strict ISO parsing.
#include "date.h"

#include "calendar_tables.h"
#include "date_format.h"
#include "messages.h"

namespace cs {

bool IsLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && IsLeapYear(y)) return 29;
  return kDays[m - 1];
}

// English names: core/data/date-names.json's "en".
const char* WeekdayName(Weekday w) { return tables::kDateNames[tables::kEnglishDateNames].weekdays[static_cast<int>(w)]; }
const char* MonthName(int m) { return tables::kDateNames[tables::kEnglishDateNames].months[m - 1]; }

int Date::Serial() const {
  int y = year - (month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned mp = static_cast<unsigned>(month + (month > 2 ? -3 : 9));
  const unsigned doy = (153 * mp + 2) / 5 + static_cast<unsigned>(day) - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

Date Date::FromSerial(int z) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  return Date{y + (m <= 2 ? 1 : 0), static_cast<int>(m), static_cast<int>(d)};
}

Weekday Date::DayOfWeek() const {
  // 1970-01-01 was a Thursday (index 3 with Monday = 0).
  int s = Serial();
  int w = ((s % 7) + 7 + 3) % 7;
  return static_cast<Weekday>(w);
}

bool Date::IsWeekend() const {
  Weekday w = DayOfWeek();
  return w == Weekday::Saturday || w == Weekday::Sunday;
}

Date Date::AddMonthsClamped(int n) const {
  int total = year * 12 + (month - 1) + n;
  int y = total / 12;
  int m = total % 12 + 1;
  int d = day;
  if (d > DaysInMonth(y, m)) d = DaysInMonth(y, m);
  return Date{y, m, d};
}

std::string Date::Iso() const {
  // Written by hand rather than with snprintf, which would pull printf into the browser widget.
  std::string s = "0000-00-00";
  int y = year;
  for (int i = 3; i >= 0; --i, y /= 10) s[static_cast<size_t>(i)] = static_cast<char>('0' + y % 10);
  s[5] = static_cast<char>('0' + month / 10);
  s[6] = static_cast<char>('0' + month % 10);
  s[8] = static_cast<char>('0' + day / 10);
  s[9] = static_cast<char>('0' + day % 10);
  return s;
}

std::string Date::Long() const { return FormatLongDate(*this, "en"); }

std::optional<Date> MakeDate(int y, int m, int d, std::string* why) {
  // Why it is not a date: engine.errors.date_* words (English, or a live MessageOverlay's).
  const char* key = nullptr;
  if (y < 1 || y > 9999) key = "date_year_range";
  else if (m < 1 || m > 12) key = "date_month_range";
  else if (d < 1) key = "date_day_zero";
  else if (d > DaysInMonth(y, m)) key = m == 2 && d == 29 ? "date_not_leap_year" : "date_month_days";
  if (!key) return Date{y, m, d};
  if (why) {
    bool real_month = m >= 1 && m <= 12;
    *why = ErrorText(key, {{"year", std::to_string(y)},
                           {"month", std::to_string(m)},
                           {"month_name", real_month ? MonthName(m) : ""},
                           {"days", real_month ? std::to_string(DaysInMonth(y, m)) : ""},
                           {"day", std::to_string(d)}});
  }
  return std::nullopt;
}

std::optional<Date> ParseIsoDate(std::string_view t, std::string* why) {
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i)
      if (t[i] < '0' || t[i] > '9') return false;
    return true;
  };
  if (t.size() != 10 || t[4] != '-' || t[7] != '-' || !digits(0, 4) || !digits(5, 2) || !digits(8, 2)) {
    if (why) *why = "a date must be written YYYY-MM-DD, for example 2025-03-14";
    return std::nullopt;
  }
  auto num = [&](size_t from, size_t n) {
    int v = 0;
    for (size_t i = from; i < from + n; ++i) v = v * 10 + (t[i] - '0');
    return v;
  };
  return MakeDate(num(0, 4), num(5, 2), num(8, 2), why);
}

}  // namespace cs
