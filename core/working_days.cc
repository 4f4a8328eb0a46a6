// Working-day counting over weekends, bank holidays and landlord closures.
#include "working_days.h"

#include <algorithm>

namespace cs {

WorkingCalendar::WorkingCalendar(const BankHolidays& holidays, int division, std::vector<Closure> closures)
    : holidays_(&holidays), division_(division), closures_(std::move(closures)) {
  std::sort(closures_.begin(), closures_.end(), [](const Closure& a, const Closure& b) { return a.date < b.date; });
  for (Closure& c : closures_)
    if (c.title.empty()) c.title = "Landlord closure day";
}

const Closure* WorkingCalendar::FindClosure(Date d) const {
  if (closures_.empty()) return nullptr;
  auto it = std::lower_bound(closures_.begin(), closures_.end(), d,
                             [](const Closure& c, const Date& x) { return c.date < x; });
  return it != closures_.end() && it->date == d ? &*it : nullptr;
}

bool WorkingCalendar::IsWorkingSerial(int serial) const {
  const int weekday = ((serial % 7) + 7 + 3) % 7;  // 1970-01-01 (serial 0) was a Thursday; Monday = 0
  if (weekday >= 5) return false;
  if (holidays_->IsHolidaySerial(division_, serial)) return false;
  return closures_.empty() || FindClosure(Date::FromSerial(serial)) == nullptr;
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
    if (closures_.empty() && !holidays_->IsHolidaySerial(division_, s)) continue;
    Date d = Date::FromSerial(s);
    if (const Holiday* h = holidays_->Find(division_, d)) {
      out.push_back({d, h->title, "bank-holiday"});
    } else if (const Closure* c = FindClosure(d); c && !d.IsWeekend()) {
      out.push_back({d, c->title, "closure"});
    }
  }
  return out;
}

}  // namespace cs
