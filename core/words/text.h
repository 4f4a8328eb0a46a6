// Small text helpers shared by every library (header-only, so the widget pays only for what it uses).
#pragma once

#include <string>
#include <string_view>

namespace cs {

/// `s` without the ASCII white space (space, tab, CR, LF, vertical tab, form feed) at either end, as a view into
/// `s`. The one definition of trimming: every parser, the importer, the renderer and the server use it.
constexpr std::string_view TrimView(std::string_view s) {
  constexpr std::string_view kSpace = " \t\r\n\v\f";
  size_t first = s.find_first_not_of(kSpace);
  if (first == std::string_view::npos) return {};
  return s.substr(first, s.find_last_not_of(kSpace) - first + 1);
}

/// TrimView as a string of its own.
inline std::string Trim(std::string_view s) { return std::string(TrimView(s)); }

}  // namespace cs
