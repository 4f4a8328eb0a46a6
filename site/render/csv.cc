// Writing CSV for spreadsheets.
#include "csv.h"

#include <map>

#include "code_catalogue.h"
#include "self_assessment_csv.h"

namespace cs {

namespace {

bool PlainNumber(const std::string& s) {
  size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
  bool digits = false, dot = false;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') digits = true;
    else if (s[i] == '.' && !dot) dot = true;
    else return false;
  }
  return digits;
}

std::string Text(const std::string& s) { return CsvCell(PublishedText(s)); }

}  // namespace

std::string CsvCell(std::string s) {
  if (!s.empty() && (s[0] == '=' || s[0] == '+' || s[0] == '-' || s[0] == '@' || s[0] == '\t' || s[0] == '\r') &&
      !PlainNumber(s))
    s = "'" + s;
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string SelfAssessmentCsv(const SelfAssessment& sa) {
  const std::vector<std::string>& columns = PublishedCsvColumns();
  std::string csv;
  for (size_t j = 0; j < columns.size(); ++j) csv += (j ? "," : "") + columns[j];
  csv += "\r\n";
  // The year's details: the label under "provision", the value under "requirement"; empty ones are written too,
  // so an officer sees where to fill them in.
  auto detail = [&](DetailRow row, const std::string& value) {
    csv += std::string(DetailRowLabel(row)) + ",," + Text(value) + std::string(columns.size() - 3, ',') + "\r\n";
  };
  detail(DetailRow::Code, sa.code);
  detail(DetailRow::Completed, sa.completed ? sa.completed->Iso() : "");
  detail(DetailRow::Approved, sa.approved ? sa.approved->Iso() : "");
  detail(DetailRow::ApprovedBy, sa.approved_by);
  detail(DetailRow::Statement, sa.statement);

  const CodeCatalogue* catalogue = CodeCatalogue::Get(sa.code);
  if (!catalogue) return csv;
  std::map<std::string, const ProvisionAnswer*> answers;
  for (const auto& a : sa.answers) answers[a.id] = &a;
  for (const auto& section : catalogue->Sections()) {
    for (const Provision* p : catalogue->InSection(section.number)) {
      auto it = answers.find(p->id);
      const ProvisionAnswer* a = it == answers.end() ? nullptr : it->second;
      csv += PublishedProvisionId(p->id) + "," + std::to_string(p->section) + "," + Text(p->text) + "," +
             (!a ? "not assessed" : a->comply ? "yes" : "no") + "," + (a && a->comply_by ? a->comply_by->Iso() : "") +
             "," + Text(a ? a->explanation : "") + "," + Text(a ? a->commentary : "") + "," +
             CsvCell(a ? PublishedEvidence(a->evidence) : "") + "\r\n";
    }
  }
  return csv;
}

}  // namespace cs
