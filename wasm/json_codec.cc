// Reading and writing JSON for the widget (see json_codec.h).
#include "json_codec.h"

namespace cs::widget {

namespace {

constexpr int kMaxDepth = 512;

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  bool Document(Json* out) {
    if (s_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;  // a byte-order mark, as nlohmann/json allows
    return Value(out, 0) && (Space(), at_ == s_.size());
  }

 private:
  void Space() {
    while (at_ < s_.size() && (s_[at_] == ' ' || s_[at_] == '\t' || s_[at_] == '\n' || s_[at_] == '\r')) ++at_;
  }
  bool Eat(char c) {
    Space();
    if (at_ < s_.size() && s_[at_] == c) return ++at_, true;
    return false;
  }
  bool Word(std::string_view w) {
    if (s_.substr(at_, w.size()) != w) return false;
    at_ += w.size();
    return true;
  }
  int Next() { return at_ < s_.size() ? static_cast<unsigned char>(s_[at_++]) : -1; }
  bool Digit() const { return at_ < s_.size() && s_[at_] >= '0' && s_[at_] <= '9'; }

  bool Value(Json* out, int depth) {
    Space();
    if (at_ >= s_.size() || depth > kMaxDepth) return false;
    char c = s_[at_];
    if (c == '{' || c == '[') {
      ++at_;
      out->kind = c == '{' ? Json::kObject : Json::kArray;
      const char close = c == '{' ? '}' : ']';
      if (Eat(close)) return true;
      do {
        out->items.emplace_back();
        Json& item = out->items.back();
        if (out->kind == Json::kObject && !(Eat('"') && String(&item.key) && Eat(':'))) return false;
        if (!Value(&item, depth + 1)) return false;
      } while (Eat(','));
      return Eat(close);
    }
    if (c == '"') return ++at_, out->kind = Json::kString, String(&out->text);
    if (Word("true") || Word("false")) return out->kind = Json::kBool, out->boolean = c == 't', true;
    if (Word("null")) return out->kind = Json::kNull, true;
    return Number(out);
  }

  bool Number(Json* out) {
    bool negative = at_ < s_.size() && s_[at_] == '-';
    if (negative) ++at_;
    if (!Digit()) return false;
    unsigned long long n = 0;
    bool fits = true;
    // For a number with a fraction or exponent: its significant digits and the power of ten of the first one.
    std::string digits;
    long long magnitude = -1;
    auto digit = [&](bool before_point) {
      char c = s_[at_++];
      if (c != '0' || !digits.empty()) digits += c;
      if (before_point) ++magnitude;
      else if (digits.empty()) --magnitude;
    };
    if (s_[at_] == '0') ++at_;
    else
      while (Digit()) {
        unsigned d = static_cast<unsigned>(s_[at_] - '0');
        fits = fits && n <= (~0ULL - d) / 10;
        n = n * 10 + d;
        digit(true);
      }
    bool integer = true;
    if (at_ < s_.size() && s_[at_] == '.') {
      ++at_;
      if (!Digit()) return false;
      while (Digit()) digit(false);
      integer = false;
    }
    if (at_ < s_.size() && (s_[at_] == 'e' || s_[at_] == 'E')) {
      ++at_;
      bool minus = at_ < s_.size() && s_[at_] == '-';
      if (at_ < s_.size() && (s_[at_] == '+' || s_[at_] == '-')) ++at_;
      if (!Digit()) return false;
      long long e = 0;
      while (Digit()) e = e < 100000 ? e * 10 + (s_[at_++] - '0') : (++at_, e);
      magnitude += minus ? -e : e;
      integer = false;
    }
    // nlohmann/json refuses a number too large for a double ("number overflow"): above DBL_MAX once rounded, which
    // is 1.7976931348623158e308 to 17 digits.
    if ((!integer || !fits) && !digits.empty() &&
        (magnitude > 308 || (magnitude == 308 && digits.substr(0, 17) > std::string_view("17976931348623158"))))
      return false;
    // nlohmann/json: an integer that does not fit int64 (negative) or uint64 is a floating-point number.
    if (integer && fits && (!negative || n <= (1ULL << 63))) {
      out->kind = Json::kInt;
      out->integer = negative ? static_cast<long long>(0 - n) : static_cast<long long>(n);
    } else {
      out->kind = Json::kNumber;
    }
    return true;
  }

  int Hex4() {
    int v = 0;
    for (int i = 0; i < 4; ++i) {
      int c = Next(), d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) return -1;
      v = v * 16 + d;
    }
    return v;
  }

