// Working-day counting over weekends and bank holidays; which closure days the Code still counts.
#include "working_days.h"

namespace cs {

WorkingCalendar::WorkingCalendar(const BankHolidays& holidays, int division) : holidays_(&holidays), division_(division) {}

bool WorkingCalendar::IsWorkingSerial(int serial) const {
  const int weekday = ((serial % 7) + 7 + 3) % 7;  // 1970-01-01 (serial 0) was a Thursday; Monday = 0
  return weekday < 5 && !holidays_->IsHolidaySerial(division_, serial);
}

bool WorkingCalendar::IsWorkingDay(Date d) const { return IsWorkingSerial(d.Serial()); }

Date WorkingCalendar::AddWorkingDays(Date from, int n) const {
  int serial = from.Serial();
  while (n > 0) {
    ++serial;
    if (IsWorkingSerial(serial)) --n;
  }
  return Date::FromSerial(serial);
}

int WorkingCalendar::WorkingDaysBetween(Date from, Date to) const {
  int count = 0;
  const int last = to.Serial();
  for (int s = from.Serial() + 1; s <= last; ++s)
    if (IsWorkingSerial(s)) ++count;
  return count;
}

std::vector<NonWorkingDay> WorkingCalendar::NonWorkingDaysBetween(Date from, Date to) const {
  std::vector<NonWorkingDay> out;
  const int last = to.Serial();
  for (int s = from.Serial(); s <= last; ++s) {
    if (!holidays_->IsHolidaySerial(division_, s)) continue;
    Date d = Date::FromSerial(s);
    if (const Holiday* h = holidays_->Find(division_, d)) out.push_back({d, h->title, "bank-holiday"});
  }
  return out;
}

std::vector<Closure> WorkingCalendar::ClosuresOnWorkingDays(std::vector<Closure> closures, Date from, Date to) const {
  // Day by day rather than sorting: the ranges and lists are short, and the browser's download stays small.
  std::vector<Closure> out;
  for (int s = from.Serial(), last = to.Serial(); s <= last && !closures.empty(); ++s) {
    if (!IsWorkingSerial(s)) continue;
    Date d = Date::FromSerial(s);
    for (Closure& c : closures) {
      if (!(c.date == d)) continue;
      if (c.title.empty()) c.title = "Landlord closure day";
      out.push_back(std::move(c));
      break;
    }
  }
  return out;
}

}  // namespace cs
