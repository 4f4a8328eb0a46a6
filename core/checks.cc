// Checks of self-assessments, site.json and annual reports against the Complaint Handling Code.
#include "checks.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "code_catalogue.h"
#include "json_positions.h"

namespace cs {

namespace {

Diagnostic Finding(Severity severity, std::string code, std::string provision, std::string file, int line,
                   std::string message, std::string fix) {
  Diagnostic d;
  d.severity = severity;
  d.code = std::move(code);
  d.provision = std::move(provision);
  d.file = std::move(file);
  d.line = line;
  d.message = std::move(message);
  d.fix = std::move(fix);
  return d;
}

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

int LineOf(std::string_view json_text, const std::string& pointer) {
  if (json_text.empty()) return 0;
  JsonScan scan = ScanJson(json_text);
  const JsonPosition* p = scan.Find(pointer);
  return p ? p->key_line : 0;
}

// The date a self-assessment counts from: approval by the governing body, else completion.
std::optional<Date> AssessedOn(const SelfAssessment& sa) { return sa.approved ? sa.approved : sa.completed; }

}  // namespace

std::string LatestCompleteYear(Date today) {
  int end_year = today.month >= 4 ? today.year : today.year - 1;  // the 31 March most recently passed
  int start = end_year - 1;
  std::string second = std::to_string(end_year % 100);
  if (second.size() < 2) second = "0" + second;
  return std::to_string(start) + "-" + second;
}

std::vector<Diagnostic> CheckSelfAssessment(const SelfAssessment& sa, const std::string& file, Date today) {
  std::vector<Diagnostic> out;
  const CodeCatalogue* cat = CodeCatalogue::Get(sa.code);
  if (!cat) {
    out.push_back(Finding(Severity::Error, "sa.code.unknown", "", file, 0,
                          "the self-assessment is against an unknown Code \"" + sa.code + "\"",
                          "set \"code\" to \"2024\" (or \"2022\" for an old year)"));
    return out;
  }
  std::set<std::string> answered;
  for (const auto& a : sa.answers) answered.insert(a.id);
  for (const auto& p : cat->Provisions())
    if (!answered.count(p.id))
      out.push_back(Finding(Severity::Error, "sa.provision.unanswered", p.id, file, 0,
                            "provision " + p.id + " of the " + cat->Code() + " Code is not answered",
                            "add {\"id\": \"" + p.id + "\", \"comply\": \"yes\" or \"no\", ...} to \"provisions\""));
  for (const auto& a : sa.answers) {
    if (!a.comply) {
      if (Blank(a.explanation))
        out.push_back(Finding(Severity::Error, "sa.no.missing_explanation", a.id, file, a.line,
                              "provision " + a.id + " is not met but there is no explanation",
                              "say why in \"explanation\" (the Code's introduction asks for a detailed one)"));
      if (!a.comply_by)
        out.push_back(Finding(Severity::Error, "sa.no.missing_comply_by", a.id, file, a.line,
                              "provision " + a.id + " is not met but there is no date by which it will be",
                              "add \"comply_by\": \"YYYY-MM-DD\""));
      else if (*a.comply_by < today)
        out.push_back(Finding(Severity::Warning, "sa.no.comply_by_passed", a.id, file, a.line,
                              "provision " + a.id + " was to be met by " + a.comply_by->Long() + ", which has passed",
                              "if it is met now, change \"comply\" to \"yes\"; if not, explain and set a new date"));
    } else {
      bool has_evidence = false;
      for (const auto& e : a.evidence)
        if (!Blank(e.text) || !Blank(e.url)) has_evidence = true;
      if (!has_evidence)
        out.push_back(Finding(Severity::Warning, "sa.yes.missing_evidence", a.id, file, a.line,
                              "provision " + a.id + " is marked as met but no evidence is given",
                              "add the document or page that shows it to \"evidence\""));
    }
  }
  if (!sa.approved || Blank(sa.approved_by))
    out.push_back(Finding(Severity::Error, "sa.approval.missing", "8.2", file, 0,
                          "the self-assessment does not say when the governing body approved it and who that was",
                          "add \"approved\": {\"date\": \"YYYY-MM-DD\", \"by\": \"Board of ...\"}"));
  else if (sa.completed && *sa.approved < *sa.completed)
    out.push_back(Finding(Severity::Warning, "sa.approval.before_completed", "8.2", file, 0,
                          "it was approved (" + sa.approved->Long() + ") before it was completed (" +
                              sa.completed->Long() + ")",
                          "check the two dates"));
  return out;
}

std::vector<Diagnostic> CheckSelfAssessments(const std::vector<SelfAssessmentFile>& files, const std::string& dir,
                                             Date today) {
  std::vector<Diagnostic> out;
  if (files.empty()) {
    out.push_back(Finding(Severity::Error, "sa.none", "8.1", dir, 0,
                          "there is no self-assessment against the Complaint Handling Code",
                          "run `complaints-site import self-assessment` on last year's form, or write "
                          "self-assessments/<year>.json"));
    return out;
  }
  const SelfAssessmentFile* latest = &files[0];
  for (const auto& f : files) {
    auto key = [](const SelfAssessmentFile& x) {
      auto on = AssessedOn(x.assessment);
      return std::make_pair(x.assessment.year, on ? on->Serial() : 0);
    };
    if (key(f) > key(*latest)) latest = &f;
  }
  // Earlier years are published history: only the latest is checked provision by provision.
  out = CheckSelfAssessment(latest->assessment, latest->file, today);
  const SelfAssessment& sa = latest->assessment;
  auto on = AssessedOn(sa);
  if (!on) {
    out.push_back(Finding(Severity::Warning, "sa.latest.undated", "8.1", latest->file, 0,
                          "the latest self-assessment (" + sa.year + ") has no completed or approved date, so its age is unknown",
                          "add \"completed\" and \"approved\" dates"));
  } else if (on->AddMonthsClamped(12) < today) {
    out.push_back(Finding(Severity::Error, "sa.latest.stale", "8.1", latest->file, 0,
                          "the latest self-assessment (" + sa.year + ", " + on->Long() +
                              ") is more than 12 months old; the Code asks for one every year",
                          "carry out this year's self-assessment and add it to self-assessments/"));
  }
  if (sa.code == "2022" && today >= Timescales::Default().AutoSwitchDate())
    out.push_back(Finding(Severity::Error, "sa.latest.old_code", "8.1", latest->file, 0,
                          "the latest self-assessment is against the 2022 Code, which was replaced on " +
                              Timescales::Default().AutoSwitchDate().Long(),
                          "self-assess against the 2024 Code (\"code\": \"2024\")"));
  return out;
}

std::vector<Diagnostic> CheckSite(const SiteConfig& site, std::string_view json_text, const std::string& file) {
  std::vector<Diagnostic> out;
  if (site.channels.size() < 2)
    out.push_back(Finding(Severity::Error, "site.channels.too_few", "3.1", file, LineOf(json_text, "/channels"),
                          "residents can complain through " + std::to_string(site.channels.size()) +
                              " channel" + (site.channels.size() == 1 ? "" : "s") + "; the Code asks for different channels",
                          "add at least two to \"channels\" (phone, email, web form, post, in person ...)"));
  if (Blank(site.senior_lead.name))
    out.push_back(Finding(Severity::Error, "site.senior_lead.missing", "9.4", file, LineOf(json_text, "/senior_lead"),
                          "no senior lead person accountable for complaint handling is named",
                          "add \"senior_lead\": {\"name\": \"...\", \"role\": \"...\"}"));
  if (Blank(site.member_responsible.name))
    out.push_back(Finding(Severity::Error, "site.mrc.missing", "9.5", file, LineOf(json_text, "/member_responsible"),
                          "no Member Responsible for Complaints (MRC) on the governing body is named",
                          "add \"member_responsible\": {\"name\": \"...\", \"role\": \"...\"}"));
  return out;
}

std::vector<Diagnostic> CheckAnnualReports(const std::vector<AnnualReportFile>& reports, const std::string& dir,
                                           Date today) {
  std::vector<Diagnostic> out;
  std::string expected = LatestCompleteYear(today);
  if (reports.empty()) {
    out.push_back(Finding(Severity::Error, "report.missing", "8.1", dir, 0,
                          "there is no annual complaints performance and service improvement report",
                          "add annual-reports/" + expected + ".json (see `complaints-site report --help`)"));
    return out;
  }
  bool have_expected = false;
  for (const auto& r : reports) {
    if (r.year == expected) have_expected = true;
    nlohmann::json doc = nlohmann::json::parse(r.json_text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) continue;  // the report's own parser says what is wrong
    bool has_response = false;
    if (doc.contains("governing_body_response")) {
      const auto& g = doc["governing_body_response"];
      if (g.is_string()) has_response = !Blank(g.get<std::string>());
      if (g.is_object() && g.contains("text") && g["text"].is_string()) has_response = !Blank(g["text"].get<std::string>());
    }
    if (!has_response)
      out.push_back(Finding(Severity::Error, "report.response.missing", "8.2", r.file,
                            LineOf(r.json_text, doc.contains("governing_body_response") ? "/governing_body_response" : ""),
                            "the " + r.year + " report has no response from the governing body",
                            "add \"governing_body_response\": {\"text\": \"...\", \"date\": \"YYYY-MM-DD\", \"by\": \"...\"}"));
  }
  if (!have_expected)
    out.push_back(Finding(Severity::Warning, "report.latest.missing", "8.1", dir, 0,
                          "there is no annual report for " + expected + ", the latest complete year",
                          "add annual-reports/" + expected + ".json"));
  return out;
}

std::vector<Diagnostic> RunChecks(const ContentForChecks& content, Date today) {
  std::vector<Diagnostic> all;
  auto add = [&](std::vector<Diagnostic> found) { all.insert(all.end(), found.begin(), found.end()); };
  if (content.site) add(CheckSite(*content.site, content.site_json, content.site_file));
  if (!content.has_policy) {
    all.push_back(Finding(Severity::Error, "policy.missing", "3.4", content.policy_file, 0,
                          "there is no complaints policy", "write the policy in " + content.policy_file));
  } else {
    std::string code = content.site ? content.site->code : "2024";
    const CodeTimescales* timescales = Timescales::Default().Find(code);
    if (!timescales) timescales = Timescales::Default().Find("2024");
    const OmbudsmanInfo ombudsman = content.site ? content.site->ombudsman : OmbudsmanInfo();
    if (timescales)
      add(CheckPolicy(content.policy_markdown, content.policy_file, *timescales, ombudsman, content.policy_first_line));
  }
  if (!content.self_assessments.empty() || content.self_assessments_unparsed == 0)
    add(CheckSelfAssessments(content.self_assessments, content.self_assessments_dir, today));
  add(CheckAnnualReports(content.annual_reports, content.annual_reports_dir, today));
  std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return (a.severity == Severity::Error) > (b.severity == Severity::Error);
  });
  return all;
}

}  // namespace cs
