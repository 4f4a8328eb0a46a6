// Tests for core/code/walkthrough.{h,cc}, walkthrough_eval.cc, walkthrough_check.cc: the flow data, its checks, its
// evaluation, and its JSON (core/json/engine_json.h, what the widget and `complaints-site walkthrough` answer).
#include <doctest/doctest.h>

#include <algorithm>
#include <functional>
#include <set>

#include <nlohmann/json.hpp>

#include "engine_json.h"
#include "messages.h"
#include "walkthrough.h"

using nlohmann::json;

namespace {

const cs::Walkthrough& Flow() { return cs::Walkthrough::Default(); }

json Ask(const json& request) { return json::parse(cs::WalkthroughJson(request.dump())); }

// A valid answer for every kind of screen (the first choice, a date, some text).
std::string SomeAnswer(const cs::WalkthroughNode& n, size_t choice = 0) {
  if (n.type == "choice") return n.choices.at(choice).value;
  if (n.type == "date") return "2025-03-03";
  if (n.type == "text") return "Some words";
  return "continue";
}

}  // namespace

TEST_CASE("the built-in flow passes its checks and every node names its provision") {
  CHECK(cs::CheckWalkthrough(Flow()) == "");
  REQUIRE(!Flow().Nodes().empty());
  for (const auto& n : Flow().Nodes()) {
    CAPTURE(n.id);
    CHECK(!n.provision.empty());
    CHECK(n.provision.find('.') != std::string::npos);
  }
}

TEST_CASE("every node is reachable from the start and every outcome is reached") {
  std::set<std::string> seen;
  std::function<void(const std::string&)> visit = [&](const std::string& id) {
    if (!seen.insert(id).second) return;
    for (const auto& s : Flow().Successors(*Flow().Find(id))) visit(s);
  };
  visit(Flow().Start());
  for (const auto& n : Flow().Nodes()) {
    CAPTURE(n.id);
    CHECK(seen.count(n.id) == 1);
  }

  // Drive the evaluator itself down every branch: depth-first over choices, collecting outcomes reached.
  std::set<std::string> reached;
  std::function<void(cs::WalkthroughAnswers)> walk = [&](cs::WalkthroughAnswers answers) {
    cs::WalkthroughContext ctx;
    ctx.today = cs::Date{2025, 6, 2};
    cs::Diagnostic error;
    auto state = cs::EvaluateWalkthrough(answers, "", ctx, &error);
    REQUIRE(state);
    REQUIRE(!state->error);
    const cs::WalkthroughNode& n = *state->node;
    reached.insert(n.id);
    if (n.IsOutcome()) return;
    size_t options = n.type == "choice" ? n.choices.size() : 1;
    for (size_t i = 0; i < options; ++i) {
      auto next = answers;
      next[n.id] = SomeAnswer(n, i);
      walk(next);
    }
  };
  walk({});
  for (const auto& n : Flow().Nodes()) {
    CAPTURE(n.id);
    CHECK(reached.count(n.id) == 1);
  }
}

TEST_CASE("every answer is validated") {
  cs::WalkthroughContext ctx;
  ctx.today = cs::Date{2025, 6, 2};
  for (const auto& n : Flow().Nodes()) {
    if (n.IsOutcome()) continue;
    CAPTURE(n.id);
    // Reach n by the evaluator's own path search, then give a bad answer.
    cs::WalkthroughAnswers answers;
    std::function<bool(cs::WalkthroughAnswers)> find = [&](cs::WalkthroughAnswers a) {
      cs::Diagnostic e;
      auto s = cs::EvaluateWalkthrough(a, "", ctx, &e);
      if (!s || s->error) return false;
      if (s->node->id == n.id) return answers = a, true;
      if (s->node->IsOutcome()) return false;
      size_t options = s->node->type == "choice" ? s->node->choices.size() : 1;
      for (size_t i = 0; i < options; ++i) {
        auto next = a;
        next[s->node->id] = SomeAnswer(*s->node, i);
        if (find(next)) return true;
      }
      return false;
    };
    REQUIRE(find({}));
    std::string bad = n.type == "text" ? std::string(size_t(n.max_length) + 1, 'x') : "not-an-answer";
    answers[n.id] = bad;
    cs::Diagnostic e;
    auto s = cs::EvaluateWalkthrough(answers, "", ctx, &e);
    REQUIRE(s);
    CHECK(s->node->id == n.id);
    REQUIRE(s->error);
    CHECK(s->error->field == n.id);
    const char* expected = n.type == "choice" ? "invalid_choice" : n.type == "text" ? "too_long"
                           : n.type == "date" ? "invalid_date" : "invalid_answer";
    CHECK(s->error->code == expected);
    if (n.type == "text" && n.required) {
      answers[n.id] = "   \n ";
      s = cs::EvaluateWalkthrough(answers, "", ctx, &e);
      REQUIRE(s->error);
      CHECK(s->error->code == "required");
    }
    if (n.type == "date") {
      answers[n.id] = "2025-06-03";
      s = cs::EvaluateWalkthrough(answers, "", ctx, &e);
      REQUIRE(s->error);
      CHECK(s->error->code == "date_in_future");
    }
  }
}

