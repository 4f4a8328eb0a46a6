// Finding placeholder text, line by line, with the rules of core/data/placeholders.json.
#include "placeholders.h"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "embedded_data.h"

namespace cs {

namespace {

// ASCII only, as std::tolower in the C locale, without a library call per byte (this runs over every content byte).
char LowerChar(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool Alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Whether `rule` matches `line` at `at` (its text `needle`, lower-cased unless the rule is exact-case, compared with
// `folded`: the line itself for an exact-case rule, else the line lower-cased), with the rule's boundaries.
bool MatchesAt(const PlaceholderRule& rule, std::string_view line, std::string_view folded, size_t at,
               std::string_view needle) {
  if (at + needle.size() > line.size() || folded[at] != needle[0] ||
      folded.compare(at, needle.size(), needle) != 0)
    return false;
  size_t end = at + needle.size();
  char before = at > 0 ? line[at - 1] : ' ';
  char after = end < line.size() ? line[end] : ' ';
  if (rule.word && ((Alnum(needle.front()) && Alnum(before)) || (Alnum(needle.back()) && Alnum(after)))) return false;
  if (rule.domain) {
    if (needle.front() != '@' && (Alnum(before) || before == '-' || before == '_')) return false;
    if (Alnum(after) || after == '-' || after == '_') return false;
    if (after == '.' && end + 1 < line.size() && Alnum(line[end + 1])) return false;  // example.org.uk
  }
  return true;
}

// Characters (not bytes) before `at`: UTF-8 continuation bytes are not counted.
int Column(std::string_view line, size_t at) {
  int column = 1;
  for (size_t i = 0; i < at; ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++column;
  return column;
}

bool EmailChar(char c) { return Alnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-'; }

}  // namespace

const std::vector<PlaceholderRule>& PlaceholderRules() {
  static const std::vector<PlaceholderRule> kRules = [] {
    std::vector<PlaceholderRule> rules;
    nlohmann::json doc = nlohmann::json::parse(EmbeddedDataFile("placeholders.json"), nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("placeholders")) return rules;
    for (const auto& p : doc["placeholders"]) {
      PlaceholderRule r;
      r.code = p.value("code", "");
      r.severity = p.value("severity", "error") == "warning" ? Severity::Warning : Severity::Error;
      r.provision = p.value("provision", "");
      r.scope = p.value("scope", "content");
      r.match = p.value("match", std::vector<std::string>{});
      r.exact_case = p.value("case", "") == "exact";
      r.domain = p.value("domain", false);
      r.word = p.value("word", false);
      r.once_a_line = p.value("once_a_line", false);
      r.message = p.value("message", "");
      r.fix = p.value("fix", "");
      rules.push_back(std::move(r));
    }
    return rules;
  }();
  return kRules;
}

std::vector<PlaceholderMatch> FindPlaceholders(std::string_view text, std::string_view scope) {
  const std::vector<PlaceholderRule>& rules = PlaceholderRules();
  // Each rule's texts as compared: lower-cased unless the rule is exact-case.
  static const std::vector<std::vector<std::string>> needles = [&rules] {
    std::vector<std::vector<std::string>> all;
    for (const auto& rule : rules) {
      all.push_back(rule.match);
      if (!rule.exact_case)
        for (auto& needle : all.back())
          for (char& c : needle) c = LowerChar(c);
    }
    return all;
  }();
  std::vector<PlaceholderMatch> out;
  std::string lower;
  int line_no = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_no;
    lower.assign(line);
    for (char& c : lower) c = LowerChar(c);
    std::vector<std::pair<size_t, size_t>> taken;  // spans of this line already reported
    for (size_t r = 0; r < rules.size(); ++r) {
      const PlaceholderRule& rule = rules[r];
      if (rule.scope != scope) continue;
      std::string_view folded = rule.exact_case ? line : std::string_view(lower);
      // Jumps to the next place any of the rule's texts occurs (a fast search), rather than trying every byte.
      for (size_t at = 0; at < line.size(); ++at) {
        size_t next = std::string_view::npos;
        for (const auto& needle : needles[r])
          if (!needle.empty()) next = std::min(next, folded.find(needle, at));
        if (next == std::string_view::npos) break;
        at = next;
        for (const auto& needle : needles[r]) {
          if (needle.empty() || !MatchesAt(rule, line, folded, at, needle)) continue;
          size_t from = at, to = at + needle.size();
          if (needle.front() == '@')  // the whole address: its local part too
            while (from > 0 && EmailChar(line[from - 1])) --from;
          bool overlaps = false;
          for (const auto& [a, b] : taken)
            if (from < b && a < to) overlaps = true;
          if (!overlaps) {
            taken.emplace_back(from, to);
            out.push_back({&rule, line_no, Column(line, from), std::string(line.substr(from, to - from))});
            if (rule.once_a_line) at = line.size();
          }
          if (at < line.size()) at = to - 1;
          break;
        }
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const PlaceholderMatch& a, const PlaceholderMatch& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  });
  return out;
}

}  // namespace cs
