// The widget's files for a built site: hashed copies for its own pages and stable copies for embedding.
#include "files.h"
#include "html.h"
#include "widget_pages.h"

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

std::optional<WidgetAssetSet> WidgetAssets(const std::string& widget_dir, std::string* error) {
  std::string files[3];
  const char* names[3] = {"widget.js", "widget.wasm", "widget.css"};
  for (int i = 0; i < 3; ++i) {
    std::string why;
    auto text = ReadTextFile(widget_dir + "/" + names[i], &why);
    if (!text) {
      if (error) *error = widget_dir + "/" + names[i] + ": cannot read the widget (" + why + ") — build the cs_wasm target first";
      return std::nullopt;
    }
    files[i] = std::move(*text);
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
  if (!rename("WASM_NAME", "widget.wasm", wasm_name) || !rename("CSS_NAME", "widget.css", css_name)) {
    if (error) *error = widget_dir + "/widget.js: the names of widget.wasm and widget.css were not found in it — rebuild the cs_wasm target";
    return std::nullopt;
  }
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
