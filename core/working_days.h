// Working-day arithmetic for one landlord: weekends, the bank holidays of its nation and its own closures.
//
// Convention used everywhere: the day an event happens is day 0 and is never counted. A deadline of
// N working days is the Nth working day after the event. If the event happens on a weekend, bank holiday
// or closure day, the first working day after it is day 1.
#pragma once

#include <string>
#include <vector>

#include "bank_holidays.h"
#include "date.h"

namespace cs {

/// A day the landlord's office is closed although it is not a bank holiday (e.g. 29-31 December).
struct Closure {
  Date date;
  std::string title;  ///< shown to residents; defaults to "Landlord closure day"
};

/// A day that is not worked, and why: "bank-holiday" or "closure" (weekends are not listed).
struct NonWorkingDay {
  Date date;
  std::string title;
  std::string kind;
};

class WorkingCalendar {
 public:
  /// `division` is an index from DivisionIndex(). `holidays` must outlive the calendar.
  WorkingCalendar(const BankHolidays& holidays, int division, std::vector<Closure> closures = {});

  bool IsWorkingDay(Date d) const;
  /// The `n`th working day after `from` (n >= 0; n == 0 returns `from`).
  Date AddWorkingDays(Date from, int n) const;
  /// Working days in the interval (from, to]: the count that AddWorkingDays would need to reach `to`
  /// when `to` is a working day. Zero when to <= from.
  int WorkingDaysBetween(Date from, Date to) const;
  /// Bank holidays and closures on weekdays in [from, to], in date order.
  std::vector<NonWorkingDay> NonWorkingDaysBetween(Date from, Date to) const;

 private:
  const Closure* FindClosure(Date d) const;
  bool IsWorkingSerial(int serial) const;

  const BankHolidays* holidays_;
  int division_;
  std::vector<Closure> closures_;  // sorted by date
};

}  // namespace cs
