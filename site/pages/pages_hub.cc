// The complaints hub at "/": what a complaint is, every way to make one, the two stages with the engine's timescales.
#include "pages.h"

namespace cs {

GeneratedPage HubPage(const SiteContext& ctx) {
  const Templates& t = *ctx.templates;
  const SiteConfig& config = *ctx.config;
  nlohmann::json stages = nlohmann::json::array();
  for (const auto& [stage, rules] : ctx.timescales->stages) {
    std::string number = std::to_string(stage);
    nlohmann::json steps = nlohmann::json::array();
    for (const auto& rule : rules) {
      // An extension comes with the Ombudsman's contact details (Code 6.5, 6.16), where the Code says so.
      std::string note = rule.ombudsman_details.empty()
                             ? std::string()
                             : t.T("hub.extension_note", {{"provision", rule.ombudsman_details}});
      steps.push_back({{"summary", rule.summary},
                       {"limit", t.T("hub.step_from_" + rule.counted_from, {{"days", std::to_string(rule.working_days)}})},
                       {"provision", t.T("hub.provision", {{"id", rule.provision}})},
                       {"note", note}});
    }
    stages.push_back({{"number", number},
                      {"title", t.T("hub.stage_title", {{"stage", number}})},
                      {"text", t.T("hub.stage_" + number + "_text")},
                      {"steps", steps}});
  }
  std::string service_html;
  if (!config.service_requests.empty())
    service_html = ServiceRequestsMarkdown(ctx).html;
  const std::string& base = ctx.base_path;
  nlohmann::json links = nlohmann::json::array({
      {{"href", base + "make-a-complaint/"}, {"label", t.T("hub.make_complaint_link")}},
      {{"href", base + "deadlines/"}, {"label", t.T("hub.deadlines_link")}},
      {{"href", base + "policy/"}, {"label", t.T("hub.policy_link")}},
      {{"href", base + "ombudsman/"}, {"label", t.T("hub.ombudsman_link")}},
      {{"href", base + "self-assessment/"}, {"label", t.T("hub.self_assessment_link")}},
  });
  if (ctx.has_annual_reports)
    links.push_back({{"href", base + "annual-report/"}, {"label", t.T("hub.annual_report_link")}});
  if (ctx.extra_links)
    for (const auto& [href, label] : *ctx.extra_links) links.push_back({{"href", href}, {"label", label}});
  auto person = [&](const char* key, const NamedPerson& p) {
    return p.name.empty() ? std::string() : t.T(key, {{"name", p.name}, {"role", p.role}});
  };
  std::string senior_lead = person("hub.senior_lead", config.senior_lead);               // Code 9.4
  std::string member = person("hub.member_responsible", config.member_responsible);     // Code 9.5
  nlohmann::json data = {{"base", base},
                         {"has_people", !senior_lead.empty() || !member.empty()},
                         {"senior_lead", senior_lead},
                         {"member_responsible", member},
                         {"lead", t.T("hub.lead", {{"landlord", config.landlord_name}})},
                         {"service_requests_html", service_html},
                         {"channels", ChannelsData(ctx)},
                         {"stages", stages},
                         {"links", links}};
  GeneratedPage page;
  page.has_h1 = false;
  page.path = "index.html";
  page.title = t.T("hub.title");
  page.description = t.T("hub.lead", {{"landlord", config.landlord_name}});
  page.body_html = t.Render("page-hub", data, ctx.diagnostics);
  return page;
}

}  // namespace cs
