// Reads a landlord's closure days: one `YYYY-MM-DD [title]` a line (# starts a comment), or a JSON list.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "working_days.h"

namespace cs {

/// Parses closure days from `text`; `name` is used in error messages ("closures.txt:3:1: ...").
std::optional<std::vector<Closure>> ParseClosures(const std::string& text, const std::string& name, std::string* error);

}  // namespace cs
