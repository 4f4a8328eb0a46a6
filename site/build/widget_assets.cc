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

std::string Base64(const std::string& bytes) {
  static const char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  for (size_t i = 0; i < bytes.size(); i += 3) {
    unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
    out += kAlphabet[(n >> 18) & 63];
    out += kAlphabet[(n >> 12) & 63];
    out += i + 1 < bytes.size() ? kAlphabet[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? kAlphabet[n & 63] : '=';
  }
  return out;
}

// `text` as a JavaScript string literal in double quotes (JSON's escapes, which JavaScript reads the same).
std::string JsString(const std::string& text) {
  static const char kHex[] = "0123456789abcdef";
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20) {
      out += "\\u00";
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace

std::optional<std::string> StandaloneWidget(const std::string& js, const std::string& wasm, const std::string& css) {
  std::string out = js;
  // As wasm/widget-ui.js writes them, or as the minifier leaves them (wasm/minify.mjs keeps these names).
  auto fill = [&](const std::string& var, const std::string& literal) {
    return ReplaceOnce(&out, var + "=\"\"", var + "=" + literal) ||
           ReplaceOnce(&out, "var " + var + " = '';", "var " + var + " = " + literal + ";");
  };
  if (!fill("WASM_BASE64", "\"" + Base64(wasm) + "\"") || !fill("CSS_TEXT", JsString(css))) return std::nullopt;
  return out;
}

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
  auto rename = [](std::string* js, const std::string& var, const std::string& from, const std::string& to) {
    return ReplaceOnce(js, var + "=\"" + from + "\"", var + "=\"" + to + "\"") ||
           ReplaceOnce(js, "var " + var + " = '" + from + "';", "var " + var + " = '" + to + "';");
  };
  if (!rename(&js, "WASM_NAME", "widget.wasm", wasm_name) || !rename(&js, "CSS_NAME", "widget.css", css_name))
    return problem("widget.js does not name widget.wasm and widget.css as wasm/widget-ui.js does", "rebuild the cs_wasm target");
  set.script_path = "assets/widget." + ContentHash(js) + ".js";
  set.wasm_path = "assets/" + wasm_name;
  set.css_path = "assets/" + css_name;
  set.files.push_back({set.script_path, js});
  set.files.push_back({set.wasm_path, files[1]});
  set.files.push_back({set.css_path, files[2]});
  for (int i = 0; i < 3; ++i) set.files.push_back({std::string("widget/") + names[i], files[i]});
  if (auto standalone = StandaloneWidget(files[0], files[1], files[2]))
    set.files.push_back({"widget/widget-standalone.js", *standalone});
  else
    diagnostics->push_back({Severity::Warning, "build.widget.standalone", widget_name, 0, 0,
                            "widget.js has no WASM_BASE64 and CSS_TEXT for the wasm and the stylesheet, so "
                            "widget/widget-standalone.js is not written; the other files are",
                            "rebuild the cs_wasm target", ""});
  // The calculator alone (widget-deadlines.js + .wasm), for the site's /deadlines/ page; a widget folder without it
  // (an older build) gives that page the whole widget.
  auto calculator_js = widget.find("widget-deadlines.js");
  auto calculator_wasm = widget.find("widget-deadlines.wasm");
  if (calculator_js != widget.end() && calculator_wasm != widget.end()) {
    const std::string calculator_wasm_name = "widget-deadlines." + ContentHash(calculator_wasm->second) + ".wasm";
    std::string calculator = calculator_js->second;
    if (rename(&calculator, "WASM_NAME", "widget-deadlines.wasm", calculator_wasm_name) &&
        rename(&calculator, "CSS_NAME", "widget.css", css_name)) {
      set.deadlines_script_path = "assets/widget-deadlines." + ContentHash(calculator) + ".js";
      set.deadlines_wasm_path = "assets/" + calculator_wasm_name;
      set.files.push_back({set.deadlines_script_path, calculator});
      set.files.push_back({set.deadlines_wasm_path, calculator_wasm->second});
    } else {
      diagnostics->push_back({Severity::Warning, "build.widget.invalid", widget_name, 0, 0,
                              "widget-deadlines.js does not name widget-deadlines.wasm and widget.css as "
                              "wasm/widget-ui.js does, so /deadlines/ loads the whole widget",
                              "rebuild the cs_wasm target", ""});
    }
  }
  return set;
}

}  // namespace cs
