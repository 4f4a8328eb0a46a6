// Evaluates the walkthrough against a resident's answers, and its JSON interface for the browser widget.
#include <nlohmann/json.hpp>

#include "deadlines_view.h"
#include "messages.h"
#include "walkthrough.h"

namespace cs {

using nlohmann::json;
using nlohmann::ordered_json;

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
std::optional<InputError> CheckAnswer(const WalkthroughNode& n, std::string* value, const WalkthroughAnswers& so_far,
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
      if (n.required && value->empty()) return InputError{"required", n.id, FillWalkthroughText(n.error_required, ctx, nullptr, flow)};
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
  return InputError{code, n.id,
                    ErrorText(key, {{"Label", label},
                                    {"Field", label},
                                    {"max", std::to_string(n.max_length)},
                                    {"why", why},
                                    {"first", first},
                                    {"last", last},
                                    {"other", other}})};
}

const std::string& NextOf(const WalkthroughNode& n, const std::string& value, const WalkthroughAnswers& so_far) {
  if (const WalkthroughChoice* c = n.FindChoice(value)) return c->next;
  for (const auto& b : n.next_if)
    if (WalkthroughConditionHolds(b.when, so_far)) return b.next;
  return n.next;
}

}  // namespace

std::optional<WalkthroughState> EvaluateWalkthrough(const WalkthroughAnswers& answers, std::string_view at,
                                                    const WalkthroughContext& ctx, InputError* error,
                                                    const Walkthrough& flow) {
  for (const auto& [id, value] : answers) {
    if (!flow.Find(id)) {
      if (error) *error = {"unknown_node", id, "\"" + id + "\" is not a question of the walkthrough"};
      return std::nullopt;
    }
  }
  if (!at.empty() && !flow.Find(at)) {
    if (error) *error = {"unknown_node", "at", "\"" + std::string(at) + "\" is not a question of the walkthrough"};
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
    if (error) *error = {"not_on_path", "at", "\"" + std::string(at) + "\" is not on the path of these answers"};
    return std::nullopt;
  }
  return state;
}

