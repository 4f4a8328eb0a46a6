// Tests for core/content/notice: an exceptional circumstances notice's front matter (from, until, title), its text,
// the errors with line:col, and which notice is in force on a date.
#include "notice.h"

#include <doctest/doctest.h>

#include <string>

namespace {

struct Parsed {
  std::optional<cs::Notice> notice;
  std::vector<cs::Diagnostic> diagnostics;
};

Parsed Parse(const std::string& text) {
  Parsed p;
  p.notice = cs::ParseNotice(text, "content/notices/cyber.md", &p.diagnostics);
  return p;
}

std::string Codes(const Parsed& p) {
  std::string out;
  for (const auto& d : p.diagnostics)
    out += (out.empty() ? "" : " ") + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.code;
  return out;
}

cs::Date D(const char* iso) { return *cs::ParseIsoDate(iso); }

}  // namespace

TEST_CASE("notice: from, until, title and the Markdown text") {
  Parsed p = Parse("---\ntitle: Our systems are down\nfrom: 2026-11-16\nuntil: 2027-01-29\n---\nWe cannot see complaints.\n");
  REQUIRE_MESSAGE(p.notice, Codes(p));
  CHECK(p.diagnostics.empty());
  CHECK(p.notice->title == "Our systems are down");
  CHECK(p.notice->from == D("2026-11-16"));
  CHECK(p.notice->until == D("2027-01-29"));
  CHECK(p.notice->body == "We cannot see complaints.\n");
  CHECK(p.notice->body_line == 6);
}

TEST_CASE("notice: bad files give their place and a stable code") {
  CHECK(Codes(Parse("---\nfrom: 2026-11-01\n---\nText.\n")) == "1:1 notice.until.missing");
  CHECK(Codes(Parse("---\nuntil: 2026-11-01\n---\nText.\n")) == "1:1 notice.from.missing");
  CHECK(Codes(Parse("---\nfrom: 2026-11-01\nuntil: 2026-10-31\n---\nText.\n")) == "3:8 notice.period.order");
  CHECK(Codes(Parse("---\nfrom: 1 Nov 2026\nuntil: 2026-02-30\n---\nText.\n")) == "2:7 notice.date.invalid 3:8 notice.date.invalid");
  CHECK(Codes(Parse("---\nfrom: 2026-11-01\nuntil: 2026-12-01\n---\n\n")) == "5:1 notice.text.missing");
  CHECK(Codes(Parse("Text without front matter.\n")) == "1:1 notice.front_matter.missing");
  CHECK(Codes(Parse("---\nfrom: 2026-11-01\n")) == "1:1 fm.unterminated");
  for (const char* bad : {"---\nfrom: 2026-11-01\n---\nText.\n", "---\nfrom: 2026-11-01\nuntil: 2026-10-31\n---\nText.\n"})
    CHECK_FALSE(Parse(bad).notice);
  // An unknown key is a warning: the notice still stands.
  Parsed typo = Parse("---\nfrom: 2026-11-01\nuntil: 2026-12-01\nuntill: 2026-12-02\n---\nText.\n");
  CHECK(typo.notice);
  CHECK(Codes(typo) == "4:1 fm.unknown_key");
  CHECK(typo.diagnostics[0].message.find("did you mean \"until\"") != std::string::npos);
  // Every error names the provision it rests on.
  for (const auto& d : Parse("---\nfrom: x\n---\n\n").diagnostics) CHECK(d.provision == "8.5");
}

TEST_CASE("notice: in force from its first day to its last, inclusive") {
  cs::Notice early, late;
  early.from = D("2026-11-01");
  early.until = D("2026-12-31");
  late.from = D("2026-12-01");
  late.until = D("2027-01-31");
  std::vector<cs::Notice> notices = {early, late};
  CHECK(cs::NoticeInForce(notices, D("2026-10-31")) == nullptr);
  CHECK(cs::NoticeInForce(notices, D("2026-11-01")) == &notices[0]);
  CHECK(cs::NoticeInForce(notices, D("2026-12-15")) == &notices[1]);  // both: the later one
  CHECK(cs::NoticeInForce(notices, D("2027-01-31")) == &notices[1]);
  CHECK(cs::NoticeInForce(notices, D("2027-02-01")) == nullptr);
}
