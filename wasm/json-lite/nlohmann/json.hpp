// A small stand-in for nlohmann/json used ONLY by the wasm build (cmake/wasm.cmake puts this folder first on the
// include path), to keep the widget's download small. It implements the subset of nlohmann's API that the core
// files compiled into the widget use, with the same observable behaviour for those uses: parse (no exceptions,
// discarded on error), type tests, find/contains/[]/value/items, get<T>, push_back, erase and compact dump()
// (objects keep insertion order, see below). tests/wasm/widget.test.mjs checks that the wasm
// answers are byte-identical to the native build's (which uses the real nlohmann/json). A core file that needs
// more of the API fails to compile here: add it, or keep that file out of the widget (cmake/wasm.cmake).
#pragma once

#include <cstdint>
#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace nlohmann {

namespace lite {

enum class Kind : unsigned char { Null, Boolean, Integer, Float, String, Array, Object, Discarded };

template <bool Ordered>
class Basic {
 public:
  using iterator = Basic*;
  using const_iterator = const Basic*;

  Basic() = default;
  Basic(std::nullptr_t) {}
  Basic(bool b) : kind_(Kind::Boolean), int_(b) {}
  template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  Basic(T v) : kind_(Kind::Integer), int_(static_cast<std::int64_t>(v)) {}
  Basic(double d) : kind_(Kind::Float), float_(d) {}
  Basic(const char* s) : kind_(Kind::String), str_(s) {}
  Basic(std::string s) : kind_(Kind::String), str_(std::move(s)) {}
  Basic(std::string_view s) : kind_(Kind::String), str_(s) {}
  /// nlohmann's rule: a list whose every element is a two-element array starting with a string is an object.
  Basic(std::initializer_list<Basic> list) {
    bool object = true;
    for (const Basic& e : list) object = object && e.kind_ == Kind::Array && e.values_.size() == 2 && e.values_[0].is_string();
    if (object) {
      kind_ = Kind::Object;
      for (const Basic& e : list) (*this)[e.values_[0].str_] = e.values_[1];
    } else {
      kind_ = Kind::Array;
      values_.assign(list.begin(), list.end());
    }
  }

  static Basic array() { Basic b; b.kind_ = Kind::Array; return b; }
  static Basic object() { Basic b; b.kind_ = Kind::Object; return b; }

  template <typename Iterator>
  static Basic parse(Iterator first, Iterator last, std::nullptr_t, bool) {
    std::string_view text = first == last ? std::string_view() : std::string_view(&*first, static_cast<size_t>(last - first));
    return ParseText(text);
  }
  static Basic parse(std::string_view text, std::nullptr_t = nullptr, bool = false) { return ParseText(text); }
  static Basic parse(const std::string& text, std::nullptr_t = nullptr, bool = false) { return ParseText(text); }
  static Basic parse(const char* text, std::nullptr_t = nullptr, bool = false) { return ParseText(text); }

  bool is_null() const { return kind_ == Kind::Null; }
  bool is_boolean() const { return kind_ == Kind::Boolean; }
  bool is_number_integer() const { return kind_ == Kind::Integer; }
  bool is_number_float() const { return kind_ == Kind::Float; }
  bool is_number() const { return kind_ == Kind::Integer || kind_ == Kind::Float; }
  bool is_string() const { return kind_ == Kind::String; }
  bool is_array() const { return kind_ == Kind::Array; }
  bool is_object() const { return kind_ == Kind::Object; }
  bool is_discarded() const { return kind_ == Kind::Discarded; }

  size_t size() const {
    if (kind_ == Kind::Array || kind_ == Kind::Object) return values_.size();
    return kind_ == Kind::Null ? 0 : 1;
  }
  bool empty() const { return size() == 0; }

  iterator begin() { return values_.empty() ? nullptr : values_.data(); }
  iterator end() { return values_.empty() ? nullptr : values_.data() + values_.size(); }
  const_iterator begin() const { return values_.empty() ? nullptr : values_.data(); }
  const_iterator end() const { return values_.empty() ? nullptr : values_.data() + values_.size(); }

  iterator find(std::string_view key) {
    size_t i = Index(key);
    return i == npos ? end() : values_.data() + i;
  }
  const_iterator find(std::string_view key) const {
    size_t i = Index(key);
    return i == npos ? end() : values_.data() + i;
  }
  bool contains(std::string_view key) const { return Index(key) != npos; }

