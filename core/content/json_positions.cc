// JSON scanning with source positions, plain-English syntax errors and duplicate-key detection.
#include "json_positions.h"

#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_map>

namespace cs {
namespace {

constexpr size_t kMaxDuplicatesReported = 100;

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$';
}

std::string EscapeToken(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

void AppendUtf8(std::string* out, unsigned cp) {
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

class Scanner {
 public:
  Scanner(std::string_view text, int max_depth, JsonScan* out) : text_(text), max_depth_(max_depth), out_(out) {}

  void Run() {
    if (text_.size() >= 3 && text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
    if (!SkipSpace()) return;
    if (AtEnd()) {
      Fail("json.empty", "the file is empty; expected a JSON object starting with '{'",
           "put the content between { and }");
      return;
    }
    out_->nodes[0] = JsonPosition{line_, column_, line_, column_};
    if (!Value(0, 0)) return;
    if (!SkipSpace()) return;
    if (!AtEnd())
      Fail("json.syntax", "unexpected text after the end of the JSON document",
           "remove it, or check for a '}' or ']' closed too early");
  }

 private:
  bool AtEnd() const { return pos_ >= text_.size(); }
  char Peek() const { return text_[pos_]; }

  void Advance() {
    unsigned char c = static_cast<unsigned char>(text_[pos_++]);
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column_;
    }
  }

  bool Fail(const char* code, std::string message, std::string fix) {
    return FailAt(code, std::move(message), std::move(fix), line_, column_);
  }
  bool FailAt(const char* code, std::string message, std::string fix, int line, int column) {
    if (out_->ok) {
      out_->ok = false;
      out_->error_code = code;
      out_->error_message = std::move(message);
      out_->error_fix = std::move(fix);
      out_->error_line = line;
      out_->error_column = column;
    }
    return false;
  }

  // Skips whitespace; comments are reported as errors (JSON has none).
  bool SkipSpace() {
    while (!AtEnd()) {
      char c = Peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        Advance();
      } else if (c == '/' && pos_ + 1 < text_.size() && (text_[pos_ + 1] == '/' || text_[pos_ + 1] == '*')) {
        return Fail("json.comment", "comments are not allowed in JSON",
                    "delete the comment (put notes in a \"commentary\" or \"description\" field instead)");
      } else if (c == '#') {
        return Fail("json.comment", "comments are not allowed in JSON", "delete the comment");
      } else {
        return true;
      }
    }
    return true;
  }

  int NewNode(int parent, const std::string& token, int line, int column, int key_line, int key_column) {
    int id = static_cast<int>(out_->nodes.size());
    out_->nodes.push_back(JsonPosition{line, column, key_line, key_column});
    out_->children[std::to_string(parent) + '/' + token] = id;
    parents_.push_back(parent);
    tokens_.push_back(token);
    return id;
  }

  // Parses one value; `node` is already reserved by the caller (or 0 for the root).
  bool Value(int depth, int node_or_root) {
    char c = Peek();
    switch (c) {
      case '{': return Object(depth + 1, node_or_root);
      case '[': return Array(depth + 1, node_or_root);
      case '"': return String(nullptr);
      case '\'':
        return Fail("json.syntax", "strings must be in double quotes (\"), not single quotes (')",
                    "replace the single quotes with double quotes");
      case ']':
      case '}':
      case ',':
      case ':':
        return Fail("json.syntax", std::string("expected a value but found '") + c + "'",
                    "write a value here: \"text\", a number, true, false, null, [...] or {...}");
      default:
        break;
    }
    if (c == '-' || (c >= '0' && c <= '9')) return Number();
    if (IsWordChar(c)) return Word();
    return Fail("json.syntax", "expected a value (\"text\", a number, true, false, null, [...] or {...})",
                "check for a stray character");
  }

  bool Word() {
    int line = line_, column = column_;
    size_t start = pos_;
    while (!AtEnd() && IsWordChar(Peek())) Advance();
    std::string_view w = text_.substr(start, pos_ - start);
    if (w == "true" || w == "false" || w == "null") return true;
    if (w == "True" || w == "False" || w == "TRUE" || w == "FALSE" || w == "Null" || w == "NULL" || w == "None")
      return FailAt("json.syntax", "JSON writes true, false and null in lower case", "write it in lower case",
                    line, column);
    if (w == "NaN" || w == "Infinity" || w == "undefined")
      return FailAt("json.syntax", "JSON has no " + std::string(w), "use null or a number", line, column);
    return FailAt("json.syntax", "unexpected word '" + std::string(w.substr(0, 40)) + "'; text must be in double quotes",
                  "put it in double quotes: \"" + std::string(w.substr(0, 40)) + "\"", line, column);
  }

  bool Digits() {
    if (AtEnd() || Peek() < '0' || Peek() > '9') return false;
    while (!AtEnd() && Peek() >= '0' && Peek() <= '9') Advance();
    return true;
  }

  bool Number() {
    int line = line_, column = column_;
    const size_t start = pos_;
    if (Peek() == '-') Advance();
    if (AtEnd() || Peek() < '0' || Peek() > '9')
      return FailAt("json.syntax", "a number must have a digit after '-'", "write e.g. -1", line, column);
    if (Peek() == '0') {
      Advance();
      if (!AtEnd() && Peek() >= '0' && Peek() <= '9')
        return FailAt("json.syntax", "numbers cannot start with 0 (write 7, not 07); dates and phone numbers belong in quotes",
                      "put it in double quotes if it is text, or remove the leading zero", line, column);
    } else {
      Digits();
    }
    if (!AtEnd() && Peek() == '.') {
      Advance();
      if (!Digits()) return Fail("json.syntax", "a number needs digits after the decimal point", "write e.g. 1.5");
    }
    if (!AtEnd() && (Peek() == 'e' || Peek() == 'E')) {
      Advance();
      if (!AtEnd() && (Peek() == '+' || Peek() == '-')) Advance();
      if (!Digits()) return Fail("json.syntax", "a number needs digits after its exponent", "write e.g. 1e3");
    }
    // Like nlohmann/json (which reads the file next), refuse numbers too large to hold.
    if (std::isinf(std::strtod(std::string(text_.substr(start, pos_ - start)).c_str(), nullptr)))
      return FailAt("json.number_too_large", "this number is too large to be read", "use a smaller number, or put it in quotes if it is text",
                    line, column);
    return true;
  }

  bool Hex4(unsigned* value) {
    *value = 0;
    for (int i = 0; i < 4; ++i) {
      if (AtEnd()) return false;
      char c = Peek();
      unsigned d;
      if (c >= '0' && c <= '9') d = c - '0';
      else if (c >= 'a' && c <= 'f') d = c - 'a' + 10;
      else if (c >= 'A' && c <= 'F') d = c - 'A' + 10;
      else return false;
      *value = *value * 16 + d;
      Advance();
    }
    return true;
  }

  // Validates one UTF-8 sequence starting at pos_ (a byte >= 0x80) and appends it to `out`.
  bool Utf8(std::string* out) {
    const auto b = [&](size_t i) { return static_cast<unsigned char>(text_[pos_ + i]); };
    unsigned char c = b(0);
    size_t n;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      return Fail("json.syntax", "the file is not valid UTF-8 here", "save the file as UTF-8");
    }
    if (pos_ + n > text_.size()) return Fail("json.syntax", "the file is not valid UTF-8 here", "save the file as UTF-8");
    if (b(1) < lo || b(1) > hi) return Fail("json.syntax", "the file is not valid UTF-8 here", "save the file as UTF-8");
    for (size_t i = 2; i < n; ++i)
      if (b(i) < 0x80 || b(i) > 0xBF) return Fail("json.syntax", "the file is not valid UTF-8 here", "save the file as UTF-8");
    if (out) out->append(text_.data() + pos_, n);
    for (size_t i = 0; i < n; ++i) Advance();
    return true;
  }

  // Parses a string at '"'; decodes it into `out` when given.
  bool String(std::string* out) {
    int line = line_, column = column_;
    Advance();
    while (true) {
      if (AtEnd())
        return FailAt("json.syntax", "this string is never closed with a \"", "add the closing double quote", line, column);
      unsigned char c = static_cast<unsigned char>(Peek());
      if (c == '"') {
        Advance();
        return true;
      }
      if (c == '\n' || c == '\r')
        return FailAt("json.syntax", "a string cannot run onto the next line (missing closing \"?)",
                      "close the string with \" on the same line, or write \\n for a line break", line, column);
      if (c < 0x20) return Fail("json.syntax", "a control character (such as a tab) inside a string", "write it as \\t or remove it");
      if (c >= 0x80) {
        if (!Utf8(out)) return false;
        continue;
      }
      if (c != '\\') {
        if (out) *out += static_cast<char>(c);
        Advance();
        continue;
      }
      int esc_line = line_, esc_column = column_;
      Advance();
      if (AtEnd()) return FailAt("json.syntax", "this string is never closed with a \"", "add the closing double quote", line, column);
      char e = Peek();
      Advance();
      switch (e) {
        case '"': if (out) *out += '"'; break;
        case '\\': if (out) *out += '\\'; break;
        case '/': if (out) *out += '/'; break;
        case 'b': if (out) *out += '\b'; break;
        case 'f': if (out) *out += '\f'; break;
        case 'n': if (out) *out += '\n'; break;
        case 'r': if (out) *out += '\r'; break;
        case 't': if (out) *out += '\t'; break;
        case 'u': {
          unsigned cp;
          if (!Hex4(&cp))
            return FailAt("json.syntax", "\\u must be followed by four hexadecimal digits", "write e.g. \\u00e9",
                          esc_line, esc_column);
          if (cp >= 0xDC00 && cp <= 0xDFFF)
            return FailAt("json.syntax", "a lone low surrogate \\u escape", "write the character itself", esc_line, esc_column);
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            unsigned low = 0;
            if (pos_ + 1 < text_.size() && Peek() == '\\' && text_[pos_ + 1] == 'u') {
              Advance();
              Advance();
              if (!Hex4(&low)) low = 0;
            }
            if (low < 0xDC00 || low > 0xDFFF)
              return FailAt("json.syntax", "a high surrogate \\u escape without its low surrogate",
                            "write the character itself", esc_line, esc_column);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          if (out) AppendUtf8(out, cp);
          break;
        }
        default:
          return FailAt("json.syntax", std::string("unknown escape '\\") + e + "' in a string",
                        "write \\\\ for a backslash", esc_line, esc_column);
      }
    }
  }

  bool Object(int depth, int node) {
    int open_line = line_, open_column = column_;
    if (depth > max_depth_)
      return Fail("json.too_deep", "objects and arrays are nested more than " + std::to_string(max_depth_) + " levels deep",
                  "flatten the structure");
    Advance();
    if (!SkipSpace()) return false;
    std::unordered_map<std::string, std::pair<int, int>> seen;
    int comma_line = 0, comma_column = 0;
    bool first = true;
    while (true) {
      if (AtEnd())
        return Fail("json.syntax",
                    "the file ends inside the object that starts at line " + std::to_string(open_line) + " column " +
                        std::to_string(open_column),
                    "add the missing '}'");
      char c = Peek();
      if (c == '}') {
        if (!first)
          return FailAt("json.trailing_comma", "a comma before '}' is not allowed in JSON (trailing comma)",
                        "delete the last comma", comma_line, comma_column);
        Advance();
        return true;
      }
      if (c != '"') {
        if (c == '\'')
          return Fail("json.syntax", "keys must be in double quotes (\"), not single quotes (')", "replace the quotes");
        if (IsWordChar(c)) return Fail("json.syntax", "keys must be in double quotes", "write the key as \"key\"");
        return Fail("json.syntax", std::string("expected a key in double quotes but found '") + c + "'",
                    "write \"key\": value");
      }
      int key_line = line_, key_column = column_;
      std::string key;
      if (!String(&key)) return false;
      if (!SkipSpace()) return false;
      if (AtEnd() || Peek() != ':')
        return Fail("json.syntax", "expected ':' after the key \"" + key.substr(0, 60) + "\"", "write \"key\": value");
      Advance();
      if (!SkipSpace()) return false;
      if (AtEnd())
        return Fail("json.syntax", "the file ends where the value of \"" + key.substr(0, 60) + "\" should be",
                    "add the value and the closing '}'");
      std::string token = EscapeToken(key);
      auto [it, inserted] = seen.emplace(key, std::make_pair(key_line, key_column));
      if (!inserted && out_->duplicates.size() < kMaxDuplicatesReported)
        out_->duplicates.push_back(
            JsonDuplicateKey{PointerOf(node) + "/" + token, key, key_line, key_column, it->second.first, it->second.second});
      // A repeated key replaces the earlier entry, as nlohmann/json keeps the last value.
      int child = NewNode(node, token, line_, column_, key_line, key_column);
      if (!Value(depth, child)) return false;
      if (!SkipSpace()) return false;
      if (AtEnd()) continue;  // reported at the top of the loop
      c = Peek();
      if (c == ',') {
        comma_line = line_;
        comma_column = column_;
        Advance();
        if (!SkipSpace()) return false;
        first = false;
        continue;
      }
      if (c == '}') {
        Advance();
        return true;
      }
      return Fail("json.syntax", "expected ',' or '}' after an object member",
                  c == '"' ? "add a ',' at the end of the previous line" : "check for a missing ',' or '}'");
    }
  }

  bool Array(int depth, int node) {
    int open_line = line_, open_column = column_;
    if (depth > max_depth_)
      return Fail("json.too_deep", "objects and arrays are nested more than " + std::to_string(max_depth_) + " levels deep",
                  "flatten the structure");
    Advance();
    if (!SkipSpace()) return false;
    size_t index = 0;
    int comma_line = 0, comma_column = 0;
    while (true) {
      if (AtEnd())
        return Fail("json.syntax",
                    "the file ends inside the list that starts at line " + std::to_string(open_line) + " column " +
                        std::to_string(open_column),
                    "add the missing ']'");
      if (Peek() == ']') {
        if (index > 0)
          return FailAt("json.trailing_comma", "a comma before ']' is not allowed in JSON (trailing comma)",
                        "delete the last comma", comma_line, comma_column);
        Advance();
        return true;
      }
      std::string token = std::to_string(index);
      int child = NewNode(node, token, line_, column_, line_, column_);
      if (!Value(depth, child)) return false;
      ++index;
      if (!SkipSpace()) return false;
      if (AtEnd()) continue;
      char c = Peek();
      if (c == ',') {
        comma_line = line_;
        comma_column = column_;
        Advance();
        if (!SkipSpace()) return false;
        continue;
      }
      if (c == ']') {
        Advance();
        return true;
      }
      return Fail("json.syntax", "expected ',' or ']' after a list item",
                  c == '{' || c == '"' || c == '[' ? "add a ',' at the end of the previous item"
                                                   : "check for a missing ',' or ']'");
    }
  }

  // Rebuilds the pointer of `node` (only for reporting duplicates, which are capped).
  std::string PointerOf(int node) const {
    std::vector<const std::string*> parts;
    while (node > 0) {
      parts.push_back(&tokens_[node - 1]);
      node = parents_[node - 1];
    }
    std::string p;
    for (auto it = parts.rbegin(); it != parts.rend(); ++it) p += "/" + **it;
    return p;
  }

  std::string_view text_;
  int max_depth_;
  JsonScan* out_;
  size_t pos_ = 0;
  int line_ = 1;
  int column_ = 1;
  // For node i >= 1: parents_[i-1] and tokens_[i-1].
  std::vector<int> parents_;
  std::vector<std::string> tokens_;
};

// Splits a JSON Pointer into its (still escaped) reference tokens.
std::vector<std::string_view> Tokens(std::string_view pointer) {
  std::vector<std::string_view> out;
  if (pointer.empty()) return out;
  size_t i = pointer[0] == '/' ? 1 : 0;
  while (true) {
    size_t j = pointer.find('/', i);
    out.push_back(pointer.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) break;
    i = j + 1;
  }
  return out;
}

}  // namespace

