// The JSON shape of the engine's requests and answers, written once for its two encoders: nlohmann/json natively
// (core/json/engine_json.cc: the CLI, tests, fuzzers) and the widget's own small codec (wasm/json_codec.h). Header
// only, with no JSON library: each function is a template over
//
//   V, a read-only JSON value (a cheap handle):
//     bool Parsed() const;     false for text that is not JSON
//     bool Exists() const;     false for a member that is not there
//     bool IsNull(), IsBool(), IsInt() (a number without fraction or exponent), IsString(), IsArray(), IsObject();
//     bool Bool(); long long Int(); const std::string& Str();
//     V Member(std::string_view key) const;         the member (the last one when a key is repeated)
//     void ForEachMember(F f) const;                f(const std::string& key, const V& value), each key once
//     void ForEachItem(F f) const;                  f(const V& value), in order
//   W, a JSON writer:
//     BeginObject(), EndObject(), BeginArray(), EndArray(), Key(std::string_view), String(std::string_view),
//     Int(long long), Bool(bool), Null()
//
// so that both give the same answer, byte for byte, for the same request (tests/wasm/widget.test.mjs). Nothing here
// depends on the order an encoder keeps an object's members in: where a rule picks one member ("the first unknown
// field") it picks the smallest key.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "date.h"
#include "diagnostic.h"
#include "messages.h"

namespace cs::json_shape {

/// A member that is missing or null: the request leaves it out.
template <class V>
bool Absent(const V& v) {
  return !v.Exists() || v.IsNull();
}

inline bool Fail(Diagnostic* error, std::string code, std::string field, std::string message) {
  *error = InputError(std::move(code), std::move(field), std::move(message));
  return false;
}

/// The smallest key of the object `in` that is not in `known` (empty when every key is known).
template <class V, size_t N>
std::string UnknownKey(const V& in, const char* const (&known)[N]) {
  std::string unknown;
  bool any = false;
  in.ForEachMember([&](const std::string& key, const V&) {
    for (const char* k : known)
      if (key == k) return;
    if (!any || key < unknown) unknown = key, any = true;
  });
  return unknown;
}

/// A translation's "engine" words (an object of objects of strings) as dotted keys: {"next_steps":{"a":"…"}} gives
/// {"next_steps.a", "…"}. Values that are not strings are left out.
template <class V>
void ReadEngineWords(const V& words, const std::string& prefix, EngineWords* out) {
  if (words.IsString()) {
    if (!prefix.empty()) out->push_back({prefix, words.Str()});
    return;
  }
  if (!words.IsObject()) return;
  words.ForEachMember([&](const std::string& key, const V& value) {
    ReadEngineWords(value, prefix.empty() ? key : prefix + "." + key, out);
  });
}

/// {"code","field","message"} (the deadline calculator and the walkthrough) or, with `field_key` "part", a typed
/// date's {"code","part","message"}.
template <class W>
void WriteError(W& w, const Diagnostic& e, const char* field_key = "field") {
  w.BeginObject();
  w.Key("code");
  w.String(e.code);
  w.Key(field_key);
  w.String(e.field);
  w.Key("message");
  w.String(e.message);
  w.EndObject();
}

/// {"error":{…}}: a request that has no answer.
template <class W>
void WriteErrorAnswer(W& w, const Diagnostic& e, const char* field_key = "field") {
  w.BeginObject();
  w.Key("error");
  WriteError(w, e, field_key);
  w.EndObject();
}

template <class W>
void WriteMember(W& w, const char* key, std::string_view value) {
  w.Key(key);
  w.String(value);
}

template <class W>
void WriteMember(W& w, const char* key, int value) {
  w.Key(key);
  w.Int(value);
}

}  // namespace cs::json_shape
