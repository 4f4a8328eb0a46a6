// The command-line front end: a table of subcommands, help in one style, "did you mean" for typos.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace cs {

struct CommandContext {
  std::vector<std::string> args;  ///< arguments after the subcommand name
  std::ostream& out;
  std::ostream& err;
};

struct Command {
  const char* name;
  const char* summary;
  std::function<int(CommandContext&)> run;
};

/// Every subcommand. Each command file registers itself here.
const std::vector<Command>& Commands();

/// Runs `complaints-site` with `argv`-style arguments (args[0] is the program name) and returns the exit status.
int RunCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

/// The closest command name to `typo`, or "" if none is close.
std::string SuggestCommand(const std::string& typo);

/// Commands defined in their own files.
int RunBuildCommand(CommandContext& ctx);
int RunEmbedCommand(CommandContext& ctx);
int RunDeadlinesCommand(CommandContext& ctx);
int RunServeCommand(CommandContext& ctx);
int RunInitCommand(CommandContext& ctx);
int RunSchemaDocsCommand(CommandContext& ctx);
int RunReportCommand(CommandContext& ctx);
int RunWalkthroughCommand(CommandContext& ctx);
int RunImportCommand(CommandContext& ctx);
int RunCheckCommand(CommandContext& ctx);
int RunDiffCommand(CommandContext& ctx);
int RunSubmissionCommand(CommandContext& ctx);
int RunStudioCommand(CommandContext& ctx);

}  // namespace cs
