// A page's HTML made fit to paste into a CMS: plain semantic tags, no classes or scripts, every link absolute.
#pragma once

#include <string>
#include <string_view>

namespace cs {

/// The tags a CMS fragment keeps (with the attributes given): what WordPress's default post filter and stricter
/// "paste HTML" filters (Drupal's Basic HTML, Jadu, Umbraco's rich text) all allow. docs/publishing.md lists them.
/// p h2–h6 ul ol li dl dt dd blockquote br strong em a[href] table caption thead tbody tfoot tr
/// th[scope colspan rowspan] td[colspan rowspan].
bool CmsAllowedTag(std::string_view tag);
bool CmsAllowedAttribute(std::string_view tag, std::string_view attribute);

/// `html` (a page's <main> content as the generator writes it) for a CMS: the allowed tags with their allowed
/// attributes only; `<summary>` becomes a paragraph in bold; svg, script, style, form, button, input, label,
/// noscript, template and nav (a page's contents list: the CMS makes its own) are left out with what is in them;
/// every other tag (div, span, section, details, time, ...) is replaced by its content. Every href is resolved
/// against `page_url` (absolute, e.g. "https://example.org/complaints/policy/"), so links go to the site; an <a>
/// without an href, or with one IsSafeUrl refuses (javascript:, data: ...), becomes its text. `html` is trusted, well-formed markup (text already escaped).
std::string CmsHtml(std::string_view html, const std::string& page_url);

/// `href` as an absolute URL from `page_url`: a URL with a scheme is kept, "//host/x" gets https:, "/x" the
/// origin of `page_url`, "#x", "?x" and relative paths ("../x", "x/") are resolved as a browser would.
std::string AbsoluteUrl(const std::string& href, const std::string& page_url);

/// Whether a base URL names the site's full address ("https://example.org/complaints/"), not only its path
/// ("/complaints/") or nothing: what another website, a sitemap or a CMS fragment needs.
inline bool IsFullAddress(std::string_view base_url) { return base_url.find("://") != std::string_view::npos; }

}  // namespace cs
