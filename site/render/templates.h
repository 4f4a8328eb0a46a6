// The site's Mustache templates (templates/*.mustache, overridable by content/templates/) and their words.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "diagnostic.h"
#include "file_map.h"
#include "i18n.h"

namespace cs {

class Templates {
 public:
  /// Takes every top-level `*.mustache` of `builtin` (the built-in templates: compiled in, or `--templates DIR`),
  /// then every same-named file of `overrides` (the landlord's content/templates/) replaces the built-in one; words
  /// from `builtin`'s `i18n/<lang>.json`, overlaid by `overrides`' `i18n/<lang>.json` when present. Diagnostics name
  /// the files "<builtin_name>/layout.mustache" and "<overrides_name>/layout.mustache". Returns nothing when a
  /// template does not parse.
  static std::optional<Templates> Load(const FileMap& builtin, const std::string& builtin_name, const FileMap& overrides,
                                       const std::string& overrides_name, const std::string& language,
                                       std::vector<Diagnostic>* diagnostics);

  /// For tests: templates by name ("layout" -> text) and the English words as JSON text.
  static std::optional<Templates> FromStrings(const std::map<std::string, std::string>& templates,
                                              const std::string& english_json, std::vector<Diagnostic>* diagnostics);

  bool Has(const std::string& name) const { return templates_.count(name) > 0; }
  /// Where template `name` came from ("templates/layout.mustache" or "content/templates/layout.mustache").
  std::string Origin(const std::string& name) const;

  /// Renders template `name` with `data`. `{{x}}` is HTML-escaped; `{{{x}}}` is inserted as it is and is
  /// used only for HTML the generator made. Every template is available as a partial (`{{> contact}}`);
  /// the words are under `t` (`{{t.nav.policy}}`). Empty strings and null count as false in sections.
  std::string Render(const std::string& name, const nlohmann::json& data, std::vector<Diagnostic>* diagnostics) const;

  /// The word or sentence at dotted `key` ("" when missing), with "{name}" placeholders filled.
  std::string T(const std::string& key, const std::map<std::string, std::string>& values = {}) const;
  const Translations& Words() const { return *words_; }

 private:
  std::map<std::string, std::string> templates_;
  std::map<std::string, std::string> origins_;
  std::optional<Translations> words_;
  // Made once by Prepare(): each template parsed, and the words and partials as Mustache data, so that
  // rendering a page converts only that page's own data (the bench showed the per-page conversion of
  // the whole word list and the re-parsing of the layout as the largest costs after writing files).
  struct Prepared;
  std::shared_ptr<Prepared> prepared_;
  void Prepare();
};

}  // namespace cs
