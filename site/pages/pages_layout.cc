// The layout around every page: head with CSP, header and navigation, main, the contact block and footer.
#include "pages.h"

namespace cs {

std::string WrapInLayout(const SiteContext& ctx, const GeneratedPage& page, const std::string& base_url,
                         const std::string& css_path, const std::map<std::string, std::string>& widget_assets,
                         bool serve_mode, const std::string& csp) {
  const Templates& t = *ctx.templates;
  const std::string& base = ctx.base_path;
  std::string section = page.path.substr(0, page.path.find('/'));
  if (section == "index.html") section = "";
  struct NavItem {
    const char* key;
    const char* folder;
  };
  const NavItem items[] = {{"nav.hub", ""},
                           {"nav.make_complaint", "make-a-complaint"},
                           {"nav.deadlines", "deadlines"},
                           {"nav.policy", "policy"},
                           {"nav.ombudsman", "ombudsman"},
                           {"nav.self_assessment", "self-assessment"}};
  nlohmann::json nav = nlohmann::json::array();
  for (const auto& item : items) {
    bool current = section == item.folder && page.path != "404.html";
    bool exact = current && page.path == (std::string(item.folder).empty() ? "index.html" : std::string(item.folder) + "/index.html");
    nav.push_back({{"href", base + (std::string(item.folder).empty() ? "" : std::string(item.folder) + "/")},
                   {"label", t.T(item.key)},
                   {"current", exact}});
  }
  if (ctx.has_search) {
    bool current = section == "search" && page.path == "search/index.html";
    nav.push_back({{"href", base + "search/"}, {"label", t.T("nav.search")}, {"current", current}});
  }
  auto asset = [&](const char* key) {
    auto it = widget_assets.find(key);
    return it == widget_assets.end() ? std::string() : base + it->second;
  };
  std::string canonical;
  if (!base_url.empty() && page.path != "404.html") {
    canonical = base_url + page.path;
    if (canonical.size() >= 10 && canonical.compare(canonical.size() - 10, 10, "index.html") == 0)
      canonical.resize(canonical.size() - 10);
  }
  // The calculator's page loads the calculator alone (widget-deadlines.js + .wasm) when the widget has it.
  const bool calculator_only = page.uses_calculator_only && widget_assets.count("deadlines_js") &&
                               widget_assets.count("deadlines_wasm");
  const SiteConfig& config = *ctx.config;
  std::string head_title = page.title + " - " + config.landlord_name;
  nlohmann::json data = {
      {"lang", config.language.empty() ? "en" : config.language},
      {"csp", csp},
      {"title", page.title},
      {"head_title", head_title},
      {"description", page.description},
      {"canonical", page.noindex ? "" : canonical},
      {"noindex", page.noindex},
      {"base", base},
      {"has_annual_reports", ctx.has_annual_reports},
      {"has_search", ctx.has_search},
      {"notice", ctx.notice},
      // The notice in full on the home page; elsewhere its heading and dates, the rest one click away, so that on a
      // phone the page's own content is still on the first screen.
      {"notice_open", page.path == "index.html"},
      {"search_body", page.searchable && page.path != "404.html" && page.path != "search/index.html"},
      {"css", base + css_path},
      {"favicon", base + "favicon.ico"},
      {"site_name", config.landlord_name},
      {"logo", asset("logo")},
      {"nav", nav},
      {"show_h1", !page.has_h1},
      {"body", page.body_html},
      {"has_breadcrumbs", false},
      {"contact", {{"team", config.complaints_team}, {"channels", ChannelsData(ctx)}, {"opening_hours", config.opening_hours}}},
      {"widget_js", page.uses_widget ? asset(calculator_only ? "deadlines_js" : "js") : ""},
      {"widget_wasm", page.uses_widget ? asset(calculator_only ? "deadlines_wasm" : "wasm") : ""},
      {"widget_css", page.uses_widget || page.uses_widget_css ? asset("css") : ""},
      {"live_reload", serve_mode ? std::string(kLiveReloadScriptPath) : std::string()},
  };
  return t.Render("layout", data, ctx.diagnostics);
}

}  // namespace cs
