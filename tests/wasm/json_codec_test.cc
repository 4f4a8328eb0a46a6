// Tests for wasm/json_codec.{h,cc}, compiled natively: the widget's codec and nlohmann/json (core/json/engine_json.cc)
// must read the same requests and write the same answers, byte for byte, through the one shape of core/json/*_shape.h.
// (tests/wasm/widget.test.mjs checks the built widget against the CLI; this drives thousands of odd requests.)
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "date_input_shape.h"
#include "deadlines_shape.h"
#include "engine_json.h"
#include "json_codec.h"
#include "walkthrough_shape.h"

namespace {

using cs::widget::Json;
using cs::widget::JsonRef;
using cs::widget::JsonText;

std::string Widget(const std::string& api, const std::string& text) {
  Json request = cs::widget::ParseJson(text);
  JsonText out;
  if (api == "walkthrough") cs::json_shape::AnswerWalkthrough(JsonRef(&request), out);
  else if (api == "deadlines") cs::json_shape::AnswerDeadlines(JsonRef(&request), out, false, nullptr);
  else if (api == "view") cs::json_shape::AnswerDeadlines(JsonRef(&request), out, true, nullptr);
  else cs::json_shape::AnswerDateInput(JsonRef(&request), out);
  return out.Text();
}

std::string Native(const std::string& api, const std::string& text) {
  if (api == "walkthrough") return cs::WalkthroughJson(text);
  if (api == "deadlines") return cs::DeadlinesJson(text);
  if (api == "view") return cs::DeadlinesViewJson(text);
  return cs::DateInputJson(text);
}

const char* const kSeeds[][2] = {
    {"walkthrough", R"({"answers":{"start":"complain","asked-before":"yes","when":"ongoing","court":"no","who":"someone-else",)"
                    R"("representative":"Jane \"Mum\" Smith\t\\ 😀","help":"no","what":"Damp — £200\nsince March","impact":"",)"
                    R"("want":"Fix it","your-details":"","check":"continue"},"today":"2025-04-14","landlord":"Example Homes",)"
                    R"("closures":["2025-04-15"],"code":"auto"})"},
    {"walkthrough", R"({"answers":{"start":"complained","where-now":"acknowledged","complained-on":"2025-04-01",)"
                    R"("acknowledged-on":"2025-04-03"},"today":"2025-06-02","words":{"walkthrough":{"stage1-dates":{"title":"[xx] T"}},)"
                    R"("next_steps":{"plan_stage1":"[xx] {acknowledge}"},"errors":{"date_before":"[xx] {Label}"}}})"},
    {"walkthrough", R"({"answers":{"start":"complained","where-now":"final-response","final-response-on":"2025-02-28"},"today":"2026-03-02"})"},
    {"walkthrough", R"({"answers":{"start":"complain","asked-before":"yes","when":"ongoing"},"at":"when"})"},
    {"deadlines", R"({"received":"2025-03-14","today":"2025-03-25","stage":1,"nation":"scotland","acknowledged":"2025-03-25",)"
                  R"("extension_working_days":15,"closures":["2025-03-17",{"date":"2025-03-18","title":"Shut"}],"code":"auto"})"},
    {"view", R"({"received":"2024-03-28","stage":"2","code":2022,"today":"2024-05-01"})"},
    {"date", R"({"day":" 3","month":"Sept","year":"2025","field":"the date you complained","today":"2025-10-01",)"
             R"("words":{"errors":{"date_not_real":"[xx] {Field}: {why}"}}})"},
};

// A deterministic stream of small edits that keeps most requests JSON-shaped but breaks them in odd places.
std::string Mutate(std::string s, uint32_t* seed) {
  static const char* const kBits[] = {"\"", "\\", "{", "}", "[", "]", ",", ":", "0", "-", "1e9", ".5", "\\u00e9", "\\ud83d",
                                      "\x01", "\xC3", "\xC3\xA9", "\xFF", " ", "null", "true", "\"x\"", "99999999999999999999", "\t"};
  auto next = [&] { return *seed = *seed * 1664525u + 1013904223u, *seed >> 8; };
  for (int edits = 1 + next() % 3; edits > 0 && !s.empty(); --edits) {
    size_t at = next() % s.size();
    switch (next() % 4) {
      case 0: s.erase(at, 1 + next() % 3); break;
      case 1: s.insert(at, kBits[next() % (sizeof(kBits) / sizeof(*kBits))]); break;
      case 2: s[at] = kBits[next() % (sizeof(kBits) / sizeof(*kBits))][0]; break;
      default: s.insert(at, s.substr(next() % s.size(), 1 + next() % 8)); break;
    }
  }
  return s;
}

}  // namespace

