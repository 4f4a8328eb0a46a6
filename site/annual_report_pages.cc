// Builds /annual-report/<year>/ and /annual-report/ from the report JSON, its case log and the self-assessment.
#include "annual_report_pages.h"

#include <algorithm>
#include <filesystem>

#include "files.h"
#include "html.h"
#include "markdown.h"
#include "svg_chart.h"

namespace cs {

namespace {

const char* const kSectionIds[] = {"key-figures", "self-assessment", "performance", "ombudsman-findings",
                                   "service-improvements", "ombudsman-annual-report", "other-reports",
                                   "governing-body-response", "how-figures-are-worked-out"};

std::string BasePath(const SiteConfig& config) {
  std::string url = config.base_url;
  size_t scheme = url.find("://");
  if (scheme != std::string::npos) {
    size_t slash = url.find('/', scheme + 3);
    url = slash == std::string::npos ? "/" : url.substr(slash);
  }
  if (url.empty() || url[0] != '/') url = "/" + url;
  if (url.back() != '/') url += '/';
  return url;
}

std::string DayMonthYear(Date d) { return std::to_string(d.day) + " " + MonthName(d.month) + " " + std::to_string(d.year); }

std::string Thousands(long long n) {
  std::string digits = std::to_string(n), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string Pct(const std::optional<Tenths>& t) { return t ? t->Text() + "%" : "no responses"; }

/// "85.9% of stage 1 complaints answered within the Code’s timescales", or "no stage 2 complaints answered".
std::string Answered(const StageFigures& s) {
  std::string stage = "stage " + std::to_string(s.stage);
  if (!s.within_pct) return "no " + stage + " complaints answered";
  return s.within_pct->Text() + "% of " + stage + " complaints answered within the Code’s timescales";
}

std::string E(const std::string& s) { return EscapeHtml(s); }

std::string NationName(const std::string& nation) {
  if (nation == "scotland") return "Scotland";
  if (nation == "northern-ireland") return "Northern Ireland";
  return "England and Wales";
}

class Writer {
 public:
  Writer(const SiteConfig& config, const std::string& file, std::vector<Diagnostic>* diags)
      : config_(config), file_(file), diags_(diags) {}

  std::string Markdown(const ReportText& text, const std::string& empty_text) {
    if (text.markdown.find_first_not_of(" \t\r\n") == std::string::npos) return "<p>" + E(empty_text) + "</p>\n";
    MarkdownOptions o;
    o.file = file_;
    o.first_line = text.line > 0 ? text.line : 1;
    o.allow_raw_html = config_.allow_raw_html;
    o.base_path = BasePath(config_);
    o.min_heading_level = 3;
    o.reserved_ids = std::set<std::string>(std::begin(kSectionIds), std::end(kSectionIds));
    return RenderMarkdown(text.markdown, o, diags_).html;
  }

 private:
  const SiteConfig& config_;
  std::string file_;
  std::vector<Diagnostic>* diags_;
};

std::string Tr(const std::string& head, const std::vector<std::string>& cells) {
  std::string s = "<tr><th scope=\"row\">" + head + "</th>";
  for (const auto& c : cells) s += "<td class=\"numeric\">" + c + "</td>";
  return s + "</tr>\n";
}

std::string KeyFigures(const AnnualReportInput& in) {
  const Performance& p = in.figures;
  const Performance* prev = in.previous ? &*in.previous : nullptr;
  std::string year = E(in.report.year);
  std::string s = "<table class=\"figures\">\n<caption>Tenant Satisfaction Measures CH01 and CH02, " + year +
                  "</caption>\n<thead><tr><th scope=\"col\">Measure</th><th scope=\"col\" class=\"numeric\">" + year + "</th>";
  if (prev) s += "<th scope=\"col\" class=\"numeric\">" + E(ReportingYearLabel(prev->from)) + "</th>";
  s += "</tr></thead>\n<tbody>\n";
  auto row = [&](const std::string& label, auto get) {
    std::vector<std::string> cells = {get(p)};
    if (prev) cells.push_back(get(*prev));
    s += Tr(label, cells);
  };
  row("CH01 stage 1 complaints received per 1,000 homes", [](const Performance& x) { return x.stage1.per_1000.Text(); });
  row("CH01 stage 2 complaints received per 1,000 homes", [](const Performance& x) { return x.stage2.per_1000.Text(); });
  row("CH02 stage 1 complaints responded to within the Code’s timescales",
      [](const Performance& x) { return Pct(x.stage1.within_pct); });
  row("CH02 stage 2 complaints responded to within the Code’s timescales",
      [](const Performance& x) { return Pct(x.stage2.within_pct); });
  return s + "</tbody>\n</table>\n";
}

std::string SelfAssessmentSection(const AnnualReportInput& in, const std::string& base) {
  std::string year = E(in.report.year);
  std::string link = base + "self-assessment/" + year + "/";
  if (!in.self_assessment)  // no link: there is no page to link to yet (the build warns)
    return "<p>Our self-assessment against the Complaint Handling Code for " + year +
           " has not been published yet. It will be linked here when it is.</p>\n";
  const SelfAssessment& sa = *in.self_assessment;
  int met = 0;
  std::vector<const ProvisionAnswer*> gaps;
  for (const auto& a : sa.answers) {
    if (a.comply) ++met;
    else gaps.push_back(&a);
  }
  std::string s = "<p>We assessed ourselves against the " + E(sa.code) + " Complaint Handling Code";
  if (sa.completed) s += " on " + DayMonthYear(*sa.completed);
  if (sa.approved) s += "; it was approved" + (sa.approved_by.empty() ? std::string() : " by the " + E(sa.approved_by)) + " on " + DayMonthYear(*sa.approved);
  s += ".</p>\n<p><strong>" + std::to_string(met) + " of " + std::to_string(sa.answers.size()) + " provisions met";
  if (!gaps.empty()) s += "; " + std::to_string(gaps.size()) + " with a plan to comply";
  s += ".</strong></p>\n";
  if (!gaps.empty()) {
    s += "<ul>\n";
    for (const auto* a : gaps) {
      s += "<li><a href=\"" + link + "#provision-" + E(Slugify(a->id)) + "\">Provision " + E(a->id) + "</a>";
      if (a->comply_by) s += ": we plan to comply by " + DayMonthYear(*a->comply_by);
      s += "</li>\n";
    }
    s += "</ul>\n";
  }
  return s + "<p><a href=\"" + link + "\">Read the full " + year + " self-assessment</a>.</p>\n";
}

std::string Map(const std::map<std::string, int>& m, const std::string& key) {
  auto it = m.find(key);
  return std::to_string(it == m.end() ? 0 : it->second);
}

std::string PerformanceFigures(const AnnualReportInput& in) {
  const Performance& p = in.figures;
  const StageFigures& a = p.stage1;
  const StageFigures& b = p.stage2;
  std::string s = "<h3 id=\"volumes\">Complaints received and answered</h3>\n";
  // Three rows by two stages, so the table fits a 320 px screen.
  ChartData volumes;
  volumes.id = "chart-volumes";
  volumes.title = "Complaints received and answered by stage, " + in.report.year;
  volumes.description = "Stage 1: " + std::to_string(a.received) + " received, " + std::to_string(a.responded) +
                        " answered, " + std::to_string(a.within) + " within the Code's timescale. Stage 2: " +
                        std::to_string(b.received) + " received, " + std::to_string(b.responded) + " answered, " +
                        std::to_string(b.within) + " within the timescale.";
  volumes.category_heading = "Complaints";
  volumes.categories = {"Received", "Answered", "Answered on time"};
  volumes.series = {{"Stage 1", {a.received, a.responded, a.within}}, {"Stage 2", {b.received, b.responded, b.within}}};
  s += BarChartHtml(volumes);
  s += "<table class=\"figures\">\n<caption>How we handled complaints, " + E(in.report.year) +
       "</caption>\n<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\" class=\"numeric\">Stage 1</th>"
       "<th scope=\"col\" class=\"numeric\">Stage 2</th></tr></thead>\n<tbody>\n";
  auto row = [&](const std::string& label, auto get) { s += Tr(label, {get(a), get(b)}); };
  auto n = [](int v) { return std::to_string(v); };
  row("Complaints received", [&](const StageFigures& x) { return n(x.received); });
  row("Complaints answered", [&](const StageFigures& x) { return n(x.responded); });
  row("Answered within the Code’s timescale", [&](const StageFigures& x) { return n(x.within); });
  row("Share answered within the timescale (CH02)", [&](const StageFigures& x) { return Pct(x.within_pct); });
  row("Acknowledged within the Code’s timescale", [&](const StageFigures& x) { return Pct(x.acknowledged_within_pct); });
  row("Median working days to answer", [&](const StageFigures& x) { return x.median_working_days ? x.median_working_days->Text() : std::string("–"); });
  row("90% answered within (working days)", [&](const StageFigures& x) { return x.p90_working_days ? n(*x.p90_working_days) : std::string("–"); });
  row("Extensions agreed", [&](const StageFigures& x) { return n(x.extensions_used); });
  row("Still open on " + DayMonthYear(p.to), [&](const StageFigures& x) { return n(x.open_at_end); });
  row("of which past the Code’s timescale", [&](const StageFigures& x) { return n(x.open_overdue_at_end); });
  s += "</tbody>\n</table>\n";
  if (p.escalation_pct)
    s += "<p>" + p.escalation_pct->Text() + "% as many complaints were escalated to stage 2 as were made at stage 1 (" +
         n(b.received) + " escalations, " + n(a.received) + " stage 1 complaints).</p>\n";

  s += "<h3 id=\"outcomes\">Outcomes</h3>\n<table class=\"figures\">\n<caption>Outcomes of complaints answered, " + E(in.report.year) +
       "</caption>\n<thead><tr><th scope=\"col\">Outcome</th><th scope=\"col\" class=\"numeric\">Stage 1</th>"
       "<th scope=\"col\" class=\"numeric\">Stage 2</th></tr></thead>\n<tbody>\n";
  for (Outcome o : {Outcome::Upheld, Outcome::PartlyUpheld, Outcome::NotUpheld, Outcome::Withdrawn})
    s += Tr(OutcomeLabel(o), {Map(a.outcomes, OutcomeName(o)), Map(b.outcomes, OutcomeName(o))});
  s += "</tbody>\n</table>\n";

  std::map<std::string, std::pair<int, int>> by_category;
  for (const auto& [k, v] : a.categories) by_category[k].first = v;
  for (const auto& [k, v] : b.categories) by_category[k].second = v;
  std::vector<std::pair<std::string, std::pair<int, int>>> cats(by_category.begin(), by_category.end());
  std::stable_sort(cats.begin(), cats.end(), [](const auto& x, const auto& y) {
    return x.second.first + x.second.second > y.second.first + y.second.second;
  });
  ChartData categories;
  categories.id = "chart-categories";
  categories.title = "What complaints were about, " + in.report.year;
  categories.category_heading = "Category";
  categories.series = {{"Stage 1", {}}, {"Stage 2", {}}};
  for (const auto& [name, counts] : cats) {
    categories.categories.push_back(name);
    categories.series[0].values.push_back(counts.first);
    categories.series[1].values.push_back(counts.second);
  }
  categories.description = cats.empty() ? "No complaints were received."
                                        : "The most common subject was " + cats.front().first + ": " +
                                              std::to_string(cats.front().second.first) + " stage 1 and " +
                                              std::to_string(cats.front().second.second) + " stage 2 complaints.";
  s += "<h3 id=\"categories\">What complaints were about</h3>\n" + BarChartHtml(categories);

  ChartData monthly;
  monthly.id = "chart-monthly";
  monthly.title = "Complaints received each month, " + in.report.year;
  monthly.category_heading = "Month";
  monthly.series = {{"Stage 1", {}}, {"Stage 2", {}}};
  const MonthVolume* busiest = nullptr;
  for (const auto& m : p.monthly) {
    monthly.categories.push_back(std::string(MonthName(m.month)) + " " + std::to_string(m.year));
    monthly.short_labels.push_back(std::string(MonthName(m.month)).substr(0, 3));
    monthly.series[0].values.push_back(m.stage1);
    monthly.series[1].values.push_back(m.stage2);
    if (!busiest || m.stage1 + m.stage2 > busiest->stage1 + busiest->stage2) busiest = &m;
  }
  monthly.description = busiest ? "The busiest month was " + std::string(MonthName(busiest->month)) + " " +
                                      std::to_string(busiest->year) + ", with " + std::to_string(busiest->stage1) +
                                      " stage 1 and " + std::to_string(busiest->stage2) + " stage 2 complaints."
                                : "No months in the period.";
  s += "<h3 id=\"monthly\">Complaints each month</h3>\n" + LineChartHtml(monthly);

  s += "<h3 id=\"refused\">Complaints we did not take on</h3>\n";
  if (p.refused_by_reason.empty()) {
    s += "<p>We did not refuse any complaints this year.</p>\n";
  } else {
    s += "<p>The Code lets a landlord decline a complaint only for the reasons in its policy, and we must tell the "
         "resident why. These are not counted in the figures above.</p>\n<table class=\"figures\">\n<caption>Complaints "
         "not taken on, by reason, " + E(in.report.year) + "</caption>\n<thead><tr><th scope=\"col\">Reason</th><th scope=\"col\" "
         "class=\"numeric\">Complaints</th></tr></thead>\n<tbody>\n";
    for (const auto& [reason, count] : p.refused_by_reason) s += Tr(E(reason), {std::to_string(count)});
    s += "</tbody>\n</table>\n";
  }
  return s;
}

std::string Method(const AnnualReportInput& in, const SiteConfig& config) {
  const Performance& p = in.figures;
  int from_received = p.stage1.counted_from_received + p.stage2.counted_from_received;
  int under_2022 = p.stage1.responded_under_2022 + p.stage2.responded_under_2022;
  std::string s = "<p>The figures come from our complaints log for " + DayMonthYear(p.from) + " to " + DayMonthYear(p.to) +
                  ", worked out by the same calculation that gives residents their deadlines on this site. Working days "
                  "leave out weekends, bank holidays in " + NationName(config.nation) + " and the days our office is closed.</p>\n<ul>\n";
  s += "<li>CH01 is the number of complaints received in the year at each stage for every 1,000 homes we own (" +
       Thousands(p.homes) + " homes), to one decimal place.</li>\n";
  s += "<li>CH02 is the share of the complaints we answered in the year that were answered within the Code’s "
       "timescale, counted from the acknowledgement, plus any extension we agreed, up to the most the Code allows.</li>\n";
  if (from_received)
    s += "<li>" + std::to_string(from_received) + " answered complaint" + (from_received == 1 ? " had" : "s had") +
         " no acknowledgement date recorded, so " + (from_received == 1 ? "its" : "their") +
         " timescale was counted from the day we received " + (from_received == 1 ? "it" : "them") + ".</li>\n";
  if (under_2022)
    s += "<li>" + std::to_string(under_2022) + " answered complaint" + (under_2022 == 1 ? " was" : "s were") +
         " received before 1 April 2024, so the 2022 Code’s timescales applied.</li>\n";
  s += "<li>Complaints we did not take on are listed separately and are not in CH01 or CH02.</li>\n";
  s += "<li>Percentages are rounded to one decimal place (halves rounded up). The median is the middle value (or the "
       "average of the two middle values); the 90% figure is the smallest number of working days within which at least "
       "90% of complaints were answered.</li>\n</ul>\n";
  return s;
}

std::string Section(const char* id, const std::string& heading, const std::string& body) {
  return "<section aria-labelledby=\"" + std::string(id) + "\">\n<h2 id=\"" + id + "\">" + heading + "</h2>\n" + body + "</section>\n";
}

}  // namespace

GeneratedPage AnnualReportPage(const AnnualReportInput& in, const SiteConfig& config, std::vector<Diagnostic>* diags) {
  const AnnualReport& r = in.report;
  Writer md(config, in.file, diags);
  const std::string base = BasePath(config);
  const std::string landlord = E(config.landlord_name.empty() ? std::string("We") : config.landlord_name);
  GeneratedPage page;
  page.path = "annual-report/" + r.year + "/index.html";
  page.title = "Complaints performance and service improvement report " + r.year;
  page.description = config.landlord_name + ": complaints received and answered, Tenant Satisfaction Measures CH01 and "
                     "CH02, and what we changed, " + DayMonthYear(r.from) + " to " + DayMonthYear(r.to) + ".";
  page.has_h1 = false;
  page.breadcrumbs = {"Annual reports"};
  const std::string by = r.governing_body_response.by.empty() ? "our governing body" : r.governing_body_response.by;
  std::string s = "<p class=\"lead\">" + landlord + "’s annual complaints performance and service improvement report for " +
                  DayMonthYear(r.from) + " to " + DayMonthYear(r.to) + ", as section 8 of the Housing Ombudsman’s "
                  "Complaint Handling Code requires. We owned " + Thousands(r.homes) + " homes at the end of the year.</p>\n";
  s += "<nav class=\"contents\" aria-label=\"Contents\">\n<ol>\n";
  const std::pair<const char*, std::string> contents[] = {
      {"key-figures", "Key figures"},
      {"self-assessment", "(a) Our self-assessment against the Code"},
      {"performance", "(b) How we handled complaints"},
      {"ombudsman-findings", "(c) Housing Ombudsman findings of non-compliance"},
      {"service-improvements", "(d) What we changed because of complaints"},
      {"ombudsman-annual-report", "(e) The Housing Ombudsman’s annual report about us"},
      {"other-reports", "(f) Other Housing Ombudsman reports"},
      {"governing-body-response", "Response from " + E(by)},
      {"how-figures-are-worked-out", "How the figures are worked out"}};
  for (const auto& [id, text] : contents) s += "<li><a href=\"#" + std::string(id) + "\">" + text + "</a></li>\n";
  s += "</ol>\n</nav>\n";
  s += Section("key-figures", "Key figures", KeyFigures(in));
  s += Section("self-assessment", contents[1].second, SelfAssessmentSection(in, base));
  s += Section("performance", contents[2].second,
               md.Markdown(r.b_qualitative, "We have not written our analysis for this year yet.") + PerformanceFigures(in));
  s += Section("ombudsman-findings", contents[3].second, md.Markdown(r.c_ombudsman_findings, "Nothing to report for this year."));
  s += Section("service-improvements", contents[4].second, md.Markdown(r.d_service_improvements, "Nothing to report for this year."));
  s += Section("ombudsman-annual-report", contents[5].second,
               md.Markdown(r.e_ombudsman_annual_report, "Nothing to report for this year."));
  s += Section("other-reports", contents[6].second, md.Markdown(r.f_other_reports, "Nothing to report for this year."));
  std::string response;
  if (r.governing_body_response.text.markdown.empty()) {
    response = "<p>The response from " + E(by) + " will be published here.</p>\n";
  } else {
    response = "<blockquote class=\"governing-body-response\">\n" +
               md.Markdown(r.governing_body_response.text, "") + "</blockquote>\n<p>" + E(by);
    if (r.governing_body_response.date) response += ", " + DayMonthYear(*r.governing_body_response.date);
    response += "</p>\n";
  }
  s += Section("governing-body-response", contents[7].second, response);
  s += Section("how-figures-are-worked-out", contents[8].second, Method(in, config));
  page.body_html = s;
  return page;
}

GeneratedPage AnnualReportIndexPage(const std::vector<AnnualReportInput>& years, const SiteConfig& config) {
  std::vector<const AnnualReportInput*> sorted;
  for (const auto& y : years) sorted.push_back(&y);
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->report.year > b->report.year; });
  const std::string base = BasePath(config);
  GeneratedPage page;
  page.path = "annual-report/index.html";
  page.title = "Annual complaints performance reports";
  page.description = "Each year's complaints performance and service improvement report, with the Tenant Satisfaction "
                     "Measures CH01 and CH02.";
  page.has_h1 = false;
  std::string s = "<p>Every year we publish how we handled complaints, what we learned and what we changed, with our "
                  "governing body’s response.</p>\n";
  if (sorted.empty()) {
    s += "<p>No reports have been published yet.</p>\n";
  } else {
    // A list of sentences rather than a five-column table: it reads well on a phone and to a screen reader.
    s += "<ul class=\"report-list\">\n";
    for (const auto* y : sorted) {
      const Performance& p = y->figures;
      s += "<li><a href=\"" + base + "annual-report/" + E(y->report.year) + "/\">" + E(y->report.year) + " report</a>: " +
           p.stage1.per_1000.Text() + " stage 1 and " + p.stage2.per_1000.Text() +
           " stage 2 complaints for every 1,000 homes (CH01); " + Answered(p.stage1) + " and " + Answered(p.stage2) + " (CH02).</li>\n";
    }
    s += "</ul>\n";
  }
  page.body_html = s;
  return page;
}

