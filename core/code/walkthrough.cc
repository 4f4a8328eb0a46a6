// The walkthrough flow from its compiled-in tables (core/data/walkthrough.json with its words, the "engine" object of
// templates/i18n/en.json), a translation's words over it, and its texts and letters filled in.
#include "walkthrough.h"

#include <algorithm>
#include <functional>

#include "code_tables.h"
#include "timescales.h"

namespace cs {

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

Walkthrough::Walkthrough(std::string start, std::vector<WalkthroughNode> nodes, std::vector<LetterTemplate> letters,
                         std::map<std::string, std::string> fallbacks)
    : start_(std::move(start)), nodes_(std::move(nodes)), letters_(std::move(letters)), fallbacks_(std::move(fallbacks)) {}

namespace {

WalkthroughCondition Condition(const tables::Condition& c) { return {c.node, c.value, c.any_value}; }

// A text of the flow: the translation's (engine.<prefix><name>) when it has one, else the English of the tables.
std::string Text(const EngineWords* words, const std::string& prefix, const char* name, const char* english) {
  if (words)
    if (const std::string* t = FindWord(*words, prefix + name)) return *t;
  return english;
}

}  // namespace

// The flow from its tables, with `words` (a translation) over the English.
Walkthrough BuildWalkthrough(const EngineWords* words) {
  const tables::Flow& flow = tables::kWalkthrough;
  Walkthrough w;
  w.start_ = flow.start;
  for (int i = 0; i < flow.node_count; ++i) {
    const tables::Node& row = flow.nodes[i];
    const std::string at = std::string("walkthrough.") + row.id + ".";
    WalkthroughNode n;
    n.id = row.id;
    n.type = row.type;
    n.provision = row.provision;
    n.title = Text(words, at, "title", row.title);
    n.hint = Text(words, at, "hint", row.hint);
    for (int b = 0; b < row.body_count; ++b)
      n.body.push_back(Text(words, at, ("body_" + std::to_string(b + 1)).c_str(), row.body[b]));
    n.show.assign(row.show, row.show + row.show_count);
    n.check_label = Text(words, at, "check_label", row.check_label);
    for (int c = 0; c < row.choice_count; ++c) {
      const tables::Choice& choice = row.choices[c];
      const std::string choice_at = at + "choices." + choice.value + ".";
      n.choices.push_back({choice.value, Text(words, choice_at, "label", choice.label), Text(words, choice_at, "hint", choice.hint),
                           choice.next});
    }
    for (int b = 0; b < row.next_if_count; ++b) n.next_if.push_back({Condition(row.next_if[b].when), row.next_if[b].next});
    n.next = row.next;
    n.required = row.required;
    n.max_length = row.max_length;
    n.rows = row.rows;
    n.blank = Text(words, at, "blank", row.blank);
    n.error_required = Text(words, at, "error_required", row.error_required);
    n.field_name = Text(words, at, "field_name", row.field_name);
    n.not_before = row.not_before;
    n.letter = row.letter;
    n.deadline_stage = row.deadline_stage;
    n.deadline_received = row.deadline_received;
    n.deadline_acknowledged = row.deadline_acknowledged;
    n.window_from = row.window_from;
    n.escalate = row.escalate;
    w.nodes_.push_back(std::move(n));
  }
  for (int i = 0; i < flow.letter_count; ++i) {
    const tables::Letter& row = flow.letters[i];
    const std::string at = std::string("letters.") + row.id + ".";
    LetterTemplate t;
    t.id = row.id;
    t.subject = Text(words, at, "subject", row.subject);
    for (int p = 0; p < row.part_count; ++p) {
      LetterPart part;
      part.text = Text(words, at, ("part_" + std::to_string(p + 1)).c_str(), row.parts[p].text);
      if (row.parts[p].conditional) part.when = Condition(row.parts[p].when);
      t.parts.push_back(std::move(part));
    }
    w.letters_.push_back(std::move(t));
  }
  for (int i = 0; i < flow.fallback_count; ++i)
    w.fallbacks_[flow.fallbacks[i].name] = Text(words, "fallbacks.", flow.fallbacks[i].name, flow.fallbacks[i].text);
  return w;
}

const Walkthrough& Walkthrough::Default() {
  static const Walkthrough kFlow = BuildWalkthrough(nullptr);
  return kFlow;
}

Walkthrough Walkthrough::Translated(const EngineWords& words) { return BuildWalkthrough(&words); }

EngineWords Walkthrough::Words() const {
  EngineWords out;
  auto add = [&](const std::string& key, const std::string& text) {
    if (!text.empty()) out.push_back({key, text});
  };
  for (const auto& n : nodes_) {
    const std::string at = "walkthrough." + n.id + ".";
    add(at + "title", n.title);
    add(at + "hint", n.hint);
    for (size_t b = 0; b < n.body.size(); ++b) add(at + "body_" + std::to_string(b + 1), n.body[b]);
    add(at + "check_label", n.check_label);
    for (const auto& c : n.choices) {
      add(at + "choices." + c.value + ".label", c.label);
      add(at + "choices." + c.value + ".hint", c.hint);
    }
    add(at + "blank", n.blank);
    add(at + "error_required", n.error_required);
    add(at + "field_name", n.field_name);
  }
  for (const auto& l : letters_) {
    add("letters." + l.id + ".subject", l.subject);
    for (size_t p = 0; p < l.parts.size(); ++p) add("letters." + l.id + ".part_" + std::to_string(p + 1), l.parts[p].text);
  }
  for (const auto& [name, text] : fallbacks_) add("fallbacks." + name, text);
  return out;
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
  // A text question left blank (or not asked) becomes its blank to fill in, e.g. "[your name]": the answers given
  // come first, so a Lookup finds an answer before its blank.
  MessageValues v = ContextValues(ctx);
  if (answers)
    for (const auto& [k, val] : *answers)
      if (!val.empty()) v.push_back({k, val});
  for (const auto& n : flow.Nodes())
    if (n.type == "text") v.push_back({n.id, n.blank});
  if (!answers && !ctx.today) v.push_back({"today", "[date]"});
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

std::vector<std::string> WalkthroughNextSteps(const WalkthroughNode& node) {
  std::vector<std::string> out;
  if (!node.IsOutcome()) return out;
  auto shows = [&](const char* block) { return std::find(node.show.begin(), node.show.end(), block) != node.show.end(); };
  if (!node.letter.empty()) out.push_back("letter");
  if (node.deadline_stage) out.push_back("dates");
  if (!node.escalate.empty()) out.push_back("escalate");
  if (shows("service_requests")) out.push_back("report");
  if (shows("channels")) out.push_back("contacts");
  if (shows("ombudsman")) out.push_back("ombudsman");
  return out;
}

std::optional<WalkthroughAnswers> WalkthroughRouteTo(const Walkthrough& flow, std::string_view id) {
  WalkthroughAnswers answers;
  std::vector<std::string> visiting;
  // Depth-first from the start; a screen that needs typing (text, date) or ends the flow is not passed through.
  std::function<bool(const WalkthroughNode&)> visit = [&](const WalkthroughNode& n) {
    if (n.id == id) return true;
    if (std::find(visiting.begin(), visiting.end(), n.id) != visiting.end()) return false;
    visiting.push_back(n.id);
    bool found = false;
    if (n.type == "choice") {
      for (const auto& c : n.choices) {
        const WalkthroughNode* next = flow.Find(c.next);
        answers[n.id] = c.value;
        if (next && visit(*next)) {
          found = true;
          break;
        }
      }
    } else if ((n.type == "info" || n.type == "check") && n.next_if.empty()) {
      const WalkthroughNode* next = flow.Find(n.next);
      answers[n.id] = "continue";
      found = next && visit(*next);
    }
    if (!found) answers.erase(n.id);
    visiting.pop_back();
    return found;
  };
  const WalkthroughNode* start = flow.Find(flow.Start());
  if (!start || !visit(*start)) return std::nullopt;
  return answers;
}

bool WalkthroughConditionHolds(const WalkthroughCondition& c, const WalkthroughAnswers& answers) { return Holds(c, answers); }

}  // namespace cs
