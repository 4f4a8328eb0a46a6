// libFuzzer target: landlord Markdown through the generator's renderer (cmark-gfm + raw-HTML and URL filtering).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "markdown.h"

namespace {
// Content authors are not trusted: without allow_raw_html no script or event handler may come through.
bool LooksLikeActiveMarkup(const std::string& html) {
  std::string lower;
  lower.reserve(html.size());
  for (char c : html) lower += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  return lower.find("<script") != std::string::npos || lower.find("<iframe") != std::string::npos ||
         lower.find("href=\"javascript:") != std::string::npos || lower.find("src=\"javascript:") != std::string::npos ||
         lower.find("<img onerror") != std::string::npos;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;  // cmark is linear; bigger inputs only slow the search down
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<cs::Diagnostic> diagnostics;
  cs::MarkdownOptions options;
  options.file = "content/policy.md";
  options.base_path = "/complaints/";
  options.timescales_html = [] { return std::string("<table><tr><td>timescales</td></tr></table>"); };
  cs::MarkdownResult result = cs::RenderMarkdown(text, options, &diagnostics);
  if (LooksLikeActiveMarkup(result.html)) std::abort();
  options.extract_title = true;
  options.allow_raw_html = true;
  (void)cs::RenderMarkdown(text, options, &diagnostics);
  return 0;
}
