// A content JSON file being read: parsed value, source positions, and diagnostics that point into the file.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "diagnostic.h"
#include "json_positions.h"

namespace cs {

/// Parses a content JSON file for a content parser. Syntax errors ("json.syntax", "json.comment",
/// "json.trailing_comma", "json.too_deep", "json.empty") and duplicate keys ("json.duplicate_key", an
/// error: nlohmann/json would silently keep only the last) are appended to the diagnostics.
class JsonDocument {
 public:
  /// Returns nothing when the text is not usable JSON (the reasons are in `diagnostics`).
  static std::optional<JsonDocument> Parse(std::string_view text, const std::string& file,
                                           std::vector<Diagnostic>* diagnostics);

  const nlohmann::json& root() const { return root_; }
  const std::string& file() const { return file_; }
  const JsonScan& scan() const { return scan_; }
  /// Where the value at `pointer` starts (or its nearest ancestor).
  JsonPosition Locate(const std::string& pointer) const { return scan_.Locate(pointer); }

  /// Adds a diagnostic at the value `pointer` (or at its key when `at_key`).
  void Report(Severity severity, const std::string& code, const std::string& pointer, std::string message,
              std::string fix, std::string provision = "", bool at_key = false);
  void Error(const std::string& code, const std::string& pointer, std::string message, std::string fix,
             std::string provision = "") {
    Report(Severity::Error, code, pointer, std::move(message), std::move(fix), std::move(provision));
  }
  void Warning(const std::string& code, const std::string& pointer, std::string message, std::string fix,
               std::string provision = "") {
    Report(Severity::Warning, code, pointer, std::move(message), std::move(fix), std::move(provision));
  }
  /// True when any error has been reported through this document (including parse errors).
  bool failed() const { return failed_; }

  /// Warns (code `code`) at each key of the object at `pointer` not in `known`, suggesting the closest
  /// known key. "$schema" is always allowed.
  void CheckKeys(const nlohmann::json& object, const std::string& pointer, const std::vector<std::string>& known,
                 const std::string& code);

  /// Reads an optional string member `key` of `object` into `out`; wrong type -> error `type_code`.
  /// Returns true when the member is present and a string.
  bool ReadString(const nlohmann::json& object, const std::string& pointer, const std::string& key, std::string* out,
                  const std::string& type_code);

 private:
  JsonDocument() = default;
  nlohmann::json root_;
  JsonScan scan_;
  std::string file_;
  std::vector<Diagnostic>* diagnostics_ = nullptr;
  bool failed_ = false;
};

/// Orders diagnostics[first..] by line and column (stable), so they read top to bottom like the file.
void SortByPosition(std::vector<Diagnostic>* diagnostics, size_t first);

/// The name in `names` closest to `word` by edit distance, if close enough to be a likely typo; else "".
std::string ClosestName(std::string_view word, const std::vector<std::string>& names);

/// Levenshtein distance (insertions, deletions, substitutions), case-sensitive.
size_t EditDistance(std::string_view a, std::string_view b);

/// "a string", "a number", "a list", "an object", "true or false", "null" — for "must be … not …" messages.
std::string JsonTypeName(const nlohmann::json& value);

}  // namespace cs
