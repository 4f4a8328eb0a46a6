// Checks against the Complaint Handling Code: each problem asserts its finding code.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "checks.h"
#include "code_catalogue.h"
#include "ombudsman.h"
#include "test_util.h"

namespace {

std::multiset<std::string> Codes(const std::vector<cs::Diagnostic>& found) {
  std::multiset<std::string> codes;
  for (const auto& d : found) codes.insert(d.code);
  return codes;
}

const cs::Diagnostic* Find(const std::vector<cs::Diagnostic>& found, const std::string& code) {
  for (const auto& d : found)
    if (d.code == code) return &d;
  return nullptr;
}

cs::Date D(const char* iso) { return *cs::ParseIsoDate(iso); }

// The findings as text, for failure messages.
std::string Printed(const std::vector<cs::Diagnostic>& found) {
  std::string out;
  for (const auto& d : found) out += cs::FormatDiagnostic(d) + "\n";
  return out;
}

// A complete 2024-code self-assessment: every provision met with evidence, approved.
cs::SelfAssessment Complete() {
  cs::SelfAssessment sa;
  sa.year = "2025-26";
  sa.code = "2024";
  sa.completed = D("2026-05-01");
  sa.approved = D("2026-06-10");
  sa.approved_by = "Board of Example Homes";
  const cs::CodeCatalogue* cat = cs::CodeCatalogue::Get("2024");
  REQUIRE(cat);
  int line = 10;
  for (const auto& p : cat->Provisions()) {
    cs::ProvisionAnswer a;
    a.id = p.id;
    a.comply = true;
    a.evidence.push_back({"Complaints policy", "/policy/"});
    a.line = line++;
    sa.answers.push_back(a);
  }
  return sa;
}

// Self-assessment files as LoadContent gives them: (file, assessment), the year from the assessment.
std::vector<cs::SelfAssessmentSource> Sources(const std::vector<std::pair<std::string, cs::SelfAssessment>>& files) {
  std::vector<cs::SelfAssessmentSource> out;
  for (const auto& [file, sa] : files) out.push_back({sa.year, file, "", sa});
  return out;
}

// An annual report file as LoadContent gives it, with only the governing body's response read from `json` (a file
// that is not JSON has errors, so no parsed report).
cs::AnnualReportSource ReportFile(const std::string& file, const std::string& year, const std::string& json) {
  cs::AnnualReportSource r;
  r.file = file;
  r.year = year;
  r.text = json;
  auto doc = nlohmann::json::parse(json, nullptr, false);
  if (doc.is_discarded()) return r;
  cs::AnnualReport report;
  report.year = year;
  if (doc.contains("governing_body_response") && doc["governing_body_response"].contains("text"))
    report.governing_body_response.text.markdown = doc["governing_body_response"]["text"].get<std::string>();
  r.report = report;
  return r;
}

cs::ProvisionAnswer* Answer(cs::SelfAssessment& sa, const std::string& id) {
  for (auto& a : sa.answers)
    if (a.id == id) return &a;
  return nullptr;
}

std::string GoodPolicy() {
  auto text = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/tests/fixtures/check/good/policy.md");
  REQUIRE(text);
  return *text;
}

const cs::CodeTimescales& Code2024() { return *cs::Timescales::Default().Find("2024"); }

std::vector<cs::Diagnostic> Policy(const std::string& markdown) {
  return cs::CheckPolicy(markdown, "content/policy.md", Code2024());
}

}  // namespace

TEST_CASE("checks: a complete self-assessment has no findings") {
  CHECK(cs::CheckSelfAssessment(Complete(), "sa.json", D("2026-11-24")).empty());
  CHECK(cs::CheckSelfAssessments(Sources({{"sa.json", Complete()}}), "content/self-assessments", D("2026-11-24")).empty());
}

