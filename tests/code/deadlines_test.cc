// Tests for core/deadlines: the documented JSON, both Codes, both stages, nations, closures, bad input.
// Test names cite the Complaint Handling Code provision a rule rests on (docs/legal-basis.md).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "deadlines.h"
#include "engine_json.h"

using nlohmann::json;

namespace {

json Run(const json& request) { return json::parse(cs::DeadlinesJson(request.dump())); }

std::string Due(const json& result, const std::string& id) {
  for (const auto& m : result["milestones"])
    if (m["id"] == id) return m["due"];
  return "(none)";
}

}  // namespace

TEST_CASE("the README example, exactly") {
  json r = Run({{"received", "2025-03-14"}, {"today", "2025-03-25"}});
  json expected = json::parse(R"({"code":"2024","nation":"england-and-wales","stage":1,"received":"2025-03-14",
    "milestones":[
      {"id":"acknowledge","due":"2025-03-21","working_days":5,"counted_from":"received","provision":"6.2"},
      {"id":"response","due":"2025-04-04","working_days":10,"counted_from":"acknowledge","provision":"6.3",
       "assumed":"acknowledged on the last allowed day"},
      {"id":"extended_response","due":"2025-04-22","working_days":10,"counted_from":"response","provision":"6.4"}],
    "status":{"today":"2025-03-25","milestone":"response","working_day":2,"of":10,"overdue_by":0},
    "outcome":"due",
    "holidays_in_range":[{"date":"2025-04-18","title":"Good Friday","kind":"bank-holiday"},
                         {"date":"2025-04-21","title":"Easter Monday","kind":"bank-holiday"}],
    "closures_in_range":[]})");
  std::string next_step = r["next_step"];
  r.erase("next_step");
  CHECK(r == expected);
  CHECK(next_step.find("Friday 21 March 2025") != std::string::npos);
  CHECK(next_step.find("working day 2 of 10") != std::string::npos);
  // Keys come out in the documented order.
  std::string text = cs::DeadlinesJson(R"({"received":"2025-03-14"})");
  CHECK(text.rfind(R"({"code":"2024","nation":"england-and-wales","stage":1,"received":"2025-03-14","milestones":[{"id":"acknowledge")", 0) == 0);
}

TEST_CASE("status appears only when today is given") {
  CHECK_FALSE(Run({{"received", "2025-03-14"}}).contains("status"));
}

TEST_CASE("acknowledged given: the response counts from it") {
  json r = Run({{"received", "2025-03-14"}, {"acknowledged", "2025-03-17"}});
  CHECK(Due(r, "response") == "2025-03-31");
  CHECK_FALSE(r["milestones"][1].contains("assumed"));
  CHECK(r["milestones"][0]["actual"] == "2025-03-17");
  CHECK(r["milestones"][0]["late_by"] == 0);
  json late = Run({{"received", "2025-03-14"}, {"acknowledged", "2025-03-25"}});
  CHECK(late["milestones"][0]["late_by"] == 2);
  CHECK(Due(late, "response") == "2025-04-08");
}

TEST_CASE("extensions") {
  SUBCASE("an agreed extension within the limit") {
    json r = Run({{"received", "2025-03-14"}, {"extension_working_days", 5}});
    CHECK(Due(r, "extended_response") == "2025-04-11");
    CHECK_FALSE(r["milestones"][2].contains("needs_good_reason"));
  }
  SUBCASE("more than the maximum needs a good reason") {
    json r = Run({{"received", "2025-03-14"}, {"extension_working_days", 15}});
    CHECK(r["milestones"][2]["needs_good_reason"] == true);
    CHECK(r["milestones"][2]["maximum"] == 10);
    CHECK(r["next_step"].get<std::string>().find("good reason") != std::string::npos);
  }
  SUBCASE("zero means no extension") {
    json r = Run({{"received", "2025-03-14"}, {"extension_working_days", 0}});
    CHECK(r["milestones"].size() == 2);
  }
}

