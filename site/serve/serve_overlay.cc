// Rendering a failed build's diagnostics as an HTML page for the preview server.
#include "serve_overlay.h"

#include <algorithm>
#include <cctype>

#include "html.h"

namespace cs {

namespace {

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// Splits "content/site.json:12:5" into file, line, column.
void ParsePlace(std::string_view place, Diagnostic* d) {
  for (int part = 0; part < 2; ++part) {
    size_t colon = place.rfind(':');
    if (colon == std::string_view::npos || !AllDigits(place.substr(colon + 1))) break;
    int value = std::stoi(std::string(place.substr(colon + 1)));
    if (part == 0) d->line = value;
    else {
      d->column = d->line;
      d->line = value;
    }
    place = place.substr(0, colon);
  }
  d->file = std::string(place);
}

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

std::vector<Diagnostic> ParseDiagnosticLines(std::string_view text) {
  std::vector<Diagnostic> out;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    Diagnostic d;
    size_t at = line.find(": error: ");
    size_t skip = 9;
    size_t warn = line.find(": warning: ");
    if (warn != std::string_view::npos && (at == std::string_view::npos || warn < at)) {
      at = warn;
      skip = 11;
      d.severity = Severity::Warning;
    }
    if (at == std::string_view::npos || at == 0) continue;
    ParsePlace(line.substr(0, at), &d);
    std::string_view rest = line.substr(at + skip);
    if (rest.size() > 2 && rest.back() == ']') {
      size_t open = rest.rfind(" [");
      if (open != std::string_view::npos) {
        d.code = std::string(rest.substr(open + 2, rest.size() - open - 3));
        rest = rest.substr(0, open);
      }
    }
    size_t dash = rest.find(" \xE2\x80\x94 ");  // " — "
    if (dash != std::string_view::npos) {
      d.fix = std::string(rest.substr(dash + 5));
      rest = rest.substr(0, dash);
    }
    if (rest.size() > 8 && rest.back() == ')') {  // " (Code 6.3)" after the message
      size_t open = rest.rfind(" (Code ");
      if (open != std::string_view::npos) {
        d.provision = std::string(rest.substr(open + 7, rest.size() - open - 8));
        rest = rest.substr(0, open);
      }
    }
    d.message = std::string(rest);
    out.push_back(std::move(d));
  }
  return out;
}

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
