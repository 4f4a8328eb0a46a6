// Plain-English sentences kept as data (core/data/next-steps.en.json), filled with named values.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cs {

using MessageValues = std::vector<std::pair<std::string, std::string>>;

/// The sentence `key` with each `{name}` replaced by its value. Unknown keys give an empty string.
std::string Message(std::string_view key, const MessageValues& values);

/// Replaces `{name}` placeholders in `text`.
std::string FillPlaceholders(std::string_view text, const MessageValues& values);

}  // namespace cs
