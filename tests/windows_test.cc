// Tests for core/windows: the 12-month complaint window (2.3) and the Ombudsman window.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "code_catalogue.h"
#include "timescales.h"
#include "windows.h"

using nlohmann::json;

TEST_CASE("the complaint window closes 12 calendar months later") {
  json r = json::parse(cs::WindowJson(R"({"kind":"complaint","from":"2025-03-14","today":"2026-03-14"})"));
  CHECK(r["closes"] == "2026-03-14");
  CHECK(r["open"] == true);
  CHECK(r["provision"] == "2.3");
  SUBCASE("from 29 February it closes on 28 February") {
    json leap = json::parse(cs::WindowJson(R"({"kind":"complaint","from":"2024-02-29"})"));
    CHECK(leap["closes"] == "2025-02-28");
    CHECK_FALSE(leap.contains("open"));
  }
  SUBCASE("outside it the landlord must consider accepting it — never 'rejected'") {
    json late = json::parse(cs::WindowJson(R"({"kind":"complaint","from":"2025-03-14","today":"2026-03-15"})"));
    CHECK(late["open"] == false);
    std::string message = late["message"];
    CHECK(message.find("must consider accepting it") != std::string::npos);
    CHECK(message.find("reject") == std::string::npos);
  }
}

TEST_CASE("the Ombudsman window: 12 months after the final response") {
  json r = json::parse(cs::WindowJson(R"({"kind":"ombudsman","from":"2025-07-07","today":"2025-08-01"})"));
  CHECK(r["closes"] == "2026-07-07");
  CHECK(r["message"].get<std::string>().find("Tuesday 7 July 2026") != std::string::npos);
}

TEST_CASE("window input errors") {
  auto code = [](const char* request) { return json::parse(cs::WindowJson(request))["error"]["code"].get<std::string>(); };
  CHECK(code(R"({"kind":"complaint"})") == "missing_field");
  CHECK(code(R"({"kind":"complaint","from":"2025-02-30"})") == "invalid_date");
  CHECK(code(R"({"kind":"appeal","from":"2025-02-03"})") == "invalid_kind");
  CHECK(code(R"({"kind":"complaint","from":"2025-02-03","today":"2025-01-01"})") == "from_in_future");
  CHECK(code(R"(nope)") == "invalid_json");
}

TEST_CASE("each Code's complaint window cites its provision on which matters are not considered (2024 2.3, 2022 1.8 not 1.7)") {
  // The 2022 window used to cite 1.7 ("A landlord must accept a complaint unless there is a valid reason not to do
  // so."), which sets no time limit. The 2022 Code's 12-month exclusion is among the circumstances 1.8 has the
  // policy set out. Each cited provision must exist in that Code and be about time limits or exclusions.
  for (const char* code : {"2024", "2022"}) {
    CAPTURE(code);
    const cs::CodeTimescales* rules = cs::Timescales::Default().Find(code);
    REQUIRE(rules);
    const cs::CodeCatalogue* catalogue = cs::CodeCatalogue::Get(code);
    REQUIRE(catalogue);
    const cs::Provision* cited = catalogue->Find(rules->complaint_window_provision);
    REQUIRE_MESSAGE(cited, ("the complaint window cites " + rules->complaint_window_provision));
    CAPTURE(cited->text);
    bool time_limit = cited->text.find("12 months") != std::string::npos;
    bool exclusions = cited->text.find("circumstances in which a matter will not be considered") != std::string::npos;
    CHECK((time_limit || exclusions));
    json window = json::parse(cs::WindowJson(std::string(R"({"kind":"complaint","from":"2023-01-10","code":")") + code + "\"}"));
    CHECK(window["provision"] == rules->complaint_window_provision);
  }
  CHECK(cs::Timescales::Default().Find("2022")->complaint_window_provision == "1.8");
}
