// Placeholders in the content: what `complaints-site init` wrote for the landlord to replace (errors: build will
// not publish them), and notes left where a self-assessment's evidence should be (warnings).
#include <algorithm>

#include "checks.h"
#include "placeholders.h"

namespace cs {

namespace {

std::string Fill(std::string text, const std::string& key, const std::string& value) {
  for (size_t at = text.find(key); at != std::string::npos; at = text.find(key, at + value.size()))
    text.replace(at, key.size(), value);
  return text;
}

// The provision of the self-assessment answer that `line` is in: the last answer starting on or before it.
std::string ProvisionAtLine(const ContentForChecks& content, const std::string& file, int line) {
  for (const auto& f : content.self_assessments) {
    if (f.file != file) continue;
    std::string id;
    int best = 0;
    for (const auto& a : f.assessment.answers)
      if (a.line <= line && a.line >= best) best = a.line, id = a.id;
    return id;
  }
  return "";
}

}  // namespace

std::vector<Diagnostic> CheckPlaceholders(const ContentForChecks& content) {
  std::vector<Diagnostic> out;
  for (const auto& text : content.texts) {
    std::vector<PlaceholderMatch> found = FindPlaceholders(text.text, "content");
    if (text.self_assessment) {
      auto notes = FindPlaceholders(text.text, "self-assessment");
      found.insert(found.end(), notes.begin(), notes.end());
    }
    for (const auto& m : found) {
      Diagnostic d;
      d.severity = m.rule->severity;
      d.code = m.rule->code;
      d.provision = m.rule->provision.empty() ? ProvisionAtLine(content, text.file, m.line) : m.rule->provision;
      d.file = text.file;
      d.line = m.line;
      d.column = m.column;
      d.message = Fill(Fill(m.rule->message, "{found}", m.found), "{provision}", d.provision.empty() ? "?" : d.provision);
      d.fix = m.rule->fix;
      out.push_back(std::move(d));
    }
  }
  return out;
}

}  // namespace cs
