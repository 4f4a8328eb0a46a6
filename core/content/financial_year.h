// The one rule for a financial year's name, "2025-26": 1 April 2025 to 31 March 2026, the second part the year
// after the first. Self-assessments, annual reports, `import --year` and `init --year` all use it.
#pragma once

#include <string>
#include <string_view>

#include "date.h"

namespace cs {

/// True for "YYYY-YY" whose second part is the two last digits of the year after the first ("2025-26", "1999-00");
/// false for "2025", "2025-27", "2025-2026".
bool IsFinancialYear(std::string_view name);

/// The financial year `day` falls in: "2025-26" for any day from 1 April 2025 to 31 March 2026.
std::string FinancialYearOf(Date day);

/// The financial year before `name` ("2024-25" for "2025-26"). `name` must be a financial year.
std::string PreviousFinancialYear(std::string_view name);

/// The first day (1 April) and the last day (31 March) of financial year `name`, which must be one.
Date FinancialYearStart(std::string_view name);
Date FinancialYearEnd(std::string_view name);

}  // namespace cs
