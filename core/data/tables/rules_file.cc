// Typed reading of a rules file with diagnostics at the line and column of each mistake.
#include "rules_file.h"

#include <algorithm>

namespace cs::rules {

RulesFile::RulesFile(const RulesText& data, std::vector<Diagnostic>* diagnostics) : file_(data.file) {
  doc_ = JsonDocument::Parse(data.text, data.file, diagnostics);
}

void RulesFile::Error(const std::string& pointer, const std::string& code, std::string message, std::string fix,
                      bool at_key) {
  if (doc_) doc_->Report(Severity::Error, code, pointer, std::move(message), std::move(fix), "", at_key);
}

bool RulesFile::Object(const json& v, const std::string& pointer, const std::vector<std::string>& known) {
  if (!v.is_object()) {
    Error(pointer, "rules.wrong_type", "must be an object, not " + JsonTypeName(v), "write { … }");
    return false;
  }
  for (const auto& [key, value] : v.items()) {
    if (known.empty()) break;  // keys are names (of codes, languages, letters): any key
    if (std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string guess = ClosestName(key, known);
    Error(JsonPointerAppend(pointer, key), "rules.unknown_key",
          "unknown key \"" + key + "\"" + (guess.empty() ? "" : "; did you mean \"" + guess + "\"?"),
          guess.empty() ? "remove it, or teach core/data/tables to read it" : "rename it to \"" + guess + "\"", true);
  }
  return true;
}

bool RulesFile::Array(const json& v, const std::string& pointer) {
  if (v.is_array()) return true;
  Error(pointer, "rules.wrong_type", "must be a list, not " + JsonTypeName(v), "write [ … ]");
  return false;
}

std::string RulesFile::String(const json& object, const std::string& pointer, const char* key, bool required) {
  auto it = object.find(key);
  if (it == object.end()) {
    if (required) Error(pointer, "rules.missing", std::string("\"") + key + "\" is missing", std::string("add \"") + key + "\": \"…\"");
    return {};
  }
  if (!it->is_string()) {
    Error(JsonPointerAppend(pointer, key), "rules.wrong_type", std::string("\"") + key + "\" must be text, not " + JsonTypeName(*it),
          std::string("write \"") + key + "\": \"…\"");
    return {};
  }
  if (required && it->get_ref<const std::string&>().empty())
    Error(JsonPointerAppend(pointer, key), "rules.missing", std::string("\"") + key + "\" is empty", "write the text");
  return it->get<std::string>();
}

int RulesFile::Int(const json& object, const std::string& pointer, const char* key, bool required, int fallback, int min,
                   int max) {
  auto it = object.find(key);
  if (it == object.end()) {
    if (required) Error(pointer, "rules.missing", std::string("\"") + key + "\" is missing", std::string("add \"") + key + "\": a number");
    return fallback;
  }
  if (!it->is_number_integer() || it->get<long long>() < min || it->get<long long>() > max) {
    Error(JsonPointerAppend(pointer, key), "rules.bad_value",
          std::string("\"") + key + "\" must be a whole number from " + std::to_string(min) + " to " + std::to_string(max),
          "write a whole number in that range");
    return fallback;
  }
  return it->get<int>();
}

bool RulesFile::Bool(const json& object, const std::string& pointer, const char* key) {
  auto it = object.find(key);
  if (it == object.end()) return false;
  if (!it->is_boolean()) {
    Error(JsonPointerAppend(pointer, key), "rules.wrong_type", std::string("\"") + key + "\" must be true or false", "write true or false");
    return false;
  }
  return it->get<bool>();
}

std::vector<std::string> RulesFile::Strings(const json& object, const std::string& pointer, const char* key) {
  std::vector<std::string> out;
  auto it = object.find(key);
  if (it == object.end()) return out;
  std::string at = JsonPointerAppend(pointer, key);
  if (!Array(*it, at)) return out;
  for (size_t i = 0; i < it->size(); ++i) {
    const json& s = (*it)[i];
    if (!s.is_string()) {
      Error(JsonPointerAppend(at, i), "rules.wrong_type", "must be text, not " + JsonTypeName(s), "write \"…\"");
      continue;
    }
    out.push_back(s.get<std::string>());
  }
  return out;
}

std::string Lit(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += char(c);
    } else if (c == '\n') {
      out += "\\n";
    } else if (c < 0x20 || c == 0x7f) {
      // Octal, three digits: never swallows a following digit as a hex escape would.
      out += '\\';
      out += char('0' + (c >> 6));
      out += char('0' + ((c >> 3) & 7));
      out += char('0' + (c & 7));
    } else {
      out += char(c);
    }
  }
  return out + "\"";
}

std::string GeneratedHeader(const std::string& sources, const char* header) {
  return "// Generated at build time by core/data/tables from " + sources + ". Do not edit.\n#include \"" + header +
         "\"\n\n";
}

}  // namespace cs::rules
