// Markdown to HTML with cmark-gfm: the only file that includes it (see markdown.h for the rules applied).
#include "markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <memory>
#include <mutex>
#include <string_view>

#include "html.h"
#include "link_safety.h"
#include "text.h"

namespace cs {

namespace {

struct ParserDeleter {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};
struct NodeDeleter {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};

std::vector<cmark_node*> AllNodes(cmark_node* root) {
  std::vector<cmark_node*> nodes;
  cmark_iter* it = cmark_iter_new(root);
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE)
    if (ev == CMARK_EVENT_ENTER) nodes.push_back(cmark_iter_get_node(it));
  cmark_iter_free(it);
  return nodes;
}

std::string PlainText(cmark_node* node) {
  std::string out;
  for (cmark_node* n : AllNodes(node)) {
    cmark_node_type t = cmark_node_get_type(n);
    if (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE) {
      const char* s = cmark_node_get_literal(n);
      if (s) out += s;
    } else if (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK) {
      out += ' ';
    }
  }
  return out;
}

int LineOf(cmark_node* n) {
  for (; n; n = cmark_node_parent(n)) {
    int line = cmark_node_get_start_line(n);
    if (line > 0) return line;
  }
  return 0;
}

int ColumnOf(cmark_node* n) {
  for (; n; n = cmark_node_parent(n)) {
    int column = cmark_node_get_start_column(n);
    if (column > 0) return column;
  }
  return 0;
}

class Renderer {
 public:
  Renderer(const MarkdownOptions& options, std::vector<Diagnostic>* diagnostics)
      : options_(options), diagnostics_(diagnostics) {}

  MarkdownResult Render(std::string_view markdown) {
    static std::once_flag registered;  // cmark-gfm registers its extensions in a global list, without a lock
    std::call_once(registered, cmark_gfm_core_extensions_ensure_registered);
    int flags = CMARK_OPT_VALIDATE_UTF8 | (options_.allow_raw_html ? CMARK_OPT_UNSAFE : CMARK_OPT_SAFE);
    std::unique_ptr<cmark_parser, ParserDeleter> parser(cmark_parser_new(flags));
    for (const char* name : {"table", "autolink", "strikethrough", "tasklist", "tagfilter"}) {
      if (cmark_syntax_extension* ext = cmark_find_syntax_extension(name))
        cmark_parser_attach_syntax_extension(parser.get(), ext);
    }
    cmark_parser_feed(parser.get(), markdown.data(), markdown.size());
    std::unique_ptr<cmark_node, NodeDeleter> doc;
    {
      // cmark-gfm's inline parser turns the extensions' characters on and off in tables shared by every parser
      // (cmark_manage_extensions_special_characters in blocks.c), so only one document's inlines are parsed at a
      // time; the rest of the page renders in parallel (site/render/parallel.h).
      static std::mutex inline_parsing;
      std::lock_guard<std::mutex> lock(inline_parsing);
      doc.reset(cmark_parser_finish(parser.get()));
    }

    MarkdownResult result;
    if (options_.extract_title) ExtractTitle(doc.get(), &result);
    for (cmark_node* n : AllNodes(doc.get())) {
      switch (cmark_node_get_type(n)) {
        case CMARK_NODE_LINK: links_.push_back(n); break;
        case CMARK_NODE_IMAGE: images_.push_back(n); break;
        case CMARK_NODE_HEADING: headings_.push_back(n); break;
        case CMARK_NODE_PARAGRAPH: paragraphs_.push_back(n); break;
        case CMARK_NODE_HTML_BLOCK:
        case CMARK_NODE_HTML_INLINE: raw_html_.push_back(n); break;
        default: break;
      }
    }
    ProcessRawHtml();
    ProcessLinks(&result);
    ProcessImages();
    ProcessTimescales();
    ProcessHeadings(&result);

    char* html = cmark_render_html(doc.get(), flags, cmark_parser_get_syntax_extensions(parser.get()));
    result.html = html ? html : "";
    std::free(html);
    for (cmark_node* n : detached_) cmark_node_free(n);
    detached_.clear();
    ReplaceTaskCheckboxes(&result.html, options_.task_done_label, options_.task_todo_label);
    TightenHeadings(&result.html);
    return result;
  }

 private:
  void Report(Severity severity, const std::string& code, cmark_node* at, const std::string& message,
              const std::string& fix) {
    if (!diagnostics_) return;
    Diagnostic d;
    d.severity = severity;
    d.code = code;
    d.file = options_.file;
    int line = LineOf(at);
    d.line = line ? line + options_.first_line - 1 : 0;
    d.column = ColumnOf(at);
    d.message = message;
    d.fix = fix;
    diagnostics_->push_back(d);
  }