TEST_CASE("checks: self-assessment problems") {
  const cs::Date today = D("2026-11-24");
  SUBCASE("a provision not answered") {
    cs::SelfAssessment sa = Complete();
    sa.answers.erase(sa.answers.begin() + 5);
    auto found = cs::CheckSelfAssessment(sa, "sa.json", today);
    REQUIRE(Codes(found) == std::multiset<std::string>{"sa.provision.unanswered"});
    CHECK(found[0].provision == "2.1");
    CHECK(found[0].severity == cs::Severity::Error);
  }
  SUBCASE("no without explanation and comply_by") {
    cs::SelfAssessment sa = Complete();
    Answer(sa, "6.3")->comply = false;
    auto found = cs::CheckSelfAssessment(sa, "sa.json", today);
    CHECK(Codes(found) == std::multiset<std::string>{"sa.no.missing_comply_by", "sa.no.missing_explanation"});
    CHECK(Find(found, "sa.no.missing_comply_by")->line == Answer(sa, "6.3")->line);
    CHECK(Find(found, "sa.no.missing_comply_by")->provision == "6.3");
  }
  SUBCASE("comply_by in the past, judged by the date given, not the clock") {
    cs::SelfAssessment sa = Complete();
    auto* a = Answer(sa, "6.3");
    a->comply = false;
    a->explanation = "Recruiting.";
    a->comply_by = D("2026-03-31");
    CHECK(Codes(cs::CheckSelfAssessment(sa, "sa.json", D("2026-04-01"))) ==
          std::multiset<std::string>{"sa.no.comply_by_passed"});
    CHECK(cs::CheckSelfAssessment(sa, "sa.json", D("2026-03-31")).empty());
  }
  SUBCASE("yes without evidence") {
    cs::SelfAssessment sa = Complete();
    Answer(sa, "3.1")->evidence.clear();
    auto found = cs::CheckSelfAssessment(sa, "sa.json", today);
    CHECK(Codes(found) == std::multiset<std::string>{"sa.yes.missing_evidence"});
    CHECK(found[0].severity == cs::Severity::Warning);
  }
  SUBCASE("not approved by the governing body") {
    cs::SelfAssessment sa = Complete();
    sa.approved.reset();
    CHECK(Codes(cs::CheckSelfAssessment(sa, "sa.json", today)) == std::multiset<std::string>{"sa.approval.missing"});
    sa = Complete();
    sa.approved_by = "";
    CHECK(Codes(cs::CheckSelfAssessment(sa, "sa.json", today)) == std::multiset<std::string>{"sa.approval.missing"});
  }
  SUBCASE("the latest is more than 12 months old") {
    auto found = cs::CheckSelfAssessments(Sources({{"sa.json", Complete()}}), "dir", D("2027-06-11"));
    CHECK(Codes(found) == std::multiset<std::string>{"sa.latest.stale"});
    CHECK(cs::CheckSelfAssessments(Sources({{"sa.json", Complete()}}), "dir", D("2027-06-10")).empty());
  }
  SUBCASE("only the newest year counts as the latest") {
    cs::SelfAssessment old = Complete();
    old.year = "2023-24";
    old.completed = D("2023-05-01");
    old.approved = D("2023-06-01");
    old.answers.pop_back();  // an old year is history: not checked provision by provision
    auto found = cs::CheckSelfAssessments(Sources({{"old.json", old}, {"new.json", Complete()}}), "dir", today);
    CHECK(found.empty());
    cs::SelfAssessment latest = Complete();
    latest.answers.pop_back();
    CHECK(Codes(cs::CheckSelfAssessments(Sources({{"old.json", old}, {"new.json", latest}}), "dir", today)) ==
          std::multiset<std::string>{"sa.provision.unanswered"});
  }
  SUBCASE("a no without explanation or date: an error in the latest year, a warning in an earlier one") {
    cs::SelfAssessment old = Complete();
    old.year = "2023-24";
    old.completed = D("2023-05-01");
    old.approved = D("2023-06-01");
    Answer(old, "5.10")->comply = false;  // as the form was published, with no explanation and no date
    auto found = cs::CheckSelfAssessments(Sources({{"old.json", old}, {"new.json", Complete()}}), "dir", today);
    REQUIRE(Codes(found) == std::multiset<std::string>{"sa.no.missing_comply_by", "sa.no.missing_explanation"});
    for (const auto& d : found) {
      CHECK(d.severity == cs::Severity::Warning);
      CHECK(d.file == "old.json");
      CHECK(d.provision == "5.10");
      CHECK_FALSE(cs::BlocksPublication(d));  // history is published as it was
    }
    cs::SelfAssessment latest = Complete();
    Answer(latest, "5.10")->comply = false;
    cs::SelfAssessment earlier = Complete();
    earlier.year = "2024-25";
    found = cs::CheckSelfAssessments(Sources({{"old.json", earlier}, {"new.json", latest}}), "dir", today);
    REQUIRE(Codes(found) == std::multiset<std::string>{"sa.no.missing_comply_by", "sa.no.missing_explanation"});
    for (const auto& d : found) {
      CHECK(d.severity == cs::Severity::Error);
      CHECK(d.file == "new.json");
      CHECK(cs::BlocksPublication(d));  // the latest year: residents would read a bare "no"
    }
  }
  SUBCASE("the 2022 form's single evidence and commentary column counts as evidence") {
    cs::SelfAssessment sa;
    sa.year = "2023-24";
    sa.code = "2022";
    cs::ProvisionAnswer filled;
    filled.id = "1.2";
    filled.comply = true;
    filled.commentary = "Our policy defines what a complaint is.";  // "Evidence, commentary and any explanations"
    cs::ProvisionAnswer empty = filled;
    empty.id = "1.3";
    empty.commentary = "";
    sa.answers = {filled, empty};
    auto found = cs::CheckSelfAssessment(sa, "sa.json", D("2024-03-01"));
    CHECK(Find(found, "sa.yes.missing_evidence"));
    CHECK(Find(found, "sa.yes.missing_evidence")->provision == "1.3");
    CHECK(std::count_if(found.begin(), found.end(),
                        [](const cs::Diagnostic& d) { return d.code == "sa.yes.missing_evidence"; }) == 1);
    // The 2024 form has an evidence column of its own: commentary alone is not evidence there.
    cs::SelfAssessment sa2024 = Complete();
    Answer(sa2024, "1.2")->evidence.clear();
    Answer(sa2024, "1.2")->commentary = "Our policy defines what a complaint is.";
    CHECK(Codes(cs::CheckSelfAssessment(sa2024, "sa.json", today)) == std::multiset<std::string>{"sa.yes.missing_evidence"});
  }
  SUBCASE("this year's file has errors: last year's is not called the latest, nor more than 12 months old") {
    cs::SelfAssessment last = Complete();
    last.year = "2024-25";
    last.completed = D("2025-05-01");
    last.approved = D("2025-06-01");
    CHECK(Codes(cs::CheckSelfAssessments(Sources({{"2024-25.json", last}}), "dir", today)) ==
          std::multiset<std::string>{"sa.latest.stale"});
    std::vector<cs::SelfAssessmentSource> files = Sources({{"2024-25.json", last}});
    files.push_back({"2025-26", "2025-26.json", "{", std::nullopt});  // LoadContent reported its errors
    CHECK(cs::CheckSelfAssessments(files, "dir", today).empty());
  }
  SUBCASE("a 2022-code self-assessment as the latest after 1 April 2024") {
    cs::SelfAssessment sa;
    sa.year = "2023-24";
    sa.code = "2022";
    sa.completed = D("2024-03-01");
    sa.approved = D("2024-03-20");
    sa.approved_by = "Board";
    for (const auto& p : cs::CodeCatalogue::Get("2022")->Provisions()) {
      cs::ProvisionAnswer a;
      a.id = p.id;
      a.comply = true;
      a.evidence.push_back({"Policy", ""});
      sa.answers.push_back(a);
    }
    CHECK(cs::CheckSelfAssessments(Sources({{"sa.json", sa}}), "dir", D("2024-03-31")).empty());
    CHECK(Codes(cs::CheckSelfAssessments(Sources({{"sa.json", sa}}), "dir", D("2024-04-01"))) ==
          std::multiset<std::string>{"sa.latest.old_code"});
  }
  SUBCASE("none at all") {
    auto found = cs::CheckSelfAssessments({}, "content/self-assessments", today);
    REQUIRE(Codes(found) == std::multiset<std::string>{"sa.none"});
    CHECK(found[0].provision == "8.1");
  }
}

