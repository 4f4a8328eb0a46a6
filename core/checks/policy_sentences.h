// Reading a complaints policy's Markdown as sentences: the words the policy checks (core/checks_policy*.cc)
// look for, where they are, and whether a "not", "no" or "without" governs them.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace cs {

/// A sentence of the policy, lower-cased with Markdown punctuation removed, and where it is.
struct PolicySentence {
  std::string text;
  int line = 0;       ///< Markdown line (1-based) the sentence starts on
  int segment = 0;    ///< index of the paragraph, heading or list item it belongs to
  int section = 0;    ///< index of the heading above it (0 before the first heading)
  bool heading = false;
};

/// Splits Markdown into sentences with their line numbers, skipping fenced code and lines with a
/// {{marker}} (such as {{timescales}}).
std::vector<PolicySentence> PolicySentences(std::string_view markdown);

std::string Lower(std::string_view s);
bool Has(const std::string& s, std::string_view what);
bool HasAny(const std::string& s, std::initializer_list<const char*> words);

/// "10 working days", "fifteen days", "2 weeks", "12 months" found in a sentence.
struct Duration {
  int value = 0;
  std::string unit;   ///< "days", "weeks", "months"
  bool working = false;
  size_t at = 0;      ///< position of the number in the sentence
  std::string said;   ///< as written, e.g. "15 working days"
};
std::vector<Duration> Durations(const std::string& sentence);

/// Whether a negation ("not", "n't", "no", "never", "without", "nor") governs the words at [begin, end) of
/// `sentence` (lower case): it stands before them in the same clause with nothing between but words that
/// keep it attached ("we do not have an informal stage", "there is no stage 3", "without a stage 0 or stage 3"),
/// or straight after them ("informal complaint stages are not used"). A negation in another clause does not
/// ("if you are not happy with our stage 2 response, you can ask for a stage 3 review").
bool NegationGoverns(const std::string& sentence, size_t begin, size_t end);

/// Whether any word of `sentence` is a negation ("not", "n't", "no", "never", "without", "nor", "cannot" ...).
bool HasNegation(const std::string& sentence);

/// The first occurrence of any of `phrases` in `sentence` that no negation governs; npos when there is none.
/// `found` (optional) receives the phrase.
size_t UnnegatedPhrase(const std::string& sentence, const std::vector<std::string>& phrases, std::string* found = nullptr);

}  // namespace cs
