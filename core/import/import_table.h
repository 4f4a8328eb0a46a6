// Rows of a landlord's self-assessment table, read from exported text or CSV before they become answers.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostic.h"

namespace cs {

/// What a column of the landlord's table holds.
enum class ColumnRole { Id, Requirement, Answer, Evidence, Commentary, Combined, Explanation, ComplyBy, Unused };

/// "provision id", "requirement" ... as shown in the report.
const char* ColumnRoleName(ColumnRole role);

/// Works out what a header cell means ("Code provision" -> Id, "Comply: Yes / No" -> Answer,
/// "Evidence, commentary and any explanations" -> Combined ...). Unused when it is not recognised.
ColumnRole RoleForHeader(std::string_view header);

/// One provision row with its cells as found (HTML kept); continuation lines already joined.
struct ImportedRow {
  int line = 0;                 ///< 1-based line (CSV: record) where the row starts
  std::string id;               ///< "1.2"
  std::string id_remark;        ///< text after the id in its cell, e.g. "(code provisions start at 1.2)"
  std::string requirement, answer, evidence, commentary, explanation, comply_by;
  bool commentary_combined = false;  ///< commentary came from a combined "Evidence, commentary ..." column
  std::vector<std::pair<std::string, std::string>> unused;  ///< (column header, text) of unrecognised columns
};

/// The rows of a table plus everything the reader could not place.
struct ImportedTable {
  bool found = false;              ///< at least one provision row
  std::string format;              ///< "text" or "csv"
  std::string columns;             ///< which columns were used, e.g. "Code provision -> provision id; ..."
  std::vector<ImportedRow> rows;   ///< in document order
  std::vector<Diagnostic> report;  ///< warnings about text not placed
  std::vector<std::string> notes;  ///< what was recognised and ignored (page furniture), for the report
};

/// A provision id at the start of `cell` after removing markup ("1.2", "**6.10.**", "1.2 (remark)").
/// Returns the id and sets `remark` to the rest of the cell; "" when the cell does not start with one.
std::string LeadingProvisionId(std::string_view cell, std::string* remark);

/// Reads text exported from a PDF or Word form: tab-separated (or `| a | b |`) rows, repeated header rows,
/// page furniture, rows split across pages whose continuation starts with a tab. `file` names the input
/// in the report.
ImportedTable ReadTextTable(std::string_view text, const std::string& file);

/// True when `text` looks like CSV with a header row naming at least a provision column and one other.
bool LooksLikeCsv(std::string_view text);

/// Reads CSV (comma or semicolon separated, RFC 4180 quoting, line breaks inside quotes) with a header row.
ImportedTable ReadCsvTable(std::string_view text, const std::string& file);

/// Adds `cell` to `row`'s field for `role` (joined with a space).
void AddCell(ImportedRow* row, ColumnRole role, const std::string& cell);

}  // namespace cs
