// `complaints-site init DIR`: a new landlord's content/ folder, ready to edit, build and check.
#include <filesystem>
#include <ostream>

#include <nlohmann/json.hpp>

#include "bank_holidays.h"
#include "cli.h"
#include "cli_options.h"
#include "date.h"
#include "builtin_files.h"
#include "exit_status.h"
#include "files.h"
#include "financial_year.h"
#include "import_self_assessment.h"
#include "json_document.h"
#include "scaffold.h"

namespace cs {

namespace fs = std::filesystem;

namespace {

struct PlannedFile {
  std::string path;     ///< where it goes
  std::string content;
  bool optional = false;  ///< skipped (not an error) when it already exists
};

}  // namespace

int RunInitCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("init", "Creates DIR/content/ for a new complaints site: site.json filled in from the\n"
                                    "options, a complaints policy that already has the structure the Complaint\n"
                                    "Handling Code asks for (every \"CHANGE THIS\" needs your own words), and your\n"
                                    "imported self-assessment. Never overwrites a file.");
  std::string dir, name, nation = "england-and-wales", self_assessment, year, code = "auto", templates_dir;
  app->add_option("DIR", dir, "folder for the new site (created if needed)")->required();
  app->add_option("--name", name, "your organisation's name as residents know it");
  app->add_option("--nation", nation,
                  "england-and-wales (the Complaint Handling Code is the Housing Ombudsman Scheme's, for landlords in England)")
      ->capture_default_str();
  app->add_option("--from-self-assessment", self_assessment,
                  "last year's self-assessment (text exported from the PDF/Word form, or CSV) to import");
  app->add_option("--year", year, "the year the self-assessment covers, e.g. 2025-26 (default: from its completed date)");
  app->add_option("--code", code, "Code of the self-assessment: 2024, 2022 or auto")->capture_default_str();
  app->add_option("--templates", templates_dir, "a templates folder whose init/ to use instead of the built-in one");
  if (auto status = ParseCommandLine(*app, ctx)) return *status;
  const std::string command = "init";

  if (DivisionIndex(nation) < 0) {
    std::string guess = ClosestName(nation, BankHolidays::Divisions());
    for (const auto& division : BankHolidays::Divisions())
      if (guess.empty() && !nation.empty() && division.find(nation) != std::string::npos) guess = division;
    return UsageError(ctx, command, "--nation must be england-and-wales, scotland or northern-ireland, not '" + nation +
                                        "'" + (guess.empty() ? "" : " — did you mean '" + guess + "'?"));
  }
  if (nation != "england-and-wales")
    return UsageError(ctx, command, "--nation '" + nation + "': the Complaint Handling Code is the Housing Ombudsman "
                                    "Scheme's and applies to social landlords in England, so a complaints site made "
                                    "with it uses england-and-wales — leave out --nation");
  if (!year.empty() && !IsFinancialYear(year))
    return UsageError(ctx, command, "--year must look like 2025-26 (a financial year), not '" + year + "'");
  if (code != "auto" && code != "2024" && code != "2022")
    return UsageError(ctx, command, "--code must be 2024, 2022 or auto, not '" + code + "'");
  bool named = !name.empty();
  if (!named) name = "CHANGE THIS: your organisation";

  // The scaffold is templates/init/, compiled in (or from --templates DIR).
  std::string error;
  FileMap templates = BuiltinTemplates();
  if (!templates_dir.empty()) {
    auto files = ReadFolder(templates_dir, &error);
    if (!files) return UsageError(ctx, command, error);
    templates = std::move(*files);
  }
  auto scaffold = InitialContent(templates, name, nation, &error);
  auto gitignore = InitialGitignore(templates);
  if (!scaffold || !gitignore)
    return UsageError(ctx, command, (templates_dir.empty() ? std::string("templates") : templates_dir) +
                                        "/init/ is missing site.json, policy.md or gitignore — pass --templates DIR");
  const std::string& site_json = (*scaffold)["site.json"];
  const std::string& policy = (*scaffold)["policy.md"];

