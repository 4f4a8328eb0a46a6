// A date typed into the GOV.UK date-input pattern (day, month and year boxes), checked with GOV.UK-style
// messages. Shared by the calculator and the walkthrough in the widget.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "date.h"
#include "diagnostic.h"
#include "messages.h"

namespace cs {

/// Reads day, month and year as typed: spaces ignored; "3" and "03"; months also as names or their first
/// three letters ("mar", "March", "sept"). `field` names the date in messages ("the date the complaint was
/// received"). With `today`, a later date is an error. Never reads the clock. Messages are engine.errors.date_*
/// words (English, or a live MessageOverlay's). On an error `error` gets its code ("missing", "incomplete",
/// "not_a_number", "year_digits", "not_real", "in_future", "out_of_range"), its `field` the box to link to ("day",
/// "month", "year" or "" for the whole date) and the message.
std::optional<Date> ParseDateInput(std::string_view day, std::string_view month, std::string_view year,
                                   std::string_view field, const std::optional<Date>& today, Diagnostic* error);

/// A typed date as the widget asks about it (cs_date_input; JSON edges in core/json and wasm/).
struct DateInputRequest {
  std::string day, month, year;  ///< as typed
  std::string field = "the date";  ///< names the date in messages
  std::optional<Date> today;       ///< a later date is an error
  EngineWords words;               ///< a translation's engine words: its errors.date_* messages, English for the rest
};

/// ParseDateInput for `request`, with its words over the English messages.
std::optional<Date> CheckDateInput(const DateInputRequest& request, Diagnostic* error);

}  // namespace cs
