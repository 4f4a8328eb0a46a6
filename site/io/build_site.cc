// `complaints-site build` and `check` at the edge: the date, the content folder, the built-in files, Pagefind and the
// output folder around the pure generator.
#include "build_site.h"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <mutex>
#include <ostream>
#include <vector>

#include "cms_html.h"
#include "builtin_files.h"
#include "checks.h"
#include "directory_source.h"
#include "exit_status.h"
#include "files.h"
#include "html.h"
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

// The content as LoadContent saw it: every question it asked the source and the answer, so the build's input hash
// covers exactly the files (and listings) the site was made from.
class RecordingSource : public ContentSource {
 public:
  explicit RecordingSource(const ContentSource& inner) : inner_(inner) {}
  std::string Name() const override { return inner_.Name(); }
  bool Exists() const override {
    bool exists = inner_.Exists();
    Note("exists", exists ? "yes" : "no");
    return exists;
  }
  std::vector<std::string> Files(const std::string& folder) const override {
    auto files = inner_.Files(folder);
    std::string list;
    for (const auto& f : files) list += f + "\n";
    Note("files " + folder, list);
    return files;
  }
  std::optional<std::string> Read(const std::string& path, std::string* error) const override {
    auto bytes = inner_.Read(path, error);
    Note("read " + path, bytes ? "ok " + ContentHash(*bytes, 16) + " " + std::to_string(bytes->size())
                               : "error " + (error ? *error : std::string()));
    return bytes;
  }
  void WillRead(const std::vector<std::string>& paths) const override { inner_.WillRead(paths); }
  /// One line for each question, in path order (the order LoadContent asked in does not matter).
  std::string Log() const {
    std::lock_guard<std::mutex> lock(mutex_);
    std::string log;
    for (const auto& entry : answers_) log += entry.first + "\n" + entry.second + "\n";
    return log;
  }

 private:
  void Note(const std::string& question, const std::string& answer) const {
    std::lock_guard<std::mutex> lock(mutex_);
    answers_[question] = answer;
  }
  const ContentSource& inner_;
  mutable std::mutex mutex_;
  mutable std::map<std::string, std::string> answers_;
};

// The program itself: a rebuilt or upgraded complaints-site may make different pages from the same content.
std::string ProgramIdentity() {
  char path[4096];
  ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
  struct stat st;
  if (n <= 0 || ::stat("/proc/self/exe", &st) != 0) return "";
  return std::string(path, static_cast<size_t>(n)) + " " + std::to_string(static_cast<long long>(st.st_size)) + " " +
         std::to_string(static_cast<long long>(st.st_mtim.tv_sec)) + "." + std::to_string(st.st_mtim.tv_nsec) + " " +
         std::to_string(static_cast<unsigned long long>(st.st_ino));
}

std::string HashFiles(const FileMap& files) {
  std::string all;
  for (const auto& entry : files) all += entry.first + "\n" + ContentHash(entry.second, 16) + "\n";
  return all;
}

