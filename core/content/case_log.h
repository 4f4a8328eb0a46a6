// A landlord's complaint case log (CSV, one row per complaint stage, no personal data), parsed and checked.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "diagnostic.h"

namespace cs {

/// How a complaint stage ended. `None` means the stage is still open (no outcome recorded yet).
enum class Outcome { None, Upheld, PartlyUpheld, NotUpheld, Withdrawn, Refused };

/// "upheld", "partly_upheld", "not_upheld", "withdrawn", "refused"; "" for None.
const char* OutcomeName(Outcome o);
/// Plain-English label: "Upheld", "Partly upheld", ... ("Open" for None).
const char* OutcomeLabel(Outcome o);

/// The required columns, in the order the documentation lists them.
const std::vector<std::string>& CaseLogColumns();

/// One row of the log: one stage of one complaint.
struct CaseRow {
  int line = 0;                          ///< 1-based line in the file where the row starts
  std::string reference;                 ///< the landlord's case reference (no personal data)
  int stage = 1;                         ///< 1 or 2
  Date received;                         ///< stage 1: complaint received; stage 2: escalation request received
  std::optional<Date> acknowledged;      ///< blank when not recorded
  std::optional<Date> responded;         ///< blank while the stage is open
  int extension_working_days = 0;        ///< agreed extension as recorded (blank = 0); may exceed the Code's cap
  Outcome outcome = Outcome::None;
  std::string category;                  ///< free text, e.g. "Repairs"; "" when blank
  std::string refused_reason;            ///< required when outcome is Refused
  /// 1-based column of each field in its line, indexed like CaseLogColumns(); for diagnostics.
  std::vector<int> columns;
  /// 1-based line of each field (a quoted field may span lines), indexed like CaseLogColumns().
  std::vector<int> lines;
};

struct CaseLog {
  std::string file;
  std::vector<CaseRow> rows;  ///< in file order
};

/// Index of each required column in CaseRow::columns.
enum CaseField { kReference = 0, kStage, kReceived, kAcknowledged, kResponded, kExtension, kOutcome, kCategory,
                 kRefusedReason, kCaseFieldCount };

/// Parses and checks a case log. RFC 4180 CSV (quoted fields with "" escapes and embedded commas or line
/// breaks; CRLF or LF line ends; a UTF-8 byte-order mark is ignored). The header row is required; columns may
/// come in any order and extra columns are ignored; header names are matched ignoring case and surrounding
/// spaces. Completely empty lines are ignored. Every bad row is reported (code, line, column) in
/// `diagnostics`; returns nothing if there is any error, so no row is ever silently skipped.
/// Diagnostic codes: cases.empty, cases.csv.encoding (not UTF-8), cases.csv.quote, cases.csv.unterminated_quote, cases.header.missing_column,
/// cases.header.duplicate_column, cases.row.field_count, cases.reference.missing, cases.reference.duplicate,
/// cases.stage.unknown, cases.date.missing, cases.date.invalid, cases.acknowledged.before_received,
/// cases.responded.before_received, cases.extension.invalid, cases.outcome.unknown, cases.outcome.missing,
/// cases.responded.missing, cases.refused.missing_reason; warnings: cases.refused_reason.unexpected,
/// cases.responded.before_acknowledged.
std::optional<CaseLog> ParseCaseLog(std::string_view text, const std::string& file,
                                    std::vector<Diagnostic>* diagnostics);

}  // namespace cs
