// The calendar's rules as C++ tables: UK bank holiday rules (core/data/bank-holidays.json) and the names of days and
// months by language (core/data/date-names.json), generated at build time by core/data/tables
// (cmake/rules_tables.cmake). An empty string stands for a value the data leaves out.
#pragma once

namespace cs::tables {

/// A recurring holiday. Its date each year is Easter Sunday + `easter_offset` (when `easter`), else the `nth`
/// `weekday` of `month` (weekday 0 = Monday; nth -1 = the last), else `month`/`day`.
struct HolidayRule {
  const char* id;
  const char* title;
  unsigned char divisions;  ///< bit i set: division i of kDivisions keeps it
  bool easter;
  short easter_offset;
  signed char month, day;
  signed char weekday;  ///< -1: not a weekday rule
  signed char nth;
  unsigned char group;  ///< 0: never substituted; else the weekend-substitution group (1, 2 ...)
  bool in_date_order;   ///< the group's policy: "in-date-order" (else "weekdays-first")
};

/// A proclaimed date for one year of a rule (all rules with the id `rule`).
struct MovedHoliday {
  const char* rule;
  short year;
  signed char month, day;
  const char* title;
  bool substitute;
  unsigned char divisions;
};

/// A one-off bank holiday.
struct OneOffHoliday {
  short year;
  signed char month, day;
  const char* title;
  unsigned char divisions;
};

struct HolidayRules {
  int first_year, last_year;
  const char* const* divisions;  ///< gov.uk's division names, in the data's order
  int division_count;
  const HolidayRule* rules;
  int rule_count;
  const MovedHoliday* moved;
  int moved_count;
  const OneOffHoliday* one_off;
  int one_off_count;
};

extern const HolidayRules kBankHolidayRules;

/// The most rules kBankHolidayRules may have (the engine computes a year in fixed arrays of this size).
constexpr int kMaxHolidayRules = 32;

/// Names of days (Monday first) and months, and how a date is written, in one language.
struct DateNames {
  const char* language;  ///< BCP 47 code, e.g. "cy"
  const char* weekdays[7];
  const char* months[12];
  const char* pattern;                  ///< "{weekday} {day} {month} {year}"
  const char* pattern_without_weekday;  ///< "{day} {month} {year}"
};

/// Sorted by language code.
extern const DateNames kDateNames[];
extern const int kDateNameCount;
/// The index of English ("en", which the data must have) in kDateNames.
extern const int kEnglishDateNames;

}  // namespace cs::tables
