// Loading templates/i18n/<lang>.json with English as the fallback.
#include "i18n.h"

#include <algorithm>

#include "html.h"

namespace cs {

namespace {

void CollectKeys(const nlohmann::json& tree, const std::string& prefix, std::vector<std::string>* out) {
  for (const auto& [key, value] : tree.items()) {
    std::string path = prefix.empty() ? key : prefix + "." + key;
    if (value.is_object()) CollectKeys(value, path, out);
    else if (value.is_string()) out->push_back(path);
  }
}

// Whether every leaf is a string (objects nest; nothing else allowed). Sets `bad` to the first offender.
bool OnlyStrings(const nlohmann::json& tree, const std::string& prefix, std::string* bad) {
  for (const auto& [key, value] : tree.items()) {
    std::string path = prefix.empty() ? key : prefix + "." + key;
    if (value.is_object()) {
      if (!OnlyStrings(value, path, bad)) return false;
    } else if (!value.is_string()) {
      *bad = path;
      return false;
    }
  }
  return true;
}

const nlohmann::json* Find(const nlohmann::json& tree, std::string_view key) {
  const nlohmann::json* node = &tree;
  size_t start = 0;
  while (true) {
    size_t dot = key.find('.', start);
    std::string part(key.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
    if (!node->is_object()) return nullptr;
    auto it = node->find(part);
    if (it == node->end()) return nullptr;
    node = &*it;
    if (dot == std::string_view::npos) return node;
    start = dot + 1;
  }
}

std::optional<nlohmann::json> ParseTree(std::string_view text, const std::string& file,
                                        std::vector<Diagnostic>* diagnostics) {
  auto fail = [&](const std::string& message) -> std::optional<nlohmann::json> {
    if (diagnostics)
      diagnostics->push_back({Severity::Error, "i18n.json.invalid", file, 0, 0, message,
                              "keep the file a JSON object whose values are strings or objects of strings", ""});
    return std::nullopt;
  };
  auto tree = nlohmann::json::parse(text, nullptr, false);
  if (tree.is_discarded()) return fail("this is not valid JSON");
  if (!tree.is_object()) return fail("the file must be a JSON object");
  std::string bad;
  if (!OnlyStrings(tree, "", &bad)) return fail("\"" + bad + "\" must be a string or an object of strings");
  return tree;
}

}  // namespace

std::vector<std::string> TranslationKeys(const nlohmann::json& tree) {
  std::vector<std::string> keys;
  if (tree.is_object()) CollectKeys(tree, "", &keys);
  std::sort(keys.begin(), keys.end());
  return keys;
}

std::optional<Translations> Translations::Parse(std::string_view english_json, std::string_view language_json,
                                                const std::string& language, std::vector<Diagnostic>* diagnostics,
                                                const std::string& english_file, const std::string& language_file) {
  auto english = ParseTree(english_json, english_file, diagnostics);
  if (!english) return std::nullopt;
  Translations t;
  t.language_ = language.empty() ? "en" : language;
  t.merged_ = *english;
  if (t.language_ == "en" || language_json.empty()) return t;
  std::string file = language_file.empty() ? "templates/i18n/" + t.language_ + ".json" : language_file;
  auto translated = ParseTree(language_json, file, diagnostics);
  if (!translated) return std::nullopt;
  auto english_keys = TranslationKeys(*english);
  for (const auto& key : TranslationKeys(*translated)) {
    if (!std::binary_search(english_keys.begin(), english_keys.end(), key)) {
      if (diagnostics)
        diagnostics->push_back({Severity::Warning, "i18n.key.unknown", file, 0, 0,
                                "\"" + key + "\" is not a key of the English file, so nothing uses it",
                                "check the spelling against " + english_file, ""});
    }
  }
  for (const auto& key : english_keys) {
    const nlohmann::json* value = Find(*translated, key);
    if (!value || !value->is_string()) {
      t.untranslated_.push_back(key);
      continue;
    }
    nlohmann::json::json_pointer pointer("/" + [&] {
      std::string p = key;
      std::replace(p.begin(), p.end(), '.', '/');
      return p;
    }());
    t.merged_[pointer] = *value;
  }
  return t;
}

std::optional<Translations> Translations::Load(const FileMap& files, const std::string& folder,
                                               const std::string& language, std::vector<Diagnostic>* diagnostics) {
  std::string english_file = folder + "/en.json";
  auto english = files.find("en.json");
  if (english == files.end()) {
    if (diagnostics)
      diagnostics->push_back({Severity::Error, "i18n.english.missing", english_file, 0, 0, "there is no en.json",
                              "restore templates/i18n/en.json from the release", ""});
    return std::nullopt;
  }
  std::string code = language.empty() ? "en" : language;
  std::string language_file = folder + "/" + code + ".json";
  std::string translated;
  if (code != "en") {
    auto text = files.find(code + ".json");
    if (text != files.end()) translated = text->second;
    else if (diagnostics)
      diagnostics->push_back({Severity::Warning, "i18n.language.missing", language_file, 0, 0,
                              "there is no translation for language \"" + code + "\", so the site's own words are in English",
                              "add " + language_file + " with the keys of en.json, or set \"language\": \"en\"", ""});
  }
  return Parse(english->second, translated, code, diagnostics, english_file, language_file);
}

std::string Translations::Get(std::string_view key) const {
  const nlohmann::json* value = Find(merged_, key);
  return value && value->is_string() ? value->get<std::string>() : "";
}

std::string Translations::Format(std::string_view key, const std::map<std::string, std::string>& values) const {
  return FillPlaceholders(Get(key), values);
}

std::string Translations::Html(std::string_view key, const std::map<std::string, std::string>& html_values) const {
  return FillPlaceholders(EscapeHtml(Get(key)), html_values);
}

std::string NationName(const Translations& words, const std::string& division) {
  if (division == "scotland") return words.Get("widget.pages.nation_scotland");
  if (division == "northern-ireland") return words.Get("widget.pages.nation_northern_ireland");
  return words.Get("widget.pages.nation_england_and_wales");
}

std::string Thousands(long long n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string FillPlaceholders(std::string_view text, const std::map<std::string, std::string>& values) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string::npos) {
        auto it = values.find(std::string(text.substr(i + 1, close - i - 1)));
        if (it != values.end()) {
          out += it->second;
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace cs
