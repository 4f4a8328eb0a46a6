// Rendering JSON Schemas as Markdown tables.
#include "schema_docs.h"

#include <set>

#include <nlohmann/json.hpp>

namespace cs {

namespace {

using json = nlohmann::ordered_json;  // keeps the schema's field order

std::string Cell(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : "";
}

class Renderer {
 public:
  Renderer(const json& root, std::string file) : root_(root), file_(std::move(file)) {}

  std::string Render() {
    std::string title = Str(root_, "title");
    std::string out = "## " + (title.empty() ? file_ : title) + "\n\n";
    out += "Schema: `schemas/" + file_ + "`";
    std::string id = Str(root_, "$id");
    out += "\n\n";
    if (!Str(root_, "description").empty()) out += Str(root_, "description") + "\n\n";
    Object(root_, "(top level)", &out);
    return out;
  }

 private:
  const json& Resolve(const json& node, int depth = 0) {
    std::string ref = Str(node, "$ref");
    if (ref.empty() || depth > 20) return node;
    for (const char* prefix : {"#/$defs/", "#/definitions/"}) {
      std::string p = prefix;
      if (ref.rfind(p, 0) == 0) {
        const char* section = p == "#/$defs/" ? "$defs" : "definitions";
        auto defs = root_.find(section);
        if (defs != root_.end() && defs->contains(ref.substr(p.size())))
          return Resolve((*defs)[ref.substr(p.size())], depth + 1);
      }
    }
    return node;
  }

  std::string RefName(const json& node) {
    std::string ref = Str(node, "$ref");
    size_t slash = ref.rfind('/');
    return slash == std::string::npos ? ref : ref.substr(slash + 1);
  }

  std::string TypeOf(const json& raw) {
    const json& node = Resolve(raw);
    std::string t;
    if (node.contains("type")) {
      const json& type = node["type"];
      if (type.is_string()) t = type.get<std::string>();
      else if (type.is_array())
        for (const auto& x : type) t += (t.empty() ? "" : " or ") + (x.is_string() ? x.get<std::string>() : "?");
    } else if (node.contains("oneOf") || node.contains("anyOf")) {
      const json& options = node.contains("oneOf") ? node["oneOf"] : node["anyOf"];
      for (const auto& o : options) t += (t.empty() ? "" : " or ") + TypeOf(o);
    } else if (node.contains("enum")) {
      t = "one of the values";
    } else if (node.contains("const")) {
      t = "constant";
    }
    if (t == "array" && node.contains("items")) t = "list of " + TypeOf(node["items"]);
    if (t.empty()) t = "any";
    return t;
  }

  std::string Details(const json& raw) {
    const json& node = Resolve(raw);
    std::string d = Str(raw, "description");
    if (d.empty()) d = Str(node, "description");
    auto add = [&](const std::string& s) { d += (d.empty() ? "" : " ") + s; };
    const json* values = node.contains("enum") ? &node["enum"] : nullptr;
    if (!values && node.contains("items") && Resolve(node["items"]).contains("enum")) values = &Resolve(node["items"])["enum"];
    if (values && values->is_array()) {
      std::string list;
      for (const auto& v : *values) list += (list.empty() ? "" : ", ") + std::string("`") + (v.is_string() ? v.get<std::string>() : v.dump()) + "`";
      add("One of: " + list + ".");
    }
    if (node.contains("const")) add("Always `" + node["const"].dump() + "`.");
    if (!Str(node, "format").empty()) add("Format: " + Str(node, "format") + ".");
    if (!Str(node, "pattern").empty()) add("Pattern: `" + Str(node, "pattern") + "`.");
    if (node.contains("minItems")) add("At least " + node["minItems"].dump() + " items.");
    if (node.contains("minimum")) add("Minimum " + node["minimum"].dump() + ".");
    if (node.contains("maximum")) add("Maximum " + node["maximum"].dump() + ".");
    if (raw.contains("default") || node.contains("default"))
      add("Default: `" + (raw.contains("default") ? raw["default"] : node["default"]).dump() + "`.");
    const json* examples = raw.contains("examples") ? &raw["examples"] : node.contains("examples") ? &node["examples"] : nullptr;
    if (examples && examples->is_array() && !examples->empty()) add("Example: `" + (*examples)[0].dump() + "`.");
    return d;
  }

  // The object's table, then a section for each nested object (depth first, each once).
  void Object(const json& raw, const std::string& where, std::string* out) {
    const json& node = Resolve(raw);
    auto props = node.find("properties");
    if (props == node.end() || !props->is_object()) return;
    std::set<std::string> required;
    if (node.contains("required") && node["required"].is_array())
      for (const auto& r : node["required"]) if (r.is_string()) required.insert(r.get<std::string>());
    if (where != "(top level)") {
      *out += "### `" + where + "`\n\n";
      std::string d = Str(raw, "description").empty() ? Str(node, "description") : Str(raw, "description");
      if (!d.empty()) *out += d + "\n\n";
    }
    *out += "| Field | Type | Required | Description |\n| --- | --- | --- | --- |\n";
    std::vector<std::pair<std::string, const json*>> nested;
    for (const auto& [name, value] : props->items()) {
      *out += "| `" + name + "` | " + Cell(TypeOf(value)) + " | " + (required.count(name) ? "yes" : "no") + " | " +
              Cell(Details(value)) + " |\n";
      const json& resolved = Resolve(value);
      std::string path = where == "(top level)" ? name : where + "." + name;
      if (resolved.contains("properties")) nested.emplace_back(path, &value);
      else if (resolved.contains("items") && Resolve(resolved["items"]).contains("properties"))
        nested.emplace_back(path + "[]", &resolved["items"]);
    }
    if (node.contains("additionalProperties") && node["additionalProperties"] == false)
      *out += "\nNo other fields are allowed.\n";
    *out += "\n";
    for (const auto& [path, value] : nested) {
      std::string ref = RefName(*value);
      if (!ref.empty() && !done_.insert(ref).second) {
        *out += "### `" + path + "`\n\nAs `" + ref + "` above.\n\n";
        continue;
      }
      Object(*value, path, out);
    }
  }

  const json& root_;
  std::string file_;
  std::set<std::string> done_;
};

}  // namespace

std::string RenderSchemaDocs(const std::vector<SchemaSource>& schemas, std::vector<Diagnostic>* diagnostics) {
  std::string out =
      "# Content reference (generated from the JSON Schemas)\n\n"
      "Generated by `complaints-site schema-docs` from `schemas/*.json`; do not edit by hand. The prose\n"
      "guide is [content-reference.md](content-reference.md). A test fails when this file is out of date:\n"
      "run `complaints-site schema-docs --out docs/content-reference-schemas.md` after changing a schema.\n\n";
  for (const auto& s : schemas) {
    auto root = json::parse(s.text, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
      if (diagnostics)
        diagnostics->push_back({Severity::Error, "schema_docs.json.invalid", "schemas/" + s.name, 0, 0,
                                "this schema is not a JSON object", "fix the JSON", ""});
      continue;
    }
    out += Renderer(root, s.name).Render();
  }
  return out;
}

}  // namespace cs
