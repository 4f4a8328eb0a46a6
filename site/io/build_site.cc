// `complaints-site build` and `check` at the edge: the date, the content folder, the built-in files, Pagefind and the
// output folder around the pure generator.
#include "build_site.h"

#include <chrono>
#include <ostream>
#include <vector>

#include "builtin_files.h"
#include "checks.h"
#include "directory_source.h"
#include "exit_status.h"
#include "files.h"
#include "output_folder.h"
#include "pagefind.h"
#include "today.h"

namespace cs {

namespace {

using Clock = std::chrono::steady_clock;

Diagnostic Problem(Severity severity, const std::string& code, const std::string& file, const std::string& message,
                   const std::string& fix) {
  return {severity, code, file, 0, 0, message, fix, ""};
}

std::string FolderName(std::string dir) {
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  return dir;
}

// Times named steps for --verbose, at the edge (the generator reports its steps through GenerateOptions::on_step).
class StepTimer {
 public:
  void Start(std::string_view name) {
    Stop();
    if (!name.empty()) {
      name_ = std::string(name);
      start_ = Clock::now();
    }
  }
  void Stop() {
    if (name_.empty()) return;
    timings_.emplace_back(name_, std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start_).count());
    name_.clear();
  }
  void Print(std::ostream& err) const {
    for (const auto& [name, us] : timings_)
      err << "  step " << name << ": " << us / 1000 << "." << (us % 1000) / 100 << " ms\n";
  }

 private:
  std::string name_;
  Clock::time_point start_;
  std::vector<std::pair<std::string, long long>> timings_;
};

}  // namespace

bool ResolveBuiltins(const std::string& templates_dir, const std::string& widget_dir, GenerateOptions* options,
                     std::string* error, std::optional<Diagnostic>* widget_note) {
  if (templates_dir.empty()) {
    options->templates = BuiltinTemplates();
    options->templates_name = "templates";
  } else {
    auto files = ReadFolder(templates_dir, error);
    if (!files) return false;
    options->templates = std::move(*files);
    options->templates_name = FolderName(templates_dir);
  }
  const std::string fix = "build complaints-site with the widget (em++ installed, cmake -DCS_WASM=ON) or pass --widget-dir";
  if (widget_dir.empty()) {
    options->widget = BuiltinWidget();
    options->widget_name = "the built-in widget";
    if (options->widget.empty() && widget_note)
      *widget_note = Problem(Severity::Warning, "build.widget.missing", "complaints-site",
                             "this complaints-site was built without the widget, so /deadlines/ and /make-a-complaint/ "
                             "work without it (no calculator)", fix);
    return true;
  }
  options->widget.clear();
  options->widget_name = FolderName(widget_dir);
  for (const char* name : {"widget.js", "widget.wasm", "widget.css"}) {
    std::string why;
    auto bytes = ReadTextFile(options->widget_name + "/" + name, &why);
    if (!bytes) {
      options->widget.clear();
      if (widget_note)
        *widget_note = Problem(Severity::Warning, "build.widget.missing", options->widget_name,
                               why + "; the pages work without the widget", fix);
      return true;
    }
    options->widget[name] = std::move(*bytes);
  }
  return true;
}

CheckResult CheckContentFolder(const std::string& content_dir, Date today, const std::string& templates_dir) {
  CheckResult result;
  GenerateOptions options;
  options.today = today;
  std::string error;
  if (!ResolveBuiltins(templates_dir, "", &options, &error, nullptr)) {
    result.report.problems.push_back(Problem(Severity::Error, "build.templates.missing", FolderName(templates_dir), error,
                                             "pass --templates with a folder of templates, or leave it out"));
    result.unreadable = true;
    return result;
  }
  options.widget.clear();  // the widget's files are not checked, only copied
  DirectorySource source(content_dir);
  Diagnostics load;
  Content content = LoadContent(source, load);
  result.report = ReportForCheck(load, Generate(content, options));
  result.unreadable = content.unreadable;
  return result;
}

