// /self-assessment/ and /self-assessment/<year>/: the landlord's answers against the Code catalogue, plus CSV and JSON.
#include <algorithm>
#include <map>

#include "code_catalogue.h"
#include "csv.h"
#include "html.h"
#include "pages.h"
#include "self_assessment_changes.h"

namespace cs {

namespace {

std::string Anchor(const std::string& id) {
  std::string a = id;
  std::replace(a.begin(), a.end(), '.', '-');
  return a;
}

std::string DayMonthYear(const Date& d) {
  std::string s = d.Long();
  return s.substr(s.find(' ') + 1);
}

// "We now meet 2 provisions we did not meet in 2024-25: 5.10, 6.14": one line of the list, the provisions linked.
nlohmann::json ChangeLine(const Templates& t, const std::string& key, size_t count, const std::string& year,
                          const std::vector<std::string>& ids) {
  nlohmann::json provisions = nlohmann::json::array();
  for (size_t k = 0; k < ids.size(); ++k)
    provisions.push_back({{"id", ids[k]}, {"anchor", Anchor(ids[k])}, {"sep", k ? ", " : " "}});
  std::string which = key + (count == 1 ? "_one" : "_many");
  return {{"text", t.T("self_assessment." + which, {{"count", std::to_string(count)}, {"year", year}})},
          {"provisions", provisions}};
}

// "What changed since 2024-25": a short list for residents (core/content/self_assessment_changes.h). Null for the
// first year.
nlohmann::json ChangesSinceLastYear(const Templates& t, const SelfAssessment& sa, const std::vector<SelfAssessment>& all) {
  const SelfAssessment* previous = PreviousSelfAssessment(all, sa);
  if (!previous) return nullptr;
  SelfAssessmentChanges c = CompareSelfAssessments(*previous, sa);
  const std::string& year = previous->year;
  nlohmann::json items = nlohmann::json::array();
  auto line = [&](const std::string& text) { items.push_back({{"text", text}, {"provisions", nlohmann::json::array()}}); };
  if (!c.comparable) {
    line(t.T("self_assessment.changes_other_code", {{"year", year}, {"code", c.before_code}}));
  } else {
    if (!c.newly_met.empty()) items.push_back(ChangeLine(t, "changes_met", c.newly_met.size(), year, c.newly_met));
    if (!c.no_longer_met.empty())
      items.push_back(ChangeLine(t, "changes_not_met", c.no_longer_met.size(), year, c.no_longer_met));
    if (c.answers.empty()) line(t.T("self_assessment.changes_same", {{"year", year}}));
    std::vector<std::string> new_dates;
    for (const auto& d : c.comply_by_changed) new_dates.push_back(d.id);
    if (!new_dates.empty()) items.push_back(ChangeLine(t, "changes_dates", new_dates.size(), year, new_dates));
    std::vector<std::string> with_new_evidence;
    for (const auto& e : c.evidence_added)
      if (with_new_evidence.empty() || with_new_evidence.back() != e.id) with_new_evidence.push_back(e.id);
    if (!with_new_evidence.empty())
      items.push_back(ChangeLine(t, "changes_evidence", with_new_evidence.size(), year, {}));
  }
  return {{"heading", t.T("self_assessment.changes_heading", {{"year", year}})}, {"items", items}};
}

struct YearData {
  nlohmann::json body;
  std::string csv;
  nlohmann::json json;
};

YearData BuildYear(const SiteContext& ctx, const SelfAssessment& sa, const std::string& file,
                   const std::vector<SelfAssessment>& all, PageLinks* links) {
  const Templates& t = *ctx.templates;
  YearData out;
  const CodeCatalogue* catalogue = CodeCatalogue::Get(sa.code);
  if (!catalogue) {
    if (ctx.diagnostics)
      ctx.diagnostics->push_back({Severity::Error, "sa.code.unknown", file, 0, 0,
                                  "there is no built-in catalogue for the " + sa.code + " Code",
                                  "set \"code\" to \"2024\" or \"2022\"", ""});
    out.body = {{"has_assessment", false}};
    return out;
  }
  std::map<std::string, const ProvisionAnswer*> answers;
  for (const auto& a : sa.answers) answers[a.id] = &a;

  auto markdown = [&](const std::string& text, int line) {
    if (text.empty()) return std::string();
    MarkdownResult r = RenderFieldMarkdown(ctx, text, file, line, 3);
    for (const auto& l : r.site_links) links->links.push_back(l);
    return r.html;
  };

  int met = 0, total = 0;
  nlohmann::json plans = nlohmann::json::array(), sections = nlohmann::json::array(),
                 provisions = nlohmann::json::array();
  for (const auto& section : catalogue->Sections()) {
    nlohmann::json rows = nlohmann::json::array();
    for (const Provision* p : catalogue->InSection(section.number)) {
      ++total;
      auto it = answers.find(p->id);
      const ProvisionAnswer* a = it == answers.end() ? nullptr : it->second;
      bool yes = a && a->comply;
      if (yes) ++met;
      std::string comply_by = a && a->comply_by ? DayMonthYear(*a->comply_by) : "";
      nlohmann::json evidence = nlohmann::json::array();
      if (a) {
        for (const auto& e : a->evidence) {
          std::string href = IsSafeUrl(e.url) ? e.url : "";
          if (!href.empty() && IsSiteUrl(href)) {
            links->links.push_back({e.url, a->line, 0});
            if (href[0] == '/' && ctx.base_path != "/") href = ctx.base_path + href.substr(1);
          }
          evidence.push_back({{"text", e.text}, {"href", href}});
        }
      }
      if (a && !a->comply)
        plans.push_back({{"anchor", Anchor(p->id)},
                         {"text", comply_by.empty() ? t.T("self_assessment.plan_item_undated", {{"id", p->id}})
                                                    : t.T("self_assessment.plan_item", {{"id", p->id}, {"date", comply_by}})}});
      std::string comply = !a ? t.T("self_assessment.not_assessed") : yes ? t.T("self_assessment.yes") : t.T("self_assessment.no");
      rows.push_back({{"id", p->id},
                      {"anchor", Anchor(p->id)},
                      {"kind", p->kind == "should" ? t.T("self_assessment.kind_should") : ""},
                      {"requirement_html", markdown(p->text, 0)},
                      {"comply", comply},
                      {"comply_class", !a ? "none" : yes ? "yes" : "no"},
                      {"not_met", a && !a->comply},
                      {"plan", comply_by.empty() ? "" : t.T("self_assessment.plan", {{"date", comply_by}})},
                      {"explanation_html", a ? markdown(a->explanation, a->line) : ""},
                      {"commentary_html", a ? markdown(a->commentary, a->line) : ""},
                      {"has_evidence", !evidence.empty()},
                      {"evidence", evidence}});
      std::string comply_word = !a ? "not assessed" : yes ? "yes" : "no";
      std::string comply_by_iso = a && a->comply_by ? a->comply_by->Iso() : "";
      nlohmann::json ev = nlohmann::json::array();
      if (a)
        for (const auto& e : a->evidence) ev.push_back({{"text", e.text}, {"url", e.url}});
      provisions.push_back({{"id", p->id},
                            {"section", p->section},
                            {"requirement", p->text},
                            {"comply", comply_word},
                            {"comply_by", comply_by_iso},
                            {"explanation", a ? a->explanation : ""},
                            {"commentary", a ? a->commentary : ""},
                            {"evidence", ev}});
    }
    sections.push_back({{"number", std::to_string(section.number)},
                        {"caption", t.T("self_assessment.section_caption",
                                        {{"number", std::to_string(section.number)}, {"title", section.title}})},
                        {"rows", rows}});
  }

  nlohmann::json years = nlohmann::json::array();
  for (auto it = all.rbegin(); it != all.rend(); ++it)
    years.push_back({{"year", it->year}, {"href", ctx.base_path + "self-assessment/" + it->year + "/"}, {"current", it->year == sa.year}});
  std::string statement_html = markdown(sa.statement, 0);
  out.body = {
      {"has_assessment", true},
      {"summary", t.T("self_assessment.summary", {{"met", std::to_string(met)}, {"total", std::to_string(total)}})},
      {"has_plans", !plans.empty()},
      {"summary_plan", t.T("self_assessment.summary_plan", {{"count", std::to_string(plans.size())}})},
      {"plans", plans},
      {"code_line", t.T("self_assessment.code", {{"title", catalogue->Title()}, {"code", sa.code}})},
      {"completed", sa.completed ? t.T("self_assessment.completed", {{"date", DayMonthYear(*sa.completed)}}) : ""},
      {"approved", sa.approved ? t.T("self_assessment.approved", {{"by", sa.approved_by}, {"date", DayMonthYear(*sa.approved)}}) : ""},
      {"statement_html", statement_html},
      {"changes", ChangesSinceLastYear(t, sa, all)},
      {"csv_href", ctx.base_path + "self-assessment/" + sa.year + ".csv"},
      {"json_href", ctx.base_path + "self-assessment/" + sa.year + ".json"},
      {"has_other_years", all.size() > 1},
      {"years", years},
      {"sections", sections},
      {"attribution", catalogue->Attribution()},
  };
  out.csv = SelfAssessmentCsv(sa);
  out.json = {{"year", sa.year},
              {"code", sa.code},
              {"completed", sa.completed ? sa.completed->Iso() : ""},
              {"approved", {{"date", sa.approved ? sa.approved->Iso() : ""}, {"by", sa.approved_by}}},
              {"statement", sa.statement},
              {"summary", {{"met", met}, {"total", total}}},
              {"provisions", provisions},
              {"attribution", catalogue->Attribution()}};
  return out;
}

}  // namespace

std::vector<GeneratedPage> SelfAssessmentPages(const SiteContext& ctx, const std::vector<SelfAssessment>& assessments,
                                               const std::map<std::string, std::string>& files_by_year,
                                               std::vector<GeneratedFile>* files, std::vector<PageLinks>* links) {
  const Templates& t = *ctx.templates;
  std::vector<GeneratedPage> pages;
  const std::string& landlord = ctx.config->landlord_name;
  if (assessments.empty()) {
    GeneratedPage page;
    page.has_h1 = false;
    page.path = "self-assessment/index.html";
    page.title = t.T("self_assessment.title");
    page.body_html = t.Render("page-self-assessment", {{"has_assessment", false}}, ctx.diagnostics);
    pages.push_back(page);
    return pages;
  }
  for (const auto& sa : assessments) {
    auto file_it = files_by_year.find(sa.year);
    std::string file = file_it == files_by_year.end() ? "self-assessments/" + sa.year + ".json" : file_it->second;
    PageLinks page_links{"self-assessment/" + sa.year + "/index.html", file, {}};
    YearData data = BuildYear(ctx, sa, file, assessments, &page_links);
    GeneratedPage page;
    page.has_h1 = false;
    page.path = page_links.page_path;
    page.title = t.T("self_assessment.title_year", {{"year", sa.year}});
    page.description = t.T("self_assessment.description", {{"landlord", landlord}, {"year", sa.year}});
    page.body_html = t.Render("page-self-assessment", data.body, ctx.diagnostics);
    pages.push_back(page);
    links->push_back(page_links);
    files->push_back({"self-assessment/" + sa.year + ".csv", data.csv});
    files->push_back({"self-assessment/" + sa.year + ".json", data.json.dump(2) + "\n"});
    if (&sa == &assessments.back()) {
      GeneratedPage latest = page;
      latest.path = "self-assessment/index.html";
      latest.title = t.T("self_assessment.title") + " " + sa.year;
      pages.push_back(latest);
      links->push_back({latest.path, file, {}});  // same links, reported once
    }
  }
  return pages;
}

}  // namespace cs
