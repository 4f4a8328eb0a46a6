// Which links may appear in a landlord's content: http(s), mailto, tel and site-relative; never javascript: or data:.
#pragma once

#include <string>
#include <string_view>

namespace cs {

enum class LinkKind {
  Empty,         ///< nothing but spaces
  Http,          ///< http://…
  Https,         ///< https://…
  Mailto,        ///< mailto:…
  Tel,           ///< tel:…
  SiteRelative,  ///< "/policy/", "policy/", "#section", "?q" — stays on the site
  Unsafe,        ///< any other scheme (javascript:, data:, vbscript:, file:…), or "//host" and "/\host"
};

/// Classifies `url` the way a browser would read it: surrounding spaces and control characters are
/// ignored, tabs and line breaks inside are removed, and the scheme is case-insensitive.
LinkKind ClassifyLink(std::string_view url);

/// True for every kind except Unsafe and Empty.
bool IsSafeLink(std::string_view url);

/// The scheme as a browser would see it, lower-cased ("javascript"), or "" when there is none.
std::string LinkScheme(std::string_view url);

}  // namespace cs
