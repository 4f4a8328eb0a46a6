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

/// The text `key` of the group `group` of the engine words (engine.<group>.<key>: "next_steps" or "errors"),
/// filled like Message(): from the innermost live MessageOverlay of this thread that has it, else English.
std::string EngineText(std::string_view group, std::string_view key, const MessageValues& values);

/// An error message: EngineText("errors", key, values).
std::string ErrorText(std::string_view key, const MessageValues& values);

/// `s` with its first letter capital when it is an ASCII a-z (other scripts and UTF-8 sequences are unchanged).
std::string CapitalisedFirst(std::string s);

/// Replaces `{name}` placeholders in `text`.
std::string FillPlaceholders(std::string_view text, const MessageValues& values);

/// While alive, Message() on this thread uses another language's sentences: `words_json` is an "engine" object
/// of the same shape as English (only "next_steps" and "errors" are read here); keys it lacks stay English. Not JSON, or
/// empty: English throughout.
class MessageOverlay {
 public:
  explicit MessageOverlay(std::string_view words_json);
  /// The same from a parsed "engine" object (null: English throughout).
  explicit MessageOverlay(const nlohmann::json* words);
  ~MessageOverlay();
  MessageOverlay(const MessageOverlay&) = delete;
  MessageOverlay& operator=(const MessageOverlay&) = delete;
  /// The overlay's text for `key` of `group` ("next_steps" or "errors"), or null.
  const std::string* Find(std::string_view group, std::string_view key) const;

 private:
  friend std::string EngineText(std::string_view group, std::string_view key, const MessageValues& values);
  MessageValues sentences_;  ///< "<group>.<key>" -> text
  const MessageOverlay* previous_;
};

}  // namespace cs