// Everything Generate, Pagefind and the checks made of this build depend on; "" when it cannot be known (then the
// build never skips).
std::string BuildInputHash(const BuildOptions& options, const GenerateOptions& generate, bool widget_note,
                           const RecordingSource& source) {
  std::string program = ProgramIdentity();
  if (program.empty()) return "";
  std::string all = "program " + program + "\n";
  all += "content " + options.content_dir + "\nstrict " + (options.strict ? "1" : "0") + "\nsearch " + options.search +
         "\npagefind " + (options.search == "off" ? std::string() : FindPagefind()) + "\n";
  all += "today " + generate.today.Iso() + "\nbase " + generate.base_url + "\nserve " +
         (generate.serve_mode ? "1" : "0") + "\npreview " + (options.preview ? "1" : "0") + "\n";
  all += "templates " + generate.templates_name + "\n" + HashFiles(generate.templates);
  all += "widget " + generate.widget_name + (widget_note ? " (missing)" : "") + "\n" + HashFiles(generate.widget);
  all += "source\n" + source.Log();
  return ContentHash(all, 16);
}

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
  // The calculator alone, for /deadlines/, when the folder has it (a folder from an older build does not).
  for (const char* name : {"widget-deadlines.js", "widget-deadlines.wasm"}) {
    std::string why;
    if (auto bytes = ReadTextFile(options->widget_name + "/" + name, &why)) options->widget[name] = std::move(*bytes);
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

EmbedResult EmbedSnippets(const std::string& content_dir, const std::string& base_url, Date today,
                          const std::string& templates_dir) {
  EmbedResult result;
  GenerateOptions options;
  options.today = today;
  options.base_url = base_url;
  options.search = false;
  std::string error;
  if (!ResolveBuiltins(templates_dir, "", &options, &error, nullptr)) {
    result.check.report.problems.push_back(Problem(Severity::Error, "build.templates.missing", FolderName(templates_dir),
                                                   error, "pass --templates with a folder of templates, or leave it out"));
    result.check.unreadable = true;
    return result;
  }
  options.widget.clear();  // the code names the widget's file; it is not read
  DirectorySource source(content_dir);
  Diagnostics load;
  Content content = LoadContent(source, load);
  Site site = Generate(content, options);
  auto it = site.files.find("embed/snippets.txt");
  if (it != site.files.end()) result.snippets = it->second;
  const std::string used = !base_url.empty() ? base_url : content.site ? content.site->base_url : "";
  result.full_address = IsFullAddress(used);
  result.check.report = ReportForCheck(load, site);
  result.check.unreadable = content.unreadable;
  return result;
}

int BuildSite(const BuildOptions& options, std::ostream& err, BuildReport* report) {
  auto start = Clock::now();
  BuildReport r;
  Diagnostics& printed = r.diagnostics;
  int status = kExitSuccess;
  bool ok = true;
  StepTimer timer;
  bool wrote_nothing = true;  // false once a write to --out failed (the message says what happened)
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
  std::string input_hash;  // "" when this build must not leave a record for the next to skip on
  std::string note;        // what Pagefind said, printed before the diagnostics
  std::string manifest;    // the manifest written into --out
  if (ok) {
    generate.today = *today;
    generate.base_url = options.base_url;
    generate.search = options.search != "off";
    generate.serve_mode = options.serve_mode;
    generate.on_step = [&](std::string_view step) { timer.Start(step); };
    timer.Start("load");
    DirectorySource directory(options.content_dir);
    RecordingSource source(directory);
    Diagnostics load;
    Content content = LoadContent(source, load);
    // An unchanged rebuild: the same inputs as the build that made --out, which nobody has touched since. Generate
    // would make the same files and write none of them; say again what that build said (docs/generator.md).
    // --verbose builds in full, to time each step.
    if (!options.serve_mode && !options.preview && !options.verbose && !content.unreadable) {
      input_hash = BuildInputHash(options, generate, widget_note.has_value(), source);
      if (auto previous = UnchangedBuild(options.out_dir, input_hash)) {
        timer.Stop();
        if (!previous->note.empty()) err << previous->note << "\n";
        r.diagnostics = previous->diagnostics;
        for (const auto& d : r.diagnostics) {
          err << FormatDiagnostic(d) << "\n";
          (d.severity == Severity::Error ? r.errors : r.warnings)++;
        }
        if (options.verbose) timer.Print(err);
        r.pages = previous->pages;
        r.bytes = previous->bytes;
        r.write.unchanged = previous->files;
        r.skipped = true;
        r.milliseconds = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
        err << "complaints-site build: " << r.pages << " pages, " << r.bytes << " bytes, " << r.warnings
            << (r.warnings == 1 ? " warning, " : " warnings, ") << r.milliseconds << " ms -> " << options.out_dir
            << " (0 written, " << r.write.unchanged << " unchanged, 0 removed), inputs unchanged: not regenerated\n";
        if (report) *report = std::move(r);
        return kExitSuccess;
      }
    }
    site = Generate(content, generate);
    timer.Stop();
    r.base_path = site.base_path;
    ContentReport found = ReportForBuild(load, site);
    printed = found.problems;
    if (widget_note && site.generated) printed.push_back(*widget_note);
    Diagnostics blocking;
    for (const auto& d : found.findings) (d.severity == Severity::Error ? blocking : printed).push_back(d);
    if (content.unreadable) fail(kExitUsage);
    if (!site.generated || HasErrors(printed)) fail(kExitContentError);

    std::string index_input;  // what the search index was made from, recorded in the manifest
    if (ok && options.search != "off") {
      timer.Start("search index");
      SearchMode mode = options.search == "on" ? SearchMode::On : SearchMode::Auto;
      std::string pagefind = FindPagefind();
      std::string input = SearchInputHash(site.files, pagefind);
      if (!pagefind.empty() && ReusePreviousSearchIndex(options.out_dir, input, &site.files)) {
        index_input = input;  // no page's text changed since the index in --out was made: keep it
        timer.Stop();
      } else {
        SearchIndexResult index = IndexForSearch(&site.files, mode, pagefind);
        timer.Stop();
        if (index.indexed) index_input = input;
        if (index.problem) printed.push_back(*index.problem);
        if (!index.note.empty()) err << index.note << "\n";
        note = index.note;
        if (HasErrors(printed)) fail(kExitContentError);
      }
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
      manifest = ManifestText(index_input, site.files);
      site.files[kOutputMarker] = manifest;
      int written = WriteOutput(options.out_dir, site.files, &r.write, &error);
      site.files.erase(kOutputMarker);
      timer.Stop();
      if (written != kExitSuccess) {
        printed.push_back(Problem(Severity::Error, "build.output", options.out_dir, error,
                                  "fix the cause (permissions, disk space, a file where a folder should be) and build "
                                  "again: the next build writes what is missing"));
        fail(written);
        wrote_nothing = false;
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
  if (ok && r.errors == 0 && !input_hash.empty()) {  // only a build that published without errors is recorded
    BuildRecord record;
    record.input_hash = input_hash;
    record.note = note;
    record.diagnostics = r.diagnostics;
    record.pages = r.pages;
    record.bytes = r.bytes;
    site.files[kOutputMarker] = manifest;
    WriteBuildRecord(options.out_dir, record, site.files);  // when it cannot be written, the next build builds in full
  }
  r.milliseconds = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
  if (ok && r.errors > 0) {  // a preview of a site that cannot be published yet
    err << "complaints-site build: " << r.pages << " pages (preview only: " << r.errors
        << (r.errors == 1 ? " error stops" : " errors stop") << " publishing), " << r.bytes << " bytes, " << r.warnings
        << (r.warnings == 1 ? " warning, " : " warnings, ") << r.milliseconds << " ms -> " << options.out_dir << "\n";
  } else if (ok) {
    err << "complaints-site build: " << r.pages << " pages, " << r.bytes << " bytes, " << r.warnings
        << (r.warnings == 1 ? " warning, " : " warnings, ") << r.milliseconds << " ms -> " << options.out_dir << " ("
        << r.write.written << " written, " << r.write.unchanged << " unchanged, " << r.write.removed << " removed)\n";
  } else {
    err << "complaints-site build: failed with " << r.errors << (r.errors == 1 ? " error" : " errors") << " and "
        << r.warnings << (r.warnings == 1 ? " warning" : " warnings") << " (" << r.milliseconds << " ms); "
        << options.out_dir << (wrote_nothing ? " was not changed\n" : "\n");
  }
  if (report) *report = std::move(r);
  return ok ? kExitSuccess : status;
}

}  // namespace cs
