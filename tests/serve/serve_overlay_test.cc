// Tests for site/serve_overlay: reading diagnostics back and the error page.
#include <doctest/doctest.h>

#include "serve_overlay.h"

TEST_CASE("ParseDiagnosticLines reads FormatDiagnostic's output back") {
  cs::Diagnostic d;
  d.file = "content/site.json";
  d.line = 12;
  d.column = 5;
  d.message = "\"nation\" must be one of england-and-wales, scotland";
  d.fix = "use england-and-wales";
  d.code = "site.nation.unknown";
  std::string text = cs::FormatDiagnostic(d) + "\nbuilt 12 pages, 40 KB, 1 warning, 30 ms\n" +
                     "content/policy.md:3: warning: says 15 working days [policy.timescale]\n" +
                     "content/self-assessments: error: no files\n";
  auto parsed = cs::ParseDiagnosticLines(text);
  REQUIRE(parsed.size() == 3);
  CHECK(parsed[0].file == "content/site.json");
  CHECK(parsed[0].line == 12);
  CHECK(parsed[0].column == 5);
  CHECK(parsed[0].message == d.message);
  CHECK(parsed[0].fix == d.fix);
  CHECK(parsed[0].code == d.code);
  CHECK(parsed[0].severity == cs::Severity::Error);
  CHECK(parsed[1].severity == cs::Severity::Warning);
  CHECK(parsed[1].line == 3);
  CHECK(parsed[1].column == 0);
  CHECK(parsed[1].code == "policy.timescale");
  CHECK(parsed[2].file == "content/self-assessments");
  CHECK(parsed[2].line == 0);
}

TEST_CASE("RenderDiagnosticsPage names the file and line, shows the source, and escapes everything") {
  auto diagnostics = cs::ParseDiagnosticLines("content/policy.md:2:1: error: bad <thing> — remove it [x.y]\n");
  auto page = cs::RenderDiagnosticsPage(diagnostics, true, "log <b>", [](const std::string& file) {
    return file == "content/policy.md" ? std::string("# Policy\n<script>alert(1)</script>\nthird\n") : "";
  });
  CHECK(page.find("The site could not be built") != std::string::npos);
  CHECK(page.find("content/policy.md:2:1") != std::string::npos);
  CHECK(page.find("bad &lt;thing&gt;") != std::string::npos);
  CHECK(page.find("<mark>   2 | &lt;script&gt;alert(1)&lt;/script&gt;</mark>") != std::string::npos);
  CHECK(page.find("<script>alert") == std::string::npos);
  CHECK(page.find("log &lt;b&gt;") != std::string::npos);
  CHECK(page.find("<script src=\"/__live-reload.js\" defer></script>") != std::string::npos);
  CHECK(page.find("style=") == std::string::npos);  // CSP: no inline styles
}

TEST_CASE("ParseDiagnosticLines reads the provision back; a shown site with errors says it cannot be published") {
  cs::Diagnostic d;
  d.file = "content/site.json";
  d.line = 9;
  d.column = 61;
  d.message = "03069 990000 is a made-up phone number";
  d.provision = "3.1";
  d.fix = "put the number residents call";
  d.code = "placeholder.phone";
  CHECK(cs::FormatDiagnostic(d) ==
        "content/site.json:9:61: error: 03069 990000 is a made-up phone number (Code 3.1) \xE2\x80\x94 put the number "
        "residents call [placeholder.phone]");
  auto parsed = cs::ParseDiagnosticLines(cs::FormatDiagnostic(d) + "\n");
  REQUIRE(parsed.size() == 1);
  CHECK(parsed[0].message == d.message);
  CHECK(parsed[0].provision == "3.1");
  CHECK(parsed[0].fix == d.fix);
  auto page = cs::RenderDiagnosticsPage(parsed, false, "", nullptr);
  CHECK(page.find("The preview works, but the site cannot be published yet") != std::string::npos);
  CHECK(page.find("Complaint Handling Code provision: 3.1") != std::string::npos);
  d.severity = cs::Severity::Warning;
  CHECK(cs::RenderDiagnosticsPage({d}, false, "", nullptr).find("Warnings from the last build") != std::string::npos);
}
