// Which column of a case-system export holds what: headers recognised by name as systems export them
// ("Case Ref", "Date Logged", "Stage 2 Responded" ...), or named by the officer once in a column mapping
// (annual-reports/<year>.columns.json, schemas/case-log-columns.schema.json).
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "case_log_csv.h"
#include "case_log_values.h"
#include "diagnostic.h"

namespace cs {

/// What a column can hold. The Stage2* fields are for exports with one row per complaint, where stage 2 has
/// columns of its own ("Escalated Date", "Stage 2 Responded").
enum class LogField {
  Reference, Stage, Received, Acknowledged, Responded, Extension, Outcome, Category, RefusedReason,
  Stage2Received, Stage2Acknowledged, Stage2Responded, Stage2Extension, Stage2Outcome, Stage2RefusedReason,
};
constexpr int kLogFieldCount = 15;

/// The field's key in a column mapping and in messages: "reference", "received", "stage2_responded" ...
const char* LogFieldKey(LogField field);
/// What the column holds, for messages: "the date the complaint was received".
const char* LogFieldMeaning(LogField field);
std::optional<LogField> LogFieldFromKey(std::string_view key);

/// A header with case, spaces and punctuation removed: "Date Received" and "date_received" are both "datereceived".
std::string NormaliseHeader(std::string_view header);

/// The officer's own names for columns, read from a column mapping file.
struct ColumnMapping {
  std::string file;                            ///< as messages name it, e.g. "content/annual-reports/2025-26.columns.json"
  std::map<LogField, std::string> headers;     ///< field -> the header as written in the mapping
  std::map<LogField, std::pair<int, int>> at;  ///< field -> line and column of its value in the mapping file
  DateOrder date_order = DateOrder::DayFirst;
  bool date_order_given = false;
};

/// Parses a column mapping: `{"received": "Dt Rcvd", "stage2_responded": "Final Resp", "date_order": "month-first"}`.
/// Keys are the LogFieldKey names, "date_order" ("day-first" or "month-first") and "$schema". Errors
/// (cases.columns.type, cases.columns.date_order, cases.columns.same_header, json.*) make it return nothing; an
/// unknown key is a warning (cases.columns.unknown_key) naming the closest known key.
std::optional<ColumnMapping> ParseColumnMapping(std::string_view json_text, const std::string& file,
                                                std::vector<Diagnostic>* diagnostics);

/// Which header holds each field.
struct RecognisedColumns {
  std::array<int, kLogFieldCount> index;  ///< index into the header row for each field; -1 when there is none
  bool per_complaint = false;             ///< stage 2 has columns of its own: one row per complaint
  std::vector<int> unused;                ///< headers not used for anything, by index
  RecognisedColumns() { index.fill(-1); }
  int operator[](LogField f) const { return index[static_cast<int>(f)]; }
};

/// The columns the figures need: reference, received, responded, outcome, and stage — or, for one row per complaint,
/// stage2_received, stage2_responded and stage2_outcome instead of stage.
std::vector<LogField> RequiredLogFields(bool per_complaint);

/// Checks that the columns the figures need are there: reference, received, responded, outcome, and stage — or,
/// for one row per complaint, stage2_received, stage2_responded and stage2_outcome instead of stage. A missing one
/// is a single error (cases.header.missing_column) naming every missing column, the headers found and the mapping
/// lines to add to `mapping_file`; no acknowledgement or extension column is a warning (cases.header.optional_missing).
/// Returns false when a required column is missing.
bool CheckRequiredColumns(const RecognisedColumns& columns, const std::vector<CsvField>& header, const std::string& file,
                          const std::string& mapping_file, std::vector<Diagnostic>* diagnostics);

/// Recognises the header row: the mapping's names first, then the names systems export (case- and
/// punctuation-insensitive; "Stage 1 …"/"Stage 2 …"/"S2 …"/"Escalation …" before or after a name say which stage).
/// Problems go to `diagnostics` at the header's place: cases.header.duplicate_column (two headers could be the field
/// equally well; the fix names the mapping line to add to `mapping_file`),
/// cases.columns.not_found (a mapped header that is not in the file, at the mapping's line), and the warnings
/// cases.header.ambiguous (two headers could be the same field; which one is used), cases.header.stage2_unknown (a
/// stage 2 column that is not recognised). Returns nothing after an error.
std::optional<RecognisedColumns> RecogniseColumns(const std::vector<CsvField>& header, const ColumnMapping* mapping,
                                                  const std::string& file, const std::string& mapping_file,
                                                  std::vector<Diagnostic>* diagnostics);

}  // namespace cs
