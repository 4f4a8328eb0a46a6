// Turns the rows of a landlord's self-assessment table into the agreed self-assessment JSON, matched
// against the Code catalogue, with a report of everything that needs the landlord's attention.
#include "import_self_assessment.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <nlohmann/json.hpp>

#include "code_catalogue.h"
#include "date.h"
#include "html_to_markdown.h"
#include "import_table.h"
#include "text.h"

namespace cs {

namespace {

/// Below this word similarity the landlord's requirement text is reported as different from the Code's.
constexpr double kSimilarEnough = 0.8;

enum class Comply { Unanswered, Yes, No };

struct Answer {
  Comply value = Comply::Unanswered;
  bool partial = false;       // "Partially": imported as no
  bool not_applicable = false;
  std::string stray;          // words after the answer, e.g. "Yes Complaints policy" -> "Complaints policy"
};

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
  for (size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size())) s.replace(at, from.size(), to);
  return s;
}

// Checkbox marks become words so "☒ Yes ☐ No" reads as an answer.
std::string MarkCheckboxes(std::string cell) {
  for (const char* checked : {"\xE2\x98\x92", "\xE2\x98\x91", "\xE2\x9C\x93", "\xE2\x9C\x94", "\xE2\x9C\x85", "[x]", "[X]"})
    cell = ReplaceAll(cell, checked, " CHECKEDBOX ");
  for (const char* unchecked : {"\xE2\x98\x90", "[ ]"}) cell = ReplaceAll(cell, unchecked, " EMPTYBOX ");
  // <input type="checkbox" checked> / without checked
  std::string out;
  for (size_t i = 0; i < cell.size();) {
    if (cell.compare(i, 6, "<input") == 0) {
      size_t gt = cell.find('>', i);
      if (gt != std::string::npos) {
        std::string tag = Lower(cell.substr(i, gt - i));
        if (tag.find("checkbox") != std::string::npos) {
          out += tag.find("checked") != std::string::npos ? " CHECKEDBOX " : " EMPTYBOX ";
          i = gt + 1;
          continue;
        }
      }
    }
    out.push_back(cell[i++]);
  }
  return out;
}

std::vector<std::string> Words(const std::string& plain) {
  std::vector<std::string> words;
  std::string w;
  for (char c : plain) {
    if (c == ' ') {
      if (!w.empty()) words.push_back(w);
      w.clear();
    } else {
      w.push_back(c);
    }
  }
  if (!w.empty()) words.push_back(w);
  return words;
}

std::string Bare(const std::string& word) {
  std::string l = Lower(word);
  while (!l.empty() && std::ispunct(static_cast<unsigned char>(l.back())) && l.back() != '/') l.pop_back();
  while (!l.empty() && std::ispunct(static_cast<unsigned char>(l.front())) && l.front() != '/') l.erase(0, 1);
  return l;
}

Comply WordAnswer(const std::string& bare, bool* partial, bool* na) {
  if (bare == "yes" || bare == "y" || bare == "compliant" || bare == "complies" || bare == "met" || bare == "true")
    return Comply::Yes;
  if (bare == "no" || bare == "n" || bare == "non-compliant" || bare == "false") return Comply::No;
  if (bare == "partial" || bare == "partially" || bare == "part") {
    *partial = true;
    return Comply::No;
  }
  if (bare == "n/a" || bare == "na") *na = true;
  return Comply::Unanswered;
}