  static void Utf8(unsigned cp, std::string* out) {
    if (cp < 0x80) {
      *out += char(cp);
      return;
    }
    int n = cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
    *out += char(((0xF0 << (3 - n)) & 0xFF) | (cp >> (6 * n)));
    while (n--) *out += char(0x80 | ((cp >> (6 * n)) & 0x3F));
  }

  // The rest of a string after its opening quote.
  bool String(std::string* out) {
    for (;;) {
      int c = Next();
      if (c < 0x20) return false;  // the end of the text, or a control character
      if (c == '"') return true;
      if (c == '\\') {
        c = Next();
        const char* from = "\"\\/bfnrt";
        const char* to = "\"\\/\b\f\n\r\t";
        int i = 0;
        while (from[i] && from[i] != c) ++i;
        if (from[i]) {
          *out += to[i];
          continue;
        }
        if (c != 'u') return false;
        int cp = Hex4();
        if (cp < 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          if (Next() != '\\' || Next() != 'u') return false;
          int low = Hex4();
          if (low < 0xDC00 || low > 0xDFFF) return false;
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        Utf8(static_cast<unsigned>(cp), out);
        continue;
      }
      *out += char(c);
      if (c < 0x80) continue;
      // UTF-8 as RFC 3629 allows it: no overlong forms, no surrogates, nothing above U+10FFFF.
      int more = c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
      if (more < 0) return false;
      int low = c == 0xE0 ? 0xA0 : c == 0xF0 ? 0x90 : 0x80, high = c == 0xED ? 0x9F : c == 0xF4 ? 0x8F : 0xBF;
      for (int i = 0; i < more; ++i) {
        int b = Next();
        if (b < (i ? 0x80 : low) || b > (i ? 0xBF : high)) return false;
        *out += char(b);
      }
    }
  }

  std::string_view s_;
  size_t at_ = 0;
};

}  // namespace

Json ParseJson(std::string_view text) {
  Json out;
  if (!Parser(text).Document(&out)) return Json();
  return out;
}

JsonRef JsonRef::Member(std::string_view key) const {
  const Json* found = nullptr;
  if (IsObject())
    for (const Json& m : j_->items)
      if (m.key == key) found = &m;
  return JsonRef(found);
}

void JsonText::Separate() {
  if (comma_) out_ += ',';
}

void JsonText::Open(char c) {
  Separate();
  out_ += c;
  comma_ = false;
}

void JsonText::Close(char c) {
  out_ += c;
  comma_ = true;
}

void JsonText::Raw(const char* s) {
  Separate();
  out_ += s;
  comma_ = true;
}

void JsonText::Key(std::string_view key) {
  Quoted(key);
  out_ += ':';
  comma_ = false;
}

void JsonText::String(std::string_view s) {
  Quoted(s);
  comma_ = true;
}

void JsonText::Int(long long n) { Raw(std::to_string(n).c_str()); }

void JsonText::Quoted(std::string_view s) {
  Separate();
  out_ += '"';
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    const char* named = c == '"' ? "\\\"" : c == '\\' ? "\\\\" : c == '\b' ? "\\b" : c == '\f' ? "\\f" : c == '\n' ? "\\n"
                        : c == '\r' ? "\\r" : c == '\t' ? "\\t" : nullptr;
    if (named) {
      out_ += named;
    } else if (c < 0x20) {
      out_ += "\\u00";
      out_ += "0123456789abcdef"[c >> 4];
      out_ += "0123456789abcdef"[c & 15];
    } else {
      out_ += ch;
    }
  }
  out_ += '"';
}

}  // namespace cs::widget
