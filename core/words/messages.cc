// Looks up and fills the engine's plain-English sentences (or a translation's, through MessageOverlay).
#include "messages.h"

#include "words_table.h"

namespace cs {

namespace {
thread_local const MessageOverlay* current_overlay = nullptr;

// The English sentence for a dotted key, by binary search of the compiled-in table; null when there is none.
const char* EnglishSentence(std::string_view key) {
  int low = 0, high = tables::kEnglishWordCount;
  while (low < high) {
    int mid = (low + high) / 2;
    int order = key.compare(tables::kEnglishWords[mid].key);
    if (order == 0) return tables::kEnglishWords[mid].text;
    if (order < 0) high = mid;
    else low = mid + 1;
  }
  return nullptr;
}
}  // namespace

const std::string* FindWord(const EngineWords& words, std::string_view key) {
  for (const auto& [k, text] : words)
    if (k == key) return &text;
  return nullptr;
}

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

MessageOverlay::MessageOverlay(const EngineWords* words) : words_(words), previous_(current_overlay) {
  current_overlay = this;
}

MessageOverlay::~MessageOverlay() { current_overlay = previous_; }

std::string EngineText(std::string_view group, std::string_view key, const MessageValues& values) {
  std::string wanted(group);
  wanted += '.';
  wanted += key;
  for (const MessageOverlay* o = current_overlay; o; o = o->previous_)
    if (o->words_)
      if (const std::string* s = FindWord(*o->words_, wanted)) return FillPlaceholders(*s, values);
  const char* english = EnglishSentence(wanted);
  return english ? FillPlaceholders(english, values) : std::string();
}

std::string Message(std::string_view key, const MessageValues& values) { return EngineText("next_steps", key, values); }

std::string ErrorText(std::string_view key, const MessageValues& values) { return EngineText("errors", key, values); }

EngineWords EnglishSentences() {
  EngineWords out;
  for (int i = 0; i < tables::kEnglishWordCount; ++i) out.push_back({tables::kEnglishWords[i].key, tables::kEnglishWords[i].text});
  return out;
}

std::string CapitalisedFirst(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = char(s[0] - 32);
  return s;
}

}  // namespace cs