Answer ParseAnswer(const std::string& cell) {
  Answer a;
  std::vector<std::string> words = Words(HtmlToPlainText(MarkCheckboxes(cell)));
  if (words.empty()) return a;
  size_t used = 0;
  auto checked = std::find(words.begin(), words.end(), "CHECKEDBOX");
  if (checked != words.end() && words.size() == 1) {
    a.value = Comply::Yes;  // a lone tick
    return a;
  }
  if (checked != words.end() && checked + 1 != words.end()) {
    a.value = WordAnswer(Bare(*(checked + 1)), &a.partial, &a.not_applicable);
    words.erase(std::remove_if(words.begin(), words.end(),
                               [](const std::string& w) { return w == "CHECKEDBOX" || w == "EMPTYBOX"; }),
                words.end());
    if (a.value != Comply::Unanswered) return a;  // the unticked options are not stray text
  }
  words.erase(std::remove(words.begin(), words.end(), "EMPTYBOX"), words.end());
  if (words.empty()) return a;
  std::string first = Bare(words[0]);
  if (first == "not" && words.size() > 1) {
    std::string second = Bare(words[1]);
    if (second == "compliant" || second == "met" || second == "applicable") {
      if (second == "applicable") a.not_applicable = true;
      else a.value = Comply::No;
      used = 2;
    }
  }
  if (!used) {
    a.value = WordAnswer(first, &a.partial, &a.not_applicable);
    if (a.value != Comply::Unanswered || a.not_applicable) used = 1;
  }
  if (a.value == Comply::Unanswered) {
    a.stray = HtmlToPlainText(cell);
    return a;
  }
  for (size_t k = used; k < words.size(); ++k) a.stray += (a.stray.empty() ? "" : " ") + words[k];
  while (!a.stray.empty() && (a.stray[0] == '-' || a.stray[0] == ',' || a.stray[0] == ':' || a.stray[0] == ' '))
    a.stray.erase(0, 1);
  return a;
}

// A cell that holds nothing but an answer word: an answer that the extraction put in the wrong column.
bool OnlyAnswer(const std::string& cell, Comply* value) {
  std::vector<std::string> words = Words(HtmlToPlainText(cell));
  if (words.size() != 1) return false;
  bool partial = false, na = false;
  *value = WordAnswer(Bare(words[0]), &partial, &na);
  return *value != Comply::Unanswered && !partial;
}

// "... being received. Yes" -> "Yes" (the answer ran into the requirement cell).
bool TrailingAnswer(const std::string& cell, Comply* value) {
  std::vector<std::string> words = Words(HtmlToPlainText(cell));
  if (words.size() < 2) return false;
  const std::string& last = words.back();
  if (last != "Yes" && last != "No" && last != "Y" && last != "N") return false;
  bool partial = false, na = false;
  *value = WordAnswer(Bare(last), &partial, &na);
  return *value != Comply::Unanswered;
}

// Plain text from a spreadsheet keeps its line breaks: blank lines are paragraphs, "- " lines list items.
std::string CellToHtml(const std::string& cell, bool csv) {
  if (!csv || cell.find('\n') == std::string::npos) return cell;
  std::string out;
  size_t start = 0;
  bool blank_before = false;
  while (start <= cell.size()) {
    size_t end = cell.find('\n', start);
    if (end == std::string::npos) end = cell.size();
    std::string line = Trim(cell.substr(start, end - start));
    if (line.empty()) {
      blank_before = true;
    } else {
      bool item = line.rfind("- ", 0) == 0 || line.rfind("* ", 0) == 0;
      if (item) out += " \xE2\x80\xA2 " + line.substr(2);
      else out += std::string(blank_before || !out.empty() ? "<p>" : "") + line;
      blank_before = false;
    }
    start = end + 1;
  }
  return out;
}

std::optional<Date> ParseLooseDate(const std::string& text) {
  std::string t = Trim(HtmlToPlainText(text));
  if (auto iso = ParseIsoDate(t)) return iso;
  int d = 0, m = 0, y = 0;
  char s1 = 0, s2 = 0;
  if (std::sscanf(t.c_str(), "%d%c%d%c%d", &d, &s1, &m, &s2, &y) == 5 && s1 == s2 && (s1 == '/' || s1 == '-' || s1 == '.'))
    return MakeDate(y < 100 ? 2000 + y : y, m, d);
  char month[16] = {0};
  if (std::sscanf(t.c_str(), "%d %15s %d", &d, month, &y) == 3) {
    std::string mon = Lower(month).substr(0, 3);
    for (int k = 1; k <= 12; ++k)
      if (Lower(MonthName(k)).substr(0, 3) == mon) return MakeDate(y, k, d);
  }
  return std::nullopt;
}

std::string Percent(double x) { return std::to_string(static_cast<int>(x * 100 + 0.5)) + "%"; }

class Importer {
 public:
  Importer(const ImportOptions& options, ImportResult* result) : options_(options), result_(result) {}

  void Add(Severity severity, const std::string& code, int line, const std::string& provision, std::string message,
           std::string fix) {
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.file = options_.file;
    d.line = line;
    d.provision = provision;
    d.message = std::move(message);
    d.fix = std::move(fix);
    result_->report.push_back(std::move(d));
  }

