// The site-wide files: sitemap.xml, robots.txt and each kind of server's configuration (server_config.h).
#include "build_steps.h"
#include "cms_html.h"
#include "html.h"
#include "server_config.h"

namespace cs {

const char* const kContentSecurityPolicy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'";

FileMap SiteFiles(const FileMap& output, const std::string& base_url, const std::string& base_path,
                  const std::string& site_file, std::vector<Diagnostic>* diagnostics, const std::set<std::string>& unlisted) {
  FileMap files;
  std::vector<std::string> html_paths;
  for (const auto& [path, bytes] : output) {
    if (unlisted.count(path)) continue;  // pages not for residents (noindex: the governing body pack, embed/)
    if ((path.size() > 11 && path.compare(path.size() - 11, 11, "/index.html") == 0) || path == "index.html")
      html_paths.push_back(path);
  }
  std::string robots = "User-agent: *\nAllow: /\n";
  // The CMS fragments are for pasting, not pages (no <head>, so no noindex of their own): search engines keep out.
  if (output.count("cms/README.txt")) robots += "Disallow: " + base_path + "cms/\n";
  if (base_url.empty()) {
    diagnostics->push_back({Severity::Warning, "site.base_url.missing", site_file, 0, 0,
                            "no \"base_url\", so sitemap.xml and canonical links are left out",
                            "set \"base_url\" in site.json (or pass --base-url) to the address the site is published at", ""});
  } else if (IsFullAddress(base_url)) {  // a sitemap needs full addresses: none when base_url is only a path
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                      "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n";
    for (const auto& path : html_paths)
      xml += "  <url><loc>" + EscapeHtml(base_url + path.substr(0, path.size() - 10)) + "</loc></url>\n";
    xml += "</urlset>\n";
    files["sitemap.xml"] = xml;
    robots += "Sitemap: " + base_url + "sitemap.xml\n";
  }
  files["robots.txt"] = robots;
  files.merge(ServerConfigFiles(base_path));
  return files;
}

}  // namespace cs
