// Writing dates by language with the names in core/data/date-names.json.
#include "date_format.h"

#include <map>

#include <nlohmann/json.hpp>

#include "embedded_data.h"

namespace cs {

namespace {

struct DateNames {
  std::vector<std::string> weekdays, months;
  std::string pattern, pattern_without_weekday;
};

std::vector<std::string> Strings(const nlohmann::json& j, size_t count) {
  std::vector<std::string> out;
  if (!j.is_array() || j.size() != count) return out;
  for (const auto& s : j) {
    if (!s.is_string()) return {};
    out.push_back(s.get<std::string>());
  }
  return out;
}

const std::map<std::string, DateNames>& AllNames() {
  static const std::map<std::string, DateNames> kNames = [] {
    std::map<std::string, DateNames> names;
    auto doc = nlohmann::json::parse(EmbeddedDataFile("date-names.json"), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("languages") || !doc["languages"].is_object())
      return names;
    // Structured bindings: the widget's json-lite (wasm/json-lite) has items() as pairs, without key()/value().
    for (const auto& [code, value] : doc["languages"].items()) {
      const nlohmann::json& entry = value;  // a structured binding cannot be captured by the lambda below
      if (!entry.is_object()) continue;
      DateNames n;
      n.weekdays = Strings(entry.value("weekdays", nlohmann::json()), 7);
      n.months = Strings(entry.value("months", nlohmann::json()), 12);
      auto text = [&](const char* key, const char* fallback) {
        auto it = entry.find(key);
        return it != entry.end() && it->is_string() ? it->get<std::string>() : std::string(fallback);
      };
      n.pattern = text("pattern", "{weekday} {day} {month} {year}");
      n.pattern_without_weekday = text("pattern_without_weekday", "{day} {month} {year}");
      if (n.weekdays.size() == 7 && n.months.size() == 12) names[code] = std::move(n);
    }
    return names;
  }();
  return kNames;
}

const DateNames* NamesFor(std::string_view language) {
  const auto& all = AllNames();
  auto it = all.find(std::string(language));
  if (it == all.end()) it = all.find(std::string(language.substr(0, language.find('-'))));
  if (it == all.end()) it = all.find("en");
  return it == all.end() ? nullptr : &it->second;
}

void Replace(std::string* s, const std::string& key, const std::string& value) {
  size_t at = s->find(key);
  if (at != std::string::npos) s->replace(at, key.size(), value);
}

std::string Format(const Date& date, std::string_view language, bool weekday) {
  const DateNames* names = NamesFor(language);
  if (!names) return weekday ? date.Long() : std::to_string(date.day) + " " + MonthName(date.month) + " " + std::to_string(date.year);
  std::string out = weekday ? names->pattern : names->pattern_without_weekday;
  Replace(&out, "{weekday}", names->weekdays[static_cast<int>(date.DayOfWeek())]);
  Replace(&out, "{day}", std::to_string(date.day));
  Replace(&out, "{month}", names->months[date.month - 1]);
  Replace(&out, "{year}", std::to_string(date.year));
  return out;
}

}  // namespace

std::string FormatLongDate(const Date& date, std::string_view language) { return Format(date, language, true); }

std::string FormatDate(const Date& date, std::string_view language) { return Format(date, language, false); }

std::string FormatMonthName(int month, std::string_view language) {
  if (month < 1 || month > 12) return {};
  const DateNames* names = NamesFor(language);
  return names ? names->months[month - 1] : MonthName(month);
}

std::vector<std::string> DateLanguages() {
  std::vector<std::string> out;
  for (const auto& [code, names] : AllNames()) out.push_back(code);
  return out;
}

}  // namespace cs