  Basic& operator[](std::string_view key) {
    if (kind_ == Kind::Null) kind_ = Kind::Object;
    size_t i = Index(key);
    if (i != npos) return values_[i];
    size_t at = keys_.size();
    if (!Ordered) {
      at = 0;
      while (at < keys_.size() && keys_[at] < key) ++at;
    }
    keys_.insert(keys_.begin() + static_cast<std::ptrdiff_t>(at), std::string(key));
    values_.insert(values_.begin() + static_cast<std::ptrdiff_t>(at), Basic());
    return values_[at];
  }
  Basic& operator[](const char* key) { return (*this)[std::string_view(key)]; }
  Basic& operator[](const std::string& key) { return (*this)[std::string_view(key)]; }
  const Basic& operator[](std::string_view key) const {
    size_t i = Index(key);
    return i == npos ? Null() : values_[i];
  }
  const Basic& operator[](const char* key) const { return (*this)[std::string_view(key)]; }
  const Basic& operator[](const std::string& key) const { return (*this)[std::string_view(key)]; }
  template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  Basic& operator[](T index) { return values_[static_cast<size_t>(index)]; }
  template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
  const Basic& operator[](T index) const { return values_[static_cast<size_t>(index)]; }

  size_t erase(std::string_view key) {
    size_t i = Index(key);
    if (i == npos) return 0;
    keys_.erase(keys_.begin() + static_cast<std::ptrdiff_t>(i));
    values_.erase(values_.begin() + static_cast<std::ptrdiff_t>(i));
    return 1;
  }

  void push_back(Basic v) {
    if (kind_ == Kind::Null) kind_ = Kind::Array;
    values_.push_back(std::move(v));
  }

  template <typename T>
  T get() const {
    if constexpr (std::is_same_v<T, std::string>) return str_;
    else if constexpr (std::is_same_v<T, bool>) return int_ != 0;
    else if constexpr (std::is_integral_v<T>) return static_cast<T>(kind_ == Kind::Float ? static_cast<std::int64_t>(float_) : int_);
    else if constexpr (std::is_floating_point_v<T>) return kind_ == Kind::Float ? static_cast<T>(float_) : static_cast<T>(int_);
    else return T(*this);
  }
  template <typename T>
  T get_ref() const {
    static_assert(std::is_same_v<T, const std::string&>, "json-lite: get_ref supports const std::string& only");
    return str_;
  }

  template <typename T>
  T value(std::string_view key, const T& fallback) const {
    size_t i = Index(key);
    return i == npos ? fallback : values_[i].template get<T>();
  }
  std::string value(std::string_view key, const char* fallback) const {
    size_t i = Index(key);
    return i == npos ? std::string(fallback) : values_[i].str_;
  }
  Basic value(std::string_view key, const Basic& fallback) const {
    size_t i = Index(key);
    return i == npos ? fallback : values_[i];
  }

  /// Key/value pairs of an object (structured bindings: `for (const auto& [key, value] : j.items())`).
  std::vector<std::pair<const std::string&, const Basic&>> items() const {
    std::vector<std::pair<const std::string&, const Basic&>> out;
    for (size_t i = 0; i < keys_.size(); ++i) out.emplace_back(keys_[i], values_[i]);
    return out;
  }

  std::string dump() const {
    std::string out;
    Dump(&out);
    return out;
  }

  friend bool operator==(const Basic& a, const Basic& b) {
    if (a.is_number() && b.is_number() && a.kind_ != b.kind_) return a.get<double>() == b.get<double>();
    if (a.kind_ != b.kind_) return false;
    switch (a.kind_) {
      case Kind::Boolean:
      case Kind::Integer: return a.int_ == b.int_;
      case Kind::Float: return a.float_ == b.float_;
      case Kind::String: return a.str_ == b.str_;
      case Kind::Array: return a.values_ == b.values_;
      case Kind::Object: return a.keys_ == b.keys_ && a.values_ == b.values_;
      default: return true;
    }
  }
  friend bool operator!=(const Basic& a, const Basic& b) { return !(a == b); }

 private:
  static constexpr size_t npos = static_cast<size_t>(-1);
  static const Basic& Null() {
    static const Basic kNull;
    return kNull;
  }
  size_t Index(std::string_view key) const {
    if (kind_ != Kind::Object) return npos;
    for (size_t i = 0; i < keys_.size(); ++i)
      if (keys_[i] == key) return i;
    return npos;
  }

