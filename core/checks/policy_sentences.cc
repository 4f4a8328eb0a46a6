// Sentences, durations and negation in a complaints policy's Markdown.
#include "policy_sentences.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace cs {

namespace {

bool StartsSegment(const std::string& trimmed) {
  if (trimmed.empty()) return false;
  char c = trimmed[0];
  if (c == '#' || c == '|') return true;
  if ((c == '-' || c == '*' || c == '+') && trimmed.size() > 1 && trimmed[1] == ' ') return true;
  size_t k = 0;
  while (k < trimmed.size() && std::isdigit(static_cast<unsigned char>(trimmed[k]))) ++k;
  return k > 0 && k + 1 < trimmed.size() && (trimmed[k] == '.' || trimmed[k] == ')') && trimmed[k + 1] == ' ';
}

const std::map<std::string, int>& NumberWords() {
  static const std::map<std::string, int> k = {
      {"one", 1},      {"two", 2},       {"three", 3},     {"four", 4},       {"five", 5},     {"six", 6},
      {"seven", 7},    {"eight", 8},     {"nine", 9},      {"ten", 10},       {"eleven", 11},  {"twelve", 12},
      {"thirteen", 13}, {"fourteen", 14}, {"fifteen", 15},  {"sixteen", 16},   {"twenty", 20},  {"thirty", 30},
      {"twenty-five", 25}, {"twenty-one", 21}, {"twenty-eight", 28}};
  return k;
}

// A word of a sentence and whether a clause ends before it (a comma, semicolon, colon, bracket or dash, or a
// word that opens a new clause such as "if" or "but").
struct Word {
  std::string text;
  size_t begin = 0, end = 0;
  bool clause_before = false;
};

bool WordChar(unsigned char c) { return std::isalnum(c) || c == '\'' || c == '-' || c >= 0x80; }

std::vector<Word> Words(const std::string& s) {
  std::vector<Word> out;
  bool boundary = true;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    // "—" and "–" (UTF-8) end a clause; other non-ASCII bytes belong to words ("n’t").
    if (s.compare(i, 3, "\xE2\x80\x94") == 0 || s.compare(i, 3, "\xE2\x80\x93") == 0) {
      boundary = true;
      i += 3;
      continue;
    }
    if (!WordChar(c)) {
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '.' || c == '!' || c == '?') boundary = true;
      ++i;
      continue;
    }
    size_t start = i;
    while (i < s.size() && WordChar(static_cast<unsigned char>(s[i])) && s.compare(i, 3, "\xE2\x80\x94") != 0 &&
           s.compare(i, 3, "\xE2\x80\x93") != 0)
      ++i;
    std::string text = s.substr(start, i - start);
    if (text == "-") {  // " - " used as a dash
      boundary = true;
      continue;
    }
    static const std::set<std::string> kOpensClause = {"if", "when", "but", "because", "although", "though",
                                                      "unless", "while", "whereas", "then", "so"};
    out.push_back({text, start, i, boundary || kOpensClause.count(text) > 0});
    boundary = false;
  }
  return out;
}

bool Negator(const std::string& w) {
  static const std::set<std::string> k = {"not", "no", "never", "without", "nor", "neither", "none", "cannot"};
  if (k.count(w)) return true;
  auto ends = [&](const char* suffix) {
    std::string x(suffix);
    return w.size() > x.size() && w.compare(w.size() - x.size(), x.size(), x) == 0;
  };
  return ends("n't") || ends("n\xE2\x80\x99t");
}

// Words that may stand between a negation and what it governs: "we do NOT have AN informal stage",
// "you will NOT BE ASKED TO GO THROUGH A stage 0", "there are NO OTHER stages".
bool Attaches(const std::string& w) {
  static const std::set<std::string> k = {
      "a", "an", "the", "any", "our", "your", "their", "its", "such", "separate", "extra", "additional", "further",
      "other", "formal", "have", "has", "had", "having", "use", "uses", "using", "used", "offer", "offers",
      "operate", "operates", "run", "runs", "add", "adds", "include", "includes", "allow", "allows", "permit",
      "permits", "need", "needs", "require", "requires", "go", "goes", "going", "through", "be", "been", "being",
      "is", "are", "was", "were", "will", "would", "can", "could", "do", "does", "did", "may", "might", "must",
      "shall", "should", "asked", "expected", "required", "to", "into", "called", "named", "also", "longer", "ever",
      "there", "or", "and", "stage", "stages", "step", "steps", "0", "zero", "1", "2", "3", "one", "two", "three",
      "informal", "complaint", "complaints", "pre-complaint", "process", "processes", "before", "between", "it",
      "them", "as", "like", "e", "g", "example", "for", "instance", "including", "pre", "level", "levels"};
  return k.count(w) > 0;
}

