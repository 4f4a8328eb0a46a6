// One `complaints-site serve` run: build into a staging folder, mirror it into the served folder, show
// errors as a page, tell open browsers to reload. The build function is a parameter so tests can fake it.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "build_site.h"
#include "serve_reload.h"
#include "serve_site.h"

namespace cs {

using BuildFunction = std::function<int(const BuildOptions&, std::ostream&, BuildReport*)>;

struct RebuildResult {
  int status = 0;             ///< the build's ExitStatus
  int written = 0;            ///< files rewritten in the served folder
  int unchanged = 0;          ///< files left alone because they were identical
  int removed = 0;            ///< files no longer produced
  long long milliseconds = 0; ///< build and mirror together
};

class PreviewSession {
 public:
  /// `build_options.out_dir` is the staging folder the build writes; `serve_root` the folder served.
  PreviewSession(BuildOptions build_options, std::string serve_root, BuildFunction build, std::ostream& log);

  /// Builds, then shows the new site or the error page, then tells browsers to reload. `changed` (the
  /// files that triggered it) is only reported in the log.
  RebuildResult Rebuild(const std::vector<std::string>& changed);

  PreviewSite& site() { return site_; }
  LiveReloadHub& hub() { return hub_; }

 private:
  BuildOptions options_;
  std::string serve_root_;
  BuildFunction build_;
  std::ostream& log_;
  LiveReloadHub hub_;
  PreviewSite site_;
};

}  // namespace cs