  const CodeCatalogue* ChooseCode(const std::vector<ImportedRow>& rows) {
    if (options_.code != "auto") {
      result_->code_reason = "as asked (--code " + options_.code + ")";
      return CodeCatalogue::Get(options_.code);
    }
    const CodeCatalogue* best = nullptr;
    double best_score = -1e9;
    std::string reason;
    for (const char* code : {"2024", "2022"}) {
      const CodeCatalogue* cat = CodeCatalogue::Get(code);
      if (!cat) continue;
      double score = 0, text_total = 0;
      int matched = 0, compared = 0;
      for (const auto& row : rows) {
        const Provision* p = cat->Find(row.id);
        if (!p) {
          score -= 1;
          continue;
        }
        ++matched;
        score += 1;
        if (!Trim(row.requirement).empty()) {
          double s = RequirementSimilarity(row.requirement, p->text);
          score += 2 * s;
          text_total += s;
          ++compared;
        }
      }
      if (score > best_score) {
        best_score = score;
        best = cat;
        reason = "detected: " + std::to_string(matched) + " of " + std::to_string(rows.size()) +
                 " provision numbers are in the " + std::string(code) + " Code";
        if (compared) reason += " and their requirement text matches it " + Percent(text_total / compared) + " on average";
      }
    }
    result_->code_reason = reason;
    return best;
  }

  void Run(const ImportedTable& table) {
    const CodeCatalogue* cat = ChooseCode(table.rows);
    if (!cat) {
      Add(Severity::Error, "import.code.unknown", 0, "",
          "the Complaint Handling Code \"" + options_.code + "\" is not known", "use --code 2024, 2022 or auto");
      return;
    }
    result_->code = cat->Code();
    bool csv = table.format == "csv";

    // Merge rows that name the same provision (kept in the order first seen).
    std::vector<ImportedRow> rows;
    std::map<std::string, size_t> index;
    for (const auto& row : table.rows) {
      if (!cat->Find(row.id)) {
        std::string text = HtmlToPlainText(row.requirement + " " + row.answer + " " + row.evidence + " " +
                                           row.commentary + " " + row.explanation);
        Add(Severity::Warning, "import.id.unknown", row.line, row.id,
            "provision " + row.id + " is not in the " + cat->Code() + " Code; this row was not imported: \"" +
                Trim(text) + "\"",
            "check the number, or import with --code " + std::string(cat->Code() == "2024" ? "2022" : "2024"));
        continue;
      }
      auto it = index.find(row.id);
      if (it == index.end()) {
        index[row.id] = rows.size();
        rows.push_back(row);
        continue;
      }
      ImportedRow& first = rows[it->second];
      Add(Severity::Warning, "import.id.duplicate", row.line, row.id,
          "provision " + row.id + " appears again (first on line " + std::to_string(first.line) +
              "); its text was added to the first row",
          "check provision " + row.id + " in the output and remove anything repeated");
      AddCell(&first, ColumnRole::Requirement, row.requirement);
      if (Trim(HtmlToPlainText(first.answer)).empty()) first.answer = row.answer;
      else if (!Trim(HtmlToPlainText(row.answer)).empty() && ParseAnswer(row.answer).value != ParseAnswer(first.answer).value)
        Add(Severity::Error, "import.answer.conflict", row.line, row.id,
            "provision " + row.id + " is answered \"" + Trim(HtmlToPlainText(first.answer)) + "\" on line " +
                std::to_string(first.line) + " and \"" + Trim(HtmlToPlainText(row.answer)) + "\" here",
            "set \"comply\" for " + row.id + " to the right answer");
      AddCell(&first, ColumnRole::Evidence, row.evidence);
      AddCell(&first, first.commentary_combined ? ColumnRole::Combined : ColumnRole::Commentary, row.commentary);
      AddCell(&first, ColumnRole::Explanation, row.explanation);
      AddCell(&first, ColumnRole::ComplyBy, row.comply_by);
      for (const auto& u : row.unused) first.unused.push_back(u);
    }
    std::stable_sort(rows.begin(), rows.end(),
                     [](const ImportedRow& a, const ImportedRow& b) { return CodeCatalogue::IdLess(a.id, b.id); });

    nlohmann::ordered_json doc;
    doc["code"] = cat->Code();
    nlohmann::ordered_json provisions = nlohmann::ordered_json::array();
    for (ImportedRow& row : rows) provisions.push_back(ProvisionJson(row, *cat->Find(row.id), csv));
    doc["provisions"] = std::move(provisions);

    std::string missing;
    int missing_count = 0;
    for (const auto& p : cat->Provisions()) {
      if (index.count(p.id)) continue;
      missing += (missing.empty() ? "" : ", ") + p.id;
      ++missing_count;
    }
    if (missing_count)
      Add(Severity::Error, "import.provision.missing", 0, "",
          std::to_string(missing_count) + " of the " + std::to_string(cat->Provisions().size()) + " provisions of the " +
              cat->Code() + " Code are not in the document: " + missing,
          "add an answer for each of them to \"provisions\"");
    Add(Severity::Warning, "import.metadata.missing", 0, "",
        "the document does not say when it was completed and approved by the governing body",
        "add \"completed\", \"approved\": {\"date\": \"YYYY-MM-DD\", \"by\": \"Board of ...\"} and a short \"statement\"");
    result_->provisions = static_cast<int>(rows.size());
    result_->json = doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
    result_->ok = true;
  }

