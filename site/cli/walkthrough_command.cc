// `complaints-site walkthrough`: the complaint walkthrough engine from the command line (JSON in, JSON out),
// the same function the browser widget calls through wasm.
#include <nlohmann/json.hpp>
#include <ostream>

#include "cli.h"
#include "cli_options.h"
#include "exit_status.h"
#include "files.h"
#include "engine_json.h"

namespace cs {

int RunWalkthroughCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("walkthrough", "Evaluates the complaint walkthrough for a set of answers and prints the\n"
                                           "screen to show as JSON (see docs/widget.md for the request format).");
  std::string request, request_file;
  auto* inline_opt = app->add_option("--request", request, "the request as JSON text, e.g. '{\"answers\":{\"start\":\"complain\"}}'");
  app->add_option("--request-file", request_file, "a file holding the request JSON")->excludes(inline_opt);
  if (auto status = ParseCommandLine(*app, ctx)) return *status;
  if (!request_file.empty()) {
    std::string error;
    auto text = ReadTextFile(request_file, &error);
    if (!text) return UsageError(ctx, "walkthrough", "--request-file: " + error);
    request = *text;
  }
  if (request.empty()) request = "{}";
  std::string out = WalkthroughJson(request);
  auto parsed = nlohmann::json::parse(out, nullptr, false);
  ctx.out << out << "\n";
  if (parsed.is_object() && !parsed.contains("node")) {
    const auto& e = parsed["error"];
    ctx.err << "complaints-site walkthrough: error: " << e.value("message", std::string()) << " ["
            << e.value("code", std::string()) << "]\n";
    return kExitUsage;
  }
  return kExitSuccess;
}

}  // namespace cs
