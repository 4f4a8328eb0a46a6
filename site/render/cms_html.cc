// CmsHtml: the generator's markup reduced to the tags a CMS's "paste HTML" filter keeps (docs/publishing.md).
#include "cms_html.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "html.h"

namespace cs {

namespace {

struct Allowed {
  std::string_view tag;
  std::array<std::string_view, 3> attributes;
};

constexpr Allowed kAllowed[] = {
    {"p", {}},          {"h2", {}},     {"h3", {}},     {"h4", {}},    {"h5", {}},
    {"h6", {}},         {"ul", {}},     {"ol", {}},     {"li", {}},    {"dl", {}},
    {"dt", {}},         {"dd", {}},     {"blockquote", {}},            {"br", {}},
    {"strong", {}},     {"em", {}},     {"a", {"href"}},               {"table", {}},
    {"caption", {}},    {"thead", {}},  {"tbody", {}},  {"tfoot", {}}, {"tr", {}},
    {"th", {"scope", "colspan", "rowspan"}},            {"td", {"colspan", "rowspan"}},
};

// Left out with everything inside them.
constexpr std::string_view kDropped[] = {"svg", "script", "style", "form", "button", "input", "label",
                                         "noscript", "template", "nav", "select", "textarea", "iframe"};

bool IsVoid(std::string_view tag) {
  return tag == "br" || tag == "input" || tag == "img" || tag == "hr" || tag == "meta" || tag == "link" ||
         tag == "wbr" || tag == "source";
}

struct Tag {
  std::string name;  // lower case
  bool closing = false;
  bool self_closing = false;
  std::vector<std::pair<std::string, std::string>> attributes;  // values as written (entities kept)
};

// Parses the tag starting at html[at] == '<'; `end` is set past its '>'.
Tag ParseTag(std::string_view html, size_t at, size_t* end) {
  Tag tag;
  size_t i = at + 1;
  if (i < html.size() && html[i] == '/') {
    tag.closing = true;
    ++i;
  }
  while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-'))
    tag.name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
  while (i < html.size() && html[i] != '>') {
    if (std::isspace(static_cast<unsigned char>(html[i]))) {
      ++i;
      continue;
    }
    if (html[i] == '/') {
      tag.self_closing = true;
      ++i;
      continue;
    }
    std::string name;
    while (i < html.size() && !std::isspace(static_cast<unsigned char>(html[i])) && html[i] != '=' && html[i] != '>' &&
           html[i] != '/')
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
    std::string value;
    if (i < html.size() && html[i] == '=') {
      ++i;
      char quote = i < html.size() && (html[i] == '"' || html[i] == '\'') ? html[i++] : 0;
      while (i < html.size() && (quote ? html[i] != quote : !std::isspace(static_cast<unsigned char>(html[i])) && html[i] != '>'))
        value += html[i++];
      if (quote && i < html.size()) ++i;
    }
    if (!name.empty()) tag.attributes.emplace_back(name, value);
    else ++i;
  }
  *end = i < html.size() ? i + 1 : html.size();
  return tag;
}

// "&amp;" back to "&" in an attribute value (the only entity the generator writes in hrefs but quotes).
std::string DecodeAttribute(const std::string& value) {
  std::string out;
  for (size_t i = 0; i < value.size(); ++i) {
    if (value.compare(i, 5, "&amp;") == 0) {
      out += '&';
      i += 4;
    } else if (value.compare(i, 6, "&quot;") == 0) {
      out += '"';
      i += 5;
    } else {
      out += value[i];
    }
  }
  return out;
}

std::string EncodeAttribute(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '&') out += "&amp;";
    else if (c == '"') out += "&quot;";
    else if (c == '<') out += "&lt;";
    else out += c;
  }
  return out;
}

// "/a/./b/../c" → "/a/c".
std::string NormalisePath(const std::string& path) {
  std::vector<std::string> parts;
  size_t start = 1;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    std::string part = path.substr(start, slash == std::string::npos ? std::string::npos : slash - start);
    bool last = slash == std::string::npos;
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
      if (last) parts.emplace_back();
    } else if (part == ".") {
      if (last) parts.emplace_back();
    } else {
      parts.push_back(part);
    }
    if (last) break;
    start = slash + 1;
  }
  std::string out;
  for (const auto& part : parts) out += "/" + part;
  return out.empty() ? "/" : out;
}

}  // namespace

