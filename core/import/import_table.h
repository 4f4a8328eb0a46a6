// Rows of a landlord's self-assessment table, read from exported text or CSV before they become answers.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "date.h"
#include "diagnostic.h"
#include "html_to_markdown.h"
#include "self_assessment.h"
#include "self_assessment_csv.h"

namespace cs {

class CodeCatalogue;

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
  bool published = false;      ///< from the published CSV: cells are Markdown as written, evidence already split
  std::vector<Evidence> evidence_items;  ///< the evidence of a published row (`evidence` is then unused)
  std::vector<std::pair<std::string, std::string>> unused;  ///< (column header, text) of unrecognised columns
};

/// A row above the provisions with one of the year's details ("Completed", "Approved by" ...).
struct ImportedDetail {
  DetailRow kind = DetailRow::None;
  std::string value;  ///< as found (Markdown for the statement)
  int line = 0;
};

/// The rows of a table plus everything the reader could not place.
struct ImportedTable {
  bool found = false;              ///< at least one provision row
  std::string format;              ///< "text" or "csv"
  bool published = false;          ///< the CSV the site publishes (self_assessment_csv.h), read as it was written
  bool has_explanation_column = false;  ///< a column of its own for explanations (so commentary stays commentary)
  std::vector<ImportedDetail> details;  ///< the year's details, CSV only
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

/// Rows whose id a spreadsheet turned into a number (5.10 into 5.1, 6.20 into 6.2, ...) get the longer id when
/// their requirement text or their place between the other rows shows it (import.id.spreadsheet_number); rows
/// that say 5.1 twice without showing which is 5.10 are never merged: the later ones are left out with an error
/// (import.id.ambiguous). Returns the report.
std::vector<Diagnostic> ResolveSpreadsheetNumbers(std::vector<ImportedRow>* rows, const CodeCatalogue& catalogue,
                                                  const std::string& file);

/// A date as landlords write it: 2025-09-30, 30/09/2025, 30/9/25, 30-09-2025, 30 September 2025, 30 Sept 2025.
std::optional<Date> ParseLooseDate(const std::string& text);

/// A month and year in the title of a form ("Complaint handling code self-assessment June 2024" -> "June 2024"):
/// the first line before `first_row_line` that names a self-assessment and a month and year, unless the month
/// and year belong to the Code ("updated code March 2022", "published ..."). "" when there is none.
std::string TitleMonthYear(std::string_view text, int first_row_line);

/// Evidence items from the blocks of an evidence cell: a nested list, and a list after a paragraph ending in ':',
/// stay part of the item above ("Housing Ombudsman training: Apologies; Dispute resolution").
std::vector<TextBlock> EvidenceItems(const std::vector<TextBlock>& blocks);

/// Adds `cell` to `row`'s field for `role` (joined with a space).
void AddCell(ImportedRow* row, ColumnRole role, const std::string& cell);

}  // namespace cs
