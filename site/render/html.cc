// Small HTML helpers for the generator: escaping, safe URLs, heading slugs, content hashes, colour contrast.
#include "html.h"

#include <cctype>
#include <cmath>
#include <utility>

#include "link_safety.h"

namespace cs {

std::string EscapeHtml(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

bool IsSafeUrl(std::string_view url) { return ClassifyLink(url) != LinkKind::Unsafe; }

bool IsSiteUrl(std::string_view url) {
  LinkKind kind = ClassifyLink(url);
  return kind == LinkKind::SiteRelative || kind == LinkKind::Empty;
}

std::string Slugify(std::string_view text) {
  std::string out;
  bool dash = false;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) {
      if (dash && !out.empty()) out += '-';
      dash = false;
      out += static_cast<char>(std::tolower(u));
    } else if (c == '\'') {
      // apostrophes vanish: "landlord's" -> "landlords"
    } else {
      dash = true;
    }
  }
  return out.empty() ? "section" : out;
}

std::uint64_t Fnv1a64(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string ContentHash(std::string_view bytes, int digits) {
  static const char* kHex = "0123456789abcdef";
  std::uint64_t h = Fnv1a64(bytes);
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 0xf];
  return out.substr(0, digits < 1 ? 1 : digits > 16 ? 16 : digits);
}

std::optional<Rgb> ParseHexColour(std::string_view text) {
  if (text.empty() || text[0] != '#') return std::nullopt;
  auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  std::string_view h = text.substr(1);
  for (char c : h)
    if (hex(c) < 0) return std::nullopt;
  if (h.size() == 3) return Rgb{hex(h[0]) * 17, hex(h[1]) * 17, hex(h[2]) * 17};
  if (h.size() == 6) return Rgb{hex(h[0]) * 16 + hex(h[1]), hex(h[2]) * 16 + hex(h[3]), hex(h[4]) * 16 + hex(h[5])};
  return std::nullopt;
}

double RelativeLuminance(Rgb c) {
  auto channel = [](int v) {
    double s = v / 255.0;
    return s <= 0.04045 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
  };
  return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
}

double ContrastRatio(Rgb a, Rgb b) {
  double la = RelativeLuminance(a), lb = RelativeLuminance(b);
  if (la < lb) std::swap(la, lb);
  return (la + 0.05) / (lb + 0.05);
}

}  // namespace cs
