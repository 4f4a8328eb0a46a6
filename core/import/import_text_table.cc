// Reads the table of a self-assessment exported from a PDF or Word form as text: tab-separated (or pipe)
// rows, header rows repeated on each page, page furniture, and rows split across pages.
#include <cctype>
#include <map>

#include "html_to_markdown.h"
#include "import_table.h"
#include "text.h"

namespace cs {

namespace {

std::vector<std::string_view> SplitLines(std::string_view text) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '\n' || text[i] == '\r' || text[i] == '\f') {
      lines.push_back(text.substr(start, i - start));
      if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') ++i;
      start = i + 1;
    }
  }
  return lines;
}

// Cells of a table line: tab-separated, or a Markdown pipe row "| a | b |". Empty when it is not a row.
std::vector<std::string> Cells(std::string_view line) {
  std::vector<std::string> cells;
  if (line.find('\t') != std::string_view::npos) {
    size_t start = 0;
    for (size_t i = 0; i <= line.size(); ++i) {
      if (i == line.size() || line[i] == '\t') {
        cells.emplace_back(line.substr(start, i - start));
        start = i + 1;
      }
    }
    return cells;
  }
  std::string t = Trim(line);
  if (t.size() >= 3 && t.front() == '|' && t.find('|', 1) != std::string::npos) {
    std::string_view body(t);
    body.remove_prefix(1);
    if (!body.empty() && body.back() == '|') body.remove_suffix(1);
    size_t start = 0;
    for (size_t i = 0; i <= body.size(); ++i) {
      if (i == body.size() || (body[i] == '|' && (i == 0 || body[i - 1] != '\\'))) {
        cells.push_back(Trim(body.substr(start, i - start)));
        start = i + 1;
      }
    }
  }
  return cells;
}

bool HasAlnum(std::string_view s) {
  for (char c : s)
    if (std::isalnum(static_cast<unsigned char>(c))) return true;
  return false;
}

// "--", "| --- | :--: |", "-----" : a rule between pages or a Markdown table's delimiter row.
bool IsRule(const std::vector<std::string>& cells) {
  bool dash = false;
  for (const auto& c : cells) {
    for (char ch : c) {
      if (ch == '-') dash = true;
      else if (ch != ' ' && ch != ':' && ch != '|' && ch != '=' && ch != '_') return false;
    }
  }
  return dash;
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Section and stage headings, "Appendix B", "Part 2": running headings the form repeats on each page.
bool IsHeading(const std::string& plain) {
  std::string l = Lower(plain);
  size_t i = 0;
  while (i < l.size() && !std::isalnum(static_cast<unsigned char>(l[i]))) ++i;
  l = l.substr(i);
  for (const char* word : {"section ", "stage ", "appendix", "part "}) {
    std::string w(word);
    if (l.rfind(w, 0) == 0 && l.size() < 120) return true;
  }
  return false;
}

// Divider rows inside the table: "Best practice 'should' requirements", "Stage 1", "Mandatory 'must' ...".
bool IsDivider(const std::string& plain) {
  std::string l = Lower(plain);
  return IsHeading(plain) || l.find("best practice") != std::string::npos ||
         l.find("requirements") != std::string::npos || l.find("mandatory") != std::string::npos;
}

std::string Normalised(std::string_view line) { return HtmlToPlainText(Trim(line)); }

std::vector<ColumnRole> DefaultColumns(size_t cells) {
  if (cells >= 5)
    return {ColumnRole::Id, ColumnRole::Requirement, ColumnRole::Answer, ColumnRole::Evidence, ColumnRole::Commentary};
  if (cells == 4) return {ColumnRole::Id, ColumnRole::Requirement, ColumnRole::Answer, ColumnRole::Combined};
  if (cells == 3) return {ColumnRole::Id, ColumnRole::Requirement, ColumnRole::Answer};
  return {ColumnRole::Id, ColumnRole::Answer};
}

std::string Quote(const std::string& s) { return "\"" + s + "\""; }

}  // namespace

