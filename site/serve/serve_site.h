// What the preview server answers: the built site's files with production headers, the live-reload
// endpoints, and the error page in place of every HTML page while the content has errors.
#pragma once

#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "http_server.h"
#include "serve_headers.h"
#include "serve_reload.h"

namespace cs {

class PreviewSite {
 public:
  /// Serves files under `root` (a folder that SyncFolder keeps up to date).
  PreviewSite(std::string root, LiveReloadHub& hub) : root_(std::move(root)), hub_(hub) {}

  /// After a good build: re-reads `_headers`; `warnings` and `errors` (what stops `build` publishing the site,
  /// such as placeholders) are shown as a note on each page and `diagnostics_page` at /__diagnostics/.
  void ShowSite(int warnings, int errors, std::string diagnostics_page);
  /// After a failed build: `error_page` replaces every HTML page until the next good build.
  void ShowError(std::string error_page);

  /// Answers one request. Thread-safe.
  HttpResponse Handle(const HttpRequest& request);

 private:
  HttpResponse ServeFile(const HttpRequest& request, const std::string& relative);
  HttpResponse NotFound(const HttpRequest& request);
  HttpResponse WithHeaders(HttpResponse response, const std::string& url_path);

  std::string root_;
  LiveReloadHub& hub_;
  std::mutex mutex_;
  std::vector<HeaderRule> header_rules_;
  std::optional<std::string> error_page_;
  std::string diagnostics_page_;
  int warnings_ = 0;
  int errors_ = 0;
};

/// Whether a request's Host header names this server, so a web page elsewhere cannot read the preview by
/// pointing its own domain at 127.0.0.1 (DNS rebinding). Loopback names with the right port always pass;
/// when `bind_host` is not a loopback address (the user chose to expose the preview) any host passes.
bool AllowedHost(const std::string& host_header, const std::string& bind_host, int port);

/// Whether a URL path names an HTML page: "/", "/policy/", "/x.html" or an extension-less path.
bool LooksLikePage(const std::string& url_path);

}  // namespace cs
