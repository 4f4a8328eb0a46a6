// The complaint walkthrough: a flow of questions and outcomes read from core/data/walkthrough.json, evaluated
// against a resident's answers. Used natively (tests, pre-rendered pages) and in the browser through wasm/.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "date.h"
#include "deadlines.h"

namespace cs {

/// "node" (answered with anything non-empty) or "node=value" (answered with exactly that value).
struct WalkthroughCondition {
  std::string node;
  std::string value;
  bool any_value = true;
};

struct WalkthroughChoice {
  std::string value;
  std::string label;
  std::string hint;
  std::string next;
};

struct WalkthroughBranch {
  WalkthroughCondition when;
  std::string next;
};

/// One screen. `type` is "choice", "date", "text", "info", "check" or "outcome".
struct WalkthroughNode {
  std::string id;
  std::string type;
  std::string provision;  ///< the Complaint Handling Code (2024) provision the screen rests on, e.g. "2.3"
  std::string title;
  std::string hint;
  std::vector<std::string> body;  ///< paragraphs, with {placeholders}
  std::vector<std::string> show;  ///< blocks the view adds: "letter", "deadlines", "channels", "ombudsman", "service_requests"
  std::string check_label;        ///< the question as shown in "Check your answers"
  std::vector<WalkthroughChoice> choices;
  std::vector<WalkthroughBranch> next_if;  ///< first matching branch wins over `next`
  std::string next;
  // text questions
  bool required = false;
  int max_length = 0;  ///< in characters (Unicode code points)
  int rows = 0;
  std::string blank;           ///< how the answer appears in a letter template with blanks
  std::string error_required;  ///< message when a required answer is empty
  // date questions
  std::string field_name;  ///< e.g. "the date your complaint was received" (for error messages)
  std::string not_before;  ///< id of a date question this date may not precede
  // outcomes
  std::string letter;  ///< id of a letter template
  int deadline_stage = 0;                ///< 1 or 2: show the engine's dates for that stage
  std::string deadline_received;         ///< "today" or the id of a date question
  std::string deadline_acknowledged;     ///< id of a date question (used when answered)
  std::string window_from;               ///< id of a date question: the Ombudsman window runs from it

  bool IsQuestion() const { return type == "choice" || type == "date" || type == "text"; }
  bool IsOutcome() const { return type == "outcome"; }
  const WalkthroughChoice* FindChoice(std::string_view value) const;
};

struct LetterPart {
  std::string text;
  std::optional<WalkthroughCondition> when;
};

struct LetterTemplate {
  std::string id;
  std::string subject;
  std::vector<LetterPart> parts;
};

/// The flow. Default() is core/data/walkthrough.json (the structure) with the English words: the "engine" object
/// of templates/i18n/en.json (engine.walkthrough.<node id>.title, .hint, .body_1, .body_2 ..., .check_label,
/// .field_name, .blank, .error_required, .choices.<value>.label/.hint; engine.letters.<id>.subject, .part_1 ...;
/// engine.fallbacks.<name>), compiled in as engine-words.en.json.
class Walkthrough {
 public:
  static const Walkthrough& Default();
  /// Parses and checks a flow document (every `next` exists, every choice leads somewhere, no cycles ...).
  /// `words_json`, an "engine" object, gives the texts; a text written in the flow itself is used only where the
  /// words have none (small flows in tests). On failure returns nothing and sets `error` to
  /// "walkthrough.json: <what is wrong>".
  static std::optional<Walkthrough> Parse(std::string_view json_text, std::string* error,
                                          std::string_view words_json = {});
  /// This flow with the texts another language's "engine" object (same shape as English) gives; every text it
  /// lacks stays as it is (English), key by key. Not JSON, or empty: an unchanged copy.
  Walkthrough Translated(std::string_view words_json) const;
  /// The same from a parsed "engine" object (null: an unchanged copy).
  Walkthrough Translated(const nlohmann::json* words) const;
  /// Default().Translated(words), built afresh from the compiled-in flow (no copy: smaller for the browser).
  static Walkthrough DefaultTranslated(const nlohmann::json& words);
  /// The dotted keys ("engine.walkthrough.start.title") of every text Parse took from its words, in order.
  const std::vector<std::string>& WordKeys() const { return word_keys_; }

