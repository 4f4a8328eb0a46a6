// Tests for site/serve_headers: `_headers` files as Netlify and Cloudflare Pages read them.
#include <doctest/doctest.h>

#include "serve_headers.h"

TEST_CASE("ParseHeadersFile reads patterns and indented headers") {
  auto rules = cs::ParseHeadersFile(
      "# production headers\n/*\n  Content-Security-Policy: default-src 'self'\n  X-Frame-Options: DENY\n\n"
      "/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n");
  REQUIRE(rules.size() == 2);
  CHECK(rules[0].pattern == "/*");
  REQUIRE(rules[0].headers.size() == 2);
  CHECK(rules[0].headers[0].second == "default-src 'self'");
  CHECK(rules[1].headers[0].first == "Cache-Control");

  auto page = cs::HeadersForPath(rules, "/policy/");
  CHECK(page.size() == 2);
  auto asset = cs::HeadersForPath(rules, "/assets/site.css");
  CHECK(asset.size() == 3);
}

TEST_CASE("HeaderPatternMatches uses * as a wildcard") {
  CHECK(cs::HeaderPatternMatches("/*", "/"));
  CHECK(cs::HeaderPatternMatches("/*", "/a/b/c.html"));
  CHECK(cs::HeaderPatternMatches("/policy/", "/policy/"));
  CHECK_FALSE(cs::HeaderPatternMatches("/policy/", "/policy/x"));
  CHECK(cs::HeaderPatternMatches("/*.wasm", "/assets/widget.wasm"));
  CHECK_FALSE(cs::HeaderPatternMatches("/*.wasm", "/assets/widget.js"));
}

TEST_CASE("A later rule replaces a header of the same name; no rules means the default CSP") {
  auto rules = cs::ParseHeadersFile("/*\n  cache-control: no-cache\n/x\n  Cache-Control: max-age=5\n");
  auto h = cs::HeadersForPath(rules, "/x");
  REQUIRE(h.size() == 1);
  CHECK(h[0].second == "max-age=5");
  auto defaults = cs::HeadersForPath({}, "/");
  REQUIRE(!defaults.empty());
  CHECK(defaults[0].first == "Content-Security-Policy");
  CHECK(defaults[0].second.rfind("default-src 'self'", 0) == 0);
}
