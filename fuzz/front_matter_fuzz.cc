// libFuzzer target: the front matter of policy.md and pages/*.md (ParseFrontMatter), with its invariants.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "front_matter.h"

namespace {

void Require(bool ok) {
  if (!ok) std::abort();
}

// The text the parser reads: the input without a leading UTF-8 byte order mark.
std::string_view WithoutBom(std::string_view text) {
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  return text;
}

// Line `n` (1-based) of `text` without its line break, or nullopt when the text has fewer lines.
std::optional<std::string_view> LineAt(std::string_view text, int n) {
  size_t start = 0;
  for (int k = 1; k < n; ++k) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) return std::nullopt;
    start = end + 1;
  }
  if (start > text.size() || (start == text.size() && n > 1)) return std::nullopt;
  size_t end = text.find('\n', start);
  return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

size_t Characters(std::string_view line) {
  size_t n = 0;
  for (char c : line)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

bool SameDiagnostics(const std::vector<cs::Diagnostic>& a, const std::vector<cs::Diagnostic>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].code != b[i].code || a[i].line != b[i].line || a[i].column != b[i].column ||
        a[i].severity != b[i].severity || a[i].message != b[i].message || a[i].fix != b[i].fix)
      return false;
  return true;
}

bool SameFrontMatter(const std::optional<cs::FrontMatter>& a, const std::optional<cs::FrontMatter>& b) {
  if (a.has_value() != b.has_value()) return false;
  if (!a) return true;
  return a->present == b->present && a->fields == b->fields && a->title == b->title &&
         a->description == b->description && a->order == b->order && a->body == b->body && a->body_line == b->body_line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  const std::string file = "content/pages/fuzz.md";
  std::vector<cs::Diagnostic> diagnostics;
  auto fm = cs::ParseFrontMatter(input, file, &diagnostics);

  // Parsing is a function of the text: the same input gives the same result, with or without a diagnostics list.
  std::vector<cs::Diagnostic> again_diagnostics;
  Require(SameFrontMatter(fm, cs::ParseFrontMatter(input, file, &again_diagnostics)));
  Require(SameDiagnostics(diagnostics, again_diagnostics));
  Require(fm.has_value() == cs::ParseFrontMatter(input, file, nullptr).has_value());

  // A refusal always says why, and an accepted page carries no error.
  Require(fm.has_value() != cs::HasErrors(diagnostics));

  // Every diagnostic points inside the file: a line that exists and a column on it (at most one past its end).
  std::string_view text = WithoutBom(input);
  for (const auto& d : diagnostics) {
    Require(d.file == file && !d.code.empty() && d.code.rfind("fm.", 0) == 0 && !d.message.empty());
    Require(d.line >= 1 && d.column >= 1);
    auto line = LineAt(text, d.line);
    Require(line.has_value());
    Require(static_cast<size_t>(d.column) <= Characters(*line) + 1);
    (void)cs::FormatDiagnostic(d);
  }
  if (!fm) return 0;

  // The body is the end of the input, and body_line is the file line it starts on.
  Require(fm->body.size() <= text.size());
  size_t body_offset = text.size() - fm->body.size();
  Require(text.substr(body_offset) == fm->body);
  if (!fm->present) {
    Require(fm->body.size() == text.size() && diagnostics.empty() && fm->fields.empty() && fm->body_line == 1);
    return 0;
  }
  int lines_before = 1;
  for (size_t i = 0; i < body_offset; ++i)
    if (text[i] == '\n') ++lines_before;
  Require(fm->body_line == lines_before);

  // The known keys are the fields' values; every key is given once; a page has a title.
  for (size_t i = 0; i < fm->fields.size(); ++i)
    for (size_t j = i + 1; j < fm->fields.size(); ++j) Require(fm->fields[i].first != fm->fields[j].first);
  const std::string* title = fm->Get("title");
  Require(title && *title == fm->title && fm->title.find_first_not_of(" \t\r\n") != std::string::npos);
  const std::string* description = fm->Get("description");
  Require(description ? *description == fm->description : fm->description.empty());
  const std::string* order = fm->Get("order");
  Require(order ? fm->order.has_value() && *fm->order >= -999999 && *fm->order <= 999999 : !fm->order.has_value());
  return 0;
}
