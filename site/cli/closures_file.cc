// Closure-day lists in plain text or JSON.
#include "closures_file.h"

#include <nlohmann/json.hpp>

namespace cs {

std::optional<std::vector<Closure>> ParseClosures(const std::string& text, const std::string& name, std::string* error) {
  std::vector<Closure> out;
  size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string::npos && text[first] == '[') {
    auto doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_array()) {
      if (error) *error = name + ":1:1: error: not a valid JSON list of dates — write [\"2025-12-29\", \"2025-12-30\"]";
      return std::nullopt;
    }
    for (const auto& item : doc) {
      std::string date = item.is_string() ? item.get<std::string>() : item.value("date", "");
      std::string title = item.is_object() ? item.value("title", "") : "";
      std::string why;
      auto d = ParseIsoDate(date, &why);
      if (!d) {
        if (error) *error = name + ":1:1: error: \"" + date + "\" is not a date: " + why;
        return std::nullopt;
      }
      out.push_back({*d, title});
    }
    return out;
  }
  size_t line_no = 0, pos = 0;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(pos, end - pos);
    ++line_no;
    pos = end + 1;
    if (auto hash = line.find('#'); hash != std::string::npos) line.erase(hash);
    size_t start = line.find_first_not_of(" \t\r");
    if (start == std::string::npos) {
      if (end == text.size()) break;
      continue;
    }
    size_t stop = line.find_first_of(" \t\r", start);
    std::string date = line.substr(start, stop == std::string::npos ? std::string::npos : stop - start);
    std::string title;
    if (stop != std::string::npos) {
      size_t t0 = line.find_first_not_of(" \t\r", stop);
      size_t t1 = line.find_last_not_of(" \t\r");
      if (t0 != std::string::npos) title = line.substr(t0, t1 - t0 + 1);
    }
    std::string why;
    auto d = ParseIsoDate(date, &why);
    if (!d) {
      if (error)
        *error = name + ":" + std::to_string(line_no) + ":" + std::to_string(start + 1) + ": error: \"" + date +
                 "\" is not a date: " + why + " — write one closure a line, e.g. 2025-12-29 Office closed";
      return std::nullopt;
    }
    out.push_back({*d, title});
    if (end == text.size()) break;
  }
  return out;
}

}  // namespace cs
