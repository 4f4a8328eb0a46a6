// /ombudsman/: who the Housing Ombudsman is, when and how a resident can go to them (defaults overridable in site.json).
#include "html.h"
#include "pages.h"

namespace cs {

GeneratedPage OmbudsmanPage(const SiteContext& ctx) {
  const Templates& t = *ctx.templates;
  const OmbudsmanInfo& o = ctx.config->ombudsman;
  std::string phone_href;
  for (char c : o.phone)
    if (c >= '0' && c <= '9') phone_href += c;
  auto safe = [](const std::string& url) { return IsSafeUrl(url) && !IsSiteUrl(url) ? url : std::string(); };
  std::string last_checked = o.last_checked;
  if (auto d = ParseIsoDate(o.last_checked)) last_checked = d->Long().substr(d->Long().find(' ') + 1);
  nlohmann::json data = {
      {"who", t.T("ombudsman.who_text", {{"name", o.name}})},
      {"limit", t.T("ombudsman.limit_text", {{"months", std::to_string(ctx.timescales->ombudsman_window_months)}})},
      {"online_form", safe(o.online_form)},
      {"phone", o.phone},
      {"phone_href", phone_href.empty() ? "" : "tel:" + phone_href},
      {"post", o.post},
      {"website", safe(o.website)},
      {"email_note", o.email_note},
      {"last_checked", t.T("ombudsman.last_checked", {{"date", last_checked}})},
  };
  GeneratedPage page;
  page.has_h1 = false;
  page.path = "ombudsman/index.html";
  page.title = t.T("ombudsman.title");
  page.description = t.T("ombudsman.description");
  page.body_html = t.Render("page-ombudsman", data, ctx.diagnostics);
  return page;
}

}  // namespace cs
