// Tests for core/site_config: every site.json rule, its code and position; the bundled example's site.json.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "front_matter.h"
#include "self_assessment.h"
#include "site_config.h"

namespace {

struct Parsed {
  std::optional<cs::SiteConfig> config;
  std::vector<cs::Diagnostic> diagnostics;
};

Parsed Parse(const std::string& text) {
  Parsed p;
  p.config = cs::ParseSiteConfig(text, "content/site.json", &p.diagnostics);
  return p;
}

// A minimal valid site.json with `extra` members inserted after the name (each line ends with a comma).
std::string Site(const std::string& extra = "", const std::string& channels = "") {
  return "{\n"
         "  \"landlord_name\": \"Test Homes\",\n" +
         extra +
         "  \"senior_lead\": {\"name\": \"A\", \"role\": \"Director\"},\n"
         "  \"member_responsible\": {\"name\": \"B\", \"role\": \"Board member\"},\n"
         "  \"channels\": [\n" +
         (channels.empty() ? "    {\"kind\": \"phone\", \"value\": \"0300 123 4567\"},\n"
                             "    {\"kind\": \"email\", \"value\": \"complaints@test.org\"}\n"
                           : channels) +
         "  ]\n"
         "}\n";
}

const cs::Diagnostic* FindCode(const Parsed& p, const std::string& code) {
  for (const auto& d : p.diagnostics)
    if (d.code == code) return &d;
  return nullptr;
}

std::string Where(const cs::Diagnostic* d) {
  return d ? std::to_string(d->line) + ":" + std::to_string(d->column) : "none";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

TEST_CASE("a minimal site.json parses with defaults") {
  Parsed p = Parse(Site());
  REQUIRE(p.config);
  CHECK(p.diagnostics.empty());
  CHECK(p.config->landlord_name == "Test Homes");
  CHECK(p.config->nation == "england-and-wales");
  CHECK(p.config->code == "2024");
  CHECK(p.config->brand_colour == "#1d5b79");
  CHECK_FALSE(p.config->allow_raw_html);
  REQUIRE(p.config->channels.size() == 2);
  CHECK(p.config->channels[0].url == "tel:03001234567");
  CHECK(p.config->channels[1].url == "mailto:complaints@test.org");
  CHECK(p.config->ombudsman.phone == "0300 111 3000");
}

TEST_CASE("site.json: required fields, types and unknown keys") {
  SUBCASE("landlord_name missing") {
    Parsed p = Parse("{\"channels\": [{\"kind\": \"phone\", \"value\": \"0300 123 4567\"}, {\"kind\": \"post\", \"value\": \"1 Street\"}]}");
    CHECK_FALSE(p.config);
    CHECK(Where(FindCode(p, "site.missing_field")) == "1:1");
  }
  SUBCASE("not an object") {
    Parsed p = Parse("[1]");
    CHECK(FindCode(p, "site.not_object"));
  }
  SUBCASE("wrong type") {
    Parsed p = Parse(Site("  \"opening_hours\": 9,\n"));
    CHECK_FALSE(p.config);
    CHECK(Where(FindCode(p, "site.wrong_type")) == "3:20");
  }
  SUBCASE("unknown key with a suggestion is a warning at the key") {
    Parsed p = Parse(Site("  \"brand_color\": \"#000000\",\n"));
    REQUIRE(p.config);
    const cs::Diagnostic* d = FindCode(p, "site.unknown_key");
    REQUIRE(d);
    CHECK(d->severity == cs::Severity::Warning);
    CHECK(Where(d) == "3:3");
    CHECK(d->message.find("did you mean \"brand_colour\"") != std::string::npos);
  }
  SUBCASE("unknown key inside a channel") {
    Parsed p = Parse(Site("", "    {\"kind\": \"phone\", \"valeu\": \"1\", \"value\": \"0300 123 4567\"},\n    {\"kind\": \"post\", \"value\": \"x\"}\n"));
    const cs::Diagnostic* d = FindCode(p, "site.unknown_key");
    REQUIRE(d);
    CHECK(d->message.find("\"value\"") != std::string::npos);
  }
  SUBCASE("$schema is allowed") {
    Parsed p = Parse(Site("  \"$schema\": \"../schemas/site.schema.json\",\n"));
    CHECK(p.diagnostics.empty());
  }
  SUBCASE("syntax errors and duplicate keys come from the scanner") {
    Parsed p = Parse(Site("  \"nation\": \"scotland\",\n  \"nation\": \"england-and-wales\",\n"));
    CHECK_FALSE(p.config);
    CHECK(Where(FindCode(p, "json.duplicate_key")) == "4:3");
    Parsed q = Parse(Site("  \"code\": \"2024\",,\n"));
    CHECK(Where(FindCode(q, "json.syntax")) == "3:18");
  }
}

TEST_CASE("site.json: nation and code") {
  Parsed p = Parse(Site("  \"nation\": \"england\",\n"));
  CHECK_FALSE(p.config);
  const cs::Diagnostic* d = FindCode(p, "site.nation.unknown");
  REQUIRE(d);
  CHECK(Where(d) == "3:13");
  CHECK(d->message.find("england-and-wales, scotland, northern-ireland") != std::string::npos);
  CHECK(cs::FormatDiagnostic(*d).rfind("content/site.json:3:13: error: \"nation\" must be one of", 0) == 0);

  // Another nation parses (the engine keeps its calendar); that the Code applies in England only is an error of
  // the checks (site.nation.outside_england, tests/checks/checks_test.cc), not of the file.
  Parsed scot = Parse(Site("  \"nation\": \"scotland\",\n"));
  REQUIRE(scot.config);
  CHECK(scot.config->nation == "scotland");

  Parsed bad = Parse(Site("  \"code\": \"2021\",\n"));
  CHECK(Where(FindCode(bad, "site.code.unknown")) == "3:11");
  Parsed old = Parse(Site("  \"code\": \"2022\",\n"));
  REQUIRE(old.config);
  CHECK(FindCode(old, "site.code.superseded"));
  // A language code is accepted (whether its words exist is the generator's question); anything else, which
  // would otherwise name a file path, is an error.
  for (const char* good : {"cy", "en", "en-GB", "gsw"}) {
    Parsed lang = Parse(Site(std::string("  \"language\": \"") + good + "\",\n"));
    REQUIRE(lang.config);
    CHECK(lang.config->language == good);
    CHECK_FALSE(FindCode(lang, "site.language.invalid"));
  }
  for (const char* bad : {"Welsh", "../../etc/passwd", "c", "cy/", "cy-", "CY", "en_GB", ""}) {
    Parsed lang = Parse(Site(std::string("  \"language\": \"") + bad + "\",\n"));
    CAPTURE(bad);
    CHECK_FALSE(lang.config);
    CHECK(Where(FindCode(lang, "site.language.invalid")) == "3:15");
  }
}

TEST_CASE("site.json: channels (Code 3.1)") {
  SUBCASE("fewer than two kinds") {
    Parsed p = Parse(Site("", "    {\"kind\": \"phone\", \"value\": \"0300 123 4567\"},\n    {\"kind\": \"phone\", \"value\": \"0300 765 4321\"}\n"));
    CHECK_FALSE(p.config);
    const cs::Diagnostic* d = FindCode(p, "site.channels.too_few");
    REQUIRE(d);
    CHECK(d->provision == "3.1");
    CHECK(Where(d) == "5:15");
  }
  SUBCASE("missing list") {
    Parsed p = Parse("{\"landlord_name\": \"X\"}");
    CHECK(FindCode(p, "site.channels.too_few"));
  }
  SUBCASE("unknown kind with a suggestion") {
    Parsed p = Parse(Site("", "    {\"kind\": \"webform\", \"url\": \"https://x.org/form\"},\n    {\"kind\": \"post\", \"value\": \"x\"}\n"));
    const cs::Diagnostic* d = FindCode(p, "site.channels.kind.unknown");
    REQUIRE(d);
    CHECK(Where(d) == "6:14");
    CHECK(d->message.find("web_form") != std::string::npos);
    CHECK_FALSE(FindCode(p, "site.channels.too_few"));
  }
  SUBCASE("formats") {
    Parsed phone = Parse(Site("", "    {\"kind\": \"phone\", \"value\": \"call us\"},\n    {\"kind\": \"post\", \"value\": \"x\"}\n"));
    CHECK(Where(FindCode(phone, "site.channels.phone.invalid")) == "6:32");
    Parsed email = Parse(Site("", "    {\"kind\": \"email\", \"value\": \"complaints at x.org\"},\n    {\"kind\": \"post\", \"value\": \"x\"}\n"));
    CHECK(FindCode(email, "site.channels.email.invalid"));
    Parsed empty = Parse(Site("", "    {\"kind\": \"post\"},\n    {\"kind\": \"email\", \"value\": \"a@b.org\"}\n"));
    CHECK(FindCode(empty, "site.channels.value.missing"));
    Parsed form = Parse(Site("", "    {\"kind\": \"web_form\", \"value\": \"Our form\"},\n    {\"kind\": \"post\", \"value\": \"x\"}\n"));
    CHECK(FindCode(form, "site.channels.url.invalid"));
  }
  SUBCASE("textphone gets a tel: link from its leading number") {
    Parsed p = Parse(Site("", "    {\"kind\": \"textphone\", \"value\": \"18001 0300 123 4567\"},\n    {\"kind\": \"post\", \"value\": \"x\"}\n"));
    REQUIRE(p.config);
    CHECK(p.config->channels[0].url == "tel:1800103001234567");
  }
  SUBCASE("web form value becomes the link") {
    Parsed p = Parse(Site("", "    {\"kind\": \"web_form\", \"value\": \"https://x.org/complain\"},\n    {\"kind\": \"post\", \"value\": \"x\"}\n"));
    REQUIRE(p.config);
    CHECK(p.config->channels[0].url == "https://x.org/complain");
  }
}

TEST_CASE("site.json: unsafe and invalid URLs") {
  const char* unsafe[] = {"javascript:alert(1)", "JavaScript:alert(1)", " data:text/html,x", "vbscript:x", "//evil.example/"};
  for (const char* url : unsafe) {
    CAPTURE(url);
    Parsed p = Parse(Site("", std::string("    {\"kind\": \"web_form\", \"url\": \"") + url +
                                  "\"},\n    {\"kind\": \"post\", \"value\": \"x\"}\n"));
    CHECK_FALSE(p.config);
    CHECK(Where(FindCode(p, "site.url.unsafe")) == "6:33");
  }
  Parsed website = Parse(Site("  \"website_url\": \"javascript:alert(1)\",\n"));
  CHECK(Where(FindCode(website, "site.url.unsafe")) == "3:18");
  Parsed relative = Parse(Site("  \"website_url\": \"www.example.org\",\n"));
  CHECK(FindCode(relative, "site.url.invalid"));
  Parsed base = Parse(Site("  \"base_url\": \"https://x.org/complaints\",\n"));
  REQUIRE(base.config);
  CHECK(base.config->base_url == "https://x.org/complaints/");
  CHECK(FindCode(base, "site.base_url.trailing_slash"));
  Parsed ombudsman = Parse(Site("  \"ombudsman\": {\"online_form\": \"data:text/html,x\"},\n"));
  CHECK(FindCode(ombudsman, "site.url.unsafe"));
}

TEST_CASE("site.json: a refused link says what is wrong with it (core/link_safety ExplainUnsafeLink)") {
  struct Case {
    const char* json_url;  // as written inside the JSON string
    const char* why;
    const char* fix;
  };
  const Case cases[] = {
      {"javascript:alert(1)", "\"javascript:\" links run code", "https://"},
      {"//evil.example/", "starts with //", "https://evil.example/"},
      {"https://x.org/a\\\\b", "backslash", "write / instead of \\"},
      {"https://x.org/a\\tb", "a tab", "without the hidden character"},
      {"form:1/x", "\"form:\" links are not web", "https://"},
      {"a b:c", "':' before its first '/'", "/a b:c"},
      {"x&#58;y", "'&' before its first '/'", "&#58;"},
  };
  for (const Case& c : cases) {
    std::string json_url = c.json_url;
    CAPTURE(json_url);
    Parsed p = Parse(Site("", std::string("    {\"kind\": \"web_form\", \"url\": \"") + c.json_url +
                                  "\"},\n    {\"kind\": \"post\", \"value\": \"x\"}\n"));
    const cs::Diagnostic* d = FindCode(p, "site.url.unsafe");
    REQUIRE(d);
    CHECK(d->message.find(c.why) != std::string::npos);
    CHECK(d->fix.find(c.fix) != std::string::npos);
    // The old wording blamed a missing scheme or "//" whatever the link was.
    CHECK(d->message.find("without saying how") == std::string::npos);
  }
}

TEST_CASE("site.json: people (Code 9.4, 9.5)") {
  Parsed p = Parse("{\"landlord_name\": \"X\", \"channels\": [{\"kind\": \"phone\", \"value\": \"0300 123 4567\"}, "
                   "{\"kind\": \"post\", \"value\": \"x\"}]}");
  REQUIRE(p.config);
  const cs::Diagnostic* lead = FindCode(p, "site.senior_lead.missing");
  REQUIRE(lead);
  CHECK(lead->severity == cs::Severity::Warning);
  CHECK(lead->provision == "9.4");
  const cs::Diagnostic* mrc = FindCode(p, "site.member_responsible.missing");
  REQUIRE(mrc);
  CHECK(mrc->provision == "9.5");
  Parsed empty = Parse(Site("  \"senior_lead\": {\"name\": \"\"},\n"));
  CHECK(FindCode(empty, "json.duplicate_key"));  // Site() already has one
  Parsed type = Parse("{\"landlord_name\": \"X\", \"senior_lead\": \"Jo\", \"channels\": []}");
  CHECK(FindCode(type, "site.wrong_type"));
}

TEST_CASE("site.json: brand colour, logo, closures, ombudsman, raw HTML") {
  Parsed colour = Parse(Site("  \"brand_colour\": \"blue\",\n"));
  CHECK(Where(FindCode(colour, "site.brand_colour.invalid")) == "3:19");
  Parsed pale = Parse(Site("  \"brand_colour\": \"#ffcc00\",\n"));
  REQUIRE(pale.config);
  const cs::Diagnostic* contrast = FindCode(pale, "site.brand_colour.contrast");
  REQUIRE(contrast);
  CHECK(contrast->message.find("1.5:1") != std::string::npos);
  Parsed dark = Parse(Site("  \"brand_colour\": \"#1D5B79\",\n"));
  CHECK(dark.diagnostics.empty());

  CHECK(FindCode(Parse(Site("  \"logo\": \"../secret.png\",\n")), "site.logo.outside_content"));
  CHECK(FindCode(Parse(Site("  \"logo\": \"/etc/logo.png\",\n")), "site.logo.outside_content"));
  CHECK(FindCode(Parse(Site("  \"logo\": \"logo.txt\",\n")), "site.logo.type"));
  CHECK(Parse(Site("  \"logo\": \"images/logo.svg\",\n")).diagnostics.empty());

  Parsed closures = Parse(Site("  \"closures\": [\"2026-12-29\", {\"date\": \"2026-12-30\", \"title\": \"Staff training\"}, \"2026-12-29\"],\n"));
  REQUIRE(closures.config);
  REQUIRE(closures.config->closures.size() == 2);
  CHECK(closures.config->closures[1].title == "Staff training");
  CHECK(Where(FindCode(closures, "site.closures.duplicate")) == "3:81");
  Parsed bad_date = Parse(Site("  \"closures\": [\"2026-02-30\"],\n"));
  const cs::Diagnostic* d = FindCode(bad_date, "site.closures.invalid_date");
  REQUIRE(d);
  CHECK(Where(d) == "3:16");
  CHECK(d->message.find("February") != std::string::npos);

  Parsed ombudsman = Parse(Site("  \"ombudsman\": {\"phone\": \"0300 111 3001\", \"last_checked\": \"2026-13-01\"},\n"));
  CHECK(FindCode(ombudsman, "site.ombudsman.invalid_date"));
  Parsed merged = Parse(Site("  \"ombudsman\": {\"phone\": \"0300 111 3001\"},\n"));
  REQUIRE(merged.config);
  CHECK(merged.config->ombudsman.phone == "0300 111 3001");
  CHECK(merged.config->ombudsman.website == cs::OmbudsmanInfo().website);

  Parsed raw = Parse(Site("  \"allow_raw_html\": \"yes\",\n"));
  CHECK(FindCode(raw, "site.wrong_type"));
  Parsed raw_ok = Parse(Site("  \"allow_raw_html\": true,\n"));
  REQUIRE(raw_ok.config);
  CHECK(raw_ok.config->allow_raw_html);
}

TEST_CASE("site.json: diagnostics come out in file order") {
  Parsed p = Parse(Site("  \"nation\": \"narnia\",\n  \"brand_colour\": \"red\",\n  \"colour\": 1,\n"));
  REQUIRE(p.diagnostics.size() >= 3);
  for (size_t i = 1; i < p.diagnostics.size(); ++i) CHECK(p.diagnostics[i - 1].line <= p.diagnostics[i].line);
}

TEST_CASE("the bundled example site.json parses without findings") {
  Parsed p = Parse(ReadFile(std::string(SOURCE_DIRECTORY) + "/content/site.json"));
  for (const auto& d : p.diagnostics) MESSAGE(cs::FormatDiagnostic(d));
  REQUIRE(p.config);
  CHECK(p.diagnostics.empty());
  CHECK(p.config->landlord_name == "Example Homes");
  CHECK(p.config->channels.size() >= 4);
  CHECK(p.config->closures.size() >= 3);
  CHECK_FALSE(p.config->senior_lead.name.empty());
  CHECK_FALSE(p.config->member_responsible.name.empty());
}

// --- schemas/: a minimal JSON Schema validator for the subset the schemas use, run over the example content ---

namespace {

using nlohmann::json;

class MiniSchema {
 public:
  explicit MiniSchema(json schema) : root_(std::move(schema)) {}

  std::vector<std::string> Validate(const json& value) const {
    std::vector<std::string> errors;
    Check(root_, value, "", &errors);
    return errors;
  }

 private:
  const json& Resolve(const json& s) const {
    if (s.contains("$ref")) {
      std::string ref = s["$ref"].get<std::string>();
      REQUIRE(ref.rfind("#/$defs/", 0) == 0);
      return root_["$defs"][ref.substr(8)];
    }
    return s;
  }

  static bool HasType(const json& v, const std::string& type) {
    if (type == "string") return v.is_string();
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "boolean") return v.is_boolean();
    if (type == "integer") return v.is_number_integer();
    if (type == "number") return v.is_number();
    FAIL("schema uses a type the mini validator does not know: " << type);
    return false;
  }

  void Check(const json& schema_in, const json& v, const std::string& at, std::vector<std::string>* errors) const {
    const json& s = Resolve(schema_in);
    static const std::vector<std::string> understood = {
        "$schema", "$id",   "$defs",   "$ref",     "title",     "description", "type",  "required", "properties",
        "additionalProperties", "enum", "pattern", "items", "minItems", "minLength", "minimum", "anyOf", "default"};
    for (auto it = s.begin(); it != s.end(); ++it)
      CHECK_MESSAGE(std::find(understood.begin(), understood.end(), it.key()) != understood.end(),
                    "schema keyword not checked by the test: " << it.key());
    if (s.contains("anyOf")) {
      for (const auto& option : s["anyOf"]) {
        std::vector<std::string> sub;
        Check(option, v, at, &sub);
        if (sub.empty()) return;
      }
      errors->push_back(at + ": matches none of the allowed forms");
      return;
    }
    if (s.contains("type") && !HasType(v, s["type"].get<std::string>())) {
      errors->push_back(at + ": should be " + s["type"].get<std::string>());
      return;
    }
    if (s.contains("enum") && std::find(s["enum"].begin(), s["enum"].end(), v) == s["enum"].end())
      errors->push_back(at + ": " + v.dump() + " is not allowed");
    if (s.contains("pattern") && v.is_string() &&
        !std::regex_search(v.get<std::string>(), std::regex(s["pattern"].get<std::string>())))
      errors->push_back(at + ": " + v.dump() + " does not match " + s["pattern"].get<std::string>());
    if (s.contains("minLength") && v.is_string() && v.get<std::string>().size() < s["minLength"].get<size_t>())
      errors->push_back(at + ": too short");
    if (s.contains("minimum") && v.is_number() && v.get<double>() < s["minimum"].get<double>())
      errors->push_back(at + ": below the minimum");
    if (v.is_array()) {
      if (s.contains("minItems") && v.size() < s["minItems"].get<size_t>()) errors->push_back(at + ": too few items");
      if (s.contains("items"))
        for (size_t i = 0; i < v.size(); ++i) Check(s["items"], v[i], at + "/" + std::to_string(i), errors);
    }
    if (v.is_object()) {
      if (s.contains("required"))
        for (const auto& key : s["required"])
          if (!v.contains(key.get<std::string>())) errors->push_back(at + ": missing " + key.get<std::string>());
      const json empty = json::object();
      const json& properties = s.contains("properties") ? s["properties"] : empty;
      for (auto it = v.begin(); it != v.end(); ++it) {
        if (properties.contains(it.key())) Check(properties[it.key()], it.value(), at + "/" + it.key(), errors);
        else if (s.contains("additionalProperties") && s["additionalProperties"] == false)
          errors->push_back(at + ": unknown key " + it.key());
      }
    }
  }

  json root_;
};

MiniSchema LoadSchema(const std::string& name) {
  json schema = json::parse(ReadFile(std::string(SOURCE_DIRECTORY) + "/schemas/" + name), nullptr, false);
  REQUIRE_FALSE(schema.is_discarded());
  CHECK(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
  return MiniSchema(schema);
}

json LoadJson(const std::string& path) {
  json value = json::parse(ReadFile(path), nullptr, false);
  REQUIRE_FALSE(value.is_discarded());
  return value;
}

void ExpectValid(const MiniSchema& schema, const json& value, const std::string& what) {
  std::vector<std::string> errors = schema.Validate(value);
  for (const auto& e : errors) MESSAGE(what << e);
  CHECK_MESSAGE(errors.empty(), what);
}

}  // namespace

TEST_CASE("schemas: the mini validator catches what the schemas forbid") {
  MiniSchema site = LoadSchema("site.schema.json");
  json good = {{"landlord_name", "X"},
               {"channels", {{{"kind", "phone"}, {"value", "0300 123 4567"}}, {{"kind", "post"}, {"value", "x"}}}},
               {"closures", {"2026-12-29", {{"date", "2026-12-30"}, {"title", "Closed"}}}}};
  CHECK(site.Validate(good).empty());
  json bad = good;
  bad["colour"] = "#000000";
  bad["nation"] = "england";
  bad["channels"][0]["kind"] = "fax";
  bad["channels"][1]["url"] = "javascript:alert(1)";
  bad["closures"][0] = "29/12/2026";
  bad["allow_raw_html"] = "no";
  std::vector<std::string> errors = site.Validate(bad);
  CHECK(errors.size() == 6);
  json few = good;
  few["channels"].erase(1);
  CHECK(site.Validate(few).size() == 1);
}

TEST_CASE("schemas: the Ombudsman defaults in site.schema.json are the built-in ones") {
  // core/content/site_config.h states the Ombudsman's details once; the schema (and the docs made from it) repeat them
  // for editors, so they must not drift apart.
  json schema = LoadJson(std::string(SOURCE_DIRECTORY) + "/schemas/site.schema.json");
  REQUIRE(schema["properties"]["ombudsman"]["$ref"] == "#/$defs/ombudsman");
  const json& fields = schema["$defs"]["ombudsman"]["properties"];
  const cs::OmbudsmanInfo defaults;
  const std::pair<const char*, const std::string*> expected[] = {{"name", &defaults.name},
                                                                 {"phone", &defaults.phone},
                                                                 {"post", &defaults.post},
                                                                 {"website", &defaults.website},
                                                                 {"online_form", &defaults.online_form}};
  for (const auto& [key, value] : expected) {
    REQUIRE_MESSAGE(fields.contains(key), key);
    CHECK_MESSAGE(fields[key].value("default", "") == *value, key);
  }
}

TEST_CASE("schemas: every example content file has only keys its schema knows") {
  const std::string content = std::string(SOURCE_DIRECTORY) + "/content";
  ExpectValid(LoadSchema("site.schema.json"), LoadJson(content + "/site.json"), "site.json");
  MiniSchema sa = LoadSchema("self-assessment.schema.json");
  for (const char* year : {"2023-24", "2024-25", "2025-26"})
    ExpectValid(sa, LoadJson(content + "/self-assessments/" + year + ".json"), year);
  MiniSchema report = LoadSchema("annual-report.schema.json");
  int reports = 0;
  for (const char* year : {"2024-25", "2025-26"}) {
    std::string path = content + "/annual-reports/" + year + ".json";
    if (!std::ifstream(path)) continue;
    ++reports;
    ExpectValid(report, LoadJson(path), path);
  }
  if (reports == 0) MESSAGE("no annual reports in content/annual-reports yet");
  MiniSchema fm = LoadSchema("page-front-matter.schema.json");
  for (const char* page : {"policy.md", "pages/how-we-learn.md", "pages/reasonable-adjustments.md"}) {
    std::vector<cs::Diagnostic> diagnostics;
    auto parsed = cs::ParseFrontMatter(ReadFile(content + "/" + page), page, &diagnostics);
    REQUIRE(parsed);
    json fields = json::object();
    for (const auto& [key, value] : parsed->fields) fields[key] = value;
    if (parsed->order) fields["order"] = *parsed->order;
    ExpectValid(fm, fields, page);
  }
}

// tests/fixtures/content-invalid/<case>/ goes through the real loader, `check` and `build`: tests/io/build_site_test.cc.

TEST_CASE("docs/content-reference.md lists every content diagnostic code") {
  const std::string source = SOURCE_DIRECTORY;
  std::string doc = ReadFile(source + "/docs/content-reference.md");
  REQUIRE_FALSE(doc.empty());
  std::regex code("\"((json|site|sa|fm)\\.[a-z_.]+)\"");
  int found = 0;
  for (const char* file : {"json_positions.cc", "json_document.cc", "site_config.cc", "self_assessment.cc", "front_matter.cc",
                           "content.cc"}) {
    std::string text = ReadFile(source + "/core/content/" + file);
    for (std::sregex_iterator it(text.begin(), text.end(), code), end; it != end; ++it) {
      if ((*it)[1].str() == "site.json") continue;  // a file's name, not a code
      ++found;
      std::string listed = "| `" + (*it)[1].str() + "` |";
      CHECK_MESSAGE(doc.find(listed) != std::string::npos, (*it)[1].str() << " (" << file << ") is not in the codes table");
    }
  }
  CHECK(found > 40);
}

// Issue 12, item 13: the Ombudsman's details are one dated fact in core/data/ombudsman.json; the schema's documented
// defaults say the same.
TEST_CASE("site.json: the built-in Ombudsman details come from core/data/ombudsman.json, as the schema documents") {
  std::ifstream in(std::string(SOURCE_DIRECTORY) + "/core/data/ombudsman.json");
  nlohmann::json data = nlohmann::json::parse(in);
  const cs::OmbudsmanInfo built_in;
  CHECK(built_in.phone == data["contact"]["phone"].get<std::string>());
  CHECK(built_in.website == data["contact"]["website"].get<std::string>());
  CHECK(built_in.last_checked == data["last_checked"].get<std::string>());
  std::ifstream schema_in(std::string(SOURCE_DIRECTORY) + "/schemas/site.schema.json");
  nlohmann::json schema = nlohmann::json::parse(schema_in);
  for (const auto& [key, property] : schema["$defs"]["ombudsman"]["properties"].items())
    if (property.contains("default")) {
      CAPTURE(key);
      CHECK(property["default"] == data["contact"][key]);
    }
}
