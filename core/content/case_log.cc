// Case log: decode, split, recognise the header, read each row (or each complaint's two stages), check, summarise.
#include "case_log.h"
#include "text.h"

#include <algorithm>
#include <map>

#include "case_log_csv.h"
#include "case_log_encoding.h"
#include "case_log_problems.h"

namespace cs {

const char* OutcomeName(Outcome o) {
  switch (o) {
    case Outcome::Upheld: return "upheld";
    case Outcome::PartlyUpheld: return "partly_upheld";
    case Outcome::NotUpheld: return "not_upheld";
    case Outcome::Withdrawn: return "withdrawn";
    case Outcome::Refused: return "refused";
    case Outcome::None: break;
  }
  return "";
}

const char* OutcomeLabel(Outcome o) {
  switch (o) {
    case Outcome::Upheld: return "Upheld";
    case Outcome::PartlyUpheld: return "Partly upheld";
    case Outcome::NotUpheld: return "Not upheld";
    case Outcome::Withdrawn: return "Withdrawn";
    case Outcome::Refused: return "Refused";
    case Outcome::None: break;
  }
  return "Open";
}

const std::vector<std::string>& CaseLogColumns() {
  static const std::vector<std::string> kColumns = {"reference", "stage",    "received",
                                                    "acknowledged", "responded", "extension_working_days",
                                                    "outcome",   "category", "refused_reason"};
  return kColumns;
}

namespace {

using F = LogField;
constexpr Severity E = Severity::Error;
constexpr Severity W = Severity::Warning;

// clang-format off
const ProblemKind kQuote{"cases.csv.quote", E, "values have a stray quote",
    "put the whole value inside quotes and write a \" inside it as \"\"", ""};
const ProblemKind kUnterminated{"cases.csv.unterminated_quote", E, "quoted values never end",
    "add the closing \" (a \" inside a quoted value is written \"\")", ""};
const ProblemKind kFieldCount{"cases.row.field_count", E, "rows have more or fewer values than the header",
    "quote any value that contains the separator, e.g. \"Repairs, damp\"", ""};
const ProblemKind kReferenceMissing{"cases.reference.missing", E, "rows have no reference",
    "give every row the case reference", ""};
const ProblemKind kReferenceDuplicate{"cases.reference.duplicate", E, "references appear twice for the same stage",
    "keep one row per complaint stage (or one row per complaint, with stage 2 columns)", ""};
const ProblemKind kStageUnknown{"cases.stage.unknown", E, "stage values could not be read",
    "write the stage as 1 or 2 (\"Stage 1\", \"S2\" and \"Stage Two\" are read too)", ""};
const ProblemKind kStageExtra{"cases.stage.extra", E, "rows are at a stage the Code does not have",
    "the Code has two stages: an informal or \"stage 0\" complaint is a stage 1 complaint, and there is no stage 3",
    "5.2, 5.3"};
const ProblemKind kDateMissing{"cases.date.missing", E, "rows have no date received",
    "every row needs the date it was received (for stage 2, the date the resident asked for it)", ""};
const ProblemKind kDateInvalid{"cases.date.invalid", E, "dates could not be read",
    "write dates as DD/MM/YYYY or YYYY-MM-DD (a time after them is fine)", ""};
const ProblemKind kMonthFirst{"cases.date.month_first", E, "dates only make sense month first (US style)", "", ""};
const ProblemKind kAckBeforeReceived{"cases.acknowledged.before_received", E,
    "acknowledgements are dated before the complaint was received", "check both dates", ""};
const ProblemKind kRespondedBeforeReceived{"cases.responded.before_received", W,
    "responses are dated before the complaint was received",
    "check both dates: until they are right, CH02 counts these responses as late", ""};
const ProblemKind kRespondedBeforeAck{"cases.responded.before_acknowledged", W,
    "responses are dated before the acknowledgement", "check both dates; timescales count from the acknowledgement", ""};
const ProblemKind kExtensionInvalid{"cases.extension.invalid", E, "extensions could not be read",
    "write the extension as working days (e.g. 10) or as the revised due date, or leave it blank for none", ""};
const ProblemKind kOutcomeUnknown{"cases.outcome.unknown", E, "outcomes could not be read",
    "use Upheld, Partly upheld, Not upheld, Withdrawn or Declined (blank while open)", ""};
const ProblemKind kOutcomeMissing{"cases.outcome.missing", E, "rows have a response date but no outcome",
    "record the outcome (Upheld, Partly upheld, Not upheld, Withdrawn or Declined)", ""};
const ProblemKind kRespondedMissing{"cases.responded.missing", E, "rows have an outcome but no response date",
    "record the date the response was sent, or clear the outcome while the stage is open", ""};
const ProblemKind kRefusedNoReason{"cases.refused.missing_reason", E, "complaints not accepted have no reason",
    "say why it was not accepted, in the reason column or after the outcome (\"Declined – outside the 12-month "
    "window\"): the annual report summarises the types of complaints refused", "8.1"};
const ProblemKind kRefusedReasonUnexpected{"cases.refused_reason.unexpected", W,
    "rows have a refusal reason but were not refused", "clear it, or set the outcome to Declined", ""};
const ProblemKind kStage2ReceivedMissing{"cases.stage2.received_missing", E,
    "complaints have stage 2 details but no date stage 2 was asked for",
    "fill in the date the resident asked for stage 2", ""};
const ProblemKind kStage2BeforeStage1{"cases.stage2.before_stage1", W,
    "escalations are dated before the complaint itself was received", "check both dates", ""};
// clang-format on

std::string Quoted(const std::string& s) { return "\"" + s + "\""; }

/// The fields of the log for one stage: which LogField holds each CaseField.
using StageColumns = std::array<std::optional<LogField>, kCaseFieldCount>;

const StageColumns kStage1Columns = {F::Reference, F::Stage,    F::Received, F::Acknowledged, F::Responded,
                                     F::Extension, F::Outcome,  F::Category, F::RefusedReason};
const StageColumns kStage2Columns = {F::Reference,      F::Stage,         F::Stage2Received, F::Stage2Acknowledged,
                                     F::Stage2Responded, F::Stage2Extension, F::Stage2Outcome, F::Category,
                                     F::Stage2RefusedReason};

/// A numeric date in the other order than the file's, kept until the whole file has been read.
struct OtherOrderDate {
  int row, line, column;
  std::string header, value, why;
};

class Reader {
 public:
  Reader(const std::string& file, const CaseLogOptions& options, std::vector<Diagnostic>* diags)
      : file_(file), options_(options), diags_(diags), problems_(file) {
    if (options.columns) order_ = options.columns->date_order;
    mapping_file_ = options.columns ? options.columns->file : options.mapping_file;
  }