TEST_CASE("path 1: a new complaint ends with a draft letter and the engine's dates from today") {
  json req = {{"today", "2025-04-14"},
              {"landlord", "Example Homes"},
              {"answers",
               {{"start", "complain"},
                {"asked-before", "yes"},
                {"when", "within-12-months"},
                {"court", "no"},
                {"who", "someone-else"},
                {"representative", "My mother, Jane Smith, 4 High Street"},
                {"help", "yes"},
                {"help-details", "Large print letters please"},
                {"what", "  The boiler has been broken since March.  "},
                {"impact", ""},
                {"want", "Fix the boiler"},
                {"your-details", "Sam Smith"},
                {"check", "continue"}}}};
  json out = Ask(req);
  REQUIRE(!out.contains("error"));
  CHECK(out["node"]["id"] == "complaint-result");
  std::string letter = out["node"]["letter"]["text"];
  CHECK(letter.find("To Example Homes complaints team") == 0);
  CHECK(letter.find("Date: Monday 14 April 2025") != std::string::npos);
  CHECK(letter.find("on behalf of: My mother, Jane Smith") != std::string::npos);
  CHECK(letter.find("What went wrong:\nThe boiler has been broken since March.\n") != std::string::npos);
  CHECK(letter.find("How it has affected me") == std::string::npos);  // left blank
  CHECK(letter.find("Large print letters please") != std::string::npos);
  CHECK(letter.find("within 5 working days") != std::string::npos);  // from timescales.json
  // The timeline is the engine's: 14 April 2025 + 5 working days, with Good Friday/Easter Monday skipped.
  const json& d = out["node"]["deadlines"];
  CHECK(d["received"] == "2025-04-14");
  CHECK(d["milestones"][0]["id"] == "acknowledge");
  CHECK(d["milestones"][0]["due"] == "2025-04-23");
  CHECK(d["milestones"][0]["due_long"] == "Wednesday 23 April 2025");
  json direct = json::parse(cs::DeadlinesJson(R"({"received":"2025-04-14","today":"2025-04-14"})"));
  CHECK(d["milestones"][1]["due"] == direct["milestones"][1]["due"]);
  // Check your answers lists every question answered, with labels.
  CHECK(out["path"].size() == 12);
  CHECK(out["path"][0]["label"] == "Make a new complaint");
  CHECK(out["answers"]["what"] == "The boiler has been broken since March.");
  CHECK(out["back"] == "check");
}

TEST_CASE("over 12 months and a court claim are never dead ends") {
  json out = Ask({{"answers", {{"start", "complain"}, {"asked-before", "no"}, {"service-request", "complain"},
                               {"when", "over-12-months"}}}});
  CHECK(out["node"]["id"] == "late-complaint");
  CHECK(out["node"]["provision"] == "2.3");
  CHECK(out["node"]["body"][0].get<std::string>().find("within 12 months") != std::string::npos);
  CHECK(out["node"]["body"][0].get<std::string>().find("For older problems, your landlord must think") != std::string::npos);
  out = Ask({{"answers", {{"start", "complain"}, {"asked-before", "not-a-request"}, {"when", "over-12-months"},
                          {"late-complaint", "continue"}, {"court", "court"}}}});
  CHECK(out["node"]["id"] == "court-claim");
  CHECK(out["node"]["provision"] == "2.2");
  out = Ask({{"answers", {{"start", "complain"}, {"asked-before", "not-a-request"}, {"when", "over-12-months"},
                          {"late-complaint", "continue"}, {"court", "court"}, {"court-claim", "continue"}}}});
  CHECK(out["node"]["id"] == "who");
}

