// Parsing `_headers` files and choosing the headers for a URL.
#include "serve_headers.h"

#include <algorithm>
#include <cctype>

#include "server_config.h"
#include "text.h"

namespace cs {

namespace {

bool SameName(const std::string& a, const std::string& b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

}  // namespace

std::vector<HeaderRule> ParseHeadersFile(std::string_view text) {
  std::vector<HeaderRule> rules;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    std::string_view trimmed = TrimView(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    bool indented = line.front() == ' ' || line.front() == '\t';
    if (!indented) {
      rules.push_back({std::string(trimmed), {}});
      continue;
    }
    size_t colon = trimmed.find(':');
    if (rules.empty() || colon == std::string_view::npos || colon == 0) continue;
    rules.back().headers.emplace_back(std::string(TrimView(trimmed.substr(0, colon))),
                                      std::string(TrimView(trimmed.substr(colon + 1))));
  }
  return rules;
}

bool HeaderPatternMatches(std::string_view pattern, std::string_view path) {
  // Iterative glob match with '*' only.
  size_t p = 0, s = 0, star = std::string_view::npos, mark = 0;
  while (s < path.size()) {
    if (p < pattern.size() && pattern[p] == '*') {
      star = p++;
      mark = s;
    } else if (p < pattern.size() && pattern[p] == path[s]) {
      ++p;
      ++s;
    } else if (star != std::string_view::npos) {
      p = star + 1;
      s = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

HeaderList HeadersForPath(const std::vector<HeaderRule>& rules, std::string_view url_path) {
  if (rules.empty()) return DefaultSecurityHeaders();
  HeaderList out;
  for (const auto& rule : rules) {
    if (!HeaderPatternMatches(rule.pattern, url_path)) continue;
    for (const auto& header : rule.headers) {
      auto it = std::find_if(out.begin(), out.end(), [&](const auto& h) { return SameName(h.first, header.first); });
      if (it != out.end()) it->second = header.second;
      else out.push_back(header);
    }
  }
  return out;
}

const HeaderList& DefaultSecurityHeaders() {
  static const HeaderList kDefault = [] {
    HeaderList headers;
    for (const auto& h : ResponseHeaders())
      if (h.scope == HeaderScope::Everything) headers.emplace_back(h.name, h.value);
    return headers;
  }();
  return kDefault;
}

}  // namespace cs
