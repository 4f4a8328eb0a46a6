// Builds /annual-report/<year>/ and /annual-report/ from the report JSON, its case log and the self-assessment: the data
// of their templates (templates/page-annual-report*.mustache, annual-report-*.mustache, figures-table.mustache).
#include "annual_report_pages.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "csv.h"
#include "date_format.h"
#include "figure_warnings.h"
#include "financial_year.h"
#include "html.h"
#include "i18n.h"
#include "markdown.h"
#include "svg_chart.h"
#include "timescales.h"

namespace cs {

namespace {

const char* const kSectionIds[] = {"key-figures", "self-assessment", "performance", "ombudsman-findings",
                                   "service-improvements", "ombudsman-annual-report", "other-reports",
                                   "governing-body-response", "how-figures-are-worked-out"};

using Json = nlohmann::json;

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

std::string E(const std::string& s) { return EscapeHtml(s); }

using Values = std::map<std::string, std::string>;

/// The first `n` characters (not bytes) of UTF-8 `s`.
std::string FirstCharacters(const std::string& s, size_t n) {
  size_t end = 0;
  for (size_t count = 0; end < s.size() && count < n; ++count) {
    ++end;
    while (end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) ++end;
  }
  return s.substr(0, end);
}

/// `html` without its final line break: the templates put each block on a line of its own.
std::string Block(std::string html) {
  if (!html.empty() && html.back() == '\n') html.pop_back();
  return html;
}

// The site's words (templates/i18n, key "annual_report"), the language dates are written in, and the templates that
// hold the markup (templates/page-annual-report*.mustache, annual-report-*.mustache, figures-table.mustache).
struct Words {
  const SiteContext& ctx;
  const Translations& t = ctx.templates->Words();
  /// Plain text (the templates escape it): every "{name}" filled in.
  std::string Text(const std::string& key, const Values& values = {}) const { return t.Format("annual_report." + key, values); }
  /// HTML for a sentence holding a link: the string escaped, then every "{name}" replaced by its value, which is
  /// already HTML.
  std::string Html(const std::string& key, const Values& html_values) const { return t.Html("annual_report." + key, html_values); }
  /// A link for inside a sentence (templates/inline-link.mustache).
  std::string Link(const std::string& href, const std::string& text) const {
    return InlineHtml(ctx, "inline-link", {{"href", href}, {"text", text}});
  }
  /// "{count} answered complaint was ..." or "... complaints were ...": key_one or key_other.
  std::string Plural(const std::string& key, int count, Values values) const {
    values["count"] = std::to_string(count);
    return Text(key + (count == 1 ? "_one" : "_other"), values);
  }
  /// "21 March 2025" in the site's language (plain text).
  std::string Date(cs::Date d) const { return FormatDate(d, t.language()); }
  std::string Month(int month) const { return FormatMonthName(month, t.language()); }
  std::string MonthYear(int year, int month) const {
    return Text("month_year", {{"month", Month(month)}, {"year", std::to_string(year)}});
  }
  std::string Stage(int stage) const { return Text("stage", {{"stage", std::to_string(stage)}}); }
  std::string Pct(const std::optional<Tenths>& p) const { return p ? Text("percent", {{"value", p->Text()}}) : Text("no_responses"); }
  std::string NationName(const std::string& division) const { return cs::NationName(t, division); }
  /// "85.9% of stage 1 complaints answered within the Code’s timescales", or "no stage 2 complaints answered".
  std::string Answered(const StageFigures& s) const {
    Values v = {{"stage", std::to_string(s.stage)}};
    if (!s.within_pct) return Text("index_answered_none", v);
    v["percent"] = s.within_pct->Text();
    return Text("index_answered", v);
  }
  std::string Render(const std::string& name, const Json& data) const { return ctx.templates->Render(name, data, ctx.diagnostics); }
};

class Writer {
 public:
  Writer(const SiteConfig& config, const std::string& file, std::vector<Diagnostic>* diags)
      : config_(config), file_(file), diags_(diags) {}

