// Tests for site/serve/serve_overlay: the page `serve` shows with the build's diagnostics (values, not text read back).
#include <doctest/doctest.h>

#include "serve_overlay.h"

TEST_CASE("RenderDiagnosticsPage names the file and line, shows the source, and escapes everything") {
  cs::Diagnostic d;
  d.file = "content/policy.md";
  d.line = 2;
  d.column = 1;
  d.message = "bad <thing>";
  d.fix = "remove it";
  d.code = "x.y";
  auto page = cs::RenderDiagnosticsPage({d}, true, "log <b>", [](const std::string& file) {
    return file == "content/policy.md" ? std::string("# Policy\n<script>alert(1)</script>\nthird\n") : "";
  });
  CHECK(page.find("The site could not be built") != std::string::npos);
  CHECK(page.find("content/policy.md:2:1") != std::string::npos);
  CHECK(page.find("bad &lt;thing&gt;") != std::string::npos);
  CHECK(page.find("How to fix: remove it") != std::string::npos);
  CHECK(page.find("<code>x.y</code>") != std::string::npos);
  CHECK(page.find("<mark>   2 | &lt;script&gt;alert(1)&lt;/script&gt;</mark>") != std::string::npos);
  CHECK(page.find("<script>alert") == std::string::npos);
  CHECK(page.find("log &lt;b&gt;") != std::string::npos);
  CHECK(page.find("<script src=\"/__live-reload.js\" defer></script>") != std::string::npos);
  CHECK(page.find("style=") == std::string::npos);  // CSP: no inline styles
}

TEST_CASE("RenderDiagnosticsPage: the provision is shown, and a shown site with errors says it cannot be published") {
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
  auto page = cs::RenderDiagnosticsPage({d}, false, "", nullptr);
  CHECK(page.find("The preview works, but the site cannot be published yet") != std::string::npos);
  CHECK(page.find("Complaint Handling Code provision: 3.1") != std::string::npos);
  d.severity = cs::Severity::Warning;
  CHECK(cs::RenderDiagnosticsPage({d}, false, "", nullptr).find("Warnings from the last build") != std::string::npos);
}