int BuildSite(const BuildOptions& options, std::ostream& err, BuildReport* report) {
  auto start = Clock::now();
  BuildReport r;
  Diagnostics& printed = r.diagnostics;
  int status = kExitSuccess;
  bool ok = true;
  StepTimer timer;
  auto fail = [&](int exit_status) {
    ok = false;
    if (status == kExitSuccess) status = exit_status;
  };

  GenerateOptions generate;
  std::optional<Diagnostic> widget_note;
  std::string error;
  Diagnostic problem;
  auto today = ResolveToday(options.today, &problem);
  if (!today) {
    printed.push_back(problem);
    fail(kExitUsage);
  } else if (!ResolveBuiltins(options.templates_dir, options.widget_dir, &generate, &error, &widget_note)) {
    printed.push_back(Problem(Severity::Error, "build.templates.missing", FolderName(options.templates_dir), error,
                              "pass --templates with the path of a templates/ folder, or leave it out"));
    fail(kExitUsage);
  }

  Site site;
  if (ok) {
    generate.today = *today;
    generate.base_url = options.base_url;
    generate.search = options.search != "off";
    generate.serve_mode = options.serve_mode;
    generate.on_step = [&](std::string_view step) { timer.Start(step); };
    timer.Start("load");
    DirectorySource source(options.content_dir);
    Diagnostics load;
    Content content = LoadContent(source, load);
    site = Generate(content, generate);
    timer.Stop();
    ContentReport found = ReportForBuild(load, site);
    printed = found.problems;
    if (widget_note && site.generated) printed.push_back(*widget_note);
    Diagnostics blocking;
    for (const auto& d : found.findings) (d.severity == Severity::Error ? blocking : printed).push_back(d);
    if (content.unreadable) fail(kExitUsage);
    if (!site.generated || HasErrors(printed)) fail(kExitContentError);

    if (ok && options.search != "off") {
      timer.Start("search index");
      SearchMode mode = options.search == "on" ? SearchMode::On : SearchMode::Auto;
      SearchIndexResult index = IndexForSearch(&site.files, mode, FindPagefind());
      timer.Stop();
      if (index.problem) printed.push_back(*index.problem);
      if (!index.note.empty()) err << index.note << "\n";
      if (HasErrors(printed)) fail(kExitContentError);
    }
    // Placeholders, no policy and a site outside England are never published; a preview shows the site with them.
    printed.insert(printed.end(), blocking.begin(), blocking.end());
    if (ok && !blocking.empty() && !options.preview) fail(kExitContentError);
    if (ok && options.strict) {
      bool check_errors = false;
      for (const auto& d : site.findings)
        if (d.severity == Severity::Error && !BlocksPublication(d)) check_errors = true;
      bool warnings = false;
      for (const auto& d : printed) warnings = warnings || d.severity == Severity::Warning;
      if (check_errors) {
        printed.push_back(Problem(Severity::Error, "build.strict", options.content_dir,
                                  "--strict: `complaints-site check` found errors (reported above as warnings)",
                                  "fix the content the check names, or build without --strict"));
        fail(kExitContentError);
      } else if (warnings) {
        printed.push_back(Problem(Severity::Error, "build.strict", options.content_dir, "--strict: warnings count as errors",
                                  "fix the warnings above, or build without --strict"));
        fail(kExitContentError);
      }
    }
    if (ok) {
      timer.Start("write");
      int written = WriteOutputAtomically(options.out_dir, site.files, &error);
      timer.Stop();
      if (written != kExitSuccess) {
        printed.push_back(Problem(Severity::Error, "build.output", options.out_dir, error,
                                  "check the --out folder and its permissions"));
        fail(written);
      }
    }
  }

  for (const auto& d : printed) {
    err << FormatDiagnostic(d) << "\n";
    (d.severity == Severity::Error ? r.errors : r.warnings)++;
  }
  if (options.verbose) timer.Print(err);
  if (ok) {
    for (const auto& [path, bytes] : site.files) {
      r.bytes += static_cast<long long>(bytes.size());
      if (path.size() >= 5 && path.compare(path.size() - 5, 5, ".html") == 0) ++r.pages;
    }
  }
  r.milliseconds = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
  if (ok && r.errors > 0) {  // a preview of a site that cannot be published yet
    err << "complaints-site build: " << r.pages << " pages (preview only: " << r.errors
        << (r.errors == 1 ? " error stops" : " errors stop") << " publishing), " << r.bytes << " bytes, " << r.warnings
        << (r.warnings == 1 ? " warning, " : " warnings, ") << r.milliseconds << " ms -> " << options.out_dir << "\n";
  } else if (ok) {
    err << "complaints-site build: " << r.pages << " pages, " << r.bytes << " bytes, " << r.warnings
        << (r.warnings == 1 ? " warning, " : " warnings, ") << r.milliseconds << " ms -> " << options.out_dir << "\n";
  } else {
    err << "complaints-site build: failed with " << r.errors << (r.errors == 1 ? " error" : " errors") << " and "
        << r.warnings << (r.warnings == 1 ? " warning" : " warnings") << " (" << r.milliseconds << " ms); "
        << options.out_dir << " was not changed\n";
  }
  if (report) *report = std::move(r);
  return ok ? kExitSuccess : status;
}

}  // namespace cs
