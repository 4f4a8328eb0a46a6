// A date typed into the GOV.UK date-input pattern (day, month and year boxes), checked with GOV.UK-style
// messages. Shared by the calculator and the walkthrough in the widget.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "date.h"

namespace cs {

/// An error in a typed date. `part` is "day", "month", "year" or "" (the whole date).
struct DateInputError {
  std::string code;  ///< "missing", "incomplete", "not_a_number", "year_digits", "not_real", "in_future", "out_of_range"
  std::string part;
  std::string message;  ///< e.g. "The date the complaint was received must include a month"
};

/// Reads day, month and year as typed: spaces ignored; "3" and "03"; months also as names or their first
/// three letters ("mar", "March", "sept"). `field` names the date in messages ("the date the complaint was
/// received"). With `today`, a later date is an error. Never reads the clock. Messages are engine.errors.date_*
/// words (English, or a live MessageOverlay's).
std::optional<Date> ParseDateInput(std::string_view day, std::string_view month, std::string_view year,
                                   std::string_view field, const std::optional<Date>& today, DateInputError* error);

/// JSON in ({"day","month","year","field","today"?,"words"?}; "words" is a translation's "engine" object, whose
/// "errors" replace English messages key by key), JSON out ({"date":"YYYY-MM-DD","long":"..."} or
/// {"error":{"code","part","message"}}).
std::string DateInputJson(std::string_view request_json);

}  // namespace cs
