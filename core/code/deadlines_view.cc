// Adds the written-out dates and rule summaries the widget shows to the engine's deadline JSON.
#include "deadlines_view.h"

namespace cs {

using nlohmann::ordered_json;

namespace {

void AddLong(ordered_json& obj, const char* iso_key, const char* long_key) {
  auto it = obj.find(iso_key);
  if (it == obj.end() || !it->is_string()) return;
  if (auto d = ParseIsoDate(it->get<std::string>())) obj[long_key] = d->Long();
}

// Works on the JSON alone, so that the view can never disagree with the engine's answer.
void AddView(ordered_json& out) {
  AddLong(out, "received", "received_long");
  const CodeTimescales* code = nullptr;
  if (out.contains("code") && out["code"].is_string()) code = Timescales::Default().Find(out["code"].get<std::string>());
  const std::vector<MilestoneRule>* rules = nullptr;
  if (code) out["code_title"] = code->title;
  if (code && out.contains("stage") && out["stage"].is_number_integer()) {
    auto it = code->stages.find(out["stage"].get<int>());
    if (it != code->stages.end()) rules = &it->second;
  }
  for (auto& m : out["milestones"]) {
    AddLong(m, "due", "due_long");
    AddLong(m, "actual", "actual_long");
    AddLong(m, "due_if_acknowledged_on_time", "due_if_acknowledged_on_time_long");
    if (rules)
      for (const auto& rule : *rules)
        if (m["id"] == rule.id) m["summary"] = rule.summary;
  }
  for (auto& h : out["holidays_in_range"]) AddLong(h, "date", "date_long");
  for (auto& c : out["closures_in_range"]) AddLong(c, "date", "date_long");
  if (out.contains("status")) AddLong(out["status"], "today", "today_long");
}

}  // namespace

ordered_json DeadlineViewToJson(const DeadlineResult& r) {
  ordered_json out = DeadlineResultToJson(r);
  AddView(out);
  return out;
}

std::string DeadlinesViewJson(std::string_view request_json, const Engine& engine) {
  std::string plain = DeadlinesJson(request_json, engine);
  ordered_json out = ordered_json::parse(plain, nullptr, false);
  if (out.is_discarded() || !out.is_object() || out.contains("error")) return plain;
  AddView(out);
  return out.dump();
}

}  // namespace cs
