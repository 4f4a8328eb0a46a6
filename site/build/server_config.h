// The response headers, MIME type and private files every host must know about, in one table, and the
// configuration written from it for each kind of server: `_headers` (Netlify, Cloudflare Pages), `.htaccess`
// (Apache), `web.config` (IIS) and `nginx.conf.example` (nginx; docs/publishing.md shows it too).
#pragma once

#include <string>
#include <vector>

#include "file_map.h"

namespace cs {

/// Which files of the published site a response header applies to.
enum class HeaderScope {
  Everything,  ///< every response ("/*" in `_headers`)
  Assets,      ///< the content-hashed files under assets/ (their names change when they do)
  Widget,      ///< the widget's stable copies under widget/, which other sites embed
};

/// One header a server sends with the files of `scope`.
struct ResponseHeader {
  HeaderScope scope;
  std::string name;
  std::string value;
};

/// The headers of the published site, in the order `_headers` lists them: the Content-Security-Policy (with
/// frame-ancestors, which a <meta> cannot carry), nosniff, the referrer policy, a year's caching for assets/ and
/// cross-origin fetches of widget/.
const std::vector<ResponseHeader>& ResponseHeaders();

/// The folder of a scope under the site ("assets/", "widget/"), or "" for Everything.
std::string ScopeFolder(HeaderScope scope);

/// The MIME type the calculator's engine must be served with, and its extension.
inline constexpr const char* kWasmExtension = "wasm";
inline constexpr const char* kWasmType = "application/wasm";

/// Files in the output that are for the build or the server, never for the public: the build's manifest and record
/// (and their temporary copies, ".NAME.cs-tmp-PID") and the server configuration itself. Each is a file name at the
/// top of the site; a name ending in '*' is a prefix.
const std::vector<std::string>& PrivateFiles();

/// The configuration files, written at the top of the output: "_headers", ".htaccess", "web.config" and
/// "nginx.conf.example". `base_path` is the URL path the site is published under ("/" or "/complaints/"): the
/// 404 page and the nginx location are under it.
FileMap ServerConfigFiles(const std::string& base_path);

}  // namespace cs