// Words that let a clause continue the one before it: "no other stages, SUCH AS stage 0", "no stage 0, OR stage 3".
bool ContinuesClause(const std::string& w) {
  static const std::set<std::string> k = {"such", "like", "including", "or", "and", "nor", "for", "e", "g"};
  return k.count(w) > 0;
}

// Words that may follow what a negation governs: "informal complaint stages ARE not used".
bool Follows(const std::string& w) {
  static const std::set<std::string> k = {"stage", "stages", "process", "processes", "review", "reviews", "step",
                                          "steps", "is", "are", "was", "were", "will", "would", "do", "does", "did",
                                          "can", "could", "may", "must", "should", "be", "been", "or", "and",
                                          "informal", "complaint", "complaints", "0", "zero", "3", "three", "also",
                                          "level", "levels"};
  return k.count(w) > 0;
}

}  // namespace

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool Has(const std::string& s, std::string_view what) { return s.find(what) != std::string::npos; }

bool HasAny(const std::string& s, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (Has(s, w)) return true;
  return false;
}

std::vector<PolicySentence> PolicySentences(std::string_view markdown) {
  std::vector<PolicySentence> out;
  std::string current;
  int segment = 0, section = 0;
  bool current_heading = false;
  std::vector<int> line_at;  // line of each character of `current`
  auto flush = [&]() {
    std::string sentence;
    int start_line = 0;
    auto push = [&]() {
      PolicySentence s;
      s.text = Lower(sentence);
      s.line = start_line;
      s.segment = segment;
      s.section = section;
      s.heading = current_heading;
      out.push_back(std::move(s));
      sentence.clear();
    };
    for (size_t i = 0; i < current.size(); ++i) {
      if (sentence.empty() && current[i] == ' ') continue;
      if (sentence.empty()) start_line = line_at[i];
      sentence.push_back(current[i]);
      bool end = (current[i] == '.' || current[i] == '!' || current[i] == '?' || current[i] == ';') &&
                 (i + 1 == current.size() || current[i + 1] == ' ');
      if (end && sentence.size() > 5 && !(sentence.size() >= 4 && sentence.compare(sentence.size() - 4, 4, "e.g.") == 0))
        push();
    }
    if (!sentence.empty()) push();
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
      current_heading = trimmed[0] == '#';
      if (current_heading) ++section;
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
    for (char c : cleaned) {
      current.push_back(c == '\t' ? ' ' : c);
      line_at.push_back(line_no);
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

bool NegationGoverns(const std::string& sentence, size_t begin, size_t end) {
  std::vector<Word> words = Words(sentence);
  size_t first = words.size(), last = words.size();
  for (size_t i = 0; i < words.size(); ++i) {
    if (first == words.size() && words[i].end > begin) first = i;
    if (words[i].begin < end) last = i;
  }
  if (first == words.size()) return false;
  // Backwards through the clause, over words that keep a negation attached.
  for (size_t i = first; i > 0;) {
    if (words[i].clause_before && !ContinuesClause(words[i].text)) break;
    --i;
    if (Negator(words[i].text)) return true;
    if (!Attaches(words[i].text)) break;
  }
  // Forwards: "informal complaint stages are not used".
  if (last == words.size()) return false;
  for (size_t i = last + 1; i < words.size() && i <= last + 5; ++i) {
    if (words[i].clause_before) break;
    if (Negator(words[i].text)) return true;
    if (!Follows(words[i].text)) break;
  }
  return false;
}

bool HasNegation(const std::string& sentence) {
  for (const auto& w : Words(sentence))
    if (Negator(w.text)) return true;
  return false;
}

size_t UnnegatedPhrase(const std::string& sentence, const std::vector<std::string>& phrases, std::string* found) {
  size_t best = std::string::npos;
  for (const auto& phrase : phrases) {
    for (size_t at = sentence.find(phrase); at != std::string::npos; at = sentence.find(phrase, at + 1)) {
      if (NegationGoverns(sentence, at, at + phrase.size())) continue;
      if (at < best) {
        best = at;
        if (found) *found = phrase;
      }
      break;
    }
  }
  return best;
}

}  // namespace cs
