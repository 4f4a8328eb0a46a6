// The page `complaints-site serve` shows instead of the site when a build fails: every diagnostic with
// its file, line and the lines around it, so a typo in content/ never crashes the preview.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "diagnostic.h"

namespace cs {

/// A complete HTML page listing `diagnostics` (errors first) with a few lines of each file around the
/// place, read through `read_file` (returns "" when the file cannot be read). `failed` says whether the
/// build failed ("The site could not be built") or the site is shown and this lists what the build found (errors
/// that stop `build` from publishing, in a preview that goes on regardless, and warnings). `log` is the build's whole
/// output, shown at the end. CSP-clean: the page uses /__serve.css and /__live-reload.js, nothing inline.
std::string RenderDiagnosticsPage(const std::vector<Diagnostic>& diagnostics, bool failed, const std::string& log,
                                  const std::function<std::string(const std::string&)>& read_file);

}  // namespace cs
