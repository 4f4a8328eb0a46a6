// The one deadline calculation: when must the landlord acknowledge and respond to a complaint?
// Used by the CLI, the site generator and (through wasm/) the browser widget. Plain structs in and out; the JSON
// shape (README "The JSON") is written at the edges: core/json (nlohmann/json) and wasm/ (the widget's codec).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bank_holidays.h"
#include "date.h"
#include "diagnostic.h"
#include "timescales.h"
#include "working_days.h"

namespace cs {

struct DeadlineRequest {
  std::string code = "2024";  ///< "2024", "2022" or "auto" (by `received`: 2022 before 1 April 2024)
  std::string nation = "england-and-wales";
  int stage = 1;
  Date received;                           ///< the complaint (stage 1) or escalation request (stage 2)
  std::optional<Date> acknowledged;        ///< when the landlord actually acknowledged
  std::optional<int> extension_working_days;  ///< an agreed extension; 0 = none
  /// the new response date the landlord gave when it told the resident it needed more time (6.4, 6.15); the
  /// extension is the working days from the Code's response date to it. Not together with extension_working_days.
  std::optional<Date> extended_to;
  std::optional<Date> responded;  ///< when the landlord's response came, if it has
  std::vector<Closure> closures;  ///< the landlord's closure days: listed for information, they never move a date
  std::optional<Date> today;
};

struct Milestone {
  std::string id;
  Date due;
  int working_days = 0;
  std::string counted_from;
  std::string provision;
  std::string summary;
  std::string assumed;  ///< set when counted from an assumed date
  std::string note;
  std::optional<Date> actual;  ///< acknowledge: the real acknowledgement date when given
  int late_by = 0;             ///< working days `actual` was after `due`
  /// response, when the acknowledgement was late: the date it would have been due had the landlord acknowledged
  /// on the last allowed day (`due` itself counts from the actual acknowledgement, as the Code is written)
  std::optional<Date> due_if_acknowledged_on_time;
  int maximum = 0;             ///< extension: the Code's maximum, when `working_days` exceeds it
  int limit = 0;  ///< extension the resident was told of: the working days the Code allows without a good reason
};

/// The response the resident has had, judged against the date that counts: the extended date when the landlord told
/// the resident of one (6.4, 6.15), else the response date (6.3, 6.14).
struct ResponseReceived {
  Date on;
  std::string milestone;  ///< "response" or "extended_response": the date it is judged against
  Date due;
  int late_by = 0;  ///< working days `on` was after `due`; 0 = on time
};

struct DeadlineStatus {
  Date today;
  std::string milestone;
  int working_day = 0;
  int of = 0;
  int overdue_by = 0;
};

struct DeadlineResult {
  std::string code;
  std::string code_title;  ///< "Complaint Handling Code (2024)"
  std::string nation;
  int stage = 1;
  Date received;
  std::vector<Milestone> milestones;
  std::optional<DeadlineStatus> status;  ///< where today falls; absent once the response has come
  std::optional<ResponseReceived> responded;
  /// "on-time" or "late" once the response has come; else, with `today`, "due" or "overdue"; else empty
  std::string outcome;
  std::vector<NonWorkingDay> holidays_in_range;  ///< bank holidays after `received` up to the last date
  std::vector<Closure> closures_in_range;        ///< closures on working days in that range: still counted
  std::string next_step;

  const Milestone* Find(std::string_view id) const;
};

/// The rule sets a calculation uses. Default() is the built-in data.
struct Engine {
  const BankHolidays* holidays = &BankHolidays::Default();
  const Timescales* timescales = &Timescales::Default();
};

/// Computes every milestone for `req`. Returns nothing and fills `error` if the request is invalid: its `code` one of
/// the README's (e.g. "acknowledged_before_received"), its `field` the request's field ("acknowledged").
std::optional<DeadlineResult> ComputeDeadlines(const DeadlineRequest& req, Diagnostic* error,
                                               const Engine& engine = Engine());

}  // namespace cs