 private:
  nlohmann::ordered_json ProvisionJson(ImportedRow& row, const cs::Provision& code_provision, bool csv) {
    const std::string& id = row.id;
    if (!row.id_remark.empty())
      Add(Severity::Warning, "import.id.remark", row.line, id,
          "the remark after the provision number was not imported: \"" + row.id_remark + "\"",
          "copy it into the commentary of " + id + " if it matters");
    for (const auto& u : row.unused)
      Add(Severity::Warning, "import.column.unused", row.line, id,
          "column \"" + u.first + "\" is not one the importer knows; its text was not imported: \"" +
              HtmlToPlainText(u.second) + "\"",
          "copy it into the commentary of " + id + " if it matters");

    // The landlord's copy of the requirement is only compared with the Code's.
    std::string theirs = Trim(HtmlToPlainText(row.requirement));
    if (!theirs.empty()) {
      double s = RequirementSimilarity(theirs, code_provision.text);
      if (s < kSimilarEnough)
        Add(Severity::Warning, "import.requirement.differs", row.line, id,
            "the requirement text in the document for " + id + " matches the Code's only " + Percent(s) +
                " (an edited or older form?); the Code's own text will be published",
            "check that the answer for " + id + " is about the Code's requirement");
    }

    Answer a = ParseAnswer(row.answer);
    if (a.value == Comply::Unanswered && !a.not_applicable) {
      Comply moved;
      const char* from = nullptr;
      if (OnlyAnswer(row.evidence, &moved)) from = "evidence", row.evidence.clear();
      else if (OnlyAnswer(row.commentary, &moved)) from = "commentary", row.commentary.clear();
      else if (TrailingAnswer(row.requirement, &moved)) from = "requirement";
      if (from) {
        std::string stray = a.stray;
        a = Answer();
        a.value = moved;
        a.stray = stray;
        Add(Severity::Warning, "import.answer.moved", row.line, id,
            std::string("the answer for ") + id + " was found in the " + from + " column, not the comply column",
            "check that \"comply\" for " + id + " is right");
      }
    }
    if (!a.stray.empty()) {
      Add(Severity::Warning, "import.answer.stray_text", row.line, id,
          "the comply cell of " + id + " also holds \"" + a.stray + "\"; it was added to the evidence",
          "check the evidence for " + id);
      row.evidence = a.stray + (Trim(row.evidence).empty() ? "" : " " + row.evidence);
    }
    if (a.partial)
      Add(Severity::Warning, "import.answer.partial", row.line, id,
          id + " is answered \"partially\"; the Code asks for yes or no, so it was imported as no",
          "give " + id + " an explanation and a comply_by date, or change it to yes");

    nlohmann::ordered_json out;
    out["id"] = id;
    if (a.value == Comply::Yes) out["comply"] = "yes";
    if (a.value == Comply::No) out["comply"] = "no";
    if (a.value == Comply::Yes) ++result_->yes;
    if (a.value == Comply::No) ++result_->no;
    if (a.value == Comply::Unanswered) {
      ++result_->unanswered;
      std::string raw = Trim(HtmlToPlainText(row.answer));
      Add(Severity::Error, "import.answer.missing", row.line, id,
          raw.empty() ? "the document gives no answer for " + id
                      : "the answer for " + id + " is \"" + raw + "\", not yes or no",
          "set \"comply\" for " + id + " to \"yes\" or \"no\"");
    }

    nlohmann::ordered_json evidence = nlohmann::ordered_json::array();
    std::vector<std::string> notes;
    for (const auto& b : HtmlToBlocks(CellToHtml(row.evidence, csv), &notes)) {
      nlohmann::ordered_json item;
      item["text"] = b.plain;
      if (!b.link.empty()) item["url"] = b.link;
      evidence.push_back(std::move(item));
    }
    out["evidence"] = std::move(evidence);
    std::string commentary = HtmlToMarkdown(CellToHtml(row.commentary, csv), &notes);
    std::string explanation = HtmlToMarkdown(CellToHtml(row.explanation, csv), &notes);
    // The 2024 form's "Commentary / explanation" column is the explanation when the answer is no; a combined
    // "Evidence, commentary and any explanations" cell stays whole in the commentary.
    if (a.value == Comply::No && explanation.empty() && !row.commentary_combined) std::swap(commentary, explanation);
    out["commentary"] = commentary;
    if (!explanation.empty()) out["explanation"] = explanation;
    std::string by = Trim(HtmlToPlainText(row.comply_by));
    if (!by.empty()) {
      if (auto date = ParseLooseDate(by)) {
        out["comply_by"] = date->Iso();
      } else {
        Add(Severity::Warning, "import.comply_by.unreadable", row.line, id,
            "the comply-by date \"" + by + "\" for " + id + " is not a date; it was added to the explanation",
            "set \"comply_by\" for " + id + " as YYYY-MM-DD");
        out["explanation"] = explanation + (explanation.empty() ? "" : "\n\n") + "Comply by: " + by;
      }
    }
    for (const auto& n : notes)
      Add(Severity::Warning, "import.html.left_out", row.line, id, "in " + id + ": " + n, "check the text of " + id);
    if (a.value == Comply::No) {
      if (!out.contains("explanation"))
        Add(Severity::Error, "import.no.explanation", row.line, id,
            id + " is answered no" + std::string(row.commentary_combined ? " and the form kept evidence, commentary and explanation in one cell" : "") +
                "; the Code asks for an explanation of the non-compliance",
            "write the explanation for " + id + " in \"explanation\"");
      if (!out.contains("comply_by"))
        Add(Severity::Error, "import.no.comply_by", row.line, id,
            id + " is answered no but the document gives no date by which it will comply",
            "add \"comply_by\": \"YYYY-MM-DD\" to " + id);
    }
    return out;
  }