TEST_CASE("checks: a policy that meets the Code has no findings") {
  auto found = Policy(GoodPolicy());
  for (const auto& d : found) MESSAGE(cs::FormatDiagnostic(d));
  CHECK(found.empty());
}

TEST_CASE("checks: policy stages") {
  std::string good = GoodPolicy();
  SUBCASE("a third stage") {
    auto found = Policy(good + "\nIf you are still unhappy you can ask for a stage 3 review by the panel.\n");
    REQUIRE(Codes(found) == std::multiset<std::string>{"policy.stages.third"});
    CHECK(found[0].provision == "5.3");
    CHECK(found[0].line == static_cast<int>(std::count(good.begin(), good.end(), '\n')) + 2);
  }
  SUBCASE("stage 0 and informal complaints") {
    CHECK(Codes(Policy(good + "\nWe first try to resolve things at stage 0.\n")) ==
          std::multiset<std::string>{"policy.stages.extra"});
    CHECK(Codes(Policy(good + "\nMost issues are dealt with as an informal complaint.\n")) ==
          std::multiset<std::string>{"policy.stages.extra"});
    CHECK(Policy(good + "\nWe do not have an informal complaint stage.\n").empty());
  }
  SUBCASE("no two-stage process") {
    CHECK(Codes(Policy("# Policy\n\nTell us and we will sort it out. The Housing Ombudsman can help.\n"))
              .count("policy.stages.missing") == 1);
  }
}

TEST_CASE("checks: policy timescales come from the Code data") {
  std::string good = GoodPolicy();
  SUBCASE("15 working days for the stage 1 response") {
    auto found = Policy(good + "\nWe aim to respond to stage 1 complaints within 15 working days.\n");
    REQUIRE(Codes(found) == std::multiset<std::string>{"policy.timescale.mismatch"});
    CHECK(found[0].provision == "6.3");
    CHECK(found[0].message.find("10 working days") != std::string::npos);
  }
  SUBCASE("20 days, not working days, for the final response") {
    auto found = Policy(good + "\nWe will send our stage 2 response within 20 days.\n");
    REQUIRE(Codes(found) == std::multiset<std::string>{"policy.timescale.not_working_days"});
    CHECK(found[0].provision == "6.14");
  }
  SUBCASE("an extension longer than the Code allows") {
    CHECK(Codes(Policy(good + "\nAt stage 1 we may extend the deadline by up to 15 working days.\n")) ==
          std::multiset<std::string>{"policy.timescale.mismatch"});
  }
  SUBCASE("acknowledgement in words") {
    CHECK(Codes(Policy(good + "\nWe acknowledge stage 1 complaints within ten working days.\n")) ==
          std::multiset<std::string>{"policy.timescale.mismatch"});
  }
  SUBCASE("the 12-month window") {
    auto found = Policy(good + "\nYou must complain within 6 months of the issue.\n");
    REQUIRE(Codes(found) == std::multiset<std::string>{"policy.timescale.window"});
    CHECK(found[0].provision == "2.3");
  }
  SUBCASE("repairs timescales are not complaint timescales") {
    CHECK(Policy(good + "\nWe respond to emergency repair requests within 2 days.\n").empty());
  }
  SUBCASE("the timescales of the Code the site follows") {
    auto found = cs::CheckPolicy(good, "p.md", *cs::Timescales::Default().Find("2022"));
    // Under the 2022 Code a stage 2 extension is capped at 10 working days, so "no more than 20" is flagged.
    REQUIRE(Codes(found).count("policy.timescale.mismatch") == 1);
    CHECK(Find(found, "policy.timescale.mismatch")->provision == "5.13");
  }
}

