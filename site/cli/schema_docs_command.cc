// `complaints-site schema-docs`: writes (or checks) docs/content-reference-schemas.md from schemas/*.json.
#include <filesystem>
#include <ostream>

#include "builtin_files.h"
#include "cli.h"
#include "cli_options.h"
#include "exit_status.h"
#include "files.h"
#include "schema_docs.h"

namespace cs {

int RunSchemaDocsCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("schema-docs", "Writes the content reference from the JSON Schemas (Markdown).\n"
                                           "With --check, only compares it with --out and fails if it is out of date.");
  std::string schemas_dir, out;
  bool check = false;
  app->add_option("--schemas", schemas_dir, "folder of *.json schemas (default: the built-in schemas/)");
  app->add_option("--out", out, "the Markdown file to write (default: stdout)");
  app->add_flag("--check", check, "exit 1 if --out differs from what would be written");
  if (auto status = ParseCommandLine(*app, ctx)) return *status;
  const std::string command = "schema-docs";
  std::error_code ec;
  if (!schemas_dir.empty() && !std::filesystem::is_directory(schemas_dir, ec))
    return UsageError(ctx, command, "no schemas folder at " + schemas_dir);
  if (check && out.empty()) return UsageError(ctx, command, "--check needs --out FILE to compare with");
  std::string error;
  FileMap schemas = BuiltinSchemas();
  if (!schemas_dir.empty()) {
    auto files = ReadFolder(schemas_dir, &error);
    if (!files) return UsageError(ctx, command, error);
    schemas = std::move(*files);
  }
  std::vector<SchemaSource> sources;
  for (const auto& [name, text] : schemas)
    if (name.find('/') == std::string::npos && name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0)
      sources.push_back({name, text});
  std::vector<Diagnostic> diagnostics;
  std::string markdown = RenderSchemaDocs(sources, &diagnostics);
  for (const auto& d : diagnostics) ctx.err << FormatDiagnostic(d) << "\n";
  if (HasErrors(diagnostics)) return kExitContentError;
  if (out.empty()) {
    ctx.out << markdown;
    return kExitSuccess;
  }
  if (check) {
    auto existing = ReadTextFile(out, &error);
    if (existing && *existing == markdown) return kExitSuccess;
    ctx.err << out << ": error: out of date with " << (schemas_dir.empty() ? std::string("schemas") : schemas_dir)
            << " — run `complaints-site schema-docs --out " << out << "`\n";
    return kExitContentError;
  }
  if (!WriteTextFile(out, markdown, &error)) return UsageError(ctx, command, error);
  ctx.err << "wrote " << out << " from " << sources.size() << " schemas\n";
  return kExitSuccess;
}

}  // namespace cs
