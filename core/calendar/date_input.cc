// Reads a date typed as day, month and year boxes, with GOV.UK-style error messages.
#include "date_input.h"

#include "bank_holidays.h"
#include "messages.h"

namespace cs {

namespace {

std::string Clean(std::string_view s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') out += (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
  return out;
}

// A whole number of up to `max_digits` digits, or -1.
int Number(const std::string& s, size_t max_digits) {
  if (s.empty() || s.size() > max_digits) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v;
}

int MonthFromName(const std::string& s) {
  if (s.size() < 3) return -1;
  for (int m = 1; m <= 12; ++m) {
    std::string name = MonthName(m);
    for (auto& c : name) c = (c >= 'A' && c <= 'Z') ? char(c + 32) : c;
    if (s == name || s == name.substr(0, 3) || (m == 9 && s == "sept")) return m;
  }
  return -1;
}

}  // namespace

std::optional<Date> ParseDateInput(std::string_view day_text, std::string_view month_text, std::string_view year_text,
                                   std::string_view field, const std::optional<Date>& today, Diagnostic* error) {
  // What is wrong: the error code, the part to link to and the engine.errors key of the message.
  const char* code = nullptr;
  const char* part = "day";
  std::string key, why, first, last;
  std::optional<Date> date;
  std::string d = Clean(day_text), m = Clean(month_text), y = Clean(year_text);
  const char* parts[] = {"day", "month", "year"};
  const std::string* values[] = {&d, &m, &y};
  std::string missing;
  const char* first_missing = nullptr;
  for (int i = 0; i < 3; ++i) {
    if (!values[i]->empty()) continue;
    if (!first_missing) first_missing = parts[i];
    missing += std::string("_") + parts[i];
  }
  int day = Number(d, 2);
  int month = Number(m, 2);
  if (month < 0) month = MonthFromName(m);
  int year = Number(y, 4);
  const BankHolidays& calendar = BankHolidays::Default();
  if (d.empty() && m.empty() && y.empty()) {
    code = "missing", key = "date_missing";
  } else if (first_missing) {
    code = "incomplete", part = first_missing, key = "date_incomplete" + missing;
  } else if (day < 0) {
    code = "not_a_number", key = "date_day_not_a_number";
  } else if (month < 0) {
    code = "not_a_number", part = "month", key = "date_month_not_a_number";
  } else if (year < 0 || y.size() != 4) {
    code = "year_digits", part = "year", key = "date_year_digits";
  } else if (!(date = MakeDate(year, month, day, &why))) {
    code = "not_real", part = (month < 1 || month > 12) ? "month" : "day", key = "date_not_real";
  } else if (!calendar.Covers(*date)) {
    code = "out_of_range", part = "year", key = "date_out_of_range";
    first = std::to_string(calendar.FirstYear()), last = std::to_string(calendar.LastYear());
  } else if (today && *date > *today) {
    code = "in_future", key = "date_in_future";
  } else {
    return date;
  }
  if (error)
    *error = InputError(code, part,
                        ErrorText(key, {{"field", std::string(field)},
                                        {"Field", CapitalisedFirst(std::string(field))},
                                        {"why", why},
                                        {"first", first},
                                        {"last", last}}));
  return std::nullopt;
}

std::optional<Date> CheckDateInput(const DateInputRequest& request, Diagnostic* error) {
  MessageOverlay overlay(&request.words);
  return ParseDateInput(request.day, request.month, request.year, request.field, request.today, error);
}

}  // namespace cs