  std::optional<CaseLog> Read(std::string_view bytes) {
    DecodedText decoded = DecodeCaseLogText(bytes);
    if (!decoded.error_code.empty()) {
      Problem(E, decoded.error_code, decoded.error_line, decoded.error_column, decoded.error_message, decoded.error_fix);
      return std::nullopt;
    }
    CsvDialect dialect = DetectCsvDialect(decoded.text);
    std::vector<CsvProblem> csv_problems;
    std::vector<CsvRecord> records = ReadCsvRecords(std::string_view(decoded.text).substr(dialect.skip),
                                                    dialect.delimiter, dialect.skip ? 2 : 1, file_, &csv_problems);
    for (const auto& p : csv_problems) {
      const ProblemKind& kind = p.diagnostic.code == kQuote.code ? kQuote : kUnterminated;
      problems_.Add(kind, p.row, p.diagnostic.line, p.diagnostic.column, "", "", p.diagnostic.message, p.diagnostic.fix);
    }
    if (records.empty()) {
      std::string h;
      for (const auto& c : CaseLogColumns()) h += (h.empty() ? "" : ",") + c;
      Problem(E, "cases.empty", 1, 1, "the case log is empty",
              "export the complaints with their header row, or start one with: " + h);
      return std::nullopt;
    }
    header_ = records.front().fields;
    for (auto& h : header_) h.text = Trim(h.text);
    auto recognised = RecogniseColumns(header_, options_.columns, file_, mapping_file_, diags_);
    if (!recognised) return std::nullopt;
    columns_ = *recognised;
    DecideShape(records);
    if (!CheckRequiredColumns(columns_, header_, file_, mapping_file_, diags_)) return std::nullopt;

    CaseLog log;
    log.file = file_;
    log.per_complaint = columns_.per_complaint;
    log.encoding = decoded.encoding;
    log.separator = dialect.Name();
    log.records = static_cast<int>(records.size()) - 1;
    for (int f = 0; f < kLogFieldCount; ++f)
      if (columns_.index[f] >= 0)
        log.columns.push_back({LogFieldKey(static_cast<LogField>(f)), header_[static_cast<size_t>(columns_.index[f])].text});
    for (int i : columns_.unused)
      if (!header_[static_cast<size_t>(i)].text.empty()) log.unused_columns.push_back(header_[static_cast<size_t>(i)].text);

    for (size_t r = 1; r < records.size(); ++r) ReadRecord(records[r], &log);
    CrossRowChecks(log);
    ReportOtherOrderDates();
    if (columns_.per_complaint && log.records > 0 &&
        std::none_of(log.rows.begin(), log.rows.end(), [](const CaseRow& row) { return row.stage == 2; })) {
      const CsvField& at = header_[static_cast<size_t>(columns_[F::Stage2Received])];
      Problem(W, "cases.stage2.none", at.line, at.column,
              "the file has stage 2 columns (" + Quoted(at.text) +
                  " ...) but no complaint has a stage 2 date in them, so every stage 2 figure will be 0",
              "check that the export includes escalations; if your system exports stage 2 as rows of their own, "
              "export those rows too");
    }
    problems_.Flush(diags_);
    if (problems_.HasErrors()) return std::nullopt;
    return log;
  }

