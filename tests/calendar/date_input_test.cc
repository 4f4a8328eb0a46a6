// Tests for core/calendar/date_input.{h,cc} (GOV.UK date-input reading) and core/code/deadlines_view.{h,cc}.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "date_input.h"
#include "deadlines_view.h"
#include "messages.h"

namespace {

std::string Code(const char* d, const char* m, const char* y, std::optional<cs::Date> today = std::nullopt) {
  cs::DateInputError e;
  auto date = cs::ParseDateInput(d, m, y, "the date the complaint was received", today, &e);
  return date ? date->Iso() : e.code + "/" + e.part + ": " + e.message;
}

}  // namespace

TEST_CASE("typed dates: numbers with or without a zero, month names, spaces") {
  CHECK(Code("3", "3", "2025") == "2025-03-03");
  CHECK(Code("03", "03", "2025") == "2025-03-03");
  CHECK(Code(" 3 ", "mar", "2025") == "2025-03-03");
  CHECK(Code("3", "March", "2025") == "2025-03-03");
  CHECK(Code("30", "Sept", "2025") == "2025-09-30");
  CHECK(Code("1", "DEC", "2025") == "2025-12-01");
}

TEST_CASE("typed dates: GOV.UK messages with the part to link to") {
  CHECK(Code("", "", "") == "missing/day: Enter the date the complaint was received");
  CHECK(Code("3", "", "") == "incomplete/month: The date the complaint was received must include a month and year");
  CHECK(Code("", "3", "2025") == "incomplete/day: The date the complaint was received must include a day");
  CHECK(Code("x", "3", "2025").rfind("not_a_number/day:", 0) == 0);
  CHECK(Code("3", "ma", "2025").rfind("not_a_number/month:", 0) == 0);
  CHECK(Code("3", "3", "25") == "year_digits/year: Year must include 4 numbers, like 2025");
  CHECK(Code("29", "2", "2025") ==
        "not_real/day: The date the complaint was received must be a real date: 2025 is not a leap year, so February has 28 days");
  CHECK(Code("3", "13", "2025").rfind("not_real/month:", 0) == 0);
  CHECK(Code("3", "3", "1900").rfind("out_of_range/year:", 0) == 0);
  CHECK(Code("3", "6", "2025", cs::Date{2025, 6, 2}) ==
        "in_future/day: The date the complaint was received must be today or in the past");
  CHECK(Code("2", "6", "2025", cs::Date{2025, 6, 2}) == "2025-06-02");
}

TEST_CASE("date input JSON") {
  auto out = nlohmann::json::parse(cs::DateInputJson(R"({"day":"21","month":"mar","year":"2025","field":"the date"})"));
  CHECK(out["date"] == "2025-03-21");
  CHECK(out["long"] == "Friday 21 March 2025");
  out = nlohmann::json::parse(cs::DateInputJson("nonsense"));
  CHECK(out["error"]["code"] == "invalid_json");
}

TEST_CASE("typed dates: a translation's engine.errors words replace English key by key") {
  const char* words = R"({"errors":{"date_not_real":"[xx] {Field} ïs nöt ä däté: {why}",
                                     "date_not_leap_year":"[xx] {year} häs nö 29 Fébrüäry"}})";
  {
    cs::MessageOverlay overlay(words);
    CHECK(Code("29", "2", "2025") == "not_real/day: [xx] The date the complaint was received ïs nöt ä däté: [xx] 2025 häs nö 29 Fébrüäry");
    // A key the translation lacks stays English; the code and part never change.
    CHECK(Code("31", "4", "2025") == "not_real/day: [xx] The date the complaint was received ïs nöt ä däté: April has 30 days, not 31");
    CHECK(Code("3", "3", "25") == "year_digits/year: Year must include 4 numbers, like 2025");
  }
  // Without the overlay: English again.
  CHECK(Code("29", "2", "2025") ==
        "not_real/day: The date the complaint was received must be a real date: 2025 is not a leap year, so February has 28 days");
  // A field phrase that does not start with a-z is left as it is (no byte of a UTF-8 letter is changed).
  cs::DateInputError e;
  CHECK_FALSE(cs::ParseDateInput("", "3", "2025", "éadú an ghearáin", std::nullopt, &e));
  CHECK(e.message == "éadú an ghearáin must include a day");
  // Through JSON, as the widget asks: "words" is the translation's "engine" object.
  auto out = nlohmann::json::parse(cs::DateInputJson(
      std::string(R"({"day":"29","month":"2","year":"2025","field":"the date","words":)") + words + "}"));
  CHECK(out["error"]["code"] == "not_real");
  CHECK(out["error"]["part"] == "day");
  CHECK(out["error"]["message"] == "[xx] The date ïs nöt ä däté: [xx] 2025 häs nö 29 Fébrüäry");
  out = nlohmann::json::parse(cs::DateInputJson(
      std::string(R"({"day":"3","month":"","year":"2025","field":"the date","words":)") + words + "}"));
  CHECK(out["error"]["message"] == "The date must include a month");
  out = nlohmann::json::parse(cs::DateInputJson(R"({"day":"29","month":"2","year":"2025","field":"the date","words":"nonsense"})"));
  CHECK(out["error"]["message"] == "The date must be a real date: 2025 is not a leap year, so February has 28 days");
}

TEST_CASE("the deadline view adds written-out dates and summaries to the engine's answer, nothing else") {
  const char* req = R"({"received":"2025-04-14","today":"2025-04-22","nation":"england-and-wales"})";
  auto plain = nlohmann::json::parse(cs::DeadlinesJson(req));
  auto view = nlohmann::json::parse(cs::DeadlinesViewJson(req));
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
}
