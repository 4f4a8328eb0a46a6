// gov.uk's bank-holidays.json feed (https://www.gov.uk/bank-holidays.json), read for `deadlines --bank-holidays`.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "bank_holidays.h"
#include "diagnostic.h"

namespace cs {

/// The feed's holidays ({"<division>":{"events":[{"date","title","notes"}]}}; "Substitute day" notes mark
/// substitutes), for BankHolidays::Replace. Nothing, and `error` (code "bank_holidays.feed", a message naming the
/// problem), when it is malformed.
std::optional<std::vector<DivisionHoliday>> ReadBankHolidayFeed(std::string_view feed_json, Diagnostic* error);

}  // namespace cs
