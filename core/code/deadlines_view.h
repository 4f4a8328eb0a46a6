// The deadline result as the widget shows it: the engine's JSON plus dates written out and each rule's summary.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "deadlines.h"

namespace cs {

/// DeadlineResultToJson(result) plus "received_long", "code_title" ("Complaint Handling Code (2024)"), per milestone
/// "due_long", "summary" (and "actual_long", "due_if_acknowledged_on_time_long"), per holiday and closure
/// "date_long", and "status"."today_long".
nlohmann::ordered_json DeadlineViewToJson(const DeadlineResult& result);

/// Like DeadlinesJson (same request, same errors) but answers with DeadlineViewToJson.
std::string DeadlinesViewJson(std::string_view request_json, const Engine& engine = Engine());

}  // namespace cs