 private:
  void Problem(Severity severity, const std::string& code, int line, int column, std::string message, std::string fix) {
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.file = file_;
    d.line = line;
    d.column = column;
    d.message = std::move(message);
    d.fix = std::move(fix);
    diags_->push_back(std::move(d));
  }

  /// With stage 2 columns the log is one row per complaint, unless it also has a Stage column and a complaint takes
  /// more than one row: then it is one row per stage and the stage 2 columns are not used (a warning says so).
  void DecideShape(const std::vector<CsvRecord>& records) {
    if (!columns_.per_complaint || columns_[F::Stage] < 0 || columns_[F::Reference] < 0) return;
    const size_t stage = static_cast<size_t>(columns_[F::Stage]);
    const size_t reference = static_cast<size_t>(columns_[F::Reference]);
    std::map<std::string, int> rows_of;
    bool per_stage = false;
    for (size_t r = 1; r < records.size() && !per_stage; ++r) {
      const auto& fields = records[r].fields;
      if (reference < fields.size() && !Trim(fields[reference].text).empty())
        per_stage = ++rows_of[Trim(fields[reference].text)] > 1;
    }
    if (!per_stage) return;
    std::string names;
    const CsvField* first = nullptr;
    for (int f = static_cast<int>(F::Stage2Received); f < kLogFieldCount; ++f) {
      if (columns_.index[f] < 0) continue;
      const CsvField& h = header_[static_cast<size_t>(columns_.index[f])];
      if (!first || h.column < first->column) first = &h;
      names += (names.empty() ? "" : ", ") + Quoted(h.text);
      columns_.unused.push_back(columns_.index[f]);
      columns_.index[f] = -1;
    }
    std::sort(columns_.unused.begin(), columns_.unused.end());
    columns_.per_complaint = false;
    Problem(W, "cases.header.stage2_unused", first->line, first->column,
            "the " + Quoted(header_[stage].text) + " column has stage 2 rows, so this file has a row per stage and its " +
                "stage 2 columns (" + names + ") are not used",
            "check that every escalation has a stage 2 row of its own");
  }

