// Tests for core/bank_holidays: every holiday against gov.uk's data, substitution rules, one-offs, Easter.
#include <doctest/doctest.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "bank_holiday_feed.h"
#include "bank_holidays.h"
#include "test_util.h"

using cs::BankHolidays;
using cs::Date;

namespace {

// division -> date -> title
using HolidayTable = std::map<std::string, std::map<std::string, std::string>>;

// BankHolidays::Replace with a gov.uk feed read by core/json/bank_holiday_feed.h; false (the table unchanged) and
// `error` when the feed is malformed.
bool LoadFeed(BankHolidays* table, std::string_view feed_json, std::string* error) {
  cs::Diagnostic problem;
  auto feed = cs::ReadBankHolidayFeed(feed_json, &problem);
  if (!feed) {
    CHECK(problem.code == "bank_holidays.feed");
    *error = problem.message;
    return false;
  }
  table->Replace(*feed);
  return true;
}

HolidayTable Computed(const BankHolidays& table, int from, int to) {
  HolidayTable out;
  for (const auto& division : BankHolidays::Divisions()) {
    int dv = cs::DivisionIndex(division);
    for (const auto& h : table.Between(dv, Date{from, 1, 1}, Date{to, 12, 31})) out[division][h.date.Iso()] = h.title;
  }
  return out;
}

void CompareTables(const HolidayTable& expected, const HolidayTable& actual) {
  for (const auto& division_days : expected) {  // no structured binding: clang 14 cannot capture one in doctest's macros
    const auto& division = division_days.first;
    const auto& days = division_days.second;
    for (const auto& date_title : days) {  // no structured binding: clang 14 cannot capture one in doctest's macros
      const auto& date = date_title.first;
      const auto& title = date_title.second;
      CAPTURE(division);
      CAPTURE(date);
      auto it = actual.find(division);
      REQUIRE(it != actual.end());
      auto day = it->second.find(date);
      CHECK_MESSAGE(day != it->second.end(), "missing holiday " << title);
      if (day != it->second.end()) CHECK(day->second == title);
    }
  }
  for (const auto& division_days : actual) {  // no structured binding: clang 14 cannot capture one in doctest's macros
    const auto& division = division_days.first;
    const auto& days = division_days.second;
    for (const auto& date_title : days) {  // no structured binding: clang 14 cannot capture one in doctest's macros
      const auto& date = date_title.first;
      const auto& title = date_title.second;
      CAPTURE(division);
      CAPTURE(date);
      CHECK_MESSAGE(expected.at(division).count(date) == 1, "extra holiday " << title);
    }
  }
}

std::string Title(const std::string& division, const std::string& iso) {
  auto d = cs::ParseIsoDate(iso);
  REQUIRE(d);
  const cs::Holiday* h = BankHolidays::Default().Find(cs::DivisionIndex(division), *d);
  return h ? h->title : "";
}

}  // namespace

TEST_CASE("every bank holiday 2015-2035 equals the reconciled gov.uk data in ../shared") {
  auto path = cs_test::SharedFile("reference/uk-bank-holidays-2015-2035.json");
  if (!path) return;  // failed (or skipped with CS_ALLOW_SKIP=1) by SharedFile
  auto feed = nlohmann::json::parse(*cs_test::ReadFile(*path));
  HolidayTable expected;
  for (const auto& division : BankHolidays::Divisions())
    for (const auto& ev : feed[division]["events"]) expected[division][ev["date"]] = ev["title"];
  CompareTables(expected, Computed(BankHolidays::Default(), 2015, 2035));
}

TEST_CASE("every bank holiday 2015-2030 equals the table kept in tests/data") {
  auto text = cs_test::ReadFile(cs_test::TestData("bank-holidays-2015-2030.tsv"));
  REQUIRE(text);
  HolidayTable expected;
  std::istringstream in(*text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    std::string division, date, title;
    std::getline(fields, division, '\t');
    std::getline(fields, date, '\t');
    std::getline(fields, title, '\t');
    expected[division][date] = title;
  }
  CHECK(expected["england-and-wales"].size() == 131);
  CompareTables(expected, Computed(BankHolidays::Default(), 2015, 2030));
}

