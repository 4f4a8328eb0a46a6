// The response headers a host applies from a Netlify/Cloudflare-style `_headers` file, so the preview
// server sends the same Content-Security-Policy as production.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cs {

using HeaderList = std::vector<std::pair<std::string, std::string>>;

/// One block of a `_headers` file: a URL pattern ("/*", "/assets/*", "/policy/") and its headers.
struct HeaderRule {
  std::string pattern;
  HeaderList headers;
};

/// Parses `_headers` text: a line starting at column 0 is a URL pattern; indented "Name: value" lines
/// below it are its headers; '#' starts a comment line.
std::vector<HeaderRule> ParseHeadersFile(std::string_view text);

/// Whether `url_path` matches `pattern` ('*' matches any run of characters, including '/').
bool HeaderPatternMatches(std::string_view pattern, std::string_view url_path);

/// The headers for `url_path`: every matching rule's headers, in file order (a later rule replaces a
/// header of the same name). With no rules at all, the production default below.
HeaderList HeadersForPath(const std::vector<HeaderRule>& rules, std::string_view url_path);

/// The security headers used when the output has no `_headers` file: those `_headers` gives every file
/// (ResponseHeaders in site/build/server_config.h).
const HeaderList& DefaultSecurityHeaders();

}  // namespace cs
