// libFuzzer target: the self-assessment importer (text tables, CSV, HTML fragments) on any bytes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "html_to_markdown.h"
#include "import_self_assessment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 64 * 1024) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  cs::ImportOptions options;
  options.file = "input.txt";
  cs::ImportResult result = cs::ImportSelfAssessment(text, options);
  // Every report entry has a stable code and says something; a failed import always says why.
  for (const auto& d : result.report)
    if (d.code.rfind("import.", 0) != 0 || d.message.empty() || d.file != "input.txt") std::abort();
  if (!result.ok) {
    if (!cs::HasErrors(result.report) || !result.json.empty()) std::abort();
  } else {
    // The output is valid JSON in the agreed shape, whatever the input.
    auto doc = nlohmann::json::parse(result.json, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc["provisions"].is_array()) std::abort();
    if (doc["code"] != result.code) std::abort();
    for (const auto& p : doc["provisions"]) {
      if (!p["id"].is_string() || !p["evidence"].is_array() || !p["commentary"].is_string()) std::abort();
      if (p.contains("comply") && p["comply"] != "yes" && p["comply"] != "no") std::abort();
    }
    if (static_cast<int>(doc["provisions"].size()) != result.provisions) std::abort();
  }
  // The HTML converter never turns a link into a javascript: URL that was not plain text already.
  std::string utf8_note;
  std::string md = cs::HtmlToMarkdown(cs::ToUtf8(text, &utf8_note));
  if (md.find("javascript:") != std::string::npos && text.find("javascript:") == std::string_view::npos) std::abort();
  return 0;
}
