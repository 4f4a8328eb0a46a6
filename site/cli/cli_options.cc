// Shared CLI11 configuration for subcommands.
#include "cli_options.h"

#include <algorithm>
#include <ostream>

#include "exit_status.h"

namespace cs {

namespace {

class HelpFormatter : public CLI::Formatter {
 public:
  explicit HelpFormatter(std::string command) : command_(std::move(command)) { column_width(28); }
  std::string make_usage(const CLI::App*, std::string) const override {
    return "usage: complaints-site " + command_ + " [options]\n";
  }

 private:
  std::string command_;
};

}  // namespace

std::unique_ptr<CLI::App> MakeCommandApp(const std::string& command, const std::string& description) {
  auto app = std::make_unique<CLI::App>(description, "complaints-site " + command);
  app->formatter(std::make_shared<HelpFormatter>(command));
  app->get_formatter()->label("OPTIONS", "options");
  app->get_formatter()->label("REQUIRED", "(required)");
  app->set_help_flag("-h,--help", "show this help");
  return app;
}

std::optional<int> ParseCommandLine(CLI::App& app, CommandContext& ctx) {
  std::vector<std::string> reversed(ctx.args.rbegin(), ctx.args.rend());
  try {
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    ctx.out << app.help();
    return kExitSuccess;
  } catch (const CLI::ParseError& e) {
    std::string name = app.get_name();
    ctx.err << name << ": error: " << e.what() << "\nRun `" << name << " --help` for the options.\n";
    return kExitUsage;
  }
  return std::nullopt;
}

int UsageError(CommandContext& ctx, const std::string& command, const std::string& message) {
  ctx.err << "complaints-site " << command << ": error: " << message << "\n";
  return kExitUsage;
}

std::optional<int> CheckSearchOption(CommandContext& ctx, const std::string& command, const std::string& value) {
  if (value == "auto" || value == "on" || value == "off") return std::nullopt;
  return UsageError(ctx, command, "--search \"" + value + "\": use auto, on or off");
}

}  // namespace cs
