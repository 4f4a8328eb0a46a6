// Shared by the policy checks (core/checks/checks_policy.cc: stages and timescales; core/checks/checks_policy_explains.cc: what the
// policy must explain). Not part of core's interface.
#pragma once

#include <string>
#include <vector>

#include "checks.h"
#include "policy_sentences.h"

namespace cs {

/// A policy finding: `line` counts from the Markdown's first line (CheckPolicy shifts it to the file's).
Diagnostic PolicyFinding(Severity severity, std::string code, std::string provision, const std::string& file,
                         int line, std::string message, std::string fix);

/// The policy as the checks read it.
struct PolicyText {
  std::string_view markdown;
  std::vector<PolicySentence> sentences;
  std::string all;  ///< every sentence, lower case, joined by spaces
};

/// What the Code says the policy must explain or must not say, beyond stages and timescales: service requests
/// (1.4), exclusions (2.2–2.4), publicity (3.5), representatives (3.6), the Ombudsman (3.7), update intervals
/// (5.9), reasonable adjustments (5.10), unacceptable behaviour (5.14) and escalation without reasons (6.12).
void ExplainsFindings(const PolicyText& policy, const std::string& file, const OmbudsmanInfo& ombudsman,
                      std::vector<Diagnostic>* out);

}  // namespace cs