TEST_CASE("weekend substitution") {
  SUBCASE("Christmas on Saturday, Boxing Day on Sunday (2021)") {
    CHECK(Title("england-and-wales", "2021-12-27") == "Christmas Day");
    CHECK(Title("england-and-wales", "2021-12-28") == "Boxing Day");
    CHECK(BankHolidays::Default().Find(0, Date{2021, 12, 27})->substitute);
  }
  SUBCASE("Christmas on Sunday, Boxing Day on Monday (2022)") {
    CHECK(Title("england-and-wales", "2022-12-26") == "Boxing Day");
    CHECK(Title("england-and-wales", "2022-12-27") == "Christmas Day");
  }
  SUBCASE("Boxing Day on Saturday (2026, 2037)") {
    CHECK(Title("scotland", "2026-12-25") == "Christmas Day");
    CHECK(Title("scotland", "2026-12-28") == "Boxing Day");
    CHECK(Title("england-and-wales", "2037-12-28") == "Boxing Day");
  }
  SUBCASE("New Year on Sunday; Scotland's 2 January on Monday (2023, 2034) as gov.uk lists them") {
    CHECK(Title("england-and-wales", "2023-01-02") == "New Year’s Day");
    CHECK(Title("scotland", "2023-01-02") == "New Year’s Day");
    CHECK(Title("scotland", "2023-01-03") == "2nd January");
    CHECK(Title("scotland", "2034-01-03") == "2nd January");
    // 2017 was published the other way round; kept as a moved day in the data.
    CHECK(Title("scotland", "2017-01-02") == "2nd January");
    CHECK(Title("scotland", "2017-01-03") == "New Year’s Day");
  }
  SUBCASE("New Year on Saturday, 2 January on Sunday (2022)") {
    CHECK(Title("scotland", "2022-01-03") == "New Year’s Day");
    CHECK(Title("scotland", "2022-01-04") == "2nd January");
    CHECK(Title("england-and-wales", "2022-01-03") == "New Year’s Day");
    CHECK(Title("england-and-wales", "2022-01-04") == "");
  }
  SUBCASE("St Andrew's Day at a weekend moves to Monday") {
    CHECK(Title("scotland", "2025-12-01") == "St Andrew’s Day");  // 30 Nov 2025 was a Sunday
    CHECK(Title("scotland", "2030-12-02") == "St Andrew’s Day");  // 30 Nov 2030 is a Saturday
    CHECK(Title("england-and-wales", "2025-12-01") == "");
  }
  SUBCASE("12 July on a Sunday moves to Monday 13 July (2026)") {
    CHECK(Title("northern-ireland", "2026-07-13") == "Battle of the Boyne (Orangemen’s Day)");
    CHECK(Title("northern-ireland", "2026-07-12") == "");
    CHECK(Title("england-and-wales", "2026-07-13") == "");
  }
  SUBCASE("St Patrick's Day on a Sunday (2024)") {
    CHECK(Title("northern-ireland", "2024-03-18") == "St Patrick’s Day");
  }
}

TEST_CASE("one-off and moved days") {
  CHECK(Title("england-and-wales", "2011-04-29") == "Royal wedding");
  CHECK(Title("england-and-wales", "2012-06-04") == "Spring bank holiday");
  CHECK(Title("england-and-wales", "2012-06-05") == "Queen’s Diamond Jubilee");
  CHECK(Title("england-and-wales", "2012-05-28") == "");
  CHECK(Title("england-and-wales", "2020-05-08") == "Early May bank holiday (VE day)");
  CHECK(Title("england-and-wales", "2020-05-04") == "");
  CHECK(Title("scotland", "2022-06-02") == "Spring bank holiday");
  CHECK(Title("scotland", "2022-06-03") == "Platinum Jubilee bank holiday");
  CHECK(Title("northern-ireland", "2022-09-19") == "Bank Holiday for the State Funeral of Queen Elizabeth II");
  CHECK(Title("england-and-wales", "2023-05-08") == "Bank holiday for the coronation of King Charles III");
  SUBCASE("Scotland's 2026 World Cup bank holiday is Scotland only") {
    CHECK(Title("scotland", "2026-06-15") == "World Cup bank holiday");
    CHECK(Title("england-and-wales", "2026-06-15") == "");
    CHECK(Title("northern-ireland", "2026-06-15") == "");
  }
}

