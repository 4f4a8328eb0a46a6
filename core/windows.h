// The two 12-month windows: raising a complaint (Code 2.3) and referring to the Ombudsman after the final response.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "date.h"
#include "deadlines.h"

namespace cs {

struct WindowResult {
  std::string kind;       ///< "complaint" or "ombudsman"
  Date from;              ///< the issue (or when the resident found out), or the final response
  Date closes;            ///< last day inside the window: the same date 12 calendar months later;
                          ///< from 29 February it is 28 February (AddMonthsClamped)
  int months = 12;
  std::string provision;  ///< "2.3" for the complaint window
  std::optional<bool> open;  ///< set when `today` is given
  std::string message;    ///< plain English; outside the complaint window: "the landlord must consider accepting it"
};

/// `kind` is "complaint" or "ombudsman"; `code` picks the Code's window rule ("2024" default).
std::optional<WindowResult> ComputeWindow(std::string_view kind, Date from, std::optional<Date> today,
                                          InputError* error, const Engine& engine = Engine(),
                                          std::string_view code = "2024");

/// {"kind":"complaint"|"ombudsman","from":"YYYY-MM-DD","today":"YYYY-MM-DD"?,"code":"2024"?} in;
/// {"kind","from","closes","months","provision","open"?,"message"} or {"error":{...}} out.
std::string WindowJson(std::string_view request_json, const Engine& engine = Engine());

}  // namespace cs