  /// The trimmed value of `field` in `rec`, where it is; an empty value at the row's start when there is no column.
  CsvField Get(const CsvRecord& rec, std::optional<LogField> field) const {
    if (!field || columns_[*field] < 0) return CsvField{"", rec.line, 1};
    CsvField f = rec.fields[static_cast<size_t>(columns_[*field])];
    f.text = Trim(f.text);
    return f;
  }
  std::string HeaderOf(std::optional<LogField> field) const {
    if (!field || columns_[*field] < 0) return field ? LogFieldKey(*field) : "";
    return header_[static_cast<size_t>(columns_[*field])].text;
  }

  void Add(const ProblemKind& kind, const CaseRow& row, const CsvField& at, std::string value, std::string detail,
           std::string message, std::string fix = "") {
    problems_.Add(kind, row.row, at.line, at.column, std::move(value), std::move(detail), std::move(message), std::move(fix));
  }

  std::optional<Date> ReadDate(const CaseRow& row, const CsvField& f, const std::string& header, bool required) {
    if (f.text.empty()) {
      if (required) Add(kDateMissing, row, f, "", "", Quoted(header) + " is blank");
      return std::nullopt;
    }
    if (OnlyPossibleOrder(f.text) == order_) ++order_confirmed_;
    DateProblem problem;
    std::string why;
    auto d = ParseCaseDate(f.text, order_, &problem, &why);
    if (problem == DateProblem::OtherOrder) {
      other_order_.push_back({row.row, f.line, f.column, header, f.text, why});
    } else if (!d) {
      Add(kDateInvalid, row, f, f.text, why, header + " " + Quoted(f.text) + " is not a date: " + why);
    }
    return d;
  }

  void ReportOtherOrderDates() {
    for (const auto& o : other_order_) {
      CaseRow row;
      row.row = o.row;
      CsvField at{"", o.line, o.column};
      if (order_ == DateOrder::DayFirst && order_confirmed_ == 0) {
        problems_.Add(kMonthFirst, o.row, o.line, o.column, o.value, "",
                      o.header + " " + Quoted(o.value) + " only makes sense month first (US style), as " +
                          "no date in the file has its day first",
                      "if your system writes the month first, add \"date_order\": \"month-first\" to " + mapping_file_ +
                          "; otherwise correct these dates");
      } else {
        Add(kDateInvalid, row, at, o.value, o.why, o.header + " " + Quoted(o.value) + " is not a date: " + o.why);
      }
    }
  }