  /// The landlord's text as HTML (without its final line break); "" when the text is blank.
  std::string Markdown(const ReportText& text) {
    if (text.markdown.find_first_not_of(" \t\r\n") == std::string::npos) return "";
    MarkdownOptions o;
    o.file = file_;
    o.first_line = text.line > 0 ? text.line : 1;
    o.allow_raw_html = config_.allow_raw_html;
    o.base_path = BasePath(config_);
    o.min_heading_level = 3;
    o.reserved_ids = std::set<std::string>(std::begin(kSectionIds), std::end(kSectionIds));
    return Block(RenderMarkdown(text.markdown, o, diags_).html);
  }

 private:
  const SiteConfig& config_;
  std::string file_;
  std::vector<Diagnostic>* diags_;
};

// A table of figures (templates/figures-table.mustache): the first column names each row, the others are numbers.
struct FiguresTable {
  Json columns = Json::array();
  Json rows = Json::array();
  std::string caption;
  FiguresTable(std::string caption_text, const std::vector<std::string>& column_texts) : caption(std::move(caption_text)) {
    for (size_t i = 0; i < column_texts.size(); ++i) columns.push_back({{"text", column_texts[i]}, {"numeric", i > 0}});
  }
  void Row(const std::string& head, const std::vector<std::string>& cells) { rows.push_back({{"head", head}, {"cells", cells}}); }
  Json Data() const { return {{"caption", caption}, {"columns", columns}, {"rows", rows}}; }
};

Json KeyFigures(const AnnualReportInput& in, const std::string& base, const Words& w) {
  const Performance& p = in.figures;
  const Performance* prev = in.previous ? &*in.previous : nullptr;
  const std::string& year = in.report.year;
  std::vector<std::string> columns = {w.Text("measure"), year};
  if (prev) columns.push_back(ReportingYearLabel(prev->from));
  FiguresTable table(w.Text("key_figures_caption", {{"year", year}}), columns);
  auto row = [&](const std::string& key, auto get) {
    std::vector<std::string> cells = {get(p)};
    if (prev) cells.push_back(get(*prev));
    table.Row(w.Text(key), cells);
  };
  row("ch01_stage_1", [](const Performance& x) { return x.stage1.per_1000.Text(); });
  row("ch01_stage_2", [](const Performance& x) { return x.stage2.per_1000.Text(); });
  row("ch02_stage_1", [&](const Performance& x) { return w.Pct(x.stage1.within_pct); });
  row("ch02_stage_2", [&](const Performance& x) { return w.Pct(x.stage2.within_pct); });
  const std::string folder = base + "annual-report/" + year + "/";
  return {{"table", table.Data()},
          {"downloads_html", w.Html("downloads", {{"csv", w.Link(folder + "figures.csv", w.Text("download_csv"))},
                                                  {"json", w.Link(folder + "figures.json", w.Text("download_json"))}})}};
}

Json SelfAssessmentSection(const AnnualReportInput& in, const std::string& base, const Words& w) {
  const std::string& year = in.report.year;
  const std::string link = base + "self-assessment/" + year + "/";
  if (!in.self_assessment)  // no link: there is no page to link to yet (the build warns)
    return {{"missing", w.Text("self_assessment_missing", {{"year", year}})}};
  const SelfAssessment& sa = *in.self_assessment;
  int met = 0;
  std::vector<const ProvisionAnswer*> gaps;
  for (const auto& a : sa.answers) {
    if (a.comply) ++met;
    else gaps.push_back(&a);
  }
  Values done = {{"code", sa.code}, {"completed", ""}, {"approved", ""}};
  if (sa.completed) done["completed"] = w.Text("self_assessment_completed", {{"date", w.Date(*sa.completed)}});
  if (sa.approved)
    done["approved"] = sa.approved_by.empty()
                           ? w.Text("self_assessment_approved", {{"date", w.Date(*sa.approved)}})
                           : w.Text("self_assessment_approved_by", {{"by", sa.approved_by}, {"date", w.Date(*sa.approved)}});
  Values counts = {{"met", std::to_string(met)}, {"total", std::to_string(sa.answers.size())}, {"gaps", std::to_string(gaps.size())}};
  Json gap_items = Json::array();
  for (const auto* a : gaps) {
    std::string provision = w.Link(link + "#provision-" + Slugify(a->id), w.Text("provision", {{"id", a->id}}));
    gap_items.push_back(
        {{"html", a->comply_by ? w.Html("provision_plan", {{"provision", provision}, {"date", E(w.Date(*a->comply_by))}}) : provision}});
  }
  return {{"missing", ""},
          {"done", w.Text("self_assessment_done", done)},
          {"met", w.Text(gaps.empty() ? "provisions_met" : "provisions_met_with_plans", counts)},
          {"has_gaps", !gaps.empty()},
          {"gaps", gap_items},
          {"read_html", w.Html("sentence_end", {{"text", w.Link(link, w.Text("self_assessment_link", {{"year", year}}))}})}};
}

std::string Map(const std::map<std::string, int>& m, const std::string& key) {
  auto it = m.find(key);
  return std::to_string(it == m.end() ? 0 : it->second);
}

Json PerformanceFigures(const AnnualReportInput& in, const Words& w) {
  const Performance& p = in.figures;
  const StageFigures& a = p.stage1;
  const StageFigures& b = p.stage2;
  const std::string& year = in.report.year;
  auto n = [](int v) { return std::to_string(v); };
  Json data;
  // Three rows by two stages, so the table fits a 320 px screen.
  ChartData volumes;
  volumes.id = "chart-volumes";
  volumes.note = w.Text("chart_note");
  volumes.title = w.Text("volumes_chart_title", {{"year", year}});
  volumes.description = w.Text("volumes_chart_description", {{"received_1", n(a.received)}, {"answered_1", n(a.responded)},
                                                             {"within_1", n(a.within)}, {"received_2", n(b.received)},
                                                             {"answered_2", n(b.responded)}, {"within_2", n(b.within)}});
  volumes.category_heading = w.Text("complaints");
  volumes.categories = {w.Text("received"), w.Text("answered"), w.Text("answered_on_time")};
  volumes.series = {{w.Stage(1), {a.received, a.responded, a.within}}, {w.Stage(2), {b.received, b.responded, b.within}}};
  data["volumes_chart_html"] = Block(BarChartHtml(volumes));
  FiguresTable handled(w.Text("handled_caption", {{"year", year}}), {w.Text("figure"), w.Stage(1), w.Stage(2)});
  auto row = [&](const std::string& label, auto get) { handled.Row(label, {get(a), get(b)}); };
  row(w.Text("row_received"), [&](const StageFigures& x) { return n(x.received); });
  row(w.Text("row_answered"), [&](const StageFigures& x) { return n(x.responded); });
  row(w.Text("row_within"), [&](const StageFigures& x) { return n(x.within); });
  row(w.Text("row_within_share"), [&](const StageFigures& x) { return w.Pct(x.within_pct); });
  row(w.Text("row_acknowledged"), [&](const StageFigures& x) { return w.Pct(x.acknowledged_within_pct); });
  row(w.Text("row_median"), [&](const StageFigures& x) { return x.median_working_days ? x.median_working_days->Text() : std::string("–"); });
  row(w.Text("row_p90"), [&](const StageFigures& x) { return x.p90_working_days ? n(*x.p90_working_days) : std::string("–"); });
  row(w.Text("row_extensions"), [&](const StageFigures& x) { return n(x.extensions_used); });
  row(w.Text("row_open", {{"date", w.Date(p.to)}}), [&](const StageFigures& x) { return n(x.open_at_end); });
  row(w.Text("row_open_overdue"), [&](const StageFigures& x) { return n(x.open_overdue_at_end); });
  data["handled"] = handled.Data();
  data["escalation"] = p.escalation_pct ? w.Text("escalation", {{"percent", p.escalation_pct->Text()}, {"escalations", n(b.received)},
                                                                {"stage_1", n(a.received)}})
                                        : "";

  FiguresTable outcomes(w.Text("outcomes_caption", {{"year", year}}), {w.Text("outcome"), w.Stage(1), w.Stage(2)});
  for (Outcome o : {Outcome::Upheld, Outcome::PartlyUpheld, Outcome::NotUpheld, Outcome::Withdrawn})
    outcomes.Row(w.Text(std::string("outcome_") + OutcomeName(o)), {Map(a.outcomes, OutcomeName(o)), Map(b.outcomes, OutcomeName(o))});
  data["outcomes"] = outcomes.Data();

  std::map<std::string, std::pair<int, int>> by_category;
  for (const auto& [k, v] : a.categories) by_category[k].first = v;
  for (const auto& [k, v] : b.categories) by_category[k].second = v;
  std::vector<std::pair<std::string, std::pair<int, int>>> cats(by_category.begin(), by_category.end());
  std::stable_sort(cats.begin(), cats.end(), [](const auto& x, const auto& y) {
    return x.second.first + x.second.second > y.second.first + y.second.second;
  });
  ChartData categories;
  categories.id = "chart-categories";
  categories.note = w.Text("chart_note");
  categories.title = w.Text("categories_chart_title", {{"year", year}});
  categories.category_heading = w.Text("category");
  categories.series = {{w.Stage(1), {}}, {w.Stage(2), {}}};
  for (const auto& [name, counts] : cats) {
    categories.categories.push_back(name);
    categories.series[0].values.push_back(counts.first);
    categories.series[1].values.push_back(counts.second);
  }
  categories.description =
      cats.empty() ? w.Text("categories_none")
                   : w.Text("categories_top", {{"category", cats.front().first}, {"stage_1", n(cats.front().second.first)},
                                               {"stage_2", n(cats.front().second.second)}});
  data["categories_chart_html"] = Block(BarChartHtml(categories));

  ChartData monthly;
  monthly.id = "chart-monthly";
  monthly.note = w.Text("chart_note");
  monthly.title = w.Text("monthly_chart_title", {{"year", year}});
  monthly.category_heading = w.Text("month");
  monthly.series = {{w.Stage(1), {}}, {w.Stage(2), {}}};
  const MonthVolume* busiest = nullptr;
  for (const auto& m : p.monthly) {
    monthly.categories.push_back(w.MonthYear(m.year, m.month));
    monthly.short_labels.push_back(FirstCharacters(w.Month(m.month), 3));
    monthly.series[0].values.push_back(m.stage1);
    monthly.series[1].values.push_back(m.stage2);
    if (!busiest || m.stage1 + m.stage2 > busiest->stage1 + busiest->stage2) busiest = &m;
  }
  monthly.description = busiest ? w.Text("monthly_busiest", {{"month", w.MonthYear(busiest->year, busiest->month)},
                                                             {"stage_1", n(busiest->stage1)}, {"stage_2", n(busiest->stage2)}})
                                : w.Text("monthly_none");
  data["monthly_chart_html"] = Block(LineChartHtml(monthly));

  data["refused"] = false;
  if (!p.refused_by_reason.empty()) {
    FiguresTable refused(w.Text("refused_caption", {{"year", year}}), {w.Text("reason"), w.Text("complaints")});
    for (const auto& [reason, count] : p.refused_by_reason) refused.Row(reason, {std::to_string(count)});
    data["refused"] = refused.Data();
  }
  return data;
}

Json Method(const AnnualReportInput& in, const SiteConfig& config, const Words& w) {
  const Performance& p = in.figures;
  int from_received = p.stage1.counted_from_received + p.stage2.counted_from_received;
  int under_2022 = p.stage1.responded_under_2022 + p.stage2.responded_under_2022;
  return {{"source", w.Text("method_source", {{"from", w.Date(p.from)}, {"to", w.Date(p.to)}, {"nation", w.NationName(config.nation)}})},
          {"ch01", w.Text("method_ch01", {{"homes", Thousands(p.homes)}})},
          {"from_received", from_received ? w.Plural("method_from_received", from_received, {}) : ""},
          {"code_2022", under_2022 ? w.Plural("method_code_2022", under_2022, {{"date", w.Date(Timescales::Default().AutoSwitchDate())}})
                                   : ""}};
}

// One row per figure for figures.csv: every number and string leaf of PerformanceToJson, named by its dotted path
// ("ch02.stage_1", "monthly.2025-04.stage_1"); null (no denominator) as an empty value.
void FlattenFigures(const nlohmann::json& j, const std::string& name, std::vector<std::pair<std::string, std::string>>* rows) {
  auto join = [&](const std::string& part) { return name.empty() ? part : name + "." + part; };
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) FlattenFigures(it.value(), join(it.key()), rows);
  } else if (j.is_array()) {
    for (size_t i = 0; i < j.size(); ++i) {
      const auto& item = j[i];
      // Monthly rows are named by their month rather than their position.
      std::string part = item.is_object() && item.contains("month") && item["month"].is_string()
                             ? item["month"].get<std::string>() : std::to_string(i + 1);
      if (item.is_object() && item.contains("month") && item["month"].is_string()) {
        nlohmann::json rest = item;
        rest.erase("month");
        FlattenFigures(rest, join(part), rows);
      } else {
        FlattenFigures(item, join(part), rows);
      }
    }
  } else if (j.is_null()) {
    rows->push_back({name, ""});
  } else if (j.is_string()) {
    rows->push_back({name, j.get<std::string>()});
  } else {
    rows->push_back({name, j.dump()});
  }
}

}  // namespace

