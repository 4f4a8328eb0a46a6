// Loads the Code timescale rules from JSON.
#include "timescales.h"

#include <nlohmann/json.hpp>

#include "embedded_data.h"

namespace cs {

using nlohmann::json;

const Timescales& Timescales::Default() {
  static const Timescales kDefault = [] {
    std::string error;
    auto t = Parse(EmbeddedDataFile("timescales.json"), &error);
    return t ? *t : Timescales();
  }();
  return kDefault;
}

std::optional<Timescales> Timescales::Parse(std::string_view text, std::string* error) {
  json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("codes") || !doc["codes"].is_object()) {
    if (error) *error = "timescales are not valid JSON with a \"codes\" object";
    return std::nullopt;
  }
  Timescales t;
  if (auto d = ParseIsoDate(doc.value("auto_switch_date", std::string("2024-04-01")))) t.auto_switch_ = *d;
  t.bank_holidays_ = doc.value("bank_holidays", t.bank_holidays_);
  for (const auto& [id, code] : doc["codes"].items()) {
    CodeTimescales c;
    c.id = id;
    c.title = code.value("title", id);
    const json stages = code.value("stages", json::object());
    for (const auto& [stage, rules] : stages.items()) {
      auto& list = c.stages[stage == "2" ? 2 : 1];
      for (const auto& r : rules) {
        MilestoneRule m;
        m.id = r.value("id", "");
        m.working_days = r.value("working_days", 0);
        m.counted_from = r.value("counted_from", "received");
        m.provision = r.value("provision", "");
        m.summary = r.value("summary", "");
        m.note = r.value("note", "");
        m.extension = r.value("extension", false);
        m.ombudsman_details = r.value("ombudsman_details", "");
        list.push_back(m);
      }
    }
    json window = code.value("complaint_window", json::object());
    c.complaint_window_months = window.value("months", 12);
    c.complaint_window_provision = window.value("provision", "");
    c.ombudsman_window_months = code.value("ombudsman_window", json::object()).value("months", 12);
    t.codes_.push_back(c);
  }
  return t;
}

const CodeTimescales* Timescales::Find(std::string_view code) const {
  for (const auto& c : codes_)
    if (c.id == code) return &c;
  return nullptr;
}

}  // namespace cs
