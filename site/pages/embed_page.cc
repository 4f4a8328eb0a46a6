// /embed/: the code a landlord pastes into another website (its CMS) to show the calculator and the walkthrough,
// a live preview of each, and what to ask IT for; embed/snippets.txt is the same code as text.
#include "html.h"
#include "cms_html.h"
#include "widget_pages.h"

namespace cs {

EmbedOutput EmbedPage(const SiteContext& ctx, const std::string& given_base_url) {
  const Templates& t = *ctx.templates;
  // Another website needs the full address: a base URL that is only a path ("/complaints/") is as good as none.
  const std::string base_url = IsFullAddress(given_base_url) ? given_base_url : "";
  // Without a base URL the code can only name the site's path; the page says to set base_url.
  const std::string site = base_url.empty() ? ctx.base_path : base_url;
  const std::string script = site + "widget/widget-standalone.js";
  size_t scheme = base_url.find("://");
  size_t path = scheme == std::string::npos ? std::string::npos : base_url.find('/', scheme + 3);
  const std::string origin = base_url.empty() ? "'self'" : base_url.substr(0, path);
  const std::string csp_line = "script-src " + origin + " 'wasm-unsafe-eval'";

  nlohmann::json tools = nlohmann::json::array();
  for (bool walkthrough : {false, true}) {
    std::string kind = walkthrough ? "walkthrough" : "deadlines";
    nlohmann::json data = {
        {"kind", kind},
        {"walkthrough", walkthrough},
        {"mount", WidgetMountData(ctx, walkthrough)},
        {"page_url", site + (walkthrough ? "make-a-complaint/" : "deadlines/")},
        {"link_text", t.T(walkthrough ? "widget.pages.walkthrough_title" : "widget.pages.deadlines_title",
                          {{"landlord", ctx.config->landlord_name}})}};
    std::string mount = t.Render("embed-mount", data, ctx.diagnostics);
    while (!mount.empty() && mount.back() == '\n') mount.pop_back();
    tools.push_back({{"kind", kind},
                     {"heading", t.T(walkthrough ? "embed.walkthrough_heading" : "embed.deadlines_heading")},
                     {"snippet", mount + "\n<script src=\"" + EscapeHtml(script) + "\" defer></script>"},
                     {"preview_html", mount}});
  }
  nlohmann::json data = {
      {"tools", tools},
      {"no_base_url", base_url.empty()},
      {"csp_line", csp_line},
      {"it_intro_html", t.Words().Html("embed.it_intro", {{"script", "<code>" + EscapeHtml(script) + "</code>"}})},
      {"it_origin", t.T("embed.it_origin", {{"origin", origin}})},
      {"intro", t.T("embed.text_intro", {{"landlord", ctx.config->landlord_name}, {"base_url", site}})}};

  EmbedOutput out;
  out.page.path = "embed/index.html";
  out.page.title = t.T("embed.title");
  out.page.description = t.T("embed.description");
  out.page.has_h1 = false;
  out.page.uses_widget = true;  // the previews run on the site's own copy of the widget
  out.page.searchable = false;
  out.page.noindex = true;
  out.page.body_html = t.Render("page-embed", data, ctx.diagnostics);
  out.snippets.path = "embed/snippets.txt";
  out.snippets.content = t.Render("embed-snippets", data, ctx.diagnostics);
  return out;
}

}  // namespace cs
