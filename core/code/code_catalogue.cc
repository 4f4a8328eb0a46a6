// Loads and queries the Complaint Handling Code catalogues.
#include "code_catalogue.h"

#include <nlohmann/json.hpp>

#include "embedded_data.h"

namespace cs {

using nlohmann::json;

namespace {

bool ParseNumber(std::string_view s, int* out) {
  if (s.empty() || s.size() > 4) return false;
  if (s.size() > 1 && s[0] == '0') return false;
  int n = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    n = n * 10 + (c - '0');
  }
  *out = n;
  return true;
}

bool Fail(std::string* error, const char* code, const std::string& where, const std::string& what) {
  if (error) *error = std::string("code-catalogue.") + code + ": " + where + ": " + what;
  return false;
}

/// Reads an optional string member; a present member of another type is an error.
bool OptionalString(const json& obj, const char* key, const std::string& where, std::string* out,
                    std::string* error) {
  auto it = obj.find(key);
  if (it == obj.end()) return true;
  if (!it->is_string()) return Fail(error, "wrong-type", where + "." + key, "must be a string");
  *out = it->get<std::string>();
  return true;
}

bool RequiredString(const json& obj, const char* key, const std::string& where, std::string* out,
                    std::string* error) {
  if (!obj.contains(key)) return Fail(error, "missing-field", where, std::string("\"") + key + "\" is missing");
  if (!OptionalString(obj, key, where, out, error)) return false;
  if (out->empty()) return Fail(error, "empty", where + "." + key, "must not be empty");
  return true;
}

bool RequiredInt(const json& obj, const char* key, const std::string& where, int* out, std::string* error) {
  auto it = obj.find(key);
  if (it == obj.end()) return Fail(error, "missing-field", where, std::string("\"") + key + "\" is missing");
  if (!it->is_number_integer()) return Fail(error, "wrong-type", where + "." + key, "must be a whole number");
  *out = it->get<int>();
  return true;
}

}  // namespace

std::optional<std::pair<int, int>> ParseProvisionId(std::string_view id) {
  size_t dot = id.find('.');
  if (dot == std::string_view::npos) return std::nullopt;
  int major = 0, minor = 0;
  if (!ParseNumber(id.substr(0, dot), &major) || !ParseNumber(id.substr(dot + 1), &minor)) return std::nullopt;
  return std::make_pair(major, minor);
}

bool CodeCatalogue::IdLess(std::string_view a, std::string_view b) {
  auto pa = ParseProvisionId(a), pb = ParseProvisionId(b);
  if (pa && pb) return *pa < *pb;
  if (pa || pb) return bool(pa);
  return a < b;
}