std::vector<GeneratedFile> AnnualReportFigureFiles(const AnnualReportInput& in) {
  nlohmann::json j = PerformanceToJson(in.figures, in.previous ? &*in.previous : nullptr);
  std::vector<std::pair<std::string, std::string>> rows;
  FlattenFigures(j, "", &rows);
  std::string csv = "figure,value\r\n";
  for (const auto& [name, value] : rows) csv += CsvCell(name) + "," + CsvCell(value) + "\r\n";
  const std::string folder = "annual-report/" + in.report.year + "/";
  return {{folder + "figures.json", j.dump(2) + "\n"}, {folder + "figures.csv", csv}};
}

GeneratedPage AnnualReportPage(const AnnualReportInput& in, const SiteContext& ctx) {
  const Words w{ctx};
  const SiteConfig& config = *ctx.config;
  const AnnualReport& r = in.report;
  std::vector<Diagnostic> ignored;
  Writer md(config, in.file, ctx.diagnostics ? ctx.diagnostics : &ignored);
  const std::string base = BasePath(config);
  const std::string landlord = config.landlord_name.empty() ? w.Text("we") : config.landlord_name;
  GeneratedPage page;
  page.path = "annual-report/" + r.year + "/index.html";
  page.title = w.Text("page_title", {{"year", r.year}});
  page.description = w.Text("page_description", {{"landlord", config.landlord_name}, {"from", w.Date(r.from)}, {"to", w.Date(r.to)}});
  page.has_h1 = false;
  page.breadcrumbs = {w.Text("breadcrumb")};
  const std::string by = r.governing_body_response.by.empty() ? w.Text("governing_body") : r.governing_body_response.by;
  Json data = {
      {"lead", w.Text("lead", {{"landlord", landlord}, {"from", w.Date(r.from)}, {"to", w.Date(r.to)}, {"homes", Thousands(r.homes)}})},
      {"response_heading", w.Text("heading_response", {{"by", by}})},
      {"key_figures", KeyFigures(in, base, w)},
      {"self_assessment", SelfAssessmentSection(in, base, w)},
      {"analysis_html", md.Markdown(r.b_qualitative)},
      {"performance", PerformanceFigures(in, w)},
      {"findings_html", md.Markdown(r.c_ombudsman_findings)},
      {"improvements_html", md.Markdown(r.d_service_improvements)},
      {"ombudsman_report_html", md.Markdown(r.e_ombudsman_annual_report)},
      {"other_reports_html", md.Markdown(r.f_other_reports)},
      {"response", false},
      {"response_missing", w.Text("response_missing", {{"by", by}})},
      {"method", Method(in, config, w)}};
  if (std::string response = md.Markdown(r.governing_body_response.text); !response.empty())
    data["response"] = {{"html", response},
                        {"signed", r.governing_body_response.date
                                       ? w.Text("response_signed", {{"by", by}, {"date", w.Date(*r.governing_body_response.date)}})
                                       : by}};
  page.body_html = w.Render("page-annual-report", data);
  return page;
}