TEST_CASE("checks: what the policy must explain") {
  auto without = [](std::string text, const std::string& phrase, const std::string& replacement) {
    size_t at;
    while ((at = text.find(phrase)) != std::string::npos) text.replace(at, phrase.size(), replacement);
    return Codes(Policy(text));
  };
  std::string good = GoodPolicy();
  {
    std::string t = good;
    for (const char* w : {"Ombudsman", "ombudsman"})
      for (size_t at; (at = t.find(w)) != std::string::npos;) t.replace(at, std::string(w).size(), "regulator");
    CHECK(Codes(Policy(t)).count("policy.ombudsman.missing") == 1);
  }
  CHECK(without(good, "www.housing-ombudsman.org.uk or 0300 111 3000", "their website").count("policy.ombudsman.contact") ==
        1);
  {
    // Either of the Ombudsman's built-in contact details (core/content/site_config.h) is enough on its own.
    const cs::OmbudsmanInfo ombudsman;
    CHECK(without(good, "www.housing-ombudsman.org.uk or 0300 111 3000", ombudsman.phone).count("policy.ombudsman.contact") == 0);
    CHECK(without(good, "www.housing-ombudsman.org.uk or 0300 111 3000", ombudsman.website).count("policy.ombudsman.contact") ==
          0);
    CHECK(without(good, "www.housing-ombudsman.org.uk or 0300 111 3000", "0300 000 0000").count("policy.ombudsman.contact") == 1);
  }
  CHECK(without(good, "Complaint Handling Code", "rules").count("policy.code.missing") == 1);
  {
    std::string t = good;
    for (const char* p : {"A representative, advocate or someone else you trust can make a complaint\non your behalf and come to meetings with you."})
      t.replace(t.find(p), std::string(p).size(), "");
    CHECK(Codes(Policy(t)).count("policy.representatives.missing") == 1);
  }
  CHECK(without(good, "easonable adjustments", "help").count("policy.adjustments.missing") == 1);
  CHECK(without(good, "will not consider", "may look at").count("policy.exclusions.missing") == 1);
  CHECK(without(good, "12 months", "a long time").count("policy.exclusions.twelve_months") == 1);
  CHECK(without(good, "ask the Housing Ombudsman to look at our decision", "ask again").count("policy.refusal.missing") == 1);
}

TEST_CASE("checks: the policy's Ombudsman contact is the one site.json gives") {
  auto site_text = cs_test::ReadFile(std::string(SOURCE_DIRECTORY) + "/content/site.json");
  REQUIRE(site_text);
  std::string overridden = *site_text;
  overridden.insert(overridden.find('{') + 1, "\n  \"ombudsman\": {\"phone\": \"0300 999 1234\"},");
  std::vector<cs::Diagnostic> problems;
  auto site = cs::ParseSiteConfig(overridden, "content/site.json", &problems);
  REQUIRE(site);
  REQUIRE(site->ombudsman.phone == "0300 999 1234");

  std::string policy = GoodPolicy();
  const std::string contact = "www.housing-ombudsman.org.uk or 0300 111 3000";
  REQUIRE(policy.find(contact) != std::string::npos);
  policy.replace(policy.find(contact), contact.size(), "0300 999 1234");

  cs::Content content;
  content.root = "content";
  content.exists = true;
  content.site = *site;
  content.site_json = overridden;
  content.site_file = "content/site.json";
  content.policy = cs::MarkdownFile{"policy", "content/policy.md", policy, "", "", std::nullopt, policy, 1};
  auto found = cs::RunChecks(content, D("2026-11-24"));
  CHECK(Find(found, "policy.ombudsman.contact") == nullptr);
  CHECK(Find(found, "policy.code.missing") == nullptr);  // the policy's other checks still ran on it

  // The same policy against the built-in number is missing the contact, and so is the built-in number against
  // the site's: the check follows site.json, it does not accept any phone number.
  CHECK(Codes(Policy(policy)).count("policy.ombudsman.contact") == 1);
  cs::OmbudsmanInfo mine = site->ombudsman;
  std::string built_in = GoodPolicy();
  built_in.replace(built_in.find(contact), contact.size(), "0300 111 3000");
  CHECK(Codes(cs::CheckPolicy(built_in, "p.md", Code2024(), mine)).count("policy.ombudsman.contact") == 1);
  CHECK(Codes(cs::CheckPolicy(built_in, "p.md", Code2024(), cs::OmbudsmanInfo())).count("policy.ombudsman.contact") == 0);
  // Spaces and hyphens in the number do not matter.
  std::string hyphens = GoodPolicy();
  hyphens.replace(hyphens.find(contact), contact.size(), "0300-999-1234");
  CHECK(Codes(cs::CheckPolicy(hyphens, "p.md", Code2024(), mine)).count("policy.ombudsman.contact") == 0);
}

TEST_CASE("checks: policy lines count from the file's first line when the policy has front matter") {
  std::string good = GoodPolicy();
  std::string body = good + "\nIf you are still unhappy you can ask for a stage 3 review by the panel.\n";
  int body_line = static_cast<int>(std::count(good.begin(), good.end(), '\n')) + 2;
  auto found = cs::CheckPolicy(body, "content/policy.md", Code2024(), cs::OmbudsmanInfo(), 6);
  REQUIRE(Codes(found) == std::multiset<std::string>{"policy.stages.third"});
  CHECK(found[0].line == body_line + 5);
  // Findings about the whole policy keep line 0 (no line).
  auto whole = cs::CheckPolicy("# Policy\n\nThe Housing Ombudsman can help.\n", "p.md", Code2024(), cs::OmbudsmanInfo(), 6);
  REQUIRE(Find(whole, "policy.stages.missing"));
  CHECK(Find(whole, "policy.stages.missing")->line == 0);
  // RunChecks passes the line the policy's body starts on.
  cs::Content content;
  content.root = "content";
  content.exists = true;
  content.policy = cs::MarkdownFile{"policy", "content/policy.md", body, "", "", std::nullopt, body, 6};
  auto all = cs::RunChecks(content, D("2026-11-24"));
  REQUIRE(Find(all, "policy.stages.third"));
  CHECK(Find(all, "policy.stages.third")->line == body_line + 5);
}