TEST_CASE("Easter at its earliest and latest dates") {
  // Easter Sunday 2285-03-22 is out of range; within 1995-2100 the extremes are 2008-03-23 and 2038-04-25.
  CHECK(Title("england-and-wales", "2008-03-21") == "Good Friday");
  CHECK(Title("england-and-wales", "2008-03-24") == "Easter Monday");
  CHECK(Title("england-and-wales", "2038-04-23") == "Good Friday");
  CHECK(Title("england-and-wales", "2038-04-26") == "Easter Monday");
  CHECK(Title("scotland", "2038-04-26") == "");  // no Easter Monday in Scotland
  CHECK(Title("scotland", "2038-04-23") == "Good Friday");
  // Easter Sunday 2100-03-28 (the last year computed).
  CHECK(Title("northern-ireland", "2100-03-26") == "Good Friday");
}

TEST_CASE("Scotland's summer holiday is the first Monday of August; elsewhere the last") {
  CHECK(Title("scotland", "2027-08-02") == "Summer bank holiday");
  CHECK(Title("england-and-wales", "2027-08-30") == "Summer bank holiday");
  CHECK(Title("scotland", "2027-08-30") == "");
}

TEST_CASE("a gov.uk feed wins over the rules for the years it covers") {
  BankHolidays table = BankHolidays::Default();
  std::string error;
  std::string feed = R"({"england-and-wales":{"division":"england-and-wales","events":[
      {"title":"New Year’s Day","date":"2027-01-01","notes":"","bunting":true},
      {"title":"Extra proclaimed day","date":"2027-06-07","notes":"","bunting":true}]}})";
  REQUIRE(LoadFeed(&table, feed, &error));
  CHECK(table.Find(0, Date{2027, 6, 7}) != nullptr);
  CHECK(table.Find(0, Date{2027, 12, 27}) == nullptr);  // 2027 now comes only from the feed
  CHECK(table.Find(0, Date{2028, 12, 25}) != nullptr);  // other years keep the rules
  CHECK(table.Find(1, Date{2027, 12, 27}) != nullptr);  // other divisions too

  SUBCASE("the shared reference feed loads and changes nothing in 2015-2035") {
    auto path = cs_test::SharedFile("reference/uk-bank-holidays-2015-2035.json");
    if (!path) return;  // failed (or skipped with CS_ALLOW_SKIP=1) by SharedFile
    BankHolidays fresh = BankHolidays::Default();
    REQUIRE(LoadFeed(&fresh, *cs_test::ReadFile(*path), &error));
    CompareTables(Computed(BankHolidays::Default(), 2015, 2035), Computed(fresh, 2015, 2035));
  }
  SUBCASE("malformed feeds are refused and leave the table unchanged") {
    BankHolidays t = BankHolidays::Default();
    CHECK_FALSE(LoadFeed(&t, "{not json", &error));
    CHECK(error.find("not valid JSON") != std::string::npos);
    CHECK_FALSE(LoadFeed(&t, R"({"wales":{"events":[]}})", &error));
    CHECK(error.find("unknown division") != std::string::npos);
    CHECK_FALSE(LoadFeed(&t, R"({"scotland":{"events":[{"date":"2027-02-30","title":"x"}]}})", &error));
    CHECK(error.find("2027-02-30") != std::string::npos);
    CHECK(t.Find(1, Date{2027, 12, 27}) != nullptr);
  }
}

TEST_CASE("computed years run from 1995 to 2100 with about eight to ten holidays a year") {
  const auto& t = BankHolidays::Default();
  CHECK(t.FirstYear() == 1995);
  CHECK(t.LastYear() == 2100);
  for (int year = 1995; year <= 2100; ++year) {
    CAPTURE(year);
    auto ew = t.InYear(0, year).size();
    CHECK((ew >= 8 && ew <= 10));
    auto ni = t.InYear(2, year).size();
    CHECK((ni >= 10 && ni <= 12));
    for (const auto& h : t.InYear(1, year)) CHECK_FALSE(h.date.IsWeekend());
  }
}