Json AnnualReportFiguresData(const AnnualReportInput& in, const SiteContext& ctx) {
  const Words w{ctx};
  return {{"key_figures", KeyFigures(in, BasePath(*ctx.config), w)}, {"performance", PerformanceFigures(in, w)}};
}

GeneratedPage AnnualReportIndexPage(const std::vector<AnnualReportInput>& years, const SiteContext& ctx) {
  const Words w{ctx};
  std::vector<const AnnualReportInput*> sorted;
  for (const auto& y : years) sorted.push_back(&y);
  std::sort(sorted.begin(), sorted.end(), [](const auto* a, const auto* b) { return a->report.year > b->report.year; });
  const std::string base = BasePath(*ctx.config);
  GeneratedPage page;
  page.path = "annual-report/index.html";
  page.title = w.Text("index_title");
  page.description = w.Text("index_description");
  page.has_h1 = false;
  // A list of sentences rather than a five-column table: it reads well on a phone and to a screen reader.
  Json items = Json::array();
  for (const auto* y : sorted) {
    const Performance& p = y->figures;
    const std::string& year = y->report.year;
    std::string report = w.Link(base + "annual-report/" + year + "/", w.Text("index_link", {{"year", year}}));
    items.push_back({{"html", w.Html("index_item", {{"report", report}, {"ch01_1", p.stage1.per_1000.Text()},
                                                    {"ch01_2", p.stage2.per_1000.Text()}, {"answered_1", E(w.Answered(p.stage1))},
                                                    {"answered_2", E(w.Answered(p.stage2))}})}});
  }
  page.body_html = w.Render("page-annual-report-index", {{"has_years", !items.empty()}, {"years", items}});
  return page;
}

