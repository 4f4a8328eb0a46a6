// Reads and checks the walkthrough flow (core/data/walkthrough.json with its words, the "engine" object of
// templates/i18n/en.json) and fills its texts and letters.
#include "walkthrough.h"

#include <functional>
#include <set>

#include <nlohmann/json.hpp>

#include "embedded_data.h"
#include "messages.h"
#include "timescales.h"

namespace cs {

using nlohmann::json;

const WalkthroughChoice* WalkthroughNode::FindChoice(std::string_view value) const {
  for (const auto& c : choices)
    if (c.value == value) return &c;
  return nullptr;
}

const WalkthroughNode* Walkthrough::Find(std::string_view id) const {
  for (const auto& n : nodes_)
    if (n.id == id) return &n;
  return nullptr;
}

const LetterTemplate* Walkthrough::Letter(std::string_view id) const {
  for (const auto& l : letters_)
    if (l.id == id) return &l;
  return nullptr;
}

std::vector<std::string> Walkthrough::Successors(const WalkthroughNode& node) const {
  std::vector<std::string> out;
  auto add = [&](const std::string& id) {
    if (id.empty()) return;
    for (const auto& o : out)
      if (o == id) return;
    out.push_back(id);
  };
  for (const auto& c : node.choices) add(c.next);
  for (const auto& b : node.next_if) add(b.next);
  add(node.next);
  return out;
}

namespace {

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> Strings(const json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const auto& s : *it)
    if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}

WalkthroughCondition ParseCondition(const std::string& text) {
  WalkthroughCondition c;
  size_t eq = text.find('=');
  if (eq == std::string::npos) {
    c.node = text;
  } else {
    c.node = text.substr(0, eq);
    c.value = text.substr(eq + 1);
    c.any_value = false;
  }
  return c;
}

bool ParseNode(const json& j, WalkthroughNode* n, std::string* why) {
  n->id = Str(j, "id");
  n->type = Str(j, "type");
  n->provision = Str(j, "provision");
  n->title = Str(j, "title");
  n->hint = Str(j, "hint");
  n->body = Strings(j, "body");
  n->show = Strings(j, "show");
  n->check_label = Str(j, "check_label");
  n->next = Str(j, "next");
  n->blank = Str(j, "blank");
  n->error_required = Str(j, "error_required");
  n->field_name = Str(j, "field_name");
  n->not_before = Str(j, "not_before");
  n->letter = Str(j, "letter");
  if (auto it = j.find("required"); it != j.end() && it->is_boolean()) n->required = it->get<bool>();
  if (auto it = j.find("max_length"); it != j.end() && it->is_number_integer()) n->max_length = it->get<int>();
  if (auto it = j.find("rows"); it != j.end() && it->is_number_integer()) n->rows = it->get<int>();
  if (auto it = j.find("choices"); it != j.end() && it->is_array()) {
    for (const auto& c : *it) {
      if (!c.is_object()) return *why = "a choice must be an object", false;
      n->choices.push_back({Str(c, "value"), Str(c, "label"), Str(c, "hint"), Str(c, "next")});
    }
  }
  if (auto it = j.find("next_if"); it != j.end() && it->is_array()) {
    for (const auto& b : *it) {
      if (!b.is_object()) return *why = "next_if entries must be objects", false;
      n->next_if.push_back({ParseCondition(Str(b, "if")), Str(b, "next")});
    }
  }
  if (auto it = j.find("deadlines"); it != j.end() && it->is_object()) {
    if (auto s = it->find("stage"); s != it->end() && s->is_number_integer()) n->deadline_stage = s->get<int>();
    n->deadline_received = Str(*it, "received");
    n->deadline_acknowledged = Str(*it, "acknowledged");
  }
  if (auto it = j.find("window"); it != j.end() && it->is_object()) n->window_from = Str(*it, "from");
  return true;
}

// Checks what the evaluator relies on; `why` names the node.
bool CheckFlow(const Walkthrough& flow, std::string* why) {
  static const std::set<std::string> kTypes = {"choice", "date", "text", "info", "check", "outcome"};
  std::set<std::string> ids;
  for (const auto& n : flow.Nodes()) {
    auto fail = [&](const std::string& msg) { return *why = "node \"" + n.id + "\": " + msg, false; };
    if (n.id.empty()) return *why = "every node needs an \"id\"", false;
    if (!ids.insert(n.id).second) return fail("the id is used twice");
    if (!kTypes.count(n.type)) return fail("unknown type \"" + n.type + "\"");
    if (n.provision.empty()) return fail("needs the \"provision\" it rests on");
    if (n.title.empty()) return fail("needs a \"title\"");
    if (n.type == "choice" && n.choices.size() < 2) return fail("a choice question needs at least two choices");
    for (const auto& c : n.choices) {
      if (c.value.empty() || c.label.empty() || c.next.empty()) return fail("every choice needs value, label and next");
      if (n.FindChoice(c.value) != &c) return fail("choice value \"" + c.value + "\" is used twice");
    }
    if (n.type != "choice" && !n.choices.empty()) return fail("only choice questions have choices");
    if (n.type != "choice" && n.type != "outcome" && n.next.empty()) return fail("needs a \"next\" node");
    if (n.IsOutcome() && (!n.next.empty() || !n.next_if.empty())) return fail("an outcome ends the flow: no \"next\"");
    if (n.type == "text" && n.max_length <= 0) return fail("a text question needs a positive \"max_length\"");
    if (n.type == "text" && n.blank.empty()) return fail("a text question needs a \"blank\" for letter templates");
    if (n.type == "text" && n.required && n.error_required.empty()) return fail("a required question needs \"error_required\"");
    if (n.type == "date" && n.field_name.empty()) return fail("a date question needs a \"field_name\"");
    if (n.IsQuestion() && n.check_label.empty()) return fail("a question needs a \"check_label\"");
    if (!n.letter.empty() && !flow.Letter(n.letter)) return fail("unknown letter \"" + n.letter + "\"");
    if (n.deadline_stage != 0 && n.deadline_stage != 1 && n.deadline_stage != 2) return fail("deadlines stage must be 1 or 2");
  }
  auto is_date = [&](const std::string& id) {
    const WalkthroughNode* d = flow.Find(id);
    return d && d->type == "date";
  };
  for (const auto& n : flow.Nodes()) {
    auto fail = [&](const std::string& msg) { return *why = "node \"" + n.id + "\": " + msg, false; };
    for (const auto& s : flow.Successors(n))
      if (!flow.Find(s)) return fail("leads to unknown node \"" + s + "\"");
    for (const auto& b : n.next_if)
      if (!flow.Find(b.when.node)) return fail("next_if tests unknown node \"" + b.when.node + "\"");
    if (!n.not_before.empty() && !is_date(n.not_before)) return fail("not_before must name a date question");
    if (!n.window_from.empty() && !is_date(n.window_from)) return fail("window.from must name a date question");
    if (n.deadline_stage) {
      if (n.deadline_received != "today" && !is_date(n.deadline_received))
        return fail("deadlines.received must be \"today\" or a date question");
      if (!n.deadline_acknowledged.empty() && !is_date(n.deadline_acknowledged))
        return fail("deadlines.acknowledged must name a date question");
    }
  }
  if (!flow.Find(flow.Start())) return *why = "\"start\" must name a node", false;
  // No cycles: a resident always moves forward (depth-first search with colours).
  std::map<std::string, int> colour;
  std::function<bool(const WalkthroughNode&)> visit = [&](const WalkthroughNode& n) {
    colour[n.id] = 1;
    for (const auto& s : flow.Successors(n)) {
      if (colour[s] == 1) return *why = "node \"" + n.id + "\" leads back to \"" + s + "\" (a loop)", false;
      if (colour[s] == 0 && !visit(*flow.Find(s))) return false;
    }
    colour[n.id] = 2;
    return true;
  };
  return visit(*flow.Find(flow.Start()));
}

}  // namespace