bool CmsAllowedTag(std::string_view tag) {
  return std::any_of(std::begin(kAllowed), std::end(kAllowed), [&](const Allowed& a) { return a.tag == tag; });
}

bool CmsAllowedAttribute(std::string_view tag, std::string_view attribute) {
  for (const auto& a : kAllowed)
    if (a.tag == tag) return std::find(a.attributes.begin(), a.attributes.end(), attribute) != a.attributes.end();
  return false;
}

std::string AbsoluteUrl(const std::string& href, const std::string& page_url) {
  size_t colon = href.find(':');
  size_t first_special = href.find_first_of("/?#");
  if (colon != std::string::npos && colon > 0 && (first_special == std::string::npos || colon < first_special))
    return href;  // a scheme: https:, mailto:, tel:
  size_t scheme_end = page_url.find("://");
  std::string scheme = scheme_end == std::string::npos ? "https" : page_url.substr(0, scheme_end);
  size_t path_start = scheme_end == std::string::npos ? std::string::npos : page_url.find('/', scheme_end + 3);
  std::string origin = path_start == std::string::npos ? page_url : page_url.substr(0, path_start);
  std::string page = page_url.substr(0, page_url.find_first_of("?#"));
  std::string page_path = path_start == std::string::npos ? "/" : page.substr(path_start);
  if (href.rfind("//", 0) == 0) return scheme + ":" + href;
  if (href.empty()) return page;
  if (href[0] == '#') return page + href;
  if (href[0] == '?') return page + href;
  size_t suffix_at = href.find_first_of("?#");
  std::string path = href.substr(0, suffix_at);
  std::string suffix = suffix_at == std::string::npos ? "" : href.substr(suffix_at);
  if (path[0] != '/') path = page_path.substr(0, page_path.rfind('/') + 1) + path;
  return origin + NormalisePath(path) + suffix;
}

std::string CmsHtml(std::string_view html, const std::string& page_url) {
  std::string out;
  std::vector<std::string> open_links;  // for each open <a>: "a" when kept, "" when replaced by its text
  size_t i = 0;
  while (i < html.size()) {
    if (html[i] != '<') {
      size_t next = html.find('<', i);
      out.append(html.substr(i, next == std::string_view::npos ? std::string_view::npos : next - i));
      i = next == std::string_view::npos ? html.size() : next;
      continue;
    }
    if (html.compare(i, 4, "<!--") == 0) {
      size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    size_t end = i;
    Tag tag = ParseTag(html, i, &end);
    i = end;
    if (tag.name.empty()) continue;
    if (!tag.closing && std::find(std::begin(kDropped), std::end(kDropped), tag.name) != std::end(kDropped)) {
      if (tag.self_closing || IsVoid(tag.name)) continue;
      // Skip to the matching end tag, counting nested ones of the same name.
      int depth = 1;
      while (depth > 0 && i < html.size()) {
        size_t lt = html.find('<', i);
        if (lt == std::string_view::npos) {
          i = html.size();
          break;
        }
        size_t after = lt;
        Tag inner = ParseTag(html, lt, &after);
        if (inner.name == tag.name && !inner.self_closing) depth += inner.closing ? -1 : 1;
        i = after;
      }
      continue;
    }
    if (tag.name == "summary") {
      out += tag.closing ? "</strong></p>" : "<p><strong>";
      continue;
    }
    if (tag.name == "a") {
      if (tag.closing) {
        if (!open_links.empty()) {
          if (!open_links.back().empty()) out += "</a>";
          open_links.pop_back();
        }
        continue;
      }
      std::string href;
      bool has_href = false;
      for (const auto& attribute : tag.attributes)
        if (attribute.first == "href") {
          href = attribute.second;
          has_href = true;
        }
      has_href = has_href && IsSafeUrl(DecodeAttribute(href));  // no javascript:, data: ... (the pages' one rule)
      open_links.push_back(has_href ? "a" : "");
      if (has_href) out += "<a href=\"" + EncodeAttribute(AbsoluteUrl(DecodeAttribute(href), page_url)) + "\">";
      continue;
    }
    if (!CmsAllowedTag(tag.name)) continue;
    if (tag.closing) {
      if (!IsVoid(tag.name)) out += "</" + tag.name + ">";
      continue;
    }
    out += "<" + tag.name;
    for (const auto& attribute : tag.attributes)
      if (CmsAllowedAttribute(tag.name, attribute.first)) out += " " + attribute.first + "=\"" + attribute.second + "\"";
    out += ">";
  }
  return out;
}

}  // namespace cs