TEST_CASE("court screens: ask whether a claim has been filed at court, as the Code defines legal proceedings (Code 2.2)") {
  // 2.2: "legal proceedings have started - this is defined as details of the claim, such as the Claim Form and
  // Particulars of Claim, having been filed at court". Starting "a court claim" in the resident's mind may be a
  // solicitor's letter before claim, which is not legal proceedings and no reason to refuse the complaint.
  json out = Ask({{"answers", {{"start", "complain"}, {"asked-before", "yes"}, {"when", "ongoing"}}}});
  REQUIRE(out["node"]["id"] == "court");
  CHECK(out["node"]["provision"] == "2.2");
  std::string hint = out["node"]["hint"];
  CHECK(hint.find("details of the claim, such as the Claim Form and Particulars of Claim, have been filed at court") !=
        std::string::npos);
  CHECK(hint.find("A letter before claim from a solicitor is not a court claim") != std::string::npos);
  CHECK(out["node"]["choices"][1]["value"] == "court");
  CHECK(out["node"]["choices"][1]["label"] == "A claim about it has been filed at court");

  out = Ask({{"answers", {{"start", "complain"}, {"asked-before", "yes"}, {"when", "ongoing"}, {"court", "court"}}}});
  REQUIRE(out["node"]["id"] == "court-claim");
  CHECK(out["node"]["provision"] == "2.2");
  std::string body = out["node"]["body"].dump();
  CHECK(body.find("once a claim about it has been filed at court") != std::string::npos);
  CHECK(body.find("A letter before claim from a solicitor is not legal proceedings") != std::string::npos);
  // 2.4 still holds on the screen: a refusal comes with the reasons and the right to go to the Ombudsman.
  CHECK(body.find("you can take that decision to the Housing Ombudsman") != std::string::npos);

  out = Ask({{"answers", {{"start", "complain"}, {"asked-before", "yes"}, {"when", "ongoing"}, {"court", "decided"}}}});
  REQUIRE(out["node"]["id"] == "already-decided");
  CHECK(out["node"]["provision"] == "2.2");  // "matters that have previously been considered under the complaints policy"
}

TEST_CASE("new complaint: the draft's screen says the Ombudsman can help at any time, with its contact details (Code 3.7)") {
  json answers = {{"start", "complain"}, {"asked-before", "yes"}, {"when", "ongoing"}, {"court", "no"}, {"who", "myself"},
                  {"help", "no"}, {"what", "The boiler"}, {"impact", ""}, {"want", "Fix it"}, {"your-details", ""},
                  {"check", "continue"}};
  json out = Ask({{"today", "2025-04-14"}, {"answers", answers}});
  REQUIRE(out["node"]["id"] == "complaint-result");
  std::string body = out["node"]["body"].dump();
  CHECK(body.find("You can ask the Housing Ombudsman for advice at any time, while your complaint is with") !=
        std::string::npos);
  const json& show = out["node"]["show"];
  CHECK(std::find(show.begin(), show.end(), "ombudsman") != show.end());
}

TEST_CASE("stage 2 draft: the landlord may refuse only for its policy's reasons, with the right to go to the Ombudsman (Code 5.11, 2.4)") {
  // 5.11: "must not refuse to escalate ... unless it has valid reasons to do so ... it must comply with the provisions
  // set out in section 2". The screen used to say the landlord "must do this", with no word of a refusal.
  json out = Ask({{"today", "2025-04-14"},
                  {"answers", {{"start", "complained"}, {"where-now", "stage1-response"}, {"escalate-reasons", ""},
                               {"escalate-details", ""}, {"escalate-check", "continue"}}}});
  REQUIRE(out["node"]["id"] == "escalation-result");
  std::string body = out["node"]["body"].dump();
  CHECK(body.find("must do this") == std::string::npos);
  CHECK(body.find("can only refuse for a reason in its complaints policy") != std::string::npos);
  CHECK(body.find("you can take that decision to the Housing Ombudsman") != std::string::npos);
  CHECK(body.find("You do not have to explain why") != std::string::npos);  // 6.12
}

