// Looks up and fills the engine's plain-English sentences (or a translation's, through MessageOverlay).
#include "messages.h"

#include <nlohmann/json.hpp>

#include "embedded_data.h"

namespace cs {

namespace {
thread_local const MessageOverlay* current_overlay = nullptr;
}  // namespace

std::string_view EnglishEngineWords() { return EmbeddedDataFile("engine-words.en.json"); }

std::string FillPlaceholders(std::string_view text, const MessageValues& values) {
  std::string out;
  out.reserve(text.size() + 32);
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        std::string_view name = text.substr(i + 1, close - i - 1);
        bool found = false;
        for (const auto& [k, v] : values) {
          if (k == name) {
            out += v;
            found = true;
            break;
          }
        }
        if (found) {
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

namespace {
constexpr const char* kGroups[] = {"next_steps", "errors"};

std::string GroupKey(std::string_view group, std::string_view key) {
  std::string k(group);
  k += '.';
  k += key;
  return k;
}
}  // namespace

MessageOverlay::MessageOverlay(const nlohmann::json* words) : previous_(current_overlay) {
  if (words && words->is_object())
    for (const char* group : kGroups)
      if (auto texts = words->find(group); texts != words->end() && texts->is_object())
        for (const auto& [key, value] : texts->items())
          if (value.is_string()) sentences_.push_back({GroupKey(group, key), value.get<std::string>()});
  current_overlay = this;
}

MessageOverlay::MessageOverlay(std::string_view words_json)
    : MessageOverlay(nullptr) {
  if (words_json.empty()) return;
  auto words = nlohmann::json::parse(words_json.begin(), words_json.end(), nullptr, false);
  MessageOverlay parsed(&words);
  sentences_ = std::move(parsed.sentences_);
}

MessageOverlay::~MessageOverlay() { current_overlay = previous_; }

const std::string* MessageOverlay::Find(std::string_view group, std::string_view key) const {
  std::string wanted = GroupKey(group, key);
  for (const auto& [k, sentence] : sentences_)
    if (k == wanted) return &sentence;
  return nullptr;
}

std::string EngineText(std::string_view group, std::string_view key, const MessageValues& values) {
  for (const MessageOverlay* o = current_overlay; o; o = o->previous_)
    if (const std::string* s = o->Find(group, key)) return FillPlaceholders(*s, values);
  static const nlohmann::json kWords = [] {
    std::string_view text = EnglishEngineWords();
    auto words = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    return words.is_object() ? words : nlohmann::json();
  }();
  if (!kWords.is_object()) return {};
  auto texts = kWords.find(std::string(group));
  if (texts == kWords.end() || !texts->is_object()) return {};
  auto it = texts->find(std::string(key));
  if (it == texts->end() || !it->is_string()) return {};
  return FillPlaceholders(it->get_ref<const std::string&>(), values);
}

std::string Message(std::string_view key, const MessageValues& values) { return EngineText("next_steps", key, values); }

std::string ErrorText(std::string_view key, const MessageValues& values) { return EngineText("errors", key, values); }

std::string CapitalisedFirst(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 32);
  return s;
}

}  // namespace cs