JsonScan ScanJson(std::string_view text, int max_depth) {
  JsonScan scan;
  scan.nodes.reserve(64);
  // The root is node 0; its position is filled when the scanner reaches the first value.
  Scanner scanner(text, max_depth, &scan);
  scan.nodes.push_back(JsonPosition{1, 1, 1, 1});
  scanner.Run();
  return scan;
}

const JsonPosition* JsonScan::Find(std::string_view pointer) const {
  if (nodes.empty()) return nullptr;
  int node = 0;
  for (std::string_view token : Tokens(pointer)) {
    auto it = children.find(std::to_string(node) + '/' + std::string(token));
    if (it == children.end()) return nullptr;
    node = it->second;
  }
  return &nodes[node];
}

JsonPosition JsonScan::Locate(std::string_view pointer) const {
  if (nodes.empty()) return JsonPosition{1, 1, 1, 1};
  int node = 0;
  for (std::string_view token : Tokens(pointer)) {
    auto it = children.find(std::to_string(node) + '/' + std::string(token));
    if (it == children.end()) break;
    node = it->second;
  }
  return nodes[node];
}

std::string JsonPointerAppend(const std::string& pointer, std::string_view key) {
  return pointer + "/" + EscapeToken(key);
}

std::string JsonPointerAppend(const std::string& pointer, size_t index) {
  return pointer + "/" + std::to_string(index);
}

}  // namespace cs
