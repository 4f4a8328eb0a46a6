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

TEST_CASE("link safety: every refused link is explained by what is wrong with it") {
  struct Case {
    const char* url;
    const char* why;  // a phrase the reason must contain
    const char* fix;  // a phrase the fix must contain
  };
  const Case cases[] = {
      {"java\tscript:alert(1)", "a tab", "without the hidden character"},
      {"/pol\nicy/", "a line break", "on one line"},
      {"/policy/\x7f", "U+007F", "without the hidden character"},
      {"java\x01script:x", "U+0001", "without the hidden character"},
      {"/a\\b", "backslash", "write / instead of \\"},
      {"\\\\host/x", "backslash", "write / instead of \\"},
      {"JavaScript:alert(1)", "\"javascript:\" links run code", "https://"},
      {"vbscript:x", "\"vbscript:\" links run code", "mailto:"},
      {" data:text/html,x", "\"data:\" links carry a whole page", "tel:"},
      {"file:///etc/passwd", "files on the reader's own computer", "starting with /"},
      {"ftp://x.org/", "\"ftp:\" links are not web, email or phone links", "https://"},
      {"www.example.org:8080/x", "looks like a web address", "\"https://www.example.org:8080/x\""},
      {"//evil.example/x", "starts with //", "\"https://evil.example/x\""},
      {"1x:y", "':' before its first '/'", "\"/1x:y\""},
      {"a b:c", "':' before its first '/'", "https://"},
      {"javascript&#58;alert(1)", "'&' before its first '/'", "&#58;"},
  };
  for (const Case& c : cases) {
    std::string shown_url = c.url;
    CAPTURE(shown_url);
    REQUIRE(cs::ClassifyLink(c.url) == LinkKind::Unsafe);
    cs::UnsafeLinkReason reason = cs::ExplainUnsafeLink(c.url);
    CHECK(reason.why.find(c.why) != std::string::npos);
    CHECK(reason.fix.find(c.fix) != std::string::npos);
    // No case falls through to the catch-all wording, and none blames a scheme the link does not have.
    CHECK(reason.why.find("not a web, email, phone or site link") == std::string::npos);
    if (cs::LinkScheme(c.url).empty()) CHECK(reason.why.find("links run code") == std::string::npos);
  }
  // A backslash or control character is named even when the link also has a scheme or starts with //.
  CHECK(cs::ExplainUnsafeLink("//host\\x").why.find("backslash") != std::string::npos);
  CHECK(cs::ExplainUnsafeLink("https://x.org/\ta").why.find("a tab") != std::string::npos);
  // '&' or ':' after the first / ? # is fine, so the first one before it decides.
  CHECK(cs::ExplainUnsafeLink("a&b:c/d").why.find("'&'") != std::string::npos);
  for (const char* safe : {"https://x.org/", "/policy/", "mailto:a@b.org", "tel:0300 111 3000", "", "/a:b"}) {
    CAPTURE(safe);
    CHECK(cs::ExplainUnsafeLink(safe).why.empty());
    CHECK(cs::ExplainUnsafeLink(safe).fix.empty());
  }
}

TEST_CASE("link safety: links quoted in messages stay on one line and short") {
  CHECK(cs::LinkForMessage("/policy/") == "/policy/");
  CHECK(cs::LinkForMessage("java\tscript:\n\r\x01\x7f") == "java\\tscript:\\n\\r\\x01\\x7F");
  CHECK(cs::LinkForMessage(std::string(70, 'a')) == std::string(60, 'a') + "…");
  CHECK(cs::LinkForMessage(std::string(60, 'a')) == std::string(60, 'a'));
  // Cut between characters, never inside one: "é" is two bytes.
  std::string accents;
  for (int i = 0; i < 61; ++i) accents += "é";
  std::string expected;
  for (int i = 0; i < 60; ++i) expected += "é";
  CHECK(cs::LinkForMessage(accents) == expected + "…");
}
