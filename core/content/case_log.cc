// Case-log CSV: an RFC 4180 reader that keeps line:column for every field, then per-row checks.
#include "case_log.h"
#include "text.h"

#include <algorithm>
#include <map>
#include <set>

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

struct Field {
  std::string text;
  int line = 0;
  int column = 0;
};

struct Record {
  std::vector<Field> fields;
  int line = 0;
};

bool IsContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Offset of the first byte that is not part of well-formed UTF-8, or npos.
size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (n == 0 || i + n > s.size()) return i;
    for (size_t k = 1; k < n; ++k)
      if (!IsContinuationByte(static_cast<unsigned char>(s[i + k]))) return i;
    unsigned int cp = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
    for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
    if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += n;
  }
  return std::string_view::npos;
}

/// Splits CSV text (already checked to be UTF-8) into records. Columns count Unicode characters (UTF-8 lead bytes), 1-based.
class CsvReader {
 public:
  CsvReader(std::string_view text, const std::string& file, std::vector<Diagnostic>* diags)
      : text_(text), file_(file), diags_(diags) {
    if (text_.size() >= 3 && text_.substr(0, 3) == "\xEF\xBB\xBF") text_.remove_prefix(3);
  }

  std::vector<Record> ReadAll() {
    std::vector<Record> records;
    while (pos_ < text_.size()) {
      Record r;
      if (ReadRecord(&r)) records.push_back(std::move(r));
      if (failed_) break;
    }
    return records;
  }

 private:
  char Peek() const { return pos_ < text_.size() ? text_[pos_] : '\0'; }
  void Advance() {
    char c = text_[pos_++];
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if (!IsContinuationByte(static_cast<unsigned char>(c))) {
      ++column_;
    }
  }
  bool AtLineEnd() const {
    return pos_ >= text_.size() || text_[pos_] == '\n' || (text_[pos_] == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') ||
           (text_[pos_] == '\r' && pos_ + 1 == text_.size());
  }
  void SkipLineEnd() {
    if (Peek() == '\r') {
      ++pos_;  // a CR before LF is not a column
    }
    if (Peek() == '\n') Advance();
  }
  void Error(const char* code, int line, int column, std::string message, std::string fix) {
    Diagnostic d;
    d.code = code;
    d.file = file_;
    d.line = line;
    d.column = column;
    d.message = std::move(message);
    d.fix = std::move(fix);
    diags_->push_back(std::move(d));
  }

  // Reads one record; returns false for an empty line.
  bool ReadRecord(Record* r) {
    r->line = line_;
    if (AtLineEnd()) {
      SkipLineEnd();
      return false;
    }
    while (true) {
      Field f;
      f.line = line_;
      f.column = column_;
      if (Peek() == '"') {
        Advance();
        bool closed = false;
        while (pos_ < text_.size()) {
          char c = Peek();
          if (c == '"') {
            Advance();
            if (Peek() == '"') {
              f.text += '"';
              Advance();
              continue;
            }
            closed = true;
            break;
          }
          if (c == '\r' && pos_ + 1 < text_.size() && text_[pos_ + 1] == '\n') {
            ++pos_;
            continue;
          }
          f.text += c;
          Advance();
        }
        if (!closed) {
          Error("cases.csv.unterminated_quote", f.line, f.column, "this quoted value never ends",
                "add the closing \" (a \" inside a quoted value is written \"\")");
          failed_ = true;
          r->fields.push_back(std::move(f));
          return true;
        }
        if (Peek() != ',' && !AtLineEnd()) {
          Error("cases.csv.quote", line_, column_, "unexpected text after a closing quote",
                "put the whole value inside the quotes, and write a \" inside it as \"\"");
          while (Peek() != ',' && !AtLineEnd()) Advance();
        }
      } else {
        while (Peek() != ',' && !AtLineEnd()) {
          if (Peek() == '"') {
            Error("cases.csv.quote", line_, column_, "a \" inside a value that does not start with a quote",
                  "quote the whole value and write the \" as \"\", e.g. \"say \"\"hello\"\"\"");
          }
          f.text += Peek();
          Advance();
        }
      }
      r->fields.push_back(std::move(f));
      if (Peek() == ',') {
        Advance();
        continue;
      }
      SkipLineEnd();
      return true;
    }
  }

  std::string_view text_;
  const std::string& file_;
  std::vector<Diagnostic>* diags_;
  size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
  bool failed_ = false;
};

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::optional<Outcome> ParseOutcome(const std::string& text) {
  std::string s = Lower(text);
  std::replace(s.begin(), s.end(), ' ', '_');
  std::replace(s.begin(), s.end(), '-', '_');
  static const std::pair<const char*, Outcome> kNames[] = {
      {"upheld", Outcome::Upheld},       {"partly_upheld", Outcome::PartlyUpheld},
      {"not_upheld", Outcome::NotUpheld}, {"withdrawn", Outcome::Withdrawn},
      {"refused", Outcome::Refused}};
  for (const auto& [name, o] : kNames)
    if (s == name) return o;
  return std::nullopt;
}

class RowChecker {
 public:
  RowChecker(const std::string& file, std::vector<Diagnostic>* diags) : file_(file), diags_(diags) {}