TEST_CASE("path 2: already complained") {
  SUBCASE("acknowledged: dates counted from the real acknowledgement, overdue today") {
    json out = Ask({{"today", "2025-06-02"},
                    {"answers", {{"start", "complained"}, {"where-now", "acknowledged"}, {"complained-on", "2025-04-01"},
                                 {"acknowledged-on", "2025-04-03"}}}});
    REQUIRE(out["node"]["id"] == "stage1-dates");
    json direct = json::parse(cs::DeadlinesJson(
        R"({"received":"2025-04-01","acknowledged":"2025-04-03","today":"2025-06-02","stage":1})"));
    CHECK(out["node"]["deadlines"]["milestones"][1]["due"] == direct["milestones"][1]["due"]);
    direct["status"]["today_long"] = "Monday 2 June 2025";
    CHECK(out["node"]["deadlines"]["status"] == direct["status"]);
    CHECK(out["node"]["deadlines"]["status"]["overdue_by"].get<int>() > 0);
  }
  SUBCASE("acknowledgement before the complaint is an error on that question") {
    json out = Ask({{"today", "2025-06-02"},
                    {"answers", {{"start", "complained"}, {"where-now", "acknowledged"}, {"complained-on", "2025-04-01"},
                                 {"acknowledged-on", "2025-03-03"}}}});
    CHECK(out["node"]["id"] == "acknowledged-on");
    CHECK(out["error"]["code"] == "date_before");
    CHECK(out["error"]["message"] ==
          "The date your complaint was acknowledged must be the same as or after the date your complaint was received");
  }
  SUBCASE("no acknowledgement skips the acknowledgement question") {
    json out = Ask({{"today", "2025-06-02"},
                    {"answers", {{"start", "complained"}, {"where-now", "no-acknowledgement"}, {"complained-on", "2025-05-27"}}}});
    CHECK(out["node"]["id"] == "stage1-dates");
    CHECK(out["node"]["deadlines"]["status"]["milestone"] == "acknowledge");
  }
  SUBCASE("escalation: a stage 2 request needs no reasons") {
    json out = Ask({{"today", "2025-06-02"},
                    {"answers", {{"start", "complained"}, {"where-now", "stage1-response"}, {"escalate-reasons", ""},
                                 {"escalate-details", ""}, {"escalate-check", "continue"}}}});
    REQUIRE(out["node"]["id"] == "escalation-result");
    CHECK(out["node"]["provision"] == "6.12");
    std::string letter = out["node"]["letter"]["text"];
    CHECK(letter.find("Please take my complaint to stage 2") != std::string::npos);
    CHECK(letter.find("Why I am still unhappy") == std::string::npos);
    CHECK(out["node"]["deadlines"]["stage"] == 2);
    CHECK(out["node"]["deadlines"]["milestones"][1]["working_days"] == 20);
  }
  SUBCASE("final response: the Ombudsman's 12 months") {
    json out = Ask({{"today", "2026-03-02"},
                    {"answers", {{"start", "complained"}, {"where-now", "final-response"}, {"final-response-on", "2025-02-28"}}}});
    REQUIRE(out["node"]["id"] == "ombudsman-after-final");
    CHECK(out["node"]["window"]["until"] == "2026-02-28");
    CHECK(out["node"]["window"]["passed"] == true);
    CHECK(out["node"]["body"][1].get<std::string>().find("by Saturday 28 February 2026") != std::string::npos);
  }
  SUBCASE("refused or late: straight to the Ombudsman") {
    json out = Ask({{"answers", {{"start", "complained"}, {"where-now", "refused-or-late"}}}});
    CHECK(out["node"]["id"] == "ombudsman-now");
    CHECK(out["node"]["provision"] == "5.11");
  }
}

