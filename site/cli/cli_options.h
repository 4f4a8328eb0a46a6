// CLI11 set up the same way for every subcommand: one help style, one error style, exit statuses.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string>

#include "cli.h"

namespace cs {

/// An App whose help begins "usage: complaints-site <command> [options]".
std::unique_ptr<CLI::App> MakeCommandApp(const std::string& command, const std::string& description);

/// Parses ctx.args into `app`. Returns an exit status to stop with (0 after --help, 2 after an error
/// message naming the flag), or nothing to carry on.
std::optional<int> ParseCommandLine(CLI::App& app, CommandContext& ctx);

/// Prints "complaints-site <command>: error: <message>" and returns kExitUsage.
int UsageError(CommandContext& ctx, const std::string& command, const std::string& message);

/// For --search (build and serve): nothing when `value` is auto, on or off; else the usage error's status.
std::optional<int> CheckSearchOption(CommandContext& ctx, const std::string& command, const std::string& value);

}  // namespace cs