TEST_CASE("crossing Easter, Christmas and Scotland's 2026 one-off") {
  SUBCASE("Easter 2026 in England") {
    json r = Run({{"received", "2026-03-30"}});
    CHECK(Due(r, "acknowledge") == "2026-04-08");  // Good Friday 3 April and Easter Monday 6 April skipped
    CHECK(r["holidays_in_range"][0]["title"] == "Good Friday");
  }
  SUBCASE("Easter Monday is a working day in Scotland") {
    json r = Run({{"received", "2026-03-30"}, {"nation", "scotland"}});
    CHECK(Due(r, "acknowledge") == "2026-04-07");
  }
  SUBCASE("Christmas 2025: the landlord's closure days are listed, not skipped") {
    json r = Run({{"received", "2025-12-22"}, {"closures", {"2025-12-29", "2025-12-30", {{"date", "2025-12-31"}, {"title", "Office closed"}}}}});
    CHECK(Due(r, "acknowledge") == "2025-12-31");
    CHECK(r["closures_in_range"].size() == 3);
    CHECK(r["closures_in_range"][2] == json({{"date", "2025-12-31"}, {"title", "Office closed"}}));
    for (const auto& h : r["holidays_in_range"]) CHECK(h["kind"] == "bank-holiday");
  }
  SUBCASE("World Cup bank holiday 15 June 2026, Scotland only") {
    json scotland = Run({{"received", "2026-06-12"}, {"nation", "scotland"}});
    json england = Run({{"received", "2026-06-12"}});
    CHECK(Due(scotland, "acknowledge") == "2026-06-22");
    CHECK(Due(england, "acknowledge") == "2026-06-19");
    CHECK(scotland["holidays_in_range"][0]["title"] == "World Cup bank holiday");
  }
}

TEST_CASE("stage 2 under the 2024 Code") {
  json r = Run({{"received", "2025-06-02"}, {"stage", 2}});
  CHECK(Due(r, "acknowledge") == "2025-06-09");
  CHECK(Due(r, "response") == "2025-07-07");
  CHECK(Due(r, "extended_response") == "2025-08-04");  // 20 more working days: 8 July .. 4 August
  CHECK(r["milestones"][0]["provision"] == "6.11");
  CHECK(r["milestones"][1]["provision"] == "6.14");
  CHECK(r["milestones"][2]["provision"] == "6.15");
  CHECK(r["next_step"].get<std::string>().find("12 months") != std::string::npos);
}

TEST_CASE("the 2022 Code, chosen or automatic") {
  SUBCASE("stage 1 says how 'five days' is read") {
    json r = Run({{"received", "2024-03-01"}, {"code", "2022"}});
    CHECK(r["code"] == "2022");
    CHECK(r["milestones"][0]["provision"] == "4.1");
    CHECK(r["milestones"][0]["note"].get<std::string>().find("working days") != std::string::npos);
    CHECK(Due(r, "response") == "2024-03-22");
  }
  SUBCASE("stage 2 has no separate acknowledgement: 20 working days from escalation, then at most 10") {
    json r = Run({{"received", "2024-03-01"}, {"code", "2022"}, {"stage", 2}});
    CHECK(r["milestones"].size() == 2);
    CHECK(Due(r, "response") == "2024-04-02");  // Good Friday 29 March and Easter Monday 1 April skipped
    CHECK(Due(r, "extended_response") == "2024-04-16");
    CHECK(r["milestones"][0]["provision"] == "5.13");
  }
  SUBCASE("auto picks by date received") {
    CHECK(Run({{"received", "2024-03-28"}, {"code", "auto"}})["code"] == "2022");
    CHECK(Run({{"received", "2024-04-01"}, {"code", "auto"}})["code"] == "2024");
  }
}

TEST_CASE("where today falls") {
  SUBCASE("waiting for the acknowledgement") {
    json s = Run({{"received", "2025-03-14"}, {"today", "2025-03-18"}})["status"];
    CHECK(s["milestone"] == "acknowledge");
    CHECK(s["working_day"] == 2);
    CHECK(s["of"] == 5);
  }
  SUBCASE("the day received is day 0") {
    CHECK(Run({{"received", "2025-03-14"}, {"today", "2025-03-14"}})["status"]["working_day"] == 0);
  }
  SUBCASE("overdue the day after the response date when no extension is given") {
    json r = Run({{"received", "2025-03-14"}, {"today", "2025-04-08"}});
    CHECK(r["status"]["milestone"] == "response");
    CHECK(r["status"]["overdue_by"] == 2);
    CHECK(r["next_step"].get<std::string>().find("overdue by 2 working days: it was due by Friday 4 April 2025") != std::string::npos);
  }
  SUBCASE("overdue past an agreed extension") {
    json r = Run({{"received", "2025-03-14"}, {"extension_working_days", 5}, {"today", "2025-04-15"}});
    CHECK(r["status"]["milestone"] == "extended_response");
    CHECK(r["status"]["overdue_by"] == 2);
    CHECK(r["next_step"].get<std::string>().find("Housing Ombudsman") != std::string::npos);
  }
  SUBCASE("inside an agreed extension") {
    json s = Run({{"received", "2025-03-14"}, {"extension_working_days", 5}, {"today", "2025-04-09"}})["status"];
    CHECK(s["milestone"] == "extended_response");
    CHECK(s["working_day"] == 3);
    CHECK(s["overdue_by"] == 0);
  }
}