TEST_CASE("changing an answer: `at` shows an earlier question with its answer, later answers are kept") {
  json answers = {{"start", "complain"}, {"asked-before", "yes"}, {"when", "ongoing"}, {"court", "no"}};
  json out = Ask({{"answers", answers}, {"at", "when"}});
  CHECK(out["node"]["id"] == "when");
  CHECK(out["node"]["value"] == "ongoing");
  CHECK(out["back"] == "asked-before");
  answers["when"] = "over-12-months";
  out = Ask({{"answers", answers}});
  CHECK(out["node"]["id"] == "late-complaint");
  // Answers no longer on the path are dropped.
  answers["start"] = "complained";
  out = Ask({{"answers", answers}});
  CHECK(out["node"]["id"] == "where-now");
  CHECK(out["answers"].size() == 1);
}

TEST_CASE("bad requests are errors with stable codes") {
  auto code = [](const std::string& req) { return json::parse(cs::WalkthroughJson(req))["error"]["code"]; };
  CHECK(code("{") == "invalid_json");
  CHECK(code("[]") == "invalid_json");
  CHECK(code(R"({"answers":{"nope":"x"}})") == "unknown_node");
  CHECK(code(R"({"answers":{"start":3}})") == "wrong_type");
  CHECK(code(R"({"answers":[]})") == "wrong_type");
  CHECK(code(R"({"colour":"red"})") == "unknown_field");
  CHECK(code(R"({"today":"2025-02-30"})") == "invalid_date");
  CHECK(code(R"({"nation":"wales"})") == "invalid_nation");
  CHECK(code(R"({"at":"who","answers":{"start":"complained"}})") == "not_on_path");
  CHECK(code(R"({"at":"nowhere"})") == "unknown_node");
  CHECK(code(R"({"answers":{"start":"complain","asked-before":"yes","when":"ongoing","court":"no","who":"myself","help":"no","what":"a\u0001b"}})") == "invalid_text");
  json ok = json::parse(cs::WalkthroughJson("{}"));
  CHECK(ok["node"]["id"] == "start");
  CHECK(ok["back"].is_null());
}

namespace {

cs::WalkthroughNode Screen(const std::string& id, const std::string& type, const std::string& next = "") {
  cs::WalkthroughNode n;
  n.id = id;
  n.type = type;
  n.provision = "1.2";
  n.title = "Title of " + id;
  n.next = next;
  return n;
}

}  // namespace

TEST_CASE("flows with mistakes are found with the node named (run on the compiled-in flow at build time)") {
  CHECK(cs::CheckWalkthrough(cs::Walkthrough("a", {Screen("a", "info", "b"), Screen("b", "outcome")})) == "");
  auto no_provision = Screen("a", "outcome");
  no_provision.provision.clear();
  CHECK(cs::CheckWalkthrough(cs::Walkthrough("a", {no_provision})) == "node \"a\": needs the \"provision\" it rests on");
  CHECK(cs::CheckWalkthrough(cs::Walkthrough("a", {Screen("a", "info", "b")})) == "node \"a\": leads to unknown node \"b\"");
  CHECK(cs::CheckWalkthrough(cs::Walkthrough("a", {Screen("a", "info", "b"), Screen("b", "info", "a")})) ==
        "node \"b\" leads back to \"a\" (a loop)");
  auto untitled = Screen("a", "outcome");
  untitled.title.clear();
  CHECK(cs::CheckWalkthrough(cs::Walkthrough("a", {untitled})) == "node \"a\": needs a \"title\" (engine.walkthrough.a.title)");
  CHECK(cs::CheckWalkthrough(cs::Walkthrough("z", {Screen("a", "outcome")})) == "\"start\" must name a node");
  auto lettered = Screen("a", "outcome");
  lettered.letter = "l";
  CHECK(cs::CheckWalkthrough(cs::Walkthrough("a", {lettered})) == "node \"a\": unknown letter \"l\"");
  cs::LetterTemplate letter{"l", "S", {{"One", std::nullopt}, {"", std::nullopt}}};
  CHECK(cs::CheckWalkthrough(cs::Walkthrough("a", {lettered}, {letter})) ==
        "letter \"l\" part 2 has no text (engine.letters.l.part_2)");
  auto date = Screen("d", "date", "a");
  date.check_label = "When";
  CHECK(cs::CheckWalkthrough(cs::Walkthrough("d", {date, Screen("a", "outcome")})) ==
        "node \"d\": a date question needs a \"field_name\"");
}

