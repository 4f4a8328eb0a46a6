// Tests for core/link_safety: the one rule for which links content may carry (the generator forwards to it).
#include "link_safety.h"

#include <doctest/doctest.h>

using cs::LinkKind;

TEST_CASE("link safety: schemes are read case-insensitively, past spaces and leading control characters") {
  CHECK(cs::ClassifyLink("HtTpS://example.org") == LinkKind::Https);
  CHECK(cs::ClassifyLink("  mailto:a@b.org  ") == LinkKind::Mailto);
  CHECK(cs::ClassifyLink("\x01\x02 https://example.org") == LinkKind::Https);
  CHECK(cs::ClassifyLink("TEL:0300 111 3000") == LinkKind::Tel);
  for (const char* bad : {"JAVASCRIPT:alert(1)", "VbScript:x", "DATA:text/html,x", "File:///etc/passwd", "ftp://x",
                          "blob:https://x/1", "intent://x#Intent;end"})
    CHECK_MESSAGE(cs::ClassifyLink(bad) == LinkKind::Unsafe, bad);
}

TEST_CASE("link safety: a link that reads differently once a browser cleans it is unsafe") {
  // Browsers drop tabs and line breaks and read a backslash as a slash.
  for (const char* bad : {"java\tscript:alert(1)", "java\nscript:alert(1)", "java\rscript:x", "ht\ttps://x",
                          "/pol\nicy/", "/policy/\x7f", "/a\\b", "\\\\host/x", "/\\host", "\\/host"})
    CHECK_MESSAGE(cs::ClassifyLink(bad) == LinkKind::Unsafe, bad);
  // A control character that is not a tab or line break stops a browser's scheme, so "java\x01script:x" would be
  // a harmless relative link there; it is refused all the same: nobody means it.
  CHECK(cs::ClassifyLink("java\x01script:x") == LinkKind::Unsafe);
  CHECK(cs::LinkScheme("java\tscript:x") == "javascript");  // what the diagnostics name
}

TEST_CASE("link safety: protocol-relative, colon and character-reference tricks") {
  CHECK(cs::ClassifyLink("//evil.example/x") == LinkKind::Unsafe);
  CHECK(cs::ClassifyLink(" //evil.example") == LinkKind::Unsafe);
  // Without a scheme, a ':' or '&' before the first / ? # could be read as (or decoded into) a scheme.
  for (const char* bad : {"javascript&#58;alert(1)", "javascript&#x3A;x", "javascript&colon;x", "a b:c", "1x:y", "_x:y"})
    CHECK_MESSAGE(cs::ClassifyLink(bad) == LinkKind::Unsafe, bad);
  for (const char* ok : {"/a:b", "./a:b", "?q=a:b&c=d", "#x:y", "/search/?q=a&b", "policy/#stage-1"})
    CHECK_MESSAGE(cs::ClassifyLink(ok) == LinkKind::SiteRelative, ok);
  CHECK(cs::ClassifyLink("https://x.org/?a=1&b=2") == LinkKind::Https);
}

TEST_CASE("link safety: empty links are Empty, not unsafe, and not safe content links") {
  CHECK(cs::ClassifyLink("") == LinkKind::Empty);
  CHECK(cs::ClassifyLink(" \t ") == LinkKind::Empty);
  CHECK_FALSE(cs::IsSafeLink(""));
  CHECK(cs::IsSafeLink("/policy/"));
}
