// 12-month windows computed from the Code data.
#include "windows.h"

#include <nlohmann/json.hpp>

#include "messages.h"

namespace cs {

std::optional<WindowResult> ComputeWindow(std::string_view kind, Date from, std::optional<Date> today,
                                          InputError* error, const Engine& engine, std::string_view code) {
  const CodeTimescales* rules = engine.timescales->Find(code);
  if (!rules) {
    if (error) *error = {"invalid_code", "code", "code must be 2024 or 2022"};
    return std::nullopt;
  }
  WindowResult w;
  w.kind = std::string(kind);
  w.from = from;
  if (kind == "complaint") {
    w.months = rules->complaint_window_months;
    w.provision = rules->complaint_window_provision;
  } else if (kind == "ombudsman") {
    w.months = rules->ombudsman_window_months;
    w.provision = "";
  } else {
    if (error) *error = {"invalid_kind", "kind", "kind must be \"complaint\" or \"ombudsman\""};
    return std::nullopt;
  }
  if (today && *today < from) {
    if (error) *error = {"from_in_future", "from", "the date " + from.Iso() + " is after today (" + today->Iso() + ")"};
    return std::nullopt;
  }
  w.closes = from.AddMonthsClamped(w.months);
  bool open = !today || *today <= w.closes;
  if (today) w.open = open;
  w.message = Message(w.kind + (open ? "_window_open" : "_window_closed"), {{"closes", w.closes.Long()}});
  return w;
}

std::string WindowJson(std::string_view request_json, const Engine& engine) {
  using nlohmann::json;
  auto fail = [](const InputError& e) {
    nlohmann::ordered_json out;
    out["error"] = {{"code", e.code}, {"field", e.field}, {"message", e.message}};
    return out.dump();
  };
  json in = json::parse(request_json.begin(), request_json.end(), nullptr, false);
  if (in.is_discarded() || !in.is_object()) return fail({"invalid_json", "", "the request must be a JSON object"});
  auto str = [&](const char* key) {
    auto it = in.find(key);
    return it != in.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  std::string why;
  auto from = ParseIsoDate(str("from"), &why);
  if (!from) return fail({str("from").empty() ? "missing_field" : "invalid_date", "from", "from: " + why});
  std::optional<Date> today;
  if (!str("today").empty()) {
    today = ParseIsoDate(str("today"), &why);
    if (!today) return fail({"invalid_date", "today", "today: " + why});
  }
  std::string code = str("code").empty() ? "2024" : str("code");
  InputError error;
  auto w = ComputeWindow(str("kind"), *from, today, &error, engine, code);
  if (!w) return fail(error);
  nlohmann::ordered_json out;
  out["kind"] = w->kind;
  out["from"] = w->from.Iso();
  out["closes"] = w->closes.Iso();
  out["months"] = w->months;
  out["provision"] = w->provision;
  if (w->open) out["open"] = *w->open;
  out["message"] = w->message;
  return out.dump();
}

}  // namespace cs