TEST_CASE("bad input of every kind is an error with a stable code and the field") {
  struct Case { const char* request; const char* code; const char* field; };
  const Case cases[] = {
      {R"(not json)", "invalid_json", ""},
      {R"([1,2])", "invalid_json", ""},
      {R"({})", "missing_field", "received"},
      {R"({"received":20250314})", "wrong_type", "received"},
      {R"({"received":"2025-02-29"})", "invalid_date", "received"},
      {R"({"received":"2025-3-1"})", "invalid_date", "received"},
      {R"({"received":"2025-13-01"})", "invalid_date", "received"},
      {R"({"received":"2025-03-14","stage":3})", "invalid_stage", "stage"},
      {R"({"received":"2025-03-14","stage":"two"})", "invalid_stage", "stage"},
      {R"({"received":"2025-03-14","code":"2023"})", "invalid_code", "code"},
      {R"({"received":"2025-03-14","nation":"wales"})", "invalid_nation", "nation"},
      {R"({"received":"2025-03-14","nation":7})", "invalid_nation", "nation"},
      {R"({"received":"2025-03-14","acknowledged":"2025-03-13"})", "acknowledged_before_received", "acknowledged"},
      {R"({"received":"2025-03-14","acknowledged":"2025-03-32"})", "invalid_date", "acknowledged"},
      {R"({"received":"2025-03-14","today":"2025-03-13"})", "received_in_future", "received"},
      {R"({"received":"2025-03-14","acknowledged":"2025-03-20","today":"2025-03-18"})", "acknowledged_in_future", "acknowledged"},
      {R"({"received":"2025-03-14","extension_working_days":-1})", "invalid_extension", "extension_working_days"},
      {R"({"received":"2025-03-14","extension_working_days":"5"})", "invalid_extension", "extension_working_days"},
      {R"({"received":"2025-03-14","closures":"2025-12-29"})", "invalid_closures", "closures"},
      {R"({"received":"2025-03-14","closures":["2025-12-32"]})", "invalid_date", "closures"},
      {R"({"received":"2025-03-14","closures":[5]})", "invalid_closures", "closures"},
      {R"({"received":"1990-03-14"})", "date_out_of_range", "received"},
      {R"({"received":"2101-01-04"})", "date_out_of_range", "received"},
      {R"({"received":"2025-03-14","recieved":"2025-03-14"})", "unknown_field", "recieved"},
      {R"({"received":"2025-03-14","extended_to":"2025-04-04"})", "extended_not_after_response", "extended_to"},
      {R"({"received":"2025-03-14","extended_to":"2025-04-31"})", "invalid_date", "extended_to"},
      {R"({"received":"2025-03-14","extended_to":"2025-04-22","extension_working_days":10})", "invalid_extension", "extended_to"},
      {R"({"received":"2025-03-14","responded":"2025-03-13"})", "responded_before_received", "responded"},
      {R"({"received":"2025-03-14","responded":"2025-03-20","today":"2025-03-18"})", "responded_in_future", "responded"},
      {R"({"received":"2025-03-14","responded":20250320})", "wrong_type", "responded"},
  };
  for (const auto& c : cases) {
    CAPTURE(c.request);
    json r = json::parse(cs::DeadlinesJson(c.request));
    REQUIRE(r.contains("error"));
    CHECK(r["error"]["code"] == c.code);
    CHECK(r["error"]["field"] == c.field);
    CHECK_FALSE(r["error"]["message"].get<std::string>().empty());
  }
}

