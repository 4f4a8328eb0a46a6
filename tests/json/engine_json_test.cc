// Tests for core/json: the engine's JSON edge with nlohmann/json (engine_json.cc) and the shape it shares with the
// widget's codec (*_shape.h): typed dates, the deadline view, a translation's words, and the rules that make both
// encoders answer alike (tests/wasm/widget.test.mjs compares them byte for byte).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "engine_json.h"

using nlohmann::json;

TEST_CASE("date input JSON") {
  auto out = json::parse(cs::DateInputJson(R"({"day":"21","month":"mar","year":"2025","field":"the date"})"));
  CHECK(out["date"] == "2025-03-21");
  CHECK(out["long"] == "Friday 21 March 2025");
  out = json::parse(cs::DateInputJson("nonsense"));
  CHECK(out["error"]["code"] == "invalid_json");
  CHECK(out["error"]["part"] == "");
  // "words" is the translation's "engine" object; one that is not an object is ignored, and so is a bad "today".
  const std::string words = R"({"errors":{"date_not_real":"[xx] {Field} ïs nöt ä däté: {why}"}})";
  out = json::parse(cs::DateInputJson(R"({"day":"29","month":"2","year":"2025","field":"the date","words":)" + words + "}"));
  CHECK(out["error"]["code"] == "not_real");
  CHECK(out["error"]["part"] == "day");
  CHECK(out["error"]["message"] == "[xx] The date ïs nöt ä däté: 2025 is not a leap year, so February has 28 days");
  out = json::parse(cs::DateInputJson(R"({"day":"29","month":"2","year":"2025","words":"nonsense","today":"soon"})"));
  CHECK(out["error"]["message"] == "The date must be a real date: 2025 is not a leap year, so February has 28 days");
  out = json::parse(cs::DateInputJson(R"({"day":"3","month":"6","year":"2025","today":"2025-06-02"})"));
  CHECK(out["error"]["code"] == "in_future");
}

TEST_CASE("the deadline view adds written-out dates and summaries to the engine's answer, nothing else") {
  const char* req = R"({"received":"2025-04-14","today":"2025-04-22","nation":"england-and-wales"})";
  auto plain = json::parse(cs::DeadlinesJson(req));
  auto view = json::parse(cs::DeadlinesViewJson(req));
  CHECK(view["received_long"] == "Monday 14 April 2025");
  CHECK(view["milestones"][0]["due_long"] == "Wednesday 23 April 2025");
  CHECK(view["milestones"][0]["summary"] == "Acknowledge the complaint");
  CHECK(view["holidays_in_range"][0]["date_long"] == "Friday 18 April 2025");
  CHECK(view["status"]["today_long"] == "Tuesday 22 April 2025");
  for (auto& m : view["milestones"]) {
    m.erase("due_long");
    m.erase("summary");
  }
  for (auto& h : view["holidays_in_range"]) h.erase("date_long");
  view.erase("received_long");
  CHECK(view["code_title"] == "Complaint Handling Code (2024)");
  view.erase("code_title");
  view["status"].erase("today_long");
  CHECK(view == plain);
  CHECK(cs::DeadlinesViewJson(R"({"received":"2025-02-30"})") == cs::DeadlinesJson(R"({"received":"2025-02-30"})"));
  // The keys come in the documented order, the view's after the engine's.
  std::string text = cs::DeadlinesViewJson(req);
  CHECK(text.rfind(R"({"code":"2024","nation":"england-and-wales","stage":1,"received":"2025-04-14","milestones":[)", 0) == 0);
  CHECK(text.find(R"("next_step":)") < text.find(R"("received_long":)"));
  CHECK(text.find(R"("received_long":)") < text.find(R"("code_title":)"));
}

