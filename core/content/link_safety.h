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
/// generator's IsSafeUrl (site/render/html.h) all use it. Character references are not decoded: Markdown decodes them before
/// this is asked, and "javascript&#58;x" without a scheme is Unsafe.
LinkKind ClassifyLink(std::string_view url);

/// True for every kind except Unsafe and Empty (for content that must link somewhere).
bool IsSafeLink(std::string_view url);

/// The scheme as a browser would see it, lower-cased ("javascript"), or "" when there is none.
std::string LinkScheme(std::string_view url);

/// Why a link is refused, in plain English, and how to fix it: one sentence each, for a diagnostic's message
/// and fix. Both are empty when ClassifyLink(url) is not Unsafe.
struct UnsafeLinkReason {
  std::string why;  ///< e.g. "\"javascript:\" links run code in the reader's browser"
  std::string fix;  ///< e.g. "link to a web page with https://, an email address with mailto: ..."
};

/// The reason ClassifyLink calls `url` Unsafe: a control character or backslash inside it, a scheme that is
/// not http(s), mailto or tel (a web address without https:// in front is named as such), "//host", or a ':'
/// or '&' before the first / ? # of a link without a scheme.
UnsafeLinkReason ExplainUnsafeLink(std::string_view url);

/// `url` as a diagnostic can quote it: at most `max_characters` characters (then "…"), with control
/// characters written as \t, \n, \r or \xNN so that a message stays on one line.
std::string LinkForMessage(std::string_view url, size_t max_characters = 60);

}  // namespace cs