TEST_CASE("checks: site.json") {
  cs::SiteConfig site;
  site.channels.push_back({"phone", "", "0100 000 000", "", ""});
  site.channels.push_back({"email", "", "complaints@example.org", "", ""});
  site.senior_lead = {"A. Person", "Director"};
  site.member_responsible = {"B. Person", "Board member"};
  CHECK(cs::CheckSite(site, "", "site.json").empty());
  cs::SiteConfig bad = site;
  bad.channels.pop_back();
  bad.senior_lead.name = "";
  bad.member_responsible.name = " ";
  std::string json = "{\n  \"channels\": [],\n  \"senior_lead\": {}\n}\n";
  auto found = cs::CheckSite(bad, json, "content/site.json");
  CHECK(Codes(found) == std::multiset<std::string>{"site.channels.too_few", "site.mrc.missing", "site.senior_lead.missing"});
  CHECK(Find(found, "site.channels.too_few")->line == 2);
  CHECK(Find(found, "site.channels.too_few")->provision == "3.1");
  CHECK(Find(found, "site.senior_lead.missing")->line == 3);
  CHECK(Find(found, "site.mrc.missing")->provision == "9.5");
}

TEST_CASE("checks: annual reports") {
  CHECK(cs::LatestCompleteYear(D("2026-11-24")) == "2025-26");
  CHECK(cs::LatestCompleteYear(D("2026-03-31")) == "2024-25");
  CHECK(cs::LatestCompleteYear(D("2026-04-01")) == "2025-26");
  CHECK(cs::LatestCompleteYear(D("2000-04-01")) == "1999-00");
  const cs::Date today = D("2026-11-24");
  CHECK(Codes(cs::CheckAnnualReports({}, "dir", today, {})) == std::multiset<std::string>{"report.missing"});
  std::string with = R"({"governing_body_response": {"text": "The Board welcomes the report.", "by": "Board"}})";
  std::string without = "{\n  \"homes\": 10,\n  \"governing_body_response\": {\"text\": \"\"}\n}";
  CHECK(cs::CheckAnnualReports({ReportFile("r.json", "2025-26", with)}, "dir", today, {"2025-26"}).empty());
  auto found = cs::CheckAnnualReports({ReportFile("r.json", "2025-26", without)}, "dir", today, {"2025-26"});
  REQUIRE(Codes(found) == std::multiset<std::string>{"report.response.missing"});
  CHECK(found[0].line == 3);
  CHECK(found[0].provision == "8.2");
  CHECK(Codes(cs::CheckAnnualReports({ReportFile("r.json", "2024-25", with)}, "dir", D("2026-06-01"), {"2024-25"})) ==
        std::multiset<std::string>{"report.latest.missing"});
  CHECK(cs::CheckAnnualReports({ReportFile("r.json", "2025-26", "not json")}, "dir", today, {"2025-26"}).empty());
}

// Issue 12, item 3: "not", "no" or "without" elsewhere in the sentence must not hide a third or informal stage.
TEST_CASE("checks: a third or informal stage is found even when the sentence says not, no or without (Code 5.2, 5.3)") {
  std::string good = GoodPolicy();
  auto codes_of = [&](const std::string& sentence) { return Codes(Policy(good + "\n" + sentence + "\n")); };
  for (const char* third : {
           "If you are not happy with our stage 2 response, you can ask for a stage 3 review.",
           "If you are not happy with our stage 2 response you can ask for a stage 3 review.",
           "Without delay, we will pass your complaint to a stage 3 panel.",
           "If there is no improvement, we offer a third stage review by our Board.",
           "No resident is turned away, and our three-stage process is explained below.",
       }) {
    CAPTURE(std::string(third));
    CHECK(codes_of(third) == std::multiset<std::string>{"policy.stages.third"});
  }
  for (const char* extra : {
           "Our informal complaint stage lets us put things right quickly.",
           "If you do not want a formal complaint, we will try to resolve it at stage 0.",
           "Complaints that cannot be resolved without investigation go through our informal stage first.",
           "If you are not sure, use our pre-complaint process.",
       }) {
    CAPTURE(std::string(extra));
    CHECK(codes_of(extra) == std::multiset<std::string>{"policy.stages.extra"});
  }
  for (const char* none : {
           "We do not have an informal complaint stage.",
           "There is no stage 3.",
           "There are no other stages, such as stage 0 or an informal complaint stage.",
           "You will never be asked to go through a stage 0.",
           "Informal complaint stages are not used.",
           "We don't offer a stage 3 review.",
           "You can go to the Ombudsman without a stage 3 review.",
           "Our process has two stages and no stage 3.",
           "We have no informal stage, nor a stage 3.",
       }) {
    CAPTURE(std::string(none));
    CHECK(codes_of(none).empty());
  }
  // The finding says which words it found.
  auto found = Policy(good + "\nIf you are not happy with our stage 2 response, you can ask for a stage 3 review.\n");
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("\"stage 3\"") != std::string::npos);
}

