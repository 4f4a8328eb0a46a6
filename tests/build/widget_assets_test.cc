// Tests for site/build/widget_assets.cc: the widget's files for a site, from the built widget held in memory.
#include <doctest/doctest.h>

#include <regex>

#include "build_steps.h"
#include "builtin_files.h"

TEST_CASE("widget assets: hashed copies point at each other, stable copies for embedding") {
  cs::FileMap widget = {{"widget.js", "x;var WASM_NAME = 'widget.wasm';var CSS_NAME = 'widget.css';var WASM_BASE64 = '';"
                                       "var CSS_TEXT = '';y"},
                        {"widget.wasm", std::string("\0asm\1\0\0\0", 8)},
                        {"widget.css", ".cs-widget{}"}};
  std::vector<cs::Diagnostic> diagnostics;
  auto set = cs::WidgetAssets(widget, "the built-in widget", &diagnostics);
  REQUIRE(set);
  CHECK(diagnostics.empty());
  REQUIRE(set->files.size() == 7);
  CHECK(std::regex_match(set->script_path, std::regex("assets/widget\\.[0-9a-f]{8}\\.js")));
  const std::string& js = set->files[0].content;
  CHECK(js.find("var WASM_NAME = '" + set->wasm_path.substr(7) + "';") != std::string::npos);
  CHECK(js.find("var CSS_NAME = '" + set->css_path.substr(7) + "';") != std::string::npos);
  CHECK(set->files[1].content.size() == 8);
  CHECK(set->files[3].path == "widget/widget.js");
  CHECK(set->files[6].path == "widget/widget-standalone.js");
  // The standalone copy carries the wasm as base64 ("\0asm\1\0\0\0") and the stylesheet as a string: no other file.
  CHECK(set->files[6].content.find("var WASM_BASE64 = \"AGFzbQEAAAA=\";") != std::string::npos);
  CHECK(set->files[6].content.find("var CSS_TEXT = \".cs-widget{}\";") != std::string::npos);
  CHECK(set->files[6].content.find("var WASM_NAME = 'widget.wasm';") != std::string::npos);
  widget.erase("widget.css");
  CHECK_FALSE(cs::WidgetAssets(widget, "build/wasm", &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "build.widget.invalid");
  CHECK(diagnostics[0].severity == cs::Severity::Warning);
  CHECK(diagnostics[0].file == "build/wasm");
  CHECK(diagnostics[0].message.find("widget.css") != std::string::npos);
}

TEST_CASE("widget assets: the standalone copy escapes the stylesheet and needs both places") {
  auto js = cs::StandaloneWidget("var WASM_BASE64=\"\";var CSS_TEXT=\"\";", "ab", "a::before{content:\"\\2014\"}\n");
  REQUIRE(js);
  CHECK(*js == "var WASM_BASE64=\"YWI=\";var CSS_TEXT=\"a::before{content:\\\"\\\\2014\\\"}\\n\";");
  CHECK_FALSE(cs::StandaloneWidget("var WASM_BASE64=\"\";", "ab", ""));
  std::vector<cs::Diagnostic> diagnostics;
  cs::FileMap old_widget = {{"widget.js", "var WASM_NAME = 'widget.wasm';var CSS_NAME = 'widget.css';"},
                            {"widget.wasm", "w"}, {"widget.css", "c"}};
  auto set = cs::WidgetAssets(old_widget, "an older widget", &diagnostics);
  REQUIRE(set);
  CHECK(set->files.size() == 6);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "build.widget.standalone");
}

TEST_CASE("widget assets: the widget compiled into complaints-site is usable, byte for byte as built") {
  const cs::FileMap& widget = cs::BuiltinWidget();
  if (widget.empty()) {
    MESSAGE("built without the widget (CS_WASM off): nothing compiled in");
    return;
  }
  for (const char* name : {"widget.js", "widget.wasm", "widget.css"}) {
    CAPTURE(name);
    REQUIRE(widget.count(name));
  }
  CHECK(widget.at("widget.wasm").compare(0, 4, std::string("\0asm", 4)) == 0);
  std::vector<cs::Diagnostic> diagnostics;
  auto set = cs::WidgetAssets(widget, "the built-in widget", &diagnostics);
  REQUIRE(set);
  CHECK(diagnostics.empty());
  CHECK(set->files.back().path == "widget/widget-standalone.js");
}
