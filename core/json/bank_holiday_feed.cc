// Reads gov.uk's bank holiday feed with nlohmann/json.
#include "bank_holiday_feed.h"

#include <nlohmann/json.hpp>

namespace cs {

std::optional<std::vector<DivisionHoliday>> ReadBankHolidayFeed(std::string_view feed_json, Diagnostic* error) {
  using nlohmann::json;
  json feed = json::parse(feed_json.begin(), feed_json.end(), nullptr, false);
  auto fail = [&](const std::string& why) -> std::optional<std::vector<DivisionHoliday>> {
    if (error) *error = InputError("bank_holidays.feed", "", why);
    return std::nullopt;
  };
  auto text = [](const json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  if (feed.is_discarded()) return fail("the bank holiday feed is not valid JSON");
  if (!feed.is_object()) return fail("the bank holiday feed must be a JSON object keyed by division");
  std::vector<DivisionHoliday> out;
  for (const auto& [key, value] : feed.items()) {
    int dv = DivisionIndex(key);
    if (dv < 0) return fail("unknown division \"" + key + "\" in the bank holiday feed (expected england-and-wales, scotland or northern-ireland)");
    if (!value.is_object() || !value.contains("events") || !value["events"].is_array())
      return fail("division \"" + key + "\" in the bank holiday feed has no \"events\" list");
    for (const auto& ev : value["events"]) {
      std::string why;
      auto d = ParseIsoDate(text(ev, "date"), &why);
      if (!d) return fail("event in \"" + key + "\" has a bad date \"" + text(ev, "date") + "\": " + why);
      out.push_back({dv, Holiday{*d, text(ev, "title"), text(ev, "notes") == "Substitute day"}});
    }
  }
  return out;
}

}  // namespace cs
