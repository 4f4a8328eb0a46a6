// The complaint walkthrough: a flow of questions and outcomes (core/data/walkthrough.json with its words, compiled in),
// evaluated against a resident's answers. Used natively (tests, pre-rendered pages) and in the browser through wasm/.
// Plain structs in and out; the JSON shape (docs/widget.md) is written at the edges: core/json and wasm/.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "date.h"
#include "deadlines.h"
#include "diagnostic.h"
#include "messages.h"

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
  std::string escalate;                  ///< a stage 1 outcome: the first screen of asking for stage 2 (WalkthroughRouteTo)

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

/// The flow. Default() is core/data/walkthrough.json (the structure) with the English words: the "engine" object of
/// templates/i18n/en.json (engine.walkthrough.<node id>.title, .hint, .body_1, .body_2 ..., .check_label,
/// .field_name, .blank, .error_required, .choices.<value>.label/.hint; engine.letters.<id>.subject, .part_1 ...;
/// engine.fallbacks.<name>), compiled in as tables (core/code/code_tables.h) by cmake/rules_tables.cmake.
class Walkthrough {
 public:
  /// The built-in flow in English. Built once; thread-compatible after first use.
  static const Walkthrough& Default();
  /// The built-in flow with a translation's words over the English, key by key ("walkthrough.start.title",
  /// "letters.complaint.part_1", "fallbacks.landlord"); every text it lacks stays English.
  static Walkthrough Translated(const EngineWords& words);
  /// A flow made in code (tests): its screens, letters and fallbacks as given.
  Walkthrough(std::string start, std::vector<WalkthroughNode> nodes, std::vector<LetterTemplate> letters = {},
              std::map<std::string, std::string> fallbacks = {});
  Walkthrough() = default;

  /// Every text of the flow with its key below "engine" ("walkthrough.start.title", "letters.complaint.part_1",
  /// "fallbacks.landlord"), in flow order: the words a translation can give.
  EngineWords Words() const;

  const std::string& Start() const { return start_; }
  const std::vector<WalkthroughNode>& Nodes() const { return nodes_; }
  const WalkthroughNode* Find(std::string_view id) const;
  const LetterTemplate* Letter(std::string_view id) const;
  const std::vector<LetterTemplate>& Letters() const { return letters_; }
  const std::map<std::string, std::string>& Fallbacks() const { return fallbacks_; }
  /// Every node `node` can lead to in one step (choices, branches and `next`), without duplicates.
  std::vector<std::string> Successors(const WalkthroughNode& node) const;

 private:
  friend Walkthrough BuildWalkthrough(const EngineWords* words);
  std::string start_;
  std::vector<WalkthroughNode> nodes_;
  std::vector<LetterTemplate> letters_;
  std::map<std::string, std::string> fallbacks_;
};

/// What the evaluator relies on: every screen has an id, a known type, its provision and its words; every `next`,
/// branch and date reference names a node of the right kind; every letter has a subject and the text of each part;
/// there are no loops. Returns "" or what is wrong, naming the node ("node \"when\": leads to unknown node \"x\"").
/// Run on the compiled-in flow at build time (cmake/rules_tables.cmake) and by the unit tests.
std::string CheckWalkthrough(const Walkthrough& flow);

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

/// What a resident can do next from an outcome, in order, each a link on the result page: "letter" (send the draft),
/// "dates" (the dates the landlord must meet), "escalate" (ask for stage 2 without starting again), "report" (how to
/// report a repair), "contacts" (the landlord's channels), "ombudsman". Derived from the node's letter, deadlines,
/// escalate and show; empty for a screen that is not an outcome.
std::vector<std::string> WalkthroughNextSteps(const WalkthroughNode& node);

/// The answers that lead from the start to screen `id` through choices and "continue" screens only (the first such
/// route in flow order), so a resident can jump there without starting again; nothing when no such route exists.
std::optional<std::map<std::string, std::string>> WalkthroughRouteTo(const Walkthrough& flow, std::string_view id);