namespace {

bool ReadContext(const json& in, WalkthroughContext* ctx, WalkthroughAnswers* answers, std::string* at, InputError* e) {
  static const char* const kFields[] = {"answers", "at", "today", "landlord", "nation", "code", "closures", "words"};
  if (!in.is_object()) return *e = {"invalid_json", "", "the request must be a JSON object"}, false;
  for (const auto& [key, value] : in.items()) {
    bool known = false;
    for (const char* f : kFields) known = known || key == f;
    if (!known) return *e = {"unknown_field", key, "\"" + key + "\" is not a field of a walkthrough request"}, false;
  }
  auto string_field = [&](const char* key, std::string* out) {
    auto it = in.find(key);
    if (it == in.end() || it->is_null()) return true;
    if (!it->is_string()) return *e = {"wrong_type", key, std::string(key) + " must be a string"}, false;
    *out = it->get<std::string>();
    return true;
  };
  std::string today;
  if (!string_field("at", at) || !string_field("landlord", &ctx->landlord) || !string_field("nation", &ctx->nation) ||
      !string_field("code", &ctx->code) || !string_field("today", &today))
    return false;
  if (!today.empty()) {
    std::string why;
    ctx->today = ParseIsoDate(today, &why);
    if (!ctx->today) return *e = {"invalid_date", "today", "today \"" + today + "\" is not a real date: " + why}, false;
  }
  if (DivisionIndex(ctx->nation) < 0)
    return *e = {"invalid_nation", "nation", "nation must be one of england-and-wales, scotland, northern-ireland"}, false;
  if (ctx->code != "2024" && ctx->code != "2022" && ctx->code != "auto")
    return *e = {"invalid_code", "code", "code must be \"2024\", \"2022\" or \"auto\""}, false;
  if (auto it = in.find("closures"); it != in.end() && !it->is_null()) {
    if (!it->is_array()) return *e = {"invalid_closures", "closures", "closures must be a list of dates (YYYY-MM-DD)"}, false;
    for (const auto& c : *it) {
      std::string why;
      auto d = c.is_string() ? ParseIsoDate(c.get<std::string>(), &why) : std::nullopt;
      if (!d) return *e = {"invalid_closures", "closures", "each closure must be a real date written YYYY-MM-DD"}, false;
      ctx->closures.push_back({*d, ""});
    }
  }
  if (auto it = in.find("words"); it != in.end() && !it->is_null() && !it->is_object())
    return *e = {"wrong_type", "words", "words must be an object (the \"engine\" words of a translation)"}, false;
  if (auto it = in.find("answers"); it != in.end() && !it->is_null()) {
    if (!it->is_object()) return *e = {"wrong_type", "answers", "answers must be an object of node id to answer"}, false;
    for (const auto& [k, v] : it->items()) {
      if (!v.is_string()) return *e = {"wrong_type", k, "the answer to \"" + k + "\" must be a string"}, false;
      (*answers)[k] = v.get<std::string>();
    }
  }
  return true;
}

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

ordered_json Deadlines(const WalkthroughNode& n, const WalkthroughState& s, const WalkthroughContext& ctx) {
  auto date_of = [&](const std::string& source) -> std::optional<Date> {
    if (source == "today") return ctx.today;
    auto it = s.answers.find(source);
    if (it == s.answers.end()) return std::nullopt;
    return ParseIsoDate(it->second);
  };
  DeadlineRequest req;
  req.code = ctx.code;
  req.nation = ctx.nation;
  req.stage = n.deadline_stage;
  req.closures = ctx.closures;
  req.today = ctx.today;
  auto received = date_of(n.deadline_received);
  if (!received) return nullptr;  // no "today" given: the view shows the rules in words instead
  req.received = *received;
  if (!n.deadline_acknowledged.empty()) req.acknowledged = date_of(n.deadline_acknowledged);
  InputError error;
  auto result = ComputeDeadlines(req, &error);
  if (!result) return ordered_json{{"error", {{"code", error.code}, {"field", error.field}, {"message", error.message}}}};
  return DeadlineViewToJson(*result);
}

ordered_json NodeJson(const WalkthroughNode& n, const WalkthroughState& s, const WalkthroughContext& ctx,
                      const Walkthrough& flow) {
  ordered_json j;
  auto fill = [&](const std::string& text) { return FillWalkthroughText(text, ctx, &s.answers, flow); };
  j["id"] = n.id;
  j["type"] = n.type;
  j["provision"] = n.provision;
  j["title"] = fill(n.title);
  if (!n.hint.empty()) j["hint"] = fill(n.hint);
  j["body"] = ordered_json::array();
  for (const auto& p : n.body) j["body"].push_back(fill(p));
  j["show"] = ordered_json::array();
  for (const auto& p : n.show) j["show"].push_back(p);
  if (n.type == "choice") {
    j["choices"] = ordered_json::array();
    for (const auto& c : n.choices) {
      ordered_json cj = {{"value", c.value}, {"label", fill(c.label)}};
      if (!c.hint.empty()) cj["hint"] = fill(c.hint);
      j["choices"].push_back(cj);
    }
  }
  if (n.type == "text") {
    j["required"] = n.required;
    j["max_length"] = n.max_length;
    j["rows"] = n.rows;
  }
  if (n.type == "date") j["field_name"] = n.field_name;
  return j;
}

ordered_json PathJson(const WalkthroughState& s, const WalkthroughContext& ctx, const Walkthrough& flow) {
  ordered_json rows = ordered_json::array();
  for (const WalkthroughNode* p : s.path) {
    if (!p->IsQuestion()) continue;
    const std::string& value = s.answers.at(p->id);
    rows.push_back({{"id", p->id},
                    {"question", FillWalkthroughText(p->check_label, ctx, nullptr, flow)},
                    {"answer", value},
                    {"label", AnswerLabel(*p, value, ctx, flow)}});
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

ordered_json ErrorJson(const InputError& e) { return {{"code", e.code}, {"field", e.field}, {"message", e.message}}; }

}  // namespace

std::string WalkthroughJson(std::string_view request_json, const Walkthrough& base_flow, const Engine& engine) {
  (void)engine;
  json in = json::parse(request_json.begin(), request_json.end(), nullptr, false);
  // Another language's words: the flow's texts and the next-step sentences come from them, English elsewhere.
  const json* words = nullptr;
  if (in.is_object())
    if (auto it = in.find("words"); it != in.end() && it->is_object()) words = &*it;
  std::optional<Walkthrough> translated;
#ifdef CS_WIDGET_TRUSTS_DATA  // the browser only ever asks about the built-in flow
  if (words) translated = Walkthrough::DefaultTranslated(*words);
#else
  if (words) translated = &base_flow == &Walkthrough::Default() ? Walkthrough::DefaultTranslated(*words) : base_flow.Translated(words);
#endif
  const Walkthrough& flow = translated ? *translated : base_flow;
  MessageOverlay overlay(words);
  InputError error;
  if (in.is_discarded()) error = {"invalid_json", "", "the request is not valid JSON"};
  WalkthroughContext ctx;
  WalkthroughAnswers answers;
  std::string at;
  std::optional<WalkthroughState> state;
  if (error.code.empty() && ReadContext(in, &ctx, &answers, &at, &error))
    state = EvaluateWalkthrough(answers, at, ctx, &error, flow);
  if (!state || !state->node) {
    if (error.code.empty()) error = {"invalid_flow", "", "the walkthrough data could not be read"};
    ordered_json out;
    out["error"] = ErrorJson(error);
    return out.dump();
  }
  const WalkthroughNode& n = *state->node;
  ctx.code = ResolvedCode(n, *state, ctx);
  ordered_json node = NodeJson(n, *state, ctx, flow);
  if (auto it = answers.find(n.id); it != answers.end()) node["value"] = it->second;
  if (n.type == "check") node["rows"] = PathJson(*state, ctx, flow);
  if (n.IsOutcome()) {
    if (const LetterTemplate* letter = flow.Letter(n.letter))
      node["letter"] = {{"subject", FillWalkthroughText(letter->subject, ctx, &state->answers, flow)},
                        {"text", LetterText(*letter, ctx, &state->answers, flow)}};
    if (n.deadline_stage) node["deadlines"] = Deadlines(n, *state, ctx);
    if (!n.window_from.empty()) {
      auto from = ParseIsoDate(state->answers.count(n.window_from) ? state->answers.at(n.window_from) : "");
      const CodeTimescales* code = Timescales::Default().Find(ctx.code);
      if (from && code) {
        Date until = from->AddMonthsClamped(code->ombudsman_window_months);
        node["window"] = {{"from", from->Iso()},
                          {"until", until.Iso()},
                          {"until_long", until.Long()},
                          {"months", code->ombudsman_window_months},
                          {"passed", ctx.today ? *ctx.today > until : false}};
        node["body"] = ordered_json::array();
        WalkthroughAnswers with = state->answers;
        with["window_until"] = until.Long();
        for (const auto& p : n.body) node["body"].push_back(FillWalkthroughText(p, ctx, &with, flow));
      }
    }
  }
  ordered_json out;
  out["node"] = node;
  out["back"] = state->path.empty() ? ordered_json(nullptr) : ordered_json(state->path.back()->id);
  out["path"] = PathJson(*state, ctx, flow);
  out["trail"] = ordered_json::array();
  for (const WalkthroughNode* p : state->path) out["trail"].push_back(p->id);
  out["answers"] = ordered_json::object();
  for (const auto& [k, v] : state->answers) out["answers"][k] = v;
  if (state->error) out["error"] = ErrorJson(*state->error);
  return out.dump();
}

}  // namespace cs
