// Checks of self-assessments, site.json and annual reports against the Complaint Handling Code.
#include "checks.h"

#include <algorithm>
#include <set>

#include "code_catalogue.h"
#include "financial_year.h"
#include "json_positions.h"
#include "ombudsman.h"

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

// Points `d` at the value of `pointer` in `json_text` (line and column), when there is one.
void PlaceIn(std::string_view json_text, const std::string& pointer, Diagnostic* d) {
  if (json_text.empty()) return;
  JsonScan scan = ScanJson(json_text);
  if (const JsonPosition* p = scan.Find(pointer)) {
    d->line = p->line;
    d->column = p->column;
  }
}

// The date a self-assessment counts from: approval by the governing body, else completion.
std::optional<Date> AssessedOn(const SelfAssessment& sa) { return sa.approved ? sa.approved : sa.completed; }

}  // namespace

std::string LatestCompleteYear(Date today) { return PreviousFinancialYear(FinancialYearOf(today)); }

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
    out.push_back(Finding(Severity::Error, "sa.approval.missing", "Appendix B", file, 0,
                          "the self-assessment does not say when the governing body approved it and who that was; "
                          "the Code says it must be reviewed and approved by the governing body at least annually",
                          "add \"approved\": {\"date\": \"YYYY-MM-DD\", \"by\": \"Board of ...\"}"));
  else if (sa.completed && *sa.approved < *sa.completed)
    out.push_back(Finding(Severity::Warning, "sa.approval.before_completed", "Appendix B", file, 0,
                          "it was approved (" + sa.approved->Long() + ") before it was completed (" +
                              sa.completed->Long() + ")",
                          "check the two dates"));
  return out;
}

