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
  /// such as placeholders) are shown as a note on each page and `diagnostics_page` at /__diagnostics/. The site is
  /// served under `base_path` ("/complaints/" for a base_url of https://example.org/complaints/), as it will be
  /// published: "/" redirects there and other paths outside it are not found.
  void ShowSite(int warnings, int errors, std::string diagnostics_page, std::string base_path = "/");
  /// After a failed build: `error_page` replaces every HTML page until the next good build.
  void ShowError(std::string error_page);

  /// Answers one request. Thread-safe.
  HttpResponse Handle(const HttpRequest& request);

  /// The URL path the site is served under, "/" until the first good build.
  std::string base_path();

 private:
  // `site_path` is the request's path within the site (without the base path): what _headers' patterns match.
  HttpResponse ServeFile(const HttpRequest& request, const std::string& relative, const std::string& site_path);
  HttpResponse NotFound(const HttpRequest& request, const std::string& site_path = "/");
  HttpResponse WithHeaders(HttpResponse response, const std::string& url_path);

  std::string root_;
  LiveReloadHub& hub_;
  std::mutex mutex_;
  std::vector<HeaderRule> header_rules_;
  std::optional<std::string> error_page_;
  std::string diagnostics_page_;
  std::string base_path_ = "/";
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