TEST_CASE("3.6: a letter has blanks for the details left blank, and \"on behalf of\" only for a representative") {
  json answers = {{"start", "complain"}, {"asked-before", "yes"}, {"when", "ongoing"}, {"court", "no"}, {"who", "myself"},
                  {"help", "no"}, {"what", "No heating."}, {"impact", ""}, {"want", "Fix it."}, {"your-details", "  "},
                  {"check", "continue"}};
  json out = Ask({{"today", "2025-04-14"}, {"answers", answers}});
  REQUIRE(out["node"]["id"] == "complaint-result");
  std::string letter = out["node"]["letter"]["text"];
  CHECK(letter.find("[your name]\n[your address]\n") != std::string::npos);
  CHECK(letter.find("on behalf of") == std::string::npos);
  answers["your-details"] = "Sam Smith, 1 Road";
  letter = Ask({{"today", "2025-04-14"}, {"answers", answers}})["node"]["letter"]["text"];
  CHECK(letter.find("Sam Smith, 1 Road") != std::string::npos);
  CHECK(letter.find("[your name]") == std::string::npos);
  // The stage 2 request too.
  json escalation = Ask({{"today", "2025-04-14"},
                         {"answers", {{"start", "complained"}, {"where-now", "stage1-response"}, {"escalate-reasons", ""},
                                      {"escalate-details", ""}, {"escalate-check", "continue"}}}});
  REQUIRE(escalation["node"]["id"] == "escalation-result");
  CHECK(std::string(escalation["node"]["letter"]["text"]).find("[your name]\n[your address]\n[your complaint reference]") != std::string::npos);
}

TEST_CASE("6.10: results list next steps; a stage 1 result leads to stage 2 without starting again") {
  json out = Ask({{"today", "2025-04-14"},
                  {"answers", {{"start", "complained"}, {"where-now", "no-acknowledgement"}, {"complained-on", "2025-04-01"}}}});
  REQUIRE(out["node"]["id"] == "stage1-dates");
  CHECK(out["node"]["next_steps"] == json({"dates", "escalate", "contacts", "ombudsman"}));
  CHECK(out["node"]["escalate"]["at"] == "escalate-reasons");
  // Its answers lead there.
  json there = Ask({{"today", "2025-04-14"}, {"answers", out["node"]["escalate"]["answers"]}});
  CHECK(there["node"]["id"] == "escalate-reasons");
  CHECK(cs::WalkthroughNextSteps(*Flow().Find("report-first")) == std::vector<std::string>{"report", "contacts"});
  CHECK(cs::WalkthroughNextSteps(*Flow().Find("who")).empty());
  CHECK(!cs::WalkthroughRouteTo(Flow(), "impact"));  // only after a typed answer
  // Every outcome offers a way on: no dead ends.
  for (const auto& n : Flow().Nodes())
    if (n.IsOutcome()) {
      CAPTURE(n.id);
      CHECK(!cs::WalkthroughNextSteps(n).empty());
    }
}

TEST_CASE("letter templates for pages without JavaScript have blanks") {
  cs::WalkthroughContext ctx;
  ctx.landlord = "Example Homes";
  std::string text = cs::LetterText(*Flow().Letter("complaint"), ctx, nullptr);
  CHECK(text.find("Date: [date]") != std::string::npos);
  CHECK(text.find("[what went wrong, when it happened") != std::string::npos);
  CHECK(text.find("more than 12 months ago") == std::string::npos);  // depends on a choice: left out
  CHECK(cs::FillWalkthroughText("{landlord} must", {}) == "Your landlord must");
  CHECK(cs::FillWalkthroughText("Ask {landlord}.", {}) == "Ask your landlord.");
}

