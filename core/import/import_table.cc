// Column roles, provision ids and cell joining shared by the text and CSV readers.
#include <cctype>

#include "html_to_markdown.h"
#include "import_table.h"
#include "text.h"

namespace cs {

namespace {

// Lower-case words of a header: "Comply: Yes / No" -> " comply yes no ".
std::string HeaderWords(std::string_view header) {
  std::string plain = HtmlToPlainText(header), out = " ";
  for (char c : plain) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) out.push_back(static_cast<char>(std::tolower(u)));
    else if (out.back() != ' ') out.push_back(' ');
  }
  if (out.back() != ' ') out.push_back(' ');
  return out;
}

bool Has(const std::string& words, const char* word) { return words.find(word) != std::string::npos; }

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }
bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

const char* ColumnRoleName(ColumnRole role) {
  switch (role) {
    case ColumnRole::Id: return "provision id";
    case ColumnRole::Requirement: return "requirement (compared with the Code, not imported)";
    case ColumnRole::Answer: return "comply yes/no";
    case ColumnRole::Evidence: return "evidence";
    case ColumnRole::Commentary: return "commentary";
    case ColumnRole::Combined: return "commentary (evidence, commentary and explanations kept together)";
    case ColumnRole::Explanation: return "explanation";
    case ColumnRole::ComplyBy: return "comply by";
    case ColumnRole::Unused: return "not used";
  }
  return "not used";
}

ColumnRole RoleForHeader(std::string_view header) {
  std::string w = HeaderWords(header);
  if (w == " ") return ColumnRole::Unused;
  bool evidence = Has(w, " evidence");
  bool comment = Has(w, " comment") || Has(w, " notes ") || Has(w, " remarks ");
  bool explanation = Has(w, " explanation");
  if (evidence && (comment || explanation)) return ColumnRole::Combined;
  if (Has(w, " comply by ") || Has(w, " target ") || Has(w, " deadline ") || Has(w, " by when ") ||
      Has(w, " due date ") || Has(w, " compliance date ") || Has(w, " date to comply "))
    return ColumnRole::ComplyBy;
  if (evidence) return ColumnRole::Evidence;
  if (comment) return ColumnRole::Commentary;
  if (explanation) return ColumnRole::Explanation;
  if (Has(w, " comply") || Has(w, " compliant") || Has(w, " compliance ") || Has(w, " yes no ") ||
      Has(w, " y n ") || Has(w, " met ") || Has(w, " answer ") || Has(w, " status "))
    return ColumnRole::Answer;
  if (Has(w, " requirement") || Has(w, " description ") || Has(w, " wording ") || Has(w, " text "))
    return ColumnRole::Requirement;
  if (Has(w, " provision") || Has(w, " ref ") || Has(w, " reference ") || Has(w, " section ") || Has(w, " clause ") ||
      Has(w, " id ") || Has(w, " number ") || Has(w, " no ") || Has(w, " paragraph ") || Has(w, " para "))
    return ColumnRole::Id;
  return ColumnRole::Unused;
}

std::string LeadingProvisionId(std::string_view cell, std::string* remark) {
  std::string plain = HtmlToPlainText(cell);
  size_t i = 0;
  while (i < plain.size() && (plain[i] == '*' || plain[i] == '#' || plain[i] == '_' || plain[i] == ' ' ||
                              plain[i] == '"' || plain[i] == '\''))
    ++i;
  auto digits = [&](size_t at, int* value) {
    size_t k = at;
    *value = 0;
    while (k < plain.size() && k - at < 3 && std::isdigit(static_cast<unsigned char>(plain[k])))
      *value = *value * 10 + (plain[k++] - '0');
    return k - at;
  };
  int section = 0, number = 0;
  size_t n1 = digits(i, &section);
  if (n1 == 0 || n1 > 2 || i + n1 >= plain.size() || plain[i + n1] != '.') return "";
  size_t n2 = digits(i + n1 + 1, &number);
  if (n2 == 0 || n2 > 2) return "";
  size_t end = i + n1 + 1 + n2;
  if (end < plain.size() && std::isalnum(static_cast<unsigned char>(plain[end]))) return "";  // "1.2a"
  if (end + 1 < plain.size() && plain[end] == '.' && std::isdigit(static_cast<unsigned char>(plain[end + 1])))
    return "";  // "1.2.3" is not a provision
  if (end < plain.size() && (plain[end] == '.' || plain[end] == ')')) ++end;
  std::string rest = plain.substr(end);
  size_t b = 0;
  while (b < rest.size() && (rest[b] == '*' || rest[b] == '_' || rest[b] == ' ')) ++b;
  rest = rest.substr(b);
  while (!rest.empty() && (rest.back() == '*' || rest.back() == '_' || rest.back() == ' ')) rest.pop_back();
  if (remark) *remark = rest;
  return std::to_string(section) + "." + std::to_string(number);
}

void AddCell(ImportedRow* row, ColumnRole role, const std::string& cell) {
  std::string* field = nullptr;
  switch (role) {
    case ColumnRole::Requirement: field = &row->requirement; break;
    case ColumnRole::Answer: field = &row->answer; break;
    case ColumnRole::Evidence: field = &row->evidence; break;
    case ColumnRole::Commentary: field = &row->commentary; break;
    case ColumnRole::Combined:
      field = &row->commentary;
      row->commentary_combined = true;
      break;
    case ColumnRole::Explanation: field = &row->explanation; break;
    case ColumnRole::ComplyBy: field = &row->comply_by; break;
    case ColumnRole::Id:
    case ColumnRole::Unused: return;
  }
  std::string next = Trim(cell);
  if (next.empty()) return;
  std::string& existing = *field;
  while (!existing.empty() && std::isspace(static_cast<unsigned char>(existing.back()))) existing.pop_back();
  size_t lead = 0;
  while (lead < existing.size() && std::isspace(static_cast<unsigned char>(existing[lead]))) ++lead;
  if (lead) existing.erase(0, lead);
  if (existing.empty()) {
    existing = next;
    return;
  }
  // A page break inside a sentence: "... include clear" + "<p>explanations ...</p>" is one paragraph.
  bool next_paragraph = StartsWith(next, "<p>");
  std::string next_plain = HtmlToPlainText(next.substr(0, 200));
  bool next_lower = !next_plain.empty() && std::islower(static_cast<unsigned char>(next_plain[0]));
  if (next_paragraph && !EndsWith(existing, "</p>") && !EndsWith(existing, "</ul>") && !EndsWith(existing, "</li>")) {
    next = next.substr(3);
  } else if (EndsWith(existing, "</p>") && next_lower) {
    // "... meetings to</p>" + "ensure a full response": the paragraph goes on after the page break.
    size_t end = existing.size() - 4;
    while (end > 0 && std::isspace(static_cast<unsigned char>(existing[end - 1]))) --end;
    char last = end == 0 ? '.' : existing[end - 1];
    if (last != '.' && last != '!' && last != '?' && last != ':') {
      existing.resize(end);
      if (next_paragraph) next = next.substr(3);
    }
  }
  existing += ' ';
  existing += next;
}

}  // namespace cs