// Issue 12, item 8: the Code sets maximums and minimums; a policy that does better for residents complies.
TEST_CASE("checks: a faster timescale than the Code is compliant (Code 6.2, 6.3, 6.4, 6.14)") {
  std::string good = GoodPolicy();
  CHECK(Policy(good + "\nWe acknowledge stage 1 complaints within 3 working days.\n").empty());
  CHECK(Policy(good + "\nWe send our stage 1 response within 8 working days of acknowledging it.\n").empty());
  CHECK(Policy(good + "\nAt stage 1 any extension will be no more than 5 working days.\n").empty());
  CHECK(Policy(good + "\nWe send the stage 2 response within 4 weeks.\n").empty());
  // Slower is still wrong, and says what the Code allows.
  auto slower = Policy(good + "\nWe acknowledge stage 1 complaints within 7 working days.\n");
  REQUIRE(Codes(slower) == std::multiset<std::string>{"policy.timescale.mismatch"});
  CHECK(slower[0].provision == "6.2");
  CHECK(slower[0].message.find("no more than 5 working days (6.2)") != std::string::npos);
  CHECK(Codes(Policy(good + "\nWe send the stage 1 response within 3 weeks.\n")) ==
        std::multiset<std::string>{"policy.timescale.mismatch"});
  // The Code's number in plain "days" is a warning: residents and staff may count different days.
  auto days = Policy(good + "\nWe will send our stage 2 response within 20 days.\n");
  REQUIRE(Codes(days) == std::multiset<std::string>{"policy.timescale.not_working_days"});
  CHECK(days[0].severity == cs::Severity::Warning);
}

TEST_CASE("checks: a longer time to complain than 12 months is compliant (Code 2.3)") {
  std::string good = GoodPolicy();
  CHECK(Policy(good + "\nWe accept complaints made within 24 months of the issue.\n").empty());
  CHECK(Policy(good + "\nWe may not consider a complaint about an issue that happened more than 18 months ago.\n").empty());
  auto shorter = Policy(good + "\nYou must complain within 6 months of the issue.\n");
  REQUIRE(Codes(shorter) == std::multiset<std::string>{"policy.timescale.window"});
  CHECK(shorter[0].provision == "2.3");
  CHECK(shorter[0].message.find("must accept complaints made within 12 months") != std::string::npos);
  // A policy whose only window is longer still states the 2.3 rule.
  std::string longer = good;
  longer.replace(longer.find("We accept complaints made within 12 months"), 43, "We accept complaints made within 24 months");
  CHECK(Codes(Policy(longer)).count("policy.exclusions.twelve_months") == 0);
}

TEST_CASE("checks: the Ombudsman's 12 months is the Housing Ombudsman Scheme's, and 'normally' (Code 3.7)") {
  std::string good = GoodPolicy();
  auto six = Policy(good + "\nYou can ask the Ombudsman to investigate within 6 months of our final response.\n");
  REQUIRE(Codes(six) == std::multiset<std::string>{"policy.ombudsman.window"});
  CHECK(six[0].severity == cs::Severity::Error);
  CHECK(six[0].provision == "3.7");
  CHECK(six[0].message.find("Housing Ombudsman Scheme (not the Code)") != std::string::npos);
  CHECK(six[0].message.find("normally") != std::string::npos);
  CHECK(six[0].message.find("Code's limit") == std::string::npos);
  auto must = Policy(good + "\nYou must contact the Ombudsman within 12 months of our final response.\n");
  REQUIRE(Codes(must) == std::multiset<std::string>{"policy.ombudsman.window_normally"});
  CHECK(must[0].severity == cs::Severity::Warning);
  CHECK(Policy(good + "\nYou should normally contact the Ombudsman within 12 months of our final response.\n").empty());
  CHECK(Policy(good + "\nYou should contact the Ombudsman within 12 months of our final response.\n").empty());
}

TEST_CASE("checks: a policy without timescales (Code 3.4)") {
  std::string good = GoodPolicy();
  std::string none = good.substr(0, good.find("## Our two-stage process")) + "## Our two-stage process\n\n"
                     "Stage 1 is our first response and stage 2 our final response.\n" +
                     good.substr(good.find("## Reasonable adjustments"));
  auto found = Policy(none);
  REQUIRE(Codes(found).count("policy.timescales.missing") == 1);
  CHECK(Find(found, "policy.timescales.missing")->severity == cs::Severity::Error);
  CHECK(Find(found, "policy.timescales.missing")->provision == "3.4");
  // The {{timescales}} table alone is enough.
  CHECK(Codes(Policy(none + "\n{{timescales}}\n")).count("policy.timescales.missing") == 0);
  CHECK(Codes(Policy(good)).count("policy.timescales.missing") == 0);
}

TEST_CASE("checks: what the policy must explain (Code 1.4, 3.5, 3.6, 5.9, 5.14)") {
  std::string good = GoodPolicy();
  auto without = [&](const std::string& phrase) {
    std::string text = good;
    size_t at = text.find(phrase);
    REQUIRE_MESSAGE(at != std::string::npos, phrase);
    text.erase(at, phrase.size());
    return Policy(text);
  };
  struct Case {
    const char* phrase;
    const char* code;
    const char* provision;
  };
  for (const Case& c : {
           Case{"A service request, such as reporting a repair, is not a complaint; if you are unhappy with how we deal with\n"
                "it, you can complain.",
                "policy.service_requests.missing", "1.4"},
           Case{"We publicise this policy, the Ombudsman and the Complaint Handling Code in our newsletter and letters.",
                "policy.publicity.missing", "3.5"},
           Case{" and come to meetings with you", "policy.representatives.meetings", "3.6"},
           Case{"If we need more time, we will agree with you how often we will update you until you have our response.",
                "policy.extension.updates.missing", "5.9"},
           Case{"## Unacceptable behaviour\n\nIf a resident's behaviour is unacceptable we may limit how they contact us, "
                "explain why and review it.",
                "policy.behaviour.missing", "5.14"},
       }) {
    CAPTURE(std::string(c.code));
    auto found = without(c.phrase);
    CAPTURE(Printed(found));
    REQUIRE(Codes(found) == std::multiset<std::string>{c.code});
    CHECK(found[0].provision == c.provision);
    CHECK(found[0].severity == cs::Severity::Warning);
    CHECK_FALSE(found[0].fix.empty());
  }
}