  /// Reads one stage of `rec` as `columns` say; returns nothing when the stage is not there (a complaint never
  /// escalated). `stage_value` is the stage for a one-row-per-complaint log.
  void ReadStage(const CsvRecord& rec, const StageColumns& cols, int stage_value, CaseLog* log) {
    CaseRow row;
    row.line = rec.line;
    row.row = rec.row;
    std::vector<CsvField> f(kCaseFieldCount);
    for (int c = 0; c < kCaseFieldCount; ++c) {
      f[static_cast<size_t>(c)] = Get(rec, cols[static_cast<size_t>(c)]);
      bool present = cols[static_cast<size_t>(c)] && columns_[*cols[static_cast<size_t>(c)]] >= 0;
      row.columns.push_back(present ? f[static_cast<size_t>(c)].column : 0);
      row.lines.push_back(f[static_cast<size_t>(c)].line);
    }
    auto header = [&](CaseField c) { return HeaderOf(cols[c]); };
    row.reference = f[kReference].text;
    if (row.reference.empty()) Add(kReferenceMissing, row, f[kReference], "", "", Quoted(header(kReference)) + " is blank");

    if (stage_value) {
      row.stage = stage_value;
    } else {
      std::string extra;
      const std::string& text = f[kStage].text;
      if (auto s = ParseStage(text, &extra)) {
        row.stage = *s;
      } else if (!extra.empty()) {
        row.stage = 0;
        Add(kStageExtra, row, f[kStage], text, "",
            header(kStage) + " " + Quoted(text) +
                (extra == "0" ? " is a stage before stage 1, which the Code does not allow"
                              : " is a stage after stage 2, which the Code does not allow"));
      } else {
        row.stage = 0;
        Add(kStageUnknown, row, f[kStage], text, "", header(kStage) + " " + Quoted(text) + " is not 1 or 2");
      }
    }

    auto received = ReadDate(row, f[kReceived], header(kReceived), true);
    row.acknowledged = ReadDate(row, f[kAcknowledged], header(kAcknowledged), false);
    row.responded = ReadDate(row, f[kResponded], header(kResponded), false);
    if (received) {
      row.received = *received;
      if (row.acknowledged && *row.acknowledged < *received)
        Add(kAckBeforeReceived, row, f[kAcknowledged], f[kAcknowledged].text, "",
            header(kAcknowledged) + " " + row.acknowledged->Iso() + " is before " + header(kReceived) + " " + received->Iso());
      if (row.responded && *row.responded < *received)
        Add(kRespondedBeforeReceived, row, f[kResponded], f[kResponded].text, "",
            header(kResponded) + " " + row.responded->Iso() + " is before " + header(kReceived) + " " + received->Iso());
    }
    if (row.acknowledged && row.responded && *row.responded < *row.acknowledged && !(received && *row.responded < *received))
      Add(kRespondedBeforeAck, row, f[kResponded], f[kResponded].text, "",
          header(kResponded) + " " + row.responded->Iso() + " is before " + header(kAcknowledged) + " " +
              row.acknowledged->Iso());

    if (!f[kExtension].text.empty()) {
      DateProblem problem;
      std::string why;
      auto ext = ParseExtension(f[kExtension].text, order_, &problem, &why);
      if (ext && ext->due && received && *ext->due < *received) {
        why = "the revised due date is before the date received";
        ext.reset();
      }
      if (!ext) {
        Add(kExtensionInvalid, row, f[kExtension], f[kExtension].text, why,
            header(kExtension) + " " + Quoted(f[kExtension].text) + " is not an extension: " + why);
      } else {
        row.extension_working_days = ext->working_days;
        row.extended_due = ext->due;
      }
    }

    std::string inline_reason;
    const std::string& outcome_text = f[kOutcome].text;
    if (!outcome_text.empty()) {
      if (auto o = ParseOutcome(outcome_text)) {
        row.outcome = o->outcome;
        inline_reason = o->reason;
      } else {
        Add(kOutcomeUnknown, row, f[kOutcome], outcome_text, "",
            header(kOutcome) + " " + Quoted(outcome_text) + " is not an outcome this reader knows");
      }
    }
    const bool decided = row.outcome == Outcome::Upheld || row.outcome == Outcome::PartlyUpheld || row.outcome == Outcome::NotUpheld;
    if (row.responded && row.outcome == Outcome::None && (outcome_text.empty() || ParseOutcome(outcome_text)))
      Add(kOutcomeMissing, row, f[kOutcome], outcome_text, "",
          "the row has a response date but " + (outcome_text.empty() ? "no outcome" : "the outcome " + Quoted(outcome_text)));
    if (decided && !row.responded)
      Add(kRespondedMissing, row, f[kResponded], outcome_text, "",
          std::string("the outcome is ") + OutcomeLabel(row.outcome) + " but there is no response date");
    row.category = f[kCategory].text;
    row.refused_reason = f[kRefusedReason].text.empty() ? inline_reason : f[kRefusedReason].text;
    if (row.outcome == Outcome::Refused && row.refused_reason.empty())
      Add(kRefusedNoReason, row, columns_[*cols[kRefusedReason]] >= 0 ? f[kRefusedReason] : f[kOutcome], outcome_text, "",
          "a complaint that was not accepted has no reason (" + Quoted(header(kOutcome)) + " is " + Quoted(outcome_text) + ")");
    if (row.outcome != Outcome::Refused && !f[kRefusedReason].text.empty())
      Add(kRefusedReasonUnexpected, row, f[kRefusedReason], "", "",
          header(kRefusedReason) + " is filled in but the outcome is not a refusal");
    log->rows.push_back(std::move(row));
  }