  const std::string& Start() const { return start_; }
  const std::vector<WalkthroughNode>& Nodes() const { return nodes_; }
  const WalkthroughNode* Find(std::string_view id) const;
  const LetterTemplate* Letter(std::string_view id) const;
  const std::map<std::string, std::string>& Fallbacks() const { return fallbacks_; }
  /// Every node `node` can lead to in one step (choices, branches and `next`), without duplicates.
  std::vector<std::string> Successors(const WalkthroughNode& node) const;

 private:
  friend struct WalkthroughWords;
  std::string start_;
  std::vector<WalkthroughNode> nodes_;
  std::vector<std::string> word_keys_;
  std::vector<LetterTemplate> letters_;
  std::map<std::string, std::string> fallbacks_;
};

/// A resident's answers: node id -> value ("YYYY-MM-DD" for dates, "continue" for info and check screens).
using WalkthroughAnswers = std::map<std::string, std::string>;

/// Whether `answers` satisfy `c`.
bool WalkthroughConditionHolds(const WalkthroughCondition& c, const WalkthroughAnswers& answers);

/// What the flow is evaluated against. Nothing here is read from the clock: `today` is given.
struct WalkthroughContext {
  std::optional<Date> today;
  std::string landlord;  ///< the landlord's name; empty -> the "landlord" fallback ("your landlord")
  std::string nation = "england-and-wales";
  std::string code = "2024";  ///< "2024", "2022" or "auto" (by the date received of the screen's complaint)
  std::vector<Closure> closures;  ///< shown beside the dates; they never move one
};

/// Fills {placeholders} in a flow text: the context's values, the Code's timescales and, if given, the
/// answers; unknown values use the flow's fallbacks. A value starting a sentence gets a capital letter.
std::string FillWalkthroughText(std::string_view text, const WalkthroughContext& ctx,
                                const WalkthroughAnswers* answers = nullptr,
                                const Walkthrough& flow = Walkthrough::Default());

/// The letter as plain text (paragraphs separated by blank lines). With `answers` null, a template: text
/// answers become their `blank`, parts that depend on a choice are left out.
std::string LetterText(const LetterTemplate& letter, const WalkthroughContext& ctx, const WalkthroughAnswers* answers,
                       const Walkthrough& flow = Walkthrough::Default());

/// Where a set of answers leads.
struct WalkthroughState {
  const WalkthroughNode* node = nullptr;      ///< the screen to show
  std::vector<const WalkthroughNode*> path;   ///< screens answered before it, in order
  WalkthroughAnswers answers;                 ///< the answers on that path (others are dropped)
  std::optional<InputError> error;            ///< the answer to `node` was invalid (field = node id)
};

/// Follows `answers` from the start. Stops at the first screen without a (valid) answer, at an outcome, or
/// at `at` when it is on the path (to change an answer). Returns nothing for a bad request (unknown node).
std::optional<WalkthroughState> EvaluateWalkthrough(const WalkthroughAnswers& answers, std::string_view at,
                                                    const WalkthroughContext& ctx, InputError* error,
                                                    const Walkthrough& flow = Walkthrough::Default());

/// JSON in, JSON out: {"answers":{...},"at"?,"today"?,"landlord"?,"nation"?,"code"?,"closures"?,"words"?} ->
/// {"node":{...},"back","path","answers","error"?} or {"error":{"code","field","message"}}. See docs/widget.md.
/// "words" is another language's "engine" object: the flow's texts and next-step sentences come from it first.
std::string WalkthroughJson(std::string_view request_json, const Walkthrough& flow = Walkthrough::Default(),
                            const Engine& engine = Engine());

}  // namespace cs