TEST_CASE("checks: escalation must not require the resident's reasons (Code 6.12)") {
  std::string good = GoodPolicy();
  for (const char* requires_reasons : {
           "To ask for stage 2 you must tell us why you are unhappy with our stage 1 response.",
           "When you escalate your complaint, you will need to explain why you are still dissatisfied.",
           "Requests for a stage 2 review must set out the reasons for escalating.",
           "We cannot escalate your complaint to stage 2 without your reasons.",
       }) {
    CAPTURE(std::string(requires_reasons));
    auto found = Policy(good + "\n" + requires_reasons + "\n");
    CAPTURE(Printed(found));
    REQUIRE(Codes(found) == std::multiset<std::string>{"policy.escalation.reasons_required"});
    CHECK(found[0].provision == "6.12");
    CHECK(found[0].severity == cs::Severity::Error);
  }
  for (const char* fine : {
           "To ask for stage 2 you do not have to give reasons, although it helps us to know why you are still unhappy.",
           "You don't need to explain why you want stage 2.",
           "At stage 2 you are not required to tell us why you are unhappy.",
           "It helps if you tell us why you want to escalate, but you do not have to.",
           "Please tell us why you are unhappy when you ask for stage 2.",
           "At stage 2 we must give you the reasons for our decision.",
           "Our stage 2 response has to explain why we reached our decision.",
       }) {
    CAPTURE(std::string(fine));
    CHECK(Policy(good + "\n" + fine + "\n").empty());
  }
}

TEST_CASE("checks: an exclusion wider than legal proceedings filed at court (Code 2.2)") {
  std::string good = GoodPolicy();
  const std::string list_item = "- legal proceedings have started;";
  REQUIRE(good.find(list_item) != std::string::npos);
  for (const char* wider : {
           "- the matter is already being dealt with in court or by a tribunal;",
           "- you or your solicitor have sent us a letter of claim;",
           "- you have told us you intend to take legal action;",
       }) {
    CAPTURE(std::string(wider));
    std::string text = good;
    text.replace(text.find(list_item), list_item.size(), wider);
    auto found = Policy(text);
    REQUIRE(Codes(found) == std::multiset<std::string>{"policy.exclusions.too_wide"});
    CHECK(found[0].provision == "2.2");
    CHECK(found[0].message.find("filed at court") != std::string::npos);
  }
  // Saying what is not an exclusion is fine, as is a tribunal outside the exclusions.
  std::string clear = good;
  clear.replace(clear.find(list_item), list_item.size(),
                "- legal proceedings have started: a claim form has been filed at court. A letter of claim from a "
                "solicitor is not legal proceedings, and we will still consider your complaint;");
  CHECK(Policy(clear).empty());
  for (const char* explains : {"A letter before claim from a solicitor is not the same as legal proceedings.",
                               "Telling us you may go to a tribunal does not stop us looking at your complaint."}) {
    CAPTURE(std::string(explains));
    std::string text = good;
    text.replace(text.find(list_item), list_item.size(), list_item + "\n\n" + explains);
    CHECK(Policy(text).empty());
  }
  CHECK(Policy(good + "\n## Other help\n\nA tribunal can decide some disputes about service charges.\n").empty());
}

// Issue 12, item 9: the self-assessment is published as part of the annual report, which is due each year.
TEST_CASE("checks: an annual report without its self-assessment (Code 8.1(a), Appendix B)") {
  std::string report = R"({"governing_body_response": {"text": "The Board welcomes the report.", "by": "Board"}})";
  auto found = cs::CheckAnnualReports({ReportFile("content/annual-reports/2025-26.json", "2025-26", report)}, "dir", D("2026-11-24"),
                                      {"2024-25"});
  REQUIRE(Codes(found) == std::multiset<std::string>{"report.self_assessment.missing"});
  CHECK(found[0].severity == cs::Severity::Error);
  CHECK(found[0].provision == "8.1");
  CHECK(found[0].file == "content/annual-reports/2025-26.json");
  CHECK(cs::CheckAnnualReports({ReportFile("r.json", "2025-26", report)}, "dir", D("2026-11-24"), {"2024-25", "2025-26"}).empty());
}

