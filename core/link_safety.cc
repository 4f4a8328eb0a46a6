// Link classification for content URLs.
#include "link_safety.h"

namespace cs {
namespace {

// What a browser's URL parser sees: no leading/trailing C0 controls or spaces, no tabs or newlines inside.
std::string Normalise(std::string_view url) {
  size_t b = 0, e = url.size();
  while (b < e && static_cast<unsigned char>(url[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(url[e - 1]) <= 0x20) --e;
  std::string out;
  out.reserve(e - b);
  for (size_t i = b; i < e; ++i)
    if (url[i] != '\t' && url[i] != '\n' && url[i] != '\r') out += url[i];
  return out;
}

bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

}  // namespace

std::string LinkScheme(std::string_view url) {
  std::string s = Normalise(url);
  if (s.empty() || !IsAlpha(s[0])) return "";
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == ':') {
      std::string scheme = s.substr(0, i);
      for (char& ch : scheme)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      return scheme;
    }
    if (!(IsAlpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) return "";
  }
  return "";
}

LinkKind ClassifyLink(std::string_view url) {
  size_t b = 0, e = url.size();
  while (b < e && static_cast<unsigned char>(url[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(url[e - 1]) <= 0x20) --e;
  std::string_view s = url.substr(b, e - b);
  if (s.empty()) return LinkKind::Empty;
  // Browsers drop tabs and line breaks inside a URL and read a backslash as a slash, so what the link says is
  // not where it goes ("java\tscript:", "/\\host"): any control character or backslash makes it unsafe.
  for (char c : s)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F || c == '\\') return LinkKind::Unsafe;
  std::string scheme = LinkScheme(s);
  if (!scheme.empty()) {
    if (scheme == "https") return LinkKind::Https;
    if (scheme == "http") return LinkKind::Http;
    if (scheme == "mailto") return LinkKind::Mailto;
    if (scheme == "tel") return LinkKind::Tel;
    return LinkKind::Unsafe;
  }
  if (s.size() >= 2 && s[0] == '/' && s[1] == '/') return LinkKind::Unsafe;  // "//host": another site
  // Before the first / ? or #, a colon that is not after a scheme ("1x:", "a b:c") reads as one to some
  // parsers, and a character reference ("javascript&#58;") spells one once something decodes it.
  for (char c : s) {
    if (c == '/' || c == '?' || c == '#') break;
    if (c == ':' || c == '&') return LinkKind::Unsafe;
  }
  return LinkKind::SiteRelative;
}

bool IsSafeLink(std::string_view url) {
  LinkKind k = ClassifyLink(url);
  return k != LinkKind::Unsafe && k != LinkKind::Empty;
}

}  // namespace cs
