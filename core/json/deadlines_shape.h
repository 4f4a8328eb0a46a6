// The deadline calculator's JSON (README "The JSON"): the request read into a DeadlineRequest, the result written from
// a DeadlineResult, plain or as the widget's view (dates written out, rule summaries). See json_shape.h.
#pragma once

#include "deadlines.h"
#include "json_shape.h"

namespace cs::json_shape {

template <class V>
std::optional<Date> ReadDate(const V& in, const char* field, bool required, Diagnostic* error) {
  V v = in.Member(field);
  if (Absent(v)) {
    if (required) Fail(error, "missing_field", field, std::string(field) + " is required (a date written YYYY-MM-DD)");
    return std::nullopt;
  }
  if (!v.IsString()) {
    Fail(error, "wrong_type", field, std::string(field) + " must be a date string written YYYY-MM-DD");
    return std::nullopt;
  }
  std::string why;
  auto d = ParseIsoDate(v.Str(), &why);
  if (!d) Fail(error, "invalid_date", field, std::string(field) + " \"" + v.Str() + "\" is not a real date: " + why);
  return d;
}

/// Reads a deadline request; false (and `error`) when it is not one: invalid_json, unknown_field, invalid_code,
/// invalid_nation, invalid_stage, missing_field, wrong_type, invalid_date, invalid_extension, invalid_closures.
template <class V>
bool ReadDeadlineRequest(const V& in, DeadlineRequest* req, Diagnostic* error) {
  static const char* const kFields[] = {"code",  "nation",   "stage",    "received", "acknowledged",
                                        "extension_working_days", "extended_to", "responded", "closures", "today"};
  if (!in.IsObject()) return Fail(error, "invalid_json", "", "the request must be a JSON object");
  std::string unknown = UnknownKey(in, kFields);
  if (!unknown.empty()) return Fail(error, "unknown_field", unknown, "\"" + unknown + "\" is not a field of a deadline request");
  if (V code = in.Member("code"); !Absent(code)) {
    if (code.IsString()) req->code = code.Str();
    else if (code.IsInt()) req->code = std::to_string(static_cast<int>(code.Int()));
    if (req->code != "2024" && req->code != "2022" && req->code != "auto")
      return Fail(error, "invalid_code", "code", "code must be \"2024\", \"2022\" or \"auto\"");
  }
  if (V nation = in.Member("nation"); !Absent(nation)) {
    if (!nation.IsString())
      return Fail(error, "invalid_nation", "nation", "nation must be one of england-and-wales, scotland, northern-ireland");
    req->nation = nation.Str();
  }
  if (V stage = in.Member("stage"); !Absent(stage)) {
    if (stage.IsInt()) req->stage = static_cast<int>(stage.Int());
    else if (stage.IsString() && (stage.Str() == "1" || stage.Str() == "2")) req->stage = stage.Str()[0] - '0';
    else req->stage = 0;
    if (req->stage != 1 && req->stage != 2) return Fail(error, "invalid_stage", "stage", "stage must be 1 or 2");
  }
  error->code.clear();
  auto received = ReadDate(in, "received", true, error);
  if (!received) return false;
  req->received = *received;
  req->acknowledged = ReadDate(in, "acknowledged", false, error);
  if (!error->code.empty()) return false;
  req->today = ReadDate(in, "today", false, error);
  if (!error->code.empty()) return false;
  req->extended_to = ReadDate(in, "extended_to", false, error);
  if (!error->code.empty()) return false;
  req->responded = ReadDate(in, "responded", false, error);
  if (!error->code.empty()) return false;
  if (V extension = in.Member("extension_working_days"); !Absent(extension)) {
    if (!extension.IsInt())
      return Fail(error, "invalid_extension", "extension_working_days",
                  "extension_working_days must be a whole number of working days");
    req->extension_working_days = static_cast<int>(extension.Int());
  }
  if (V closures = in.Member("closures"); !Absent(closures)) {
    if (!closures.IsArray())
      return Fail(error, "invalid_closures", "closures",
                  "closures must be a list of dates (YYYY-MM-DD) or {\"date\",\"title\"} objects");
    bool ok = true;
    closures.ForEachItem([&](const V& c) {
      if (!ok) return;
      std::string text, title, why;
      if (c.IsString()) {
        text = c.Str();
      } else if (c.IsObject() && c.Member("date").Exists() && c.Member("date").IsString()) {
        text = c.Member("date").Str();
        if (V t = c.Member("title"); t.Exists() && t.IsString()) title = t.Str();
      } else {
        ok = Fail(error, "invalid_closures", "closures", "each closure must be a date (YYYY-MM-DD) or {\"date\",\"title\"}");
        return;
      }
      auto d = ParseIsoDate(text, &why);
      if (!d) {
        ok = Fail(error, "invalid_date", "closures", "closure \"" + text + "\" is not a real date: " + why);
        return;
      }
      req->closures.push_back({*d, title});
    });
    if (!ok) return false;
  }
  return true;
}

/// The result in the documented shape (keys in a fixed order). With `view`, what the widget shows besides: each date
/// written out ("received_long", "due_long" …, "date_long", "today_long"), each milestone's "summary" and
/// "code_title" ("Complaint Handling Code (2024)").
template <class W>
void WriteDeadlineResult(W& w, const DeadlineResult& r, bool view) {
  w.BeginObject();
  WriteMember(w, "code", r.code);
  WriteMember(w, "nation", r.nation);
  WriteMember(w, "stage", r.stage);
  WriteMember(w, "received", r.received.Iso());
  w.Key("milestones");
  w.BeginArray();
  for (const auto& m : r.milestones) {
    w.BeginObject();
    WriteMember(w, "id", m.id);
    WriteMember(w, "due", m.due.Iso());
    WriteMember(w, "working_days", m.working_days);
    WriteMember(w, "counted_from", m.counted_from);
    WriteMember(w, "provision", m.provision);
    if (!m.assumed.empty()) WriteMember(w, "assumed", m.assumed);
    if (m.actual) {
      WriteMember(w, "actual", m.actual->Iso());
      WriteMember(w, "late_by", m.late_by);
    }
    if (m.due_if_acknowledged_on_time) WriteMember(w, "due_if_acknowledged_on_time", m.due_if_acknowledged_on_time->Iso());
    if (m.maximum) {
      WriteMember(w, "maximum", m.maximum);
      w.Key("needs_good_reason");
      w.Bool(true);
    }
    if (m.limit) WriteMember(w, "limit", m.limit);
    if (!m.note.empty()) WriteMember(w, "note", m.note);
    if (view) {
      WriteMember(w, "due_long", m.due.Long());
      if (m.actual) WriteMember(w, "actual_long", m.actual->Long());
      if (m.due_if_acknowledged_on_time) WriteMember(w, "due_if_acknowledged_on_time_long", m.due_if_acknowledged_on_time->Long());
      WriteMember(w, "summary", m.summary);
    }
    w.EndObject();
  }
  w.EndArray();
  if (r.status) {
    w.Key("status");
    w.BeginObject();
    WriteMember(w, "today", r.status->today.Iso());
    WriteMember(w, "milestone", r.status->milestone);
    WriteMember(w, "working_day", r.status->working_day);
    WriteMember(w, "of", r.status->of);
    WriteMember(w, "overdue_by", r.status->overdue_by);
    if (view) WriteMember(w, "today_long", r.status->today.Long());
    w.EndObject();
  }
  if (r.responded) {
    w.Key("responded");
    w.BeginObject();
    WriteMember(w, "date", r.responded->on.Iso());
    WriteMember(w, "milestone", r.responded->milestone);
    WriteMember(w, "due", r.responded->due.Iso());
    WriteMember(w, "late_by", r.responded->late_by);
    if (view) {
      WriteMember(w, "date_long", r.responded->on.Long());
      WriteMember(w, "due_long", r.responded->due.Long());
    }
    w.EndObject();
  }
  if (!r.outcome.empty()) WriteMember(w, "outcome", r.outcome);
  w.Key("holidays_in_range");
  w.BeginArray();
  for (const auto& h : r.holidays_in_range) {
    w.BeginObject();
    WriteMember(w, "date", h.date.Iso());
    WriteMember(w, "title", h.title);
    WriteMember(w, "kind", h.kind);
    if (view) WriteMember(w, "date_long", h.date.Long());
    w.EndObject();
  }
  w.EndArray();
  w.Key("closures_in_range");
  w.BeginArray();
  for (const auto& c : r.closures_in_range) {
    w.BeginObject();
    WriteMember(w, "date", c.date.Iso());
    WriteMember(w, "title", c.title);
    if (view) WriteMember(w, "date_long", c.date.Long());
    w.EndObject();
  }
  w.EndArray();
  WriteMember(w, "next_step", r.next_step);
  if (view) {
    WriteMember(w, "received_long", r.received.Long());
    WriteMember(w, "code_title", r.code_title);
  }
  w.EndObject();
}

/// A deadline request (`request`, text that may not be JSON) answered: the result, or {"error":{…}}. With `view`, the
/// widget's view of it; `words` (may be null) is a translation's engine words for the next-step sentences.
template <class V, class W>
void AnswerDeadlines(const V& request, W& w, bool view, const EngineWords* words, const Engine& engine = Engine()) {
  MessageOverlay overlay(words);
  Diagnostic error;
  DeadlineRequest req;
  std::optional<DeadlineResult> result;
  if (!request.Parsed()) Fail(&error, "invalid_json", "", "the request is not valid JSON");
  else if (ReadDeadlineRequest(request, &req, &error)) result = ComputeDeadlines(req, &error, engine);
  if (result) WriteDeadlineResult(w, *result, view);
  else WriteErrorAnswer(w, error);
}

}  // namespace cs::json_shape
