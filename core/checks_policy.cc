// Checks of the complaints policy text: two stages and no other, timescales that match the Code's data,
// and the things the Code says the policy must explain.
#include <cctype>
#include <map>

#include "checks.h"

namespace cs {

namespace {

/// A sentence of the policy, lower-cased with Markdown punctuation removed, and the line it starts on.
struct Sentence {
  std::string text;
  int line = 0;
  int segment = 0;  ///< index of the paragraph, heading or list item it belongs to
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool Has(const std::string& s, const char* what) { return s.find(what) != std::string::npos; }

bool HasAny(const std::string& s, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (Has(s, w)) return true;
  return false;
}

// `s` without spaces and hyphens, so "0300 111 3000", "0300-111-3000" and "03001113000" compare equal.
std::string WithoutSeparators(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '-') out += c;
  return out;
}

// Whether the (lower-cased) policy says how to reach the Ombudsman: its phone number, its web address or this
// site's /ombudsman/ page. `ombudsman` is the site's (site.json may override the built-in defaults of
// core/site_config.h, where they are stated once).
bool GivesOmbudsmanContact(const std::string& all, const OmbudsmanInfo& ombudsman) {
  std::string host = Lower(ombudsman.website);
  for (const char* prefix : {"https://", "http://", "www."})
    if (host.rfind(prefix, 0) == 0) host.erase(0, std::string(prefix).size());
  while (!host.empty() && host.back() == '/') host.pop_back();
  std::string phone = WithoutSeparators(Lower(ombudsman.phone));
  return (!phone.empty() && Has(WithoutSeparators(all), phone.c_str())) || (!host.empty() && Has(all, host.c_str())) ||
         Has(all, "/ombudsman");
}

bool StartsSegment(const std::string& trimmed) {
  if (trimmed.empty()) return false;
  char c = trimmed[0];
  if (c == '#' || c == '|') return true;
  if ((c == '-' || c == '*' || c == '+') && trimmed.size() > 1 && trimmed[1] == ' ') return true;
  size_t k = 0;
  while (k < trimmed.size() && std::isdigit(static_cast<unsigned char>(trimmed[k]))) ++k;
  return k > 0 && k + 1 < trimmed.size() && (trimmed[k] == '.' || trimmed[k] == ')') && trimmed[k + 1] == ' ';
}

// Splits Markdown into sentences with their line numbers, skipping fenced code and the {{timescales}} marker.
std::vector<Sentence> Sentences(std::string_view markdown) {
  std::vector<Sentence> out;
  std::string current;
  int current_line = 0, segment = 0;
  std::vector<int> line_at;  // line of each character of `current`
  auto flush = [&]() {
    std::string sentence;
    int start_line = 0;
    for (size_t i = 0; i < current.size(); ++i) {
      if (sentence.empty() && current[i] == ' ') continue;
      if (sentence.empty()) start_line = line_at[i];
      sentence.push_back(current[i]);
      bool end = (current[i] == '.' || current[i] == '!' || current[i] == '?' || current[i] == ';') &&
                 (i + 1 == current.size() || current[i + 1] == ' ');
      if (end && sentence.size() > 5 && !(sentence.size() >= 4 && sentence.compare(sentence.size() - 4, 4, "e.g.") == 0)) {
        out.push_back({Lower(sentence), start_line, segment});
        sentence.clear();
      }
    }
    if (!sentence.empty()) out.push_back({Lower(sentence), start_line, segment});
    current.clear();
    line_at.clear();
    ++segment;
  };
  bool fenced = false;
  int line_no = 0;
  size_t start = 0;
  while (start <= markdown.size()) {
    size_t end = markdown.find('\n', start);
    if (end == std::string_view::npos) end = markdown.size();
    std::string_view line = markdown.substr(start, end - start);
    start = end + 1;
    ++line_no;
    std::string trimmed(line);
    while (!trimmed.empty() && (trimmed.back() == '\r' || trimmed.back() == ' ')) trimmed.pop_back();
    size_t lead = trimmed.find_first_not_of(' ');
    trimmed = lead == std::string::npos ? "" : trimmed.substr(lead);
    if (trimmed.rfind("```", 0) == 0 || trimmed.rfind("~~~", 0) == 0) {
      fenced = !fenced;
      continue;
    }
    if (fenced || trimmed.find("{{") != std::string::npos) continue;
    if (trimmed.empty() || StartsSegment(trimmed)) {
      if (!current.empty()) flush();
      if (trimmed.empty()) continue;
    }
    // Drop Markdown punctuation that splits words ("**two**-stage", "[the Ombudsman](url)").
    std::string cleaned;
    for (char c : trimmed) {
      if (c == '*' || c == '_' || c == '`' || c == '#' || c == '>' || c == '[' || c == ']' || c == '|') c = ' ';
      cleaned.push_back(c);
    }
    if (!current.empty()) {
      current.push_back(' ');
      line_at.push_back(line_no);
    }
    current_line = line_no;
    for (char c : cleaned) {
      current.push_back(c == '\t' ? ' ' : c);
      line_at.push_back(current_line);
    }
  }
  if (!current.empty()) flush();
  // Collapse runs of spaces.
  for (auto& s : out) {
    std::string c;
    for (char ch : s.text)
      if (!(ch == ' ' && !c.empty() && c.back() == ' ')) c.push_back(ch);
    s.text = c;
  }
  return out;
}

bool Negated(const std::string& s) {
  return HasAny(s, {" not ", "n't ", " no ", "never ", "without ", "there is no", "we have no", " no other"}) ||
         s.rfind("no ", 0) == 0;
}

const std::map<std::string, int>& NumberWords() {
  static const std::map<std::string, int> k = {
      {"one", 1},      {"two", 2},       {"three", 3},     {"four", 4},       {"five", 5},     {"six", 6},
      {"seven", 7},    {"eight", 8},     {"nine", 9},      {"ten", 10},       {"eleven", 11},  {"twelve", 12},
      {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},   {"twenty", 20},  {"thirty", 30},
      {"twenty-five", 25}, {"twenty-one", 21}, {"twenty-eight", 28}};
  return k;
}

/// "10 working days", "fifteen days", "2 weeks", "12 months" found in a sentence.
struct Duration {
  int value = 0;
  std::string unit;   // "days", "weeks", "months"
  bool working = false;
  size_t at = 0;      // position of the number in the sentence
  std::string said;   // as written, e.g. "15 working days"
};

std::vector<Duration> Durations(const std::string& s) {
  std::vector<Duration> out;
  std::vector<std::pair<std::string, size_t>> words;
  std::string w;
  for (size_t i = 0; i <= s.size(); ++i) {
    char c = i < s.size() ? s[i] : ' ';
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-') {
      w.push_back(c);
    } else {
      if (!w.empty()) words.emplace_back(w, i - w.size());
      w.clear();
    }
  }
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string& n = words[k].first;
    int value = 0;
    bool digits = !n.empty();
    for (char c : n)
      if (!std::isdigit(static_cast<unsigned char>(c))) digits = false;
    if (digits && n.size() <= 3) value = std::stoi(n);
    else if (NumberWords().count(n)) value = NumberWords().at(n);
    else continue;
    size_t j = k + 1;
    bool working = false;
    std::string between;
    while (j < words.size() && j <= k + 2 &&
           (words[j].first == "working" || words[j].first == "business" || words[j].first == "calendar" ||
            words[j].first == "clear" || words[j].first == "further" || words[j].first == "more" ||
            words[j].first == "additional")) {
      if (words[j].first == "working" || words[j].first == "business") working = true;
      between += words[j].first + " ";
      ++j;
    }
    if (j >= words.size()) continue;
    std::string unit = words[j].first;
    if (unit == "day" || unit == "days") unit = "days";
    else if (unit == "week" || unit == "weeks") unit = "weeks";
    else if (unit == "month" || unit == "months") unit = "months";
    else continue;
    out.push_back({value, unit, working, words[k].second, n + " " + between + words[j].first});
  }
  return out;
}

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

