// Parsing the flat `key: value` front matter of Markdown pages, with line:col diagnostics.
#include "front_matter.h"

#include <algorithm>

#include "json_document.h"

namespace cs {
namespace {

const std::vector<std::string>& KnownKeys() {
  static const std::vector<std::string> keys = {"title", "description", "order"};
  return keys;
}

// Column (1-based, in characters) of byte offset `i` in `line`.
int ColumnOf(std::string_view line, size_t i) {
  int column = 1;
  for (size_t k = 0; k < i && k < line.size(); ++k)
    if ((static_cast<unsigned char>(line[k]) & 0xC0) != 0x80) ++column;
  return column;
}

bool IsKeyChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

bool IsDelimiter(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t')) line.remove_suffix(1);
  return line == "---";
}

class Parser {
 public:
  Parser(const std::string& file, std::vector<Diagnostic>* diagnostics) : file_(file), diagnostics_(diagnostics) {}

  void Add(Severity severity, const char* code, int line, int column, std::string message, std::string fix) {
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.file = file_;
    d.line = line;
    d.column = column;
    d.message = std::move(message);
    d.fix = std::move(fix);
    if (diagnostics_) diagnostics_->push_back(std::move(d));
    if (severity == Severity::Error) failed_ = true;
  }

  // Parses one `key: value` line (number `n`); returns false on error.
  bool Line(std::string_view line, int n, FrontMatter* fm, std::vector<int>* key_lines) {
    size_t i = 0;
    if (!line.empty() && (line[0] == ' ' || line[0] == '\t')) {
      Add(Severity::Error, "fm.unsupported", n, 1,
          "indented lines (nested values) are not supported in front matter; use flat key: value lines",
          "remove the indentation, or put the text on one line");
      return false;
    }
    if (!line.empty() && line[0] == '-') {
      Add(Severity::Error, "fm.unsupported", n, 1, "lists are not supported in front matter", "use one key: value per line");
      return false;
    }
    while (i < line.size() && IsKeyChar(line[i])) ++i;
    if (i == 0) {
      Add(Severity::Error, "fm.syntax", n, 1, "expected a key such as \"title:\" at the start of the line",
          "write key: value");
      return false;
    }
    std::string key(line.substr(0, i));
    size_t after_key = i;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    if (i >= line.size() || line[i] != ':') {
      Add(Severity::Error, "fm.syntax", n, ColumnOf(line, after_key), "expected ':' after \"" + key + "\"",
          "write " + key + ": value");
      return false;
    }
    ++i;
    if (i < line.size() && line[i] != ' ' && line[i] != '\t') {
      Add(Severity::Error, "fm.syntax", n, ColumnOf(line, i), "put a space after \"" + key + ":\"",
          "write " + key + ": value");
      return false;
    }
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    std::string value;
    if (!Value(line, i, n, &value)) return false;
    for (size_t k = 0; k < fm->fields.size(); ++k) {
      if (fm->fields[k].first == key) {
        Add(Severity::Error, "fm.duplicate_key", n, 1,
            "\"" + key + "\" is given twice (first on line " + std::to_string((*key_lines)[k]) + ")",
            "keep one of them");
        return false;
      }
    }
    fm->fields.emplace_back(key, value);
    key_lines->push_back(n);
    return true;
  }

  bool Value(std::string_view line, size_t i, int n, std::string* out) {
    if (i >= line.size()) return true;
    char quote = line[i];
    if (quote != '"' && quote != '\'') {
      std::string_view v = line.substr(i);
      while (!v.empty() && (v.back() == ' ' || v.back() == '\t')) v.remove_suffix(1);
      if (v.front() == '[' || v.front() == '{' || v.front() == '|' || v.front() == '>') {
        Add(Severity::Error, "fm.unsupported", n, ColumnOf(line, i),
            "lists, maps and multi-line values are not supported in front matter",
            "write the value as plain text, in quotes if it contains ':' or '#'");
        return false;
      }
      *out = std::string(v);
      return true;
    }
    size_t open = i++;
    while (i < line.size()) {
      char c = line[i];
      if (quote == '"' && c == '\\' && i + 1 < line.size()) {
        char e = line[i + 1];
        if (e == '"' || e == '\\') *out += e;
        else if (e == 'n') *out += '\n';
        else if (e == 't') *out += '\t';
        else {
          Add(Severity::Error, "fm.syntax", n, ColumnOf(line, i), std::string("unknown escape \\") + e,
              "write \\\\ for a backslash");
          return false;
        }
        i += 2;
        continue;
      }
      if (c == quote) {
        if (quote == '\'' && i + 1 < line.size() && line[i + 1] == '\'') {
          *out += '\'';
          i += 2;
          continue;
        }
        ++i;
        while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
        if (i < line.size() && line[i] != '#') {
          Add(Severity::Error, "fm.syntax", n, ColumnOf(line, i), "unexpected text after the closing quote",
              "put the whole value inside the quotes");
          return false;
        }
        return true;
      }
      *out += c;
      ++i;
    }
    Add(Severity::Error, "fm.syntax", n, ColumnOf(line, open), std::string("this value's ") + quote + " is never closed",
        std::string("add the closing ") + quote + " on the same line");
    return false;
  }