TEST_CASE("checks: the latest annual report is an error once it is due (Code 8.2; the Ombudsman's annual submission dates)") {
  const cs::OmbudsmanFacts& facts = cs::OmbudsmanFacts::Default();
  // An April-March year: 30 September for landlords over 1,000 homes, 6 months after the year-end for the others.
  CHECK(facts.AnnualReportDue(D("2026-03-31")) == D("2026-09-30"));
  CHECK(facts.AnnualReportDue(D("2025-12-31")) == D("2026-06-30"));  // the earlier of 30 September and 6 months
  // `submission` knows the homes: over 1,000, the first 30 September on or after the year-end; else 6 months after.
  CHECK(facts.AnnualSubmissionDue(D("2025-12-31"), 8400) == D("2026-09-30"));
  CHECK(facts.AnnualSubmissionDue(D("2026-09-30"), 1001) == D("2026-09-30"));
  CHECK(facts.AnnualSubmissionDue(D("2026-10-31"), 1001) == D("2027-09-30"));
  CHECK(facts.AnnualSubmissionDue(D("2025-12-31"), 1000) == D("2026-06-30"));  // "over 1,000" means 1,001 or more
  CHECK(facts.AnnualSubmissionDue(D("2026-08-31"), 300) == D("2027-02-28"));
  std::string with = R"({"governing_body_response": {"text": "The Board welcomes the report.", "by": "Board"}})";
  std::vector<cs::AnnualReportSource> only_2024_25 = {ReportFile("r.json", "2024-25", with)};
  // 2025-26 ended on 31 March 2026: due by 30 September 2026.
  auto before = cs::CheckAnnualReports(only_2024_25, "dir", D("2026-09-30"), {"2024-25"});
  REQUIRE(Codes(before) == std::multiset<std::string>{"report.latest.missing"});
  CHECK(before[0].severity == cs::Severity::Warning);
  CHECK(before[0].message.find("Wednesday 30 September 2026") != std::string::npos);
  auto after = cs::CheckAnnualReports(only_2024_25, "dir", D("2026-10-01"), {"2024-25"});
  REQUIRE(Codes(after) == std::multiset<std::string>{"report.latest.overdue"});
  CHECK(after[0].severity == cs::Severity::Error);
  CHECK(after[0].provision == "8.2");
  CHECK(before[0].provision == "8.2");
  // Before the latest year's report is due, the year before's must be there.
  std::vector<cs::AnnualReportSource> only_2023_24 = {ReportFile("r.json", "2023-24", with)};
  CHECK(Codes(cs::CheckAnnualReports(only_2023_24, "dir", D("2026-06-01"), {"2023-24"})) ==
        std::multiset<std::string>{"report.latest.missing", "report.latest.overdue"});
}

// Issue 12, item 13.
TEST_CASE("checks: the governing body's approval of the self-assessment cites Appendix B") {
  cs::SelfAssessment sa = Complete();
  sa.approved.reset();
  auto found = cs::CheckSelfAssessment(sa, "sa.json", D("2026-11-24"));
  REQUIRE(Codes(found) == std::multiset<std::string>{"sa.approval.missing"});
  CHECK(found[0].provision == "Appendix B");
}

TEST_CASE("checks: the Ombudsman's details are a dated fact, stale after 12 months (Code 3.7)") {
  cs::SiteConfig site;
  site.channels.push_back({"phone", "", "0100 000 000", "", ""});
  site.channels.push_back({"email", "", "complaints@landlord.org.uk", "", ""});
  site.senior_lead = {"A. Person", "Director"};
  site.member_responsible = {"B. Person", "Board member"};
  // The built-in date comes from core/data/ombudsman.json.
  const cs::Date checked = cs::OmbudsmanFacts::Default().last_checked;
  CHECK(site.ombudsman.last_checked == checked.Iso());
  CHECK(cs::CheckSite(site, "", "site.json", checked.AddMonthsClamped(12)).empty());
  auto stale = cs::CheckSite(site, "", "site.json", checked.AddMonthsClamped(12).AddDays(1));
  REQUIRE(Codes(stale) == std::multiset<std::string>{"site.ombudsman.stale"});
  CHECK(stale[0].severity == cs::Severity::Warning);
  CHECK(stale[0].provision == "3.7");
  // A site that checked the details itself points at its own date.
  std::string json = "{\n  \"ombudsman\": {\n    \"last_checked\": \"2024-01-10\"\n  }\n}\n";
  site.ombudsman.last_checked = "2024-01-10";
  auto own = cs::CheckSite(site, json, "content/site.json", D("2025-06-01"));
  REQUIRE(Codes(own) == std::multiset<std::string>{"site.ombudsman.stale"});
  CHECK(own[0].line == 3);
  CHECK(own[0].column == 21);
}

// Issue 12, item 14: the Code is the Housing Ombudsman Scheme's, for landlords in England.
TEST_CASE("checks: a site outside England is an error that stops publication (Code introduction)") {
  cs::SiteConfig site;
  site.channels.push_back({"phone", "", "0100 000 000", "", ""});
  site.channels.push_back({"email", "", "complaints@landlord.org.uk", "", ""});
  site.senior_lead = {"A. Person", "Director"};
  site.member_responsible = {"B. Person", "Board member"};
  CHECK(cs::CheckSite(site, "", "site.json").empty());
  for (const char* nation : {"scotland", "northern-ireland"}) {
    site.nation = nation;
    std::string json = "{\n  \"nation\": \"" + std::string(nation) + "\"\n}\n";
    auto found = cs::CheckSite(site, json, "content/site.json");
    REQUIRE(Codes(found) == std::multiset<std::string>{"site.nation.outside_england"});
    CHECK(found[0].severity == cs::Severity::Error);
    CHECK(found[0].line == 2);
    CHECK(found[0].column == 13);
    CHECK(found[0].message.find("Housing Ombudsman Scheme") != std::string::npos);
    CHECK(found[0].message.find("England") != std::string::npos);
    CHECK(cs::BlocksPublication(found[0]));
  }
}
