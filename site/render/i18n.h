// The words of the templates and widget, one JSON file per language in templates/i18n/<lang>.json, with
// English (en.json) as the fallback for anything a translation leaves out.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "diagnostic.h"
#include "file_map.h"

namespace cs {

class Translations {
 public:
  /// Parses English and (optionally, when `language` is not "en") the language's file. Strings are
  /// looked up by dotted key ("widget.calculator.title"). Keys the translation lacks come from English;
  /// keys only the translation has are reported as warnings ("i18n.key.unknown"). Returns nothing when
  /// either file is not a JSON object of objects and strings ("i18n.json.invalid").
  static std::optional<Translations> Parse(std::string_view english_json, std::string_view language_json,
                                           const std::string& language, std::vector<Diagnostic>* diagnostics,
                                           const std::string& english_file = "templates/i18n/en.json",
                                           const std::string& language_file = "");

  /// Takes `en.json` and `<language>.json` from `files` (a templates/i18n/ folder's files, by name; the latter
  /// optional: a missing file means English throughout, with a warning "i18n.language.missing"). Diagnostics name
  /// the files "<folder>/en.json".
  static std::optional<Translations> Load(const FileMap& files, const std::string& folder, const std::string& language,
                                          std::vector<Diagnostic>* diagnostics);

  /// The string for `key`, from the language or else English; "" when neither has it.
  std::string Get(std::string_view key) const;
  /// Get() HTML-escaped, then every "{name}" replaced by its value, which is already HTML.
  std::string Html(std::string_view key, const std::map<std::string, std::string>& html_values = {}) const;
  /// Get() with every "{name}" replaced by its value.
  std::string Format(std::string_view key, const std::map<std::string, std::string>& values) const;
  /// The merged tree (English overlaid with the language), e.g. for template data under "t".
  const nlohmann::json& Tree() const { return merged_; }
  /// English keys the language does not translate (empty for English).
  const std::vector<std::string>& Untranslated() const { return untranslated_; }
  const std::string& language() const { return language_; }

 private:
  std::string language_;
  nlohmann::json merged_;
  std::vector<std::string> untranslated_;
};

/// `text` with every "{name}" that has a value in `values` replaced by it; other braces are kept.
std::string FillPlaceholders(std::string_view text, const std::map<std::string, std::string>& values);

/// A count with its thousands separated by commas, as the annual report's words and the Ombudsman submission write
/// it: 8400 -> "8,400", 1234567 -> "1,234,567", 999 -> "999". For counts (0 or more): a minus sign would be grouped
/// like a digit (-123 -> "-,123").
std::string Thousands(long long n);

/// The name of a bank-holiday division ("england-and-wales", "scotland", "northern-ireland") in the site's
/// language (widget.pages.nation_*: the no-JS widget pages and the annual report use them; the browser widget offers
/// residents no choice of nation, so they are not shipped in widget.js).
std::string NationName(const Translations& words, const std::string& division);

/// Every dotted key of a string leaf in `tree`, sorted.
std::vector<std::string> TranslationKeys(const nlohmann::json& tree);

}  // namespace cs
