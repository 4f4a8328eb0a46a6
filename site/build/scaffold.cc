// A new landlord's content from templates/init/.
#include "scaffold.h"

#include <string_view>

#include <nlohmann/json.hpp>

namespace cs {

namespace {

void ReplaceAll(std::string* text, const std::string& from, const std::string& to) {
  for (size_t at = text->find(from); at != std::string::npos; at = text->find(from, at + to.size()))
    text->replace(at, from.size(), to);
}

// The name as JSON string content (without the quotes).
std::string JsonEscaped(const std::string& s) {
  std::string quoted = nlohmann::json(s).dump();
  return quoted.substr(1, quoted.size() - 2);
}

// The name as Markdown text: punctuation that Markdown could read as formatting is backslash-escaped.
std::string MarkdownEscaped(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (std::string_view("\\`*_{}[]<>()#+!|~").find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::optional<FileMap> InitialContent(const FileMap& templates, const std::string& name, const std::string& nation,
                                      std::string* error) {
  auto site_json = templates.find("init/site.json");
  auto policy = templates.find("init/policy.md");
  if (site_json == templates.end() || policy == templates.end() || !InitialGitignore(templates)) {
    if (error) *error = "init/ is missing site.json, policy.md or gitignore";
    return std::nullopt;
  }
  FileMap files = {{"site.json", site_json->second}, {"policy.md", policy->second}};
  ReplaceAll(&files["site.json"], "{{landlord_name}}", JsonEscaped(name));
  ReplaceAll(&files["site.json"], "{{nation}}", JsonEscaped(nation));
  ReplaceAll(&files["policy.md"], "{{landlord_name}}", MarkdownEscaped(name));
  return files;
}

std::optional<std::string> InitialGitignore(const FileMap& templates) {
  auto it = templates.find("init/gitignore");
  if (it == templates.end()) return std::nullopt;
  return it->second;
}

}  // namespace cs
