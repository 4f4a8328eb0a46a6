// Checks of the complaints policy text: two stages and no other (5.2, 5.3), timescales no slower than the Code's data
// (3.4, 6.2–6.16, 2.3) and the Ombudsman's time limit as the Housing Ombudsman Scheme puts it. What else the policy
// must explain is in core/checks/checks_policy_explains.cc.
#include <string>

#include "checks_policy_internal.h"

namespace cs {

Diagnostic PolicyFinding(Severity severity, std::string code, std::string provision, const std::string& file, int line,
                         std::string message, std::string fix) {
  Diagnostic d;
  d.severity = severity;
  d.code = std::move(code);
  d.provision = std::move(provision);
  d.file = file;
  d.line = line;
  d.message = std::move(message);
  d.fix = std::move(fix);
  return d;
}

namespace {

// The last of `keys` that appears before `at` in `s`, or the first after it; "" when none.
std::string Nearest(const std::string& s, size_t at, const std::vector<std::pair<const char*, const char*>>& keys) {
  std::string best;
  size_t best_pos = 0;
  bool before = false;
  for (const auto& [needle, name] : keys) {
    for (size_t p = s.find(needle); p != std::string::npos; p = s.find(needle, p + 1)) {
      if (p < at) {
        if (!before || p > best_pos) best = name, best_pos = p, before = true;
      } else if (!before && (best.empty() || p < best_pos)) {
        best = name, best_pos = p;
      }
    }
  }
  return best;
}

const char* MilestoneWords(const std::string& id) {
  if (id == "acknowledge") return "acknowledgement";
  if (id == "response") return "response";
  return "extension";
}

const std::vector<std::pair<const char*, const char*>>& StageWords() {
  static const std::vector<std::pair<const char*, const char*>> k = {
      {"stage 1", "1"},  {"stage one", "1"},       {"first stage", "1"}, {"stage 2", "2"}, {"stage two", "2"},
      {"second stage", "2"}, {"escalat", "2"}, {"final response", "2"}, {"review", "2"}};
  return k;
}

// Words that name a third stage (5.3) or an extra named stage (5.2).
const std::vector<std::string>& ThirdStageWords() {
  static const std::vector<std::string> k = {"stage 3", "stage three", "third stage", "three stage", "three-stage",
                                             "3-stage", "3 stage"};
  return k;
}
const std::vector<std::string>& ExtraStageWords() {
  static const std::vector<std::string> k = {"stage 0", "stage zero", "informal complaint", "informal stage",
                                             "pre-complaint", "pre complaint", "informal resolution stage"};
  return k;
}

// Sentences that say the Ombudsman's time limit as a hard limit ("must", "need to") rather than the Scheme's
// "normally".
bool SaysHardLimit(const std::string& t) {
  if (HasAny(t, {"normally", "usually", "generally", "should", "in most cases", "expect"})) return false;
  return HasAny(t, {"must", "need to", "needs to", "have to", "has to", "only", "at the latest", "no later than",
                    "cannot", "can't", "will not"});
}

struct TimescaleState {
  bool twelve_months = false;  // the policy states the 2.3 window (12 months or longer)
  bool any = false;            // the policy states at least one complaint-handling timescale
};

// `context_stage`: the stage the paragraph was last talking about, for sentences that do not name one.
void CheckTimescale(const PolicySentence& s, const Duration& d, const CodeTimescales& code, const std::string& file,
                    const std::string& context_stage, std::vector<Diagnostic>* out, TimescaleState* state) {
  const std::string& t = s.text;
  if (d.unit == "months") {
    if (!HasAny(t, {"within", "after", "over", "older than", "more than", "up to", "ago", "longer than"})) return;
    if (Has(t, "ombudsman")) {
      // The Housing Ombudsman Scheme, not the Code: the Ombudsman normally expects a complaint within 12 months of
      // the landlord's final response. Code 3.7 asks the policy to tell residents about their right to go there.
      const int expected = code.ombudsman_window_months;
      if (d.value != expected)
        out->push_back(PolicyFinding(
            Severity::Error, "policy.ombudsman.window", "3.7", file, s.line,
            "the policy says \"" + d.said + "\" for going to the Housing Ombudsman; the Housing Ombudsman Scheme (not "
                "the Code) says the Ombudsman normally expects a complaint within " + std::to_string(expected) +
                " months of the landlord's final response",
            "say residents should normally contact the Ombudsman within " + std::to_string(expected) +
                " months of your final response"));
      else if (SaysHardLimit(t))
        out->push_back(PolicyFinding(
            Severity::Warning, "policy.ombudsman.window_normally", "3.7", file, s.line,
            "the policy makes " + std::to_string(expected) + " months a fixed limit for going to the Housing "
                "Ombudsman; the Housing Ombudsman Scheme says \"normally\" within " + std::to_string(expected) +
                " months of the final response, so the Ombudsman can look at a complaint brought later",
            "say residents should normally contact the Ombudsman within " + std::to_string(expected) +
                " months of your final response"));
      return;
    }
    if (!HasAny(t, {"complain", "aware", "occurred", "happened", "issue"})) return;
    const int expected = code.complaint_window_months;
    // 2.3 is a minimum: a landlord must accept complaints made within 12 months; a longer time is fine.
    if (d.value >= expected) state->twelve_months = true;
    else
      out->push_back(PolicyFinding(
          Severity::Error, "policy.timescale.window", code.complaint_window_provision, file, s.line,
          "the policy says \"" + d.said + "\" as the time limit for complaints; the Code says a landlord must accept "
              "complaints made within " + std::to_string(expected) + " months of the issue or of the resident "
              "becoming aware of it",
          "accept complaints for at least " + std::to_string(expected) + " months (a longer time is fine)"));
    return;
  }
  // Days and weeks: only sentences about handling a complaint, not repairs or other services.
  if (!HasAny(t, {"acknowledg", "respond", "response", "reply", "escalat", "extension", "extend", "stage", "decision"}))
    return;
  if (HasAny(t, {"repair", "service request"}) || (d.unit == "weeks" && Has(t, "ombudsman"))) return;
  std::string stage = Nearest(t, d.at, StageWords());
  if (stage.empty()) stage = context_stage;
  std::string kind = Nearest(t, d.at, {{"acknowledg", "acknowledge"}, {"respond", "response"}, {"response", "response"},
                                       {"reply", "response"}, {"decision", "response"}, {"extension", "extended_response"},
                                       {"extend", "extended_response"}, {"further", "extended_response"},
                                       {"additional", "extended_response"}, {"more than", "extended_response"}});
  if (Has(d.said, "further") || Has(d.said, "more") || Has(d.said, "additional")) kind = "extended_response";
  if (kind.empty()) return;
  std::vector<const MilestoneRule*> rules;
  for (const auto& [number, milestones] : code.stages) {
    if (!stage.empty() && std::to_string(number) != stage) continue;
    for (const auto& m : milestones)
      if (m.id == kind) rules.push_back(&m);
  }
  if (rules.empty()) return;
  state->any = true;
  // The most working days the stated time can hold: N working days or N calendar days at most N; a week 5.
  // A timescale no slower than the Code's is compliant (the Code sets maximums).
  const int most = d.unit == "weeks" ? d.value * 5 : d.value;
  bool within = false, same_number_in_days = false;
  std::string expected, provision;
  for (const auto* r : rules) {
    if (most <= r->working_days) within = true;
    if (d.unit == "days" && !d.working && d.value == r->working_days) same_number_in_days = true;
    expected += (expected.empty() ? "" : " or ") + std::to_string(r->working_days) + " working days (" + r->provision + ")";
    provision += (provision.empty() ? "" : ", ") + r->provision;
  }
  std::string what = std::string(stage.empty() ? "" : "stage " + stage + " ") + MilestoneWords(kind);
  if (!within) {
    out->push_back(PolicyFinding(Severity::Error, "policy.timescale.mismatch", provision, file, s.line,
                                 "the policy says \"" + d.said + "\" for the " + what + "; the Code says no more than " +
                                     expected,
                                 "promise no more than the Code's timescale (a faster one is fine), or insert the "
                                 "{{timescales}} table instead of writing it out"));
  } else if (same_number_in_days) {
    out->push_back(PolicyFinding(Severity::Warning, "policy.timescale.not_working_days", provision, file, s.line,
                                 "the policy says \"" + d.said + "\" for the " + what +
                                     "; the Code counts working days, so residents and staff may count different days",
                                 "say \"" + std::to_string(d.value) + " working days\""));
  }
}

// The findings, with lines counted from the Markdown's first line.
std::vector<Diagnostic> PolicyFindings(std::string_view markdown, const std::string& file, const CodeTimescales& code,
                                       const OmbudsmanInfo& ombudsman) {
  std::vector<Diagnostic> out;
  PolicyText policy;
  policy.markdown = markdown;
  policy.sentences = PolicySentences(markdown);
  for (const auto& s : policy.sentences) policy.all += s.text + " ";
  const std::string& all = policy.all;

  bool two_stages = HasAny(all, {"two stage", "two-stage", "2 stage", "2-stage"}) ||
                    (HasAny(all, {"stage 1", "stage one"}) && HasAny(all, {"stage 2", "stage two"}));
  TimescaleState timescales;
  std::string context_stage;
  int context_segment = -1;
  for (const auto& s : policy.sentences) {
    std::string named;
    if (UnnegatedPhrase(s.text, ThirdStageWords(), &named) != std::string::npos)
      out.push_back(PolicyFinding(Severity::Error, "policy.stages.third", "5.3", file, s.line,
                                  "the policy describes a third stage (\"" + named + "\"); the Code says a process with "
                                  "more than 2 stages is not acceptable under any circumstances",
                                  "remove the third stage: stage 2 is the landlord's final response, and after it the "
                                  "resident can go to the Housing Ombudsman"));
    if (UnnegatedPhrase(s.text, ExtraStageWords(), &named) != std::string::npos)
      out.push_back(PolicyFinding(Severity::Error, "policy.stages.extra", "5.2", file, s.line,
                                  "the policy describes an extra named stage (\"" + named + "\"); the Code says extra "
                                  "named stages such as 'stage 0' or 'informal complaint' are not appropriate",
                                  "remove it: early resolution happens within stage 1"));
    if (s.segment != context_segment) context_stage.clear();
    context_segment = s.segment;
    for (const auto& d : Durations(s.text)) CheckTimescale(s, d, code, file, context_stage, &out, &timescales);
    std::string mentioned = Nearest(s.text, s.text.size(), StageWords());
    if (!mentioned.empty()) context_stage = mentioned;
  }
  if (!two_stages)
    out.push_back(PolicyFinding(Severity::Error, "policy.stages.missing", "5.3", file, 0,
                                "the policy does not describe the two-stage process",
                                "describe stage 1 and stage 2 (the final response) with their timescales"));
  if (!timescales.any && markdown.find("{{timescales}}") == std::string_view::npos)
    out.push_back(PolicyFinding(Severity::Error, "policy.timescales.missing", "3.4", file, 0,
                                "the policy gives no timescales for acknowledging and responding to complaints; the "
                                "Code says it must detail what happens at each stage and the timeframes for responding",
                                "insert the {{timescales}} table, or state the acknowledgement and response times of "
                                "each stage in working days"));
  if (!timescales.twelve_months)
    out.push_back(PolicyFinding(Severity::Warning, "policy.exclusions.twelve_months", code.complaint_window_provision,
                                file, 0,
                                "the policy does not say complaints are accepted within " +
                                    std::to_string(code.complaint_window_months) + " months of the issue",
                                "say complaints are accepted within " + std::to_string(code.complaint_window_months) +
                                    " months of the issue or of becoming aware of it, with discretion beyond"));
  ExplainsFindings(policy, file, ombudsman, &out);
  return out;
}

}  // namespace

std::vector<Diagnostic> CheckPolicy(std::string_view markdown, const std::string& file, const CodeTimescales& code) {
  return CheckPolicy(markdown, file, code, OmbudsmanInfo());
}

std::vector<Diagnostic> CheckPolicy(std::string_view markdown, const std::string& file, const CodeTimescales& code,
                                    const OmbudsmanInfo& ombudsman, int first_line) {
  std::vector<Diagnostic> out = PolicyFindings(markdown, file, code, ombudsman);
  for (auto& d : out)
    if (d.line > 0) d.line += first_line - 1;
  return out;
}

}  // namespace cs