  static void DumpString(const std::string& s, std::string* out) {
    static const char kHex[] = "0123456789abcdef";
    out->push_back('"');
    for (unsigned char c : s) {
      switch (c) {
        case '"': *out += "\\\""; break;
        case '\\': *out += "\\\\"; break;
        case '\b': *out += "\\b"; break;
        case '\f': *out += "\\f"; break;
        case '\n': *out += "\\n"; break;
        case '\r': *out += "\\r"; break;
        case '\t': *out += "\\t"; break;
        default:
          if (c < 0x20) {
            *out += "\\u00";
            out->push_back(kHex[c >> 4]);
            out->push_back(kHex[c & 15]);
          } else {
            out->push_back(static_cast<char>(c));
          }
      }
    }
    out->push_back('"');
  }
  void Dump(std::string* out) const {
    switch (kind_) {
      case Kind::Null:
      case Kind::Discarded: *out += kind_ == Kind::Null ? "null" : "<discarded>"; break;
      case Kind::Boolean: *out += int_ ? "true" : "false"; break;
      case Kind::Integer: *out += std::to_string(int_); break;
      case Kind::Float: {
        // Only whole numbers are produced by the widget; anything else is written with 17 significant digits.
        std::int64_t whole = static_cast<std::int64_t>(float_);
        *out += std::to_string(whole);
        if (static_cast<double>(whole) == float_) *out += ".0";
        break;
      }
      case Kind::String: DumpString(str_, out); break;
      case Kind::Array:
        out->push_back('[');
        for (size_t i = 0; i < values_.size(); ++i) {
          if (i) out->push_back(',');
          values_[i].Dump(out);
        }
        out->push_back(']');
        break;
      case Kind::Object:
        out->push_back('{');
        for (size_t i = 0; i < keys_.size(); ++i) {
          if (i) out->push_back(',');
          DumpString(keys_[i], out);
          out->push_back(':');
          values_[i].Dump(out);
        }
        out->push_back('}');
        break;
    }
  }

