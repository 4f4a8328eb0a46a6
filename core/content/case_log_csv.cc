// An RFC 4180 reader that keeps line:column for every field, with any one-character separator.
#include "case_log_csv.h"

namespace cs {

namespace {

bool IsContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

class CsvReader {
 public:
  CsvReader(std::string_view text, char delimiter, int first_line, const std::string& file, std::vector<CsvProblem>* problems)
      : text_(text), delimiter_(delimiter), file_(file), problems_(problems), line_(first_line) {}

  std::vector<CsvRecord> ReadAll() {
    std::vector<CsvRecord> records;
    while (pos_ < text_.size()) {
      ++row_;
      CsvRecord r;
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
    return pos_ >= text_.size() || text_[pos_] == '\n' ||
           (text_[pos_] == '\r' && (pos_ + 1 == text_.size() || text_[pos_ + 1] == '\n'));
  }
  void SkipLineEnd() {
    if (Peek() == '\r') ++pos_;  // a CR before LF is not a column
    if (Peek() == '\n') Advance();
  }
  void Problem(const char* code, int line, int column, std::string message, std::string fix) {
    CsvProblem p;
    p.diagnostic.code = code;
    p.diagnostic.file = file_;
    p.diagnostic.line = line;
    p.diagnostic.column = column;
    p.diagnostic.message = std::move(message);
    p.diagnostic.fix = std::move(fix);
    p.row = row_;
    problems_->push_back(std::move(p));
  }

  // Reads one record; returns false for an empty line.
  bool ReadRecord(CsvRecord* r) {
    r->line = line_;
    r->row = row_;
    if (AtLineEnd()) {
      SkipLineEnd();
      return false;
    }
    while (true) {
      CsvField f;
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
          Problem("cases.csv.unterminated_quote", f.line, f.column, "this quoted value never ends",
                  "add the closing \" (a \" inside a quoted value is written \"\")");
          failed_ = true;
          r->fields.push_back(std::move(f));
          return true;
        }
        if (Peek() != delimiter_ && !AtLineEnd()) {
          Problem("cases.csv.quote", line_, column_, "unexpected text after a closing quote",
                  "put the whole value inside the quotes, and write a \" inside it as \"\"");
          while (Peek() != delimiter_ && !AtLineEnd()) {
            f.text += Peek();
            Advance();
          }
        }
      } else {
        while (Peek() != delimiter_ && !AtLineEnd()) {
          if (Peek() == '"')
            Problem("cases.csv.quote", line_, column_, "a \" inside a value that does not start with a quote",
                    "quote the whole value and write the \" as \"\", e.g. \"say \"\"hello\"\"\"");
          f.text += Peek();
          Advance();
        }
      }
      r->fields.push_back(std::move(f));
      if (Peek() == delimiter_) {
        Advance();
        continue;
      }
      SkipLineEnd();
      return true;
    }
  }

  std::string_view text_;
  char delimiter_;
  const std::string& file_;
  std::vector<CsvProblem>* problems_;
  size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
  int row_ = 0;
  bool failed_ = false;
};

}  // namespace

std::vector<CsvRecord> ReadCsvRecords(std::string_view text, char delimiter, int first_line, const std::string& file,
                                      std::vector<CsvProblem>* problems) {
  return CsvReader(text, delimiter, first_line, file, problems).ReadAll();
}

}  // namespace cs
