// bank-holidays.json and date-names.json → core/calendar's tables (calendar_tables.h).
#include <algorithm>
#include <map>

#include "rules_file.h"

namespace cs::rules {

namespace {

bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Strict YYYY-MM-DD of a real date.
bool IsoDate(const std::string& s, int* y, int* m, int* d) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  *y = std::stoi(s.substr(0, 4)), *m = std::stoi(s.substr(5, 2)), *d = std::stoi(s.substr(8, 2));
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return *m >= 1 && *m <= 12 && *d >= 1 && *d <= (*m == 2 && IsLeap(*y) ? 29 : kDays[*m - 1]);
}

// The divisions a rule lists, as a bit mask over `all`.
int DivisionMask(RulesFile& f, const json& entry, const std::string& pointer, const std::vector<std::string>& all) {
  int mask = 0;
  std::vector<std::string> names = f.Strings(entry, pointer, "divisions");
  if (names.empty()) f.Error(pointer, "rules.missing", "\"divisions\" must list at least one division", "add \"divisions\": [\"england-and-wales\"]");
  for (size_t i = 0; i < names.size(); ++i) {
    size_t at = 0;
    while (at < all.size() && all[at] != names[i]) ++at;
    if (at == all.size()) {
      std::string guess = ClosestName(names[i], all);
      f.Error(JsonPointerAppend(JsonPointerAppend(pointer, "divisions"), i), "rules.unknown_reference",
              "unknown division \"" + names[i] + "\"" + (guess.empty() ? "" : "; did you mean \"" + guess + "\"?"),
              "use one of the names in the top-level \"divisions\" list");
      continue;
    }
    mask |= 1 << at;
  }
  return mask;
}

std::string Array(const std::string& type, const std::string& name, const std::vector<std::string>& rows) {
  if (rows.empty()) return {};
  std::string out = "const " + type + " " + name + "[] = {\n";
  for (const auto& r : rows) out += "    " + r + ",\n";
  return out + "};\n";
}

std::string ArrayRef(const std::string& name, size_t n) {
  return n ? name + ", " + std::to_string(n) : "nullptr, 0";
}

}  // namespace

std::vector<std::string> HolidayDivisions(const RulesText& data) {
  std::vector<Diagnostic> ignored;
  RulesFile f(data, &ignored);
  if (!f.ok() || !f.root().is_object()) return {};
  return f.Strings(f.root(), "", "divisions");
}

