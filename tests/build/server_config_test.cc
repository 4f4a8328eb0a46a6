// Tests for site/build/server_config.cc: .htaccess, web.config and nginx.conf.example send exactly the headers of
// `_headers`, each with its scope, serve .wasm as application/wasm and refuse the build's record and the configuration.
// (tests/browser/web_servers.test.mjs runs the Apache and nginx files in real servers.)
#include "server_config.h"

#include <doctest/doctest.h>

#include <map>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "serve_headers.h"

namespace {

// Scope ("" for every file, "assets/", "widget/") -> header name -> value.
using Scoped = std::map<std::string, std::map<std::string, std::string>>;

Scoped FromHeadersFile(const std::string& text) {
  Scoped out;
  for (const auto& rule : cs::ParseHeadersFile(text)) {
    REQUIRE(rule.pattern.size() >= 2);
    std::string scope = rule.pattern.substr(1, rule.pattern.size() - 2);  // "/assets/*" -> "assets/"
    for (const auto& header : rule.headers) out[scope][header.first] = header.second;
  }
  return out;
}

std::string XmlText(std::string s) {
  for (auto [entity, c] : std::map<std::string, std::string>{{"&quot;", "\""}, {"&lt;", "<"}, {"&amp;", "&"}})
    for (size_t at; (at = s.find(entity)) != std::string::npos;) s.replace(at, entity.size(), c);
  return s;
}

// Every match of `re` in `text` as (group 1, group 2).
std::vector<std::pair<std::string, std::string>> Matches(const std::string& text, const std::regex& re) {
  std::vector<std::pair<std::string, std::string>> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), re); it != std::sregex_iterator(); ++it)
    out.emplace_back((*it)[1].str(), (*it)[2].str());
  return out;
}

// The text between `open` and the next `close`.
std::string Between(const std::string& text, const std::string& open, const std::string& close) {
  size_t start = text.find(open);
  REQUIRE_MESSAGE(start != std::string::npos, open);
  size_t end = text.find(close, start + open.size());
  REQUIRE_MESSAGE(end != std::string::npos, close);
  return text.substr(start, end - start);
}

const std::set<std::string> kMustRefuse = {".complaints-site-build", ".complaints-site-record",
                                           ".complaints-site-record.cs-tmp-42", ".index.html.cs-tmp-7",
                                           "_headers", ".htaccess", "web.config", "nginx.conf.example"};
const std::set<std::string> kMustServe = {"index.html", "404.html", "widget.wasm", "site.1a2b3c4d.css", "sitemap.xml"};

}  // namespace

