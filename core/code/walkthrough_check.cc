// Checks a walkthrough flow for what the evaluator relies on. Run at build time on the compiled-in flow
// (cs_rules_check, cmake/rules_tables.cmake) and by tests/code/walkthrough_test.cc.
#include <functional>
#include <map>
#include <set>

#include "walkthrough.h"

namespace cs {

std::string CheckWalkthrough(const Walkthrough& flow) {
  static const std::set<std::string> kTypes = {"choice", "date", "text", "info", "check", "outcome"};
  std::string why;
  std::set<std::string> ids;
  auto fail = [&](const std::string& msg) { return why = msg, false; };
  auto check_node = [&](const WalkthroughNode& n) {
    auto node_fail = [&](const std::string& msg) { return fail("node \"" + n.id + "\": " + msg); };
    if (n.id.empty()) return fail("every node needs an \"id\"");
    if (!ids.insert(n.id).second) return node_fail("the id is used twice");
    if (!kTypes.count(n.type)) return node_fail("unknown type \"" + n.type + "\"");
    if (n.provision.empty()) return node_fail("needs the \"provision\" it rests on");
    if (n.title.empty()) return node_fail("needs a \"title\" (engine.walkthrough." + n.id + ".title)");
    if (n.type == "choice" && n.choices.size() < 2) return node_fail("a choice question needs at least two choices");
    for (const auto& c : n.choices) {
      if (c.value.empty() || c.label.empty() || c.next.empty()) return node_fail("every choice needs value, label and next");
      if (n.FindChoice(c.value) != &c) return node_fail("choice value \"" + c.value + "\" is used twice");
    }
    if (n.type != "choice" && !n.choices.empty()) return node_fail("only choice questions have choices");
    if (n.type != "choice" && n.type != "outcome" && n.next.empty()) return node_fail("needs a \"next\" node");
    if (n.IsOutcome() && (!n.next.empty() || !n.next_if.empty())) return node_fail("an outcome ends the flow: no \"next\"");
    if (n.type == "text" && n.max_length <= 0) return node_fail("a text question needs a positive \"max_length\"");
    if (n.type == "text" && n.blank.empty()) return node_fail("a text question needs a \"blank\" for letter templates");
    if (n.type == "text" && n.required && n.error_required.empty()) return node_fail("a required question needs \"error_required\"");
    if (n.type == "date" && n.field_name.empty()) return node_fail("a date question needs a \"field_name\"");
    if (n.IsQuestion() && n.check_label.empty()) return node_fail("a question needs a \"check_label\"");
    if (!n.letter.empty() && !flow.Letter(n.letter)) return node_fail("unknown letter \"" + n.letter + "\"");
    if (n.deadline_stage != 0 && n.deadline_stage != 1 && n.deadline_stage != 2) return node_fail("deadlines stage must be 1 or 2");
    return true;
  };
  for (const auto& n : flow.Nodes())
    if (!check_node(n)) return why;
  for (const auto& t : flow.Letters()) {
    if (t.subject.empty() || t.parts.empty()) return "letter \"" + t.id + "\" needs a subject and parts";
    for (size_t i = 0; i < t.parts.size(); ++i)
      if (t.parts[i].text.empty())
        return "letter \"" + t.id + "\" part " + std::to_string(i + 1) + " has no text (engine.letters." + t.id + ".part_" +
               std::to_string(i + 1) + ")";
  }
  auto is_date = [&](const std::string& id) {
    const WalkthroughNode* d = flow.Find(id);
    return d && d->type == "date";
  };
  auto check_links = [&](const WalkthroughNode& n) {
    auto node_fail = [&](const std::string& msg) { return fail("node \"" + n.id + "\": " + msg); };
    for (const auto& s : flow.Successors(n))
      if (!flow.Find(s)) return node_fail("leads to unknown node \"" + s + "\"");
    for (const auto& b : n.next_if)
      if (!flow.Find(b.when.node)) return node_fail("next_if tests unknown node \"" + b.when.node + "\"");
    if (!n.not_before.empty() && !is_date(n.not_before)) return node_fail("not_before must name a date question");
    if (!n.window_from.empty() && !is_date(n.window_from)) return node_fail("window.from must name a date question");
    if (!n.escalate.empty() && !WalkthroughRouteTo(flow, n.escalate))
      return node_fail("escalate must name a screen reached from the start through choices alone");
    if (n.deadline_stage) {
      if (n.deadline_received != "today" && !is_date(n.deadline_received))
        return node_fail("deadlines.received must be \"today\" or a date question");
      if (!n.deadline_acknowledged.empty() && !is_date(n.deadline_acknowledged))
        return node_fail("deadlines.acknowledged must name a date question");
    }
    return true;
  };
  for (const auto& n : flow.Nodes())
    if (!check_links(n)) return why;
  if (!flow.Find(flow.Start())) return "\"start\" must name a node";
  // No cycles: a resident always moves forward (depth-first search with colours).
  std::map<std::string, int> colour;
  std::function<bool(const WalkthroughNode&)> visit = [&](const WalkthroughNode& n) {
    colour[n.id] = 1;
    for (const auto& s : flow.Successors(n)) {
      if (colour[s] == 1) return fail("node \"" + n.id + "\" leads back to \"" + s + "\" (a loop)");
      if (colour[s] == 0 && !visit(*flow.Find(s))) return false;
    }
    colour[n.id] = 2;
    return true;
  };
  if (!visit(*flow.Find(flow.Start()))) return why;
  return {};
}

}  // namespace cs
