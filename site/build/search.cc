// The search page (the data of templates/page-search.mustache), its script, and running Pagefind over the built site.
#include "search.h"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <ostream>

#include "files.h"

extern char** environ;

namespace cs {

namespace fs = std::filesystem;

namespace {

bool Executable(const fs::path& p) {
  std::error_code ec;
  return fs::is_regular_file(p, ec) && ::access(p.c_str(), X_OK) == 0;
}

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

std::string FindPagefind() {
  if (const char* env = std::getenv("PAGEFIND"); env && *env) return Executable(env) ? env : "";
  std::error_code ec;
  for (const fs::path& dir : {fs::current_path(ec), fs::path(CS_SOURCE_DIR)}) {
    fs::path candidate = dir / "node_modules" / ".bin" / "pagefind";
    if (Executable(candidate)) return candidate.string();
  }
  if (const char* path = std::getenv("PATH")) {
    std::string all = path;
    size_t start = 0;
    while (start <= all.size()) {
      size_t end = all.find(':', start);
      if (end == std::string::npos) end = all.size();
      fs::path candidate = fs::path(all.substr(start, end - start)) / "pagefind";
      if (end > start && Executable(candidate)) return candidate.string();
      start = end + 1;
    }
  }
  return "";
}

bool RunPagefind(const std::string& pagefind, const std::string& site_dir, std::string* error) {
  int out[2];
  if (::pipe(out) != 0) {
    *error = "cannot run Pagefind: no pipe";
    return false;
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_adddup2(&actions, out[1], STDERR_FILENO);
  posix_spawn_file_actions_addclose(&actions, out[0]);
  std::vector<std::string> args = {pagefind, "--site", site_dir, "--quiet"};
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int rc = posix_spawn(&pid, pagefind.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(out[1]);
  std::string output;
  char buf[4096];
  ssize_t n;
  while ((n = ::read(out[0], buf, sizeof buf)) > 0) output.append(buf, static_cast<size_t>(n));
  ::close(out[0]);
  if (rc != 0) {
    *error = "cannot run " + pagefind + ": " + std::strerror(rc);
    return false;
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    *error = "Pagefind failed (" + pagefind + ")" + (output.empty() ? "" : ":\n" + output);
    return false;
  }
  std::error_code ec;
  if (!fs::exists(fs::path(site_dir) / "pagefind" / "pagefind.js", ec)) {
    *error = "Pagefind ran but wrote no index in " + site_dir + "/pagefind/" + (output.empty() ? "" : ":\n" + output);
    return false;
  }
  return true;
}

SearchIndexResult IndexForSearch(std::map<std::string, std::string>* output, SearchMode mode,
                                 const std::string& pagefind) {
  SearchIndexResult result;
  if (mode == SearchMode::Off) return result;
  auto problem = [&](const std::string& message, const std::string& fix) {
    result.problem = Diagnostic{mode == SearchMode::On ? Severity::Error : Severity::Warning, "build.search.failed",
                                "pagefind", 0, 0, message, fix, ""};
    return result;
  };
  if (pagefind.empty()) {
    if (mode == SearchMode::On) {
      result.problem = Diagnostic{Severity::Error, "build.search.missing", "pagefind", 0, 0,
                                  "--search on was given but Pagefind is not installed",
                                  "run `npm install pagefind`, or set PAGEFIND=/path/to/pagefind", ""};
      return result;
    }
    result.note = HowToEnableSearch();
    return result;
  }
  std::error_code ec;
  std::string scratch = (fs::temp_directory_path(ec) / "complaints-site-search-XXXXXX").string();
  if (!::mkdtemp(scratch.data())) return problem("cannot create a scratch folder for Pagefind", "check the temporary folder");
  std::string error;
  for (const auto& [path, bytes] : *output) {
    if (path.size() < 5 || path.compare(path.size() - 5, 5, ".html") != 0) continue;
    if (!WriteTextFile((fs::path(scratch) / path).string(), bytes, &error)) {
      fs::remove_all(scratch, ec);
      return problem(error, "check the temporary folder");
    }
    ++result.pages;
  }
  if (!RunPagefind(pagefind, scratch, &error)) {
    fs::remove_all(scratch, ec);
    return problem(error, "run the build with --search off to publish without search, or reinstall Pagefind");
  }
  fs::path index = fs::path(scratch) / "pagefind";
  for (auto it = fs::recursive_directory_iterator(index, ec); !ec && it != fs::recursive_directory_iterator();
       it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::string name = it->path().filename().string();
    if (name.find("-ui.") != std::string::npos || name.find("highlight") != std::string::npos) continue;
    auto bytes = ReadTextFile(it->path().string(), &error);
    if (!bytes) {
      fs::remove_all(scratch, ec);
      return problem(error, "check the temporary folder");
    }
    (*output)["pagefind/" + fs::relative(it->path(), index, ec).generic_string()] = std::move(*bytes);
    ++result.files_added;
  }
  fs::remove_all(scratch, ec);
  result.indexed = true;
  return result;
}

std::string HowToEnableSearch() {
  return "note: search is off because Pagefind is not installed — run `npm install pagefind` in this folder "
         "(or set PAGEFIND=/path/to/pagefind) and build again; the search page lists every page meanwhile";
}

}  // namespace cs
