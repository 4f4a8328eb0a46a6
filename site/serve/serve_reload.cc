// The live-reload hub, its event stream and the browser script.
#include "serve_reload.h"

#include <chrono>
#include <memory>

namespace cs {

void LiveReloadHub::Publish(const std::string& summary_json) {
  std::lock_guard<std::mutex> lock(mutex_);
  ++generation_;
  summary_ = summary_json;
  changed_.notify_all();
}

std::string LiveReloadHub::BuildId() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return instance_ + "-" + std::to_string(generation_);
}

bool LiveReloadHub::WaitForBuild(long long* seen, int timeout_ms, std::string* summary_json) {
  std::unique_lock<std::mutex> lock(mutex_);
  changed_.wait_for(lock, std::chrono::milliseconds(timeout_ms), [&] { return closed_ || generation_ > *seen; });
  if (closed_ || generation_ <= *seen) return false;
  *seen = generation_;
  *summary_json = summary_;
  return true;
}

void LiveReloadHub::Close() {
  std::lock_guard<std::mutex> lock(mutex_);
  closed_ = true;
  changed_.notify_all();
}

HttpResponse LiveReloadEvents(LiveReloadHub& hub, int ping_seconds) {
  HttpResponse response;
  response.content_type = "text/event-stream; charset=utf-8";
  response.headers = {{"Cache-Control", "no-store"}, {"X-Accel-Buffering", "no"}};
  struct State {
    bool greeted = false;
    long long seen = 0;
    int idle_seconds = 0;
  };
  auto state = std::make_shared<State>();
  response.stream = [&hub, state, ping_seconds](std::string* chunk) {
    if (!state->greeted) {
      state->greeted = true;
      std::string id = hub.BuildId();
      state->seen = std::stoll(id.substr(id.rfind('-') + 1));
      *chunk = "retry: 1000\nevent: hello\ndata: {\"build\":\"" + id + "\"}\n\n";
      return true;
    }
    std::string summary;
    if (hub.WaitForBuild(&state->seen, 1000, &summary)) {
      state->idle_seconds = 0;
      *chunk = "event: reload\ndata: " + summary + "\n\n";
      return true;
    }
    if (++state->idle_seconds >= ping_seconds) {
      state->idle_seconds = 0;
      *chunk = ": ping\n\n";
    }
    return true;
  };
  return response;
}

const std::string& LiveReloadScript() {
  static const std::string kScript = R"JS(// complaints-site serve: reloads this page when the site has been rebuilt. Preview only; never published.
(function () {
  "use strict";
  if (!window.EventSource) return;
  var firstBuild = null;
  var source = new EventSource("/__live-reload");
  source.addEventListener("hello", function (event) {
    var build = JSON.parse(event.data).build;
    if (firstBuild === null) firstBuild = build;
    else if (build !== firstBuild) window.location.reload();  // rebuilt or restarted while we were away
  });
  source.addEventListener("reload", function () {
    source.close();
    window.location.reload();
  });
  function count(name) {
    var meta = document.querySelector('meta[name="complaints-site-serve-' + name + '"]');
    return meta ? parseInt(meta.getAttribute("content"), 10) || 0 : 0;
  }
  function showWarnings() {
    var warnings = count("warnings"), errors = count("errors");
    if (!warnings && !errors) return;
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = "/__serve.css";
    document.head.appendChild(link);
    var note = document.createElement("a");
    note.className = errors ? "cs-serve-note cs-serve-note-errors" : "cs-serve-note";
    note.href = "/__diagnostics/";
    var parts = [];
    if (errors) parts.push(errors + (errors === 1 ? " error" : " errors"));
    if (warnings) parts.push(warnings + (warnings === 1 ? " warning" : " warnings"));
    note.textContent = parts.join(", ") + " from check (preview only" +
        (errors ? "; build will not publish the site until the errors are fixed)" : ")");
    document.body.appendChild(note);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showWarnings);
  else showWarnings();
})();
)JS";
  return kScript;
}

const std::string& ServeStylesheet() {
  static const std::string kCss = R"CSS(/* complaints-site serve: the build-error page and the warnings note. Preview only. */
.cs-serve-overlay { font: 1rem/1.5 system-ui, sans-serif; margin: 0; padding: 1.5rem; background: #fff; color: #0b0c0c; }
.cs-serve-overlay h1 { font-size: 1.75rem; margin: 0 0 1rem; color: #942514; }
.cs-serve-overlay .cs-diagnostic { border-left: 6px solid #942514; padding: .5rem 1rem; margin: 0 0 1.5rem; }
.cs-serve-overlay .cs-diagnostic.cs-warning { border-left-color: #6f4b00; }
.cs-serve-overlay .cs-place { font-family: ui-monospace, monospace; font-weight: bold; overflow-wrap: anywhere; }
.cs-serve-overlay pre { background: #f3f2f1; padding: .75rem; overflow-x: auto; font-size: .9rem; }
.cs-serve-overlay mark { background: #ffdd00; color: #0b0c0c; }
.cs-serve-overlay .cs-fix { font-style: italic; }
.cs-serve-note { position: fixed; right: .5rem; bottom: .5rem; z-index: 1000; background: #6f4b00; color: #fff;
  padding: .5rem .75rem; font: .9rem/1.3 system-ui, sans-serif; border-radius: 4px; }
.cs-serve-note-errors { background: #942514; }
.cs-serve-note:focus { outline: 3px solid #ffdd00; }
)CSS";
  return kCss;
}

std::string InjectLiveReload(std::string html) {
  if (html.find(kLiveReloadScriptPath) != std::string::npos) return html;
  const std::string tag = std::string("<script src=\"") + kLiveReloadScriptPath + "\" defer></script>";
  for (const char* anchor : {"</head>", "</body>"}) {
    size_t at = html.find(anchor);
    if (at != std::string::npos) return html.insert(at, tag);
  }
  return html + tag;
}

}  // namespace cs