  // ---- parser: strict RFC 8259, UTF-8 checked, depth-limited; any error gives a discarded value ----
  struct Reader {
    std::string_view s;
    size_t i = 0;
    int depth = 0;
    bool failed = false;
    void Space() {
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    }
    bool Fail() { return !(failed = true); }
    bool Literal(std::string_view word) {
      if (s.substr(i, word.size()) != word) return Fail();
      i += word.size();
      return true;
    }
    static void Utf8(std::uint32_t cp, std::string* out) {
      if (cp < 0x80) {
        out->push_back(static_cast<char>(cp));
      } else if (cp < 0x800) {
        out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      } else if (cp < 0x10000) {
        out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      } else {
        out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
      }
    }
    bool Hex4(std::uint32_t* v) {
      if (i + 4 > s.size()) return Fail();
      *v = 0;
      for (int k = 0; k < 4; ++k) {
        char c = s[i++];
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return Fail();
        *v = *v * 16 + static_cast<std::uint32_t>(d);
      }
      return true;
    }
    bool String(std::string* out) {
      ++i;  // opening quote
      while (i < s.size()) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '"') {
          ++i;
          return true;
        }
        if (c < 0x20) return Fail();
        if (c == '\\') {
          if (++i >= s.size()) return Fail();
          char e = s[i++];
          switch (e) {
            case '"': out->push_back('"'); break;
            case '\\': out->push_back('\\'); break;
            case '/': out->push_back('/'); break;
            case 'b': out->push_back('\b'); break;
            case 'f': out->push_back('\f'); break;
            case 'n': out->push_back('\n'); break;
            case 'r': out->push_back('\r'); break;
            case 't': out->push_back('\t'); break;
            case 'u': {
              std::uint32_t cp;
              if (!Hex4(&cp)) return false;
              if (cp >= 0xD800 && cp <= 0xDBFF) {
                std::uint32_t low;
                if (!Literal("\\u") || !Hex4(&low) || low < 0xDC00 || low > 0xDFFF) return Fail();
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
              } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return Fail();
              }
              Utf8(cp, out);
              break;
            }
            default: return Fail();
          }
          continue;
        }
        // A UTF-8 sequence: check it is well formed (no overlongs, no surrogates, at most U+10FFFF).
        int extra = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
        if (extra < 0 || i + static_cast<size_t>(extra) >= s.size() + (extra ? 0 : 1)) return Fail();
        for (int k = 1; k <= extra; ++k) {
          unsigned char t = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
          unsigned char lo = 0x80, hi = 0xBF;
          if (k == 1 && c == 0xE0) lo = 0xA0;
          if (k == 1 && c == 0xED) hi = 0x9F;
          if (k == 1 && c == 0xF0) lo = 0x90;
          if (k == 1 && c == 0xF4) hi = 0x8F;
          if (t < lo || t > hi) return Fail();
        }
        out->append(s.substr(i, static_cast<size_t>(extra) + 1));
        i += static_cast<size_t>(extra) + 1;
      }
      return Fail();
    }
    bool Number(Basic* out) {
      size_t start = i;
      bool negative = i < s.size() && s[i] == '-';
      if (negative) ++i;
      if (i >= s.size() || s[i] < '0' || s[i] > '9') return Fail();
      if (s[i] == '0' && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') return Fail();
      std::uint64_t whole = 0;
      bool overflow = false;
      while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
        if (whole > (UINT64_MAX - 9) / 10) overflow = true;
        whole = whole * 10 + static_cast<std::uint64_t>(s[i++] - '0');
      }
      bool is_float = overflow;
      double fraction = 0, scale = 1;
      if (i < s.size() && s[i] == '.') {
        ++i;
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return Fail();
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') fraction += (s[i++] - '0') * (scale /= 10);
        is_float = true;
      }
      int exponent = 0;
      if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        bool minus = i < s.size() && s[i] == '-';
        if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
        if (i >= s.size() || s[i] < '0' || s[i] > '9') return Fail();
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') exponent = exponent < 10000 ? exponent * 10 + (s[i++] - '0') : (++i, exponent);
        if (minus) exponent = -exponent;
        is_float = true;
      }
      (void)start;
      if (!is_float && whole <= static_cast<std::uint64_t>(INT64_MAX)) {
        *out = Basic(negative ? -static_cast<std::int64_t>(whole) : static_cast<std::int64_t>(whole));
        return true;
      }
      double v = static_cast<double>(whole) + fraction;
      for (; exponent > 0; --exponent) v *= 10;
      for (; exponent < 0; ++exponent) v /= 10;
      *out = Basic(negative ? -v : v);
      return true;
    }
    bool Value(Basic* out) {
      Space();
      if (i >= s.size()) return Fail();
      char c = s[i];
      if (c == '{' || c == '[') {
        if (++depth > 512) return Fail();
        ++i;
        *out = c == '{' ? Basic::object() : Basic::array();
        Space();
        char close = c == '{' ? '}' : ']';
        if (i < s.size() && s[i] == close) {
          ++i;
          --depth;
          return true;
        }
        while (true) {
          Space();
          if (c == '{') {
            std::string key;
            if (i >= s.size() || s[i] != '"' || !String(&key)) return Fail();
            Space();
            if (i >= s.size() || s[i++] != ':') return Fail();
            Basic v;
            if (!Value(&v)) return false;
            (*out)[key] = std::move(v);
          } else {
            Basic v;
            if (!Value(&v)) return false;
            out->values_.push_back(std::move(v));
          }
          Space();
          if (i < s.size() && s[i] == ',') {
            ++i;
            continue;
          }
          if (i < s.size() && s[i] == close) {
            ++i;
            --depth;
            return true;
          }
          return Fail();
        }
      }
      if (c == '"') {
        std::string text;
        if (!String(&text)) return false;
        *out = Basic(std::move(text));
        return true;
      }
      if (c == 't') return Literal("true") && (*out = Basic(true), true);
      if (c == 'f') return Literal("false") && (*out = Basic(false), true);
      if (c == 'n') return Literal("null") && (*out = Basic(nullptr), true);
      return Number(out);
    }
  };
  static Basic ParseText(std::string_view text) {
    Reader r{text};
    Basic out;
    bool ok = r.Value(&out);
    r.Space();
    if (!ok || r.failed || r.i != text.size()) {
      Basic discarded;
      discarded.kind_ = Kind::Discarded;
      return discarded;
    }
    return out;
  }

  Kind kind_ = Kind::Null;
  std::int64_t int_ = 0;
  double float_ = 0;
  std::string str_;
  std::vector<std::string> keys_;  // objects: keys_[i] names values_[i]
  std::vector<Basic> values_;      // arrays and objects
};

}  // namespace lite

// One type for both, to keep one copy of the code in the download: objects keep insertion order. Code compiled
// into the widget only dumps ordered_json (whose order this matches); a parsed `json` is only read, where the
// one visible difference is the order items() visits keys in (e.g. which of several unknown fields is named).
using json = lite::Basic<true>;
using ordered_json = lite::Basic<true>;

}  // namespace nlohmann