/// Where a set of answers leads.
struct WalkthroughState {
  const WalkthroughNode* node = nullptr;      ///< the screen to show
  std::vector<const WalkthroughNode*> path;   ///< screens answered before it, in order
  WalkthroughAnswers answers;                 ///< the answers on that path (others are dropped)
  std::optional<Diagnostic> error;            ///< the answer to `node` was invalid (field = node id)
};

/// Follows `answers` from the start. Stops at the first screen without a (valid) answer, at an outcome, or
/// at `at` when it is on the path (to change an answer). Returns nothing for a bad request (unknown node).
std::optional<WalkthroughState> EvaluateWalkthrough(const WalkthroughAnswers& answers, std::string_view at,
                                                    const WalkthroughContext& ctx, Diagnostic* error,
                                                    const Walkthrough& flow = Walkthrough::Default());

/// A walkthrough request, as the widget sends it (cs_walkthrough; `complaints-site walkthrough`). JSON edges:
/// core/json/walkthrough_json.h and wasm/bindings.cc (docs/widget.md).
struct WalkthroughRequest {
  WalkthroughAnswers answers;
  std::string at;  ///< an earlier screen to show again (to change its answer); "" for the first unanswered one
  WalkthroughContext context;  ///< `code` may be "auto": the Code of the screen's own complaint
  EngineWords words;           ///< a translation's engine words: screens, letters, next steps and messages
};

/// A question answered on the way, as "Check your answers" lists it.
struct WalkthroughAnswerRow {
  std::string id;
  std::string question;  ///< the screen's check_label
  std::string answer;    ///< as given ("2025-03-14", a choice's value)
  std::string label;     ///< as the resident reads it ("Friday 14 March 2025", a choice's label)
};

/// The Ombudsman's window after a final response (Housing Ombudsman Scheme).
struct OmbudsmanWindow {
  Date from, until;
  int months = 12;
  bool passed = false;  ///< `until` is before today
};

/// The screen to show, every text filled in for the resident.
struct WalkthroughScreen {
  struct Choice {
    std::string value, label, hint;
  };
  struct Letter {
    std::string subject, text;
  };
  std::string id, type, provision, title, hint;
  std::vector<std::string> body;
  std::vector<std::string> show;  ///< blocks the view adds
  std::vector<Choice> choices;    ///< choice questions
  bool required = false;          ///< text questions: required, max_length, rows
  int max_length = 0;
  int rows = 0;
  std::string field_name;                         ///< date questions
  std::optional<std::string> value;               ///< the answer this screen already has (when changing it)
  std::vector<WalkthroughAnswerRow> check_rows;   ///< "Check your answers" screens
  std::optional<Letter> letter;                   ///< outcomes with a letter
  /// Outcomes with dates (`deadline_stage`): the engine's answer, or its error, or neither when there is no date
  /// received to count from (no `today`): the view then gives the rules in words.
  bool shows_deadlines = false;
  std::optional<DeadlineResult> deadlines;
  std::optional<Diagnostic> deadlines_error;
  std::optional<OmbudsmanWindow> window;  ///< the Ombudsman's window, when the screen counts it
  std::vector<std::string> next_steps;    ///< outcomes: WalkthroughNextSteps
  std::string escalate;                   ///< outcomes with "escalate": the screen it leads to
  std::map<std::string, std::string> escalate_answers;  ///< the answers that reach it (WalkthroughRouteTo)
};

/// Where a request leads: the screen, how the resident got there and the answers still on the path.
struct WalkthroughView {
  WalkthroughScreen node;
  std::optional<std::string> back;         ///< the previous screen (none at the start)
  std::vector<WalkthroughAnswerRow> path;  ///< the questions answered on the way
  std::vector<std::string> trail;          ///< every screen passed, in order
  WalkthroughAnswers answers;              ///< the answers on the path (others are dropped)
  std::optional<Diagnostic> error;         ///< the answer given to `node` is invalid (field = node id)
};

/// Evaluates `request` on the built-in flow (with its words over the English). Returns nothing for a bad request:
/// `error` says why (codes invalid_nation, invalid_code, unknown_node, not_on_path; docs/widget.md).
std::optional<WalkthroughView> ShowWalkthrough(const WalkthroughRequest& request, Diagnostic* error);

}  // namespace cs
