// Values as case systems export them: dates (UK day-first, ISO, with times, Excel serial numbers, month names),
// stages ("Stage 1", "S1", "Formal Stage One"), outcomes ("Part upheld", "Declined – reason") and extensions
// (working days, or a revised due date).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "date.h"

namespace cs {

/// How a numeric date like 04/05/2025 is read: UK day-first unless a column mapping says month-first.
enum class DateOrder { DayFirst, MonthFirst };

/// Why a date could not be read.
enum class DateProblem {
  None,
  Unreadable,     ///< not a date in any form we know
  Impossible,     ///< the form is right but the day does not exist (31/04/2025)
  OtherOrder,     ///< numeric, and only makes sense the other way round (12/19/2025 read day-first)
};

/// Reads one date. Accepted, with or without a time after it (`19/12/2025 14:32`, `2025-12-19T14:32:00`):
/// `DD/MM/YYYY`, `D/M/YY` (20YY) with `/`, `-` or `.` between (month first when `order` says so); `YYYY-MM-DD` or
/// `YYYY/MM/DD`; a month name (`19 Dec 2025`, `19-Dec-25`, `December 19, 2025`, `Fri 19 December 2025`); an Excel
/// serial day number from 1990 to 2099 (`46010`, `46010.6`, the 1900 date system). A time with `Z` or an offset
/// (`2025-06-02T23:30:00Z`) is moved to UK time (GMT, or BST from the last Sunday of March to the last Sunday of
/// October) before the date is taken; a time without one is UK time already. Returns nothing for "" without a
/// problem; otherwise nothing with `problem` and `why` ("April has 30 days") set.
std::optional<Date> ParseCaseDate(std::string_view text, DateOrder order, DateProblem* problem, std::string* why);

/// For a numeric date like 19/12/2025: the only order it makes sense in when one of its first two numbers is above
/// 12 (19/12/2025 is day first, 12/19/2025 month first); nothing when both are 12 or less, or for other forms.
std::optional<DateOrder> OnlyPossibleOrder(std::string_view text);

/// "1", "2", "Stage 1", "stage two", "S2", "Formal Stage 1", "Stage 1 complaint", "Stage 2 (escalated)". Returns
/// nothing otherwise; `extra` is set to "0" for a stage the Code does not allow before stage 1 ("Stage 0",
/// "Informal", "Pre-complaint", Code 5.2) or "3" for one after stage 2 ("Stage 3", Code 5.3).
std::optional<int> ParseStage(std::string_view text, std::string* extra);

/// How a stage ended, as the log says. `None` is still open.
enum class Outcome { None, Upheld, PartlyUpheld, NotUpheld, Withdrawn, Refused };

struct OutcomeValue {
  Outcome outcome = Outcome::None;
  std::string reason;  ///< for Refused: what followed the word ("Declined – Outside the 12-month window")
};

/// "Upheld", "Fully upheld", "Partially upheld", "Partly upheld", "Part upheld", "Upheld in part", "Not upheld",
/// "Withdrawn", "Declined", "Refused", "Not accepted" (the last three are Refused; any text after them, past a dash,
/// colon or bracket, is the reason), "Open", "Ongoing", "In progress", "Pending" (still open), and the file format's
/// own names (partly_upheld ...). Capitals, spaces, hyphens and underscores do not matter. Nothing when unknown.
std::optional<OutcomeValue> ParseOutcome(std::string_view text);

/// An agreed extension: a number of working days, or the revised due date the resident was given.
struct ExtensionValue {
  int working_days = 0;
  std::optional<Date> due;  ///< when the log gives a date instead of a number
};

/// "10", "10 days", "10 working days", "0", "none", "no", "n/a" (no extension), or a date (ParseCaseDate) for a
/// revised due date. Nothing with `why` set otherwise ("yes" says there was one but not how long).
std::optional<ExtensionValue> ParseExtension(std::string_view text, DateOrder order, DateProblem* date_problem,
                                             std::string* why);

/// The date an Excel serial day number stands for (1900 date system: 1 is 1 January 1900, with Excel's
/// 29 February 1900); nothing outside 1990–2099.
std::optional<Date> ExcelSerialDate(long long serial);

}  // namespace cs