// Puts the words of an "engine" object into a flow: engine.walkthrough.<node>..., engine.letters.<id>...,
// engine.fallbacks.<name>. Parse (`grow`) also takes as many body_N paragraphs and fallbacks as the words have and
// notes the keys it used; Translated replaces only the texts the flow already has.
struct WalkthroughWords {
#ifdef CS_WIDGET_TRUSTS_DATA
  static constexpr bool kNoteKeys = false;  // the browser does not need WordKeys(): smaller download
#else
  static constexpr bool kNoteKeys = true;
#endif
  static const json* At(const json* j, std::string_view key) {
    if (!j || !j->is_object()) return nullptr;
    auto it = j->find(key);
    return it == j->end() ? nullptr : &*it;
  }
  static void Apply(Walkthrough& w, const json& words, bool grow) {
    const bool record = grow && kNoteKeys;
    std::string at;  // the dotted key of the section being read, when noting keys
    auto take = [&](const json* section, const std::string& key, std::string* out) {
      const json* v = At(section, key);
      if (!v || !v->is_string()) return false;
      *out = v->get<std::string>();
      if (record) w.word_keys_.push_back(at + "." + key);
      return true;
    };
    const json* flow_words = At(&words, "walkthrough");
    for (auto& n : w.nodes_) {
      const json* nw = At(flow_words, n.id);
      if (record) at = "engine.walkthrough." + n.id;
      static const std::pair<const char*, std::string WalkthroughNode::*> kTexts[] = {
          {"title", &WalkthroughNode::title},         {"hint", &WalkthroughNode::hint},
          {"check_label", &WalkthroughNode::check_label}, {"field_name", &WalkthroughNode::field_name},
          {"blank", &WalkthroughNode::blank},         {"error_required", &WalkthroughNode::error_required}};
      for (const auto& [key, member] : kTexts) take(nw, key, &(n.*member));
      // Parse takes as many paragraphs as the words have; a translation replaces those the flow has.
      for (size_t i = 0; grow || i < n.body.size(); ++i) {
        std::string key = "body_" + std::to_string(i + 1), paragraph;
        if (i < n.body.size()) take(nw, key, &n.body[i]);
        else if (take(nw, key, &paragraph)) n.body.push_back(paragraph);
        else break;
      }
      const json* choices = At(nw, "choices");
      std::string node_at = at;
      for (auto& c : n.choices) {
        if (record) at = node_at + ".choices." + c.value;
        const json* cw = At(choices, c.value);
        take(cw, "label", &c.label);
        take(cw, "hint", &c.hint);
      }
    }
    const json* letters = At(&words, "letters");
    for (auto& l : w.letters_) {
      const json* lw = At(letters, l.id);
      if (record) at = "engine.letters." + l.id;
      take(lw, "subject", &l.subject);
      for (size_t i = 0; i < l.parts.size(); ++i) take(lw, "part_" + std::to_string(i + 1), &l.parts[i].text);
    }
    if (record) at = "engine.fallbacks";
    if (const json* fallbacks = At(&words, "fallbacks"); fallbacks && fallbacks->is_object())
      for (const auto& [name, text] : fallbacks->items())
        if (grow || w.fallbacks_.count(name)) take(fallbacks, name, &w.fallbacks_[name]);
  }
};