std::string CompileBankHolidays(const RulesText& data, std::vector<Diagnostic>* diagnostics) {
  RulesFile f(data, diagnostics);
  if (!f.ok()) return {};
  const json& doc = f.root();
  if (!f.Object(doc, "", {"about", "first_year", "last_year", "divisions", "rules", "moved", "one_off"})) return {};
  int first = f.Int(doc, "", "first_year", true, 1995, 1900, 2200);
  int last = f.Int(doc, "", "last_year", true, 2100, first, 2200);
  std::vector<std::string> divisions = f.Strings(doc, "", "divisions");
  if (divisions.empty() || divisions.size() > 8)
    f.Error("/divisions", "rules.bad_value", "\"divisions\" must list from 1 to 8 division names", "list gov.uk's division names");

  std::vector<std::string> rules, moved, one_off, rule_ids;
  std::map<std::string, std::pair<int, std::string>> groups;  // name -> number, policy
  auto list = [&](const char* key) -> const json& {
    static const json kEmpty = json::array();
    auto it = doc.find(key);
    return it != doc.end() && f.Array(*it, std::string("/") + key) ? *it : kEmpty;
  };
  const json& rule_list = list("rules");
  for (size_t i = 0; i < rule_list.size(); ++i) {
    const json& r = rule_list[i];
    std::string at = "/rules/" + std::to_string(i);
    if (!f.Object(r, at, {"id", "title", "divisions", "month", "day", "weekday", "nth", "easter_offset", "substitute", "group"}))
      continue;
    std::string id = f.String(r, at, "id", true), title = f.String(r, at, "title", true);
    int mask = DivisionMask(f, r, at, divisions);
    bool easter = r.contains("easter_offset");
    int offset = easter ? f.Int(r, at, "easter_offset", true, 0, -100, 100) : 0;
    int month = 0, day = 0, weekday = -1, nth = 0;
    if (easter) {
      if (r.contains("month") || r.contains("day") || r.contains("weekday"))
        f.Error(at, "rules.bad_value", "an Easter rule has no \"month\", \"day\" or \"weekday\"", "keep only \"easter_offset\"");
    } else if (r.contains("weekday")) {
      static const std::vector<std::string> kWeekdays = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
      auto named = std::find(kWeekdays.begin(), kWeekdays.end(), f.String(r, at, "weekday", true));
      weekday = named == kWeekdays.end() ? 0 : static_cast<int>(named - kWeekdays.begin());
      if (named == kWeekdays.end())
        f.Error(at + "/weekday", "rules.bad_value", "\"weekday\" must be a day name in lower case, like \"monday\"",
                "write \"monday\" … \"sunday\"");
      month = f.Int(r, at, "month", true, 1, 1, 12);
      nth = f.Int(r, at, "nth", true, 1, -1, 5);
      if (nth == 0) f.Error(at + "/nth", "rules.bad_value", "\"nth\" must be 1 to 5, or -1 for the last", "write 1 for the first");
    } else {
      month = f.Int(r, at, "month", true, 1, 1, 12);
      day = f.Int(r, at, "day", true, 1, 1, 31);
    }
    std::string group = f.String(r, at, "group", false), policy = f.String(r, at, "substitute", false);
    int group_number = 0;
    if (group.empty() != policy.empty()) {
      f.Error(at, "rules.missing", "\"group\" and \"substitute\" go together", "give both (weekend substitution) or neither");
    } else if (!group.empty()) {
      if (policy != "in-date-order" && policy != "weekdays-first")
        f.Error(at + "/substitute", "rules.bad_value", "\"substitute\" must be \"in-date-order\" or \"weekdays-first\"",
                "see the file's \"about\"");
      auto [it, fresh] = groups.insert({group, {static_cast<int>(groups.size()) + 1, policy}});
      if (!fresh && it->second.second != policy)
        f.Error(at + "/substitute", "rules.bad_value", "group \"" + group + "\" has two substitution policies",
                "give every rule of a group the same \"substitute\"");
      group_number = it->second.first;
    }
    rule_ids.push_back(id);
    rules.push_back("{" + Lit(id) + ", " + Lit(title) + ", " + std::to_string(mask) + ", " + (easter ? "true" : "false") +
                    ", " + std::to_string(offset) + ", " + std::to_string(month) + ", " + std::to_string(day) + ", " +
                    std::to_string(weekday) + ", " + std::to_string(nth) + ", " + std::to_string(group_number) + ", " +
                    (policy == "in-date-order" ? "true" : "false") + "}");
  }
  const json& moved_list = list("moved");
  for (size_t i = 0; i < moved_list.size(); ++i) {
    const json& m = moved_list[i];
    std::string at = "/moved/" + std::to_string(i);
    if (!f.Object(m, at, {"rule", "year", "date", "title", "substitute", "divisions", "note"})) continue;
    std::string rule = f.String(m, at, "rule", true);
    bool known = false;
    for (const auto& id : rule_ids) known = known || id == rule;
    if (!rule.empty() && !known)
      f.Error(at + "/rule", "rules.unknown_reference", "no rule has the id \"" + rule + "\"", "use the \"id\" of a rule");
    int year = f.Int(m, at, "year", true, first, first, last);
    std::string date = f.String(m, at, "date", true);
    int y = 0, mo = 0, d = 0;
    if (!IsoDate(date, &y, &mo, &d))
      f.Error(at + "/date", "rules.bad_value", "\"" + date + "\" is not a real date written YYYY-MM-DD", "write e.g. 2020-05-08");
    moved.push_back("{" + Lit(rule) + ", " + std::to_string(year) + ", " + std::to_string(mo) + ", " + std::to_string(d) +
                    ", " + Lit(f.String(m, at, "title", true)) + ", " + (f.Bool(m, at, "substitute") ? "true" : "false") +
                    ", " + std::to_string(DivisionMask(f, m, at, divisions)) + "}");
  }
  const json& one_off_list = list("one_off");
  for (size_t i = 0; i < one_off_list.size(); ++i) {
    const json& o = one_off_list[i];
    std::string at = "/one_off/" + std::to_string(i);
    if (!f.Object(o, at, {"date", "title", "divisions"})) continue;
    std::string date = f.String(o, at, "date", true);
    int y = 0, mo = 0, d = 0;
    if (!IsoDate(date, &y, &mo, &d))
      f.Error(at + "/date", "rules.bad_value", "\"" + date + "\" is not a real date written YYYY-MM-DD", "write e.g. 2022-09-19");
    one_off.push_back("{" + std::to_string(y) + ", " + std::to_string(mo) + ", " + std::to_string(d) + ", " +
                      Lit(f.String(o, at, "title", true)) + ", " + std::to_string(DivisionMask(f, o, at, divisions)) + "}");
  }
  if (rules.size() > 32)
    f.Error("/rules", "rules.bad_value", "at most 32 rules (kMaxHolidayRules in core/calendar/calendar_tables.h)",
            "raise kMaxHolidayRules");
  if (!f.ok()) return {};
  std::vector<std::string> names;
  for (const auto& d : divisions) names.push_back(Lit(d));
  std::string out = "namespace {\n\n" + Array("char* const", "kDivisionNames", names) + Array("HolidayRule", "kRules", rules) +
                    Array("MovedHoliday", "kMoved", moved) + Array("OneOffHoliday", "kOneOff", one_off) + "\n}  // namespace\n\n";
  out += "const HolidayRules kBankHolidayRules = {" + std::to_string(first) + ", " + std::to_string(last) + ", " +
         ArrayRef("kDivisionNames", names.size()) + ", " + ArrayRef("kRules", rules.size()) + ", " +
         ArrayRef("kMoved", moved.size()) + ", " + ArrayRef("kOneOff", one_off.size()) + "};\n";
  return out;
}

