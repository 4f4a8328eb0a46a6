// The engine's C interface for JavaScript: JSON string in, JSON string out. The only file that
// includes Emscripten headers. Returned strings are malloc'd; JavaScript frees them with cs_free_string.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include <nlohmann/json.hpp>

#include "date_format.h"
#include "date_input.h"
#include "deadlines.h"
#include "deadlines_view.h"
#include "messages.h"
#include "walkthrough.h"

namespace {
char* Copy(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}
}  // namespace

extern "C" {

/// Deadline request JSON in, result JSON out (see core/code/deadlines.h).
EMSCRIPTEN_KEEPALIVE char* cs_deadlines(const char* request_json) { return Copy(cs::DeadlinesJson(request_json)); }

/// The same request; the result with dates written out and rule summaries (core/code/deadlines_view.h). `words_json`
/// (may be null) is a translation's "engine" object: the next-step sentences it has are in the site's language.
EMSCRIPTEN_KEEPALIVE char* cs_deadlines_view(const char* request_json, const char* words_json) {
  cs::MessageOverlay overlay(words_json ? std::string_view(words_json) : std::string_view());
  return Copy(cs::DeadlinesViewJson(request_json));
}

/// Walkthrough request JSON in, the screen to show out (core/code/walkthrough.h).
EMSCRIPTEN_KEEPALIVE char* cs_walkthrough(const char* request_json) { return Copy(cs::WalkthroughJson(request_json)); }

/// A date typed as day, month and year boxes in, a date or a GOV.UK-style error out (core/calendar/date_input.h); the
/// request's "words" (a translation's "engine" object) give the error messages it has in the site's language.
EMSCRIPTEN_KEEPALIVE char* cs_date_input(const char* request_json) { return Copy(cs::DateInputJson(request_json)); }

/// {"date": "2025-03-21", "language": "cy"} in, {"long": "Dydd Gwener 21 Mawrth 2025"} out (core/calendar/date_format.h;
/// a language without date names gets English); {"error": "..."} for a date that is not YYYY-MM-DD.
EMSCRIPTEN_KEEPALIVE char* cs_long_date(const char* request_json) {
  auto request = nlohmann::json::parse(request_json, nullptr, false);
  nlohmann::json out = nlohmann::json::object();
  auto date = request.is_object() && request.contains("date") && request["date"].is_string()
                  ? cs::ParseIsoDate(request["date"].get<std::string>())
                  : std::nullopt;
  std::string language = request.is_object() ? request.value("language", "en") : "en";
  if (date) out["long"] = cs::FormatLongDate(*date, language);
  else out["error"] = "\"date\" must be a date written YYYY-MM-DD";
  return Copy(out.dump());
}

EMSCRIPTEN_KEEPALIVE void cs_free_string(char* s) { std::free(s); }

}  // extern "C"
