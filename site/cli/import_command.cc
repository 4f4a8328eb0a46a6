// `complaints-site import self-assessment FILE`: last year's exported form (text or CSV) to the generator's JSON.
#include <filesystem>
#include <ostream>

#include "cli.h"
#include "cli_options.h"
#include "date.h"
#include "exit_status.h"
#include "files.h"
#include "financial_year.h"
#include "import_self_assessment.h"

namespace cs {

int RunImportCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("import self-assessment",
                            "Imports last year's self-assessment (text exported from the published PDF or Word form,\n"
                            "or a CSV from a spreadsheet) as self-assessments/<year>.json. The requirement text comes\n"
                            "from the Code, not the file. Everything that could not be placed is reported on stderr.");
  std::string what, input, code = "auto", year, out;
  bool force = false;
  app->add_option("what", what, "what to import: self-assessment")->required();
  app->add_option("file", input, "the exported form (.txt) or spreadsheet (.csv)")->required();
  app->add_option("--code", code, "Complaint Handling Code of the form: 2024, 2022 or auto")->capture_default_str();
  app->add_option("--year", year, "the year it covers, e.g. 2025-26 (names the file when --out is a folder)");
  app->add_option("--out", out, "write the JSON here (a file, or a folder with --year) instead of stdout");
  app->add_flag("--force", force, "overwrite --out if it already exists");
  if (auto status = ParseCommandLine(*app, ctx)) return *status;
  const std::string command = "import";
  if (what != "self-assessment")
    return UsageError(ctx, command, "can import only 'self-assessment', not '" + what + "'");
  if (code != "auto" && code != "2024" && code != "2022")
    return UsageError(ctx, command, "--code must be 2024, 2022 or auto, not '" + code + "'");
  if (!year.empty() && !IsFinancialYear(year))
    return UsageError(ctx, command, "--year must look like 2025-26 (a financial year), not '" + year + "'");
  std::error_code ec;
  if (!out.empty() && std::filesystem::is_directory(out, ec)) {
    if (year.empty()) return UsageError(ctx, command, "--out " + out + " is a folder: give --year to name the file");
    out = (std::filesystem::path(out) / (year + ".json")).string();
  }
  if (!out.empty() && !force && std::filesystem::exists(out, ec))
    return UsageError(ctx, command, out + " already exists; use --force to replace it");

  std::string error;
  auto text = ReadTextFile(input, &error);
  if (!text) return UsageError(ctx, command, error);

  ImportOptions options;
  options.code = code;
  options.file = input;
  ImportResult result = ImportSelfAssessment(*text, options);
  for (const auto& note : result.notes) ctx.err << input << ": note: " << note << "\n";
  for (const auto& d : result.report) ctx.err << FormatDiagnostic(d) << "\n";
  if (!result.ok) {
    ctx.err << "complaints-site import: nothing imported from " << input << "\n";
    return kExitUsage;
  }
  if (out.empty()) {
    ctx.out << result.json;
  } else {
    // Write beside the target and rename, so a failure never leaves half a file in content/.
    std::string temp = out + ".importing";
    if (!WriteTextFile(temp, result.json, &error)) return UsageError(ctx, command, error);
    std::filesystem::rename(temp, out, ec);
    if (ec) {
      std::filesystem::remove(temp, ec);
      return UsageError(ctx, command, "cannot write " + out);
    }
  }
  int errors = 0, warnings = 0;
  for (const auto& d : result.report) (d.severity == Severity::Error ? errors : warnings)++;
  ctx.err << "Imported " << result.provisions << " provisions from " << input << " (" << result.format << ") against the "
          << result.code << " Code, " << result.code_reason << ".\n"
          << "  answers: " << result.yes << " yes, " << result.no << " no, " << result.unanswered << " unanswered\n"
          << "  columns: " << result.columns << "\n"
          << "  " << errors << " errors and " << warnings << " warnings to look at"
          << (out.empty() ? "" : "; written to " + out) << "\n";
  if (!year.empty() && out.empty()) ctx.err << "  save it as content/self-assessments/" << year << ".json\n";
  return errors ? kExitContentError : kExitSuccess;
}

}  // namespace cs
