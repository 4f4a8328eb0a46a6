// Placeholder text that must never be published (core/data/placeholders.json): what `complaints-site init` writes
// for the landlord to replace, and notes left where a self-assessment's evidence should be.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "diagnostic.h"

namespace cs {

struct PlaceholderRule {
  std::string code;       ///< "placeholder.words", "sa.evidence.placeholder" ...
  Severity severity = Severity::Error;
  std::string provision;  ///< the Code provision; empty: the provision of the self-assessment answer it is in
  std::string scope;      ///< "content": every content file; "self-assessment": self-assessment files only
  std::vector<std::string> match;  ///< the texts
  bool exact_case = false;
  bool domain = false;    ///< a whole domain name: not "myexample.org" or "example.org.uk"
  bool word = false;      ///< a word boundary on both sides
  bool once_a_line = false;  ///< report the first match of a line only
  std::string message;    ///< {found}: the text found; {provision}: the provision
  std::string fix;
};

/// The rules, in the order they are tried.
const std::vector<PlaceholderRule>& PlaceholderRules();

/// One placeholder found in a text.
struct PlaceholderMatch {
  const PlaceholderRule* rule = nullptr;
  int line = 0;     ///< 1-based
  int column = 0;   ///< 1-based, in characters (as the JSON positions count them)
  std::string found;  ///< the text as written (an email address in full)
};

/// Every placeholder in `text`, line by line, for the rules of `scope` ("content" or "self-assessment"). Text that
/// one rule reports is not reported again by a later one ("CHANGE THIS: your postal address" is one finding).
std::vector<PlaceholderMatch> FindPlaceholders(std::string_view text, std::string_view scope);

}  // namespace cs
