// Working-day arithmetic: weekends and the bank holidays of one nation.
//
// Convention used everywhere: the day an event happens is day 0 and is never counted. A deadline of
// N working days is the Nth working day after the event. If the event happens on a weekend or bank holiday,
// the first working day after it is day 1.
//
// A landlord's own closure days are not part of the calendar: the Complaint Handling Code counts working days
// and gives a landlord no power to add non-working days of its own, so a closure never moves a Code deadline.
// Closures are information for residents only (ClosuresOnWorkingDays).
#pragma once

#include <string>
#include <vector>

#include "bank_holidays.h"
#include "date.h"

namespace cs {

/// A day the landlord's office is closed although it is not a bank holiday (e.g. 29-31 December). Shown to
/// residents next to their dates; the Code's deadlines still count it as a working day.
struct Closure {
  Date date;
  std::string title;  ///< shown to residents; ClosuresOnWorkingDays defaults it to "Landlord closure day"
};

/// A bank holiday on a weekday (weekends are not listed). `kind` is always "bank-holiday".
struct NonWorkingDay {
  Date date;
  std::string title;
  std::string kind;
};

class WorkingCalendar {
 public:
  /// `division` is an index from DivisionIndex(). `holidays` must outlive the calendar.
  WorkingCalendar(const BankHolidays& holidays, int division);

  bool IsWorkingDay(Date d) const;
  /// The `n`th working day after `from` (n >= 0; n == 0 returns `from`).
  Date AddWorkingDays(Date from, int n) const;
  /// Working days in the interval (from, to]: the count that AddWorkingDays would need to reach `to`
  /// when `to` is a working day. Zero when to <= from.
  int WorkingDaysBetween(Date from, Date to) const;
  /// Bank holidays on weekdays in [from, to], in date order.
  std::vector<NonWorkingDay> NonWorkingDaysBetween(Date from, Date to) const;
  /// The closures in [from, to] that fall on working days (the days a landlord's office is closed but the Code
  /// still counts), in date order, each date once, untitled ones titled "Landlord closure day".
  std::vector<Closure> ClosuresOnWorkingDays(std::vector<Closure> closures, Date from, Date to) const;

 private:
  bool IsWorkingSerial(int serial) const;

  const BankHolidays* holidays_;
  int division_;
};

}  // namespace cs