Walkthrough Walkthrough::DefaultTranslated(const json& words) {
  Walkthrough out;
  if (auto w = Parse(EmbeddedDataFile("walkthrough.json"), nullptr, EnglishEngineWords())) out = std::move(*w);
  if (words.is_object()) WalkthroughWords::Apply(out, words, false);
  return out;
}

Walkthrough Walkthrough::Translated(const json* words) const {
  Walkthrough out = *this;
  if (words && words->is_object()) WalkthroughWords::Apply(out, *words, false);
  return out;
}

Walkthrough Walkthrough::Translated(std::string_view words_json) const {
  json words = json::parse(words_json.begin(), words_json.end(), nullptr, false);
  return Translated(&words);
}

std::optional<Walkthrough> Walkthrough::Parse(std::string_view text, std::string* error, std::string_view words_json) {
  auto fail = [&](const std::string& msg) -> std::optional<Walkthrough> {
    if (error) *error = "walkthrough.json: " + msg;
    return std::nullopt;
  };
  json doc = json::parse(text.begin(), text.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object()) return fail("not a JSON object");
  Walkthrough w;
  w.start_ = Str(doc, "start");
  if (auto it = doc.find("fallbacks"); it != doc.end() && it->is_object())
    for (const auto& [k, v] : it->items())
      if (v.is_string()) w.fallbacks_[k] = v.get<std::string>();
  auto nodes = doc.find("nodes");
  if (nodes == doc.end() || !nodes->is_array()) return fail("\"nodes\" must be a list");
  std::string why;
  for (const auto& j : *nodes) {
    if (!j.is_object()) return fail("every node must be an object");
    WalkthroughNode n;
    if (!ParseNode(j, &n, &why)) return fail(why);
    w.nodes_.push_back(std::move(n));
  }
  if (auto it = doc.find("letters"); it != doc.end() && it->is_object()) {
    for (const auto& [id, l] : it->items()) {
      LetterTemplate t;
      t.id = id;
      t.subject = Str(l, "subject");
      if (auto p = l.find("parts"); p != l.end() && p->is_array()) {
        for (const auto& part : *p) {
          LetterPart lp;
          lp.text = Str(part, "text");
          std::string cond = Str(part, "if");
          if (!cond.empty()) lp.when = ParseCondition(cond);
          t.parts.push_back(lp);
        }
      }
      w.letters_.push_back(std::move(t));
    }
  }
  if (!words_json.empty()) {
    json words = json::parse(words_json.begin(), words_json.end(), nullptr, false);
    if (!words.is_object()) return fail("its words (the \"engine\" object of templates/i18n/en.json) are not a JSON object");
    WalkthroughWords::Apply(w, words, true);
  }
#ifndef CS_WIDGET_TRUSTS_DATA  // the wasm build: the same embedded flow is checked by the native unit tests
  for (const auto& t : w.letters_) {
    if (t.subject.empty() || t.parts.empty()) return fail("letter \"" + t.id + "\" needs a subject and parts");
    for (size_t i = 0; i < t.parts.size(); ++i)
      if (t.parts[i].text.empty())
        return fail("letter \"" + t.id + "\" part " + std::to_string(i + 1) + " has no text (engine.letters." + t.id +
                    ".part_" + std::to_string(i + 1) + ")");
  }
  if (!CheckFlow(w, &why)) return fail(why);
#endif
  return w;
}

