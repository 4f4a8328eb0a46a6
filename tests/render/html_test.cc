// Tests for site/render/html.cc: escaping, URL safety, slugs, content hashes and WCAG contrast.
#include "html.h"

#include <doctest/doctest.h>

#include "link_safety.h"

TEST_CASE("html: escaping covers text and attribute contexts") {
  CHECK(cs::EscapeHtml("<a href=\"x\" title='y'>&</a>") == "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
}

TEST_CASE("html: only ordinary web, mail and phone links are safe") {
  for (const char* ok : {"/policy/", "policy/", "#stage-1", "https://example.org", "HTTP://x", "mailto:a@b.c",
                         "tel:0300 111 3000", "", "  /policy/  ", "/search/?q=a&b=c", "/a:b"})
    CHECK_MESSAGE(cs::IsSafeUrl(ok), ok);
  for (const char* bad : {"javascript:alert(1)", " JavaScript:alert(1)", "java\tscript:alert(1)",
                          "data:text/html,<script>", "data:image/png;base64,AAAA", "vbscript:x", "file:///etc/passwd",
                          "\x01javascript:x", "ftp://x",
                          // These two rules differed before IsSafeUrl forwarded to core/link_safety; the stricter wins.
                          "//cdn.example.org/x", "/\\evil.example", "\\\\evil.example",  // core: another host
                          "java\x01script:x", "a b:c", "1x:y", "/pol\nicy/", "\t/policy/x\ty",    // html: not what it says
                          "javascript&#58;alert(1)", "javascript&colon;alert(1)", "policy\\x", "ht\ttps://x"})
    CHECK_MESSAGE(!cs::IsSafeUrl(bad), bad);
  CHECK(cs::IsSiteUrl("/policy/"));
  CHECK(cs::IsSiteUrl("../x"));
  CHECK(cs::IsSiteUrl("?q=1"));
  CHECK_FALSE(cs::IsSiteUrl("//example.org/"));
  CHECK_FALSE(cs::IsSiteUrl("https://example.org/"));
  CHECK_FALSE(cs::IsSiteUrl("/\\example.org/"));
}

TEST_CASE("html: IsSafeUrl is core's ClassifyLink, not a second rule") {
  for (const char* url : {"https://x", "tel:1", "/p", "", "   ", "//h", "JaVaScRiPt:x", "\x7f/p", "a:b", "?&"})
    CHECK_MESSAGE(cs::IsSafeUrl(url) == (cs::ClassifyLink(url) != cs::LinkKind::Unsafe), url);
}

TEST_CASE("html: slugs") {
  CHECK(cs::Slugify("What is a complaint?") == "what-is-a-complaint");
  CHECK(cs::Slugify("  Stage 1: the landlord's response ") == "stage-1-the-landlords-response");
  CHECK(cs::Slugify("???") == "section");
  CHECK(cs::Slugify("<script>alert(1)</script>") == "script-alert-1-script");
}

TEST_CASE("html: content hash is FNV-1a 64") {
  CHECK(cs::Fnv1a64("") == 0xcbf29ce484222325ULL);
  CHECK(cs::Fnv1a64("a") == 0xaf63dc4c8601ec8cULL);
  CHECK(cs::ContentHash("a") == "af63dc4c");
  CHECK(cs::ContentHash("a", 16) == "af63dc4c8601ec8c");
}

TEST_CASE("html: WCAG contrast") {
  auto white = *cs::ParseHexColour("#fff");
  auto black = *cs::ParseHexColour("#000000");
  CHECK(cs::ContrastRatio(white, black) == doctest::Approx(21.0));
  CHECK(cs::ContrastRatio(white, white) == doctest::Approx(1.0));
  CHECK(cs::ContrastRatio(*cs::ParseHexColour("#767676"), white) == doctest::Approx(4.54).epsilon(0.01));
  CHECK(cs::ContrastRatio(*cs::ParseHexColour("#1d5b79"), white) > 4.5);
  CHECK(cs::ContrastRatio(*cs::ParseHexColour("#ffdd00"), white) < 4.5);
  CHECK_FALSE(cs::ParseHexColour("red"));
  CHECK_FALSE(cs::ParseHexColour("#12345"));
}
