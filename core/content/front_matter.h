// Front matter at the top of a Markdown page: `---`, flat `key: value` lines, `---` (the Hugo/Jekyll form).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostic.h"

namespace cs {

/// A page's front matter and body.
struct FrontMatter {
  bool present = false;  ///< the file starts with a `---` line
  std::vector<std::pair<std::string, std::string>> fields;  ///< in file order, values unquoted
  std::vector<int> field_lines;  ///< the file line of each of `fields`
  std::string title;
  std::string description;
  std::optional<int> order;  ///< position in navigation; pages without one sort after, by file name
  std::string body;          ///< everything after the closing `---` (the whole text when there is none)
  int body_line = 1;         ///< file line number of the body's first line, for Markdown diagnostics

  /// The value of `key`, or nullptr.
  const std::string* Get(std::string_view key) const;
};

/// Splits `text` into front matter and body. Supported: `key: value` with a value that is bare, in double
/// quotes (with \" \\ \n escapes) or in single quotes ('' for a quote); blank lines; `#` comment lines.
/// Known keys: title (required), description, order (an integer). Codes (the only front matter codes: the
/// generator reads policy.md and pages/ with this parser): "fm.unterminated", "fm.syntax", "fm.unsupported",
/// "fm.duplicate_key", "fm.unknown_key" (warning), "fm.title.missing", "fm.order.invalid".
/// Text that does not start with a `---` line has no front matter: `present` is false, the body is the
/// whole text and nothing is reported (policy.md needs none; the generator decides for pages/).
/// Returns nothing when there are errors. `diagnostics` may be null (the errors still make it return nothing).
/// With `keys`, another kind of file's front matter (a notice's: from, until, title): only those keys are known,
/// none is interpreted and none is required (the caller checks them with `field_lines`).
std::optional<FrontMatter> ParseFrontMatter(std::string_view text, const std::string& file,
                                            std::vector<Diagnostic>* diagnostics,
                                            const std::vector<std::string>* keys = nullptr);

}  // namespace cs