// Loading. Its diagnostics are for the landlord's team, in English like every diagnostic (tests/widget_i18n_test.cc
// checks the page words above this line only): each year's figures from the content model.
namespace {

/// The figures of one year from its case log; nothing when the report or its log has errors (already reported by
/// LoadContent) or the figures do (reported to `diags`).
std::optional<Performance> Figures(const AnnualReportSource& source, const SiteConfig& config, std::vector<Diagnostic>* diags) {
  if (!source.report || !source.cases) return std::nullopt;
  PerformanceOptions o;
  o.from = source.report->from;
  o.to = source.report->to;
  o.homes = source.report->homes;
  o.nation = DivisionIndex(config.nation) >= 0 ? config.nation : "england-and-wales";
  std::vector<Diagnostic> found;
  Performance figures = ComputePerformance(*source.cases, o, &found);
  diags->insert(diags->end(), found.begin(), found.end());
  if (HasErrors(found)) return std::nullopt;
  // When the figures may be wrong (most rows outside the period, more responses than complaints …): the period is
  // the report's own, never chosen from the log.
  for (auto& w : FigureWarnings(*source.cases, figures, false)) diags->push_back(std::move(w));
  return figures;
}

}  // namespace

std::vector<GeneratedPage> AnnualReportPages(const Content& content, const SiteContext& ctx,
                                             std::vector<GeneratedFile>* files, std::vector<AnnualReportInput>* inputs) {
  const SiteConfig& config = *ctx.config;
  std::vector<Diagnostic> local;
  std::vector<Diagnostic>* diags = ctx.diagnostics ? ctx.diagnostics : &local;
  std::vector<GeneratedPage> pages;
  if (!content.has_annual_reports_folder) return pages;
  std::vector<AnnualReportInput> loaded;
  for (const AnnualReportSource& source : content.annual_reports) {
    auto figures = Figures(source, config, diags);
    if (!figures) continue;
    AnnualReportInput in;
    in.report = *source.report;
    in.file = source.file;
    in.figures = *figures;
    const std::string previous = PreviousFinancialYear(source.year);
    for (const AnnualReportSource& other : content.annual_reports) {
      std::vector<Diagnostic> ignored;  // reported when that year is made itself
      if (other.year == previous)
        if (auto before = Figures(other, config, &ignored)) in.previous = *before;
    }
    if (const SelfAssessment* sa = content.SelfAssessmentOf(source.year)) in.self_assessment = *sa;
    pages.push_back(AnnualReportPage(in, ctx));
    if (files)
      for (auto& f : AnnualReportFigureFiles(in)) files->push_back(std::move(f));
    loaded.push_back(std::move(in));
  }
  pages.push_back(AnnualReportIndexPage(loaded, ctx));
  if (inputs) inputs->insert(inputs->end(), loaded.begin(), loaded.end());
  return pages;
}

}  // namespace cs
