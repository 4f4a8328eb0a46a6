// `complaints-site serve`: build, preview on localhost, rebuild and reload on every save, Ctrl-C to stop.
#include <cstdlib>
#include <filesystem>
#include <ostream>
#include <thread>

#include "build_site.h"
#include "cli.h"
#include "cli_options.h"
#include "exit_status.h"
#include "http_server.h"
#include "serve_session.h"
#include "stop_signals.h"
#include "watch.h"

namespace cs {

namespace fs = std::filesystem;

namespace {

std::string MakeTempFolder(std::string* error) {
  std::error_code ec;
  fs::path base = fs::temp_directory_path(ec);
  if (ec) base = "/tmp";
  std::string pattern = (base / "complaints-site-serve-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) {
    *error = "cannot create a temporary folder in " + base.string();
    return "";
  }
  return pattern;
}

}  // namespace

int RunServeCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("serve", "Builds the site, serves it on this computer and rebuilds it every time you\n"
                                     "save a file in the content or templates folder; open pages reload by\n"
                                     "themselves. Content errors are shown in the browser. Ctrl-C stops it.");
  std::string content_dir = "content", out_dir, host = "127.0.0.1", templates_dir, base_url, search = "auto";
  int port = 8080, debounce_ms = 100;
  app->add_option("--content", content_dir, "the content folder to build")->capture_default_str();
  app->add_option("--out", out_dir, "folder to build into (default: a temporary folder, removed on exit)");
  app->add_option("--port", port, "port to listen on (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  app->add_option("--host", host, "address to listen on; keep 127.0.0.1 unless you know why")->capture_default_str();
  app->add_option("--templates", templates_dir, "a templates folder to use instead of the built-in one (watched too)");
  app->add_option("--base-url", base_url, "override site.json base_url");
  app->add_option("--debounce", debounce_ms, "milliseconds of quiet after a save before rebuilding")->capture_default_str();
  app->add_option("--search", search,
                  "index the preview for search with Pagefind: auto (when installed), on (required), off (faster rebuilds)")
      ->capture_default_str();
  if (auto status = ParseCommandLine(*app, ctx)) return *status;
  if (auto status = CheckSearchOption(ctx, "serve", search)) return *status;

  std::error_code ec;
  if (!fs::is_directory(content_dir, ec))
    return UsageError(ctx, "serve", "no content folder at '" + content_dir +
                                        "' — run `complaints-site init` to create one, or pass --content DIR");
  std::string error;
  std::string temp = MakeTempFolder(&error);
  if (temp.empty()) return UsageError(ctx, "serve", error);
  std::string serve_root = out_dir.empty() ? temp + "/site" : out_dir;
  fs::create_directories(serve_root, ec);

  BuildOptions options;
  options.content_dir = content_dir;
  options.out_dir = temp + "/build";
  options.base_url = base_url;
  options.templates_dir = templates_dir;
  options.search = search;
  options.serve_mode = out_dir.empty();  // never put the preview script into a folder you might publish
  options.preview = true;  // show the site even with placeholders still in it, with the findings on the page

  StopSignals signals;
  DirectoryWatcher watcher;
  std::vector<std::string> watched = {content_dir};
  if (!templates_dir.empty() && fs::is_directory(templates_dir, ec)) watched.push_back(templates_dir);
  for (const auto& dir : watched) {
    if (!watcher.AddRecursive(dir, &error)) {
      fs::remove_all(temp, ec);
      return UsageError(ctx, "serve", error);
    }
  }

  PreviewSession session(options, serve_root, BuildSite, ctx.err);
  int bound_port = 0;
  HttpServer server([&session, &host, &bound_port](const HttpRequest& r) {
    auto h = r.headers.find("host");
    if (h == r.headers.end() || !AllowedHost(h->second, host, bound_port)) {
      HttpResponse refused;
      refused.status = 403;
      refused.body = "This preview answers only to http://127.0.0.1:" + std::to_string(bound_port) + "/\n";
      return refused;
    }
    return session.site().Handle(r);
  });
  if (!server.Listen(host, port, &error)) {
    fs::remove_all(temp, ec);
    return UsageError(ctx, "serve", error + (port ? " — is another server using it? Try --port " +
                                                        std::to_string(port + 1) : ""));
  }
  bound_port = server.port();
  session.Rebuild({});
  std::thread server_thread([&server] { server.Run(); });
  std::string shown_host = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  ctx.out << "Serving " << content_dir << " at http://" << shown_host << ":" << server.port()
          << session.site().base_path() << "\n"
          << "Watching " << watched.front() << (watched.size() > 1 ? " and " + watched[1] : "")
          << " for changes. Press Ctrl-C to stop.\n";
  ctx.out.flush();

  for (;;) {
    auto change = watcher.Wait(-1, debounce_ms, signals.fd());
    if (change.interrupted) break;
    if (change.changed.empty()) continue;
    session.Rebuild(change.changed);
  }
  ctx.out << "Stopping.\n";
  ctx.out.flush();
  session.hub().Close();
  server.Stop();
  server_thread.join();
  fs::remove_all(temp, ec);
  return kExitSuccess;
}

}  // namespace cs
