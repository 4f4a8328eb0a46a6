// Small HTML helpers for the generator: escaping, safe URLs, heading slugs, content hashes, colour contrast.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace cs {

/// Escapes & < > " ' for use in HTML text and quoted attribute values.
std::string EscapeHtml(std::string_view text);

/// True for URLs a resident's browser may follow from generated pages: relative paths, #fragments,
/// http:, https:, mailto:, tel: and "" (this page). False for javascript:, data:, vbscript:, file:, any other
/// scheme, "//host" and anything else core/content/link_safety.h's ClassifyLink calls Unsafe (it is the one rule).
bool IsSafeUrl(std::string_view url);

/// True when `url` points inside the generated site ("/policy/", "policy/", "#x"), not to another host
/// (ClassifyLink's SiteRelative or Empty).
bool IsSiteUrl(std::string_view url);

/// A heading id: lower-case ASCII letters and digits, other runs of characters become "-";
/// "What is a complaint?" -> "what-is-a-complaint". Never empty ("section").
std::string Slugify(std::string_view text);

/// FNV-1a 64-bit hash of `bytes` (deterministic, not cryptographic).
std::uint64_t Fnv1a64(std::string_view bytes);

/// The first `digits` hex digits of Fnv1a64(bytes), used in asset file names ("site.3f2a9c1e.css").
std::string ContentHash(std::string_view bytes, int digits = 8);

/// An sRGB colour.
struct Rgb {
  int r = 0, g = 0, b = 0;
};

/// Parses "#rrggbb" or "#rgb" (case-insensitive).
std::optional<Rgb> ParseHexColour(std::string_view text);

/// WCAG 2.x relative luminance, 0 (black) to 1 (white).
double RelativeLuminance(Rgb c);

/// WCAG 2.x contrast ratio between two colours, 1 to 21.
double ContrastRatio(Rgb a, Rgb b);

}  // namespace cs
