// The content reference generated from the JSON Schemas in schemas/: one section per file, one table per
// object, so the documentation can never drift from what the build accepts.
#pragma once

#include <string>
#include <vector>

#include "diagnostic.h"

namespace cs {

struct SchemaSource {
  std::string name;  ///< file name, e.g. "site.schema.json"
  std::string text;  ///< its JSON
};

/// Markdown for all `schemas` (in the order given). Local "$ref"s ("#/$defs/x", "#/definitions/x") are
/// followed; each object gets a table of its fields: name, type, required, and description (with enum
/// values, formats, patterns, defaults and examples). Unparsable files are reported in `diagnostics`
/// ("schema_docs.json.invalid") and skipped.
std::string RenderSchemaDocs(const std::vector<SchemaSource>& schemas, std::vector<Diagnostic>* diagnostics);

}  // namespace cs
