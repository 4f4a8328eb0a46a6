// A landlord's complaint case log as its case system exports it (no personal data), read and checked: columns by
// name (case_log_columns.h), values as exported (case_log_values.h), one row per stage or one row per complaint,
// UTF-8, Windows-1252 or UTF-16, comma, semicolon or tab separated (case_log_encoding.h). Pure: text in, log out.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "case_log_columns.h"
#include "case_log_values.h"
#include "date.h"
#include "diagnostic.h"

namespace cs {

/// "upheld", "partly_upheld", "not_upheld", "withdrawn", "refused"; "" for None.
const char* OutcomeName(Outcome o);
/// Plain-English label: "Upheld", "Partly upheld", ... ("Open" for None).
const char* OutcomeLabel(Outcome o);

/// The columns of the plain format, in the order the documentation lists them (the headers complaints-site's own
/// example logs use; any recognised name works as well).
const std::vector<std::string>& CaseLogColumns();

/// One stage of one complaint (a row of a one-row-per-stage log, or half of a one-row-per-complaint row).
struct CaseRow {
  int line = 0;                          ///< 1-based line in the file where the row starts
  int row = 0;                           ///< the row a spreadsheet shows it on (the header is row 1)
  std::string reference;                 ///< the landlord's case reference (no personal data)
  int stage = 1;                         ///< 1 or 2
  Date received;                         ///< stage 1: complaint received; stage 2: escalation request received
  std::optional<Date> acknowledged;      ///< blank when not recorded
  std::optional<Date> responded;         ///< blank while the stage is open
  int extension_working_days = 0;        ///< agreed extension as recorded (blank = 0); may exceed the Code's cap
  std::optional<Date> extended_due;      ///< the revised due date, when the log gives one instead of a number of days
  Outcome outcome = Outcome::None;
  std::string category;                  ///< free text, e.g. "Repairs"; "" when blank
  std::string refused_reason;            ///< required when outcome is Refused
  /// 1-based column of each field in its line, indexed by CaseField; 0 when the log has no such column.
  std::vector<int> columns;
  /// 1-based line of each field (a quoted field may span lines), indexed by CaseField.
  std::vector<int> lines;
};

/// Which column held each field, as the header wrote it.
struct CaseLogColumn {
  std::string field;   ///< LogFieldKey: "received", "stage2_responded" ...
  std::string header;  ///< "Date Logged"
};

struct CaseLog {
  std::string file;
  std::vector<CaseRow> rows;        ///< in file order (a complaint's stage 1 before its stage 2)
  bool per_complaint = false;       ///< one row per complaint with stage 2 columns (else one row per stage)
  std::string encoding;             ///< "UTF-8", "UTF-8 with BOM", "Windows-1252", "UTF-16LE", "UTF-16BE"
  std::string separator;            ///< "comma", "semicolon", "tab", "pipe"
  std::vector<CaseLogColumn> columns;      ///< the columns used, in field order
  std::vector<std::string> unused_columns; ///< headers not used, in file order
  int records = 0;                  ///< data rows in the file (not counting the header)
};

/// Index of each field in CaseRow::columns.
enum CaseField { kReference = 0, kStage, kReceived, kAcknowledged, kResponded, kExtension, kOutcome, kCategory,
                 kRefusedReason, kCaseFieldCount };

struct CaseLogOptions {
  /// The officer's column mapping (annual-reports/<year>.columns.json, or `report --columns`), if any.
  const ColumnMapping* columns = nullptr;
  /// Where a mapping would go, for the fixes in messages when there is none yet.
  std::string mapping_file = "annual-reports/<year>.columns.json";
};

/// Reads and checks a case log. The bytes are decoded (DecodeCaseLogText), split as RFC 4180 CSV with the
/// separator found (DetectCsvDialect), the header row recognised (RecogniseColumns, CheckRequiredColumns) and every
/// row read: dates, stages, outcomes and extensions as case systems write them (case_log_values.h), day first
/// unless the mapping says month first. A log with stage 2 columns (and no stage 2 rows) is one row per complaint:
/// each row gives its stage 1, and its stage 2 when any stage 2 column is filled in. Completely empty lines are
/// ignored. Problems are summarised, one diagnostic per kind at its first row's line:column, with the first rows
/// that have it. Returns nothing if there is any error, so no row is ever silently skipped.
///
/// Codes (errors): cases.file.xlsx, cases.file.xls, cases.csv.encoding, cases.empty, cases.csv.quote,
/// cases.csv.unterminated_quote, cases.header.* and cases.columns.* (case_log_columns.h), cases.row.field_count,
/// cases.reference.missing, cases.reference.duplicate, cases.stage.unknown, cases.stage.extra (Code 5.2, 5.3),
/// cases.date.missing, cases.date.invalid, cases.date.month_first, cases.acknowledged.before_received,
/// cases.extension.invalid, cases.outcome.unknown, cases.outcome.missing, cases.responded.missing,
/// cases.refused.missing_reason (Code 8.1(b)), cases.stage2.received_missing. Warnings:
/// cases.responded.before_received (counted as late), cases.responded.before_acknowledged,
/// cases.refused_reason.unexpected, cases.stage2.before_stage1, cases.stage2.none, cases.header.stage2_unused.
std::optional<CaseLog> ParseCaseLog(std::string_view bytes, const std::string& file, const CaseLogOptions& options,
                                    std::vector<Diagnostic>* diagnostics);
/// The same with no column mapping.
std::optional<CaseLog> ParseCaseLog(std::string_view bytes, const std::string& file, std::vector<Diagnostic>* diagnostics);

}  // namespace cs
