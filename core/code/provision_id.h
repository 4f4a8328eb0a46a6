// Provision ids of the Complaint Handling Code ("6.3"): strict parsing and numeric order.
#pragma once

#include <optional>
#include <string_view>
#include <utility>

namespace cs {

/// Provision ids parse "6.3" -> {6,3}. Strict: digits, one dot, digits; no spaces, signs or leading zeros.
std::optional<std::pair<int, int>> ParseProvisionId(std::string_view id);

/// Orders ids numerically ("6.10" after "6.9"). Ids that do not parse sort after all valid ones.
bool ProvisionIdLess(std::string_view a, std::string_view b);

}  // namespace cs
