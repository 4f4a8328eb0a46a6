// `complaints-site studio`: the studio (the generator in a web page, studio/) served on this computer, or written to
// a folder any web server or intranet can host (--export DIR). The studio's files are inside this binary.
#include <poll.h>

#include <cerrno>
#include <filesystem>
#include <map>
#include <mutex>
#include <ostream>
#include <thread>

#include "builtin_files.h"
#include "cli.h"
#include "cli_options.h"
#include "exit_status.h"
#include "files.h"
#include "http_server.h"
#include "pagefind_stable.h"
#include "serve_site.h"
#include "stop_signals.h"

namespace cs {

namespace fs = std::filesystem;

namespace {

// The studio's own policy: its scripts and wasm only, the preview in a frame of its own origin (served by its service
// worker), zip downloads as blobs.
constexpr const char* kStudioPolicy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' blob: data:; frame-src 'self' blob:; "
    "worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

const char* const kNotBuilt =
    "this complaints-site was built without the studio (it needs em++, the cmark-gfm source that scripts/setup fetches "
    "and node_modules): run scripts/setup and build again";

// Each file gzip-compressed once, when first asked for (the engine is 2.8 MB, 0.9 MB compressed).
class Compressed {
 public:
  const std::string& Of(const std::string& name, const std::string& bytes) {
    std::lock_guard<std::mutex> lock(mutex_);
    auto it = cache_.find(name);
    if (it == cache_.end()) it = cache_.emplace(name, Gzip(bytes)).first;
    return it->second;
  }

 private:
  std::mutex mutex_;
  std::map<std::string, std::string> cache_;
};

bool AcceptsGzip(const HttpRequest& request) {
  auto it = request.headers.find("accept-encoding");
  return it != request.headers.end() && it->second.find("gzip") != std::string::npos;
}

HttpResponse StudioResponse(const FileMap& files, const HttpRequest& request, Compressed& compressed) {
  HttpResponse response;
  response.headers = {{"Content-Security-Policy", kStudioPolicy},
                      {"X-Content-Type-Options", "nosniff"},
                      {"Referrer-Policy", "no-referrer"},
                      {"Cache-Control", "no-cache"}};
  if (request.method != "GET" && request.method != "HEAD") {
    response.status = 405;
    response.body = "The studio only answers GET and HEAD.\n";
    return response;
  }
  auto path = SafeRelativePath(request.path);
  if (!path) {
    response.status = 400;
    response.body = "Bad path.\n";
    return response;
  }
  std::string name = path->empty() || path->back() == '/' ? *path + "index.html" : *path;
  auto it = files.find(name);
  if (it == files.end()) {
    response.status = 404;
    response.body = name.rfind("preview/", 0) == 0
                        ? "The preview is made in your browser: open the studio at / and choose Preview.\n"
                        : "Not found: the studio is at /\n";
    return response;
  }
  response.content_type = ContentTypeFor(name);
  if (name == "preview-sw.js") response.headers.push_back({"Service-Worker-Allowed", "/"});
  response.headers.push_back({"Vary", "Accept-Encoding"});
  if (AcceptsGzip(request)) {
    response.headers.push_back({"Content-Encoding", "gzip"});
    if (request.method == "GET") response.body = compressed.Of(name, it->second);
  } else if (request.method == "GET") {
    response.body = it->second;
  }
  return response;
}

int Export(CommandContext& ctx, const FileMap& files, const std::string& dir) {
  std::error_code ec;
  fs::path out(dir);
  if (fs::exists(out, ec) && !fs::is_empty(out, ec) && !fs::exists(out / "studio.wasm", ec))
    return UsageError(ctx, "studio", "refusing to write into " + dir +
                                         ": it is not empty and holds no studio — choose a new folder");
  for (const auto& [name, bytes] : files) {
    std::string error;
    if (!WriteTextFile((out / name).string(), bytes, &error)) return UsageError(ctx, "studio", error);
  }
  ctx.out << "Wrote the studio (" << files.size() << " files) to " << dir << "\n"
          << "Put this folder on any web server or intranet (HTTPS, or this computer's http://127.0.0.1, is needed for\n"
          << "the preview); open index.html's address in a browser. Nothing an officer types leaves their computer.\n";
  return kExitSuccess;
}

}  // namespace

int RunStudioCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("studio", "Serves the studio on this computer: edit, check, preview and publish your complaints\n"
                                      "site in a web browser, with nothing else to install. Your work stays in that\n"
                                      "browser (it is never sent to this program or anywhere else). Ctrl-C stops it.\n"
                                      "With --export DIR, writes the studio to DIR instead, for any web server.");
  std::string host = "127.0.0.1", export_dir;
  int port = 8090;
  app->add_option("--port", port, "port to listen on (0: any free port)")->capture_default_str()->check(CLI::Range(0, 65535));
  app->add_option("--host", host, "address to listen on; keep 127.0.0.1 unless you know why")->capture_default_str();
  app->add_option("--export", export_dir, "write the studio's files to this folder and stop");
  if (auto status = ParseCommandLine(*app, ctx)) return *status;

  const FileMap& files = BuiltinStudio();
  if (files.empty()) return UsageError(ctx, "studio", kNotBuilt);
  if (!export_dir.empty()) return Export(ctx, files, export_dir);

  StopSignals signals;  // Ctrl-C and SIGTERM, read from a file descriptor so the server stops in order

  int bound_port = 0;
  Compressed compressed;
  HttpServer server([&files, &host, &bound_port, &compressed](const HttpRequest& r) {
    auto h = r.headers.find("host");
    if (h == r.headers.end() || !AllowedHost(h->second, host, bound_port)) {
      HttpResponse refused;
      refused.status = 403;
      refused.body = "The studio answers only to http://127.0.0.1:" + std::to_string(bound_port) + "/\n";
      return refused;
    }
    return StudioResponse(files, r, compressed);
  });
  std::string error;
  if (!server.Listen(host, port, &error)) {
    return UsageError(ctx, "studio", error + (port ? " — is another program using it? Try --port " +
                                                         std::to_string(port + 1) : ""));
  }
  bound_port = server.port();
  std::thread server_thread([&server] { server.Run(); });
  std::string shown_host = host.find(':') != std::string::npos ? "[" + host + "]" : host;
  ctx.out << "The studio is at http://" << shown_host << ":" << bound_port << "/ — open it in your browser.\n"
          << "Your work is kept in that browser, not here. Press Ctrl-C to stop this server.\n";
  ctx.out.flush();
  pollfd wait = {signals.fd(), POLLIN, 0};
  while (signals.fd() >= 0 && ::poll(&wait, 1, -1) < 0 && errno == EINTR) {
  }
  ctx.out << "Stopping.\n";
  ctx.out.flush();
  server.Stop();
  server_thread.join();
  return kExitSuccess;
}

}  // namespace cs
