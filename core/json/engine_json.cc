// The engine's JSON edge with nlohmann/json: an adapter for reading (json_shape.h's V) and a builder for writing (W).
#include "engine_json.h"

#include <vector>

#include "date_input_shape.h"
#include "deadlines_shape.h"
#include "walkthrough_shape.h"

namespace cs {

namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// A read-only handle on a parsed value (null: a member that is not there).
class Value {
 public:
  explicit Value(const json* j) : j_(j) {}
  bool Parsed() const { return j_ && !j_->is_discarded(); }
  bool Exists() const { return j_ != nullptr; }
  bool IsNull() const { return j_ && j_->is_null(); }
  bool IsBool() const { return j_ && j_->is_boolean(); }
  bool IsInt() const { return j_ && j_->is_number_integer(); }
  bool IsString() const { return j_ && j_->is_string(); }
  bool IsArray() const { return j_ && j_->is_array(); }
  bool IsObject() const { return j_ && j_->is_object(); }
  bool Bool() const { return j_->get<bool>(); }
  long long Int() const { return j_->get<long long>(); }
  const std::string& Str() const { return j_->get_ref<const std::string&>(); }
  Value Member(std::string_view key) const {
    if (!IsObject()) return Value(nullptr);
    auto it = j_->find(std::string(key));
    return Value(it == j_->end() ? nullptr : &*it);
  }
  template <class F>
  void ForEachMember(F f) const {
    if (IsObject())
      for (const auto& [key, value] : j_->items()) f(key, Value(&value));
  }
  template <class F>
  void ForEachItem(F f) const {
    if (IsArray())
      for (const auto& value : *j_) f(Value(&value));
  }

 private:
  const json* j_;
};

// Builds an ordered_json (members in the order written).
class Builder {
 public:
  void BeginObject() { Open(ordered_json::object()); }
  void BeginArray() { Open(ordered_json::array()); }
  void EndObject() { open_.pop_back(); }
  void EndArray() { open_.pop_back(); }
  void Key(std::string_view key) { key_ = key; }
  void String(std::string_view s) { Put(std::string(s)); }
  void Int(long long n) { Put(n); }
  void Bool(bool b) { Put(b); }
  void Null() { Put(nullptr); }
  ordered_json& Result() { return root_; }

 private:
  ordered_json* Put(ordered_json v) {
    if (open_.empty()) return &(root_ = std::move(v));
    ordered_json& top = *open_.back();
    if (top.is_array()) {
      top.push_back(std::move(v));
      return &top.back();
    }
    return &(top[key_] = std::move(v));
  }
  void Open(ordered_json v) { open_.push_back(Put(std::move(v))); }

  ordered_json root_;
  std::vector<ordered_json*> open_;  // the objects and arrays being written, innermost last
  std::string key_;
};

json Parse(std::string_view text) { return json::parse(text.begin(), text.end(), nullptr, false); }

}  // namespace

ordered_json DeadlineResultToJson(const DeadlineResult& result) {
  Builder b;
  json_shape::WriteDeadlineResult(b, result, false);
  return std::move(b.Result());
}

std::string DeadlinesJson(std::string_view request_json, const Engine& engine) {
  json in = Parse(request_json);
  Builder b;
  json_shape::AnswerDeadlines(Value(&in), b, false, nullptr, engine);
  return b.Result().dump();
}

std::string DeadlinesViewJson(std::string_view request_json, const EngineWords* words) {
  json in = Parse(request_json);
  Builder b;
  json_shape::AnswerDeadlines(Value(&in), b, true, words);
  return b.Result().dump();
}

std::string WalkthroughJson(std::string_view request_json) {
  json in = Parse(request_json);
  Builder b;
  json_shape::AnswerWalkthrough(Value(&in), b);
  return b.Result().dump();
}

std::string DateInputJson(std::string_view request_json) {
  json in = Parse(request_json);
  Builder b;
  json_shape::AnswerDateInput(Value(&in), b);
  return b.Result().dump();
}

EngineWords EngineWordsFromJson(const json& engine_words) {
  EngineWords out;
  json_shape::ReadEngineWords(Value(&engine_words), "", &out);
  return out;
}

}  // namespace cs
