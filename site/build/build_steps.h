// The pieces of `complaints-site build` that live in their own files: loading content, assets, layout,
// link checking and the atomic swap of the output folder.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "build.h"
#include "diagnostic.h"
#include "page.h"
#include "pages.h"
#include "self_assessment.h"
#include "site_config.h"

namespace cs {

/// A Markdown file from content/ with its front matter read.
struct ContentMarkdown {
  std::string slug;         ///< "policy", or the file name under pages/ without ".md"
  std::string file;         ///< "content/pages/repairs.md"
  std::string title, description;
  int order = 0;
  std::string body;         ///< the Markdown after the front matter
  int body_line = 1;        ///< line of `body`'s first line in the file
};

struct LoadedContent {
  std::string site_file;    ///< "content/site.json"
  SiteConfig config;
  ContentMarkdown policy;
  std::vector<ContentMarkdown> pages;                     ///< sorted by order, then slug
  std::vector<SelfAssessment> self_assessments;           ///< sorted by year
  std::map<std::string, std::string> self_assessment_files;  ///< year -> file
  bool unreadable = false;  ///< the folder or site.json could not be read (exit 2, not 1)
};

/// Splits `---` front matter (flat `key: value` lines) from Markdown. Unknown keys are warnings.
ContentMarkdown ParseMarkdownFile(const std::string& text, const std::string& file, const std::string& slug,
                                  std::vector<Diagnostic>* diagnostics);

/// Reads site.json, policy.md, pages/*.md and self-assessments/*.json from `dir`. Returns false on errors.
bool LoadContent(const std::string& dir, LoadedContent* content, std::vector<Diagnostic>* diagnostics);

/// The stylesheet (with the brand colour) and the logo, with content-hashed names ("assets/site.<hash>.css").
/// The logo goes into `assets` under "logo".
bool BuildAssets(const SiteContext& ctx, const BuildOptions& options, const LoadedContent& content,
                 std::vector<GeneratedFile>* files, std::string* css_path,
                 std::map<std::string, std::string>* assets, std::vector<Diagnostic>* diagnostics);

/// `:root` custom properties for the brand colour; warns when white text on it is below 4.5:1.
std::string BrandCss(const SiteConfig& config, const std::string& site_file, std::vector<Diagnostic>* diagnostics);

/// Checks every collected link against the output: a missing page is an error, a missing #anchor a
/// warning; ids repeated within a page are warnings.
void CheckSiteLinks(const std::map<std::string, std::string>& output, const std::vector<PageLinks>& links,
                    std::vector<Diagnostic>* diagnostics);


}  // namespace cs