namespace {

/// Loads one year; nothing when it has errors (already reported).
std::optional<AnnualReportInput> LoadYear(const std::string& content_dir, const std::string& year, const SiteConfig& config,
                                          std::vector<Diagnostic>* diags, bool with_self_assessment) {
  AnnualReportInput in;
  in.file = content_dir + "/annual-reports/" + year + ".json";
  std::string error;
  auto text = ReadTextFile(in.file, &error);
  auto fail = [&](const std::string& code, const std::string& file, const std::string& message, const std::string& fix) {
    Diagnostic d;
    d.code = code;
    d.file = file;
    d.message = message;
    d.fix = fix;
    diags->push_back(d);
    return std::nullopt;
  };
  if (!text) return fail("ar.unreadable", in.file, error, "check the file exists and can be read");
  auto report = ParseAnnualReport(*text, in.file, year, diags);
  if (!report) return std::nullopt;
  in.report = *report;
  std::string cases_file = content_dir + "/annual-reports/" + report->cases;
  auto cases_text = ReadTextFile(cases_file, &error);
  if (!cases_text) {
    Diagnostic d;
    d.code = "ar.cases.unreadable";
    d.file = in.file;
    d.line = 1;
    d.message = "cannot read the case log \"" + report->cases + "\": " + error;
    d.fix = "put the case log beside the report and name it in \"cases\"";
    diags->push_back(d);
    return std::nullopt;
  }
  auto log = ParseCaseLog(*cases_text, cases_file, diags);
  if (!log) return std::nullopt;
  PerformanceOptions o;
  o.from = report->from;
  o.to = report->to;
  o.homes = report->homes;
  o.nation = DivisionIndex(config.nation) >= 0 ? config.nation : "england-and-wales";
  o.closures = config.closures;
  size_t before = diags->size();
  in.figures = ComputePerformance(*log, o, diags);
  if (HasErrors(std::vector<Diagnostic>(diags->begin() + static_cast<long>(before), diags->end()))) return std::nullopt;
  if (with_self_assessment) {
    std::string sa_file = content_dir + "/self-assessments/" + year + ".json";
    if (std::filesystem::exists(sa_file)) {
      if (auto sa_text = ReadTextFile(sa_file, &error)) {
        std::vector<Diagnostic> ignored;  // the self-assessment pages report its problems
        in.self_assessment = ParseSelfAssessment(*sa_text, sa_file, year, &ignored);
      }
    } else {
      Diagnostic d;
      d.severity = Severity::Warning;
      d.code = "ar.self_assessment.missing";
      d.file = in.file;
      d.line = 1;
      d.column = 1;
      d.message = "there is no self-assessment for " + year + " (self-assessments/" + year + ".json)";
      d.fix = "add it: Code 8.1(a) puts the self-assessment in the annual report";
      d.provision = "8.1";
      diags->push_back(d);
    }
  }
  return in;
}

}  // namespace

