// Reading dates, stages, outcomes and extensions written the many ways case systems and spreadsheets write them.
#include "case_log_values.h"

#include <cctype>
#include <vector>

namespace cs {

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view TrimSpaceAndNbsp(std::string_view s) {
  auto space_at_start = [&]() {
    if (s.empty()) return size_t{0};
    if (s[0] == ' ' || s[0] == '\t' || s[0] == '\r' || s[0] == '\n') return size_t{1};
    if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') return size_t{2};  // no-break space
    return size_t{0};
  };
  auto space_at_end = [&]() {
    if (s.empty()) return size_t{0};
    char c = s.back();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') return size_t{1};
    if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && c == '\xA0') return size_t{2};
    return size_t{0};
  };
  for (size_t n; (n = space_at_start()) > 0;) s.remove_prefix(n);
  for (size_t n; (n = space_at_end()) > 0;) s.remove_suffix(n);
  return s;
}

/// Reads 1..max_digits digits at s[*i]; false when there are none or too many.
bool ReadNumber(std::string_view s, size_t* i, size_t max_digits, int* out, size_t* digits = nullptr) {
  size_t start = *i;
  long long v = 0;
  while (*i < s.size() && IsDigit(s[*i])) {
    if (*i - start >= max_digits) return false;
    v = v * 10 + (s[*i] - '0');
    ++*i;
  }
  if (*i == start) return false;
  if (digits) *digits = *i - start;
  *out = static_cast<int>(v);
  return true;
}

int MonthFromName(std::string_view word) {
  static const char* const kNames[] = {"january", "february", "march",     "april",   "may",      "june",
                                       "july",    "august",   "september", "october", "november", "december"};
  std::string w;
  for (char c : word) w += Lower(c);
  if (w == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    std::string_view name = kNames[m];
    if (w.size() >= 3 && w.size() <= name.size() && name.substr(0, w.size()) == w) return m + 1;
  }
  return 0;
}

bool IsWeekdayName(std::string_view word) {
  static const char* const kNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::string w;
  for (char c : word) w += Lower(c);
  if (w.size() < 3) return false;
  for (const char* n : kNames)
    if (std::string_view(n).substr(0, w.size()) == w || (w == "tues" && n[0] == 't') || (w == "thurs" && n[1] == 'h'))
      return true;
  return false;
}

int TwoOrFourDigitYear(int y, size_t digits) { return digits == 2 ? 2000 + y : y; }

/// The last Sunday of `month` in `year`.
Date LastSunday(int year, int month) {
  Date d{year, month, DaysInMonth(year, month)};
  while (d.DayOfWeek() != Weekday::Sunday) d = d.AddDays(-1);
  return d;
}

/// The UK date of a UTC instant: BST (UTC+1) from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
/// Sunday of October.
Date UkDate(Date utc_date, int utc_minutes) {
  Date start = LastSunday(utc_date.year, 3), end = LastSunday(utc_date.year, 10);
  bool bst = (utc_date > start || (utc_date == start && utc_minutes >= 60)) &&
             (utc_date < end || (utc_date == end && utc_minutes < 60));
  return bst && utc_minutes + 60 >= 24 * 60 ? utc_date.AddDays(1) : utc_date;
}

