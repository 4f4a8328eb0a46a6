// The Markdown pages: policy.md and pages/*.md through cmark-gfm, with their links kept for the link check.
#include "build_steps.h"
#include "parallel.h"

namespace cs {

std::vector<GeneratedPage> MarkdownPages(const SiteContext& ctx, const Content& content, std::vector<PageLinks>* links,
                                         std::vector<std::pair<std::string, std::string>>* hub_links) {
  const Templates& templates = *ctx.templates;
  std::string timescales_html = TimescalesTableHtml(ctx);
  MarkdownFile no_policy;  // the checks report it (policy.missing), and it stops publication
  no_policy.slug = "policy";
  no_policy.file = content.Path("policy.md");
  std::vector<const MarkdownFile*> files = {content.policy ? &*content.policy : &no_policy};
  for (const auto& md : content.pages) files.push_back(&md);

  // Each page is rendered on its own (in parallel on a big site), with its own diagnostics; the results are then
  // taken in file order, so the output and the messages do not depend on the threads.
  struct Rendered {
    GeneratedPage page;
    PageLinks links;
    std::string title;
    std::vector<Diagnostic> diagnostics;
  };
  std::vector<Rendered> rendered(files.size());
  ForEachIndex(files.size(), [&](size_t i) {
    const MarkdownFile& md = *files[i];
    const bool policy = i == 0;
    Rendered& out = rendered[i];
    SiteContext page_ctx = ctx;
    page_ctx.diagnostics = &out.diagnostics;
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
                      RenderMarkdown(md.body, o, &out.diagnostics)};
    if (page.title.empty()) page.title = page.rendered.title;
    if (page.title.empty()) page.title = policy ? templates.T("policy.title") : md.slug;
    if (page.description.empty() && policy) page.description = templates.T("policy.description");
    std::string path = md.slug + "/index.html";
    out.page = MarkdownContentPage(page_ctx, page, path, policy);
    out.links = {path, md.file, page.rendered.site_links};
    out.title = page.title;
  });

  std::vector<GeneratedPage> pages;
  for (size_t i = 0; i < rendered.size(); ++i) {
    Rendered& r = rendered[i];
    if (ctx.diagnostics)
      ctx.diagnostics->insert(ctx.diagnostics->end(), r.diagnostics.begin(), r.diagnostics.end());
    if (i > 0) hub_links->emplace_back(ctx.base_path + files[i]->slug + "/", r.title);
    links->push_back(std::move(r.links));
    pages.push_back(std::move(r.page));
  }
  return pages;
}

}  // namespace cs
