// The search page (the data of templates/page-search.mustache) and its script. Pagefind runs at the edge
// (site/io/pagefind.h).
#include "search.h"

namespace cs {

namespace {

const char kScript[] = R"JS(// Site search: queries the Pagefind index in /pagefind/ through its JavaScript API and lists the results
// with plain DOM methods (no inline code, no eval, no HTML strings), so it runs under the site's
// Content-Security-Policy. Without JavaScript the search page still lists every page.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-query");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  if (!form || !input || !status || !list || !window.Promise || !window.DOMParser) return;
  var base = form.getAttribute("data-base") || "/";
  var pagefind = null;
  form.hidden = false;

  function word(name, query, count) {
    return (form.getAttribute("data-" + name) || "").replace("{query}", query).replace("{count}", String(count));
  }
  function load() {
    if (!pagefind) {
      pagefind = import(base + "pagefind/pagefind.js").then(function (pf) {
        return Promise.resolve(pf.options({ baseUrl: base })).then(function () { return pf; });
      });
    }
    return pagefind;
  }
  // Pagefind's excerpts mark matches with <mark>; keep only the text and the marks.
  function appendExcerpt(html, into) {
    var doc = new DOMParser().parseFromString("<p>" + html + "</p>", "text/html");
    var nodes = doc.body.firstChild ? doc.body.firstChild.childNodes : [];
    for (var i = 0; i < nodes.length; i++) {
      if (nodes[i].nodeName === "MARK") {
        var mark = document.createElement("mark");
        mark.textContent = nodes[i].textContent;
        into.appendChild(mark);
      } else {
        into.appendChild(document.createTextNode(nodes[i].textContent));
      }
    }
  }
  function show(query, total, pages) {
    list.textContent = "";
    pages.forEach(function (page) {
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = page.url;
      link.textContent = (page.meta && page.meta.title) || page.url;
      item.appendChild(link);
      if (page.excerpt) {
        var excerpt = document.createElement("p");
        appendExcerpt(page.excerpt, excerpt);
        item.appendChild(excerpt);
      }
      list.appendChild(item);
    });
    status.textContent = total === 0 ? word("no-results", query, 0)
                       : total === 1 ? word("one-result", query, 1) : word("results", query, total);
  }
  function run(query) {
    query = query.trim();
    list.textContent = "";
    status.textContent = "";
    if (!query) return;
    load().then(function (pf) {
      // A provision number such as 6.3 finds the pages that carry it (data-pagefind-filter="provision:6.3").
      if (/^\d{1,2}\.\d{1,2}$/.test(query)) return pf.search(null, { filters: { provision: query } });
      return pf.search(query);
    }).then(function (search) {
      var top = search.results.slice(0, 20);
      return Promise.all(top.map(function (r) { return r.data(); })).then(function (pages) {
        show(query, search.results.length, pages);
      });
    }).catch(function () {
      status.textContent = word("unavailable", query, 0);
    });
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (window.history && history.replaceState)
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run(input.value);
  });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();
)JS";

}  // namespace

GeneratedPage SearchPage(const SiteContext& ctx, const std::vector<SearchListing>& pages, const std::string& script_url) {
  const Templates& t = *ctx.templates;
  GeneratedPage page;
  page.path = "search/index.html";
  page.title = t.T("search.title");
  page.description = t.T("search.description");
  page.has_h1 = false;
  nlohmann::json listed = nlohmann::json::array();
  for (const auto& p : pages) listed.push_back({{"title", p.title}, {"url", p.url}});
  // The form is hidden until the script runs: without JavaScript there is nothing to search with, only the list.
  page.body_html = t.Render("page-search",
                            {{"base", ctx.base_path.empty() ? "/" : ctx.base_path}, {"script", script_url}, {"pages", listed}},
                            ctx.diagnostics);
  return page;
}

GeneratedFile SearchScript() { return {kSearchScriptPath, kScript}; }

}  // namespace cs
