// The engine's C interface for JavaScript: JSON string in, JSON string out, in the shape core/json/*_shape.h gives
// (the same bytes as the native edge, core/json/engine_json.cc), read and written by the widget's own codec
// (json_codec.h). The only file that includes Emscripten headers. Returned strings are malloc'd; JavaScript frees them
// with cs_free_string. Compiled twice (cmake/wasm.cmake): widget.wasm has every function; widget-deadlines.wasm, the
// calculator alone for the site's /deadlines/ page, is built with CS_WIDGET_CALCULATOR_ONLY and has no cs_walkthrough,
// so the walkthrough's code and sentences stay out of it.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "date_input_shape.h"
#include "deadlines_shape.h"
#include "json_codec.h"
#ifndef CS_WIDGET_CALCULATOR_ONLY
#include "walkthrough_shape.h"
#endif

namespace {

using cs::widget::Json;
using cs::widget::JsonRef;
using cs::widget::JsonText;
using cs::widget::ParseJson;

char* Copy(const JsonText& text) {
  const std::string& s = text.Text();
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}

}  // namespace

extern "C" {

/// Deadline request JSON in, result JSON out (README "The JSON"; core/code/deadlines.h).
EMSCRIPTEN_KEEPALIVE char* cs_deadlines(const char* request_json) {
  Json request = ParseJson(request_json);
  JsonText out;
  cs::json_shape::AnswerDeadlines(JsonRef(&request), out, false, nullptr);
  return Copy(out);
}

/// The same request; the result with dates written out and rule summaries (the widget's view). `words_json` (may be
/// null) is a translation's "engine" object: the next-step sentences it has are in the site's language.
EMSCRIPTEN_KEEPALIVE char* cs_deadlines_view(const char* request_json, const char* words_json) {
  cs::EngineWords words;
  if (words_json) {
    Json parsed = ParseJson(words_json);
    cs::json_shape::ReadEngineWords(JsonRef(&parsed), "", &words);
  }
  Json request = ParseJson(request_json);
  JsonText out;
  cs::json_shape::AnswerDeadlines(JsonRef(&request), out, true, &words);
  return Copy(out);
}

#ifndef CS_WIDGET_CALCULATOR_ONLY
/// Walkthrough request JSON in, the screen to show out (docs/widget.md; core/code/walkthrough.h).
EMSCRIPTEN_KEEPALIVE char* cs_walkthrough(const char* request_json) {
  Json request = ParseJson(request_json);
  JsonText out;
  cs::json_shape::AnswerWalkthrough(JsonRef(&request), out);
  return Copy(out);
}
#endif

/// A date typed as day, month and year boxes in, a date or a GOV.UK-style error out (core/calendar/date_input.h); the
/// request's "words" (a translation's "engine" object) give the error messages it has in the site's language.
EMSCRIPTEN_KEEPALIVE char* cs_date_input(const char* request_json) {
  Json request = ParseJson(request_json);
  JsonText out;
  cs::json_shape::AnswerDateInput(JsonRef(&request), out);
  return Copy(out);
}

/// {"date": "2025-03-21", "language": "cy"} in, {"long": "Dydd Gwener 21 Mawrth 2025"} out (core/calendar/date_format.h;
/// a language without date names gets English); {"error": "..."} for a date that is not YYYY-MM-DD.
EMSCRIPTEN_KEEPALIVE char* cs_long_date(const char* request_json) {
  Json request = ParseJson(request_json);
  JsonText out;
  cs::json_shape::AnswerLongDate(JsonRef(&request), out);
  return Copy(out);
}

EMSCRIPTEN_KEEPALIVE void cs_free_string(char* s) { std::free(s); }

}  // extern "C"
