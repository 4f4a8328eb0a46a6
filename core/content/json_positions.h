// A JSON scanner that records where each value starts (by JSON Pointer) and explains syntax errors by line:col.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace cs {

/// Where a value starts. Lines and columns are 1-based; columns count Unicode characters (a tab is one).
/// For an object member, `key_line`/`key_column` is where its key's opening quote is; for the root and
/// array elements they equal the value's position.
struct JsonPosition {
  int line = 0;
  int column = 0;
  int key_line = 0;
  int key_column = 0;
};

/// A key that appears twice in the same object (nlohmann/json silently keeps only the last one).
struct JsonDuplicateKey {
  std::string pointer;  ///< pointer to the member, e.g. "/channels/0/kind"
  std::string key;
  int line = 0, column = 0;              ///< the second occurrence's key
  int first_line = 0, first_column = 0;  ///< the first occurrence's key
};

/// Result of ScanJson. On a syntax error `ok` is false and `error_*` says what and where; positions
/// recorded before the error are kept.
struct JsonScan {
  bool ok = true;
  std::string error_code;  ///< "json.syntax", "json.comment", "json.trailing_comma", "json.too_deep", "json.empty"
  std::string error_message;
  std::string error_fix;
  int error_line = 0;
  int error_column = 0;
  std::vector<JsonDuplicateKey> duplicates;

  /// Position of the value at `pointer` ("" is the root), or nullptr when there is none.
  const JsonPosition* Find(std::string_view pointer) const;
  /// Position of `pointer`, or of its nearest ancestor that has one (the root at worst; 1:1 if empty).
  JsonPosition Locate(std::string_view pointer) const;
  /// Number of values recorded.
  size_t size() const { return nodes.size(); }

  // A tree of values: nodes[0] is the root; `children` maps "<parent index>/<escaped token>" to a node.
  // Stored this way (not as full pointers) so memory stays linear in the input.
  std::vector<JsonPosition> nodes;
  std::unordered_map<std::string, int> children;
};

/// Deepest nesting of arrays and objects ScanJson accepts.
constexpr int kMaxJsonDepth = 200;

/// Scans RFC 8259 JSON (a UTF-8 byte-order mark is allowed). Linear in the input size; nesting deeper
/// than `max_depth` is a "json.too_deep" error rather than a stack overflow.
JsonScan ScanJson(std::string_view text, int max_depth = kMaxJsonDepth);

/// Appends `key` to `pointer` as one JSON Pointer reference token ("~" -> "~0", "/" -> "~1").
std::string JsonPointerAppend(const std::string& pointer, std::string_view key);
std::string JsonPointerAppend(const std::string& pointer, size_t index);

}  // namespace cs
