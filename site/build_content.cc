// Reading the landlord's content/ folder for a build: site.json, policy.md, pages/*.md, self-assessments/*.json.
#include <algorithm>
#include <cctype>
#include <filesystem>
#include <set>

#include "build_steps.h"
#include "files.h"

namespace cs {

namespace fs = std::filesystem;

namespace {

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  size_t e = s.find_last_not_of(" \t\r");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

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

}  // namespace

ContentMarkdown ParseMarkdownFile(const std::string& text, const std::string& file, const std::string& slug,
                                  std::vector<Diagnostic>* diagnostics) {
  ContentMarkdown md;
  md.slug = slug;
  md.file = file;
  md.body = text;
  if (text.rfind("---\n", 0) != 0 && text.rfind("---\r\n", 0) != 0) return md;
  size_t pos = text.find('\n') + 1;
  int line = 2;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    std::string raw = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
    std::string l = Trim(raw);
    size_t next = end == std::string::npos ? text.size() : end + 1;
    if (l == "---") {
      md.body = text.substr(next);
      md.body_line = line + 1;
      return md;
    }
    if (!l.empty() && l[0] != '#') {
      size_t colon = l.find(':');
      std::string key = colon == std::string::npos ? l : Trim(l.substr(0, colon));
      std::string value = colon == std::string::npos ? "" : Trim(l.substr(colon + 1));
      if (value.size() >= 2 && (value[0] == '"' || value[0] == '\'') && value.back() == value[0])
        value = value.substr(1, value.size() - 2);
      if (key == "title") md.title = value;
      else if (key == "description") md.description = value;
      else if (key == "order") {
        try {
          md.order = std::stoi(value);
        } catch (...) {
          if (diagnostics)
            diagnostics->push_back({Severity::Error, "front_matter.order.invalid", file, line, static_cast<int>(colon) + 3,
                                    "\"order\" must be a whole number, not \"" + value + "\"", "write e.g. order: 2", ""});
        }
      } else if (diagnostics) {
        diagnostics->push_back({Severity::Warning, "front_matter.key.unknown", file, line, 1,
                                "unknown front matter key \"" + key + "\" is ignored", "use title, description or order", ""});
      }
    }
    pos = next;
    ++line;
  }
  if (diagnostics)
    diagnostics->push_back({Severity::Error, "front_matter.unclosed", file, 1, 1,
                            "the front matter starting on line 1 has no closing ---", "add a line --- after the last key", ""});
  return md;
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
    content->pages.push_back(ParseMarkdownFile(*text, file, slug, diagnostics));
  }
  std::stable_sort(content->pages.begin(), content->pages.end(),
                   [](const ContentMarkdown& a, const ContentMarkdown& b) { return a.order < b.order; });

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