  void ExtractTitle(cmark_node* doc, MarkdownResult* result) {
    cmark_node* first = cmark_node_first_child(doc);
    if (first && cmark_node_get_type(first) == CMARK_NODE_HEADING && cmark_node_get_heading_level(first) == 1) {
      result->title = Trim(PlainText(first));
      cmark_node_free(first);
    }
  }

  void ProcessRawHtml() {
    if (options_.allow_raw_html) return;
    bool reported = false;
    for (cmark_node* n : raw_html_) {
      if (!reported) {
        Report(Severity::Warning, "md.raw_html.removed", n, "raw HTML is not published (it was removed from the page)",
               "write it in Markdown, or set \"allow_raw_html\": true in site.json if you trust every author");
        reported = true;
      }
      Detach(n);
    }
  }

  void Unwrap(cmark_node* n) {
    while (cmark_node* child = cmark_node_first_child(n)) cmark_node_insert_before(n, child);
    Detach(n);
  }

  void ProcessLinks(MarkdownResult* result) {
    for (cmark_node* n : links_) {
      std::string url = cmark_node_get_url(n) ? cmark_node_get_url(n) : "";
      if (!IsSafeUrl(url)) {
        UnsafeLinkReason reason = ExplainUnsafeLink(url);
        Report(Severity::Warning, "md.link.unsafe_url", n,
               "link \"" + LinkForMessage(url) + "\" is left out and only its text is published: " + reason.why,
               reason.fix);
        Unwrap(n);
        continue;
      }
      if (!IsSiteUrl(url)) continue;
      result->site_links.push_back({url, LineOf(n) ? LineOf(n) + options_.first_line - 1 : 0, ColumnOf(n)});
      if (options_.links_from_root && !url.empty() && url[0] != '/' && url[0] != '#' && url[0] != '?') {
        url = "/" + url.substr(url.rfind("./", 0) == 0 ? 2 : 0);
        cmark_node_set_url(n, url.c_str());
      }
      if (!url.empty() && url[0] == '/' && (url.size() == 1 || url[1] != '/') && options_.base_path != "/" && !options_.base_path.empty())
        cmark_node_set_url(n, (options_.base_path + url.substr(1)).c_str());
    }
  }

  void ProcessImages() {
    for (cmark_node* n : images_) {
      std::string url = cmark_node_get_url(n) ? cmark_node_get_url(n) : "";
      if (IsSafeUrl(url) && IsSiteUrl(url)) {
        if (!url.empty() && url[0] == '/' && (url.size() == 1 || url[1] != '/') && options_.base_path != "/" && !options_.base_path.empty())
          cmark_node_set_url(n, (options_.base_path + url.substr(1)).c_str());
        continue;
      }
      Report(Severity::Warning, "md.image.not_local", n,
             "image \"" + LinkForMessage(url) + "\" is not a file of this site; it was replaced by its description",
             "put the image in content/ and link to it with a path, or remove it");
      std::string alt = PlainText(n);
      cmark_node* text = cmark_node_new(CMARK_NODE_TEXT);
      cmark_node_set_literal(text, alt.c_str());
      cmark_node_insert_before(n, text);
      Detach(n);
    }
  }

  void ProcessTimescales() {
    for (cmark_node* p : paragraphs_) {
      cmark_node* only = cmark_node_first_child(p);
      if (!only || cmark_node_next(only) || cmark_node_get_type(only) != CMARK_NODE_TEXT) continue;
      const char* literal = cmark_node_get_literal(only);
      if (!literal || Trim(literal) != "{{timescales}}") continue;
      if (!options_.timescales_html) {
        Report(Severity::Warning, "md.timescales.unavailable", p, "the {{timescales}} table cannot be used on this page",
               "use {{timescales}} in policy.md or a page under pages/");
        continue;
      }
      cmark_node* block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
      cmark_node_set_on_enter(block, options_.timescales_html().c_str());
      cmark_node_set_on_exit(block, "");
      cmark_node_replace(p, block);
      Detach(p);
    }
  }

