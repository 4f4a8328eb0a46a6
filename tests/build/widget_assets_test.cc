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
  for (const char* name : {"widget.js", "widget.wasm", "widget.css", "widget-deadlines.js", "widget-deadlines.wasm"}) {
    CAPTURE(name);
    REQUIRE(widget.count(name));
  }
  CHECK(widget.at("widget.wasm").compare(0, 4, std::string("\0asm", 4)) == 0);
  CHECK(widget.at("widget-deadlines.wasm").size() < widget.at("widget.wasm").size());
  std::vector<cs::Diagnostic> diagnostics;
  auto set = cs::WidgetAssets(widget, "the built-in widget", &diagnostics);
  REQUIRE(set);
  CHECK(diagnostics.empty());
  CHECK(set->files[6].path == "widget/widget-standalone.js");
  CHECK(std::regex_match(set->deadlines_script_path, std::regex("assets/widget-deadlines\\.[0-9a-f]{8}\\.js")));
  CHECK(std::regex_match(set->deadlines_wasm_path, std::regex("assets/widget-deadlines\\.[0-9a-f]{8}\\.wasm")));
}

TEST_CASE("widget assets: the calculator alone, for /deadlines/, points at its own wasm and the shared stylesheet") {
  // As the minifier leaves the names (wasm/minify.mjs keeps them, joined into one var statement).
  cs::FileMap widget = {{"widget.js", "x;var WASM_NAME=\"widget.wasm\",CSS_NAME=\"widget.css\",WASM_BASE64=\"\","
                                       "CSS_TEXT=\"\",y"},
                        {"widget.wasm", "whole"},
                        {"widget.css", ".cs-widget{}"},
                        {"widget-deadlines.js", "x;var WASM_NAME=\"widget-deadlines.wasm\",CSS_NAME=\"widget.css\",y"},
                        {"widget-deadlines.wasm", "calc"}};
  std::vector<cs::Diagnostic> diagnostics;
  auto set = cs::WidgetAssets(widget, "the built-in widget", &diagnostics);
  REQUIRE(set);
  CHECK(diagnostics.empty());
  REQUIRE(set->files.size() == 9);
  CHECK(set->files[0].content.find("WASM_NAME=\"" + set->wasm_path.substr(7) + "\",CSS_NAME=\"" +
                                   set->css_path.substr(7) + "\",") != std::string::npos);
  CHECK(set->files[6].content.find("WASM_BASE64=\"d2hvbGU=\",CSS_TEXT=\".cs-widget{}\",") != std::string::npos);
  CHECK(set->files[7].path == set->deadlines_script_path);
  CHECK(set->files[7].content == "x;var WASM_NAME=\"" + set->deadlines_wasm_path.substr(7) + "\",CSS_NAME=\"" +
                                     set->css_path.substr(7) + "\",y");
  CHECK(set->files[8].path == set->deadlines_wasm_path);
  CHECK(set->files[8].content == "calc");
  // Only the whole widget is for other sites: no widget/widget-deadlines.* copies.
  for (const auto& file : set->files) CHECK(file.path.rfind("widget/widget-deadlines", 0) == std::string::npos);
  // A widget-deadlines.js that does not name its wasm: a warning, and /deadlines/ gets the whole widget.
  widget["widget-deadlines.js"] = "x";
  set = cs::WidgetAssets(widget, "build/wasm", &diagnostics);
  REQUIRE(set);
  CHECK(set->deadlines_script_path.empty());
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "build.widget.invalid");
  CHECK(diagnostics[0].message.find("widget-deadlines.js") != std::string::npos);
}
