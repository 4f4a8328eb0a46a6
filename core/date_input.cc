// Reads a date typed as day, month and year boxes, with GOV.UK-style error messages.
#include "date_input.h"

#include <nlohmann/json.hpp>

#include "bank_holidays.h"

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

std::string Sentence(std::string_view field, std::string_view rest) {
  std::string s(field);
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 32);
  return s + std::string(rest);
}

}  // namespace

std::optional<Date> ParseDateInput(std::string_view day_text, std::string_view month_text, std::string_view year_text,
                                   std::string_view field, const std::optional<Date>& today, DateInputError* error) {
  auto fail = [&](const char* code, const char* part, std::string message) -> std::optional<Date> {
    if (error) *error = {code, part, std::move(message)};
    return std::nullopt;
  };
  std::string d = Clean(day_text), m = Clean(month_text), y = Clean(year_text);
  if (d.empty() && m.empty() && y.empty()) return fail("missing", "day", "Enter " + std::string(field));
  const char* parts[] = {"day", "month", "year"};
  const std::string* values[] = {&d, &m, &y};
  std::string missing;
  const char* first_missing = nullptr;
  for (int i = 0; i < 3; ++i) {
    if (!values[i]->empty()) continue;
    if (!first_missing) first_missing = parts[i];
    missing += missing.empty() ? parts[i] : std::string(" and ") + parts[i];
  }
  if (first_missing) return fail("incomplete", first_missing, Sentence(field, " must include a " + missing));
  int day = Number(d, 2);
  int month = Number(m, 2);
  if (month < 0) month = MonthFromName(m);
  int year = Number(y, 4);
  if (day < 0) return fail("not_a_number", "day", Sentence(field, " must be a real date: the day must be a number, like 3 or 03"));
  if (month < 0) return fail("not_a_number", "month", Sentence(field, " must be a real date: the month must be a number from 1 to 12 or a name like Mar"));
  if (year < 0 || y.size() != 4) return fail("year_digits", "year", "Year must include 4 numbers, like 2025");
  std::string why;
  auto date = MakeDate(year, month, day, &why);
  if (!date) {
    const char* part = (month < 1 || month > 12) ? "month" : "day";
    return fail("not_real", part, Sentence(field, " must be a real date: " + why));
  }
  const BankHolidays& calendar = BankHolidays::Default();
  if (!calendar.Covers(*date))
    return fail("out_of_range", "year", Sentence(field, " must be between " + std::to_string(calendar.FirstYear()) + " and " +
                                                            std::to_string(calendar.LastYear())));
  if (today && *date > *today) return fail("in_future", "day", Sentence(field, " must be today or in the past"));
  return date;
}

std::string DateInputJson(std::string_view request_json) {
  using nlohmann::json;
  using nlohmann::ordered_json;
  json in = json::parse(request_json.begin(), request_json.end(), nullptr, false);
  auto str = [&](const char* key) {
    if (!in.is_object()) return std::string();
    auto it = in.find(key);
    return it != in.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  ordered_json out;
  if (in.is_discarded() || !in.is_object()) {
    out["error"] = {{"code", "invalid_json"}, {"part", ""}, {"message", "the request must be a JSON object"}};
    return out.dump();
  }
  std::optional<Date> today;
  if (!str("today").empty()) today = ParseIsoDate(str("today"));
  std::string field = str("field");
  if (field.empty()) field = "the date";
  DateInputError error;
  auto d = ParseDateInput(str("day"), str("month"), str("year"), field, today, &error);
  if (!d) {
    out["error"] = {{"code", error.code}, {"part", error.part}, {"message", error.message}};
  } else {
    out["date"] = d->Iso();
    out["long"] = d->Long();
  }
  return out.dump();
}

}  // namespace cs
