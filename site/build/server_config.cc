// One table of response headers and private files, written out as each kind of server's configuration.
#include "server_config.h"

#include <utility>

#include "build_steps.h"

namespace cs {

namespace {

// Where the configuration lives on a server for which docs/publishing.md explains the steps.
constexpr const char* kNginxFolder = "/var/www/complaints/";

// An XML attribute value in double quotes (the CSP's single quotes stay readable).
std::string XmlAttribute(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') out += "&amp;";
    else if (c == '<') out += "&lt;";
    else if (c == '"') out += "&quot;";
    else out += c;
  }
  return out;
}

// The types a server compresses (gzip) on the way out: text, and the widget's wasm, which shrinks from about 100 KB to
// 42 KB. Netlify, Cloudflare Pages and GitHub Pages compress these by themselves; the files below ask Apache, IIS
// and nginx to. On a phone with a slow connection it is most of the time a resident waits for the calculator.
const std::vector<std::string>& CompressedTypes() {
  static const std::vector<std::string> kTypes = {
      "text/html", "text/css", "text/javascript", "application/javascript", kWasmType, "application/json",
      "image/svg+xml", "application/xml", "text/plain", "text/csv", "text/calendar"};
  return kTypes;
}

std::string Pattern(HeaderScope scope) { return "/" + ScopeFolder(scope) + "*"; }

// A glob of PrivateFiles ('*' any run of characters) as a regular expression for Apache and nginx.
std::string GlobRegex(const std::string& glob) {
  std::string out;
  for (char c : glob) {
    if (c == '*') out += ".*";
    else if (c == '.' || c == '+' || c == '(' || c == ')' || c == '[' || c == ']' || c == '^' || c == '$')
      out += std::string("\\") + c;
    else out += c;
  }
  return out;
}

std::string PrivateFilesRegex() {
  std::string alternatives;
  for (const auto& name : PrivateFiles()) alternatives += (alternatives.empty() ? "" : "|") + GlobRegex(name);
  return "(?:" + alternatives + ")";
}

std::string HeadersFile() {
  std::string out;
  for (HeaderScope scope : {HeaderScope::Everything, HeaderScope::Assets, HeaderScope::Widget}) {
    out += Pattern(scope) + "\n";
    for (const auto& h : ResponseHeaders())
      if (h.scope == scope) out += "  " + h.name + ": " + h.value + "\n";
  }
  return out;
}

std::string Htaccess(const std::string& base_path) {
  std::string out =
      "# Apache configuration of this site, written by complaints-site from the same table as _headers.\n"
      "# The server needs AllowOverride All for this folder and mod_headers (a2enmod headers): docs/publishing.md.\n"
      "DirectoryIndex index.html\n"
      "ErrorDocument 404 " + base_path + "404.html\n"
      "AddType " + kWasmType + " ." + kWasmExtension + "\n"
      "\n# The build's own records and the server configuration are not for the public.\n"
      "<FilesMatch \"^" + PrivateFilesRegex() + "$\">\n"
      "  Require all denied\n"
      "</FilesMatch>\n"
      "\n# Compressed on the way out (mod_deflate, on in Debian's and most Apache installations).\n"
      "<IfModule mod_deflate.c>\n"
      "  AddOutputFilterByType DEFLATE";
  for (const auto& type : CompressedTypes()) out += " " + type;
  out += "\n</IfModule>\n"
      "\n<IfModule mod_headers.c>\n";
  for (const auto& h : ResponseHeaders())
    if (h.scope == HeaderScope::Everything) out += "  Header always set " + h.name + " \"" + h.value + "\"\n";
  for (HeaderScope scope : {HeaderScope::Assets, HeaderScope::Widget}) {
    out += "  <If \"%{REQUEST_URI} =~ m#^" + base_path + ScopeFolder(scope) + "#\">\n";
    for (const auto& h : ResponseHeaders())
      if (h.scope == scope) out += "    Header always set " + h.name + " \"" + h.value + "\"\n";
    out += "  </If>\n";
  }
  out += "</IfModule>\n";
  return out;
}

std::string WebConfig(const std::string& base_path) {
  auto headers = [](HeaderScope scope, const std::string& indent) {
    std::string out = indent + "<httpProtocol>\n" + indent + "  <customHeaders>\n";
    for (const auto& h : ResponseHeaders())
      if (h.scope == scope)
        out += indent + "    <add name=\"" + XmlAttribute(h.name) + "\" value=\"" + XmlAttribute(h.value) + "\" />\n";
    return out + indent + "  </customHeaders>\n" + indent + "</httpProtocol>\n";
  };
  std::string hidden, sequences;
  for (const auto& name : PrivateFiles()) {
    size_t star = name.find('*');
    if (star == std::string::npos) {
      hidden += "          <add segment=\"" + XmlAttribute(name) + "\" />\n";
    } else {  // IIS has no wildcards here: deny the longest literal run of the pattern, e.g. ".cs-tmp-"
      std::string longest, run;
      for (char c : name + "*") {
        if (c != '*') run += c;
        else if (run.size() > longest.size()) longest = std::exchange(run, "");
        else run.clear();
      }
      sequences += "          <add sequence=\"" + XmlAttribute(longest) + "\" />\n";
    }
  }
  std::string out =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
      "<!-- IIS configuration of this site, written by complaints-site from the same table as _headers\n"
      "     (docs/publishing.md). -->\n"
      "<configuration>\n"
      "  <system.webServer>\n"
      "    <staticContent>\n"
      "      <remove fileExtension=\"." + std::string(kWasmExtension) + "\" />\n"
      "      <mimeMap fileExtension=\"." + kWasmExtension + "\" mimeType=\"" + kWasmType + "\" />\n"
      "    </staticContent>\n"
      "    <httpErrors errorMode=\"Custom\">\n"
      "      <remove statusCode=\"404\" />\n"
      "      <error statusCode=\"404\" path=\"" + XmlAttribute(base_path) + "404.html\" responseMode=\"ExecuteURL\" />\n"
      "    </httpErrors>\n"
      "    <!-- Compressed on the way out. IIS compresses the text types by default; for the widget's wasm, IT adds\n"
      "         <add mimeType=\"" + kWasmType + "\" enabled=\"true\" /> to httpCompression's staticTypes in\n"
      "         applicationHost.config (docs/publishing.md). -->\n"
      "    <urlCompression doStaticCompression=\"true\" />\n" +
      headers(HeaderScope::Everything, "    ") +
      "    <!-- The build's own records and the server configuration are not for the public. -->\n"
      "    <security>\n"
      "      <requestFiltering>\n"
      "        <hiddenSegments>\n" + hidden + "        </hiddenSegments>\n"
      "        <denyUrlSequences>\n" + sequences + "        </denyUrlSequences>\n"
      "      </requestFiltering>\n"
      "    </security>\n"
      "  </system.webServer>\n";
  for (HeaderScope scope : {HeaderScope::Assets, HeaderScope::Widget}) {
    std::string folder = ScopeFolder(scope);
    out += "  <location path=\"" + folder.substr(0, folder.size() - 1) + "\">\n    <system.webServer>\n" +
           headers(scope, "      ") + "    </system.webServer>\n  </location>\n";
  }
  return out + "</configuration>\n";
}

std::string NginxConf(const std::string& base_path) {
  // nginx drops a location's inherited add_header lines when it has its own, so each location repeats them.
  auto headers = [](HeaderScope scope, const std::string& indent) {
    std::string out;
    for (const auto& h : ResponseHeaders())
      if (h.scope == HeaderScope::Everything || h.scope == scope)
        out += indent + "add_header " + h.name + " \"" + h.value + "\" always;\n";
    return out;
  };
  std::string out =
      "# nginx configuration of this site, written by complaints-site from the same table as _headers.\n"
      "# Put it inside your server { } block and change " + std::string(kNginxFolder) +
      " to the folder public/ is copied to.\n"
      "# nginx's mime.types (1.21 and later) sends ." + kWasmExtension + " as " + kWasmType +
      "; older ones need the line\n"
      "# \"" + kWasmType + " " + kWasmExtension + ";\" added to mime.types. docs/publishing.md explains the steps.\n"
      "location " + base_path + " {\n"
      "    alias " + kNginxFolder + ";\n"
      "    index index.html;\n"
      "    error_page 404 " + base_path + "404.html;\n"
      "    gzip on;\n"
      "    gzip_types" + [] {
        std::string types;
        for (const auto& type : CompressedTypes())
          if (type != "text/html") types += " " + type;  // nginx always compresses text/html once gzip is on
        return types;
      }() + ";\n" +
      headers(HeaderScope::Everything, "    ") +
      "\n    # The build's own records and the server configuration are not for the public.\n"
      "    location ~ ^" + GlobRegex(base_path) + PrivateFilesRegex() + "$ {\n"
      "        return 404;\n"
      "    }\n";
  for (HeaderScope scope : {HeaderScope::Assets, HeaderScope::Widget})
    out += "    location " + base_path + ScopeFolder(scope) + " {\n" + headers(scope, "        ") + "    }\n";
  return out + "}\n";
}

}  // namespace

