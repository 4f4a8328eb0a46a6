// A typed date's JSON (cs_date_input) and a date written out in a language (cs_long_date). See json_shape.h.
#pragma once

#include "date_format.h"
#include "date_input.h"
#include "json_shape.h"

namespace cs::json_shape {

/// {"day","month","year","field","today"?,"words"?} in ("words": a translation's "engine" object, whose errors.date_*
/// replace the English messages key by key; a "today" that is not a date is ignored) → {"date":"YYYY-MM-DD","long"}
/// or {"error":{"code","part","message"}}.
template <class V, class W>
void AnswerDateInput(const V& in, W& w) {
  if (!in.Parsed() || !in.IsObject()) {
    WriteErrorAnswer(w, InputError("invalid_json", "", "the request must be a JSON object"), "part");
    return;
  }
  auto text = [&](const char* key) {
    V v = in.Member(key);
    return v.Exists() && v.IsString() ? v.Str() : std::string();
  };
  DateInputRequest req;
  req.day = text("day");
  req.month = text("month");
  req.year = text("year");
  if (!text("field").empty()) req.field = text("field");
  if (!text("today").empty()) req.today = ParseIsoDate(text("today"));
  if (V words = in.Member("words"); words.Exists() && words.IsObject()) ReadEngineWords(words, "", &req.words);
  Diagnostic error;
  auto date = CheckDateInput(req, &error);
  if (!date) return WriteErrorAnswer(w, error, "part");
  w.BeginObject();
  WriteMember(w, "date", date->Iso());
  WriteMember(w, "long", date->Long());
  w.EndObject();
}

/// {"date":"2025-03-21","language":"cy"} → {"long":"Dydd Gwener 21 Mawrth 2025"} (FormatLongDate; "language" defaults
/// to "en") or {"error":"\"date\" must be a date written YYYY-MM-DD"}.
template <class V, class W>
void AnswerLongDate(const V& in, W& w) {
  std::optional<Date> date;
  std::string language = "en";
  if (in.Parsed() && in.IsObject()) {
    if (V d = in.Member("date"); d.Exists() && d.IsString()) date = ParseIsoDate(d.Str());
    if (V l = in.Member("language"); l.Exists() && l.IsString()) language = l.Str();
  }
  w.BeginObject();
  if (date) WriteMember(w, "long", FormatLongDate(*date, language));
  else WriteMember(w, "error", "\"date\" must be a date written YYYY-MM-DD");
  w.EndObject();
}

}  // namespace cs::json_shape
