// The Housing Ombudsman's annual submission answers (submission.h).
#include "submission.h"

#include <iomanip>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "code_catalogue.h"
#include "csv.h"
#include "financial_year.h"
#include "i18n.h"
#include "ombudsman.h"

namespace cs {

namespace {

Diagnostic Warn(std::string code, std::string file, int line, int column, std::string message, std::string fix,
                std::string provision) {
  return {Severity::Warning, std::move(code), std::move(file), line, column, std::move(message), std::move(fix),
          std::move(provision)};
}

std::string Person(const NamedPerson& p) { return p.role.empty() ? p.name : p.name + ", " + p.role; }

}  // namespace

Submission MakeSubmission(const Content& content, const std::string& year, std::string base_url, Diagnostics* warnings) {
  const SiteConfig& site = *content.site;
  Submission s;
  s.year = year;
  s.landlord = site.landlord_name;
  if (base_url.empty()) base_url = site.base_url;
  if (base_url.empty())
    warnings->push_back(Warn("submission.base_url.missing", content.site_file, 0, 0,
                             "no \"base_url\": the links below are paths, not the addresses the form asks for",
                             "set \"base_url\" in site.json to where the site is published, or pass --base-url", ""));
  else if (base_url.back() != '/')
    base_url += '/';
  const std::string root = base_url.empty() ? "/" : base_url;

  const AnnualReportSource* report = nullptr;
  for (const auto& ar : content.annual_reports)
    if (ar.year == year && ar.report) report = &ar;
  const SelfAssessmentSource* assessment = nullptr;
  for (const auto& sa : content.self_assessments)
    if (sa.year == year && sa.assessment) assessment = &sa;

  std::string channel_email;
  for (const auto& c : site.channels)
    if (c.kind == "email" && channel_email.empty()) channel_email = c.value;
  s.organisation = {{"name", "Landlord", site.landlord_name},
                    {"website", "Website", site.website_url},
                    {"homes", "Homes owned at the end of the year", report ? std::to_string(report->report->homes) : ""},
                    {"member_responsible", "Member Responsible for Complaints", Person(site.member_responsible)},
                    {"senior_lead", "Senior lead for complaints", Person(site.senior_lead)},
                    {"complaints_email", "Complaints email", channel_email}};
  if (site.member_responsible.name.empty())
    warnings->push_back(Warn("submission.mrc.missing", content.site_file, 0, 0,
                             "the form asks for the Member Responsible for Complaints and site.json names none",
                             "add \"member_responsible\" to site.json", "9.5"));

  // The four links, each only when the page it points to will be published.
  const std::string report_url = root + "annual-report/" + year + "/";
  bool response = report && report->report->governing_body_response.text.markdown.find_first_not_of(" \t\r\n") !=
                                std::string::npos;
  s.links = {{"complaints_policy", "Complaints policy", content.policy ? root + "policy/" : ""},
             {"self_assessment", "Self-assessment", assessment ? root + "self-assessment/" + year + "/" : ""},
             {"annual_report", "Annual complaints performance and service improvement report", report ? report_url : ""},
             {"governing_body_response", "Governing body response", response ? report_url + "#governing-body-response" : ""}};
  if (!content.policy)
    warnings->push_back(Warn("submission.policy.missing", content.Path("policy.md"), 0, 0,
                             "there is no complaints policy to link to", "write policy.md (complaints-site init makes one)",
                             "3.4"));
  if (!assessment)
    warnings->push_back(Warn("submission.self_assessment.missing", content.Path("self-assessments/" + year + ".json"),
                             0, 0, "there is no self-assessment for " + year + " (or it has errors): no answers to give",
                             "add it (complaints-site import turns last year's form into one)", "8.1"));
  if (!report) {
    warnings->push_back(Warn("submission.report.missing", content.Path("annual-reports/" + year + ".json"), 0, 0,
                             "there is no annual complaints performance and service improvement report for " + year +
                                 " (or it has errors)",
                             "add annual-reports/" + year + ".json with its case log", "8.1"));
  } else if (!response) {
    const ReportText& text = report->report->governing_body_response.text;
    warnings->push_back(Warn("submission.response.missing", report->file, text.line, text.line ? 1 : 0,
                             "the governing body's response to the report is not there yet, so it is not published",
                             "add \"governing_body_response\" with its \"text\" once the governing body has responded",
                             "8.2"));
  }

  // One answer per provision of the Code the year is assessed against (2024 unless the assessment says otherwise).
  const CodeCatalogue* catalogue = CodeCatalogue::Get(assessment ? assessment->assessment->code : site.code);
  if (!catalogue) catalogue = CodeCatalogue::Get("2024");
  std::map<std::string, bool> answered;
  if (assessment)
    for (const auto& a : assessment->assessment->answers) answered[a.id] = a.comply;
  std::vector<std::string> unanswered;
  for (const auto& p : catalogue->Provisions()) {
    auto it = answered.find(p.id);
    s.answers.push_back({p.id, it == answered.end() ? "" : it->second ? "yes" : "no"});
    if (it == answered.end()) unanswered.push_back(p.id);
  }
  if (assessment && !unanswered.empty()) {
    std::string ids;
    for (const auto& id : unanswered) ids += (ids.empty() ? "" : ", ") + id;
    const SelfAssessment& sa = *assessment->assessment;
    warnings->push_back(Warn("submission.provisions.unanswered", assessment->file, sa.provisions_line,
                             sa.provisions_column,
                             std::to_string(unanswered.size()) + " provisions have no answer: " + ids,
                             "answer each with \"comply\": \"yes\" or \"no\" (with an explanation and a date)", "8.1"));
  }
  if (assessment && !assessment->assessment->approved)
    warnings->push_back(Warn("submission.self_assessment.not_approved", assessment->file, 1, 1,
                             "the self-assessment does not say when the governing body approved it",
                             "add \"approved\" (the date) and \"approved_by\" once it has", "8.2"));

  // When the form is due: from the homes and the year-end of the report, else the year's own end.
  const OmbudsmanFacts& facts = OmbudsmanFacts::Default();
  Date year_end = report ? report->report->to : FinancialYearEnd(year);
  if (report) {
    long long homes = report->report->homes;
    s.due = facts.AnnualSubmissionDue(year_end, homes).Long();
    s.due_rule = homes > facts.large_landlord_homes_over
                     ? Thousands(homes) + " homes, over " + Thousands(facts.large_landlord_homes_over) +
                           ": the date for larger landlords"
                     : Thousands(homes) + " homes, not over " + Thousands(facts.large_landlord_homes_over) + ": within " +
                           std::to_string(facts.small_months_after_year_end) + " months of the year-end, " +
                           year_end.Long();
  } else {
    s.due = facts.AnnualReportDue(year_end).Long();
    s.due_rule = "the number of homes is not known without the report: the earlier of the two dates";
  }
  return s;
}

std::string SubmissionText(const Submission& s) {
  std::ostringstream out;
  out << "Housing Ombudsman annual submission " << s.year << ": " << s.landlord << "\n"
      << "Due by " << s.due << " (" << s.due_rule << ")\n\nOrganisation\n";
  auto field = [&](const SubmissionField& f) {
    out << "  " << std::left << std::setw(62) << f.label + ":" << (f.value.empty() ? "(missing)" : f.value) << "\n";
  };
  for (const auto& f : s.organisation) field(f);
  out << "\nLinks\n";
  for (const auto& f : s.links) field(f);
  out << "\nDoes the landlord comply with each provision of the Code? (" << s.answers.size() << " provisions)\n";
  for (const auto& a : s.answers)
    out << "  " << std::left << std::setw(6) << a.first << (a.second.empty() ? "not answered" : a.second) << "\n";
  return out.str();
}

std::string SubmissionCsv(const Submission& s) {
  std::ostringstream out;
  out << "part,field,value\r\n";
  auto row = [&](const std::string& part, const std::string& field, const std::string& value) {
    out << CsvCell(part) << "," << CsvCell(field) << "," << CsvCell(value) << "\r\n";
  };
  row("submission", "year", s.year);
  row("submission", "due", s.due);
  for (const auto& f : s.organisation) row("organisation", f.key, f.value);
  for (const auto& f : s.links) row("link", f.key, f.value);
  for (const auto& a : s.answers) row("provision", a.first, a.second);
  return out.str();
}

std::string SubmissionJson(const Submission& s) {
  nlohmann::ordered_json j;
  j["year"] = s.year;
  j["due"] = s.due;
  j["due_rule"] = s.due_rule;
  for (const auto& f : s.organisation) j["organisation"][f.key] = f.value;
  for (const auto& f : s.links) j["links"][f.key] = f.value;
  j["provisions"] = nlohmann::ordered_json::array();
  for (const auto& a : s.answers) j["provisions"].push_back({{"id", a.first}, {"comply", a.second}});
  return j.dump(2) + "\n";
}

}  // namespace cs