/// A time after a date: `14:32`, `14:32:05`, `14:32:05.123`, `2:32 PM`, with `Z` or `+01:00` after it. Sets
/// `*shifted` to the UK date when the time names its offset from UTC.
bool ReadTime(std::string_view s, Date date, Date* shifted) {
  size_t i = 0;
  int hour = 0, minute = 0, second = 0;
  if (!ReadNumber(s, &i, 2, &hour) || i >= s.size() || s[i] != ':') return false;
  ++i;
  size_t digits = 0;
  if (!ReadNumber(s, &i, 2, &minute, &digits) || digits != 2) return false;
  if (i < s.size() && s[i] == ':') {
    ++i;
    if (!ReadNumber(s, &i, 2, &second, &digits) || digits != 2) return false;
    if (i < s.size() && (s[i] == '.' || s[i] == ',')) {
      ++i;
      size_t start = i;
      while (i < s.size() && IsDigit(s[i])) ++i;
      if (i == start) return false;
    }
  }
  if (hour > 23 || minute > 59 || second > 60) return false;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i + 1 < s.size() && (Lower(s[i]) == 'a' || Lower(s[i]) == 'p') && Lower(s[i + 1]) == 'm') {
    if (hour < 1 || hour > 12) return false;
    hour = hour % 12 + (Lower(s[i]) == 'p' ? 12 : 0);
    i += 2;
    while (i < s.size() && s[i] == ' ') ++i;
  }
  if (i == s.size()) return true;
  int offset = 0;
  if (s[i] == 'Z' || s[i] == 'z') {
    ++i;
  } else if (s[i] == '+' || s[i] == '-') {
    int sign = s[i] == '-' ? -1 : 1, oh = 0, om = 0;
    ++i;
    if (!ReadNumber(s, &i, 2, &oh, &digits) || digits != 2) return false;
    if (i < s.size() && s[i] == ':') ++i;
    if (i < s.size() && !ReadNumber(s, &i, 2, &om, &digits)) return false;
    if (oh > 14 || om > 59) return false;
    offset = sign * (oh * 60 + om);
  } else {
    return false;
  }
  if (i != s.size()) return false;
  int minutes = hour * 60 + minute - offset;
  Date utc = date;
  while (minutes < 0) {
    minutes += 24 * 60;
    utc = utc.AddDays(-1);
  }
  while (minutes >= 24 * 60) {
    minutes -= 24 * 60;
    utc = utc.AddDays(1);
  }
  *shifted = UkDate(utc, minutes);
  return true;
}

struct DatePart {
  int year = 0, month = 0, day = 0;
  size_t end = 0;              ///< where the date part ends in the text
  bool numeric_dm = false;     ///< D/M/Y or M/D/Y: the order matters
  int first = 0, second = 0;   ///< the two small numbers of a numeric date, as written
};

/// ISO `YYYY-MM-DD` (or `/`, `.`), or numeric `A/B/Y` (`/`, `-`, `.`; Y of 2 or 4 digits).
bool ReadNumericDate(std::string_view s, DatePart* out) {
  size_t i = 0, digits = 0;
  int a = 0;
  if (!ReadNumber(s, &i, 4, &a, &digits)) return false;
  if (i >= s.size() || (s[i] != '-' && s[i] != '/' && s[i] != '.')) return false;
  char sep = s[i++];
  if (digits == 4) {
    int m = 0, d = 0;
    if (!ReadNumber(s, &i, 2, &m) || i >= s.size() || s[i] != sep) return false;
    ++i;
    if (!ReadNumber(s, &i, 2, &d)) return false;
    *out = DatePart{a, m, d, i, false, 0, 0};
    return true;
  }
  if (digits > 2) return false;
  int b = 0, y = 0;
  if (!ReadNumber(s, &i, 2, &b) || i >= s.size() || s[i] != sep) return false;
  ++i;
  if (!ReadNumber(s, &i, 4, &y, &digits) || (digits != 2 && digits != 4)) return false;
  *out = DatePart{TwoOrFourDigitYear(y, digits), 0, 0, i, true, a, b};
  return true;
}