Diagnostic Finding(Severity severity, std::string code, std::string provision, const std::string& file, int line,
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

// `context_stage`: the stage the paragraph was last talking about, for sentences that do not name one.
void CheckTimescale(const Sentence& s, const Duration& d, const CodeTimescales& code, const std::string& file,
                    const std::string& context_stage, std::vector<Diagnostic>* out, bool* twelve_months) {
  const std::string& t = s.text;
  if (d.unit == "months") {
    if (!HasAny(t, {"within", "after", "over", "older than", "more than", "up to", "ago", "longer than"})) return;
    bool ombudsman = Has(t, "ombudsman");
    if (!ombudsman && !HasAny(t, {"complain", "aware", "occurred", "happened", "issue"})) return;
    int expected = ombudsman ? code.ombudsman_window_months : code.complaint_window_months;
    if (!ombudsman && d.value == expected) *twelve_months = true;
    if (d.value != expected)
      out->push_back(Finding(Severity::Error, "policy.timescale.window",
                             ombudsman ? "" : code.complaint_window_provision, file, s.line,
                             "the policy says \"" + d.said + "\" " +
                                 (ombudsman ? "for going to the Ombudsman" : "as the time limit for complaints") +
                                 "; the Code's limit is " + std::to_string(expected) + " months",
                             "say " + std::to_string(expected) + " months"));
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
  bool matches = false;
  std::string expected, provision;
  for (const auto* r : rules) {
    if (r->working_days == d.value && d.unit == "days") matches = true;
    expected += (expected.empty() ? "" : " or ") + std::to_string(r->working_days) + " working days (" + r->provision + ")";
    provision += (provision.empty() ? "" : ", ") + r->provision;
  }
  std::string what = std::string(stage.empty() ? "" : "stage " + stage + " ") + MilestoneWords(kind);
  if (matches && !d.working) {
    out->push_back(Finding(Severity::Error, "policy.timescale.not_working_days", provision, file, s.line,
                           "the policy says \"" + d.said + "\" for the " + what + "; the Code counts working days",
                           "say \"" + std::to_string(d.value) + " working days\""));
  } else if (!matches) {
    out->push_back(Finding(Severity::Error, "policy.timescale.mismatch", provision, file, s.line,
                           "the policy says \"" + d.said + "\" for the " + what + "; the Code says " + expected,
                           "use the Code's timescale, or insert the {{timescales}} table instead of writing it out"));
  }
}

// The findings, with lines counted from the Markdown's first line.
std::vector<Diagnostic> PolicyFindings(std::string_view markdown, const std::string& file, const CodeTimescales& code,
                                       const OmbudsmanInfo& ombudsman) {
  std::vector<Diagnostic> out;
  std::vector<Sentence> sentences = Sentences(markdown);
  std::string all;
  for (const auto& s : sentences) all += s.text + " ";

  bool two_stages = HasAny(all, {"two stage", "two-stage", "2 stage", "2-stage"}) ||
                    (HasAny(all, {"stage 1", "stage one"}) && HasAny(all, {"stage 2", "stage two"}));
  bool twelve_months = false;
  std::map<int, std::vector<const Sentence*>> by_segment;
  std::string context_stage;
  int context_segment = -1;
  for (const auto& s : sentences) {
    by_segment[s.segment].push_back(&s);
    if (HasAny(s.text, {"stage 3", "stage three", "third stage", "three stage", "three-stage", "3-stage", "3 stage"}) &&
        !Negated(s.text))
      out.push_back(Finding(Severity::Error, "policy.stages.third", "5.3", file, s.line,
                            "the policy describes a third stage; the Code allows two stages only",
                            "remove the third stage: stage 2 is the landlord's final response"));
    if (HasAny(s.text, {"stage 0", "stage zero", "informal complaint", "informal stage", "pre-complaint",
                        "pre complaint", "informal resolution stage"}) &&
        !Negated(s.text))
      out.push_back(Finding(Severity::Error, "policy.stages.extra", "5.2", file, s.line,
                            "the policy describes an extra named stage (\"stage 0\" or an informal stage)",
                            "remove it: early resolution happens within stage 1"));
    if (s.segment != context_segment) context_stage.clear();
    context_segment = s.segment;
    for (const auto& d : Durations(s.text)) CheckTimescale(s, d, code, file, context_stage, &out, &twelve_months);
    std::string mentioned = Nearest(s.text, s.text.size(), StageWords());
    if (!mentioned.empty()) context_stage = mentioned;
  }
  if (!two_stages)
    out.push_back(Finding(Severity::Error, "policy.stages.missing", "5.3", file, 0,
                          "the policy does not describe the two-stage process",
                          "describe stage 1 and stage 2 (the final response) with their timescales"));
  if (!Has(all, "ombudsman"))
    out.push_back(Finding(Severity::Error, "policy.ombudsman.missing", "3.7", file, 0,
                          "the policy does not tell residents about the Housing Ombudsman",
                          "explain their right to go to the Housing Ombudsman and how"));
  else if (!GivesOmbudsmanContact(all, ombudsman))
    out.push_back(Finding(Severity::Warning, "policy.ombudsman.contact", "3.7", file, 0,
                          "the policy mentions the Ombudsman but not how to contact them",
                          "give the Ombudsman's website and phone number, or link to the site's Ombudsman page"));
  if (!Has(all, "complaint handling code"))
    out.push_back(Finding(Severity::Warning, "policy.code.missing", "3.5", file, 0,
                          "the policy does not mention the Complaint Handling Code or how it is publicised",
                          "say how you publicise the policy, the Ombudsman and the Complaint Handling Code"));
  if (!HasAny(all, {"representative", "advocate", "on your behalf", "act for you", "someone else"}))
    out.push_back(Finding(Severity::Warning, "policy.representatives.missing", "3.6", file, 0,
                          "the policy does not say residents can have a representative",
                          "say a representative can complain for a resident and attend meetings with them"));
  if (!Has(all, "reasonable adjustment"))
    out.push_back(Finding(Severity::Warning, "policy.adjustments.missing", "5.10", file, 0,
                          "the policy does not mention reasonable adjustments",
                          "explain how residents can ask for reasonable adjustments (Equality Act 2010)"));
  if (!HasAny(all, {"exclusion", "exclude", "will not consider", "won't consider", "not be considered", "cannot consider",
                    "can't consider", "do not consider", "not accept", "will not be treated as a complaint"}))
    out.push_back(Finding(Severity::Warning, "policy.exclusions.missing", "2.2", file, 0,
                          "the policy does not set out when a matter will not be considered as a complaint",
                          "list the exclusions, and make them fair and reasonable"));
  if (!twelve_months)
    out.push_back(Finding(Severity::Warning, "policy.exclusions.twelve_months", code.complaint_window_provision, file, 0,
                          "the policy does not say complaints are accepted within " +
                              std::to_string(code.complaint_window_months) + " months of the issue",
                          "say complaints are accepted within " + std::to_string(code.complaint_window_months) +
                              " months of the issue or of becoming aware of it, with discretion beyond"));
  bool refusal = false;
  for (const auto& [segment, list] : by_segment) {
    std::string text;
    for (const auto* s : list) text += s->text + " ";
    auto next = by_segment.find(segment + 1);
    if (next != by_segment.end())
      for (const auto* s : next->second) text += s->text + " ";
    if (HasAny(text, {"refuse", "decline", "not accept", "not to accept", "not be accepted", "not consider",
                      "not escalate"}) &&
        Has(text, "ombudsman"))
      refusal = true;
  }
  if (!refusal)
    out.push_back(Finding(Severity::Warning, "policy.refusal.missing", "2.4", file, 0,
                          "the policy does not say that a refusal to accept a complaint is explained, with the right "
                          "to take that decision to the Ombudsman",
                          "say you will explain why and that the resident can ask the Ombudsman to look at it"));
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
