// The walkthrough's JSON (docs/widget.md "The walkthrough interface"): the request read into a WalkthroughRequest,
// the answer written from a WalkthroughView. See json_shape.h.
#pragma once

#include "deadlines_shape.h"
#include "walkthrough.h"

namespace cs::json_shape {

/// Reads a walkthrough request; false (and `error`) when it is not one: invalid_json, unknown_field, wrong_type,
/// invalid_date, invalid_closures. (Its nation, Code and answers are the engine's to judge: ShowWalkthrough.)
template <class V>
bool ReadWalkthroughRequest(const V& in, WalkthroughRequest* req, Diagnostic* error) {
  static const char* const kFields[] = {"answers", "at", "today", "landlord", "nation", "code", "closures", "words"};
  if (!in.IsObject()) return Fail(error, "invalid_json", "", "the request must be a JSON object");
  std::string unknown = UnknownKey(in, kFields);
  if (!unknown.empty()) return Fail(error, "unknown_field", unknown, "\"" + unknown + "\" is not a field of a walkthrough request");
  WalkthroughContext& ctx = req->context;
  auto string_field = [&](const char* key, std::string* out) {
    V v = in.Member(key);
    if (Absent(v)) return true;
    if (!v.IsString()) return Fail(error, "wrong_type", key, std::string(key) + " must be a string");
    *out = v.Str();
    return true;
  };
  std::string today;
  if (!string_field("at", &req->at) || !string_field("landlord", &ctx.landlord) || !string_field("nation", &ctx.nation) ||
      !string_field("code", &ctx.code) || !string_field("today", &today))
    return false;
  if (!today.empty()) {
    std::string why;
    ctx.today = ParseIsoDate(today, &why);
    if (!ctx.today) return Fail(error, "invalid_date", "today", "today \"" + today + "\" is not a real date: " + why);
  }
  if (V closures = in.Member("closures"); !Absent(closures)) {
    if (!closures.IsArray())
      return Fail(error, "invalid_closures", "closures", "closures must be a list of dates (YYYY-MM-DD)");
    bool ok = true;
    closures.ForEachItem([&](const V& c) {
      std::optional<Date> d = ok && c.IsString() ? ParseIsoDate(c.Str()) : std::nullopt;
      if (ok && !d) ok = Fail(error, "invalid_closures", "closures", "each closure must be a real date written YYYY-MM-DD");
      if (ok) ctx.closures.push_back({*d, ""});
    });
    if (!ok) return false;
  }
  if (V words = in.Member("words"); !Absent(words)) {
    if (!words.IsObject())
      return Fail(error, "wrong_type", "words", "words must be an object (the \"engine\" words of a translation)");
    ReadEngineWords(words, "", &req->words);
  }
  if (V answers = in.Member("answers"); !Absent(answers)) {
    if (!answers.IsObject()) return Fail(error, "wrong_type", "answers", "answers must be an object of node id to answer");
    std::string bad;
    bool any_bad = false;
    answers.ForEachMember([&](const std::string& key, const V& value) {
      if (value.IsString()) req->answers[key] = value.Str();
      else if (!any_bad || key < bad) bad = key, any_bad = true;
    });
    if (any_bad) return Fail(error, "wrong_type", bad, "the answer to \"" + bad + "\" must be a string");
  }
  return true;
}

template <class W>
void WriteAnswerRows(W& w, const std::vector<WalkthroughAnswerRow>& rows) {
  w.BeginArray();
  for (const auto& r : rows) {
    w.BeginObject();
    WriteMember(w, "id", r.id);
    WriteMember(w, "question", r.question);
    WriteMember(w, "answer", r.answer);
    WriteMember(w, "label", r.label);
    w.EndObject();
  }
  w.EndArray();
}

template <class W>
void WriteStrings(W& w, const std::vector<std::string>& list) {
  w.BeginArray();
  for (const auto& s : list) w.String(s);
  w.EndArray();
}

/// {"node":{…},"back","path","trail","answers","error"?}.
template <class W>
void WriteWalkthroughView(W& w, const WalkthroughView& v) {
  const WalkthroughScreen& n = v.node;
  w.BeginObject();
  w.Key("node");
  w.BeginObject();
  WriteMember(w, "id", n.id);
  WriteMember(w, "type", n.type);
  WriteMember(w, "provision", n.provision);
  WriteMember(w, "title", n.title);
  if (!n.hint.empty()) WriteMember(w, "hint", n.hint);
  w.Key("body");
  WriteStrings(w, n.body);
  w.Key("show");
  WriteStrings(w, n.show);
  if (n.type == "choice") {
    w.Key("choices");
    w.BeginArray();
    for (const auto& c : n.choices) {
      w.BeginObject();
      WriteMember(w, "value", c.value);
      WriteMember(w, "label", c.label);
      if (!c.hint.empty()) WriteMember(w, "hint", c.hint);
      w.EndObject();
    }
    w.EndArray();
  }
  if (n.type == "text") {
    w.Key("required");
    w.Bool(n.required);
    WriteMember(w, "max_length", n.max_length);
    WriteMember(w, "rows", n.rows);
  }
  if (n.type == "date") WriteMember(w, "field_name", n.field_name);
  if (n.value) WriteMember(w, "value", *n.value);
  if (n.type == "check") {
    w.Key("rows");
    WriteAnswerRows(w, n.check_rows);
  }
  if (n.letter) {
    w.Key("letter");
    w.BeginObject();
    WriteMember(w, "subject", n.letter->subject);
    WriteMember(w, "text", n.letter->text);
    w.EndObject();
  }
  if (n.shows_deadlines) {
    w.Key("deadlines");
    if (n.deadlines) WriteDeadlineResult(w, *n.deadlines, true);
    else if (n.deadlines_error) WriteErrorAnswer(w, *n.deadlines_error);
    else w.Null();
  }
  if (!n.next_steps.empty()) {
    w.Key("next_steps");
    WriteStrings(w, n.next_steps);
  }
  if (!n.escalate.empty()) {
    w.Key("escalate");
    w.BeginObject();
    WriteMember(w, "at", n.escalate);
    w.Key("answers");
    w.BeginObject();
    for (const auto& [id, answer] : n.escalate_answers) WriteMember(w, id.c_str(), answer);
    w.EndObject();
    w.EndObject();
  }
  if (n.window) {
    w.Key("window");
    w.BeginObject();
    WriteMember(w, "from", n.window->from.Iso());
    WriteMember(w, "until", n.window->until.Iso());
    WriteMember(w, "until_long", n.window->until.Long());
    WriteMember(w, "months", n.window->months);
    w.Key("passed");
    w.Bool(n.window->passed);
    w.EndObject();
  }
  w.EndObject();
  w.Key("back");
  if (v.back) w.String(*v.back);
  else w.Null();
  w.Key("path");
  WriteAnswerRows(w, v.path);
  w.Key("trail");
  WriteStrings(w, v.trail);
  w.Key("answers");
  w.BeginObject();
  for (const auto& [id, answer] : v.answers) WriteMember(w, id.c_str(), answer);
  w.EndObject();
  if (v.error) {
    w.Key("error");
    WriteError(w, *v.error);
  }
  w.EndObject();
}

/// A walkthrough request (text that may not be JSON) answered: the screen to show, or {"error":{…}}.
template <class V, class W>
void AnswerWalkthrough(const V& request, W& w) {
  Diagnostic error;
  WalkthroughRequest req;
  std::optional<WalkthroughView> view;
  if (!request.Parsed()) Fail(&error, "invalid_json", "", "the request is not valid JSON");
  else if (ReadWalkthroughRequest(request, &req, &error)) view = ShowWalkthrough(req, &error);
  if (view) WriteWalkthroughView(w, *view);
  else WriteErrorAnswer(w, error);
}

}  // namespace cs::json_shape
