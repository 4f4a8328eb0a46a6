// Tests for site/build/widget_assets.cc: the widget's files for a site, from the built widget held in memory.
#include <doctest/doctest.h>

#include <regex>

#include "build_steps.h"
#include "builtin_files.h"

TEST_CASE("widget assets: hashed copies point at each other, stable copies for embedding") {
  cs::FileMap widget = {{"widget.js", "x;var WASM_NAME = 'widget.wasm';var CSS_NAME = 'widget.css';y"},
                        {"widget.wasm", std::string("\0asm\1\0\0\0", 8)},
                        {"widget.css", ".cs-widget{}"}};
  std::vector<cs::Diagnostic> diagnostics;
  auto set = cs::WidgetAssets(widget, "the built-in widget", &diagnostics);
  REQUIRE(set);
  CHECK(diagnostics.empty());
  REQUIRE(set->files.size() == 6);
  CHECK(std::regex_match(set->script_path, std::regex("assets/widget\\.[0-9a-f]{8}\\.js")));
  const std::string& js = set->files[0].content;
  CHECK(js.find("var WASM_NAME = '" + set->wasm_path.substr(7) + "';") != std::string::npos);
  CHECK(js.find("var CSS_NAME = '" + set->css_path.substr(7) + "';") != std::string::npos);
  CHECK(set->files[1].content.size() == 8);
  CHECK(set->files[3].path == "widget/widget.js");
  widget.erase("widget.css");
  CHECK_FALSE(cs::WidgetAssets(widget, "build/wasm", &diagnostics));
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "build.widget.invalid");
  CHECK(diagnostics[0].severity == cs::Severity::Warning);
  CHECK(diagnostics[0].file == "build/wasm");
  CHECK(diagnostics[0].message.find("widget.css") != std::string::npos);
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
  CHECK(set);
  CHECK(diagnostics.empty());
}
