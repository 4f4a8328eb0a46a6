// The widget's JSON codec: just enough JSON to read the view's requests and write the engine's answers, in the shape
// core/json/*_shape.h describes (the same shape nlohmann/json gives natively; tests/wasm/widget.test.mjs compares the
// bytes). Strict RFC 8259 like nlohmann/json: UTF-8 checked, \u escapes with surrogate pairs, no trailing text; a
// repeated key keeps its last value; integers as nlohmann reads them (int64, or uint64 wrapped; larger ones are
// not integers). Strings are written as nlohmann/json's dump() writes them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cs::widget {

/// A parsed JSON value (the tree owns its strings).
struct Json {
  enum Kind : unsigned char { kInvalid, kNull, kBool, kInt, kNumber, kString, kArray, kObject };
  Kind kind = kInvalid;
  bool boolean = false;
  long long integer = 0;
  std::string text;         ///< a string's value
  std::string key;          ///< the key of an object member
  std::vector<Json> items;  ///< array items or object members, in order
};

/// Parses `text`; kind kInvalid when it is not JSON.
Json ParseJson(std::string_view text);

/// A read-only handle on a value: json_shape.h's V.
class JsonRef {
 public:
  explicit JsonRef(const Json* j) : j_(j) {}
  bool Parsed() const { return j_ && j_->kind != Json::kInvalid; }
  bool Exists() const { return j_ != nullptr; }
  bool IsNull() const { return Is(Json::kNull); }
  bool IsBool() const { return Is(Json::kBool); }
  bool IsInt() const { return Is(Json::kInt); }
  bool IsString() const { return Is(Json::kString); }
  bool IsArray() const { return Is(Json::kArray); }
  bool IsObject() const { return Is(Json::kObject); }
  bool Bool() const { return j_->boolean; }
  long long Int() const { return j_->integer; }
  const std::string& Str() const { return j_->text; }
  /// The member `key` (its last occurrence).
  JsonRef Member(std::string_view key) const;
  template <class F>
  void ForEachMember(F f) const {
    if (!IsObject()) return;
    for (const Json& m : j_->items)
      if (Member(m.key).j_ == &m) f(m.key, JsonRef(&m));
  }
  template <class F>
  void ForEachItem(F f) const {
    if (IsArray())
      for (const Json& item : j_->items) f(JsonRef(&item));
  }

 private:
  bool Is(Json::Kind kind) const { return j_ && j_->kind == kind; }
  const Json* j_;
};

/// Writes compact JSON text: json_shape.h's W.
class JsonText {
 public:
  void BeginObject() { Open('{'); }
  void EndObject() { Close('}'); }
  void BeginArray() { Open('['); }
  void EndArray() { Close(']'); }
  void Key(std::string_view key);
  void String(std::string_view s);
  void Int(long long n);
  void Bool(bool b) { Raw(b ? "true" : "false"); }
  void Null() { Raw("null"); }
  const std::string& Text() const { return out_; }

 private:
  void Separate();
  void Open(char c);
  void Close(char c);
  void Raw(const char* s);
  void Quoted(std::string_view s);

  std::string out_;
  bool comma_ = false;  // a value came last at this level: the next one needs a comma
};

}  // namespace cs::widget
