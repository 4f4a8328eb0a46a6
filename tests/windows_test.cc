// Tests for core/windows: the 12-month complaint window (2.3) and the Ombudsman window.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

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