ImportedTable ReadTextTable(std::string_view text, const std::string& file) {
  ImportedTable table;
  table.format = "text";
  std::vector<std::string_view> lines = SplitLines(text);

  // Lines (outside rows) that occur more than once are running titles and footers.
  std::map<std::string, int> occurrences;
  for (auto line : lines)
    if (line.find('\t') == std::string_view::npos) ++occurrences[Normalised(line)];

  std::vector<ColumnRole> columns;
  std::vector<std::string> headers;
  bool started = false;
  int preamble_first = 0, preamble_last = 0, preamble_count = 0;
  std::string preamble_text;
  std::vector<std::pair<int, std::string>> pending;  // text lines not yet known to be inside the table
  std::map<std::string, int> furniture;
  ImportedRow* current = nullptr;

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
  auto flush_pending = [&]() {
    for (auto& p : pending)
      warn("import.text.unplaced", p.first, "text between rows was not imported: " + Quote(p.second),
           "if it belongs to a provision, copy it into that provision's commentary");
    pending.clear();
  };
  auto role_at = [&](size_t j) {
    if (columns.empty()) return ColumnRole::Unused;
    return j < columns.size() ? columns[j] : columns.back();
  };
  auto header_at = [&](size_t j) { return j < headers.size() ? headers[j] : "column " + std::to_string(j + 1); };
  auto place_cells = [&](const std::vector<std::string>& cells, size_t from, int line) {
    bool extra = false;
    for (size_t j = from; j < cells.size(); ++j) {
      if (Trim(cells[j]).empty()) continue;
      if (j >= columns.size()) extra = true;
      ColumnRole role = role_at(j);
      if (role == ColumnRole::Unused) {
        current->unused.emplace_back(header_at(j), Trim(cells[j]));
        continue;
      }
      if (role == ColumnRole::Id) continue;
      AddCell(current, role, cells[j]);
    }
    if (extra)
      warn("import.row.extra_cells", line,
           "row has " + std::to_string(cells.size()) + " cells but the table has " + std::to_string(columns.size()) +
               " columns; the extra text was added to the last column",
           "check the " + std::string(ColumnRoleName(columns.back())) + " of provision " + current->id);
  };

  for (size_t i = 0; i < lines.size(); ++i) {
    int line_no = static_cast<int>(i) + 1;
    std::string_view raw = lines[i];
    if (Trim(raw).empty()) continue;
    std::vector<std::string> cells = Cells(raw);
    if (cells.empty()) {
      std::string plain = Normalised(raw);
      if (!started) {
        if (!preamble_first) preamble_first = line_no;
        preamble_last = line_no;
        if (HasAlnum(plain) && ++preamble_count <= 2)
          preamble_text += (preamble_text.empty() ? "" : " / ") + Quote(plain);
        continue;
      }
      if (IsHeading(plain)) {
        ++furniture["section and stage headings"];
        continue;
      }
      if (!HasAlnum(plain) || occurrences[plain] > 1) {
        if (HasAlnum(plain)) ++furniture[plain];
        continue;
      }
      pending.emplace_back(line_no, plain);
      continue;
    }
    if (IsRule(cells)) {
      ++furniture["rule lines between pages"];
      continue;
    }
    std::string remark;
    std::string id = LeadingProvisionId(cells[0], &remark);
    if (id.empty()) {
      // A header row: the first cell names the provision column, or three cells name known columns.
      std::vector<ColumnRole> roles;
      int known = 0;
      for (const auto& c : cells) {
        roles.push_back(RoleForHeader(c));
        if (roles.back() != ColumnRole::Unused) ++known;
      }
      if ((roles[0] == ColumnRole::Id && known >= 2) || known >= 3) {
        bool changed = roles != columns;
        columns = roles;
        headers.clear();
        for (const auto& c : cells) headers.push_back(HtmlToPlainText(c));
        if (changed) {
          std::string used;
          for (size_t j = 0; j < cells.size(); ++j) {
            if (Trim(headers[j]).empty() && roles[j] == ColumnRole::Unused) continue;
            used += (used.empty() ? "" : "; ") + Quote(headers[j]) + " -> " + ColumnRoleName(roles[j]);
          }
          table.columns = used;
        }
        if (started) ++furniture["repeated header row"];
        started = true;
        continue;
      }
    }
    if (!id.empty()) {
      if (columns.empty()) {
        columns = DefaultColumns(cells.size());
        std::string used;
        for (size_t j = 0; j < columns.size(); ++j)
          used += (used.empty() ? "" : "; ") + std::string("column ") + std::to_string(j + 1) + " -> " +
                  ColumnRoleName(columns[j]);
        table.columns = used + " (no header row found)";
        warn("import.table.no_header", line_no,
             "no header row before the first provision; assumed the columns are: " + used,
             "check the imported answers, or add the form's header row to the file");
      }
      flush_pending();
      started = true;
      table.rows.emplace_back();
      current = &table.rows.back();
      current->line = line_no;
      current->id = id;
      current->id_remark = remark;
      place_cells(cells, 1, line_no);
      continue;
    }
    std::string first = Trim(HtmlToPlainText(cells[0]));
    bool rest_empty = true;
    std::string all;
    for (size_t j = 0; j < cells.size(); ++j) {
      std::string p = Trim(HtmlToPlainText(cells[j]));
      if (j > 0 && !p.empty()) rest_empty = false;
      if (!p.empty()) all += (all.empty() ? "" : " | ") + p;
    }
    if (first.empty()) {
      if (all.empty()) continue;
      if (!started) {
        if (!preamble_first) preamble_first = line_no;
        preamble_last = line_no;
        continue;
      }
      if (current == nullptr) {
        pending.emplace_back(line_no, all);
        continue;
      }
      flush_pending();
      place_cells(cells, 1, line_no);  // the rest of the row above, carried over a page break
      continue;
    }
    if (!started) {
      if (!preamble_first) preamble_first = line_no;
      preamble_last = line_no;
      if (++preamble_count <= 2) preamble_text += (preamble_text.empty() ? "" : " / ") + Quote(all);
      continue;
    }
    if (rest_empty && IsDivider(first)) {
      ++furniture[IsHeading(first) ? "section and stage headings" : first];
      continue;
    }
    pending.emplace_back(line_no, all);
  }

  table.found = !table.rows.empty();
  if (preamble_first && table.found) {
    Diagnostic d;
    d.severity = Severity::Warning;
    d.code = "import.text.before_table";
    d.file = file;
    d.line = preamble_first;
    d.message = (preamble_first == preamble_last ? "line " + std::to_string(preamble_first)
                                                 : "lines " + std::to_string(preamble_first) + "-" +
                                                       std::to_string(preamble_last)) +
                " before the table were not imported (the form's title and instructions): " + preamble_text +
                (preamble_count > 2 ? " ..." : "");
    d.fix = "put anything that is the landlord's own statement in the \"statement\" field";
    table.report.insert(table.report.begin(), d);
  }
  if (!pending.empty()) {
    std::string text;
    for (auto& p : pending) text += (text.empty() ? "" : " / ") + Quote(p.second);
    warn("import.text.after_table", pending.front().first,
         "text after the last provision row was not imported: " + text,
         "if it belongs to a provision, copy it into that provision's commentary");
  }
  for (const auto& f : furniture)
    table.notes.push_back("ignored page furniture: " + Quote(f.first) + (f.second > 1 ? " x" + std::to_string(f.second) : ""));
  return table;
}

}  // namespace cs
