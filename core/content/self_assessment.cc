// Reads and checks a self-assessment file: shape, dates, safe evidence links and provision ids from the catalogue.
#include "self_assessment.h"

#include <map>
#include <set>

#include "code_catalogue.h"
#include "json_document.h"
#include "link_safety.h"

namespace cs {
namespace {

using nlohmann::json;

class AssessmentReader {
 public:
  AssessmentReader(JsonDocument* doc, SelfAssessment* sa) : doc_(*doc), sa_(*sa) {}

  void Read() {
    const json& root = doc_.root();
    if (!root.is_object()) {
      doc_.Error("sa.not_object", "", "a self-assessment must be one JSON object {...}, not " + JsonTypeName(root),
                 "start the file with { and end it with }");
      return;
    }
    doc_.CheckKeys(root, "", {"code", "completed", "approved", "statement", "provisions"}, "sa.unknown_key");
    CheckYear();
    const CodeCatalogue* catalogue = ReadCode(root);
    ReadDate(root, "", "completed", &sa_.completed);
    ReadApproved(root);
    doc_.ReadString(root, "", "statement", &sa_.statement, "sa.wrong_type");
    ReadProvisions(root, catalogue);
  }

 private:
  void CheckYear() {
    const std::string& y = sa_.year;
    auto digit = [&](size_t i) { return y[i] >= '0' && y[i] <= '9'; };
    bool shape = y.size() == 7 && y[4] == '-' && digit(0) && digit(1) && digit(2) && digit(3) && digit(5) && digit(6);
    if (!shape) {
      doc_.Error("sa.year.invalid", "",
                 "the file name must be the year the assessment covers, like 2025-26.json, not \"" + y + ".json\"",
                 "rename the file, e.g. to 2025-26.json");
      return;
    }
    int first = std::stoi(y.substr(0, 4)), second = std::stoi(y.substr(5, 2));
    if ((first + 1) % 100 != second)
      doc_.Warning("sa.year.mismatch", "",
                   "the year \"" + y + "\" does not run into the next year (expected " + y.substr(0, 5) +
                       (((first + 1) % 100) < 10 ? "0" : "") + std::to_string((first + 1) % 100) + ")",
                   "rename the file to the financial year it covers");
  }

  const CodeCatalogue* ReadCode(const json& root) {
    if (!root.contains("code")) {
      doc_.Error("sa.missing_field", "", "\"code\" is missing: say which Complaint Handling Code this assesses against",
                 "add \"code\": \"2024\"");
      return nullptr;
    }
    if (!doc_.ReadString(root, "", "code", &sa_.code, "sa.wrong_type")) return nullptr;
    const CodeCatalogue* catalogue = CodeCatalogue::Get(sa_.code);
    if (!catalogue)
      doc_.Error("sa.code.unknown", "/code", "\"code\" must be \"2024\" or \"2022\", not \"" + sa_.code + "\"",
                 "write \"code\": \"2024\"");
    return catalogue;
  }

  bool ReadDate(const json& object, const std::string& pointer, const std::string& key, std::optional<Date>* out) {
    std::string text;
    if (!doc_.ReadString(object, pointer, key, &text, "sa.wrong_type")) return false;
    std::string why;
    *out = ParseIsoDate(text, &why);
    if (!*out) {
      doc_.Error("sa.date.invalid", JsonPointerAppend(pointer, key), "\"" + text + "\" is not a date: " + why,
                 "write the date as YYYY-MM-DD");
      return false;
    }
    return true;
  }

  void ReadApproved(const json& root) {
    auto it = root.find("approved");
    if (it == root.end()) return;
    JsonPosition p = doc_.Locate("/approved");
    sa_.approved_line = p.line;
    sa_.approved_column = p.column;
    if (!it->is_object()) {
      doc_.Error("sa.wrong_type", "/approved", "\"approved\" must be {\"date\": \"YYYY-MM-DD\", \"by\": \"…\"}",
                 "write \"approved\": {\"date\": \"2025-06-10\", \"by\": \"Board of …\"}", "8.1");
      return;
    }
    doc_.CheckKeys(*it, "/approved", {"date", "by"}, "sa.unknown_key");
    ReadDate(*it, "/approved", "date", &sa_.approved);
    doc_.ReadString(*it, "/approved", "by", &sa_.approved_by, "sa.wrong_type");
  }

