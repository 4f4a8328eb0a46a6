// Content JSON files: parse with positions, report diagnostics where the landlord will look.
#include "json_document.h"

#include <algorithm>

namespace cs {

std::optional<JsonDocument> JsonDocument::Parse(std::string_view text, const std::string& file,
                                                std::vector<Diagnostic>* diagnostics) {
  JsonDocument doc;
  doc.file_ = file;
  doc.diagnostics_ = diagnostics;
  doc.scan_ = ScanJson(text);
  if (!doc.scan_.ok) {
    Diagnostic d;
    d.code = doc.scan_.error_code;
    d.file = file;
    d.line = doc.scan_.error_line;
    d.column = doc.scan_.error_column;
    d.message = doc.scan_.error_message;
    d.fix = doc.scan_.error_fix;
    diagnostics->push_back(std::move(d));
    return std::nullopt;
  }
  for (const auto& dup : doc.scan_.duplicates) {
    Diagnostic d;
    d.code = "json.duplicate_key";
    d.file = file;
    d.line = dup.line;
    d.column = dup.column;
    d.message = "the key \"" + dup.key + "\" appears twice in the same object (first at line " +
                std::to_string(dup.first_line) + " column " + std::to_string(dup.first_column) +
                "); only one of them would be used";
    d.fix = "keep one \"" + dup.key + "\" and delete the other";
    diagnostics->push_back(std::move(d));
    doc.failed_ = true;
  }
  if (doc.failed_) return std::nullopt;
  doc.root_ = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.root_.is_discarded()) {
    // The scanner accepted what nlohmann/json did not; should not happen, but never pretend it parsed.
    Diagnostic d;
    d.code = "json.syntax";
    d.file = file;
    d.line = 1;
    d.column = 1;
    d.message = "the JSON could not be read";
    d.fix = "check the file with a JSON validator";
    diagnostics->push_back(std::move(d));
    return std::nullopt;
  }
  return doc;
}

void JsonDocument::Report(Severity severity, const std::string& code, const std::string& pointer, std::string message,
                          std::string fix, std::string provision, bool at_key) {
  JsonPosition p = scan_.Locate(pointer);
  Diagnostic d;
  d.severity = severity;
  d.code = code;
  d.file = file_;
  d.line = at_key ? p.key_line : p.line;
  d.column = at_key ? p.key_column : p.column;
  d.message = std::move(message);
  d.fix = std::move(fix);
  d.provision = std::move(provision);
  diagnostics_->push_back(std::move(d));
  if (severity == Severity::Error) failed_ = true;
}

void JsonDocument::CheckKeys(const nlohmann::json& object, const std::string& pointer,
                             const std::vector<std::string>& known, const std::string& code) {
  if (!object.is_object()) return;
  for (auto it = object.begin(); it != object.end(); ++it) {
    const std::string& key = it.key();
    if (key == "$schema" || std::find(known.begin(), known.end(), key) != known.end()) continue;
    std::string guess = ClosestName(key, known);
    std::string where = pointer.empty() ? "here" : "in \"" + pointer + "\"";
    Report(Severity::Warning, code, JsonPointerAppend(pointer, key),
           "unknown key \"" + key + "\" " + where + " is ignored" + (guess.empty() ? "" : "; did you mean \"" + guess + "\"?"),
           guess.empty() ? "remove it; see docs/content-reference.md for the keys this file takes"
                         : "rename it to \"" + guess + "\"",
           "", /*at_key=*/true);
  }
}

bool JsonDocument::ReadString(const nlohmann::json& object, const std::string& pointer, const std::string& key,
                              std::string* out, const std::string& type_code) {
  auto it = object.find(key);
  if (it == object.end()) return false;
  if (!it->is_string()) {
    Error(type_code, JsonPointerAppend(pointer, key), "\"" + key + "\" must be text in double quotes, not " + JsonTypeName(*it),
          "write \"" + key + "\": \"…\"");
    return false;
  }
  *out = it->get<std::string>();
  return true;
}

void SortByPosition(std::vector<Diagnostic>* diagnostics, size_t first) {
  std::stable_sort(diagnostics->begin() + static_cast<std::ptrdiff_t>(first), diagnostics->end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return a.line != b.line ? a.line < b.line : a.column < b.column;
                   });
}

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diagonal = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = up;
    }
  }
  return row[b.size()];
}

std::string ClosestName(std::string_view word, const std::vector<std::string>& names) {
  if (word.size() > 64) return "";
  std::string lower(word);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  for (char& c : lower)
    if (c == '-' || c == ' ') c = '_';
  std::string best;
  size_t best_distance = std::string::npos;
  for (const auto& name : names) {
    size_t d = EditDistance(lower, name);
    if (d < best_distance) {
      best_distance = d;
      best = name;
    }
  }
  size_t limit = std::max<size_t>(2, std::min(word.size(), best.size()) / 3);
  return best_distance <= limit ? best : "";
}

std::string JsonTypeName(const nlohmann::json& value) {
  switch (value.type()) {
    case nlohmann::json::value_t::string: return "text";
    case nlohmann::json::value_t::boolean: return "true or false";
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::array: return "a list [...]";
    case nlohmann::json::value_t::object: return "an object {...}";
    default: return "a number";
  }
}

}  // namespace cs
