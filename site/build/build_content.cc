// Reading the landlord's content/ folder for a build: site.json, policy.md, pages/*.md, self-assessments/*.json.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <optional>
#include <set>
#include <utility>

#include "build_steps.h"
#include "files.h"
#include "front_matter.h"

namespace cs {

namespace fs = std::filesystem;

namespace {

bool ValidSlug(const std::string& s) {
  return !s.empty() && s.front() != '-' && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

// "2025-26" or "2025".
bool ValidYear(const std::string& s) {
  auto digits = [&](size_t from, size_t n) {
    if (from + n > s.size()) return false;
    for (size_t i = from; i < from + n; ++i)
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
  };
  return (s.size() == 4 && digits(0, 4)) || (s.size() == 7 && digits(0, 4) && s[4] == '-' && digits(5, 2));
}

std::vector<fs::path> FilesWithExtension(const std::string& dir, const std::string& ext) {
  std::vector<fs::path> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.path().extension() == ext && entry.is_regular_file(ec)) out.push_back(entry.path());
  std::sort(out.begin(), out.end());
  return out;
}

// Reads the front matter with core/front_matter (the one parser; its codes are fm.*). `order` is left empty for a
// page without one, so it can sort after the pages that have one.
ContentMarkdown ReadMarkdown(const std::string& text, const std::string& file, const std::string& slug,
                             std::vector<Diagnostic>* diagnostics, std::optional<int>* order) {
  ContentMarkdown md;
  md.slug = slug;
  md.file = file;
  md.body = text;
  auto front_matter = ParseFrontMatter(text, file, diagnostics);
  if (!front_matter) return md;  // the errors say why; the build stops on them
  md.title = front_matter->title;
  md.description = front_matter->description;
  md.order = front_matter->order.value_or(0);
  md.body = front_matter->body;
  md.body_line = front_matter->body_line;
  *order = front_matter->order;
  return md;
}

}  // namespace

ContentMarkdown ParseMarkdownFile(const std::string& text, const std::string& file, const std::string& slug,
                                  std::vector<Diagnostic>* diagnostics) {
  std::optional<int> order;
  return ReadMarkdown(text, file, slug, diagnostics, &order);
}

bool LoadContent(const std::string& dir, LoadedContent* content, std::vector<Diagnostic>* diagnostics) {
  std::error_code ec;
  std::string site_file = dir + "/site.json";
  content->site_file = site_file;
  if (!fs::is_directory(dir, ec)) {
    diagnostics->push_back({Severity::Error, "content.missing", dir, 0, 0, "the content folder does not exist",
                            "pass --content with the folder that holds site.json", ""});
    content->unreadable = true;
    return false;
  }
  std::string error;
  auto site_text = ReadTextFile(site_file, &error);
  if (!site_text) {
    diagnostics->push_back({Severity::Error, "content.site.unreadable", site_file, 0, 0, error,
                            "create site.json (complaints-site init makes one)", ""});
    content->unreadable = true;
    return false;
  }
  auto config = ParseSiteConfig(*site_text, site_file, diagnostics);
  bool ok = config.has_value();
  if (config) content->config = *config;

  std::string policy_file = dir + "/policy.md";
  auto policy = ReadTextFile(policy_file, &error);
  if (!policy) {
    diagnostics->push_back({Severity::Error, "content.policy.missing", policy_file, 0, 0,
                            "there is no complaints policy: the Code (3.4) requires it on the website",
                            "write your policy in Markdown in policy.md", "3.4"});
    ok = false;
  } else {
    content->policy = ParseMarkdownFile(*policy, policy_file, "policy", diagnostics);
  }

  static const std::set<std::string> kReserved = {"policy", "ombudsman", "self-assessment", "deadlines",
                                                  "make-a-complaint", "accessibility", "assets", "annual-report",
                                                  "search", "index", "404"};
  std::vector<std::pair<std::optional<int>, ContentMarkdown>> pages;
  for (const auto& path : FilesWithExtension(dir + "/pages", ".md")) {
    std::string slug = path.stem().string();
    std::string file = dir + "/pages/" + path.filename().string();
    if (!ValidSlug(slug)) {
      diagnostics->push_back({Severity::Error, "page.slug.invalid", file, 0, 0,
                              "the file name \"" + slug + "\" cannot be a web address",
                              "use lower-case letters, digits and hyphens, e.g. pages/repairs.md", ""});
      ok = false;
      continue;
    }
    if (kReserved.count(slug)) {
      diagnostics->push_back({Severity::Error, "page.slug.reserved", file, 0, 0,
                              "/" + slug + "/ is a page the generator makes", "rename the file", ""});
      ok = false;
      continue;
    }
    auto text = ReadTextFile(path.string(), &error);
    if (!text) {
      diagnostics->push_back({Severity::Error, "page.unreadable", file, 0, 0, error, "", ""});
      ok = false;
      continue;
    }
    std::optional<int> order;
    ContentMarkdown md = ReadMarkdown(*text, file, slug, diagnostics, &order);
    pages.emplace_back(order, std::move(md));
  }
  // Lowest order first, pages without one after them; the files were read in slug order, which breaks ties.
  std::stable_sort(pages.begin(), pages.end(), [](const auto& a, const auto& b) {
    if (a.first.has_value() != b.first.has_value()) return a.first.has_value();
    return a.first.value_or(0) < b.first.value_or(0);
  });
  for (auto& page : pages) content->pages.push_back(std::move(page.second));

  for (const auto& path : FilesWithExtension(dir + "/self-assessments", ".json")) {
    std::string year = path.stem().string();
    std::string file = dir + "/self-assessments/" + path.filename().string();
    if (!ValidYear(year)) {
      diagnostics->push_back({Severity::Error, "sa.file.name", file, 0, 0,
                              "self-assessment files are named after their year, like 2025-26.json", "rename the file", "8.1"});
      ok = false;
      continue;
    }
    auto text = ReadTextFile(path.string(), &error);
    if (!text) {
      diagnostics->push_back({Severity::Error, "sa.unreadable", file, 0, 0, error, "", ""});
      ok = false;
      continue;
    }
    auto sa = ParseSelfAssessment(*text, file, year, diagnostics);
    if (!sa) {
      ok = false;
      continue;
    }
    content->self_assessments.push_back(*sa);
    content->self_assessment_files[year] = file;
  }
  return ok && !HasErrors(*diagnostics);
}

}  // namespace cs
