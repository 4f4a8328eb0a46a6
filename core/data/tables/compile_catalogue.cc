// code-2024.json and code-2022.json (the Complaint Handling Code's sections and provisions, with their exact words)
// → core/code's kCatalogues (code_tables.h). Stable codes: code-catalogue.*.
#include <algorithm>

#include "provision_id.h"
#include "rules_file.h"

namespace cs::rules {

namespace {

// One catalogue; false at its first mistake (reported with "code-catalogue.<code>").
class CatalogueReader {
 public:
  explicit CatalogueReader(RulesFile& f) : f_(f) {}

  bool Fail(const char* code, const std::string& pointer, const std::string& where, const std::string& what) {
    f_.Error(pointer, std::string("code-catalogue.") + code, where + ": " + what, "see docs/code-catalogue.md");
    return false;
  }
  bool OptionalString(const json& obj, const char* key, const std::string& pointer, const std::string& where, std::string* out) {
    auto it = obj.find(key);
    if (it == obj.end()) return true;
    if (!it->is_string()) return Fail("wrong-type", pointer + "/" + key, where + "." + key, "must be a string");
    *out = it->get<std::string>();
    return true;
  }
  bool RequiredString(const json& obj, const char* key, const std::string& pointer, const std::string& where, std::string* out) {
    if (!obj.contains(key)) return Fail("missing-field", pointer, where, std::string("\"") + key + "\" is missing");
    if (!OptionalString(obj, key, pointer, where, out)) return false;
    if (out->empty()) return Fail("empty", pointer + "/" + key, where + "." + key, "must not be empty");
    return true;
  }
  bool RequiredInt(const json& obj, const char* key, const std::string& pointer, const std::string& where, int* out) {
    auto it = obj.find(key);
    if (it == obj.end()) return Fail("missing-field", pointer, where, std::string("\"") + key + "\" is missing");
    if (!it->is_number_integer()) return Fail("wrong-type", pointer + "/" + key, where + "." + key, "must be a whole number");
    *out = it->get<int>();
    return true;
  }

