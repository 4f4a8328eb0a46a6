// Rebuilding for the preview server.
#include "serve_session.h"

#include <chrono>
#include <exception>
#include <ostream>
#include <sstream>

#include "exit_status.h"
#include "files.h"
#include "serve_overlay.h"
#include "serve_sync.h"

namespace cs {

namespace {

std::string InstanceId() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return std::to_string(std::chrono::duration_cast<std::chrono::milliseconds>(now).count());
}

std::string ReadForExcerpt(const std::string& path) {
  std::string ignored;
  auto text = ReadTextFile(path, &ignored);
  return text ? *text : "";
}

}  // namespace

PreviewSession::PreviewSession(BuildOptions build_options, std::string serve_root, BuildFunction build,
                               std::ostream& log)
    : options_(std::move(build_options)),
      serve_root_(std::move(serve_root)),
      build_(std::move(build)),
      log_(log),
      hub_(InstanceId()),
      site_(serve_root_, hub_) {}

RebuildResult PreviewSession::Rebuild(const std::vector<std::string>& changed) {
  using Clock = std::chrono::steady_clock;
  auto start = Clock::now();
  RebuildResult result;
  if (!changed.empty()) {
    log_ << "serve: changed: " << changed.front();
    if (changed.size() > 1) log_ << " and " << changed.size() - 1 << " more";
    log_ << "\n";
  }
  std::ostringstream output;
  BuildReport report;
  try {
    result.status = build_(options_, output, &report);
  } catch (const std::exception& e) {
    output << "complaints-site: error: the build stopped unexpectedly: " << e.what() << "\n";
    result.status = kExitContentError;
  }
  std::string text = output.str();
  log_ << text;
  Diagnostics diagnostics = report.diagnostics;
  int warnings = 0, errors = 0;  // on a built site, errors are what stops `build` publishing it (a preview shows it)
  for (const auto& d : diagnostics) (d.severity == Severity::Warning ? warnings : errors)++;
  bool ok = result.status == kExitSuccess;
  if (ok) {
    SyncResult sync = SyncFolder(options_.out_dir, serve_root_);
    if (!sync.ok) {
      ok = false;
      text += "complaints-site serve: error: " + sync.error + "\n";
      diagnostics.push_back({Severity::Error, "serve.sync", serve_root_, 0, 0, sync.error,
                             "check the folder the preview is served from", ""});
      result.status = kExitUsage;
    }
    result.written = static_cast<int>(sync.written.size());
    result.unchanged = sync.unchanged;
    result.removed = static_cast<int>(sync.removed.size());
  }
  if (ok) site_.ShowSite(warnings, errors, RenderDiagnosticsPage(diagnostics, false, text, ReadForExcerpt), report.base_path);
  else site_.ShowError(RenderDiagnosticsPage(diagnostics, true, text, ReadForExcerpt));
  result.milliseconds =
      std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
  hub_.Publish(std::string("{\"ok\":") + (ok ? "true" : "false") + ",\"errors\":" + std::to_string(ok ? errors : 0) +
               ",\"warnings\":" + std::to_string(warnings) +
               ",\"written\":" + std::to_string(result.written) + "}");
  if (ok)
    log_ << "serve: site updated in " << result.milliseconds << " ms: " << result.written << " files written, "
         << result.unchanged << " unchanged, " << result.removed << " removed\n";
  else
    log_ << "serve: the build failed; browsers show the errors until you fix them (" << result.milliseconds
         << " ms)\n";
  log_.flush();
  return result;
}

}  // namespace cs
