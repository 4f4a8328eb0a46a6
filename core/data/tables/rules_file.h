// One rules file being compiled into tables: its JSON with positions, typed readers that report a mistake where it
// is, and C++ literals for the generated source.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "json_document.h"
#include "rules_tables.h"

namespace cs::rules {

using nlohmann::json;

class RulesFile {
 public:
  /// Parses `data`; a syntax error is reported and ok() is false.
  RulesFile(const RulesText& data, std::vector<Diagnostic>* diagnostics);

  /// False after any error in this file.
  bool ok() const { return doc_ && !doc_->failed(); }
  const json& root() const { return doc_ ? doc_->root() : null_; }
  const std::string& file() const { return file_; }

  /// Reports an error at the value `pointer` (or its key).
  void Error(const std::string& pointer, const std::string& code, std::string message, std::string fix,
             bool at_key = false);
  /// Whether `v` is an object; each key not in `known` is an error ("rules.unknown_key"), with a likely spelling. An
  /// empty `known` takes any key (an object keyed by name).
  bool Object(const json& v, const std::string& pointer, const std::vector<std::string>& known);
  /// Whether `v` is an array (else an error).
  bool Array(const json& v, const std::string& pointer);
  /// Member `key` of `object` as a string: "" when absent (an error when `required`) or not a string (an error).
  std::string String(const json& object, const std::string& pointer, const char* key, bool required);
  /// Member `key` as a whole number in [min, max]: `fallback` when absent (an error when `required`) or wrong.
  int Int(const json& object, const std::string& pointer, const char* key, bool required, int fallback, int min, int max);
  /// Member `key` as true or false: false when absent or wrong (an error).
  bool Bool(const json& object, const std::string& pointer, const char* key);
  /// Member `key` as a list of strings: empty when absent or wrong (an error).
  std::vector<std::string> Strings(const json& object, const std::string& pointer, const char* key);

 private:
  std::string file_;
  std::optional<JsonDocument> doc_;
  json null_;
};

/// A C++ string literal holding `text` exactly (UTF-8 bytes kept; quotes, backslashes and control characters escaped).
std::string Lit(std::string_view text);

}  // namespace cs::rules
