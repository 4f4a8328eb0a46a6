// Markdown content pages, the plain guides at /deadlines/ and /make-a-complaint/, accessibility and 404.
#include "pages.h"

namespace cs {

GeneratedPage MarkdownContentPage(const SiteContext& ctx, const MarkdownPage& md, const std::string& path,
                                  bool with_toc) {
  nlohmann::json toc = nlohmann::json::array();
  for (const auto& h : md.rendered.headings) {
    if (h.level == 2) {
      toc.push_back({{"id", h.id}, {"text", h.text}, {"children", nlohmann::json::array()}, {"has_children", false}});
    } else if (h.level == 3 && !toc.empty()) {
      toc.back()["children"].push_back({{"id", h.id}, {"text", h.text}});
      toc.back()["has_children"] = true;
    }
  }
  bool has_toc = with_toc && toc.size() >= 2;
  nlohmann::json data = {{"content", md.rendered.html}, {"toc_items", toc}, {"has_toc", has_toc}};
  GeneratedPage page;
  page.has_h1 = false;
  page.path = path;
  page.title = md.title;
  page.description = md.description;
  page.body_html = ctx.templates->Render(with_toc ? "page-policy" : "page-markdown", data, ctx.diagnostics);
  return page;
}

GeneratedPage GuidePage(const SiteContext& ctx, bool make_complaint) {
  const Templates& t = *ctx.templates;
  std::string key = make_complaint ? "make_complaint" : "deadlines";
  std::map<std::string, std::string> landlord = {{"landlord", ctx.config->landlord_name}};
  nlohmann::json data = {{"base", ctx.base_path},
                         {"intro", t.T("guide." + key + "_intro")},
                         {"is_make_complaint", make_complaint},
                         {"channels", ChannelsData(ctx)},
                         {"timescales_html", TimescalesTableHtml(ctx)}};
  GeneratedPage page;
  page.has_h1 = false;
  page.path = make_complaint ? "make-a-complaint/index.html" : "deadlines/index.html";
  page.title = t.T("guide." + key + "_title");
  page.description = t.T("guide." + key + "_description", landlord);
  page.body_html = t.Render("page-guide", data, ctx.diagnostics);
  return page;
}

GeneratedPage AccessibilityPage(const SiteContext& ctx) {
  const Templates& t = *ctx.templates;
  nlohmann::json data = {{"intro", t.T("accessibility.intro", {{"landlord", ctx.config->landlord_name}})}};
  GeneratedPage page;
  page.has_h1 = false;
  page.path = "accessibility/index.html";
  page.title = t.T("accessibility.title");
  page.description = t.T("accessibility.description");
  page.body_html = t.Render("page-accessibility", data, ctx.diagnostics);
  return page;
}

GeneratedPage NotFoundPage(const SiteContext& ctx) {
  const Templates& t = *ctx.templates;
  GeneratedPage page;
  page.has_h1 = false;
  page.path = "404.html";
  page.title = t.T("not_found.title");
  page.body_html = t.Render("page-not-found", {{"base", ctx.base_path}}, ctx.diagnostics);
  return page;
}

}  // namespace cs
