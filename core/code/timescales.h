// The Complaint Handling Code's timescales (2024 and 2022), from core/data/timescales.json (compiled in as tables:
// core/code/code_tables.h).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"

namespace cs {

/// One deadline rule: `working_days` after the milestone named by `counted_from`
/// ("received" or the id of an earlier milestone).
struct MilestoneRule {
  std::string id;            ///< "acknowledge", "response", "extended_response"
  int working_days = 0;
  std::string counted_from;  ///< "received", "acknowledge", "response"
  std::string provision;     ///< Code provision, e.g. "6.2"
  std::string summary;       ///< plain-English description
  std::string note;          ///< caveat shown with the milestone (e.g. the 2022 "days" wording)
  bool extension = false;    ///< an optional extension whose length is capped at working_days without a good reason
  std::string ombudsman_details;  ///< extension: the provision requiring the Ombudsman's contact details ("6.5"), or empty
};

struct CodeTimescales {
  std::string id;     ///< "2024" or "2022"
  std::string title;  ///< "Complaint Handling Code (2024)"
  std::map<int, std::vector<MilestoneRule>> stages;
  int complaint_window_months = 12;
  std::string complaint_window_provision;
  int ombudsman_window_months = 12;
};

class Timescales {
 public:
  /// The built-in timescales. Built once; thread-compatible after first use.
  static const Timescales& Default();

  const CodeTimescales* Find(std::string_view code) const;
  /// The Code that applies to a complaint received on `received`: 2022 before the switch date, else 2024.
  std::string CodeFor(Date received) const { return received < auto_switch_ ? "2022" : "2024"; }
  Date AutoSwitchDate() const { return auto_switch_; }
  const std::vector<CodeTimescales>& Codes() const { return codes_; }
  /// The bank holidays residents' dates leave out: the Code is for landlords in England, so gov.uk's
  /// "england-and-wales" division (the engine keeps the other nations' calendars for other regimes).
  const std::string& BankHolidayDivision() const { return bank_holidays_; }

 private:
  std::vector<CodeTimescales> codes_;
  std::string bank_holidays_ = "england-and-wales";
  Date auto_switch_{2024, 4, 1};
};

}  // namespace cs