/// A date with the month as a word: `19 Dec 2025`, `19-Dec-25`, `December 19, 2025`, `Friday 19 December 2025`.
bool ReadWordDate(std::string_view s, DatePart* out) {
  struct Token {
    std::string_view text;
    bool number;
    size_t end;
  };
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < s.size() && tokens.size() < 4) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '-' || s[i] == ',' || s[i] == '/' || s[i] == '.')) ++i;
    size_t start = i;
    if (i < s.size() && IsDigit(s[i])) {
      while (i < s.size() && IsDigit(s[i])) ++i;
      // 1st, 2nd, 3rd, 19th
      size_t number_end = i;
      if (i + 1 < s.size() && IsAlpha(s[i]) && IsAlpha(s[i + 1]) && (i + 2 >= s.size() || !IsAlpha(s[i + 2]))) i += 2;
      tokens.push_back({s.substr(start, number_end - start), true, i});
      if (i < s.size() && s[i] == ':') return false;  // a time before the date was complete
    } else if (i < s.size() && IsAlpha(s[i])) {
      while (i < s.size() && IsAlpha(s[i])) ++i;
      tokens.push_back({s.substr(start, i - start), false, i});
    } else {
      break;
    }
    const bool weekday = !tokens[0].number && IsWeekdayName(tokens[0].text) && MonthFromName(tokens[0].text) == 0;
    if (tokens.size() == (weekday ? 4u : 3u)) break;  // what follows is a time
  }
  size_t t = 0;
  if (t < tokens.size() && !tokens[t].number && IsWeekdayName(tokens[t].text) && MonthFromName(tokens[t].text) == 0) ++t;
  if (tokens.size() < t + 3) return false;
  const Token &x = tokens[t], &y = tokens[t + 1], &z = tokens[t + 2];
  int day = 0, month = 0;
  std::string_view year_text;
  if (x.number && !y.number && z.number) {  // 19 Dec 2025
    if (x.text.size() > 2) return false;
    day = std::stoi(std::string(x.text));
    month = MonthFromName(y.text);
  } else if (!x.number && y.number && z.number) {  // December 19, 2025
    if (y.text.size() > 2) return false;
    month = MonthFromName(x.text);
    day = std::stoi(std::string(y.text));
  } else {
    return false;
  }
  year_text = z.text;
  if (month == 0 || (year_text.size() != 2 && year_text.size() != 4)) return false;
  *out = DatePart{TwoOrFourDigitYear(std::stoi(std::string(year_text)), year_text.size()), month, day, z.end, false, 0, 0};
  return true;
}

}  // namespace

std::optional<Date> ExcelSerialDate(long long serial) {
  if (serial < 61) return std::nullopt;
  static const int kEpoch = Date{1899, 12, 30}.Serial();
  if (serial > 400000) return std::nullopt;
  Date d = Date::FromSerial(kEpoch + static_cast<int>(serial));
  if (d.year < 1990 || d.year > 2099) return std::nullopt;
  return d;
}

std::optional<Date> ParseCaseDate(std::string_view text, DateOrder order, DateProblem* problem, std::string* why) {
  DateProblem local_problem;
  std::string local_why;
  if (!problem) problem = &local_problem;
  if (!why) why = &local_why;
  *problem = DateProblem::None;
  why->clear();
  std::string_view s = TrimSpaceAndNbsp(text);
  if (s.empty()) return std::nullopt;
  auto unreadable = [&](std::string reason) -> std::optional<Date> {
    *problem = DateProblem::Unreadable;
    *why = std::move(reason);
    return std::nullopt;
  };
  // An Excel serial day number (what a date cell becomes when its format is lost): 46010 or 46010.604.
  {
    size_t i = 0;
    while (i < s.size() && IsDigit(s[i])) ++i;
    size_t whole = i;
    if (i < s.size() && s[i] == '.') {
      ++i;
      while (i < s.size() && IsDigit(s[i])) ++i;
    }
    if (whole > 0 && i == s.size() && !(whole < s.size() && i == whole + 1)) {
      if (whole <= 7)
        if (auto d = ExcelSerialDate(std::stoll(std::string(s.substr(0, whole))))) return d;
      return unreadable("a number that is not an Excel date between 1990 and 2099");
    }
  }
  DatePart part;
  if (!ReadNumericDate(s, &part) && !ReadWordDate(s, &part))
    return unreadable("not a date written as DD/MM/YYYY, YYYY-MM-DD or 19 Dec 2025");
  if (part.numeric_dm) {
    const bool day_first = order == DateOrder::DayFirst;
    part.day = day_first ? part.first : part.second;
    part.month = day_first ? part.second : part.first;
    if (part.month > 12 && part.day <= 12 && part.month <= 31) {
      *problem = DateProblem::OtherOrder;
      *why = day_first ? "there is no month " + std::to_string(part.month) + ": it reads as month first (US style)"
                       : "there is no month " + std::to_string(part.month) + ": it reads as day first";
      return std::nullopt;
    }
  }
  std::string reason;
  auto date = MakeDate(part.year, part.month, part.day, &reason);
  if (!date) {
    *problem = DateProblem::Impossible;
    *why = reason;
    return std::nullopt;
  }
  std::string_view rest = s.substr(part.end);
  if (!rest.empty() && (rest[0] == 'T' || rest[0] == 't' || rest[0] == ' ' || rest[0] == ',')) rest.remove_prefix(1);
  rest = TrimSpaceAndNbsp(rest);
  if (rest.empty()) return date;
  Date shifted = *date;
  if (!ReadTime(rest, *date, &shifted))
    return unreadable("\"" + std::string(rest) + "\" after the date is not a time like 14:32");
  return shifted;
}

