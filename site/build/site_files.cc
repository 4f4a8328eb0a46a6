// The site-wide files: sitemap.xml, robots.txt and the `_headers` a static host reads.
#include "build_steps.h"
#include "html.h"

namespace cs {

const char* const kContentSecurityPolicy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'";

FileMap SiteFiles(const FileMap& output, const std::string& base_url, const std::string& site_file,
                  std::vector<Diagnostic>* diagnostics) {
  FileMap files;
  std::vector<std::string> html_paths;
  for (const auto& [path, bytes] : output)
    if (path.size() > 11 && path.compare(path.size() - 11, 11, "/index.html") == 0) html_paths.push_back(path);
    else if (path == "index.html") html_paths.push_back(path);
  std::string robots = "User-agent: *\nAllow: /\n";
  if (base_url.empty()) {
    diagnostics->push_back({Severity::Warning, "site.base_url.missing", site_file, 0, 0,
                            "no \"base_url\", so sitemap.xml and canonical links are left out",
                            "set \"base_url\" in site.json (or pass --base-url) to the address the site is published at", ""});
  } else {
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const auto& path : html_paths) {
      // Pages for the landlord's staff (embed/) ask search engines not to list them, so the sitemap leaves them out.
      if (output.at(path).find("<meta name=\"robots\" content=\"noindex\">") != std::string::npos) continue;
      xml += "  <url><loc>" + EscapeHtml(base_url + path.substr(0, path.size() - 10)) + "</loc></url>\n";
    }
    xml += "</urlset>\n";
    files["sitemap.xml"] = xml;
    robots += "Sitemap: " + base_url + "sitemap.xml\n";
  }
  files["robots.txt"] = robots;
  files["_headers"] = std::string("/*\n  Content-Security-Policy: ") + kContentSecurityPolicy +
                      "; frame-ancestors 'self'\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer\n"
                      "/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n"
                      // Other sites embed the widget from /widget/ (docs/widget.md): allow cross-origin fetches.
                      "/widget/*\n  Access-Control-Allow-Origin: *\n";
  return files;
}

}  // namespace cs
