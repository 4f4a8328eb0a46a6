// Rendering a failed build's diagnostics as an HTML page for the preview server.
#include "serve_overlay.h"

#include <algorithm>

#include "html.h"

namespace cs {

namespace {

std::string SourceExcerpt(const std::string& text, int line) {
  if (text.empty() || line <= 0) return "";
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.emplace_back(text.data() + start, end - start);
    start = end + 1;
  }
  if (line > static_cast<int>(lines.size())) return "";
  int first = std::max(1, line - 2), last = std::min(static_cast<int>(lines.size()), line + 2);
  std::string out = "<pre><code>";
  for (int i = first; i <= last; ++i) {
    std::string number = std::to_string(i);
    number.insert(0, std::max<int>(0, 4 - static_cast<int>(number.size())), ' ');
    std::string row = number + " | " + std::string(lines[i - 1]);
    out += i == line ? "<mark>" + EscapeHtml(row) + "</mark>\n" : EscapeHtml(row) + "\n";
  }
  return out + "</code></pre>";
}

}  // namespace

std::string RenderDiagnosticsPage(const std::vector<Diagnostic>& diagnostics, bool failed, const std::string& log,
                                  const std::function<std::string(const std::string&)>& read_file) {
  std::vector<const Diagnostic*> ordered;
  for (const auto& d : diagnostics) ordered.push_back(&d);
  std::stable_sort(ordered.begin(), ordered.end(), [](const Diagnostic* a, const Diagnostic* b) {
    return a->severity == Severity::Error && b->severity != Severity::Error;
  });
  int errors = 0, warnings = 0;
  for (const auto* d : ordered) (d->severity == Severity::Error ? errors : warnings)++;
  std::string title = failed        ? "The site could not be built"
                      : errors > 0  ? "The preview works, but the site cannot be published yet"
                                    : "Warnings from the last build";
  std::string html =
      "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      "<title>" + title + " — complaints-site serve</title>\n"
      "<link rel=\"stylesheet\" href=\"/__serve.css\">\n"
      "<script src=\"/__live-reload.js\" defer></script>\n</head>\n"
      "<body class=\"cs-serve-overlay\">\n<main>\n<h1>" + title + "</h1>\n";
  if (failed)
    html += "<p>Fix the problem below and save the file: this page reloads by itself. The last good version of "
            "the site is not shown while the content has errors.</p>\n";
  else if (errors > 0)
    html += "<p>The preview shows the site as it is, so you can see it while you fill it in. "
            "<code>complaints-site build</code> will not publish it until the errors below are fixed (for example "
            "a \"CHANGE THIS\" or a made-up phone number still in the content). Warnings do not stop it.</p>\n";
  html += "<p>" + std::to_string(errors) + (errors == 1 ? " error" : " errors") + ", " + std::to_string(warnings) +
          (warnings == 1 ? " warning" : " warnings") + ".</p>\n";
  for (const auto* d : ordered) {
    bool error = d->severity == Severity::Error;
    std::string place = d->file;
    if (d->line > 0) place += ":" + std::to_string(d->line) + (d->column > 0 ? ":" + std::to_string(d->column) : "");
    html += std::string("<section class=\"cs-diagnostic") + (error ? "" : " cs-warning") + "\">\n";
    html += "<h2><span class=\"cs-place\">" + EscapeHtml(place) + "</span> " + (error ? "error" : "warning") + "</h2>\n";
    html += "<p>" + EscapeHtml(d->message) + "</p>\n";
    if (!d->fix.empty()) html += "<p class=\"cs-fix\">How to fix: " + EscapeHtml(d->fix) + "</p>\n";
    if (!d->provision.empty())
      html += "<p>Complaint Handling Code provision: " + EscapeHtml(d->provision) + "</p>\n";
    if (!d->code.empty()) html += "<p>Code: <code>" + EscapeHtml(d->code) + "</code></p>\n";
    if (read_file) html += SourceExcerpt(read_file(d->file), d->line);
    html += "</section>\n";
  }
  if (!log.empty()) html += "<h2>Full build output</h2>\n<pre>" + EscapeHtml(log) + "</pre>\n";
  html += "</main>\n</body>\n</html>\n";
  return html;
}

}  // namespace cs