std::optional<DateOrder> OnlyPossibleOrder(std::string_view text) {
  DatePart part;
  if (!ReadNumericDate(TrimSpaceAndNbsp(text), &part) || !part.numeric_dm) return std::nullopt;
  if (part.first > 12 && part.second <= 12) return DateOrder::DayFirst;
  if (part.second > 12 && part.first <= 12) return DateOrder::MonthFirst;
  return std::nullopt;
}

std::optional<int> ParseStage(std::string_view text, std::string* extra) {
  if (extra) extra->clear();
  // Words and numbers, split where letters meet digits ("S1" is "s 1", "Stage2" is "stage 2").
  std::vector<std::string> tokens;
  std::string current;
  auto flush = [&] {
    if (!current.empty()) tokens.push_back(current);
    current.clear();
  };
  for (char c : TrimSpaceAndNbsp(text)) {
    char l = Lower(c);
    bool alpha = IsAlpha(l), digit = IsDigit(l);
    if (!alpha && !digit) {
      flush();
      continue;
    }
    if (!current.empty() && IsDigit(current.back()) != digit) flush();
    current += l;
  }
  flush();
  static const char* const kFiller[] = {"stage", "s", "formal", "complaint", "complaints", "level", "escalated",
                                        "escalation", "st", "nd", "rd", "th", "review"};
  std::vector<std::string> left;
  bool informal = false;
  for (const auto& t : tokens) {
    bool filler = false;
    for (const char* f : kFiller) filler = filler || t == f;
    if (t == "informal" || t == "pre" || t == "precomplaint" || t == "early" || t == "resolution" || t == "frontline")
      informal = true;
    if (!filler) left.push_back(t);
  }
  auto set_extra = [&](const std::string& s) {
    if (extra) *extra = s;
    return std::nullopt;
  };
  if (informal) return set_extra("0");
  if (left.size() != 1) return std::nullopt;
  const std::string& v = left[0];
  if (v == "1" || v == "one" || v == "01") return 1;
  if (v == "2" || v == "two" || v == "02") return 2;
  if (v == "0" || v == "zero") return set_extra("0");
  if (v == "3" || v == "three" || v == "4" || v == "four") return set_extra(v == "three" ? "3" : v == "four" ? "4" : v);
  return std::nullopt;
}

