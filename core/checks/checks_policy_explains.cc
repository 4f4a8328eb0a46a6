// What the Code says a complaints policy must explain (or must not say), beyond its stages and timescales. Each
// finding says the provision, what the policy says (or leaves out) and what to change.
#include <cctype>
#include <map>
#include <set>

#include "checks_policy_internal.h"

namespace cs {

namespace {

// `s` without spaces and hyphens, so "0300 111 3000", "0300-111-3000" and "03001113000" compare equal.
std::string WithoutSeparators(const std::string& s) {
  std::string out;
  for (char c : s)
    if (c != ' ' && c != '-') out += c;
  return out;
}

// Whether the (lower-cased) policy says how to reach the Ombudsman: its phone number, its web address or this
// site's /ombudsman/ page. `ombudsman` is the site's (site.json may override the built-in details of
// core/data/ombudsman.json).
bool GivesOmbudsmanContact(const std::string& all, const OmbudsmanInfo& ombudsman) {
  std::string host = Lower(ombudsman.website);
  for (const char* prefix : {"https://", "http://", "www."})
    if (host.rfind(prefix, 0) == 0) host.erase(0, std::string(prefix).size());
  while (!host.empty() && host.back() == '/') host.pop_back();
  std::string phone = WithoutSeparators(Lower(ombudsman.phone));
  return (!phone.empty() && Has(WithoutSeparators(all), phone)) || (!host.empty() && Has(all, host)) ||
         Has(all, "/ombudsman");
}

// A short quotation of a sentence for a finding's message.
std::string Quote(const std::string& sentence) {
  std::string q = sentence.size() > 90 ? sentence.substr(0, 87) + "..." : sentence;
  return "\"" + q + "\"";
}

// Whether the last words before a requirement name the landlord as the one it binds ("we must", "our staff have to").
bool SubjectIsLandlord(const std::string& before) {
  std::vector<std::string> words;
  std::string w;
  for (char c : before + " ") {
    if (std::isalpha(static_cast<unsigned char>(c)) || c == '\'') {
      w += c;
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  static const std::set<std::string> kLandlord = {"we", "we'll", "we've", "our", "us", "landlord", "staff", "officer",
                                                  "response", "handler"};
  for (size_t i = words.size(), n = 0; i > 0 && n < 3; --i, ++n)
    if (kLandlord.count(words[i - 1])) return true;
  return false;
}

// 6.12: escalation that requires the resident to give reasons. A sentence about stage 2 (or in a section about it)
// that asks for reasons with a requirement no negation governs ("you must tell us why", not "you do not have to").
void EscalationReasons(const PolicyText& policy, const std::string& file, std::vector<Diagnostic>* out) {
  std::map<int, bool> stage_two_section;
  for (const auto& s : policy.sentences)
    if (s.heading && HasAny(s.text, {"stage 2", "stage two", "second stage", "escalat"})) stage_two_section[s.section] = true;
  static const std::vector<std::string> kRequirement = {"must", "need to", "needs to", "have to", "has to", "required",
                                                        "require", "requires", "only if", "only when", "only be",
                                                        "only escalate", "only consider", "only accept"};
  for (const auto& s : policy.sentences) {
    const std::string& t = s.text;
    bool about_stage_two = HasAny(t, {"stage 2", "stage two", "second stage", "escalat"}) || stage_two_section[s.section];
    if (!about_stage_two || Has(t, "ombudsman")) continue;
    if (!HasAny(t, {"explain why", "tell us why", "say why", "state why", "set out why", "give reasons", "give your reason",
                    "give a reason", "give us reasons", "give us your reason", "provide reasons", "provide your reason",
                    "provide a reason", "explain your reason", "the reasons for", "your reasons for", "reason for escalat",
                    "reasons for escalat", "reasons why", "why you are", "why you remain", "why you want",
                    "grounds for", "your reasons", "a reason"}))
      continue;
    // A requirement on the resident, not on the landlord ("we must give you the reasons for our decision").
    bool required = false;
    for (const auto& marker : kRequirement)
      for (size_t at = t.find(marker); at != std::string::npos && !required; at = t.find(marker, at + 1)) {
        if (NegationGoverns(t, at, at + marker.size())) continue;
        if (SubjectIsLandlord(t.substr(0, at))) continue;
        required = true;
      }
    // "we cannot escalate it without your reasons", "we will not escalate unless you explain".
    if (!required && HasAny(t, {"not escalate", "n't escalate", "cannot escalate", "not be escalated", "not move",
                                "n't move", "cannot move", "not consider", "cannot consider", "not accept"}) &&
        HasAny(t, {"without", "unless"}))
      required = true;
    if (!required) continue;
    out->push_back(PolicyFinding(Severity::Error, "policy.escalation.reasons_required", "6.12", file, s.line,
                                 "the policy says " + Quote(t) + "; the Code says residents must not be required to "
                                 "explain their reasons for requesting a stage 2 consideration",
                                 "say residents do not have to give reasons for asking for stage 2 (you may ask, to "
                                 "understand why they remain unhappy)"));
  }
}

// 2.2: an exclusion for legal action that has not reached court (a letter of claim, a solicitor's letter) or for a
// tribunal. The Code's exclusion is legal proceedings that have started: "details of the claim, such as the Claim
// Form and Particulars of Claim, having been filed at court".
void ExclusionsTooWide(const PolicyText& policy, const std::string& file, std::vector<Diagnostic>* out) {
  static const std::initializer_list<const char*> kExcludes = {
      "not take", "not accept", "not consider", "not be considered", "not be accepted", "exclu", "not investigate",
      "not deal with", "not be treated as a complaint", "may refuse", "cannot consider", "can't consider",
      "won't consider", "not look into", "not be able to consider", "not be dealt with", "outside the complaints"};
  std::map<int, bool> excluding_section;
  for (const auto& s : policy.sentences)
    if (s.section > 0 && HasAny(s.text, kExcludes)) excluding_section[s.section] = true;
  static const std::vector<std::string> kWider = {
      "tribunal", "letter of claim", "letter before claim", "letter before action", "pre-action", "solicitor",
      "threaten", "intend to take legal", "intends to take legal", "considering legal action", "legal action is being",
      "disrepair claim"};
  for (const auto& s : policy.sentences) {
    const std::string& t = s.text;
    if (!(HasAny(t, kExcludes) || excluding_section[s.section]) || Has(t, "ombudsman")) continue;
    std::string wider;
    if (UnnegatedPhrase(t, kWider, &wider) == std::string::npos) continue;
    // The policy saying the opposite: "a letter before claim is not legal proceedings", "we will still consider it".
    // A sentence that is not itself an exclusion ("we will not consider ...") but holds a negation explains what is
    // not excluded.
    if (!HasAny(t, kExcludes) && HasNegation(t)) continue;
    if (HasAny(t, {"not legal proceedings", "not count", "not stop", "will still", "still accept", "still consider",
                   "not a reason", "not mean", "not enough", "not on its own", "just because", "only because",
                   "simply because", "not refuse"}))
      continue;
    out->push_back(PolicyFinding(Severity::Error, "policy.exclusions.too_wide", "2.2", file, s.line,
                                 "the policy excludes complaints where there is a \"" + wider + "\"; the Code's exclusion "
                                 "is legal proceedings that have started, defined as details of the claim, such as the "
                                 "Claim Form and Particulars of Claim, having been filed at court",
                                 "exclude a complaint only once a claim has been filed at court; a letter of claim, a "
                                 "solicitor's letter or a tribunal application is not that"));
  }
}

bool SentenceHasBoth(const PolicyText& policy, std::initializer_list<const char*> a, std::initializer_list<const char*> b) {
  for (const auto& s : policy.sentences)
    if (HasAny(s.text, a) && HasAny(s.text, b)) return true;
  return false;
}

}  // namespace

void ExplainsFindings(const PolicyText& policy, const std::string& file, const OmbudsmanInfo& ombudsman,
                      std::vector<Diagnostic>* out) {
  const std::string& all = policy.all;
  auto warn = [&](const char* code, const char* provision, std::string message, std::string fix) {
    out->push_back(PolicyFinding(Severity::Warning, code, provision, file, 0, std::move(message), std::move(fix)));
  };
  if (!HasAny(all, {"service request", "request for a service", "request for service"}))
    warn("policy.service_requests.missing", "1.4",
         "the policy does not explain the difference between a service request and a complaint",
         "add a section on service requests: what one is, that it is not a complaint, and that a resident unhappy with "
         "how one is handled can complain");
  if (!Has(all, "ombudsman"))
    out->push_back(PolicyFinding(Severity::Error, "policy.ombudsman.missing", "3.7", file, 0,
                                 "the policy does not tell residents about the Housing Ombudsman",
                                 "explain their right to go to the Housing Ombudsman and how"));
  else if (!GivesOmbudsmanContact(all, ombudsman))
    warn("policy.ombudsman.contact", "3.7", "the policy mentions the Ombudsman but not how to contact them",
         "give the Ombudsman's website and phone number, or link to the site's Ombudsman page");
  if (!Has(all, "complaint handling code"))
    warn("policy.code.missing", "3.5", "the policy does not mention the Complaint Handling Code",
         "say the policy follows the Housing Ombudsman's Complaint Handling Code and where residents can read it");
  if (!HasAny(all, {"publicis", "publiciz", "newsletter", "handbook", "leaflet", "poster", "promote",
                    "publish this policy", "publish our policy", "publish the policy", "policy is published",
                    "tell residents about this policy"}))
    warn("policy.publicity.missing", "3.5",
         "the policy does not explain how you publicise it, the Housing Ombudsman and the Complaint Handling Code",
         "say where residents find the policy and information about the Ombudsman and the Code (for example this "
         "website, the tenancy handbook, newsletters, letters)");
  if (!HasAny(all, {"representative", "advocate", "on your behalf", "act for you", "someone else"}))
    warn("policy.representatives.missing", "3.6", "the policy does not say residents can have a representative",
         "say a representative can deal with a complaint on a resident's behalf");
  if (!SentenceHasBoth(policy, {"meeting", "meet "},
                       {"accompan", "come with you", "bring someone", "bring a ", "represented", "representative",
                        "someone with you", "with you to"}))
    warn("policy.representatives.meetings", "3.6",
         "the policy does not say residents can be represented or accompanied at meetings with you",
         "say a resident can bring someone with them to, or be represented at, any meeting with you");
  if (!SentenceHasBoth(policy, {"update", "keep you informed", "keep you in touch", "in touch", "informed", "progress"},
                       {"how often", "interval", "agree"}))
    warn("policy.extension.updates.missing", "5.9",
         "the policy does not say that when a response will be later than the Code's timescales you agree with the "
         "resident how often you will keep them informed",
         "say that if a response will take longer you will agree with the resident how often you update them");
  if (!Has(all, "reasonable adjustment"))
    warn("policy.adjustments.missing", "5.10", "the policy does not mention reasonable adjustments",
         "explain how residents can ask for reasonable adjustments (Equality Act 2010)");
  if (!(HasAny(all, {"behaviour", "behavior", "conduct"}) &&
        HasAny(all, {"unacceptable", "unreasonable", "cannot accept", "can't accept", "abusive", "vexatious"})))
    warn("policy.behaviour.missing", "5.14", "the policy does not say how unacceptable behaviour is managed",
         "say how you manage unacceptable behaviour, or link to that policy: restrictions must be proportionate, "
         "explained, kept under review and have regard to the Equality Act 2010 (5.14, 5.15)");
  if (!HasAny(all, {"exclusion", "exclude", "will not consider", "won't consider", "not be considered", "cannot consider",
                    "can't consider", "do not consider", "not accept", "will not be treated as a complaint",
                    "not take on", "not take a complaint", "not take your complaint"}))
    warn("policy.exclusions.missing", "2.2", "the policy does not set out when a matter will not be considered as a complaint",
         "list the exclusions, and make them fair and reasonable");
  bool refusal = false;
  std::map<int, std::string> by_segment;
  for (const auto& s : policy.sentences) by_segment[s.segment] += s.text + " ";
  for (const auto& [segment, text] : by_segment) {
    std::string both = text;
    auto next = by_segment.find(segment + 1);
    if (next != by_segment.end()) both += next->second;
    if (HasAny(both, {"refuse", "decline", "not accept", "not to accept", "not be accepted", "not consider",
                      "not escalate", "not to take", "not take"}) &&
        Has(both, "ombudsman"))
      refusal = true;
  }
  if (!refusal)
    warn("policy.refusal.missing", "2.4",
         "the policy does not say that a refusal to accept a complaint is explained, with the right to take that "
         "decision to the Ombudsman",
         "say you will explain why and that the resident can ask the Ombudsman to look at it");
  EscalationReasons(policy, file, out);
  ExclusionsTooWide(policy, file, out);
}

}  // namespace cs