TEST_CASE("the deadline view in another language: the translation's next-step sentences, English for the rest") {
  const char* req = R"({"received":"2025-04-14","today":"2025-04-22"})";
  cs::EngineWords words = {{"next_steps.plan_stage1", "[xx] Ack {acknowledge}."}};
  auto english = json::parse(cs::DeadlinesViewJson(req));
  auto xx = json::parse(cs::DeadlinesViewJson(req, &words));
  std::string next = xx["next_step"];
  CHECK(next.rfind("[xx] Ack Wednesday 23 April 2025. ", 0) == 0);
  std::string rest = english["next_step"];
  CHECK(next.substr(next.find(". ") + 2) == rest.substr(rest.find(". ") + 2));
  CHECK(json::parse(cs::DeadlinesViewJson(req))["next_step"] == english["next_step"]);  // no overlay left behind
}

TEST_CASE("a translation's engine object becomes dotted keys; values that are not text are left out") {
  auto words = cs::EngineWordsFromJson(json::parse(
      R"({"next_steps":{"a":"A"},"walkthrough":{"start":{"title":"T","choices":{"complain":{"label":"L"}}}},"errors":{"n":3},"x":[1]})"));
  CHECK(words == cs::EngineWords{{"next_steps.a", "A"}, {"walkthrough.start.choices.complain.label", "L"}, {"walkthrough.start.title", "T"}});
}

TEST_CASE("requests: the same answer whatever order an encoder keeps members in") {
  auto error = [](const std::string& text) { return json::parse(text)["error"]; };
  // The first unknown field is the smallest key, as nlohmann/json's sorted objects give it (the widget's codec keeps
  // members in document order and must answer the same).
  CHECK(error(cs::DeadlinesJson(R"({"zeta":1,"received":"2025-03-14","alpha":2})"))["field"] == "alpha");
  CHECK(error(cs::WalkthroughJson(R"({"zeta":1,"beta":2})"))["field"] == "beta");
  CHECK(error(cs::WalkthroughJson(R"({"answers":{"who":1,"start":2}})"))["field"] == "start");
  // A repeated key: the last one counts.
  auto out = json::parse(cs::DeadlinesJson(R"({"received":"2025-02-30","received":"2025-03-14","stage":2})"));
  CHECK(out["received"] == "2025-03-14");
  CHECK(out["stage"] == 2);
  // Numbers: a whole number is an integer; 1.0 and 1e0 are not.
  CHECK(json::parse(cs::DeadlinesJson(R"({"received":"2025-03-14","stage":2})"))["stage"] == 2);
  CHECK(error(cs::DeadlinesJson(R"({"received":"2025-03-14","stage":2.0})"))["code"] == "invalid_stage");
  CHECK(error(cs::DeadlinesJson(R"({"received":"2025-03-14","extension_working_days":1e1})"))["code"] == "invalid_extension");
  // Not JSON at all, or not an object.
  CHECK(error(cs::DeadlinesJson(R"({"received":"2025-03-14",})"))["code"] == "invalid_json");
  CHECK(error(cs::DeadlinesJson("[]"))["message"] == "the request must be a JSON object");
  CHECK(error(cs::WalkthroughJson("\"x\""))["message"] == "the request must be a JSON object");
  CHECK(error(cs::WalkthroughJson("{} x"))["message"] == "the request is not valid JSON");
}

TEST_CASE("strings are written as nlohmann/json writes them (the widget's codec copies this)") {
  // A letter has the landlord's name and the resident's words in it.
  std::string out = cs::WalkthroughJson(
      R"({"landlord":"A \"B\" \\ C\u0007","today":"2025-06-02","answers":{"start":"complain","asked-before":"yes","when":"ongoing",
          "court":"no","who":"myself","help":"no","what":"w\u00e9\u2014\ud83d\ude00\ttab\nline","impact":"","want":"x","your-details":"",
          "check":"continue"}})");
  CHECK(out.find(R"(To A \"B\" \\ C\u0007 complaints team)") != std::string::npos);
  CHECK(out.find("w\xC3\xA9\xE2\x80\x94\xF0\x9F\x98\x80\\ttab\\nline") != std::string::npos);
}
