// Plain-English sentences the engine writes ("what to do next", error messages), kept as words (engine.next_steps and
// engine.errors of templates/i18n/en.json, compiled in as a table) and filled with named values; a translation's
// words over them, key by key.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cs {

/// Named values for {placeholders}: {"response", "Friday 4 April 2025"}.
using MessageValues = std::vector<std::pair<std::string, std::string>>;

/// A translation of the engine's words: each text by its dotted key below "engine" in templates/i18n/<lang>.json
/// ("next_steps.plan_stage1", "errors.date_missing", "walkthrough.start.title", "letters.complaint.part_1",
/// "fallbacks.landlord"). A key it lacks stays English.
using EngineWords = std::vector<std::pair<std::string, std::string>>;

/// The text of `key` in `words`, or null.
const std::string* FindWord(const EngineWords& words, std::string_view key);

/// The sentence `key` (engine.next_steps.<key>) with each `{name}` replaced by its value: from the innermost
/// live MessageOverlay of this thread when it has the key, else English. Unknown keys give an empty string.
std::string Message(std::string_view key, const MessageValues& values);

/// The text `key` of the group `group` of the engine words (engine.<group>.<key>: "next_steps" or "errors"),
/// filled like Message(): from the innermost live MessageOverlay of this thread that has it, else English.
std::string EngineText(std::string_view group, std::string_view key, const MessageValues& values);

/// An error message: EngineText("errors", key, values).
std::string ErrorText(std::string_view key, const MessageValues& values);

/// The English sentences (engine.next_steps and engine.errors) by dotted key, as compiled in.
EngineWords EnglishSentences();

/// `s` with its first letter capital when it is an ASCII a-z (other scripts and UTF-8 sequences are unchanged).
std::string CapitalisedFirst(std::string s);

/// Replaces `{name}` placeholders in `text`.
std::string FillPlaceholders(std::string_view text, const MessageValues& values);

/// While alive, Message() and ErrorText() on this thread use a translation's sentences (its "next_steps.*" and
/// "errors.*"); keys it lacks stay English. `words` (null: English throughout) must outlive the overlay.
class MessageOverlay {
 public:
  explicit MessageOverlay(const EngineWords* words);
  ~MessageOverlay();
  MessageOverlay(const MessageOverlay&) = delete;
  MessageOverlay& operator=(const MessageOverlay&) = delete;

 private:
  friend std::string EngineText(std::string_view group, std::string_view key, const MessageValues& values);
  const EngineWords* words_;
  const MessageOverlay* previous_;
};

}  // namespace cs
