// Plain-English sentences the engine writes ("what to do next"), kept as words (engine.next_steps of
// templates/i18n/en.json, embedded as engine-words.en.json) and filled with named values.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

namespace cs {

using MessageValues = std::vector<std::pair<std::string, std::string>>;

/// The English engine words: the "engine" object of templates/i18n/en.json as JSON text (compiled in).
std::string_view EnglishEngineWords();

/// The sentence `key` (engine.next_steps.<key>) with each `{name}` replaced by its value: from the innermost
/// live MessageOverlay of this thread when it has the key, else English. Unknown keys give an empty string.
std::string Message(std::string_view key, const MessageValues& values);

/// Replaces `{name}` placeholders in `text`.
std::string FillPlaceholders(std::string_view text, const MessageValues& values);

/// While alive, Message() on this thread uses another language's sentences: `words_json` is an "engine" object
/// of the same shape as English (only "next_steps" is read here); keys it lacks stay English. Not JSON, or
/// empty: English throughout.
class MessageOverlay {
 public:
  explicit MessageOverlay(std::string_view words_json);
  /// The same from a parsed "engine" object (null: English throughout).
  explicit MessageOverlay(const nlohmann::json* words);
  ~MessageOverlay();
  MessageOverlay(const MessageOverlay&) = delete;
  MessageOverlay& operator=(const MessageOverlay&) = delete;
  /// The overlay's sentence for `key`, or null.
  const std::string* Find(std::string_view key) const;

 private:
  friend std::string Message(std::string_view key, const MessageValues& values);
  MessageValues sentences_;
  const MessageOverlay* previous_;
};

}  // namespace cs
