// Live reload for `complaints-site serve`: a hub that counts rebuilds, the Server-Sent Events stream at
// /__live-reload, and the small script (served as /__live-reload.js, never inline) that reloads pages.
#pragma once

#include <condition_variable>
#include <functional>
#include <mutex>
#include <string>

#include "http_server.h"
#include "page.h"  // kLiveReloadScriptPath

namespace cs {

inline constexpr const char* kLiveReloadEventsPath = "/__live-reload";
inline constexpr const char* kServeStylesheetPath = "/__serve.css";

class LiveReloadHub {
 public:
  /// `instance` tells one server run from the next (so a page reloads after the server restarts).
  explicit LiveReloadHub(std::string instance) : instance_(std::move(instance)) {}

  /// Records a finished build and wakes every open stream. `summary_json` is sent as the event's data
  /// (a JSON object, e.g. {"ok":true,"warnings":2}).
  void Publish(const std::string& summary_json);
  /// "<instance>-<generation>": changes with every build and every server run.
  std::string BuildId() const;
  /// Waits up to `timeout_ms` for a build newer than `*seen`; on one, sets `*seen` and `*summary_json`.
  bool WaitForBuild(long long* seen, int timeout_ms, std::string* summary_json);
  /// Ends every wait (server shutting down).
  void Close();

 private:
  std::string instance_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  long long generation_ = 0;
  std::string summary_ = "{}";
  bool closed_ = false;
};

/// The text/event-stream response for one browser: a "hello" event with the current build id at once,
/// a "reload" event after each build, a comment line every `ping_seconds` to notice closed tabs.
HttpResponse LiveReloadEvents(LiveReloadHub& hub, int ping_seconds = 15);

/// The /__live-reload.js script.
const std::string& LiveReloadScript();
/// The /__serve.css stylesheet for the error overlay and the warnings note.
const std::string& ServeStylesheet();

/// Adds <script src="/__live-reload.js" defer></script> to an HTML page that does not already load it
/// (before </head>, else before </body>, else at the end).
std::string InjectLiveReload(std::string html);

}  // namespace cs