namespace {

bool Has(const json& r, const std::string& text) { return r["next_step"].get<std::string>().find(text) != std::string::npos; }

}  // namespace

// The Code counts working days (6.2, 6.3, 6.11, 6.14) and gives a landlord no power to add its own non-working days.
TEST_CASE("6.2, 6.3: closures never move the acknowledgement or response date") {
  // The issue's worked example, by hand from gov.uk's England and Wales bank holidays: received Friday 18 December
  // 2026; working days 21, 22, 23, 24 December (25 Christmas Day, 28 Boxing Day substitute), 29 December = day 5;
  // then 30, 31 December (1 January New Year's Day), 4 ... 8, 11, 12, 13 January = day 10.
  json closures = {"2026-12-29", "2026-12-30", {{"date", "2026-12-31"}, {"title", "Office closed"}}};
  json r = Run({{"received", "2026-12-18"}, {"closures", closures}});
  CHECK(Due(r, "acknowledge") == "2026-12-29");
  CHECK(Due(r, "response") == "2027-01-13");
  json plain = Run({{"received", "2026-12-18"}});
  CHECK(r["milestones"] == plain["milestones"]);
  CHECK(r["holidays_in_range"] == plain["holidays_in_range"]);
  // Shown as information: the days the office is closed that the Code still counts.
  REQUIRE(r["closures_in_range"].size() == 3);
  CHECK(r["closures_in_range"][0] == json({{"date", "2026-12-29"}, {"title", "Landlord closure day"}}));
  CHECK(r["closures_in_range"][2]["title"] == "Office closed");
  CHECK(plain["closures_in_range"].empty());
  // Closures on a weekend, a bank holiday or outside the dates are not listed; the next step names the Code's dates.
  json other = Run({{"received", "2026-12-18"}, {"closures", {"2026-12-26", "2026-12-28", "2027-03-01"}}});
  CHECK(other["closures_in_range"].empty());
  CHECK(Has(r, "by Tuesday 29 December 2026 and send its stage 1 response by Wednesday 13 January 2027"));
}

TEST_CASE("6.11, 6.14: closures never move a stage 2 date either, nor the status today") {
  json closures = {"2026-12-29", "2026-12-30", "2026-12-31"};
  json r = Run({{"received", "2026-12-18"}, {"stage", 2}, {"closures", closures}, {"today", "2027-01-04"}});
  json plain = Run({{"received", "2026-12-18"}, {"stage", 2}, {"today", "2027-01-04"}});
  CHECK(Due(r, "acknowledge") == "2026-12-29");
  CHECK(r["milestones"] == plain["milestones"]);
  CHECK(r["status"] == plain["status"]);
  CHECK(r["status"]["working_day"] == 3);  // 30, 31 December, 4 January after the acknowledgement deadline
}

// An extension exists only when the landlord has told the resident the new date (6.4, 6.15): without one the
// response is late the day after the 6.3 / 6.14 date, and every next-step sentence uses that date.
TEST_CASE("6.3, 6.4: without an extension every next step uses the 6.3 response date") {
  json r = Run({{"received", "2025-03-14"}});
  CHECK(Has(r, "If by Friday 4 April 2025 you have had neither a response nor a new date, contact the Housing Ombudsman"));
  CHECK_FALSE(Has(r, "no response by Tuesday 22 April 2025"));
  // The extended date appears only as the latest an extension may reach without a good reason.
  CHECK(Has(r, "Without a good reason it can add no more than 10 working days, so no later than Tuesday 22 April 2025."));
  json overdue = Run({{"received", "2025-03-14"}, {"today", "2025-04-08"}});
  CHECK(Has(overdue, "The response is overdue by 2 working days: it was due by Friday 4 April 2025."));
  CHECK_FALSE(Has(overdue, "unless"));
  CHECK_FALSE(Has(overdue, "If you have had no response by"));
}

