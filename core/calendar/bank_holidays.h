// UK bank holidays for the gov.uk divisions, computed by rule (1995-2100) from core/data/bank-holidays.json (compiled
// in as tables: core/calendar/calendar_tables.h), optionally refreshed from a gov.uk bank-holidays.json feed.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "date.h"

namespace cs {

struct Holiday {
  Date date;
  std::string title;
  bool substitute = false;  ///< a substitute day for a holiday that fell at a weekend
};

/// A holiday of one division (index from DivisionIndex), e.g. from a gov.uk feed.
struct DivisionHoliday {
  int division = 0;
  Holiday holiday;
};

/// Index of a division in `BankHolidays::Divisions()`, or -1.
int DivisionIndex(std::string_view name);

class BankHolidays {
 public:
  /// "england-and-wales", "scotland", "northern-ireland" (the gov.uk feed's names).
  static const std::vector<std::string>& Divisions();

  /// The built-in rules. Built once; thread-compatible after first use.
  static const BankHolidays& Default();

  /// Replaces, for every (division, year) `feed` has holidays for, the computed holidays with the feed's. Holidays
  /// outside the years this table knows are left out. (Reading gov.uk's JSON feed: core/json/bank_holiday_feed.h.)
  void Replace(const std::vector<DivisionHoliday>& feed);

  /// The holiday on `date` in division `division` (index from DivisionIndex), or nullptr.
  const Holiday* Find(int division, Date date) const;
  /// Whether day number `serial` (Date::Serial) is a holiday: the fast path for working-day loops.
  bool IsHolidaySerial(int division, int serial) const {
    int slot = serial - first_serial_;
    return division >= 0 && division < static_cast<int>(slots_.size()) && slot >= 0 &&
           slot < static_cast<int>(slots_[division].size()) && slots_[division][slot] != 0;
  }
  /// Holidays in [from, to], in date order.
  std::vector<Holiday> Between(int division, Date from, Date to) const;
  std::vector<Holiday> InYear(int division, int year) const { return Between(division, Date{year, 1, 1}, Date{year, 12, 31}); }

  int FirstYear() const { return first_year_; }
  int LastYear() const { return last_year_; }
  /// Whether `date` lies within the years this table knows.
  bool Covers(Date date) const { return date.year >= first_year_ && date.year <= last_year_; }

 private:
  void Put(int division, const Holiday& h);
  void ClearYear(int division, int year);

  int first_year_ = 0;
  int last_year_ = -1;
  int first_serial_ = 0;
  // Per division: one slot per day from 1 January of first_year_, holding 1 + index into holidays_ or 0.
  std::vector<std::vector<unsigned short>> slots_;
  std::vector<std::vector<Holiday>> holidays_;
};

}  // namespace cs
