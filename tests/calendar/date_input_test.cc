// Tests for core/calendar/date_input.{h,cc} (GOV.UK date-input reading). Its JSON: tests/json/engine_json_test.cc.
#include <doctest/doctest.h>

#include "date_input.h"
#include "messages.h"

namespace {

std::string Code(const char* d, const char* m, const char* y, std::optional<cs::Date> today = std::nullopt) {
  cs::Diagnostic e;
  auto date = cs::ParseDateInput(d, m, y, "the date the complaint was received", today, &e);
  return date ? date->Iso() : e.code + "/" + e.field + ": " + e.message;
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

TEST_CASE("typed dates: a translation's engine.errors words replace English key by key") {
  const cs::EngineWords words = {{"errors.date_not_real", "[xx] {Field} ïs nöt ä däté: {why}"},
                                  {"errors.date_not_leap_year", "[xx] {year} häs nö 29 Fébrüäry"}};
  {
    cs::MessageOverlay overlay(&words);
    CHECK(Code("29", "2", "2025") == "not_real/day: [xx] The date the complaint was received ïs nöt ä däté: [xx] 2025 häs nö 29 Fébrüäry");
    // A key the translation lacks stays English; the code and part never change.
    CHECK(Code("31", "4", "2025") == "not_real/day: [xx] The date the complaint was received ïs nöt ä däté: April has 30 days, not 31");
    CHECK(Code("3", "3", "25") == "year_digits/year: Year must include 4 numbers, like 2025");
  }
  // Without the overlay: English again.
  CHECK(Code("29", "2", "2025") ==
        "not_real/day: The date the complaint was received must be a real date: 2025 is not a leap year, so February has 28 days");
  // A field phrase that does not start with a-z is left as it is (no byte of a UTF-8 letter is changed).
  cs::Diagnostic e;
  CHECK_FALSE(cs::ParseDateInput("", "3", "2025", "éadú an ghearáin", std::nullopt, &e));
  CHECK(e.message == "éadú an ghearáin must include a day");
  // As the widget asks (CheckDateInput): the request's words over English, for this request only.
  cs::DateInputRequest request;
  request.day = "29", request.month = "2", request.year = "2025", request.field = "the date", request.words = words;
  CHECK_FALSE(cs::CheckDateInput(request, &e));
  CHECK(e.code == "not_real");
  CHECK(e.field == "day");
  CHECK(e.message == "[xx] The date ïs nöt ä däté: [xx] 2025 häs nö 29 Fébrüäry");
  request.day = "3", request.month = "";
  CHECK_FALSE(cs::CheckDateInput(request, &e));
  CHECK(e.message == "The date must include a month");
  request.words.clear();
  request.day = "29", request.month = "2";
  CHECK_FALSE(cs::CheckDateInput(request, &e));
  CHECK(e.message == "The date must be a real date: 2025 is not a leap year, so February has 28 days");
}
