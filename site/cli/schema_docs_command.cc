// `complaints-site schema-docs`: writes (or checks) docs/content-reference-schemas.md from schemas/*.json.
#include <algorithm>
#include <filesystem>
#include <ostream>

#include "cli.h"
#include "cli_options.h"
#include "exit_status.h"
#include "files.h"
#include "schema_docs.h"

namespace cs {

int RunSchemaDocsCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("schema-docs", "Writes the content reference from the JSON Schemas (Markdown).\n"
                                           "With --check, only compares it with --out and fails if it is out of date.");
  std::string schemas_dir = std::string(CS_SOURCE_DIR) + "/schemas", out;
  bool check = false;
  app->add_option("--schemas", schemas_dir, "folder of *.json schemas")->capture_default_str();
  app->add_option("--out", out, "the Markdown file to write (default: stdout)");
  app->add_flag("--check", check, "exit 1 if --out differs from what would be written");
  if (auto status = ParseCommandLine(*app, ctx)) return *status;
  const std::string command = "schema-docs";
  std::error_code ec;
  if (!std::filesystem::is_directory(schemas_dir, ec)) return UsageError(ctx, command, "no schemas folder at " + schemas_dir);
  if (check && out.empty()) return UsageError(ctx, command, "--check needs --out FILE to compare with");
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(schemas_dir, ec))
    if (entry.path().extension() == ".json") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  std::vector<SchemaSource> sources;
  std::string error;
  for (const auto& f : files) {
    auto text = ReadTextFile(f, &error);
    if (!text) return UsageError(ctx, command, error);
    sources.push_back({std::filesystem::path(f).filename().string(), *text});
  }
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
    ctx.err << out << ": error: out of date with " << schemas_dir
            << " — run `complaints-site schema-docs --out " << out << "`\n";
    return kExitContentError;
  }
  if (!WriteTextFile(out, markdown, &error)) return UsageError(ctx, command, error);
  ctx.err << "wrote " << out << " from " << sources.size() << " schemas\n";
  return kExitSuccess;
}

}  // namespace cs