TEST_CASE("6.14, 6.15: at stage 2 too the next steps use the 6.14 date until an extension is given") {
  json r = Run({{"received", "2025-06-02"}, {"stage", 2}, {"today", "2025-07-10"}});
  CHECK(Has(r, "The response is overdue by 3 working days: it was due by Monday 7 July 2025."));
  CHECK_FALSE(Has(r, "no response by Monday 4 August 2025"));
  CHECK(Has(r, "no more than 20 working days, so no later than Monday 4 August 2025"));
  json extended = Run({{"received", "2025-06-02"}, {"stage", 2}, {"extension_working_days", 20}, {"today", "2025-07-10"}});
  CHECK(extended["status"]["overdue_by"] == 0);
  CHECK(Has(extended, "Your landlord has told you it needs 20 more working days, so the response is now due by Monday 4 August 2025."));
  CHECK(Has(extended, "If you have had no response by Monday 4 August 2025, contact the Housing Ombudsman"));
}

TEST_CASE("6.5, 6.16: an extension must come with the Ombudsman's contact details, and 10 (20) more working days without good reason") {
  json s1 = Run({{"received", "2025-03-14"}});
  CHECK(Has(s1, "it must tell you why and give you the new date and the Housing Ombudsman's contact details"));
  CHECK(Has(s1, "no more than 10 working days"));
  json s2 = Run({{"received", "2025-06-02"}, {"stage", 2}});
  CHECK(Has(s2, "the Housing Ombudsman's contact details"));
  CHECK(Has(s2, "no more than 20 working days"));
  // The 2022 Code (5.1, 5.13) has no such requirement: its sentence does not invent one.
  json old = Run({{"received", "2024-03-01"}, {"code", "2022"}});
  CHECK_FALSE(Has(old, "contact details"));
  CHECK(Has(old, "no more than 10 working days"));
  const cs::Timescales& t = cs::Timescales::Default();
  CHECK(t.Find("2024")->stages.at(1).back().ombudsman_details == "6.5");
  CHECK(t.Find("2024")->stages.at(2).back().ombudsman_details == "6.16");
  CHECK(t.Find("2022")->stages.at(1).back().ombudsman_details.empty());
}

// 6.3 counts the response "within 10 working days of the complaint being acknowledged": a late acknowledgement
// moves the date as written, so the resident also sees the date had the landlord acknowledged in time.
TEST_CASE("6.2, 6.3: a late acknowledgement shows both response dates and how late it was") {
  json r = Run({{"received", "2025-03-14"}, {"acknowledged", "2025-03-25"}});
  REQUIRE(r["milestones"][0]["late_by"] == 2);
  CHECK(r["milestones"][1]["due"] == "2025-04-08");                         // 6.3 as written: from 25 March
  CHECK(r["milestones"][1]["due_if_acknowledged_on_time"] == "2025-04-04");  // from 21 March, the 6.2 date
  CHECK(Has(r, "The acknowledgement came 2 working days late, on Tuesday 25 March 2025."));
  CHECK(Has(r, "Had the acknowledgement been on time, the response would have been due by Friday 4 April 2025."));
  json one = Run({{"received", "2025-03-14"}, {"acknowledged", "2025-03-24"}});
  CHECK(Has(one, "The acknowledgement came 1 working day late"));
  // In time, or early: one date only.
  json in_time = Run({{"received", "2025-03-14"}, {"acknowledged", "2025-03-21"}});
  CHECK_FALSE(in_time["milestones"][1].contains("due_if_acknowledged_on_time"));
  CHECK_FALSE(Has(in_time, "acknowledgement came"));
  // Stage 2 (6.11, 6.14) the same way; the 2022 Code's stage 2 has no acknowledgement step.
  json s2 = Run({{"received", "2025-06-02"}, {"stage", 2}, {"acknowledged", "2025-06-11"}});
  CHECK(s2["milestones"][1]["due_if_acknowledged_on_time"] == "2025-07-07");
  CHECK(s2["milestones"][1]["due"] == "2025-07-09");
}