  void ReadProvisions(const json& root, const CodeCatalogue* catalogue) {
    auto it = root.find("provisions");
    if (it == root.end()) {
      doc_.Error("sa.missing_field", "", "\"provisions\" is missing: list your answer for each provision of the Code",
                 "add \"provisions\": [{\"id\": \"1.2\", \"comply\": \"yes\", …}]");
      return;
    }
    JsonPosition p = doc_.Locate("/provisions");
    sa_.provisions_line = p.line;
    sa_.provisions_column = p.column;
    if (!it->is_array()) {
      doc_.Error("sa.wrong_type", "/provisions", "\"provisions\" must be a list [...], not " + JsonTypeName(*it),
                 "write \"provisions\": [ {...}, {...} ]");
      return;
    }
    std::map<std::string, int> seen;  // id -> line of its first answer
    for (size_t i = 0; i < it->size(); ++i) {
      ProvisionAnswer answer;
      std::string pointer = JsonPointerAppend("/provisions", i);
      if (!ReadAnswer((*it)[i], pointer, catalogue, &answer)) continue;
      auto [first, inserted] = seen.emplace(answer.id, answer.line);
      if (!inserted) {
        doc_.Error("sa.provision.duplicate", pointer + "/id",
                   "provision " + answer.id + " is answered twice (first at line " + std::to_string(first->second) + ")",
                   "merge the two answers into one");
        continue;
      }
      sa_.answers.push_back(std::move(answer));
    }
  }

  bool ReadAnswer(const json& item, const std::string& pointer, const CodeCatalogue* catalogue, ProvisionAnswer* answer) {
    JsonPosition p = doc_.Locate(pointer);
    answer->line = p.line;
    answer->column = p.column;
    if (!item.is_object()) {
      doc_.Error("sa.wrong_type", pointer, "each answer must be an object {\"id\": …, \"comply\": …}, not " + JsonTypeName(item),
                 "write {\"id\": \"1.2\", \"comply\": \"yes\", \"evidence\": [], \"commentary\": \"…\"}");
      return false;
    }
    doc_.CheckKeys(item, pointer, {"id", "comply", "evidence", "commentary", "explanation", "comply_by"}, "sa.unknown_key");
    bool ok = true;
    if (!doc_.ReadString(item, pointer, "id", &answer->id, "sa.wrong_type")) {
      if (!item.contains("id"))
        doc_.Error("sa.missing_field", pointer, "this answer has no provision \"id\"", "add \"id\": \"1.2\"");
      ok = false;
    } else if (catalogue && !catalogue->Find(answer->id)) {
      doc_.Error("sa.provision.unknown", pointer + "/id",
                 "the " + sa_.code + " Code has no provision \"" + answer->id + "\" (it has " +
                     catalogue->Provisions().front().id + " to " + catalogue->Provisions().back().id + ")",
                 "check the number against the Code, or the file's \"code\"");
      ok = false;
    }
    std::string comply;
    if (!item.contains("comply")) {
      doc_.Error("sa.comply.invalid", pointer, "this answer has no \"comply\"", "add \"comply\": \"yes\" or \"no\"");
      ok = false;
    } else if (!item["comply"].is_string() || (item["comply"] != "yes" && item["comply"] != "no")) {
      std::string shown = item["comply"].is_string() ? "\"" + item["comply"].get<std::string>() + "\"" : item["comply"].dump();
      doc_.Error("sa.comply.invalid", pointer + "/comply", "\"comply\" must be \"yes\" or \"no\", not " + shown,
                 "write \"comply\": \"yes\" or \"comply\": \"no\"");
      ok = false;
    } else {
      answer->comply = item["comply"] == "yes";
    }
    doc_.ReadString(item, pointer, "commentary", &answer->commentary, "sa.wrong_type");
    doc_.ReadString(item, pointer, "explanation", &answer->explanation, "sa.wrong_type");
    if (!ReadEvidence(item, pointer, answer)) ok = false;
    std::optional<Date> comply_by;
    bool has_comply_by = item.contains("comply_by");
    if (has_comply_by) {
      JsonPosition cp = doc_.Locate(pointer + "/comply_by");
      answer->comply_by_line = cp.line;
      answer->comply_by_column = cp.column;
      if (ReadDate(item, pointer, "comply_by", &comply_by)) answer->comply_by = comply_by;
      else ok = false;
    }
    if (!ok) return false;
    // A "no" without an explanation or a date is for the checks to find (core/checks/checks.cc): an error in the
    // latest year, a warning in earlier years, which are published as they were.
    if (answer->comply && has_comply_by)
      doc_.Warning("sa.yes.comply_by", pointer + "/comply_by",
                   "provision " + answer->id + " is answered \"yes\", so \"comply_by\" is not shown",
                   "remove \"comply_by\", or answer \"no\" if it is not yet met");
    return true;
  }

