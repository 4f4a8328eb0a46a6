// JSON in and out for the deadline calculation (the shape documented in the README).
#include <nlohmann/json.hpp>

#include "deadlines.h"

namespace cs {

using nlohmann::json;
using nlohmann::ordered_json;

namespace {

const char* const kRequestFields[] = {"code",  "nation",   "stage",    "received", "acknowledged",
                                      "extension_working_days", "closures", "today"};

std::string ErrorJson(const InputError& e) {
  ordered_json out;
  out["error"] = {{"code", e.code}, {"field", e.field}, {"message", e.message}};
  return out.dump();
}

std::optional<Date> ReadDate(const json& req, const char* field, bool required, InputError* error) {
  auto it = req.find(field);
  if (it == req.end() || it->is_null()) {
    if (required) *error = {"missing_field", field, std::string(field) + " is required (a date written YYYY-MM-DD)"};
    return std::nullopt;
  }
  if (!it->is_string()) {
    *error = {"wrong_type", field, std::string(field) + " must be a date string written YYYY-MM-DD"};
    return std::nullopt;
  }
  std::string why;
  auto d = ParseIsoDate(it->get_ref<const std::string&>(), &why);
  if (!d) *error = {"invalid_date", field, std::string(field) + " \"" + it->get<std::string>() + "\" is not a real date: " + why};
  return d;
}

bool ReadRequest(const json& in, DeadlineRequest* req, InputError* error) {
  if (!in.is_object()) {
    *error = {"invalid_json", "", "the request must be a JSON object"};
    return false;
  }
  for (const auto& [key, value] : in.items()) {
    bool known = false;
    for (const char* f : kRequestFields) known = known || key == f;
    if (!known) {
      *error = {"unknown_field", key, "\"" + key + "\" is not a field of a deadline request"};
      return false;
    }
  }
  if (auto it = in.find("code"); it != in.end() && !it->is_null()) {
    if (it->is_string()) req->code = it->get<std::string>();
    else if (it->is_number_integer()) req->code = std::to_string(it->get<int>());
    if (req->code != "2024" && req->code != "2022" && req->code != "auto") {
      *error = {"invalid_code", "code", "code must be \"2024\", \"2022\" or \"auto\""};
      return false;
    }
  }
  if (auto it = in.find("nation"); it != in.end() && !it->is_null()) {
    if (!it->is_string()) {
      *error = {"invalid_nation", "nation", "nation must be one of england-and-wales, scotland, northern-ireland"};
      return false;
    }
    req->nation = it->get<std::string>();
  }
  if (auto it = in.find("stage"); it != in.end() && !it->is_null()) {
    if (it->is_number_integer()) req->stage = it->get<int>();
    else if (it->is_string() && (*it == "1" || *it == "2")) req->stage = it->get<std::string>()[0] - '0';
    else req->stage = 0;
    if (req->stage != 1 && req->stage != 2) {
      *error = {"invalid_stage", "stage", "stage must be 1 or 2"};
      return false;
    }
  }
  error->code.clear();
  auto received = ReadDate(in, "received", true, error);
  if (!received) return false;
  req->received = *received;
  req->acknowledged = ReadDate(in, "acknowledged", false, error);
  if (!error->code.empty()) return false;
  req->today = ReadDate(in, "today", false, error);
  if (!error->code.empty()) return false;
  if (auto it = in.find("extension_working_days"); it != in.end() && !it->is_null()) {
    if (!it->is_number_integer()) {
      *error = {"invalid_extension", "extension_working_days", "extension_working_days must be a whole number of working days"};
      return false;
    }
    req->extension_working_days = it->get<int>();
  }
  if (auto it = in.find("closures"); it != in.end() && !it->is_null()) {
    if (!it->is_array()) {
      *error = {"invalid_closures", "closures", "closures must be a list of dates (YYYY-MM-DD) or {\"date\",\"title\"} objects"};
      return false;
    }
    for (const auto& c : *it) {
      std::string text, title, why;
      if (c.is_string()) text = c.get<std::string>();
      else if (c.is_object() && c.contains("date") && c["date"].is_string()) {
        text = c["date"].get<std::string>();
        if (c.contains("title") && c["title"].is_string()) title = c["title"].get<std::string>();
      } else {
        *error = {"invalid_closures", "closures", "each closure must be a date (YYYY-MM-DD) or {\"date\",\"title\"}"};
        return false;
      }
      auto d = ParseIsoDate(text, &why);
      if (!d) {
        *error = {"invalid_date", "closures", "closure \"" + text + "\" is not a real date: " + why};
        return false;
      }
      req->closures.push_back({*d, title});
    }
  }
  return true;
}

}  // namespace

ordered_json DeadlineResultToJson(const DeadlineResult& r) {
  ordered_json out;
  out["code"] = r.code;
  out["nation"] = r.nation;
  out["stage"] = r.stage;
  out["received"] = r.received.Iso();
  out["milestones"] = ordered_json::array();
  for (const auto& m : r.milestones) {
    ordered_json j;
    j["id"] = m.id;
    j["due"] = m.due.Iso();
    j["working_days"] = m.working_days;
    j["counted_from"] = m.counted_from;
    j["provision"] = m.provision;
    if (!m.assumed.empty()) j["assumed"] = m.assumed;
    if (m.actual) {
      j["actual"] = m.actual->Iso();
      j["late_by"] = m.late_by;
    }
    if (m.due_if_acknowledged_on_time) j["due_if_acknowledged_on_time"] = m.due_if_acknowledged_on_time->Iso();
    if (m.maximum) {
      j["maximum"] = m.maximum;
      j["needs_good_reason"] = true;
    }
    if (!m.note.empty()) j["note"] = m.note;
    out["milestones"].push_back(j);
  }
  if (r.status) {
    out["status"] = {{"today", r.status->today.Iso()},
                     {"milestone", r.status->milestone},
                     {"working_day", r.status->working_day},
                     {"of", r.status->of},
                     {"overdue_by", r.status->overdue_by}};
  }
  out["holidays_in_range"] = ordered_json::array();
  for (const auto& h : r.holidays_in_range)
    out["holidays_in_range"].push_back({{"date", h.date.Iso()}, {"title", h.title}, {"kind", h.kind}});
  out["closures_in_range"] = ordered_json::array();
  for (const auto& c : r.closures_in_range) out["closures_in_range"].push_back({{"date", c.date.Iso()}, {"title", c.title}});
  out["next_step"] = r.next_step;
  return out;
}

std::string DeadlinesJson(std::string_view request_json, const Engine& engine) {
  json in = json::parse(request_json.begin(), request_json.end(), nullptr, false);
  if (in.is_discarded()) return ErrorJson({"invalid_json", "", "the request is not valid JSON"});
  DeadlineRequest req;
  InputError error;
  if (!ReadRequest(in, &req, &error)) return ErrorJson(error);
  auto result = ComputeDeadlines(req, &error, engine);
  if (!result) return ErrorJson(error);
  return DeadlineResultToJson(*result).dump();
}

}  // namespace cs