const Walkthrough& Walkthrough::Default() {
  static const Walkthrough kFlow = [] {
    std::string error;
    auto w = Parse(EmbeddedDataFile("walkthrough.json"), &error, EnglishEngineWords());
    return w ? std::move(*w) : Walkthrough();
  }();
  return kFlow;
}

namespace {

// The values every text can use: the landlord, today, and the Code's timescales.
MessageValues ContextValues(const WalkthroughContext& ctx) {
  MessageValues v;
  if (!ctx.landlord.empty()) v.push_back({"landlord", ctx.landlord});
  if (ctx.today) {
    v.push_back({"today", ctx.today->Long()});
  }
  const CodeTimescales* code = Timescales::Default().Find(ctx.code);
  if (!code) code = Timescales::Default().Find("2024");
  if (code) {
    v.push_back({"complaint_window_months", std::to_string(code->complaint_window_months)});
    v.push_back({"ombudsman_window_months", std::to_string(code->ombudsman_window_months)});
    if (ctx.today) v.push_back({"window_start", ctx.today->AddMonthsClamped(-code->complaint_window_months).Long()});
    for (const auto& [stage, rules] : code->stages) {
      for (const auto& rule : rules) {
        std::string prefix = "s" + std::to_string(stage) + "_";
        if (rule.id == "acknowledge") v.push_back({prefix + "ack_days", std::to_string(rule.working_days)});
        if (rule.id == "response") v.push_back({prefix + "response_days", std::to_string(rule.working_days)});
      }
    }
  }
  return v;
}

const std::string* Lookup(const MessageValues& v, std::string_view name) {
  for (const auto& [k, val] : v)
    if (k == name) return &val;
  return nullptr;
}

bool StartsSentence(const std::string& out) {
  size_t n = out.size();
  return n == 0 || out[n - 1] == '\n' || (n >= 2 && out[n - 1] == ' ' && (out[n - 2] == '.' || out[n - 2] == ':'));
}

std::string Fill(std::string_view text, const MessageValues& values, const Walkthrough& flow, int depth = 0) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '{') {
      size_t close = text.find('}', i);
      if (close != std::string_view::npos) {
        std::string_view name = text.substr(i + 1, close - i - 1);
        std::string value;
        bool found = false;
        if (const std::string* v = Lookup(values, name)) {
          value = *v;
          found = true;
        } else if (depth == 0) {
          auto fb = flow.Fallbacks().find(std::string(name));
          if (fb != flow.Fallbacks().end()) {
            value = Fill(fb->second, values, flow, 1);
            found = true;
          }
        }
        if (found) {
          if (!value.empty() && StartsSentence(out) && value[0] >= 'a' && value[0] <= 'z') value[0] = char(value[0] - 32);
          out += value;
          i = close;
          continue;
        }
      }
    }
    out += text[i];
  }
  return out;
}

MessageValues AllValues(const WalkthroughContext& ctx, const WalkthroughAnswers* answers) {
  MessageValues v = ContextValues(ctx);
  if (answers)
    for (const auto& [k, val] : *answers) v.push_back({k, val});
  return v;
}

bool Holds(const WalkthroughCondition& c, const WalkthroughAnswers& answers) {
  auto it = answers.find(c.node);
  if (it == answers.end()) return false;
  return c.any_value ? !it->second.empty() : it->second == c.value;
}

}  // namespace

std::string FillWalkthroughText(std::string_view text, const WalkthroughContext& ctx, const WalkthroughAnswers* answers,
                                const Walkthrough& flow) {
  return Fill(text, AllValues(ctx, answers), flow);
}

std::string LetterText(const LetterTemplate& letter, const WalkthroughContext& ctx, const WalkthroughAnswers* answers,
                       const Walkthrough& flow) {
  MessageValues v = AllValues(ctx, answers);
  if (!answers) {
    for (const auto& n : flow.Nodes())
      if (n.type == "text") v.push_back({n.id, n.blank});
    if (!ctx.today) v.push_back({"today", "[date]"});
  }
  std::string out;
  for (const auto& part : letter.parts) {
    if (part.when) {
      if (answers) {
        if (!Holds(*part.when, *answers)) continue;
      } else {
        const WalkthroughNode* n = flow.Find(part.when->node);
        if (!part.when->any_value || !n || n->type != "text") continue;
      }
    }
    if (!out.empty()) out += "\n\n";
    out += Fill(part.text, v, flow);
  }
  return out;
}

bool WalkthroughConditionHolds(const WalkthroughCondition& c, const WalkthroughAnswers& answers) { return Holds(c, answers); }

}  // namespace cs
