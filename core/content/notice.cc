// Parsing notices/<name>.md: from, until, title and the Markdown text, with line:col diagnostics.
#include "notice.h"

#include "front_matter.h"

namespace cs {

namespace {

Diagnostic Error(std::string code, const std::string& file, int line, int column, std::string message, std::string fix) {
  return {Severity::Error, std::move(code), file, line, column, std::move(message), std::move(fix), "8.5"};
}

}  // namespace

std::optional<Notice> ParseNotice(std::string_view text, const std::string& file, std::vector<Diagnostic>* diagnostics) {
  static const std::vector<std::string> kKeys = {"title", "from", "until"};
  size_t before = diagnostics->size();
  auto fm = ParseFrontMatter(text, file, diagnostics, &kKeys);
  if (!fm) return std::nullopt;
  if (!fm->present) {
    diagnostics->push_back(Error("notice.front_matter.missing", file, 1, 1,
                                 "a notice starts with front matter that says when it is in force",
                                 "begin the file with ---, from: YYYY-MM-DD, until: YYYY-MM-DD, --- lines"));
    return std::nullopt;
  }
  Notice n;
  n.file = file;
  n.body = fm->body;
  n.body_line = fm->body_line;
  if (const std::string* title = fm->Get("title")) n.title = *title;
  int from_line = 0, until_line = 0;
  auto date = [&](const char* key, Date* out, int* line) {
    for (size_t k = 0; k < fm->fields.size(); ++k) {
      if (fm->fields[k].first != key) continue;
      *line = fm->field_lines[k];
      const std::string& value = fm->fields[k].second;
      int column = static_cast<int>(std::string(key).size()) + 3;  // after "key: "
      if (auto d = ParseIsoDate(value)) {
        *out = *d;
        return true;
      }
      diagnostics->push_back(Error("notice.date.invalid", file, *line, column,
                                   "\"" + std::string(key) + "\" must be a date like 2026-12-01, not \"" + value + "\"",
                                   "write the date as YYYY-MM-DD"));
      return false;
    }
    std::string k = key;
    diagnostics->push_back(Error("notice." + k + ".missing", file, 1, 1,
                                 k == "until" ? "the notice does not say until when it applies: residents must be told "
                                                "when the landlord expects to comply with the Code again"
                                              : "the notice does not say from when it applies",
                                 "add a line " + k + ": YYYY-MM-DD to the front matter"));
    return false;
  };
  bool has_from = date("from", &n.from, &from_line);
  bool has_until = date("until", &n.until, &until_line);
  if (has_from && has_until && n.until < n.from)
    diagnostics->push_back(Error("notice.period.order", file, until_line, 8,
                                 "\"until\" (" + n.until.Iso() + ") is before \"from\" (" + n.from.Iso() + ")",
                                 "put the last day the notice applies in \"until\", on or after \"from\""));
  if (n.body.find_first_not_of(" \t\r\n") == std::string::npos)
    diagnostics->push_back(Error("notice.text.missing", file, n.body_line, 1,
                                 "the notice has no text to tell residents what has happened",
                                 "write, after the front matter, what residents can expect and until when"));
  if (HasErrors(std::vector<Diagnostic>(diagnostics->begin() + static_cast<long>(before), diagnostics->end())))
    return std::nullopt;
  return n;
}

const Notice* NoticeInForce(const std::vector<Notice>& notices, Date today) {
  const Notice* found = nullptr;
  for (const auto& n : notices)
    if (n.InForce(today) && (!found || found->from < n.from)) found = &n;
  return found;
}

}  // namespace cs
