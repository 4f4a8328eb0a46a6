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
  Unsafe,        ///< any other scheme (javascript:, data:, vbscript:, file:…), "//host", a backslash or a
                 ///< control character anywhere, or a ':' or '&' before the first / ? # without a scheme
};

/// Classifies `url` the way a browser would read it, and refuses what could read differently: surrounding
/// spaces and control characters are ignored, the scheme is case-insensitive, and a link with a tab, line
/// break, other control character or backslash inside is Unsafe (browsers drop or rewrite them, so
/// "java\tscript:" runs). The one rule for links: site.json and self-assessment checks, the importer and the
/// generator's IsSafeUrl (site/html.h) all use it. Character references are not decoded: Markdown decodes them before
/// this is asked, and "javascript&#58;x" without a scheme is Unsafe.
LinkKind ClassifyLink(std::string_view url);

/// True for every kind except Unsafe and Empty (for content that must link somewhere).
bool IsSafeLink(std::string_view url);

/// The scheme as a browser would see it, lower-cased ("javascript"), or "" when there is none.
std::string LinkScheme(std::string_view url);

}  // namespace cs
