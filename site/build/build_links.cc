// Checks the built site's internal links: every linked page exists, every #anchor is an id on its page.
#include <map>
#include <set>

#include "build_steps.h"

namespace cs {

namespace {

std::set<std::string> IdsIn(const std::string& html, std::vector<std::string>* duplicates) {
  std::set<std::string> ids;
  for (size_t pos = 0; (pos = html.find(" id=\"", pos)) != std::string::npos;) {
    pos += 5;
    size_t end = html.find('"', pos);
    if (end == std::string::npos) break;
    std::string id = html.substr(pos, end - pos);
    if (!ids.insert(id).second && duplicates) duplicates->push_back(id);
  }
  return ids;
}

// Resolves `url` (no scheme) against the page at `from` ("policy/index.html") to an output path, or "" when
// it climbs above the site. A folder resolves to its index.html.
std::string Resolve(const std::string& from, std::string url, std::string* fragment) {
  size_t hash = url.find('#');
  *fragment = hash == std::string::npos ? "" : url.substr(hash + 1);
  if (hash != std::string::npos) url.resize(hash);
  size_t query = url.find('?');
  if (query != std::string::npos) url.resize(query);
  if (url.empty()) return from;
  std::vector<std::string> parts;
  if (url[0] != '/') {
    size_t slash = from.rfind('/');
    std::string dir = slash == std::string::npos ? "" : from.substr(0, slash);
    for (size_t s = 0, e; s < dir.size(); s = e + 1) {
      e = dir.find('/', s);
      if (e == std::string::npos) e = dir.size();
      parts.push_back(dir.substr(s, e - s));
    }
  }
  bool folder = url.back() == '/';
  for (size_t s = 0, e; s <= url.size(); s = e + 1) {
    e = url.find('/', s);
    if (e == std::string::npos) e = url.size();
    std::string seg = url.substr(s, e - s);
    if (seg.empty() || seg == ".") continue;
    if (seg == "..") {
      if (parts.empty()) return "";
      parts.pop_back();
    } else {
      parts.push_back(seg);
    }
  }
  std::string path;
  for (const auto& p : parts) path += (path.empty() ? "" : "/") + p;
  if (folder || path.empty()) path += path.empty() ? "index.html" : "/index.html";
  return path;
}

}  // namespace

void CheckSiteLinks(const std::map<std::string, std::string>& output, const std::vector<PageLinks>& links,
                    std::vector<Diagnostic>* diagnostics) {
  std::map<std::string, std::set<std::string>> ids;
  for (const auto& [path, bytes] : output) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    std::vector<std::string> duplicates;
    ids[path] = IdsIn(bytes, &duplicates);
    for (const auto& id : duplicates)
      diagnostics->push_back({Severity::Warning, "html.id.duplicate", path, 0, 0,
                              "the id \"" + id + "\" is used twice on this page, so links to it are ambiguous",
                              "give the headings on this page different words", ""});
  }
  for (const auto& page : links) {
    for (const auto& link : page.links) {
      std::string fragment;
      std::string target = Resolve(page.page_path, link.url, &fragment);
      bool exists = !target.empty() && output.count(target);
      if (!exists && !target.empty() && output.count(target + "/index.html")) {
        target += "/index.html";
        exists = true;
      }
      if (!exists) {
        diagnostics->push_back({Severity::Error, "link.page.missing", page.file, link.line, link.column,
                                "link to \"" + link.url + "\": there is no such page on this site",
                                "check the address; pages are /, /policy/, /ombudsman/, /self-assessment/, /deadlines/, "
                                "/make-a-complaint/, /accessibility/ and /<name>/ for pages/<name>.md", ""});
        continue;
      }
      auto page_ids = ids.find(target);
      if (!fragment.empty() && page_ids != ids.end() && !page_ids->second.count(fragment))
        diagnostics->push_back({Severity::Warning, "link.anchor.missing", page.file, link.line, link.column,
                                "link to \"" + link.url + "\": the page has no heading or provision with the id \"" + fragment + "\"",
                                "check the part after #", ""});
    }
  }
}

}  // namespace cs