  bool ReadEvidence(const json& item, const std::string& pointer, ProvisionAnswer* answer) {
    auto it = item.find("evidence");
    if (it == item.end()) return true;
    std::string list_pointer = pointer + "/evidence";
    if (!it->is_array()) {
      doc_.Error("sa.wrong_type", list_pointer, "\"evidence\" must be a list of {\"text\": …, \"url\": …}",
                 "write \"evidence\": [{\"text\": \"Complaints policy, section 2\", \"url\": \"/policy/\"}]");
      return false;
    }
    bool ok = true;
    for (size_t i = 0; i < it->size(); ++i) {
      const json& e = (*it)[i];
      std::string ep = JsonPointerAppend(list_pointer, i);
      if (!e.is_object()) {
        doc_.Error("sa.wrong_type", ep, "each piece of evidence must be {\"text\": …, \"url\": …}, not " + JsonTypeName(e),
                   "write {\"text\": \"Complaints policy\", \"url\": \"/policy/\"}");
        ok = false;
        continue;
      }
      doc_.CheckKeys(e, ep, {"text", "url"}, "sa.unknown_key");
      Evidence evidence;
      if (!doc_.ReadString(e, ep, "text", &evidence.text, "sa.wrong_type") || Blank(evidence.text)) {
        if (!e.contains("text") || e["text"].is_string())
          doc_.Error("sa.evidence.missing_text", ep, "this evidence has no \"text\" saying what it is",
                     "add \"text\": \"Complaints policy, section 4\"");
        ok = false;
        continue;
      }
      if (doc_.ReadString(e, ep, "url", &evidence.url, "sa.wrong_type") && ClassifyLink(evidence.url) == LinkKind::Unsafe) {
        UnsafeLinkReason reason = ExplainUnsafeLink(evidence.url);
        doc_.Error("sa.url.unsafe", ep + "/url", "this evidence link is refused: " + reason.why, reason.fix);
        ok = false;
        continue;
      }
      answer->evidence.push_back(std::move(evidence));
    }
    return ok;
  }

  static bool Blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

  JsonDocument& doc_;
  SelfAssessment& sa_;
};

}  // namespace

std::optional<SelfAssessment> ParseSelfAssessment(std::string_view json_text, const std::string& file,
                                                  const std::string& year, std::vector<Diagnostic>* diagnostics) {
  auto doc = JsonDocument::Parse(json_text, file, diagnostics);
  if (!doc) return std::nullopt;
  SelfAssessment sa;
  sa.year = year;
  size_t first = diagnostics->size();
  AssessmentReader(&*doc, &sa).Read();
  SortByPosition(diagnostics, first);
  if (doc->failed()) return std::nullopt;
  return sa;
}

std::vector<std::string> UnansweredProvisions(const SelfAssessment& assessment) {
  std::vector<std::string> missing;
  const CodeCatalogue* catalogue = CodeCatalogue::Get(assessment.code);
  if (!catalogue) return missing;
  std::set<std::string> answered;
  for (const auto& a : assessment.answers) answered.insert(a.id);
  for (const auto& p : catalogue->Provisions())
    if (!answered.count(p.id)) missing.push_back(p.id);
  return missing;
}

}  // namespace cs