std::optional<OutcomeValue> ParseOutcome(std::string_view text) {
  std::string_view s = TrimSpaceAndNbsp(text);
  struct Token {
    std::string word;
    size_t end;
  };
  std::vector<Token> tokens;
  for (size_t i = 0; i < s.size();) {
    char c = Lower(s[i]);
    if (!IsAlpha(c)) {
      ++i;
      if (tokens.size() >= 3 || (!tokens.empty() && c != ' ' && c != '_' && c != '-')) break;
      continue;
    }
    Token t;
    while (i < s.size() && IsAlpha(s[i])) t.word += Lower(s[i++]);
    t.end = i;
    tokens.push_back(t);
  }
  struct Phrase {
    std::vector<const char*> words;
    Outcome outcome;
  };
  static const Phrase kPhrases[] = {
      {{"upheld", "in", "part"}, Outcome::PartlyUpheld}, {{"upheld", "in", "full"}, Outcome::Upheld},
      {{"partially", "upheld"}, Outcome::PartlyUpheld},  {{"partly", "upheld"}, Outcome::PartlyUpheld},
      {{"part", "upheld"}, Outcome::PartlyUpheld},       {{"not", "upheld"}, Outcome::NotUpheld},
      {{"fully", "upheld"}, Outcome::Upheld},            {{"not", "accepted"}, Outcome::Refused},
      {{"in", "progress"}, Outcome::None},               {{"upheld"}, Outcome::Upheld},
      {{"withdrawn"}, Outcome::Withdrawn},               {{"declined"}, Outcome::Refused},
      {{"refused"}, Outcome::Refused},                   {{"open"}, Outcome::None},
      {{"ongoing"}, Outcome::None},                      {{"pending"}, Outcome::None}};
  for (const auto& p : kPhrases) {
    if (tokens.size() < p.words.size()) continue;
    bool match = true;
    for (size_t k = 0; k < p.words.size() && match; ++k) match = tokens[k].word == p.words[k];
    if (!match) continue;
    std::string_view rest = TrimSpaceAndNbsp(s.substr(tokens[p.words.size() - 1].end));
    OutcomeValue v;
    v.outcome = p.outcome;
    if (rest.empty()) return v;
    // Anything after the outcome must follow a dash, colon or bracket: "Declined – Outside the 12-month window".
    size_t sep = 0;
    if (rest[0] == '-' || rest[0] == ':' || rest[0] == '(' || rest[0] == '/' || rest[0] == ',' || rest[0] == ';') sep = 1;
    else if (rest.size() >= 3 && rest.substr(0, 2) == "\xE2\x80" && (rest[2] == '\x93' || rest[2] == '\x94')) sep = 3;
    if (sep == 0) return std::nullopt;
    bool bracket = rest[0] == '(';
    rest = TrimSpaceAndNbsp(rest.substr(sep));
    if (bracket && !rest.empty() && rest.back() == ')') rest = TrimSpaceAndNbsp(rest.substr(0, rest.size() - 1));
    if (v.outcome == Outcome::Refused) v.reason = std::string(rest);
    return v;
  }
  return std::nullopt;
}

std::optional<ExtensionValue> ParseExtension(std::string_view text, DateOrder order, DateProblem* date_problem,
                                             std::string* why) {
  if (date_problem) *date_problem = DateProblem::None;
  std::string_view s = TrimSpaceAndNbsp(text);
  std::string lower;
  for (char c : s) lower += Lower(c);
  ExtensionValue v;
  if (lower.empty() || lower == "none" || lower == "no" || lower == "n/a" || lower == "na" || lower == "nil" ||
      lower == "-" || lower == "n")
    return v;
  if (lower == "yes" || lower == "y" || lower == "true" || lower == "extended") {
    if (why) *why = "it says there was an extension but not how long";
    return std::nullopt;
  }
  size_t i = 0;
  int days = 0, digits_limit = 4;
  size_t digits = 0;
  if (ReadNumber(lower, &i, static_cast<size_t>(digits_limit), &days, &digits)) {
    std::string_view unit = TrimSpaceAndNbsp(std::string_view(lower).substr(i));
    if (unit.empty() || unit == "days" || unit == "day" || unit == "working days" || unit == "working day" ||
        unit == "wd" || unit == "d" || unit == "wds") {
      if (days > 260) {
        if (why) *why = "more than 260 working days (a year)";
        return std::nullopt;
      }
      v.working_days = days;
      return v;
    }
  }
  DateProblem problem = DateProblem::None;
  std::string reason;
  // A bare number is a number of days above, never an Excel serial date here.
  if (auto d = ParseCaseDate(s, order, &problem, &reason); d && digits != s.size()) {
    v.due = d;
    return v;
  }
  if (date_problem) *date_problem = problem;
  if (why) *why = problem == DateProblem::None || problem == DateProblem::Unreadable
                      ? "not a number of working days or a revised due date"
                      : reason;
  return std::nullopt;
}

}  // namespace cs
