// Evaluates the walkthrough against a resident's answers: where they lead, and the screen to show with every text
// filled in.
#include "messages.h"
#include "walkthrough.h"

namespace cs {

namespace {

constexpr int kMaxSteps = 200;  // longer than any path; guards against a malformed flow

std::string Capitalised(std::string s) { return CapitalisedFirst(std::move(s)); }

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string Trimmed(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

// Checks (and normalises) the answer to `n`. Returns an error with field = the node id.
std::optional<Diagnostic> CheckAnswer(const WalkthroughNode& n, std::string* value, const WalkthroughAnswers& so_far,
                                      const WalkthroughContext& ctx, const Engine& engine, const Walkthrough& flow) {
  // What is wrong: the error code and the engine.errors key of its message, with the values it may name.
  const char* code = nullptr;
  const char* key = nullptr;
  std::string label, why, first, last, other;
  if (n.type == "choice") {
    if (!n.FindChoice(*value)) code = "invalid_choice", key = "select_answer";
  } else if (n.type == "info" || n.type == "check") {
    if (*value != "continue") code = "invalid_answer", key = "answer_continue";
  } else if (n.type == "text") {
    label = Capitalised(FillWalkthroughText(n.check_label, ctx, nullptr, flow));
    for (unsigned char c : *value)
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') code = "invalid_text", key = "text_control_characters";
    if (!code) {
      *value = Trimmed(*value);
      if (n.required && value->empty()) return InputError("required", n.id, FillWalkthroughText(n.error_required, ctx, nullptr, flow));
      if (CodePoints(*value) > static_cast<size_t>(n.max_length)) code = "too_long", key = "text_too_long";
    }
  } else if (n.type == "date") {
    label = Capitalised(n.field_name);
    auto d = ParseIsoDate(*value, &why);
    const WalkthroughNode* o = n.not_before.empty() ? nullptr : flow.Find(n.not_before);
    auto od = o && so_far.count(n.not_before) ? ParseIsoDate(so_far.at(n.not_before)) : std::nullopt;
    if (!d) {
      code = "invalid_date", key = "date_not_real";
    } else if (!engine.holidays->Covers(*d)) {
      code = "date_out_of_range", key = "date_out_of_range";
      first = std::to_string(engine.holidays->FirstYear()), last = std::to_string(engine.holidays->LastYear());
    } else if (ctx.today && *d > *ctx.today) {
      code = "date_in_future", key = "date_in_future";
    } else if (od && *d < *od) {
      code = "date_before", key = "date_before", other = o->field_name;
    }
  }
  if (!code) return std::nullopt;
  return InputError(code, n.id,
                    ErrorText(key, {{"Label", label},
                                    {"Field", label},
                                    {"max", std::to_string(n.max_length)},
                                    {"why", why},
                                    {"first", first},
                                    {"last", last},
                                    {"other", other}}));
}

const std::string& NextOf(const WalkthroughNode& n, const std::string& value, const WalkthroughAnswers& so_far) {
  if (const WalkthroughChoice* c = n.FindChoice(value)) return c->next;
  for (const auto& b : n.next_if)
    if (WalkthroughConditionHolds(b.when, so_far)) return b.next;
  return n.next;
}

}  // namespace

std::optional<WalkthroughState> EvaluateWalkthrough(const WalkthroughAnswers& answers, std::string_view at,
                                                    const WalkthroughContext& ctx, Diagnostic* error,
                                                    const Walkthrough& flow) {
  for (const auto& [id, value] : answers) {
    if (!flow.Find(id)) {
      if (error) *error = InputError("unknown_node", id, "\"" + id + "\" is not a question of the walkthrough");
      return std::nullopt;
    }
  }
  if (!at.empty() && !flow.Find(at)) {
    if (error) *error = InputError("unknown_node", "at", "\"" + std::string(at) + "\" is not a question of the walkthrough");
    return std::nullopt;
  }
  Engine engine;
  WalkthroughState state;
  const WalkthroughNode* n = flow.Find(flow.Start());
  for (int step = 0; n && step < kMaxSteps; ++step) {
    state.node = n;
    if (n->IsOutcome() || n->id == at) break;
    auto it = answers.find(n->id);
    if (it == answers.end()) break;
    std::string value = it->second;
    if (auto bad = CheckAnswer(*n, &value, state.answers, ctx, engine, flow)) {
      state.error = bad;
      break;
    }
    state.answers[n->id] = value;
    state.path.push_back(n);
    n = flow.Find(NextOf(*n, value, state.answers));
  }
  if (!at.empty() && state.node->id != at) {
    if (error) *error = InputError("not_on_path", "at", "\"" + std::string(at) + "\" is not on the path of these answers");
    return std::nullopt;
  }
  return state;
}

namespace {

std::string AnswerLabel(const WalkthroughNode& n, const std::string& value, const WalkthroughContext& ctx,
                        const Walkthrough& flow) {
  if (const WalkthroughChoice* c = n.FindChoice(value)) return FillWalkthroughText(c->label, ctx, nullptr, flow);
  if (n.type == "date")
    if (auto d = ParseIsoDate(value)) return d->Long();
  if (n.type == "text" && value.empty()) {
    auto it = flow.Fallbacks().find("not_given");
    return it != flow.Fallbacks().end() ? it->second : value;
  }
  return value;
}

// The engine's dates for an outcome that shows them: counted from its date received (today, or an answer).
void Deadlines(const WalkthroughNode& n, const WalkthroughState& s, const WalkthroughContext& ctx, WalkthroughScreen* out) {
  auto date_of = [&](const std::string& source) -> std::optional<Date> {
    if (source == "today") return ctx.today;
    auto it = s.answers.find(source);
    if (it == s.answers.end()) return std::nullopt;
    return ParseIsoDate(it->second);
  };
  out->shows_deadlines = true;
  DeadlineRequest req;
  req.code = ctx.code;
  req.nation = ctx.nation;
  req.stage = n.deadline_stage;
  req.closures = ctx.closures;
  req.today = ctx.today;
  auto received = date_of(n.deadline_received);
  if (!received) return;  // no "today" given: the view shows the rules in words instead
  req.received = *received;
  if (!n.deadline_acknowledged.empty()) req.acknowledged = date_of(n.deadline_acknowledged);
  Diagnostic error;
  out->deadlines = ComputeDeadlines(req, &error);
  if (!out->deadlines) out->deadlines_error = error;
}

std::vector<WalkthroughAnswerRow> PathRows(const WalkthroughState& s, const WalkthroughContext& ctx, const Walkthrough& flow) {
  std::vector<WalkthroughAnswerRow> rows;
  for (const WalkthroughNode* p : s.path) {
    if (!p->IsQuestion()) continue;
    const std::string& value = s.answers.at(p->id);
    rows.push_back({p->id, FillWalkthroughText(p->check_label, ctx, nullptr, flow), value, AnswerLabel(*p, value, ctx, flow)});
  }
  return rows;
}

// "auto": the Code that applies to the complaint the screen is about (the 2022 Code for one received before 1 April
// 2024): its date received when the screen shows dates, else today; the 2024 Code when there is no date at all.
std::string ResolvedCode(const WalkthroughNode& n, const WalkthroughState& s, const WalkthroughContext& ctx) {
  if (ctx.code != "auto") return ctx.code;
  std::optional<Date> received = ctx.today;
  if (n.deadline_stage && n.deadline_received != "today") {
    auto it = s.answers.find(n.deadline_received);
    received = it == s.answers.end() ? std::nullopt : ParseIsoDate(it->second);
  }
  return received ? Timescales::Default().CodeFor(*received) : "2024";
}

WalkthroughScreen Screen(const WalkthroughNode& n, const WalkthroughState& s, const WalkthroughContext& ctx,
                         const WalkthroughAnswers& given, const Walkthrough& flow) {
  WalkthroughScreen out;
  auto fill = [&](const std::string& text, const WalkthroughAnswers& answers) {
    return FillWalkthroughText(text, ctx, &answers, flow);
  };
  out.id = n.id;
  out.type = n.type;
  out.provision = n.provision;
  out.title = fill(n.title, s.answers);
  if (!n.hint.empty()) out.hint = fill(n.hint, s.answers);
  // The Ombudsman's window: its closing date is a value the screen's paragraphs use ({window_until}).
  WalkthroughAnswers with = s.answers;
  if (n.IsOutcome() && !n.window_from.empty()) {
    auto from = ParseIsoDate(s.answers.count(n.window_from) ? s.answers.at(n.window_from) : "");
    const CodeTimescales* code = Timescales::Default().Find(ctx.code);
    if (from && code) {
      Date until = from->AddMonthsClamped(code->ombudsman_window_months);
      out.window = OmbudsmanWindow{*from, until, code->ombudsman_window_months, ctx.today ? *ctx.today > until : false};
      with["window_until"] = until.Long();
    }
  }
  for (const auto& p : n.body) out.body.push_back(fill(p, with));
  out.show = n.show;
  for (const auto& c : n.choices) out.choices.push_back({c.value, fill(c.label, s.answers), c.hint.empty() ? "" : fill(c.hint, s.answers)});
  out.required = n.required;
  out.max_length = n.max_length;
  out.rows = n.rows;
  out.field_name = n.field_name;
  if (auto it = given.find(n.id); it != given.end()) out.value = it->second;
  if (n.type == "check") out.check_rows = PathRows(s, ctx, flow);
  if (n.IsOutcome()) {
    if (const LetterTemplate* letter = flow.Letter(n.letter))
      out.letter = WalkthroughScreen::Letter{fill(letter->subject, s.answers), LetterText(*letter, ctx, &s.answers, flow)};
    if (n.deadline_stage) Deadlines(n, s, ctx, &out);
    out.next_steps = WalkthroughNextSteps(n);
    if (!n.escalate.empty())
      if (auto route = WalkthroughRouteTo(flow, n.escalate)) {
        out.escalate = n.escalate;
        out.escalate_answers = *route;
      }
  }
  return out;
}

}  // namespace

std::optional<WalkthroughView> ShowWalkthrough(const WalkthroughRequest& request, Diagnostic* error) {
  WalkthroughContext ctx = request.context;
  if (DivisionIndex(ctx.nation) < 0) {
    if (error) *error = InputError("invalid_nation", "nation", "nation must be one of england-and-wales, scotland, northern-ireland");
    return std::nullopt;
  }
  if (ctx.code != "2024" && ctx.code != "2022" && ctx.code != "auto") {
    if (error) *error = InputError("invalid_code", "code", "code must be \"2024\", \"2022\" or \"auto\"");
    return std::nullopt;
  }
  // Another language's words: the flow's texts, the next-step sentences and the messages come from them first.
  std::optional<Walkthrough> translated;
  if (!request.words.empty()) translated = Walkthrough::Translated(request.words);
  const Walkthrough& flow = translated ? *translated : Walkthrough::Default();
  MessageOverlay overlay(&request.words);
  auto state = EvaluateWalkthrough(request.answers, request.at, ctx, error, flow);
  if (!state) return std::nullopt;
  if (!state->node) {
    if (error) *error = InputError("invalid_flow", "", "the walkthrough data could not be read");
    return std::nullopt;
  }
  const WalkthroughNode& n = *state->node;
  ctx.code = ResolvedCode(n, *state, ctx);
  WalkthroughView view;
  view.node = Screen(n, *state, ctx, request.answers, flow);
  if (!state->path.empty()) view.back = state->path.back()->id;
  view.path = PathRows(*state, ctx, flow);
  for (const WalkthroughNode* p : state->path) view.trail.push_back(p->id);
  view.answers = state->answers;
  view.error = state->error;
  return view;
}

}  // namespace cs