  fs::path root(dir), content = root / "content";
  std::vector<PlannedFile> files = {
      {(content / "site.json").string(), site_json},
      {(content / "policy.md").string(), policy},
      {(root / ".gitignore").string(), *gitignore, true},
  };

  ImportResult imported;
  if (!self_assessment.empty()) {
    auto text = ReadTextFile(self_assessment, &error);
    if (!text) return UsageError(ctx, command, error);
    ImportOptions options;
    options.code = code;
    options.file = self_assessment;
    imported = ImportSelfAssessment(*text, options);
    for (const auto& note : imported.notes) ctx.err << self_assessment << ": note: " << note << "\n";
    for (const auto& d : imported.report) ctx.err << FormatDiagnostic(d) << "\n";
    if (!imported.ok) {
      ctx.err << "complaints-site init: nothing could be imported from " << self_assessment
              << "; no files were written\n";
      return kExitUsage;
    }
    if (year.empty()) {
      auto doc = nlohmann::json::parse(imported.json, nullptr, false);
      if (!doc.is_discarded() && doc.is_object() && doc.contains("completed") && doc["completed"].is_string())
        if (auto completed = ParseIsoDate(doc["completed"].get<std::string>())) year = FinancialYearOf(*completed);
      if (year.empty())
        return UsageError(ctx, command, self_assessment + " does not say when it was completed: give --year, e.g. --year 2025-26");
    }
    files.push_back({(content / "self-assessments" / (year + ".json")).string(), imported.json});
  }

  // Refuse before writing anything, naming every file in the way.
  std::error_code ec;
  bool blocked = false;
  for (auto& f : files) {
    if (!fs::exists(f.path, ec)) continue;
    if (f.optional) {
      f.content.clear();
      continue;
    }
    ctx.err << "complaints-site init: error: " << f.path << " already exists\n";
    blocked = true;
  }
  if (blocked) {
    ctx.err << "init never overwrites files: choose a new folder, or move those files away first. Nothing was written.\n";
    return kExitUsage;
  }
  for (const auto& f : files) {
    if (f.content.empty()) continue;
    if (!WriteTextFile(f.path, f.content, &error)) return UsageError(ctx, command, error);
    ctx.out << "created " << f.path << "\n";
  }

  ctx.out << "\nNext steps:\n";
  int step = 1;
  if (!named) ctx.out << "  " << step++ << ". Put your organisation's name in " << (content / "site.json").string() << " (\"landlord_name\").\n";
  ctx.out << "  " << step++ << ". Replace every \"CHANGE THIS\", the made-up phone number 03069 990000 and the example.org "
          << "addresses in " << (content / "site.json").string() << " and " << (content / "policy.md").string()
          << " with your own details and words (`check` lists each one; `build` will not publish the site until they are gone).\n";
  if (self_assessment.empty())
    ctx.out << "  " << step++ << ". Import last year's self-assessment: complaints-site import self-assessment FILE --year 2025-26 --out "
            << (content / "self-assessments").string() << "\n";
  else
    ctx.out << "  " << step++ << ". Check the imported self-assessment (" << imported.provisions << " provisions: " << imported.yes
            << " yes, " << imported.no << " no, " << imported.unanswered << " unanswered) and the notes above.\n";
  ctx.out << "  " << step++ << ". Preview it: cd " << dir << " && complaints-site serve   (then open http://127.0.0.1:8080/)\n";
  ctx.out << "  " << step++ << ". See what the Ombudsman would find missing: complaints-site check\n";
  ctx.out << "  " << step++ << ". Publish: complaints-site build, then copy public/ to your web server (docs/getting-started.md).\n";
  // Like `import`: the files are written, but errors in the imported self-assessment need attention.
  return HasErrors(imported.report) ? kExitContentError : kExitSuccess;
}

}  // namespace cs
