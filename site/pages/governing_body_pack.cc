// The governing body pack: the data of templates/page-governing-body-pack.mustache (words: self_assessment.pack).
#include "governing_body_pack.h"

#include <map>

#include "code_catalogue.h"
#include "date_format.h"
#include "self_assessment_changes.h"

namespace cs {

namespace {

using Json = nlohmann::json;

struct PackWords {
  const SiteContext& ctx;
  std::string T(const std::string& key, const std::map<std::string, std::string>& values = {}) const {
    return ctx.templates->T("self_assessment.pack." + key, values);
  }
  std::string Date(cs::Date d) const { return FormatDate(d, ctx.templates->Words().language()); }
  std::string Answer(const std::string& word) const {
    return T(word == "yes" ? "answer_yes" : word == "no" ? "answer_no" : "answer_none");
  }
};

std::string Html(const SiteContext& ctx, const std::string& markdown, const std::string& file, int line) {
  if (markdown.find_first_not_of(" \t\r\n") == std::string::npos) return "";
  return RenderFieldMarkdown(ctx, markdown, file, line, 3).html;
}

// "Changes since 2024-25" (core/content/self_assessment_changes.h): the counts, the answers that changed and the
// new dates to comply by, as tables.
Json Changes(const SelfAssessment& sa, const SelfAssessment* previous, const PackWords& w) {
  if (!previous) return {{"heading", w.T("changes_first_heading")}, {"first", w.T("changes_first")}, {"comparable", false},
                         {"other_code", ""}};
  SelfAssessmentChanges c = CompareSelfAssessments(*previous, sa);
  Json out = {{"heading", w.T("changes_heading", {{"year", previous->year}})},
              {"first", ""},
              {"comparable", c.comparable},
              {"other_code", c.comparable ? "" : w.ctx.templates->T("self_assessment.changes_other_code",
                                                                    {{"year", previous->year}, {"code", c.before_code}})},
              {"met", w.T("changes_met", {{"before", std::to_string(c.before_met)},
                                          {"before_total", std::to_string(c.before_total)},
                                          {"before_year", previous->year},
                                          {"after", std::to_string(c.after_met)},
                                          {"after_total", std::to_string(c.after_total)},
                                          {"after_year", sa.year}})}};
  Json rows = Json::array();
  for (const auto& a : c.answers) rows.push_back({{"id", a.id}, {"before", w.Answer(a.before)}, {"after", w.Answer(a.after)}});
  const std::string before = w.T("col_before", {{"year", previous->year}}), after = w.T("col_after", {{"year", sa.year}});
  // "before_label"/"after_label": the same headings for the cells of narrow screens, which a row's own
  // "before"/"after" would hide.
  out["answers"] = {{"caption", w.T("changes_caption", {{"year", previous->year}})}, {"before", before}, {"after", after},
                    {"before_label", before}, {"after_label", after}, {"rows", rows}};
  out["has_answers"] = !rows.empty();
  out["none"] = rows.empty() ? w.T("changes_none") : "";
  Json dates = Json::array();
  auto day = [&](const std::string& iso) {
    auto d = ParseIsoDate(iso);
    return d ? w.Date(*d) : w.T("no_date");
  };
  for (const auto& d : c.comply_by_changed) dates.push_back({{"id", d.id}, {"before", day(d.before)}, {"after", day(d.after)}});
  out["dates"] = {{"caption", w.T("dates_caption")}, {"before", before}, {"after", after},
                  {"before_label", before}, {"after_label", after}, {"rows", dates}};
  out["has_dates"] = !dates.empty();
  return out;
}

}  // namespace

GeneratedPage GoverningBodyPackPage(const SiteContext& ctx, const SelfAssessment& sa, const std::string& file,
                                    const SelfAssessment* previous, const AnnualReportInput* report) {
  const PackWords w{ctx};
  const std::string& landlord = ctx.config->landlord_name;
  GeneratedPage page;
  page.path = "self-assessment/" + sa.year + "/pack/index.html";
  page.title = w.T("title", {{"year", sa.year}});
  page.description = w.T("description", {{"landlord", landlord}, {"year", sa.year}});
  page.has_h1 = true;  // the cover holds it
  page.searchable = false;  // for the governing body, not residents
  page.noindex = true;

  // The summary counts the provisions of the assessment's Code, as the year's page does.
  std::map<std::string, const ProvisionAnswer*> answers;
  for (const auto& a : sa.answers) answers[a.id] = &a;
  int met = 0, total = 0;
  Json not_met = Json::array();
  if (const CodeCatalogue* catalogue = CodeCatalogue::Get(sa.code)) {
    for (const Provision& p : catalogue->Provisions()) {
      ++total;
      auto it = answers.find(p.id);
      if (it == answers.end()) continue;
      const ProvisionAnswer& a = *it->second;
      if (a.comply) {
        ++met;
        continue;
      }
      not_met.push_back({{"id", p.id},
                         {"requirement_html", Html(ctx, p.text, file, 0)},
                         {"explanation_html", Html(ctx, a.explanation, file, a.line)},
                         {"comply_by", a.comply_by ? w.Date(*a.comply_by) : w.T("no_date")}});
    }
  }
  std::string count = std::to_string(not_met.size());
  Json data = {
      {"landlord", w.T("cover_kicker", {{"landlord", landlord}})},
      {"cover_title", w.T("cover_title", {{"year", sa.year}})},
      {"summary", w.T("summary", {{"landlord", landlord}, {"met", std::to_string(met)}, {"total", std::to_string(total)}})},
      {"summary_plans", not_met.empty() ? w.T("summary_all_met")
                                        : w.T(not_met.size() == 1 ? "summary_plans_one" : "summary_plans_other", {{"count", count}})},
      {"code_line", ctx.templates->T("self_assessment.code", {{"title", CodeCatalogue::Get(sa.code) ? CodeCatalogue::Get(sa.code)->Title() : ""},
                                                              {"code", sa.code}})},
      {"has_not_met", !not_met.empty()},
      {"not_met_caption", w.T("not_met_caption", {{"year", sa.year}})},
      {"not_met", not_met},
      {"changes", Changes(sa, previous, w)},
      {"figures_heading", w.T("figures_heading", {{"year", sa.year}})},
      {"figures", report ? AnnualReportFiguresData(*report, ctx) : Json(false)},
      {"figures_missing", w.T("figures_missing", {{"year", sa.year}})},
      {"approval_recorded", sa.approved ? w.T("approval_recorded", {{"by", sa.approved_by}, {"date", w.Date(*sa.approved)}}) : ""},
  };
  page.body_html = ctx.templates->Render("page-governing-body-pack", data, ctx.diagnostics);
  return page;
}

}  // namespace cs
