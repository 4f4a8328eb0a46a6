// The widget's files for a built site: hashed copies for its own pages and stable copies for embedding.
#include "build_steps.h"
#include "html.h"

namespace cs {

namespace {

// Replaces the one occurrence of `from` in `text`; false if it is not there exactly once.
bool ReplaceOnce(std::string* text, const std::string& from, const std::string& to) {
  size_t at = text->find(from);
  if (at == std::string::npos || text->find(from, at + 1) != std::string::npos) return false;
  text->replace(at, from.size(), to);
  return true;
}

}  // namespace

std::optional<WidgetAssetSet> WidgetAssets(const FileMap& widget, const std::string& widget_name,
                                           std::vector<Diagnostic>* diagnostics) {
  auto problem = [&](const std::string& message, const std::string& fix) -> std::optional<WidgetAssetSet> {
    diagnostics->push_back({Severity::Warning, "build.widget.invalid", widget_name, 0, 0, message + "; the pages work without it",
                            fix, ""});
    return std::nullopt;
  };
  std::string files[3];
  const char* names[3] = {"widget.js", "widget.wasm", "widget.css"};
  for (int i = 0; i < 3; ++i) {
    auto it = widget.find(names[i]);
    if (it == widget.end())
      return problem(std::string("there is no ") + names[i], "build the widget (cmake target cs_wasm) or pass --widget-dir");
    files[i] = it->second;
  }
  WidgetAssetSet set;
  const std::string wasm_name = "widget." + ContentHash(files[1]) + ".wasm";
  const std::string css_name = "widget." + ContentHash(files[2]) + ".css";
  std::string js = files[0];
  // wasm/widget-ui.js names its two companions in these constants; the hashed copy points at the hashed files.
  // (As written in wasm/widget-ui.js, or as wasm/minify.mjs leaves them in the built file.)
  auto rename = [&](const std::string& var, const std::string& from, const std::string& to) {
    return ReplaceOnce(&js, "var " + var + "=\"" + from + "\";", "var " + var + "=\"" + to + "\";") ||
           ReplaceOnce(&js, "var " + var + " = '" + from + "';", "var " + var + " = '" + to + "';");
  };
  if (!rename("WASM_NAME", "widget.wasm", wasm_name) || !rename("CSS_NAME", "widget.css", css_name))
    return problem("widget.js does not name widget.wasm and widget.css as wasm/widget-ui.js does", "rebuild the cs_wasm target");
  set.script_path = "assets/widget." + ContentHash(js) + ".js";
  set.wasm_path = "assets/" + wasm_name;
  set.css_path = "assets/" + css_name;
  set.files.push_back({set.script_path, js});
  set.files.push_back({set.wasm_path, files[1]});
  set.files.push_back({set.css_path, files[2]});
  for (int i = 0; i < 3; ++i) set.files.push_back({std::string("widget/") + names[i], files[i]});
  return set;
}

}  // namespace cs