TEST_CASE("server config: every file sends the headers of _headers, serves .wasm and refuses private files") {
  for (std::string base : {"/", "/complaints/"}) {
    CAPTURE(base);
    cs::FileMap files = cs::ServerConfigFiles(base);
    REQUIRE(files.size() == 4);
    Scoped expected = FromHeadersFile(files.at("_headers"));
    REQUIRE(expected.size() == 3);
    CHECK(expected[""].count("Content-Security-Policy") == 1);
    CHECK(expected[""]["Content-Security-Policy"].find("frame-ancestors 'self'") != std::string::npos);
    CHECK(expected["assets/"]["Cache-Control"].find("immutable") != std::string::npos);
    CHECK(expected["widget/"]["Access-Control-Allow-Origin"] == "*");
    const std::regex apache_header(R"x(Header always set (\S+) "([^"]*)")x");
    const std::regex nginx_header(R"x(add_header (\S+) "([^"]*)" always;)x");
    const std::regex iis_header(R"x(<add name="([^"]*)" value="([^"]*)" />)x");

    SUBCASE(".htaccess") {
      const std::string& text = files.at(".htaccess");
      Scoped got;
      std::string everything = Between(text, "<IfModule mod_headers.c>", "<If ");
      for (const auto& h : Matches(everything, apache_header)) got[""][h.first] = h.second;
      for (std::string scope : {"assets/", "widget/"})
        for (const auto& h : Matches(Between(text, "m#^" + base + scope + "#", "</If>"), apache_header))
          got[scope][h.first] = h.second;
      CHECK(got == expected);
      CHECK(text.find("\nAddType application/wasm .wasm\n") != std::string::npos);
      CHECK(text.find("\nErrorDocument 404 " + base + "404.html\n") != std::string::npos);
      std::smatch m;
      REQUIRE(std::regex_search(text, m, std::regex(R"x(<FilesMatch "([^"]+)">\n  Require all denied)x")));
      const std::regex refused(m[1].str());
      for (const auto& name : kMustRefuse) CHECK_MESSAGE(std::regex_search(name, refused), name);
      for (const auto& name : kMustServe) CHECK_MESSAGE(!std::regex_search(name, refused), name);
    }
    SUBCASE("nginx.conf.example") {
      const std::string& text = files.at("nginx.conf.example");
      CHECK(text.find("location " + base + " {\n") != std::string::npos);
      CHECK(text.find("error_page 404 " + base + "404.html;") != std::string::npos);
      Scoped got;
      for (const auto& h : Matches(Between(text, "location " + base + " {", "location "), nginx_header)) got[""][h.first] = h.second;
      for (std::string scope : {"assets/", "widget/"}) {
        // nginx does not inherit add_header into a location with its own: each carries the site-wide ones too.
        auto nested = Matches(Between(text, "location " + base + scope + " {", "}"), nginx_header);
        std::map<std::string, std::string> all;
        for (const auto& h : nested) all[h.first] = h.second;
        for (const auto& h : got[""]) CHECK(all[h.first] == h.second);
        for (const auto& h : nested)
          if (!got[""].count(h.first)) got[scope][h.first] = h.second;
      }
      CHECK(got == expected);
      std::smatch m;
      REQUIRE(std::regex_search(text, m, std::regex(R"x(location ~ (\S+) \{\n\s+return 404;)x")));
      const std::regex refused(m[1].str());
      for (const auto& name : kMustRefuse) CHECK_MESSAGE(std::regex_search(base + name, refused), name);
      for (const auto& name : kMustServe) CHECK_MESSAGE(!std::regex_search(base + name, refused), name);
    }
    SUBCASE("web.config") {
      const std::string& text = files.at("web.config");
      Scoped got;
      for (const auto& h : Matches(Between(text, "<customHeaders>", "</customHeaders>"), iis_header))
        got[""][h.first] = XmlText(h.second);
      for (std::string scope : {"assets/", "widget/"})
        for (const auto& h : Matches(Between(text, "<location path=\"" + scope.substr(0, scope.size() - 1) + "\">", "</location>"), iis_header))
          got[scope][h.first] = XmlText(h.second);
      CHECK(got == expected);
      CHECK(text.find(R"x(<mimeMap fileExtension=".wasm" mimeType="application/wasm" />)x") != std::string::npos);
      CHECK(text.find("path=\"" + base + "404.html\"") != std::string::npos);
      std::set<std::string> hidden, sequences;
      for (const auto& h : Matches(text, std::regex(R"x(<add segment="([^"]*)"( ?)/>)x"))) hidden.insert(XmlText(h.first));
      for (const auto& h : Matches(text, std::regex(R"x(<add sequence="([^"]*)"( ?)/>)x"))) sequences.insert(XmlText(h.first));
      for (const auto& name : kMustRefuse) {
        bool refused = hidden.count(name) > 0;
        for (const auto& s : sequences) refused = refused || name.find(s) != std::string::npos;
        CHECK_MESSAGE(refused, name);
      }
      for (const auto& name : kMustServe) {
        CHECK_MESSAGE(hidden.count(name) == 0, name);
        for (const auto& s : sequences) CHECK_MESSAGE(name.find(s) == std::string::npos, name);
      }
    }
  }
}

TEST_CASE("server config: the table is what _headers lists, and the build's private files are in PrivateFiles") {
  std::string headers = cs::ServerConfigFiles("/").at("_headers");
  for (const auto& h : cs::ResponseHeaders()) CHECK(headers.find("  " + h.name + ": " + h.value + "\n") != std::string::npos);
  std::set<std::string> names(cs::PrivateFiles().begin(), cs::PrivateFiles().end());
  for (const char* name : {".complaints-site-build", ".complaints-site-record", "_headers", ".htaccess", "web.config", "nginx.conf.example"})
    CHECK_MESSAGE(names.count(name) == 1, name);
}

TEST_CASE("server config: docs/publishing.md shows the nginx configuration the build writes for /complaints/") {
  std::ifstream in(std::string(SOURCE_DIRECTORY) + "/docs/publishing.md");
  REQUIRE(in);
  std::stringstream doc;
  doc << in.rdbuf();
  std::string text = doc.str(), nginx = cs::ServerConfigFiles("/complaints/").at("nginx.conf.example");
  CHECK_MESSAGE(text.find("```nginx\n" + nginx + "```\n") != std::string::npos,
                "docs/publishing.md's nginx block differs from nginx.conf.example: paste the file `build --base-url "
                "https://www.example.org/complaints/` writes");
}