  void ProcessHeadings(MarkdownResult* result) {
    int top = 6;
    for (cmark_node* h : headings_) top = std::min(top, cmark_node_get_heading_level(h));
    int shift = std::max(0, options_.min_heading_level - top);
    std::set<std::string> used = options_.reserved_ids;
    std::map<std::string, int> first_line;
    for (cmark_node* h : headings_) {
      MarkdownHeading heading;
      heading.level = std::min(6, cmark_node_get_heading_level(h) + shift);
      heading.text = Trim(PlainText(h));
      heading.line = LineOf(h) + options_.first_line - 1;
      std::string base = Slugify(heading.text);
      std::string id = base;
      for (int i = 2; used.count(id); ++i) id = base + "-" + std::to_string(i);
      if (id != base) {
        std::string where = first_line.count(base) ? " (first used on line " + std::to_string(first_line[base]) + ")"
                                                   : " (the page layout uses it)";
        Report(Severity::Warning, "md.heading.duplicate_id", h,
               "heading \"" + heading.text + "\" has the same link id \"" + base + "\" as another heading" + where +
                   "; this one gets \"" + id + "\"",
               "give each heading different words so links to it stay stable");
      }
      used.insert(id);
      first_line.emplace(base, heading.line);
      heading.id = id;

      std::string level = std::to_string(heading.level);
      cmark_node* block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK);
      cmark_node_set_on_enter(block, ("<h" + level + " id=\"" + EscapeHtml(id) + "\">").c_str());
      cmark_node_set_on_exit(block, ("</h" + level + ">").c_str());
      while (cmark_node* child = cmark_node_first_child(h)) cmark_node_append_child(block, child);
      cmark_node_replace(h, block);
      // Not freed yet: the moved text nodes' literals can point into the heading's own content buffer.
      Detach(h);
      result->headings.push_back(heading);
    }
  }

  static void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
    for (size_t pos = 0; (pos = s->find(from, pos)) != std::string::npos; pos += to.size()) s->replace(pos, from.size(), to);
  }

  // Custom blocks put line breaks inside the heading element: "<h2 id=\"x\">\nText\n</h2>" -> one line.
  static void TightenHeadings(std::string* html) {
    std::string out;
    out.reserve(html->size());
    const std::string& s = *html;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\n' && i + 4 < s.size() && s.compare(i + 1, 2, "</") == 0 && s[i + 3] == 'h' && s[i + 4] >= '1' &&
          s[i + 4] <= '6' && !out.empty() && out.back() != '\n')
        continue;  // "\n</hN>"
      out += s[i];
      if (s[i] == '>' && i + 1 < s.size() && s[i + 1] == '\n') {
        size_t window = out.size() > 200 ? out.size() - 200 : 0;  // a heading's start tag is short
        size_t in_tail = std::string_view(out).substr(window).rfind("<h");
        size_t open = in_tail == std::string_view::npos ? std::string::npos : window + in_tail;
        if (open != std::string::npos && out.compare(open, 4, "<hr ") != 0 &&
            open + 2 < out.size() && out[open + 2] >= '1' && out[open + 2] <= '6' &&
            out.compare(open + 3, 5, " id=\"") == 0 && out.find('<', open + 1) == std::string::npos)
          ++i;  // "<hN id=\"...\">\n"
      }
    }
    html->swap(out);
  }

  // Task list checkboxes become text, so they need no form label and read the same without colour or CSS.
  static void ReplaceTaskCheckboxes(std::string* html, const std::string& done, const std::string& todo) {
    ReplaceAll(html, "<input type=\"checkbox\" checked=\"\" disabled=\"\" /> ",
               "<span class=\"task task-done\">\xE2\x9C\x93<span class=\"visually-hidden\"> " + EscapeHtml(done) +
                   "</span></span> ");
    ReplaceAll(html, "<input type=\"checkbox\" disabled=\"\" /> ",
               "<span class=\"task\">\xE2\x80\x93<span class=\"visually-hidden\"> " + EscapeHtml(todo) +
                   "</span></span> ");
  }

  const MarkdownOptions& options_;
  std::vector<Diagnostic>* diagnostics_;
  std::vector<cmark_node*> links_, images_, headings_, paragraphs_, raw_html_;
  std::vector<cmark_node*> detached_;  ///< removed nodes, freed after rendering

  // Removes `n` from the tree but frees it only after rendering: nodes collected earlier may sit inside it
  // (an image inside an image's description), and moved text can point into its buffer.
  void Detach(cmark_node* n) {
    cmark_node_unlink(n);
    detached_.push_back(n);
  }
};

}  // namespace

MarkdownResult RenderMarkdown(std::string_view markdown, const MarkdownOptions& options,
                              std::vector<Diagnostic>* diagnostics) {
  return Renderer(options, diagnostics).Render(markdown);
}

}  // namespace cs
