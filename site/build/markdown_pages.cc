// The Markdown pages: policy.md and pages/*.md through cmark-gfm, with their links kept for the link check.
#include "build_steps.h"

namespace cs {

std::vector<GeneratedPage> MarkdownPages(const SiteContext& ctx, const Content& content, std::vector<PageLinks>* links,
                                         std::vector<std::pair<std::string, std::string>>* hub_links) {
  const Templates& templates = *ctx.templates;
  std::string timescales_html = TimescalesTableHtml(ctx);
  std::vector<GeneratedPage> pages;
  auto render = [&](const MarkdownFile& md, bool policy) {
    MarkdownOptions o;
    o.file = md.file;
    o.first_line = md.body_line;
    o.allow_raw_html = ctx.config->allow_raw_html;
    o.base_path = ctx.base_path;
    o.extract_title = true;
    o.task_done_label = templates.T("markdown.task_done");
    o.task_todo_label = templates.T("markdown.task_todo");
    o.reserved_ids = {"main-content", "contact", "contact-heading", "toc-heading"};
    o.timescales_html = [&] { return timescales_html; };
    MarkdownPage page{md.slug, md.file, md.title, md.description, md.order.value_or(0),
                      RenderMarkdown(md.body, o, ctx.diagnostics)};
    if (page.title.empty()) page.title = page.rendered.title;
    if (page.title.empty()) page.title = policy ? templates.T("policy.title") : md.slug;
    if (page.description.empty() && policy) page.description = templates.T("policy.description");
    std::string path = md.slug + "/index.html";
    pages.push_back(MarkdownContentPage(ctx, page, path, policy));
    links->push_back({path, md.file, page.rendered.site_links});
    if (!policy) hub_links->emplace_back(ctx.base_path + md.slug + "/", page.title);
  };
  MarkdownFile no_policy;  // the checks report it (policy.missing), and it stops publication
  no_policy.slug = "policy";
  no_policy.file = content.Path("policy.md");
  render(content.policy ? *content.policy : no_policy, true);
  for (const auto& md : content.pages) render(md, false);
  return pages;
}

}  // namespace cs