std::optional<CodeCatalogue> CodeCatalogue::Parse(std::string_view json_text, std::string* error) {
  json doc = json::parse(json_text.begin(), json_text.end(), nullptr, false);
  if (doc.is_discarded()) {
    Fail(error, "not-json", "catalogue", "is not valid JSON");
    return std::nullopt;
  }
  if (!doc.is_object()) {
    Fail(error, "wrong-type", "catalogue", "must be a JSON object");
    return std::nullopt;
  }
  CodeCatalogue c;
  const std::string top = "catalogue";
  if (!RequiredString(doc, "code", top, &c.code_, error) || !RequiredString(doc, "title", top, &c.title_, error) ||
      !OptionalString(doc, "publisher", top, &c.publisher_, error) ||
      !OptionalString(doc, "licence", top, &c.licence_, error) ||
      !OptionalString(doc, "attribution", top, &c.attribution_, error) ||
      !OptionalString(doc, "licence_url", top, &c.licence_url_, error) ||
      !OptionalString(doc, "source_url", top, &c.source_url_, error))
    return std::nullopt;

  for (const char* list : {"sections", "provisions"}) {
    if (!doc.contains(list)) {
      Fail(error, "missing-field", top, std::string("\"") + list + "\" is missing");
      return std::nullopt;
    }
    if (!doc[list].is_array()) {
      Fail(error, "wrong-type", list, "must be an array");
      return std::nullopt;
    }
    if (doc[list].empty()) {
      Fail(error, "empty", list, "must list at least one entry");
      return std::nullopt;
    }
  }

  const json& sections = doc["sections"];
  for (size_t i = 0; i < sections.size(); ++i) {
    const std::string where = "sections[" + std::to_string(i) + "]";
    if (!sections[i].is_object()) {
      Fail(error, "wrong-type", where, "must be an object with \"number\" and \"title\"");
      return std::nullopt;
    }
    CodeSection s;
    if (!RequiredInt(sections[i], "number", where, &s.number, error) ||
        !RequiredString(sections[i], "title", where, &s.title, error))
      return std::nullopt;
    if (c.Section(s.number)) {
      Fail(error, "duplicate-section", where + ".number", "section " + std::to_string(s.number) + " is listed twice");
      return std::nullopt;
    }
    c.sections_.push_back(s);
  }

  const json& provisions = doc["provisions"];
  for (size_t i = 0; i < provisions.size(); ++i) {
    const std::string where = "provisions[" + std::to_string(i) + "]";
    if (!provisions[i].is_object()) {
      Fail(error, "wrong-type", where, "must be an object with \"id\", \"section\" and \"text\"");
      return std::nullopt;
    }
    Provision p;
    if (!RequiredString(provisions[i], "id", where, &p.id, error) ||
        !RequiredInt(provisions[i], "section", where, &p.section, error) ||
        !RequiredString(provisions[i], "text", where, &p.text, error) ||
        !OptionalString(provisions[i], "kind", where, &p.kind, error))
      return std::nullopt;
    auto id = ParseProvisionId(p.id);
    if (!id) {
      Fail(error, "bad-id", where + ".id", "\"" + p.id + "\" is not a provision id like \"6.3\"");
      return std::nullopt;
    }
    if (id->first != p.section || !c.Section(p.section)) {
      Fail(error, "unknown-section", where + ".section",
           "provision " + p.id + " must be in a listed section numbered " + std::to_string(id->first));
      return std::nullopt;
    }
    if (!p.kind.empty() && p.kind != "must" && p.kind != "should") {
      Fail(error, "bad-kind", where + ".kind", "must be \"must\" or \"should\", not \"" + p.kind + "\"");
      return std::nullopt;
    }
    if (c.Find(p.id)) {
      Fail(error, "duplicate-id", where + ".id", "provision " + p.id + " is listed twice");
      return std::nullopt;
    }
    c.provisions_.push_back(std::move(p));
  }
  return c;
}

const CodeCatalogue* CodeCatalogue::Get(std::string_view code) {
  auto load = [](const char* file) -> std::optional<CodeCatalogue> {
    std::string_view text = EmbeddedDataFile(file);
    if (text.empty()) return std::nullopt;
    return Parse(text, nullptr);
  };
  static const std::optional<CodeCatalogue> k2024 = load("code-2024.json");
  static const std::optional<CodeCatalogue> k2022 = load("code-2022.json");
  const std::optional<CodeCatalogue>* found = code == "2024" ? &k2024 : code == "2022" ? &k2022 : nullptr;
  if (!found || !*found || (*found)->Code() != code) return nullptr;
  return &**found;
}

const CodeSection* CodeCatalogue::Section(int number) const {
  for (const auto& s : sections_)
    if (s.number == number) return &s;
  return nullptr;
}

const Provision* CodeCatalogue::Find(std::string_view id) const {
  for (const auto& p : provisions_)
    if (p.id == id) return &p;
  return nullptr;
}

std::vector<const Provision*> CodeCatalogue::InSection(int number) const {
  std::vector<const Provision*> out;
  for (const auto& p : provisions_)
    if (p.section == number) out.push_back(&p);
  return out;
}

}  // namespace cs