TEST_CASE("the flow's words: English compiled in, another language's words over them key by key") {
  const cs::EngineWords words = {{"walkthrough.start.title", "[xx] Title"},
                                  {"walkthrough.start.choices.complain.label", "[xx] New"},
                                  {"walkthrough.late-complaint.body_2", "[xx] Second"},
                                  {"walkthrough.late-complaint.body_9", "[xx] no such paragraph"},
                                  {"letters.complaint.part_1", "[xx] To {landlord}"},
                                  {"fallbacks.landlord", "[xx] landlord"},
                                  {"fallbacks.no_such_value", "[xx] ignored"}};
  cs::Walkthrough xx = cs::Walkthrough::Translated(words);
  CHECK(xx.Find("start")->title == "[xx] Title");
  CHECK(xx.Find("start")->choices[0].label == "[xx] New");
  CHECK(xx.Find("start")->choices[1].label == Flow().Find("start")->choices[1].label);
  CHECK(xx.Find("start")->body == Flow().Find("start")->body);
  const auto& late = xx.Find("late-complaint")->body;
  REQUIRE(late.size() == Flow().Find("late-complaint")->body.size());
  CHECK(late[0] == Flow().Find("late-complaint")->body[0]);
  CHECK(late[1] == "[xx] Second");
  CHECK(xx.Find("when")->title == "When did the problem happen, or when did you find out about it?");
  cs::WalkthroughContext ctx;
  std::string letter = cs::LetterText(*xx.Letter("complaint"), ctx, nullptr, xx);
  CHECK(letter.rfind("[xx] To [xx] landlord\n\nDate: [date]", 0) == 0);
  CHECK(xx.Fallbacks().count("no_such_value") == 0);
  // No words: English unchanged, and Words() lists every text with its key.
  CHECK(cs::Walkthrough::Translated({}).Words() == Flow().Words());
  CHECK(Flow().Words().front() == std::make_pair(std::string("walkthrough.start.title"), Flow().Find("start")->title));

  // The same through the JSON interface (the browser and `complaints-site walkthrough`), next steps included.
  json out = json::parse(cs::WalkthroughJson(R"({"answers":{"start":"complain","asked-before":"yes","when":"ongoing",
      "court":"no","who":"myself","help":"no","what":"w","impact":"","want":"x","your-details":"","check":"continue"},
      "today":"2025-06-02","words":{"walkthrough":{"complaint-result":{"title":"[xx] Draft"}},
      "next_steps":{"plan_stage1":"[xx] By {acknowledge}."}}})"));
  REQUIRE(out.contains("node"));
  CHECK(out["node"]["title"] == "[xx] Draft");
  std::string next = out["node"]["deadlines"]["next_step"];
  CHECK(next.rfind("[xx] By Monday 9 June 2025. ", 0) == 0);
  CHECK(next.find("If your landlord needs more time") != std::string::npos);  // untranslated: English
  CHECK(json::parse(cs::WalkthroughJson(R"({"words":3})"))["error"]["code"] == "wrong_type");
  // Without words, English (and no overlay left behind).
  json english = json::parse(cs::WalkthroughJson(R"({"answers":{"start":"complain","asked-before":"yes","when":"ongoing",
      "court":"no","who":"myself","help":"no","what":"w","impact":"","want":"x","your-details":"","check":"continue"},
      "today":"2025-06-02"})"));
  CHECK(english["node"]["title"] == "Your draft complaint");
  CHECK(std::string(english["node"]["deadlines"]["next_step"]).rfind("Your landlord should acknowledge", 0) == 0);
}

TEST_CASE("next-step sentences: a MessageOverlay wins while it lives, English for the keys it lacks") {
  std::string english = cs::Message("after_stage1", {});
  REQUIRE(!english.empty());
  {
    const cs::EngineWords words = {{"next_steps.after_stage1", "[xx] {n}"}};
    cs::MessageOverlay xx(&words);
    CHECK(cs::Message("after_stage1", {{"n", "2"}}) == "[xx] 2");
    CHECK(cs::Message("after_stage2", {}) == cs::Message("after_stage2", {}));
    CHECK(cs::Message("after_stage2", {}).rfind("If you are still unhappy", 0) == 0);
    {
      cs::MessageOverlay inner(nullptr);
      CHECK(cs::Message("after_stage1", {{"n", "3"}}) == "[xx] 3");
    }
  }
  CHECK(cs::Message("after_stage1", {}) == english);
  CHECK(cs::Message("no_such_key", {}).empty());
}

