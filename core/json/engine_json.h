// The engine's JSON edge natively (nlohmann/json): what `complaints-site deadlines --format json` and
// `complaints-site walkthrough` print, and what the tests and fuzzers call. The widget answers the same requests
// with the same bytes through wasm/bindings.cc (its own codec); both follow core/json/*_shape.h.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "deadlines.h"
#include "messages.h"

namespace cs {

/// The result in the documented JSON shape (keys in a fixed order; README "The JSON").
nlohmann::ordered_json DeadlineResultToJson(const DeadlineResult& result);

/// JSON in, JSON out (the documented shape, or {"error":{"code","field","message"}}).
std::string DeadlinesJson(std::string_view request_json, const Engine& engine = Engine());

/// Like DeadlinesJson (same request, same errors) but the widget's view: dates written out ("received_long",
/// "due_long" …), each rule's "summary" and "code_title". `words` (may be null): a translation's next-step sentences.
std::string DeadlinesViewJson(std::string_view request_json, const EngineWords* words = nullptr);

/// {"answers":{...},"at"?,"today"?,"landlord"?,"nation"?,"code"?,"closures"?,"words"?} -> {"node":{...},"back","path",
/// "trail","answers","error"?} or {"error":{"code","field","message"}}. See docs/widget.md.
std::string WalkthroughJson(std::string_view request_json);

/// {"day","month","year","field","today"?,"words"?} -> {"date":"YYYY-MM-DD","long":"..."} or
/// {"error":{"code","part","message"}} (core/calendar/date_input.h).
std::string DateInputJson(std::string_view request_json);

/// A translation's "engine" object as the engine takes it: each string by its dotted key ("next_steps.plan_stage1").
EngineWords EngineWordsFromJson(const nlohmann::json& engine_words);

}  // namespace cs