  void ReadRecord(const CsvRecord& rec, CaseLog* log) {
    if (rec.fields.size() != header_.size()) {
      const CsvField& at = rec.fields.size() > header_.size() ? rec.fields[header_.size()] : rec.fields.back();
      CaseRow row;
      row.row = rec.row;
      Add(kFieldCount, row, at, "",
          std::to_string(rec.fields.size()) + " values",
          "this row has " + std::to_string(rec.fields.size()) + " values but the header has " +
              std::to_string(header_.size()) + " columns");
      return;
    }
    if (!columns_.per_complaint) {
      ReadStage(rec, kStage1Columns, 0, log);
      return;
    }
    ReadStage(rec, kStage1Columns, 1, log);
    bool stage2 = false;
    for (auto c : kStage2Columns)
      if (c && *c >= F::Stage2Received && !Get(rec, c).text.empty()) stage2 = true;
    const CsvField stage = Get(rec, F::Stage);
    if (!stage2 && columns_[F::Stage] >= 0 && ParseStage(stage.text, nullptr) == 2) {
      CaseRow row;
      row.row = rec.row;
      Add(kStage2ReceivedMissing, row, stage, stage.text, "",
          HeaderOf(F::Stage) + " says stage 2 but " + Quoted(HeaderOf(F::Stage2Received)) + " is blank");
      return;
    }
    if (!stage2) return;
    const CsvField s2 = Get(rec, F::Stage2Received);
    if (s2.text.empty()) {
      CaseRow row;
      row.row = rec.row;
      Add(kStage2ReceivedMissing, row, s2, "", "",
          "the stage 2 columns are filled in but " + Quoted(HeaderOf(F::Stage2Received)) + " is blank");
      return;
    }
    ReadStage(rec, kStage2Columns, 2, log);
  }

  void CrossRowChecks(const CaseLog& log) {
    std::map<std::pair<std::string, int>, const CaseRow*> seen;
    for (const CaseRow& row : log.rows) {
      if (row.reference.empty() || row.stage == 0) continue;
      auto [it, inserted] = seen.emplace(std::make_pair(row.reference, row.stage), &row);
      if (!inserted) {
        CsvField at{"", row.lines[kReference], row.columns[kReference] ? row.columns[kReference] : 1};
        Add(kReferenceDuplicate, row, at, row.reference, "",
            "reference " + row.reference + " stage " + std::to_string(row.stage) + " is already on row " +
                std::to_string(it->second->row));
      }
    }
    for (const CaseRow& row : log.rows) {
      if (row.stage != 2) continue;
      auto it = seen.find({row.reference, 1});
      if (it == seen.end() || !(row.received < it->second->received)) continue;
      CsvField at{"", row.lines[kReceived], row.columns[kReceived] ? row.columns[kReceived] : 1};
      Add(kStage2BeforeStage1, row, at, row.received.Iso(), "",
          "reference " + row.reference + " was escalated on " + row.received.Iso() + ", before its stage 1 was received on " +
              it->second->received.Iso());
    }
  }

  const std::string& file_;
  const CaseLogOptions& options_;
  std::vector<Diagnostic>* diags_;
  RowProblems problems_;
  std::string mapping_file_;
  DateOrder order_ = DateOrder::DayFirst;
  int order_confirmed_ = 0;
  std::vector<OtherOrderDate> other_order_;
  std::vector<CsvField> header_;
  RecognisedColumns columns_;
};

}  // namespace

std::optional<CaseLog> ParseCaseLog(std::string_view bytes, const std::string& file, const CaseLogOptions& options,
                                    std::vector<Diagnostic>* diagnostics) {
  std::vector<Diagnostic> local;
  return Reader(file, options, diagnostics ? diagnostics : &local).Read(bytes);
}

std::optional<CaseLog> ParseCaseLog(std::string_view bytes, const std::string& file, std::vector<Diagnostic>* diagnostics) {
  return ParseCaseLog(bytes, file, CaseLogOptions{}, diagnostics);
}

}  // namespace cs
