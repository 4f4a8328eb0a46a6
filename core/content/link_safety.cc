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

namespace {

const char kAllowedLinks[] =
    "link to a web page with https://, an email address with mailto:, a phone number with tel:, or a page of this "
    "site with a path starting with /";

// The name of control character `c` in words, for a message.
std::string ControlCharacterName(unsigned char c) {
  if (c == '\t') return "a tab";
  if (c == '\n' || c == '\r') return "a line break";
  const char* hex = "0123456789ABCDEF";
  return std::string("an invisible control character (U+00") + hex[c >> 4] + hex[c & 15] + ")";
}

// What a scheme does, for the reader of a message.
std::string SchemeReason(const std::string& scheme) {
  if (scheme == "javascript" || scheme == "vbscript") return "\"" + scheme + ":\" links run code in the reader's browser";
  if (scheme == "data") return "\"data:\" links carry a whole page or file inside the link, which can run code";
  if (scheme == "file") return "\"file:\" links point at files on the reader's own computer";
  return "\"" + scheme + ":\" links are not web, email or phone links, so readers cannot rely on them";
}

}  // namespace

UnsafeLinkReason ExplainUnsafeLink(std::string_view url) {
  UnsafeLinkReason reason;
  if (ClassifyLink(url) != LinkKind::Unsafe) return reason;
  size_t b = 0, e = url.size();
  while (b < e && static_cast<unsigned char>(url[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(url[e - 1]) <= 0x20) --e;
  std::string_view s = url.substr(b, e - b);
  for (char c : s) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) {
      reason.why = "the link has " + ControlCharacterName(u) +
                   " inside it; browsers drop or change such characters, so the link may not go where it says";
      reason.fix = "type the link again on one line, without the hidden character";
      return reason;
    }
    if (c == '\\') {
      reason.why = "the link has a backslash (\\) in it, which browsers read as /, so it may lead to another site";
      reason.fix = "write / instead of \\";
      return reason;
    }
  }
  std::string scheme = LinkScheme(s);
  if (!scheme.empty()) {
    if (scheme.find('.') != std::string::npos) {  // "www.example.org:8080/x": a web address without https://
      reason.why = "the link looks like a web address but does not start with https://";
      reason.fix = "write the full address: \"https://" + std::string(s) + "\"";
    } else {
      reason.why = SchemeReason(scheme);
      reason.fix = kAllowedLinks;
    }
    return reason;
  }
  if (s.size() >= 2 && s[0] == '/' && s[1] == '/') {
    reason.why = "the link starts with // so it leads to another site without saying https://";
    reason.fix = "write the full address: \"https:" + std::string(s) + "\", or one / for a page of this site";
    return reason;
  }
  for (char c : s) {
    if (c == '/' || c == '?' || c == '#') break;
    if (c == ':') {
      reason.why = "the link has a ':' before its first '/' but does not start with https:, mailto: or tel:, so "
                   "browsers may read the part before ':' as a kind of link";
      reason.fix = "start a link to a page of this site with / (\"/" + std::string(s) +
                   "\"), or write the full https:// address of another site";
      return reason;
    }
    if (c == '&') {
      reason.why = "the link has an '&' before its first '/', which could spell a kind of link once decoded "
                   "(\"javascript&#58;\" becomes \"javascript:\")";
      reason.fix = "write the character itself rather than a code such as &#58;, and start a link to a page of this site with /";
      return reason;
    }
  }
  reason.why = "the link is not a web, email, phone or site link";  // not reached: ClassifyLink's cases are above
  reason.fix = kAllowedLinks;
  return reason;
}

std::string LinkForMessage(std::string_view url, size_t max_characters) {
  std::string out;
  size_t characters = 0;
  for (size_t i = 0; i < url.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(url[i]);
    bool starts_character = (c & 0xC0) != 0x80;
    if (starts_character && characters == max_characters) return out + "…";
    if (starts_character) ++characters;
    if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c == 0x7F) {
      const char* hex = "0123456789ABCDEF";
      out += std::string("\\x") + hex[c >> 4] + hex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

bool IsSafeLink(std::string_view url) {
  LinkKind k = ClassifyLink(url);
  return k != LinkKind::Unsafe && k != LinkKind::Empty;
}

}  // namespace cs