const std::vector<ResponseHeader>& ResponseHeaders() {
  static const std::vector<ResponseHeader> kHeaders = {
      {HeaderScope::Everything, "Content-Security-Policy", std::string(kContentSecurityPolicy) + "; frame-ancestors 'self'"},
      {HeaderScope::Everything, "X-Content-Type-Options", "nosniff"},
      {HeaderScope::Everything, "Referrer-Policy", "no-referrer"},
      {HeaderScope::Assets, "Cache-Control", "public, max-age=31536000, immutable"},
      // Other sites embed the widget from /widget/ (docs/widget.md): allow cross-origin fetches.
      {HeaderScope::Widget, "Access-Control-Allow-Origin", "*"},
  };
  return kHeaders;
}

std::string ScopeFolder(HeaderScope scope) {
  switch (scope) {
    case HeaderScope::Assets: return "assets/";
    case HeaderScope::Widget: return "widget/";
    case HeaderScope::Everything: break;
  }
  return "";
}

const std::vector<std::string>& PrivateFiles() {
  static const std::vector<std::string> kPrivate = {
      ".complaints-site-build", ".complaints-site-record", ".*.cs-tmp-*",
      "_headers",               ".htaccess",               "web.config", "nginx.conf.example"};
  return kPrivate;
}

FileMap ServerConfigFiles(const std::string& base_path) {
  FileMap files;
  files["_headers"] = HeadersFile();
  files[".htaccess"] = Htaccess(base_path);
  files["web.config"] = WebConfig(base_path);
  files["nginx.conf.example"] = NginxConf(base_path);
  return files;
}

}  // namespace cs