TEST_CASE("the walkthrough's error messages: a translation's engine.errors words, English for the keys it lacks") {
  json request = {{"today", "2025-06-02"}, {"answers", {{"start", "not-an-answer"}}},
                  {"words", {{"errors", {{"select_answer", "[xx] Séléçt än änswér"}}}}}};
  json out = Ask(request);
  REQUIRE(out.contains("error"));
  CHECK(out["error"]["code"] == "invalid_choice");
  CHECK(out["error"]["field"] == "start");
  CHECK(out["error"]["message"] == "[xx] Séléçt än änswér");
  request.erase("words");
  CHECK(Ask(request)["error"]["message"] == "Select an answer");
  // A key the translation lacks: English.
  request["words"] = {{"errors", {{"text_too_long", "[xx] {Label} ≤ {max}"}}}};
  CHECK(Ask(request)["error"]["message"] == "Select an answer");
}

// The 2022 Code applies to a complaint made before 1 April 2024 (timescales.json "auto_switch_date"): the walkthrough
// asked with "code":"auto" (as the widget asks) judges each complaint by the Code of its own date received.
TEST_CASE("15, 4.1, 5.1: the walkthrough uses the 2022 Code for a complaint received before 1 April 2024") {
  json answers = {{"start", "complained"}, {"where-now", "no-acknowledgement"}, {"complained-on", "2024-03-01"}};
  json out = Ask({{"today", "2024-03-04"}, {"code", "auto"}, {"answers", answers}});
  REQUIRE(out["node"]["id"] == "stage1-dates");
  const json& d = out["node"]["deadlines"];
  CHECK(d["code"] == "2022");
  CHECK(d["code_title"] == "Complaint Handling Code (2022)");
  CHECK(d["milestones"][0]["provision"] == "4.1");
  CHECK(d["milestones"][1]["provision"] == "5.1");
  answers["complained-on"] = "2024-04-02";
  out = Ask({{"today", "2024-04-03"}, {"code", "auto"}, {"answers", answers}});
  CHECK(out["node"]["deadlines"]["code"] == "2024");
  // Stage 2 under the 2022 Code: no acknowledgement step, 20 working days from the escalation (5.13), and the
  // screen's words name no timescale the 2022 Code does not have.
  json s2 = Ask({{"today", "2024-03-04"}, {"code", "auto"},
                 {"answers", {{"start", "complained"}, {"where-now", "escalated"}, {"escalated-on", "2024-03-01"}}}});
  REQUIRE(s2["node"]["id"] == "stage2-dates");
  CHECK(s2["node"]["deadlines"]["milestones"][0]["provision"] == "5.13");
  for (const auto& p : s2["node"]["body"]) CHECK(p.get<std::string>().find('{') == std::string::npos);
  // A new complaint made today is judged by today's Code.
  json fresh = Ask({{"today", "2025-04-14"}, {"code", "auto"},
                    {"answers", {{"start", "complained"}, {"where-now", "escalated"}, {"escalated-on", "2025-04-14"}}}});
  CHECK(fresh["node"]["deadlines"]["code"] == "2024");
  CHECK(Ask({{"code", "2023"}})["error"]["code"] == "invalid_code");
}

TEST_CASE("6.2, 6.3: in the walkthrough closures never move a date and a late acknowledgement shows both dates") {
  json answers = {{"start", "complained"}, {"where-now", "acknowledged"}, {"complained-on", "2026-12-18"},
                  {"acknowledged-on", "2027-01-04"}};
  json out = Ask({{"today", "2027-01-05"}, {"closures", {"2026-12-29", "2026-12-30", "2026-12-31"}}, {"answers", answers}});
  REQUIRE(out["node"]["id"] == "stage1-dates");
  const json& d = out["node"]["deadlines"];
  CHECK(d["milestones"][0]["due"] == "2026-12-29");
  CHECK(d["milestones"][0]["late_by"] == 3);  // 30, 31 December, 4 January
  CHECK(d["milestones"][1]["due"] == "2027-01-18");
  CHECK(d["milestones"][1]["due_if_acknowledged_on_time"] == "2027-01-13");
  CHECK(d["closures_in_range"].size() == 3);
  CHECK(d["next_step"].get<std::string>().find("The acknowledgement came 3 working days late") != std::string::npos);
}
