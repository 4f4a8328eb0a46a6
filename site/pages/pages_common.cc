// Pieces several pages share: contact channels, the engine's timescales table, markup inside a sentence, Markdown in
// short fields.
#include <cctype>

#include "html.h"
#include "pages.h"

namespace cs {

namespace {

std::string TelHref(const std::string& number) {
  std::string digits;
  for (char c : number)
    if (std::isdigit(static_cast<unsigned char>(c)) || (c == '+' && digits.empty())) digits += c;
  return digits.empty() ? "" : "tel:" + digits;
}

std::string ChannelHref(const ContactChannel& c) {
  if (!c.url.empty()) return IsSafeUrl(c.url) ? c.url : "";
  if (c.kind == "phone" || c.kind == "textphone") return TelHref(c.value);
  if (c.kind == "email" && c.value.find('@') != std::string::npos && c.value.find_first_of(" <>\"'") == std::string::npos)
    return "mailto:" + c.value;
  if ((c.kind == "web_form" || c.kind == "social_media") && c.value.rfind("https://", 0) == 0 && IsSafeUrl(c.value))
    return c.value;
  return "";
}

}  // namespace

nlohmann::json ChannelsData(const SiteContext& ctx) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& c : ctx.config->channels) {
    if (!c.url.empty() && !IsSafeUrl(c.url) && ctx.diagnostics)
      ctx.diagnostics->push_back({Severity::Warning, "site.channel.unsafe_url", "site.json", 0, 0,
                                  "the " + c.kind + " channel's link uses a scheme that is not allowed, so it is shown without a link",
                                  "use an https:, mailto: or tel: link", "3.1"});
    std::string label = c.label.empty() ? ctx.templates->T("contact.channel." + c.kind) : c.label;
    if (label.empty()) label = c.kind;
    list.push_back({{"label", label}, {"value", c.value}, {"href", ChannelHref(c)}, {"details", c.details}});
  }
  return list;
}

std::string TimescalesTableHtml(const SiteContext& ctx) {
  const CodeTimescales& code = *ctx.timescales;
  nlohmann::json rows = nlohmann::json::array();
  for (const auto& [stage, rules] : code.stages) {
    for (const auto& rule : rules) {
      std::string days = std::to_string(rule.working_days);
      std::string limit = ctx.templates->T("timescales.limit_" + rule.counted_from, {{"days", days}});
      std::string what = rule.summary;
      if (!rule.note.empty()) what += " " + rule.note;
      rows.push_back({{"stage", ctx.templates->T("timescales.stage_label", {{"stage", std::to_string(stage)}})},
                      {"what", what},
                      {"limit", limit},
                      {"provision", rule.provision}});
    }
  }
  // When the Code makes an extension come with the Ombudsman's contact details (6.5, 6.16), the table says so.
  std::string provisions;
  for (const auto& [stage, rules] : code.stages)
    for (const auto& rule : rules)
      if (!rule.ombudsman_details.empty())
        provisions += (provisions.empty() ? "" : ctx.templates->T("timescales.and")) + rule.ombudsman_details;
  std::string extension_note =
      provisions.empty() ? std::string() : ctx.templates->T("timescales.extension_note", {{"provisions", provisions}});
  nlohmann::json data = {{"caption", ctx.templates->T("timescales.caption", {{"code", code.title}})},
                         {"rows", rows},
                         {"extension_note", extension_note}};
  return ctx.templates->Render("timescales-table", data, ctx.diagnostics);
}

std::string InlineHtml(const SiteContext& ctx, const std::string& name, const nlohmann::json& data) {
  std::string html = ctx.templates->Render(name, data, ctx.diagnostics);
  while (!html.empty() && (html.back() == '\n' || html.back() == '\r')) html.pop_back();
  return html;
}

MarkdownResult RenderFieldMarkdown(const SiteContext& ctx, const std::string& text, const std::string& file, int line,
                                   int min_heading_level, bool links_from_root) {
  MarkdownOptions options;
  options.file = file;
  options.first_line = line > 0 ? line : 1;
  options.allow_raw_html = ctx.config->allow_raw_html;
  options.base_path = ctx.base_path;
  options.min_heading_level = min_heading_level;
  options.links_from_root = links_from_root;
  options.task_done_label = ctx.templates->T("markdown.task_done");
  options.task_todo_label = ctx.templates->T("markdown.task_todo");
  options.reserved_ids = {"main-content", "contact", "contact-heading", "toc-heading", "summary", "download"};
  return RenderMarkdown(text, options, ctx.diagnostics);
}

MarkdownResult ServiceRequestsMarkdown(const SiteContext& ctx) {
  const SiteConfig& site = *ctx.config;
  MarkdownResult r = RenderFieldMarkdown(ctx, site.service_requests, ctx.site_file, site.service_requests_line, 3, true);
  // The value is one JSON string on one line: a link's column in site.json is the string's plus the link's in the text
  // (exact unless an escape such as \" comes before it).
  for (auto& link : r.site_links)
    if (link.line == site.service_requests_line && site.service_requests_column > 0)
      link.column += site.service_requests_column;
  return r;
}

}  // namespace cs