  bool failed() const { return failed_; }

 private:
  const std::string& file_;
  std::vector<Diagnostic>* diagnostics_;
  bool failed_ = false;
};

}  // namespace

const std::string* FrontMatter::Get(std::string_view key) const {
  for (const auto& f : fields)
    if (f.first == key) return &f.second;
  return nullptr;
}

std::optional<FrontMatter> ParseFrontMatter(std::string_view text, const std::string& file,
                                            std::vector<Diagnostic>* diagnostics, const std::vector<std::string>* keys) {
  FrontMatter fm;
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  // Split into lines, keeping byte offsets so the body is an exact substring.
  std::vector<std::pair<size_t, size_t>> lines;  // start, length without the line break
  for (size_t start = 0; start < text.size();) {
    size_t end = text.find('\n', start);
    size_t stop = end == std::string_view::npos ? text.size() : end;
    size_t length = stop - start;
    if (length > 0 && text[start + length - 1] == '\r') --length;
    lines.emplace_back(start, length);
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  auto line_at = [&](size_t k) { return text.substr(lines[k].first, lines[k].second); };
  Parser parser(file, diagnostics);
  if (lines.empty() || !IsDelimiter(line_at(0))) {
    fm.body = std::string(text);
    return fm;  // no front matter: the caller decides whether the page needs one
  }
  fm.present = true;
  size_t close = 0;
  for (size_t k = 1; k < lines.size(); ++k)
    if (IsDelimiter(line_at(k))) {
      close = k;
      break;
    }
  if (close == 0) {
    parser.Add(Severity::Error, "fm.unterminated", 1, 1, "the front matter that starts here is never closed with a --- line",
               "add a line with --- after the last key: value line");
    return std::nullopt;
  }
  std::vector<int> key_lines;
  for (size_t k = 1; k < close; ++k) {
    std::string_view line = line_at(k);
    std::string_view trimmed = line;
    while (!trimmed.empty() && (trimmed.front() == ' ' || trimmed.front() == '\t')) trimmed.remove_prefix(1);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    parser.Line(line, static_cast<int>(k + 1), &fm, &key_lines);
  }
  fm.field_lines = key_lines;
  for (size_t k = 0; keys && k < fm.fields.size(); ++k) {
    const std::string& key = fm.fields[k].first;
    if (std::find(keys->begin(), keys->end(), key) != keys->end()) continue;
    std::string guess = ClosestName(key, *keys);
    parser.Add(Severity::Warning, "fm.unknown_key", key_lines[k], 1,
               "unknown front matter key \"" + key + "\" is ignored" + (guess.empty() ? "" : "; did you mean \"" + guess + "\"?"),
               guess.empty() ? "use one of the keys the content reference lists" : "rename it to \"" + guess + "\"");
  }
  for (size_t k = 0; !keys && k < fm.fields.size(); ++k) {
    const auto& [key, value] = fm.fields[k];
    if (key == "title") {
      fm.title = value;
    } else if (key == "description") {
      fm.description = value;
    } else if (key == "order") {
      bool digits = !value.empty() && value.size() <= 6 &&
                    std::all_of(value.begin() + (value[0] == '-' ? 1 : 0), value.end(),
                                [](char c) { return c >= '0' && c <= '9'; }) &&
                    value != "-";
      if (!digits)
        parser.Add(Severity::Error, "fm.order.invalid", key_lines[k], 1, "\"order\" must be a whole number, not \"" + value + "\"",
                   "write e.g. order: 10");
      else
        fm.order = std::stoi(value);
    } else {
      std::string guess = ClosestName(key, KnownKeys());
      parser.Add(Severity::Warning, "fm.unknown_key", key_lines[k], 1,
                 "unknown front matter key \"" + key + "\" is ignored" + (guess.empty() ? "" : "; did you mean \"" + guess + "\"?"),
                 guess.empty() ? "use title, description or order" : "rename it to \"" + guess + "\"");
    }
  }
  if (!keys && !parser.failed() && fm.title.find_first_not_of(" \t\r\n") == std::string::npos)
    parser.Add(Severity::Error, "fm.title.missing", 1, 1, "this page has no title (every page needs one for its <title>, WCAG 2.4.2)",
               "add a line title: Your page title");
  size_t body_start = close + 1 < lines.size() ? lines[close + 1].first : text.size();
  fm.body = std::string(text.substr(body_start));
  // The line after the closing ---, or the closing line itself when the file ends on it without a line break.
  bool ends_on_close = body_start == text.size() && (text.empty() || text.back() != '\n');
  fm.body_line = static_cast<int>(close) + (ends_on_close ? 1 : 2);
  if (parser.failed()) return std::nullopt;
  return fm;
}

}  // namespace cs