  const ImportOptions& options_;
  ImportResult* result_;
};

}  // namespace

ImportResult ImportSelfAssessment(std::string_view input, const ImportOptions& options) {
  ImportResult result;
  Importer importer(options, &result);
  if (options.code != "auto" && options.code != "2024" && options.code != "2022") {
    importer.Add(Severity::Error, "import.code.unknown", 0, "",
                 "the Complaint Handling Code \"" + options.code + "\" is not known", "use --code 2024, 2022 or auto");
    return result;
  }
  std::string note;
  std::string text = ToUtf8(input, &note);
  if (!note.empty()) importer.Add(Severity::Warning, "import.input.encoding", 0, "", note, "check accented letters and quotes in the output");
  bool blank = true;
  for (char c : text)
    if (!std::isspace(static_cast<unsigned char>(c))) blank = false;
  if (blank) {
    importer.Add(Severity::Error, "import.input.empty", 0, "", "the file is empty", "export the self-assessment again");
    return result;
  }
  ImportedTable table = LooksLikeCsv(text) ? ReadCsvTable(text, options.file) : ReadTextTable(text, options.file);
  result.format = table.format;
  result.columns = table.columns;
  result.notes = table.notes;
  for (auto& d : table.report) result.report.push_back(std::move(d));
  if (!table.found) {
    importer.Add(Severity::Error, "import.input.no_table", 0, "",
                 table.format == "csv" ? "found no rows with a provision number (1.2, 6.3 ...) under the CSV header"
                                       : "found no table rows starting with a provision number (1.2, 6.3 ...)",
                 "export the self-assessment form as text with tabs between cells, or as CSV with a header row");
    return result;
  }
  importer.Run(table);
  return result;
}

}  // namespace cs
