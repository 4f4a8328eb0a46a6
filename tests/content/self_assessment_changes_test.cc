// What changed between two years' self-assessments (core/content/self_assessment_changes.h).
#include <doctest/doctest.h>

#include "code_catalogue.h"
#include "date.h"
#include "self_assessment_changes.h"

namespace {

cs::SelfAssessment AllYes(const std::string& year) {
  cs::SelfAssessment sa;
  sa.year = year;
  sa.code = "2024";
  for (const auto& p : cs::CodeCatalogue::Get("2024")->Provisions()) {
    cs::ProvisionAnswer a;
    a.id = p.id;
    a.comply = true;
    a.evidence.push_back({"Policy", ""});
    sa.answers.push_back(a);
  }
  return sa;
}

cs::ProvisionAnswer* Answer(cs::SelfAssessment& sa, const std::string& id) {
  for (auto& a : sa.answers)
    if (a.id == id) return &a;
  return nullptr;
}

}  // namespace

TEST_CASE("self-assessment changes between two years") {
  cs::SelfAssessment before = AllYes("2024-25"), after = AllYes("2025-26");
  SUBCASE("the same answers: unchanged") {
    auto c = cs::CompareSelfAssessments(before, after);
    CHECK(c.Unchanged());
    CHECK(c.before_met == 72);
    CHECK(c.after_total == 72);
  }
  SUBCASE("met, no longer met, a new date, new evidence, in the Code's order") {
    Answer(before, "6.14")->comply = false;
    Answer(before, "6.14")->comply_by = *cs::ParseIsoDate("2025-09-30");
    Answer(before, "5.10")->comply = false;
    Answer(after, "5.10")->comply = false;  // still not met, a new date
    Answer(after, "5.10")->comply_by = *cs::ParseIsoDate("2026-03-31");
    Answer(after, "9.8")->comply = false;
    Answer(after, "1.2")->evidence.push_back({"Training log", "/training/"});
    auto c = cs::CompareSelfAssessments(before, after);
    CHECK_FALSE(c.Unchanged());
    CHECK(c.newly_met == std::vector<std::string>{"6.14"});
    CHECK(c.no_longer_met == std::vector<std::string>{"9.8"});
    REQUIRE(c.answers.size() == 2);
    CHECK(c.answers[0].id == "6.14");
    CHECK(c.answers[0].before == "no");
    CHECK(c.answers[1].id == "9.8");
    REQUIRE(c.comply_by_changed.size() == 1);
    CHECK(c.comply_by_changed[0].id == "5.10");
    CHECK(c.comply_by_changed[0].before == "");
    CHECK(c.comply_by_changed[0].after == "2026-03-31");
    REQUIRE(c.evidence_added.size() == 1);
    CHECK(c.evidence_added[0].id == "1.2");
    CHECK(c.evidence_added[0].evidence.url == "/training/");
    CHECK(c.evidence_removed.empty());
    CHECK(c.before_met == 70);
    CHECK(c.after_met == 70);
  }
  SUBCASE("different Codes are not compared provision by provision") {
    before.code = "2022";
    auto c = cs::CompareSelfAssessments(before, after);
    CHECK_FALSE(c.comparable);
    CHECK(c.answers.empty());
  }
  SUBCASE("the year before: the latest earlier year, nothing for the first") {
    cs::SelfAssessment older = AllYes("2023-24");
    std::vector<cs::SelfAssessment> all = {after, older, before};
    CHECK(cs::PreviousSelfAssessment(all, after)->year == "2024-25");
    CHECK(cs::PreviousSelfAssessment(all, before)->year == "2023-24");
    CHECK(cs::PreviousSelfAssessment(all, older) == nullptr);
  }
}