std::vector<Diagnostic> CheckSelfAssessments(const std::vector<SelfAssessmentSource>& files, const std::string& dir,
                                             Date today) {
  std::vector<Diagnostic> out;
  if (files.empty()) {
    out.push_back(Finding(Severity::Error, "sa.none", "8.1", dir, 0,
                          "there is no self-assessment against the Complaint Handling Code",
                          "run `complaints-site import self-assessment` on last year's form, or write "
                          "self-assessments/<year>.json"));
    return out;
  }
  const SelfAssessmentSource* latest = &files[0];
  for (const auto& f : files)
    if (f.year > latest->year) latest = &f;
  // This year's file has errors (reported where it was read): last year's is not the latest, so say nothing more.
  if (!latest->assessment) return out;
  // Earlier years are published history: only the latest is checked provision by provision.
  out = CheckSelfAssessment(*latest->assessment, latest->file, today);
  const SelfAssessment& sa = *latest->assessment;
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

std::vector<Diagnostic> CheckSite(const SiteConfig& site, std::string_view json_text, const std::string& file,
                                  std::optional<Date> today) {
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
  // The Code is the Housing Ombudsman's, made under the Social Housing (Regulation) Act 2023 for members of the
  // Housing Ombudsman Scheme: social landlords in England. The engine keeps the other nations' calendars.
  if (site.nation != "england-and-wales") {
    Diagnostic d = Finding(Severity::Error, "site.nation.outside_england", "Introduction", file, 0,
                           "\"nation\" is \"" + site.nation + "\", but the Complaint Handling Code is the Housing "
                           "Ombudsman Scheme's and applies to social landlords in England, whose bank holidays are "
                           "\"england-and-wales\"; this site would give residents outside England rights they do not have",
                           "write \"nation\": \"england-and-wales\" for a landlord in England; a landlord elsewhere "
                           "follows its own country's complaints scheme");
    PlaceIn(json_text, "/nation", &d);
    out.push_back(d);
  }
  if (today) {
    auto checked = ParseIsoDate(site.ombudsman.last_checked);
    if (checked && checked->AddMonthsClamped(12) < *today) {
      Diagnostic d = Finding(Severity::Warning, "site.ombudsman.stale", "3.7", file, 0,
                             "the Housing Ombudsman's contact details were last checked on " + checked->Long() +
                                 ", more than 12 months ago; residents rely on them to go to the Ombudsman",
                             "check them on www.housing-ombudsman.org.uk, then update complaints-site or set "
                             "\"ombudsman\" (with \"last_checked\") in site.json");
      PlaceIn(json_text, "/ombudsman/last_checked", &d);
      out.push_back(d);
    }
  }
  return out;
}

namespace {

}  // namespace

std::vector<Diagnostic> CheckAnnualReports(const std::vector<AnnualReportSource>& reports, const std::string& dir,
                                           Date today, const std::vector<std::string>& self_assessment_years) {
  std::vector<Diagnostic> out;
  const OmbudsmanFacts& facts = OmbudsmanFacts::Default();
  std::string expected = LatestCompleteYear(today);
  if (reports.empty()) {
    out.push_back(Finding(Severity::Error, "report.missing", "8.1", dir, 0,
                          "there is no annual complaints performance and service improvement report",
                          "add annual-reports/" + expected + ".json (see `complaints-site report --help`)"));
    return out;
  }
  std::set<std::string> have, assessed(self_assessment_years.begin(), self_assessment_years.end());
  for (const auto& r : reports) {
    have.insert(r.year);
    int response_line = LineOf(r.text, "/governing_body_response");
    if (r.report && Blank(r.report->governing_body_response.text.markdown))
      out.push_back(Finding(Severity::Error, "report.response.missing", "8.2", r.file,
                            response_line ? response_line : LineOf(r.text, ""),
                            "the " + r.year + " report has no response from the governing body",
                            "add \"governing_body_response\": {\"text\": \"...\", \"date\": \"YYYY-MM-DD\", \"by\": \"...\"}"));
    // 8.1(a) and Appendix B: the self-assessment is published as part of the report.
    if (!assessed.count(r.year))
      out.push_back(Finding(Severity::Error, "report.self_assessment.missing", "8.1", r.file, 0,
                            "the " + r.year + " report has no self-assessment for " + r.year + "; the Code says the "
                            "report must include the annual self-assessment, published as part of it",
                            "add self-assessments/" + r.year + ".json (import last year's form with `complaints-site "
                            "import self-assessment`)"));
  }
  // The latest report that is due: the latest complete year's once its due date has passed, else the year before.
  // Before the due date the latest complete year's report is only a reminder.
  for (const std::string& year : {expected, PreviousFinancialYear(expected)}) {
    if (have.count(year)) break;
    Date due = facts.AnnualReportDue(FinancialYearEnd(year));
    if (today > due) {
      out.push_back(Finding(Severity::Error, "report.latest.overdue", "8.2", dir, 0,
                            "there is no annual report for " + year + "; it was due to be published, with the "
                            "year's self-assessment, by " + due.Long(),
                            "add annual-reports/" + year + ".json and self-assessments/" + year + ".json"));
      break;
    }
    out.push_back(Finding(Severity::Warning, "report.latest.missing", "8.2", dir, 0,
                          "there is no annual report for " + year + " yet; it is due, with the year's self-assessment, "
                          "by " + due.Long(),
                          "add annual-reports/" + year + ".json and self-assessments/" + year + ".json"));
  }
  return out;
}

std::vector<Diagnostic> RunChecks(const Content& content, Date today) {
  std::vector<Diagnostic> all;
  if (!content.exists) return all;
  auto add = [&](std::vector<Diagnostic> found) { all.insert(all.end(), found.begin(), found.end()); };
  if (content.site) add(CheckSite(*content.site, content.site_json, content.site_file, today));
  add(CheckPlaceholders(content));
  if (!content.policy) {
    std::string file = content.Path("policy.md");
    all.push_back(Finding(Severity::Error, "policy.missing", "3.4", file, 0,
                          "there is no complaints policy", "write the policy in " + file));
  } else {
    std::string code = content.site ? content.site->code : "2024";
    const CodeTimescales* timescales = Timescales::Default().Find(code);
    if (!timescales) timescales = Timescales::Default().Find("2024");
    const OmbudsmanInfo ombudsman = content.site ? content.site->ombudsman : OmbudsmanInfo();
    if (timescales)
      add(CheckPolicy(content.policy->body, content.policy->file, *timescales, ombudsman, content.policy->body_line));
  }
  add(CheckSelfAssessments(content.self_assessments, content.Path("self-assessments"), today));
  std::vector<std::string> assessed;
  for (const auto& sa : content.self_assessments) assessed.push_back(sa.year);
  add(CheckAnnualReports(content.annual_reports, content.Path("annual-reports"), today, assessed));
  std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return (a.severity == Severity::Error) > (b.severity == Severity::Error);
  });
  return all;
}

}  // namespace cs

namespace cs {

bool BlocksPublication(const Diagnostic& finding) {
  if (finding.severity != Severity::Error) return false;
  return finding.code.rfind("placeholder.", 0) == 0 || finding.code == "site.nation.outside_england" ||
         finding.code == "policy.missing";
}

}  // namespace cs