TEST_CASE("the widget's codec answers every request as the native edge does, odd ones included") {
  uint32_t seed = 12345;
  int compared = 0, answered = 0;
  for (const auto& [api, text] : kSeeds) {
    CHECK(Widget(api, text) == Native(api, text));
    for (int i = 0; i < 600; ++i) {
      std::string mutated = Mutate(text, &seed);
      std::string native = Native(api, mutated);
      CHECK_MESSAGE(Widget(api, mutated) == native, mutated);
      ++compared;
      answered += native.find("\"error\":{\"code\":\"invalid_json\"") == std::string::npos;
    }
  }
  CHECK(compared == 4200);
  CHECK(answered > 1000);  // many odd requests still parse, and reach the engine
}

TEST_CASE("the widget's codec accepts exactly the JSON nlohmann/json accepts") {
  const char* const kTexts[] = {
      "{}", "[]", " {} ", "\xEF\xBB\xBF{}", "{} x", "", " ", "{", "{\"a\":1,}", "[1,]", "[01]", "[-0]", "[1.]", "[.5]", "[1e]",
      "[1e+5]", "[1E-5]", "[-]", "[1e400]", "[-1e400]", "[1.7976931348623157e308]", "[1.8e308]", "[1e-400]",
      "[18446744073709551615]", "[18446744073709551616]", "[-9223372036854775808]", "[-9223372036854775809]",
      "[100000000000000000000000000000000000000]", "[tru]", "[true]", "[nul]", "[\"\\u00e9\"]", "[\"\\ud83d\\ude00\"]",
      "[\"\\ud83d\"]", "[\"\\ude00\"]", "[\"\\ud83dx\"]", "[\"\\x\"]", "[\"\\u12\"]", "[\"a\x01\"]", "[\"a\x7f\"]",
      "[\"\xC3\xA9\"]", "[\"\xC3\"]", "[\"\xC0\xAF\"]", "[\"\xE0\x80\xAF\"]", "[\"\xED\xA0\x80\"]", "[\"\xF4\x90\x80\x80\"]",
      "[\"\xF0\x9F\x98\x80\"]", "[\"\xFF\"]", "{\"a\" 1}", "{\"a\":}", "{1:2}", "[\"a\"\"b\"]", "\"x\"", "3", "null",
      "{\"a\":{\"b\":[{\"c\":[]}]}}", "[\n1\r,\t2 ]"};
  for (const char* text : kTexts) {
    CAPTURE(text);
    bool widget = cs::widget::ParseJson(text).kind != Json::kInvalid;
    bool native = !nlohmann::json::parse(text, nullptr, false).is_discarded();
    CHECK(widget == native);
  }
  // Integers as nlohmann/json reads them; repeated keys keep the last value.
  Json j = cs::widget::ParseJson(R"({"a":-9223372036854775808,"b":18446744073709551615,"c":1.0,"d":2,"d":3})");
  JsonRef r(&j);
  CHECK(r.Member("a").Int() == INT64_MIN);
  CHECK(r.Member("b").Int() == -1);
  CHECK_FALSE(r.Member("c").IsInt());
  CHECK(r.Member("d").Int() == 3);
  int members = 0;
  r.ForEachMember([&](const std::string&, const JsonRef&) { ++members; });
  CHECK(members == 4);
}

TEST_CASE("the widget's codec writes strings as nlohmann/json's dump() does") {
  std::string every;
  for (int c = 1; c < 128; ++c) every += char(c);
  every += "\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80";
  every += std::string(1, '\0');
  JsonText out;
  out.BeginArray();
  out.String(every);
  out.Int(-12);
  out.Bool(false);
  out.Null();
  out.BeginObject();
  out.Key("k\n");
  out.String("");
  out.EndObject();
  out.EndArray();
  nlohmann::ordered_json native = {every, -12, false, nullptr, {{"k\n", ""}}};
  CHECK(out.Text() == native.dump());
}
