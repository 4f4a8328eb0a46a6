// Dispatches `complaints-site <command>` and prints the top-level help.
#include "cli.h"

#include <algorithm>
#include <iomanip>
#include <ostream>

#include "exit_status.h"

namespace cs {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"build", "build the complaints website from content/ into public/", RunBuildCommand},
      {"deadlines", "when a landlord must acknowledge and respond to a complaint", RunDeadlinesCommand},
      {"serve", "preview the site on this computer; rebuilds and reloads on every save", RunServeCommand},
      {"studio", "edit, check, preview and publish the site in a web browser (the studio)", RunStudioCommand},
      {"init", "create a new content folder with a policy in the Code's structure", RunInitCommand},
      {"schema-docs", "write the content reference from the JSON Schemas", RunSchemaDocsCommand},
      {"report", "complaints performance (TSM CH01/CH02) from a case log", RunReportCommand},
      {"walkthrough", "the complaint walkthrough: answers in, the next screen out (JSON)", RunWalkthroughCommand},
      {"import", "import last year's self-assessment form (text or CSV) as JSON", RunImportCommand},
      {"check", "check the content against the Complaint Handling Code", RunCheckCommand},
      {"diff", "what changed between two years' self-assessments", RunDiffCommand},
      {"submission", "what the Ombudsman's annual submission form asks for, from the content", RunSubmissionCommand},
      {"embed", "the code that puts the calculator and the walkthrough on another website", RunEmbedCommand},
  };
  return kCommands;
}

namespace {

size_t EditDistance(const std::string& a, const std::string& b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t prev = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cur = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] == b[j - 1] ? 0 : 1)});
      prev = cur;
    }
  }
  return row[b.size()];
}

void PrintHelp(std::ostream& out) {
  out << "usage: complaints-site <command> [options]\n\n"
         "Publishes a social landlord's complaints information as required by the Housing Ombudsman's\n"
         "Complaint Handling Code, and works out complaint deadlines.\n\ncommands:\n";
  for (const auto& c : Commands()) out << "  " << std::left << std::setw(20) << c.name << c.summary << "\n";
  out << "\noptions:\n"
         "  -h, --help          show this help (or `complaints-site <command> --help`)\n"
         "  --version           print the version\n";
}

}  // namespace

std::string SuggestCommand(const std::string& typo) {
  std::string best;
  size_t best_distance = 3;
  for (const auto& c : Commands()) {
    size_t d = EditDistance(typo, c.name);
    if (d < best_distance) {
      best_distance = d;
      best = c.name;
    }
  }
  return best;
}

int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  if (args.size() < 2) {
    PrintHelp(err);
    return kExitUsage;
  }
  const std::string& name = args[1];
  if (name == "-h" || name == "--help" || name == "help") {
    PrintHelp(out);
    return kExitSuccess;
  }
  if (name == "--version") {
    out << "complaints-site " << CS_VERSION << "\n";
    return kExitSuccess;
  }
  for (const auto& c : Commands()) {
    if (name == c.name) {
      CommandContext ctx{std::vector<std::string>(args.begin() + 2, args.end()), out, err};
      return c.run(ctx);
    }
  }
  err << "complaints-site: error: unknown command '" << name << "'";
  std::string suggestion = SuggestCommand(name);
  if (!suggestion.empty()) err << " — did you mean '" << suggestion << "'?";
  err << "\nRun `complaints-site --help` for the list of commands.\n";
  return kExitUsage;
}

}  // namespace cs
