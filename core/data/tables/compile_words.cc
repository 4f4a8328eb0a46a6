// The engine's English words (the "engine" object of templates/i18n/en.json): read with positions, the sentences
// (next_steps, errors) compiled into core/words' table; the walkthrough's are taken by compile_walkthrough.cc.
#include <algorithm>

#include "rules_file.h"

namespace cs::rules {

const std::string* EnglishWords::Find(std::string_view key) {
  for (size_t i = 0; i < texts.size(); ++i)
    if (texts[i].first == key) {
      used[i] = true;
      return &texts[i].second;
    }
  return nullptr;
}

namespace {

void Collect(RulesFile& f, const json& v, const std::string& key, const std::string& pointer, EnglishWords* out) {
  if (v.is_object()) {
    for (const auto& [k, child] : v.items())
      Collect(f, child, key.empty() ? k : key + "." + k, JsonPointerAppend(pointer, k), out);
    return;
  }
  if (!v.is_string()) {
    f.Error(pointer, "rules.wrong_type", "engine words must be text, not " + JsonTypeName(v), "write \"…\"");
    return;
  }
  out->texts.push_back({key, v.get<std::string>()});
}

}  // namespace

bool ReadEnglishWords(const RulesText& english, EnglishWords* words, std::vector<Diagnostic>* diagnostics) {
  RulesFile f(english, diagnostics);
  words->file = english.file;
  if (!f.ok()) return false;
  auto engine = f.root().find("engine");
  if (engine == f.root().end() || !engine->is_object()) {
    f.Error("", "rules.missing", "there is no \"engine\" object (the engine's English words)", "add \"engine\": { … }");
    return false;
  }
  Collect(f, *engine, "", "/engine", words);
  // Where each text is, for "not used" diagnostics.
  std::vector<Diagnostic> none;
  auto doc = JsonDocument::Parse(english.text, english.file, &none);
  for (const auto& [key, text] : words->texts) {
    std::string pointer = "/engine";
    size_t from = 0;
    while (true) {
      size_t dot = key.find('.', from);
      pointer = JsonPointerAppend(pointer, key.substr(from, dot == std::string::npos ? std::string::npos : dot - from));
      if (dot == std::string::npos) break;
      from = dot + 1;
    }
    JsonPosition p = doc ? doc->Locate(pointer) : JsonPosition{};
    words->positions.push_back({p.key_line, p.key_column});
  }
  words->used.assign(words->texts.size(), false);
  return f.ok();
}

std::string CompileWords(EnglishWords& words, std::vector<Diagnostic>*) {
  std::vector<std::pair<std::string, std::string>> sentences;
  for (size_t i = 0; i < words.texts.size(); ++i) {
    const std::string& key = words.texts[i].first;
    if (key.rfind("next_steps.", 0) == 0 || key.rfind("errors.", 0) == 0) {
      sentences.push_back(words.texts[i]);
      words.used[i] = true;
    }
  }
  std::sort(sentences.begin(), sentences.end());
  std::string out = GeneratedHeader(words.file + " (\"engine\": next_steps, errors)", "words_table.h");
  out += "namespace cs::tables {\n\nconst Word kEnglishWords[] = {\n";
  for (const auto& [key, text] : sentences) out += "    {" + Lit(key) + ", " + Lit(text) + "},\n";
  out += "};\nconst int kEnglishWordCount = " + std::to_string(sentences.size()) + ";\n\n}  // namespace cs::tables\n";
  return out;
}

void ReportUnusedWords(const EnglishWords& words, std::vector<Diagnostic>* diagnostics) {
  for (size_t i = 0; i < words.texts.size(); ++i) {
    if (words.used[i]) continue;
    Diagnostic d;
    d.code = "rules.unused_word";
    d.file = words.file;
    d.line = words.positions[i].first;
    d.column = words.positions[i].second;
    d.message = "engine." + words.texts[i].first + " is not used by the engine (no such screen, choice, letter part or sentence)";
    d.fix = "check the key against core/data/walkthrough.json, or remove it";
    diagnostics->push_back(std::move(d));
  }
}

}  // namespace cs::rules
