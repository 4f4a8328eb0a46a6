// The date a build or a check counts from, read at the edge (the generator and the checks take it as an argument).
#pragma once

#include <optional>
#include <string>

#include "date.h"
#include "diagnostic.h"

namespace cs {

/// `today` (YYYY-MM-DD) when it is given (--today); else the UTC date of SOURCE_DATE_EPOCH (seconds since 1970, the
/// reproducible-builds convention) when it is set; else the clock's UTC date. When --today or SOURCE_DATE_EPOCH is
/// not valid: nothing, and `problem` (code today.invalid) names which and says why.
std::optional<Date> ResolveToday(const std::string& today, Diagnostic* problem);

}  // namespace cs