  // The catalogue as a table row, with its sections and provisions appended to `tables`.
  bool Read(const std::string& name, std::string* tables, std::string* row, std::string* code) {
    const json& doc = f_.root();
    if (!doc.is_object()) return Fail("wrong-type", "", "catalogue", "must be a JSON object");
    std::string title, publisher, licence, attribution, licence_url, source_url;
    const std::string top = "catalogue";
    if (!RequiredString(doc, "code", "", top, code) || !RequiredString(doc, "title", "", top, &title) ||
        !OptionalString(doc, "publisher", "", top, &publisher) || !OptionalString(doc, "licence", "", top, &licence) ||
        !OptionalString(doc, "attribution", "", top, &attribution) ||
        !OptionalString(doc, "licence_url", "", top, &licence_url) || !OptionalString(doc, "source_url", "", top, &source_url))
      return false;
    for (const char* list : {"sections", "provisions"}) {
      if (!doc.contains(list)) return Fail("missing-field", "", top, std::string("\"") + list + "\" is missing");
      if (!doc[list].is_array()) return Fail("wrong-type", std::string("/") + list, list, "must be an array");
      if (doc[list].empty()) return Fail("empty", std::string("/") + list, list, "must list at least one entry");
    }
    std::vector<int> numbers;
    std::string sections = "const Section kSections" + name + "[] = {";
    const json& section_list = doc["sections"];
    for (size_t i = 0; i < section_list.size(); ++i) {
      const std::string where = "sections[" + std::to_string(i) + "]", at = "/sections/" + std::to_string(i);
      if (!section_list[i].is_object()) return Fail("wrong-type", at, where, "must be an object with \"number\" and \"title\"");
      int number = 0;
      std::string section_title;
      if (!RequiredInt(section_list[i], "number", at, where, &number) ||
          !RequiredString(section_list[i], "title", at, where, &section_title))
        return false;
      if (std::find(numbers.begin(), numbers.end(), number) != numbers.end())
        return Fail("duplicate-section", at + "/number", where + ".number", "section " + std::to_string(number) + " is listed twice");
      numbers.push_back(number);
      sections += "{" + std::to_string(number) + ", " + Lit(section_title) + "}, ";
    }
    std::vector<std::string> ids;
    std::string provisions = "const Provision kProvisions" + name + "[] = {\n";
    const json& provision_list = doc["provisions"];
    for (size_t i = 0; i < provision_list.size(); ++i) {
      const std::string where = "provisions[" + std::to_string(i) + "]", at = "/provisions/" + std::to_string(i);
      const json& p = provision_list[i];
      if (!p.is_object()) return Fail("wrong-type", at, where, "must be an object with \"id\", \"section\" and \"text\"");
      std::string id, text, kind;
      int section = 0;
      if (!RequiredString(p, "id", at, where, &id) || !RequiredInt(p, "section", at, where, &section) ||
          !RequiredString(p, "text", at, where, &text) || !OptionalString(p, "kind", at, where, &kind))
        return false;
      auto parsed = ParseProvisionId(id);
      if (!parsed) return Fail("bad-id", at + "/id", where + ".id", "\"" + id + "\" is not a provision id like \"6.3\"");
      if (parsed->first != section || std::find(numbers.begin(), numbers.end(), section) == numbers.end())
        return Fail("unknown-section", at + "/section", where + ".section",
                    "provision " + id + " must be in a listed section numbered " + std::to_string(parsed->first));
      if (!kind.empty() && kind != "must" && kind != "should")
        return Fail("bad-kind", at + "/kind", where + ".kind", "must be \"must\" or \"should\", not \"" + kind + "\"");
      if (std::find(ids.begin(), ids.end(), id) != ids.end())
        return Fail("duplicate-id", at + "/id", where + ".id", "provision " + id + " is listed twice");
      ids.push_back(id);
      provisions += "    {" + Lit(id) + ", " + std::to_string(section) + ", " + Lit(text) + ", " + Lit(kind) + "},\n";
    }
    *tables += sections + "};\n" + provisions + "};\n";
    *row = "{" + Lit(*code) + ", " + Lit(title) + ", " + Lit(publisher) + ", " + Lit(licence) + ", " + Lit(attribution) + ", " +
           Lit(licence_url) + ", " + Lit(source_url) + ", kSections" + name + ", " + std::to_string(numbers.size()) +
           ", kProvisions" + name + ", " + std::to_string(ids.size()) + "}";
    return true;
  }

 private:
  RulesFile& f_;
};

}  // namespace

std::string CompileCatalogues(const std::vector<RulesText>& data, std::vector<Diagnostic>* diagnostics) {
  std::string tables;
  std::vector<std::pair<std::string, std::string>> rows;  // code, row
  bool ok = true;
  for (size_t i = 0; i < data.size(); ++i) {
    size_t before = diagnostics->size();
    RulesFile f(data[i], diagnostics);
    if (!f.ok()) {
      // A syntax error: say so with the catalogue's own code too, as the tests and docs name it.
      for (size_t d = before; d < diagnostics->size(); ++d) (*diagnostics)[d].code = "code-catalogue.not-json";
      ok = false;
      continue;
    }
    std::string row, code;
    if (!CatalogueReader(f).Read(std::to_string(i), &tables, &row, &code)) {
      ok = false;
      continue;
    }
    rows.push_back({code, row});
  }
  if (!ok) return {};
  std::sort(rows.begin(), rows.end());
  std::string out = "namespace {\n\n" + tables + "\n}  // namespace\n\nconst Catalogue kCatalogues[] = {\n";
  for (const auto& [code, row] : rows) out += "    " + row + ",\n";
  return out + "};\nconst int kCatalogueCount = " + std::to_string(rows.size()) + ";\n";
}

}  // namespace cs::rules
