// Provision ids that a spreadsheet turned into numbers: 5.10 read as 5.1, 6.20 as 6.2. Each such row is given the
// id its place in the table or its requirement text shows; two rows are never merged because of it.
#include <algorithm>
#include <map>

#include "code_catalogue.h"
#include "html_to_markdown.h"
#include "import_self_assessment.h"
#include "import_table.h"

namespace cs {

namespace {

/// Below this difference in requirement-text similarity the text does not say which of the two provisions it is.
constexpr double kClearlyCloser = 0.15;

enum class Vote { None, Short, Long };

struct Neighbours {
  std::string before, after;  ///< the ids next to a provision in the Code's order ("" at either end)
};

Neighbours NeighboursOf(const CodeCatalogue& cat, const std::string& id) {
  const auto& all = cat.Provisions();
  for (size_t k = 0; k < all.size(); ++k)
    if (all[k].id == id) return {k ? all[k - 1].id : "", k + 1 < all.size() ? all[k + 1].id : ""};
  return {};
}

bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

}  // namespace

std::vector<Diagnostic> ResolveSpreadsheetNumbers(std::vector<ImportedRow>* rows, const CodeCatalogue& cat,
                                                  const std::string& file) {
  std::vector<Diagnostic> report;
  auto add = [&](Severity severity, const std::string& code, int line, const std::string& provision, std::string message,
                 std::string fix) {
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.file = file;
    d.line = line;
    d.provision = provision;
    d.message = std::move(message);
    d.fix = std::move(fix);
    report.push_back(std::move(d));
  };
  std::vector<bool> drop(rows->size(), false);
  for (const auto& p : cat.Provisions()) {
    const std::string& short_id = p.id;
    const std::string long_id = short_id + "0";  // "5.1" -> "5.10": what a spreadsheet shows as 5.1
    const Provision* long_provision = cat.Find(long_id);
    if (!long_provision) continue;
    std::vector<size_t> found;
    bool has_long = false;
    for (size_t i = 0; i < rows->size(); ++i) {
      if ((*rows)[i].id == short_id) found.push_back(i);
      if ((*rows)[i].id == long_id) has_long = true;
    }
    if (found.empty() || has_long) continue;

    Neighbours short_near = NeighboursOf(cat, short_id), long_near = NeighboursOf(cat, long_id);
    std::vector<Vote> votes;
    std::vector<std::string> reasons;
    for (size_t i : found) {
      const ImportedRow& row = (*rows)[i];
      Vote vote = Vote::None;
      std::string reason;
      if (!Blank(row.requirement)) {
        double to_short = RequirementSimilarity(row.requirement, p.text);
        double to_long = RequirementSimilarity(row.requirement, long_provision->text);
        if (to_long - to_short > kClearlyCloser) vote = Vote::Long, reason = "its requirement text is " + long_id + "'s";
        if (to_short - to_long > kClearlyCloser) vote = Vote::Short;
      }
      if (vote == Vote::None) {
        // Its place: next to the provisions that surround the longer id in the Code, and not next to the shorter's.
        std::string before = i > 0 ? (*rows)[i - 1].id : "", after = i + 1 < rows->size() ? (*rows)[i + 1].id : "";
        bool long_place = (!before.empty() && before == long_near.before) || (!after.empty() && after == long_near.after);
        bool short_place = (!before.empty() && before == short_near.before) || (!after.empty() && after == short_near.after);
        if (long_place && !short_place) {
          vote = Vote::Long;
          reason = before == long_near.before ? "it comes after " + before : "it comes before " + after;
        } else if (short_place && !long_place) {
          vote = Vote::Short;
        }
      }
      votes.push_back(vote);
      reasons.push_back(reason);
    }

    // Which row is the longer id: the one that says so; with two rows and one of them plainly the shorter id,
    // the other.
    size_t long_at = found.size();
    int long_votes = static_cast<int>(std::count(votes.begin(), votes.end(), Vote::Long));
    int short_votes = static_cast<int>(std::count(votes.begin(), votes.end(), Vote::Short));
    if (long_votes == 1) {
      long_at = static_cast<size_t>(std::find(votes.begin(), votes.end(), Vote::Long) - votes.begin());
    } else if (found.size() == 2 && long_votes == 0 && short_votes == 1) {
      long_at = votes[0] == Vote::Short ? 1 : 0;
      reasons[long_at] = "the other " + short_id + " (line " + std::to_string((*rows)[found[1 - long_at]].line) +
                         ") is in " + short_id + "'s place";
    }
    std::string why_numbers = "a spreadsheet shows " + long_id + " as the number " + short_id;
    if (long_at < found.size()) {
      ImportedRow& row = (*rows)[found[long_at]];
      row.id = long_id;
      add(Severity::Warning, "import.id.spreadsheet_number", row.line, long_id,
          "this row says provision " + short_id + ", but it must be " + long_id + " (" + reasons[long_at] + "; " +
              why_numbers + "): it was imported as " + long_id,
          "check " + long_id + " in the output; in the spreadsheet, format the provision column as text before typing "
          "ids, or write them with an apostrophe in front ('" + long_id + ")");
      continue;
    }
    if (found.size() < 2 || short_votes == static_cast<int>(found.size())) continue;  // one 5.1, or a real repeat
    // Two or more rows say 5.1, and neither their place nor their text shows which is 5.10: never merge them.
    std::string lines;
    for (size_t i : found) lines += (lines.empty() ? "" : ", ") + std::to_string((*rows)[i].line);
    for (size_t k = 1; k < found.size(); ++k) {
      const ImportedRow& row = (*rows)[found[k]];
      std::string text = HtmlToPlainText(row.answer + " " + row.evidence + " " + row.commentary + " " + row.explanation);
      for (const auto& e : row.evidence_items) text += " " + e.text;
      text.erase(0, text.find_first_not_of(' '));
      add(Severity::Error, "import.id.ambiguous", row.line, short_id,
          "provision " + short_id + " appears on lines " + lines + "; one of them is probably " + long_id + " (" +
              why_numbers + "), but neither its place nor its requirement text shows which, so this row was not "
              "imported: \"" + text + "\"",
          "write " + long_id + " in the provision cell of the right row (as text: '" + long_id + ") and import again");
      drop[found[k]] = true;
    }
  }
  std::vector<ImportedRow> kept;
  for (size_t i = 0; i < rows->size(); ++i)
    if (!drop[i]) kept.push_back(std::move((*rows)[i]));
  *rows = std::move(kept);
  return report;
}

}  // namespace cs
