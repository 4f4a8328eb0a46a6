// Tests for site/schema_docs: tables from a JSON Schema, and docs/content-reference-schemas.md up to date.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "files.h"
#include "schema_docs.h"

namespace fs = std::filesystem;

TEST_CASE("RenderSchemaDocs renders fields, nesting, refs, enums and defaults") {
  const char* schema = R"({
    "title": "site.json", "description": "Who you are.", "type": "object", "required": ["landlord_name"],
    "additionalProperties": false,
    "properties": {
      "landlord_name": {"type": "string", "description": "Your name | as residents know it."},
      "nation": {"type": "string", "enum": ["england-and-wales", "scotland"], "default": "england-and-wales"},
      "channels": {"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/channel"}},
      "senior_lead": {"$ref": "#/$defs/person", "description": "Code 9.4"}
    },
    "$defs": {
      "channel": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string", "enum": ["phone", "email"]}}},
      "person": {"type": "object", "properties": {"name": {"type": "string"}}}
    }
  })";
  std::vector<cs::Diagnostic> diagnostics;
  std::string md = cs::RenderSchemaDocs({{"site.schema.json", schema}, {"bad.json", "[1,"}}, &diagnostics);
  CHECK(md.find("## site.json\n\nSchema: `schemas/site.schema.json`") != std::string::npos);
  CHECK(md.find("| `landlord_name` | string | yes | Your name \\| as residents know it. |") != std::string::npos);
  CHECK(md.find("| `nation` | string | no | One of: `england-and-wales`, `scotland`. Default: `\"england-and-wales\"`. |") != std::string::npos);
  CHECK(md.find("| `channels` | list of object | no | At least 2 items. |") != std::string::npos);
  CHECK(md.find("### `channels[]`") != std::string::npos);
  CHECK(md.find("| `kind` | string | yes | One of: `phone`, `email`. |") != std::string::npos);
  CHECK(md.find("### `senior_lead`\n\nCode 9.4") != std::string::npos);
  CHECK(md.find("No other fields are allowed.") != std::string::npos);
  REQUIRE(diagnostics.size() == 1);
  CHECK(diagnostics[0].code == "schema_docs.json.invalid");
}

TEST_CASE("docs/content-reference-schemas.md is up to date with schemas/") {
  fs::path source(SOURCE_DIRECTORY);
  REQUIRE(fs::is_directory(source / "schemas"));
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(source / "schemas"))
    if (e.path().extension() == ".json") files.push_back(e.path().string());
  std::sort(files.begin(), files.end());
  std::vector<cs::SchemaSource> sources;
  std::string error;
  for (const auto& f : files) sources.push_back({fs::path(f).filename().string(), *cs::ReadTextFile(f, &error)});
  std::vector<cs::Diagnostic> diagnostics;
  std::string expected = cs::RenderSchemaDocs(sources, &diagnostics);
  CHECK(diagnostics.empty());
  std::string doc = (source / "docs" / "content-reference-schemas.md").string();
  if (std::getenv("UPDATE_GOLDEN")) REQUIRE(cs::WriteTextFile(doc, expected, &error));
  auto actual = cs::ReadTextFile(doc, &error);
  REQUIRE_MESSAGE(actual, "docs/content-reference-schemas.md is missing: run `complaints-site schema-docs --out docs/content-reference-schemas.md` (or UPDATE_GOLDEN=1)");
  CHECK_MESSAGE(*actual == expected, "docs/content-reference-schemas.md is out of date: run `complaints-site schema-docs --out docs/content-reference-schemas.md`");
}