std::string CompileDateNames(const RulesText& data, std::vector<Diagnostic>* diagnostics) {
  RulesFile f(data, diagnostics);
  if (!f.ok()) return {};
  const json& doc = f.root();
  if (!f.Object(doc, "", {"about", "languages"})) return {};
  auto languages = doc.find("languages");
  if (languages == doc.end() || !f.Object(*languages, "/languages", {})) {
    if (languages == doc.end()) f.Error("", "rules.missing", "\"languages\" is missing", "add \"languages\": {\"en\": { … }}");
    return {};
  }
  std::vector<std::string> rows;
  int english = -1;
  for (const auto& [code, entry] : languages->items()) {
    std::string at = JsonPointerAppend("/languages", code);
    if (!f.Object(entry, at, {"name", "weekdays", "months", "pattern", "pattern_without_weekday"})) continue;
    if (code == "en") english = static_cast<int>(rows.size());
    std::vector<std::string> weekdays = f.Strings(entry, at, "weekdays"), months = f.Strings(entry, at, "months");
    if (weekdays.size() != 7) f.Error(at + "/weekdays", "rules.bad_value", "\"weekdays\" must name 7 days, Monday first", "list all seven");
    if (months.size() != 12) f.Error(at + "/months", "rules.bad_value", "\"months\" must name 12 months, January first", "list all twelve");
    if (weekdays.size() != 7 || months.size() != 12) continue;
    std::string pattern = entry.contains("pattern") ? f.String(entry, at, "pattern", true) : "{weekday} {day} {month} {year}";
    std::string short_pattern = entry.contains("pattern_without_weekday") ? f.String(entry, at, "pattern_without_weekday", true)
                                                                          : "{day} {month} {year}";
    std::string row = "{" + Lit(code) + ", {";
    for (const auto& w : weekdays) row += Lit(w) + ", ";
    row += "}, {";
    for (const auto& m : months) row += Lit(m) + ", ";
    rows.push_back(row + "}, " + Lit(pattern) + ", " + Lit(short_pattern) + "}");
  }
  if (english < 0) f.Error("/languages", "rules.missing", "there are no English names (\"en\")", "add \"en\": { … }");
  if (!f.ok()) return {};
  return "const DateNames kDateNames[] = {\n    " + [&] {
    std::string s;
    for (const auto& r : rows) s += r + ",\n    ";
    return s;
  }() + "};\nconst int kDateNameCount = " + std::to_string(rows.size()) + ";\nconst int kEnglishDateNames = " +
         std::to_string(english) + ";\n";
}

}  // namespace cs::rules
