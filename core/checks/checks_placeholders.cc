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
std::string ProvisionAtLine(const Content& content, const std::string& file, int line) {
  for (const auto& f : content.self_assessments) {
    if (f.file != file || !f.assessment) continue;
    std::string id;
    int best = 0;
    for (const auto& a : f.assessment->answers)
      if (a.line <= line && a.line >= best) best = a.line, id = a.id;
    return id;
  }
  return "";
}

// One content file as written (lines and columns are the file's), and whether its evidence notes are checked too.
struct TextFile {
  const std::string& file;
  const std::string& text;
  bool self_assessment;
};

// Every file whose words are published, in the order `check` lists them.
std::vector<TextFile> PublishedTexts(const Content& content) {
  std::vector<TextFile> texts;
  if (!content.site_json.empty()) texts.push_back({content.site_file, content.site_json, false});
  if (content.policy) texts.push_back({content.policy->file, content.policy->text, false});
  for (const auto& page : content.pages) texts.push_back({page.file, page.text, false});
  for (const auto& sa : content.self_assessments) texts.push_back({sa.file, sa.text, true});
  for (const auto& ar : content.annual_reports) texts.push_back({ar.file, ar.text, false});
  return texts;
}

}  // namespace

std::vector<Diagnostic> CheckPlaceholders(const Content& content) {
  std::vector<Diagnostic> out;
  for (const auto& text : PublishedTexts(content)) {
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