std::vector<GeneratedPage> AnnualReportPages(const std::string& content_dir, const SiteConfig& config,
                                             std::vector<Diagnostic>* diagnostics) {
  std::vector<Diagnostic> local;
  std::vector<Diagnostic>* diags = diagnostics ? diagnostics : &local;
  namespace fs = std::filesystem;
  std::vector<GeneratedPage> pages;
  const fs::path dir = fs::path(content_dir) / "annual-reports";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return pages;
  std::vector<std::string> years;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".json") continue;
    std::string stem = entry.path().stem().string();
    if (IsReportYear(stem)) {
      years.push_back(stem);
    } else {
      Diagnostic d;
      d.severity = Severity::Warning;
      d.code = "ar.year.invalid";
      d.file = content_dir + "/annual-reports/" + entry.path().filename().string();
      d.message = "this file is not named after a reporting year, so it is not published";
      d.fix = "name it after the year it covers, e.g. 2025-26.json";
      diags->push_back(d);
    }
  }
  std::sort(years.begin(), years.end());
  std::vector<AnnualReportInput> loaded;
  for (const std::string& year : years) {
    auto in = LoadYear(content_dir, year, config, diags, true);
    if (!in) continue;
    int first = std::stoi(year.substr(0, 4)) - 1;
    std::string previous = std::to_string(first) + "-" + (((first + 1) % 100) < 10 ? "0" : "") + std::to_string((first + 1) % 100);
    if (std::binary_search(years.begin(), years.end(), previous)) {
      std::vector<Diagnostic> ignored;  // reported when that year is loaded itself
      if (auto prev = LoadYear(content_dir, previous, config, &ignored, false)) in->previous = prev->figures;
    }
    pages.push_back(AnnualReportPage(*in, config, diags));
    loaded.push_back(std::move(*in));
  }
  pages.push_back(AnnualReportIndexPage(loaded, config));
  return pages;
}

}  // namespace cs