// Received Friday 14 March 2025, not acknowledged: acknowledge by 21 March (6.2), respond by Friday 4 April (6.3),
// and an extension without a good reason reaches at most Tuesday 22 April (10 working days: Good Friday and Easter
// Monday left out).
TEST_CASE("6.4, 6.15: the new date the landlord gave, within the limit or needing a good reason") {
  SUBCASE("the last day within the limit") {
    json r = Run({{"received", "2025-03-14"}, {"extended_to", "2025-04-22"}, {"today", "2025-04-10"}});
    const json& ext = r["milestones"][2];
    CHECK(ext["due"] == "2025-04-22");
    CHECK(ext["working_days"] == 10);
    CHECK(ext["limit"] == 10);
    CHECK_FALSE(ext.contains("needs_good_reason"));
    CHECK(r["status"]["milestone"] == "extended_response");
    CHECK(r["outcome"] == "due");
    CHECK(Has(r, "within the 10 working days"));
    CHECK(Has(r, "now due by Tuesday 22 April 2025"));
  }
  SUBCASE("one working day past it needs a good reason") {
    json r = Run({{"received", "2025-03-14"}, {"extended_to", "2025-04-23"}});
    const json& ext = r["milestones"][2];
    CHECK(ext["working_days"] == 11);
    CHECK(ext["needs_good_reason"] == true);
    CHECK(ext["maximum"] == 10);
    CHECK(Has(r, "more than the 10 the Code allows without a good reason"));
  }
  SUBCASE("a date on a weekend counts as given") {
    json r = Run({{"received", "2025-03-14"}, {"extended_to", "2025-04-12"}});
    CHECK(r["milestones"][2]["due"] == "2025-04-12");
    CHECK(r["milestones"][2]["working_days"] == 5);
  }
  SUBCASE("stage 2: up to 20 working days") {
    // Received Monday 3 March 2025: acknowledge by 10 March (6.11), respond by 7 April (6.14); the latest date
    // within the limit is 20 working days after that; 2 June is well beyond it.
    json base = Run({{"received", "2025-03-03"}, {"stage", 2}});
    CHECK(Due(base, "response") == "2025-04-07");
    const std::string limit = Due(base, "extended_response");
    json within = Run({{"received", "2025-03-03"}, {"stage", 2}, {"extended_to", limit}});
    CHECK(within["milestones"][2]["working_days"] == 20);
    CHECK_FALSE(within["milestones"][2].contains("needs_good_reason"));
    json beyond = Run({{"received", "2025-03-03"}, {"stage", 2}, {"extended_to", "2025-06-02"}});
    CHECK(beyond["milestones"][2]["needs_good_reason"] == true);
    CHECK(beyond["milestones"][2]["maximum"] == 20);
  }
}

TEST_CASE("6.3, 6.4: a response that has come is on time or late, never overdue") {
  SUBCASE("on the response date: on time") {
    json r = Run({{"received", "2025-03-14"}, {"responded", "2025-04-04"}, {"today", "2025-11-20"}});
    CHECK(r["responded"] == json::parse(R"({"date":"2025-04-04","milestone":"response","due":"2025-04-04","late_by":0})"));
    CHECK(r["outcome"] == "on-time");
    CHECK_FALSE(r.contains("status"));
    CHECK(Has(r, "on time"));
    CHECK_FALSE(Has(r, "overdue"));
  }
  SUBCASE("two working days after it: late by 2") {
    json r = Run({{"received", "2025-03-14"}, {"responded", "2025-04-08"}, {"today", "2025-11-20"}});
    CHECK(r["responded"]["late_by"] == 2);
    CHECK(r["outcome"] == "late");
    CHECK(Has(r, "2 working days late"));
    CHECK_FALSE(Has(r, "overdue"));
  }
  SUBCASE("the Saturday after it: late by 1") {
    json r = Run({{"received", "2025-03-14"}, {"responded", "2025-04-05"}});
    CHECK(r["responded"]["late_by"] == 1);
    CHECK(Has(r, "1 working day late"));
  }
  SUBCASE("judged against the new date the resident was told of") {
    json r = Run({{"received", "2025-03-14"}, {"extended_to", "2025-04-22"}, {"responded", "2025-04-22"}});
    CHECK(r["responded"]["milestone"] == "extended_response");
    CHECK(r["responded"]["due"] == "2025-04-22");
    CHECK(r["outcome"] == "on-time");
    json late = Run({{"received", "2025-03-14"}, {"extended_to", "2025-04-15"}, {"responded", "2025-04-17"}});
    CHECK(late["responded"]["late_by"] == 2);
    CHECK(late["outcome"] == "late");
  }
  SUBCASE("no response yet: due, then overdue") {
    CHECK(Run({{"received", "2025-03-14"}, {"today", "2025-04-04"}})["outcome"] == "due");
    CHECK(Run({{"received", "2025-03-14"}, {"today", "2025-04-07"}})["outcome"] == "overdue");
    CHECK_FALSE(Run({{"received", "2025-03-14"}}).contains("outcome"));
  }
}
