// Reads a self-assessment exported from a spreadsheet as CSV, mapping the usual column names.
#include <cctype>

#include "html_to_markdown.h"
#include "import_table.h"
#include "text.h"

namespace cs {

namespace {

struct Record {
  int line = 0;
  std::vector<std::string> fields;
};

char DetectDelimiter(std::string_view text) {
  size_t commas = 0, semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

// RFC 4180: quoted fields may hold the delimiter, "" and line breaks. `unterminated` is set when the
// text ends inside quotes.
std::vector<Record> ParseCsv(std::string_view text, char delimiter, int* unterminated) {
  std::vector<Record> records;
  Record rec;
  std::string field;
  bool quoted = false, field_started = false;
  int line = 1;
  rec.line = 1;
  *unterminated = 0;
  int quote_line = 0;
  auto end_field = [&]() {
    rec.fields.push_back(std::move(field));
    field.clear();
    field_started = false;
  };
  auto end_record = [&]() {
    end_field();
    bool blank = true;
    for (const auto& f : rec.fields)
      if (!f.empty()) blank = false;
    if (!blank) records.push_back(std::move(rec));
    rec = Record();
    rec.line = line;
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field.push_back('"');
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        if (c == '\r') {
          if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
          ++line;
          field.push_back('\n');
          continue;
        }
        field.push_back(c);
      }
      continue;
    }
    if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
      quote_line = line;
    } else if (c == delimiter) {
      end_field();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_record();
    } else {
      field.push_back(c);
      field_started = true;
    }
  }
  if (quoted) *unterminated = quote_line;
  if (!field.empty() || !rec.fields.empty()) end_record();
  return records;
}

std::vector<ColumnRole> HeaderRoles(const Record& header) {
  std::vector<ColumnRole> roles;
  for (const auto& f : header.fields) roles.push_back(RoleForHeader(f));
  // Only the first column of each role is used, except commentary-like columns which are joined.
  for (size_t j = 0; j < roles.size(); ++j)
    for (size_t k = 0; k < j; ++k)
      if (roles[k] == roles[j] && (roles[j] == ColumnRole::Id || roles[j] == ColumnRole::Answer ||
                                   roles[j] == ColumnRole::ComplyBy || roles[j] == ColumnRole::Requirement))
        roles[j] = ColumnRole::Unused;
  return roles;
}

bool HasRole(const std::vector<ColumnRole>& roles, ColumnRole r) {
  for (auto x : roles)
    if (x == r) return true;
  return false;
}

}  // namespace

bool LooksLikeCsv(std::string_view text) {
  size_t start = 0;
  while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start]))) ++start;
  std::string_view rest = text.substr(start);
  size_t eol = rest.find('\n');
  std::string_view first = rest.substr(0, eol);
  if (first.find('\t') != std::string_view::npos) return false;
  int unterminated = 0;
  std::vector<Record> records = ParseCsv(rest.substr(0, std::min(rest.size(), size_t{64 * 1024})),
                                         DetectDelimiter(rest), &unterminated);
  if (records.empty() || records[0].fields.size() < 2) return false;
  std::vector<ColumnRole> roles = HeaderRoles(records[0]);
  int known = 0;
  for (auto r : roles)
    if (r != ColumnRole::Unused) ++known;
  return HasRole(roles, ColumnRole::Id) && known >= 2;
}

ImportedTable ReadCsvTable(std::string_view text, const std::string& file) {
  ImportedTable table;
  table.format = "csv";
  char delimiter = DetectDelimiter(text);
  int unterminated = 0;
  std::vector<Record> records = ParseCsv(text, delimiter, &unterminated);
  auto warn = [&](const std::string& code, int line, std::string message, std::string fix) {
    Diagnostic d;
    d.severity = Severity::Warning;
    d.code = code;
    d.file = file;
    d.line = line;
    d.message = std::move(message);
    d.fix = std::move(fix);
    table.report.push_back(std::move(d));
  };
  if (unterminated)
    warn("import.csv.unterminated_quote", unterminated,
         "a quoted field starting here never ends; everything after it was read as one field",
         "check the quotes in the spreadsheet export");
  if (records.empty()) return table;
  const Record& header = records[0];
  std::vector<ColumnRole> roles = HeaderRoles(header);
  std::string used;
  for (size_t j = 0; j < roles.size(); ++j)
    used += (used.empty() ? "" : "; ") + ("\"" + Trim(header.fields[j]) + "\" -> ") + ColumnRoleName(roles[j]);
  table.columns = used;
  size_t id_column = roles.size();
  for (size_t j = 0; j < roles.size(); ++j)
    if (roles[j] == ColumnRole::Id) {
      id_column = j;
      break;
    }
  if (id_column == roles.size()) return table;

  for (size_t r = 1; r < records.size(); ++r) {
    const Record& rec = records[r];
    std::string id_cell = id_column < rec.fields.size() ? rec.fields[id_column] : "";
    std::string remark;
    std::string id = LeadingProvisionId(id_cell, &remark);
    if (id.empty()) {
      std::string all;
      for (const auto& f : rec.fields) {
        std::string p = Trim(HtmlToPlainText(f));
        if (!p.empty()) all += (all.empty() ? "" : " | ") + p;
      }
      if (!all.empty())
        warn("import.text.unplaced", rec.line, "row without a provision number was not imported: \"" + all + "\"",
             "if it belongs to a provision, copy it into that provision's commentary");
      continue;
    }
    ImportedRow row;
    row.line = rec.line;
    row.id = id;
    row.id_remark = remark;
    for (size_t j = 0; j < rec.fields.size(); ++j) {
      if (j == id_column || Trim(rec.fields[j]).empty()) continue;
      ColumnRole role = j < roles.size() ? roles[j] : ColumnRole::Unused;
      if (role == ColumnRole::Unused) {
        std::string name = j < header.fields.size() && !Trim(header.fields[j]).empty() ? Trim(header.fields[j])
                                                                                      : "column " + std::to_string(j + 1);
        row.unused.emplace_back(name, Trim(rec.fields[j]));
        continue;
      }
      AddCell(&row, role, rec.fields[j]);
    }
    table.rows.push_back(std::move(row));
  }
  table.found = !table.rows.empty();
  return table;
}

}  // namespace cs
