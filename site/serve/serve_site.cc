// Request handling for `complaints-site serve`.
#include "serve_site.h"

#include <filesystem>

#include "files.h"

namespace cs {

namespace fs = std::filesystem;

bool LooksLikePage(const std::string& url_path) {
  if (url_path.empty() || url_path.back() == '/') return true;
  std::string base = url_path.substr(url_path.rfind('/') + 1);
  size_t dot = base.rfind('.');
  if (dot == std::string::npos) return true;
  std::string ext = base.substr(dot + 1);
  return ext == "html" || ext == "htm";
}

bool AllowedHost(const std::string& host_header, const std::string& bind_host, int port) {
  auto loopback = [](const std::string& h) {
    return h == "127.0.0.1" || h == "localhost" || h == "[::1]" || h == "::1" || h.rfind("127.", 0) == 0;
  };
  if (!loopback(bind_host)) return true;
  std::string p = ":" + std::to_string(port);
  for (const char* name : {"127.0.0.1", "localhost", "[::1]"})
    if (host_header == std::string(name) + p) return true;
  return host_header == bind_host + p;
}

void PreviewSite::ShowSite(int warnings, int errors, std::string diagnostics_page, std::string base_path) {
  std::string ignored;
  auto headers = ReadTextFile((fs::path(root_) / "_headers").string(), &ignored);
  std::lock_guard<std::mutex> lock(mutex_);
  header_rules_ = headers ? ParseHeadersFile(*headers) : std::vector<HeaderRule>{};
  error_page_.reset();
  warnings_ = warnings;
  errors_ = errors;
  diagnostics_page_ = std::move(diagnostics_page);
  base_path_ = base_path.empty() || base_path[0] != '/' || base_path.back() != '/' ? "/" : std::move(base_path);
}

std::string PreviewSite::base_path() {
  std::lock_guard<std::mutex> lock(mutex_);
  return base_path_;
}

void PreviewSite::ShowError(std::string error_page) {
  std::lock_guard<std::mutex> lock(mutex_);
  error_page_ = std::move(error_page);
  diagnostics_page_ = *error_page_;
}

HttpResponse PreviewSite::WithHeaders(HttpResponse response, const std::string& url_path) {
  HeaderList headers;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    headers = HeadersForPath(header_rules_, url_path);
  }
  headers.emplace_back("Cache-Control", "no-store");
  headers.insert(headers.end(), response.headers.begin(), response.headers.end());
  response.headers = std::move(headers);
  return response;
}

HttpResponse PreviewSite::Handle(const HttpRequest& request) {
  HttpResponse response;
  if (request.method != "GET" && request.method != "HEAD") {
    response.status = 405;
    response.headers = {{"Allow", "GET, HEAD"}};
    response.body = "Only GET and HEAD are supported.\n";
    return response;
  }
  const std::string& path = request.path;
  if (path == kLiveReloadEventsPath) return LiveReloadEvents(hub_);
  if (path == kLiveReloadScriptPath || path == kServeStylesheetPath) {
    bool script = path == kLiveReloadScriptPath;
    response.content_type = ContentTypeFor(script ? "x.js" : "x.css");
    response.body = script ? LiveReloadScript() : ServeStylesheet();
    return WithHeaders(std::move(response), path);
  }
  if (path == "/__diagnostics/" || path == "/__diagnostics") {
    std::lock_guard<std::mutex> lock(mutex_);
    response.content_type = ContentTypeFor("x.html");
    response.body = diagnostics_page_.empty() ? "<!doctype html><title>No diagnostics</title><p>No warnings.</p>"
                                              : diagnostics_page_;
    response.headers = {{"Cache-Control", "no-store"}};
    return response;
  }
  std::string base = base_path();
  if (base != "/") {
    // Served where it will be published: "/" (and the base without its slash) lead there; the rest is not the site.
    if (path == "/" || path == base.substr(0, base.size() - 1)) {
      response.status = 302;
      response.headers = {{"Location", base}};
      response.body = "The site is at " + base + "\n";
      return WithHeaders(std::move(response), "/");
    }
    if (path.compare(0, base.size(), base) != 0) return NotFound(request);
  }
  std::string site_path = path.substr(base.size() - 1);  // "/complaints/policy/" -> "/policy/"
  auto relative = SafeRelativePath(site_path);
  if (!relative) {
    response.status = 400;
    response.body = "Bad request: that path is not allowed.\n";
    return WithHeaders(std::move(response), "/");
  }
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (error_page_ && LooksLikePage(site_path)) {
      response.status = 500;
      response.content_type = ContentTypeFor("x.html");
      response.body = *error_page_;
      response.headers = {{"Cache-Control", "no-store"}};
      return response;
    }
  }
  return ServeFile(request, *relative, site_path);
}

HttpResponse PreviewSite::ServeFile(const HttpRequest& request, const std::string& relative,
                                    const std::string& site_path) {
  std::error_code ec;
  fs::path root = fs::weakly_canonical(root_, ec);
  fs::path file = root / relative;
  if (fs::is_directory(file, ec)) {
    if (!relative.empty() && relative.back() != '/') {
      HttpResponse redirect;
      redirect.status = 301;
      redirect.headers = {{"Location", request.path + "/" + (request.query.empty() ? "" : "?" + request.query)}};
      redirect.body = "Moved to " + request.path + "/\n";
      return WithHeaders(std::move(redirect), site_path);
    }
    file /= "index.html";
  }
  // Refuse anything that resolves outside the root (e.g. through a symbolic link).
  fs::path real = fs::weakly_canonical(file, ec);
  std::string real_text = real.string(), root_text = root.string() + "/";
  if (ec || real_text.compare(0, root_text.size(), root_text) != 0 || !fs::is_regular_file(real, ec))
    return NotFound(request, site_path);
  std::string error;
  auto body = ReadTextFile(real_text, &error);
  if (!body) return NotFound(request, site_path);
  HttpResponse response;
  response.content_type = ContentTypeFor(file.filename().string());
  if (response.content_type.rfind("text/html", 0) == 0) {
    int warnings, errors;
    {
      std::lock_guard<std::mutex> lock(mutex_);
      warnings = warnings_;
      errors = errors_;
    }
    std::string page = InjectLiveReload(std::move(*body));
    size_t head = page.find("</head>");
    if (warnings > 0 && head != std::string::npos)
      page.insert(head, "<meta name=\"complaints-site-serve-warnings\" content=\"" + std::to_string(warnings) + "\">");
    head = page.find("</head>");
    if (errors > 0 && head != std::string::npos)
      page.insert(head, "<meta name=\"complaints-site-serve-errors\" content=\"" + std::to_string(errors) + "\">");
    response.body = std::move(page);
  } else {
    response.body = std::move(*body);
  }
  return WithHeaders(std::move(response), site_path);
}

HttpResponse PreviewSite::NotFound(const HttpRequest& request, const std::string& site_path) {
  HttpResponse response;
  response.status = 404;
  std::string error;
  auto page = ReadTextFile((fs::path(root_) / "404.html").string(), &error);
  if (page) {
    response.content_type = ContentTypeFor("404.html");
    response.body = InjectLiveReload(std::move(*page));
  } else {
    response.body = "Not found: " + request.path + "\n";
  }
  return WithHeaders(std::move(response), site_path);
}

}  // namespace cs