  void Add(Severity severity, const char* code, const Field& at, std::string message, std::string fix) {
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.file = file_;
    d.line = at.line;
    d.column = at.column;
    d.message = std::move(message);
    d.fix = std::move(fix);
    if (severity == Severity::Error) errors_ = true;
    diags_->push_back(std::move(d));
  }
  void Error(const char* code, const Field& at, std::string message, std::string fix) {
    Add(Severity::Error, code, at, std::move(message), std::move(fix));
  }
  bool errors() const { return errors_; }

  std::optional<Date> DateField(const Field& f, const std::string& column, bool required) {
    if (f.text.empty()) {
      if (required) Error("cases.date.missing", f, column + " is blank", "every row needs the date it was received, as YYYY-MM-DD");
      return std::nullopt;
    }
    std::string why;
    auto d = ParseIsoDate(f.text, &why);
    if (!d) Error("cases.date.invalid", f, column + " \"" + f.text + "\" is not a date: " + why, "write dates as YYYY-MM-DD, e.g. 2025-04-07");
    return d;
  }

 private:
  const std::string& file_;
  std::vector<Diagnostic>* diags_;
  bool errors_ = false;
};

}  // namespace

std::optional<CaseLog> ParseCaseLog(std::string_view text, const std::string& file,
                                    std::vector<Diagnostic>* diagnostics) {
  std::vector<Diagnostic> local;
  std::vector<Diagnostic>* diags = diagnostics ? diagnostics : &local;
  const size_t first_diag = diags->size();
  RowChecker check(file, diags);
  if (size_t bad = FirstInvalidUtf8(text); bad != std::string_view::npos) {
    std::string_view before = text.substr(0, bad);
    if (before.size() >= 3 && before.substr(0, 3) == "\xEF\xBB\xBF") before.remove_prefix(3);
    int line = 1, column = 1;
    for (char c : before) {
      if (c == '\n') {
        line++;
        column = 1;
      } else if (!IsContinuationByte(static_cast<unsigned char>(c))) {
        ++column;
      }
    }
    check.Error("cases.csv.encoding", Field{"", line, column}, "the file is not UTF-8 text (a spreadsheet saved it in another encoding)",
                "save it as \"CSV UTF-8\" (Excel: File > Save As > CSV UTF-8)");
    return std::nullopt;
  }
  CsvReader reader(text, file, diags);
  std::vector<Record> records = reader.ReadAll();
  const auto& columns = CaseLogColumns();
  if (records.empty()) {
    check.Error("cases.empty", Field{"", 1, 1}, "the case log is empty",
                "start with a header row: " + [&] {
                  std::string h;
                  for (const auto& c : columns) h += (h.empty() ? "" : ",") + c;
                  return h;
                }());
    return std::nullopt;
  }
  // Header: required columns in any order, extras ignored.
  const Record& header = records.front();
  std::vector<int> index(columns.size(), -1);
  for (size_t i = 0; i < header.fields.size(); ++i) {
    std::string name = Lower(Trim(header.fields[i].text));
    auto it = std::find(columns.begin(), columns.end(), name);
    if (it == columns.end()) continue;
    size_t c = static_cast<size_t>(it - columns.begin());
    if (index[c] >= 0) {
      check.Error("cases.header.duplicate_column", header.fields[i], "column \"" + name + "\" appears twice in the header",
                  "keep one column of each name");
      continue;
    }
    index[c] = static_cast<int>(i);
  }
  for (size_t c = 0; c < columns.size(); ++c) {
    if (index[c] < 0)
      check.Error("cases.header.missing_column", Field{"", header.line, 1}, "the header has no \"" + columns[c] + "\" column",
                  "the first row must name every column: reference, stage, received, acknowledged, responded, "
                  "extension_working_days, outcome, category, refused_reason (any order)");
  }
  if (check.errors()) return std::nullopt;

  CaseLog log;
  log.file = file;
  std::map<std::pair<std::string, int>, int> seen;  // (reference, stage) -> line
  for (size_t r = 1; r < records.size(); ++r) {
    const Record& rec = records[r];
    if (rec.fields.size() != header.fields.size()) {
      const Field& at = rec.fields.size() > header.fields.size() ? rec.fields[header.fields.size()] : rec.fields.back();
      check.Error("cases.row.field_count", at,
                  "this row has " + std::to_string(rec.fields.size()) + " values but the header has " +
                      std::to_string(header.fields.size()) + " columns",
                  "quote any value that contains a comma, e.g. \"Repairs, damp\"");
      continue;
    }
    std::vector<Field> f(columns.size());
    CaseRow row;
    row.line = rec.line;
    for (size_t c = 0; c < columns.size(); ++c) {
      f[c] = rec.fields[static_cast<size_t>(index[c])];
      f[c].text = Trim(f[c].text);
      row.columns.push_back(f[c].column);
      row.lines.push_back(f[c].line);
    }
    row.reference = f[kReference].text;
    if (row.reference.empty())
      check.Error("cases.reference.missing", f[kReference], "reference is blank", "give every row the case reference");
    const std::string& stage = f[kStage].text;
    if (stage == "1" || stage == "2") {
      row.stage = stage[0] - '0';
    } else {
      check.Error("cases.stage.unknown", f[kStage], "stage \"" + stage + "\" is not 1 or 2",
                  "use 1 for a stage 1 complaint and 2 for an escalation to stage 2");
      row.stage = 0;
    }
    if (!row.reference.empty() && row.stage) {
      auto [it, inserted] = seen.emplace(std::make_pair(row.reference, row.stage), rec.line);
      if (!inserted)
        check.Error("cases.reference.duplicate", f[kReference],
                    "reference " + row.reference + " stage " + stage + " is already on line " + std::to_string(it->second),
                    "keep one row per complaint stage");
    }
    auto received = check.DateField(f[kReceived], "received", true);
    row.acknowledged = check.DateField(f[kAcknowledged], "acknowledged", false);
    row.responded = check.DateField(f[kResponded], "responded", false);
    if (received) {
      row.received = *received;
      if (row.acknowledged && *row.acknowledged < *received)
        check.Error("cases.acknowledged.before_received", f[kAcknowledged],
                    "acknowledged " + row.acknowledged->Iso() + " is before received " + received->Iso(), "check both dates");
      if (row.responded && *row.responded < *received)
        check.Error("cases.responded.before_received", f[kResponded],
                    "responded " + row.responded->Iso() + " is before received " + received->Iso(), "check both dates");
    }
    if (row.acknowledged && row.responded && *row.responded < *row.acknowledged && !(received && *row.responded < *received))
      check.Add(Severity::Warning, "cases.responded.before_acknowledged", f[kResponded],
                "responded " + row.responded->Iso() + " is before acknowledged " + row.acknowledged->Iso(),
                "check both dates; timescales count from the acknowledgement");
    const std::string& ext = f[kExtension].text;
    if (!ext.empty()) {
      bool digits = ext.size() <= 3 && std::all_of(ext.begin(), ext.end(), [](char c) { return c >= '0' && c <= '9'; });
      if (!digits || std::stoi(ext) > 260) {
        check.Error("cases.extension.invalid", f[kExtension],
                    "extension_working_days \"" + ext + "\" is not a whole number of working days from 0 to 260",
                    "write the agreed extension in working days (e.g. 10), or leave it blank for none");
      } else {
        row.extension_working_days = std::stoi(ext);
      }
    }
    if (!f[kOutcome].text.empty()) {
      if (auto o = ParseOutcome(f[kOutcome].text)) {
        row.outcome = *o;
      } else {
        check.Error("cases.outcome.unknown", f[kOutcome], "outcome \"" + f[kOutcome].text + "\" is not recognised",
                    "use upheld, partly_upheld, not_upheld, withdrawn or refused (blank while open)");
      }
    }
    const bool decided = row.outcome == Outcome::Upheld || row.outcome == Outcome::PartlyUpheld || row.outcome == Outcome::NotUpheld;
    if (row.responded && row.outcome == Outcome::None && f[kOutcome].text.empty())
      check.Error("cases.outcome.missing", f[kOutcome], "the row has a response date but no outcome",
                  "record the outcome (upheld, partly_upheld, not_upheld, withdrawn or refused)");
    if (decided && !row.responded)
      check.Error("cases.responded.missing", f[kResponded],
                  std::string("the outcome is ") + OutcomeName(row.outcome) + " but there is no response date",
                  "record the date the response was sent, or clear the outcome while the stage is open");
    row.category = f[kCategory].text;
    row.refused_reason = f[kRefusedReason].text;
    if (row.outcome == Outcome::Refused && row.refused_reason.empty())
      check.Error("cases.refused.missing_reason", f[kRefusedReason], "a refused complaint has no refused_reason",
                  "say why it was not taken on (Code 8.1b asks for the types of complaints refused)");
    if (row.outcome != Outcome::Refused && !row.refused_reason.empty())
      check.Add(Severity::Warning, "cases.refused_reason.unexpected", f[kRefusedReason],
                "refused_reason is filled in but the outcome is not refused", "clear it or set the outcome to refused");
    log.rows.push_back(std::move(row));
  }
  if (std::any_of(diags->begin() + static_cast<long>(first_diag), diags->end(),
                                       [](const Diagnostic& d) { return d.severity == Severity::Error; }))
    return std::nullopt;
  return log;
}

}  // namespace cs
