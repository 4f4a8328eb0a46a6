// Reading content/ for the checks: each file parsed by its own parser, then core's RunChecks.
#include "check_content.h"

#include <algorithm>
#include <filesystem>

#include "annual_report.h"
#include "checks.h"
#include "files.h"
#include "front_matter.h"
#include "self_assessment.h"
#include "site_config.h"

namespace cs {

namespace fs = std::filesystem;

namespace {

Diagnostic Unreadable(const std::string& file, const std::string& error) {
  Diagnostic d;
  d.severity = Severity::Error;
  d.code = "content.unreadable";
  d.file = file;
  d.message = error;
  d.fix = "check the path and the file's permissions";
  return d;
}

// The files of a folder with extension `ext` (".json"), sorted by name; empty when the folder does not exist.
std::vector<fs::path> FilesWithExtension(const fs::path& dir, const std::string& ext) {
  std::vector<fs::path> files;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return files;
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    if (it->is_regular_file(ec) && it->path().extension() == ext) files.push_back(it->path());
  std::sort(files.begin(), files.end());
  return files;
}

std::vector<fs::path> JsonFiles(const fs::path& dir) { return FilesWithExtension(dir, ".json"); }

}  // namespace

std::vector<Diagnostic> CheckContentResult::All() const {
  std::vector<Diagnostic> all = file_problems;
  all.insert(all.end(), findings.begin(), findings.end());
  return all;
}

CheckContentResult CheckContent(const std::string& content_dir, Date today) {
  CheckContentResult result;
  std::string dir = content_dir;
  while (dir.size() > 1 && dir.back() == '/') dir.pop_back();
  auto path = [&](const std::string& name) { return dir + "/" + name; };
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    result.unreadable = true;
    result.file_problems.push_back(Unreadable(dir, "cannot read " + dir + ": there is no such folder"));
    return result;
  }
  ContentForChecks content;
  std::string error;

  std::optional<SiteConfig> site;
  content.site_file = path("site.json");
  if (!fs::exists(content.site_file, ec)) {
    Diagnostic d;
    d.code = "site.missing";
    d.file = content.site_file;
    d.message = "there is no site.json";
    d.fix = "create it (see docs/content-reference.md), or run `complaints-site init`";
    result.file_problems.push_back(d);
  } else if (auto text = ReadTextFile(content.site_file, &error)) {
    content.site_json = *text;
    content.texts.push_back({content.site_file, *text, false});
    site = ParseSiteConfig(*text, content.site_file, &result.file_problems);
    if (site) content.site = &*site;
  } else {
    result.unreadable = true;
    result.file_problems.push_back(Unreadable(content.site_file, error));
  }

  content.policy_file = path("policy.md");
  if (fs::exists(content.policy_file, ec)) {
    if (auto text = ReadTextFile(content.policy_file, &error)) {
      // The policy checks read the body; its front matter is checked as `build` checks it (fm.* codes). When the
      // front matter is broken, they read the whole file, as the build renders it.
      content.has_policy = true;
      content.policy_markdown = *text;
      content.texts.push_back({content.policy_file, *text, false});
      if (auto front_matter = ParseFrontMatter(*text, content.policy_file, &result.file_problems)) {
        content.policy_markdown = front_matter->body;
        content.policy_first_line = front_matter->body_line;
      }
    } else {
      result.unreadable = true;
      result.file_problems.push_back(Unreadable(content.policy_file, error));
    }
  }

  // Pages need a front matter title; the same parser as `build`, so the same fm.* diagnostics.
  for (const auto& file : FilesWithExtension(path("pages"), ".md")) {
    std::string name = path("pages") + "/" + file.filename().string();
    auto text = ReadTextFile(file.string(), &error);
    if (!text) {
      result.unreadable = true;
      result.file_problems.push_back(Unreadable(name, error));
      continue;
    }
    ParseFrontMatter(*text, name, &result.file_problems);
    content.texts.push_back({name, *text, false});
  }

  content.self_assessments_dir = path("self-assessments");
  for (const auto& file : JsonFiles(content.self_assessments_dir)) {
    std::string name = content.self_assessments_dir + "/" + file.filename().string();
    auto text = ReadTextFile(file.string(), &error);
    if (!text) {
      result.unreadable = true;
      result.file_problems.push_back(Unreadable(name, error));
      ++content.self_assessments_unparsed;
      continue;
    }
    content.texts.push_back({name, *text, true});
    auto sa = ParseSelfAssessment(*text, name, file.stem().string(), &result.file_problems);
    if (sa) content.self_assessments.push_back({name, std::move(*sa)});
    else ++content.self_assessments_unparsed;
  }

  content.annual_reports_dir = path("annual-reports");
  for (const auto& file : JsonFiles(content.annual_reports_dir)) {
    std::string year = file.stem().string();
    if (!IsReportYear(year)) continue;  // not a report (the report feature explains its own files)
    std::string name = content.annual_reports_dir + "/" + file.filename().string();
    auto text = ReadTextFile(file.string(), &error);
    if (!text) {
      result.unreadable = true;
      result.file_problems.push_back(Unreadable(name, error));
      continue;
    }
    content.annual_reports.push_back({name, year, *text});
    content.texts.push_back({name, *text, false});
  }

  result.findings = RunChecks(content, today);
  // One finding per problem: where a check and a file's parser both speak about the same provision in the
  // same file (e.g. no Member Responsible for Complaints), keep the check's finding.
  auto covered = [&](const Diagnostic& d) {
    if (d.provision.empty()) return false;
    for (const auto& f : result.findings)
      if (f.file == d.file && f.provision == d.provision) return true;
    return false;
  };
  result.file_problems.erase(std::remove_if(result.file_problems.begin(), result.file_problems.end(), covered),
                             result.file_problems.end());
  return result;
}

std::vector<Diagnostic> CheckContentFindings(const std::string& content_dir, Date today) {
  return CheckContent(content_dir, today).findings;
}

}  // namespace cs
