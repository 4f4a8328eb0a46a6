// LoadContent: a landlord's content read once, each file by its own parser, every problem with its place.
#include "content.h"

#include <algorithm>

#include "financial_year.h"
#include "front_matter.h"

namespace cs {

namespace {

Diagnostic Problem(Severity severity, std::string code, std::string file, std::string message, std::string fix,
                   std::string provision = "") {
  Diagnostic d;
  d.severity = severity;
  d.code = std::move(code);
  d.file = std::move(file);
  d.message = std::move(message);
  d.fix = std::move(fix);
  d.provision = std::move(provision);
  return d;
}

bool ValidSlug(const std::string& s) {
  return !s.empty() && s.front() != '-' && std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The files directly in `folder` (not in folders below it) whose names end with `extension`, as (path, stem).
std::vector<std::pair<std::string, std::string>> FilesIn(const ContentSource& source, const std::string& folder,
                                                         const std::string& extension) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const auto& path : source.Files(folder)) {
    std::string name = path.substr(folder.size() + 1);
    if (name.find('/') != std::string::npos || !EndsWith(name, extension) || name.size() == extension.size()) continue;
    out.emplace_back(path, name.substr(0, name.size() - extension.size()));
  }
  return out;
}

class Loader {
 public:
  Loader(const ContentSource& source, Diagnostics& diagnostics) : source_(source), diagnostics_(diagnostics) {}

  Content Load() {
    content_.root = source_.Name();
    content_.site_file = content_.Path("site.json");
    if (!source_.Exists()) {
      Report(Problem(Severity::Error, "content.missing", content_.root, "the content folder does not exist",
                     "pass --content with the folder that holds site.json"));
      content_.unreadable = true;
      return std::move(content_);
    }
    content_.exists = true;
    Site();
    Policy();
    Pages();
    SelfAssessments();
    AnnualReports();
    Notices();
    Templates();
    Logo();
    return std::move(content_);
  }

 private:
  // Everything a parser adds to `diagnostics_` counts towards Content::errors.
  template <typename Parse>
  auto Parsed(Parse parse) {
    size_t before = diagnostics_.size();
    auto result = parse(&diagnostics_);
    for (size_t i = before; i < diagnostics_.size(); ++i) content_.errors += diagnostics_[i].severity == Severity::Error;
    return result;
  }

  void Report(Diagnostic d) {
    content_.errors += d.severity == Severity::Error;
    diagnostics_.push_back(std::move(d));
  }

  std::optional<std::string> Read(const std::string& path, const std::string& code, const std::string& fix,
                                  bool unreadable) {
    std::string error;
    auto text = source_.Read(path, &error);
    if (!text) {
      Report(Problem(Severity::Error, code, content_.Path(path), error, fix));
      if (unreadable) content_.unreadable = true;
    }
    return text;
  }

  void Site() {
    auto text = Read("site.json", "content.site.unreadable", "create site.json (complaints-site init makes one)", true);
    if (!text) return;
    content_.site_json = *text;
    content_.site = Parsed([&](Diagnostics* d) { return ParseSiteConfig(*text, content_.site_file, d); });
  }

  MarkdownFile Markdown(const std::string& text, const std::string& file, const std::string& slug) {
    MarkdownFile md;
    md.slug = slug;
    md.file = file;
    md.text = text;
    md.body = text;
    auto front_matter = Parsed([&](Diagnostics* d) { return ParseFrontMatter(text, file, d); });
    if (!front_matter) return md;  // the errors say why
    md.title = front_matter->title;
    md.description = front_matter->description;
    md.order = front_matter->order;
    md.body = front_matter->body;
    md.body_line = front_matter->body_line;
    return md;
  }

  void Policy() {
    // No policy.md is the checks' finding policy.missing (Code 3.4), which stops publication; a policy.md that is
    // there but cannot be read is unreadable input.
    std::string error;
    auto text = source_.Read("policy.md", &error);
    if (text) {
      content_.policy = Markdown(*text, content_.Path("policy.md"), "policy");
      return;
    }
    for (const auto& path : source_.Files(""))
      if (path == "policy.md") {
        Report(Problem(Severity::Error, "content.unreadable", content_.Path("policy.md"), error,
                       "check the file's permissions"));
        content_.unreadable = true;
      }
  }

  void Pages() {
    const auto& reserved = ReservedPageSlugs();
    const auto files = FilesIn(source_, "pages", ".md");
    std::vector<std::string> paths;
    for (const auto& file : files) paths.push_back(file.first);
    source_.WillRead(paths);
    for (const auto& [path, slug] : files) {
      std::string file = content_.Path(path);
      if (!ValidSlug(slug)) {
        Report(Problem(Severity::Error, "page.slug.invalid", file, "the file name \"" + slug + "\" cannot be a web address",
                       "use lower-case letters, digits and hyphens, e.g. pages/repairs.md"));
        continue;
      }
      if (std::find(reserved.begin(), reserved.end(), slug) != reserved.end()) {
        Report(Problem(Severity::Error, "page.slug.reserved", file, "/" + slug + "/ is a page the generator makes",
                       "rename the file"));
        continue;
      }
      auto text = Read(path, "page.unreadable", "check the file's permissions", true);
      if (text) content_.pages.push_back(Markdown(*text, file, slug));
    }
    // Lowest order first, pages without one after them; the files were listed in slug order, which breaks ties.
    std::stable_sort(content_.pages.begin(), content_.pages.end(), [](const MarkdownFile& a, const MarkdownFile& b) {
      if (a.order.has_value() != b.order.has_value()) return a.order.has_value();
      return a.order.value_or(0) < b.order.value_or(0);
    });
  }

  void SelfAssessments() {
    for (const auto& [path, stem] : FilesIn(source_, "self-assessments", ".json")) {
      const std::string year = stem;  // a copy: C++17 lambdas cannot capture a structured binding (clang refuses)
      std::string file = content_.Path(path);
      if (!IsFinancialYear(year)) {
        Report(Problem(Severity::Error, "sa.file.name", file,
                       "self-assessment files are named after the financial year they cover, like 2025-26.json",
                       "rename the file", "8.1"));
        continue;
      }
      auto text = Read(path, "sa.unreadable", "check the file's permissions", true);
      if (!text) continue;
      SelfAssessmentSource sa{year, file, *text, std::nullopt};
      sa.assessment = Parsed([&](Diagnostics* d) { return ParseSelfAssessment(*text, file, sa.year, d); });
      content_.self_assessments.push_back(std::move(sa));
    }
  }

  void AnnualReports() {
    const std::vector<std::string> files = source_.Files("annual-reports");
    content_.has_annual_reports_folder = !files.empty();
    const std::string kColumns = ".columns.json";
    auto has = [&](const std::string& path) { return std::find(files.begin(), files.end(), path) != files.end(); };
    for (const auto& [path, stem] : FilesIn(source_, "annual-reports", kColumns)) {
      // <year>.columns.json is read with that year's case log, below; one with no report beside it is never used.
      if (has("annual-reports/" + stem + ".json")) continue;
      Report(Problem(Severity::Warning, "cases.columns.unused", content_.Path(path),
                     "this column mapping is not used: there is no annual report annual-reports/" + stem + ".json",
                     "name it after the year of the report whose case log it describes, e.g. 2025-26.columns.json"));
    }
    for (const auto& [path, stem] : FilesIn(source_, "annual-reports", ".json")) {
      if (EndsWith(path, kColumns)) continue;
      const std::string year = stem;  // a copy: C++17 lambdas cannot capture a structured binding (clang refuses)
      std::string file = content_.Path(path);
      if (!IsFinancialYear(year)) {
        Report(Problem(Severity::Warning, "ar.year.invalid", file,
                       "this file is not named after a reporting year, so it is not published",
                       "name it after the year it covers, e.g. 2025-26.json"));
        continue;
      }
      auto text = Read(path, "ar.unreadable", "check the file exists and can be read", true);
      if (!text) continue;
      AnnualReportSource ar{year, file, *text, std::nullopt, "", std::nullopt, ""};
      ar.report = Parsed([&](Diagnostics* d) { return ParseAnnualReport(*text, file, ar.year, d); });
      if (ar.report) {
        std::string cases = "annual-reports/" + ar.report->cases;
        ar.cases_file = content_.Path(cases);
        std::string error;
        auto log = source_.Read(cases, &error);
        if (!log) {
          Diagnostic d = Problem(Severity::Error, "ar.cases.unreadable", file,
                                 "cannot read the case log \"" + ar.report->cases + "\": " + error,
                                 "put the case log beside the report and name it in \"cases\"");
          d.line = 1;
          Report(std::move(d));
        } else {
          // The officer's column mapping for this year's export, when the reader does not know its headers.
          const std::string columns = "annual-reports/" + year + kColumns;
          CaseLogOptions options;
          options.mapping_file = content_.Path(columns);
          std::optional<ColumnMapping> mapping;
          bool mapping_read = true;
          if (has(columns)) {
            ar.columns_file = options.mapping_file;
            auto mapping_text = Read(columns, "cases.columns.unreadable", "check the file's permissions", true);
            if (mapping_text)
              mapping = Parsed([&](Diagnostics* d) { return ParseColumnMapping(*mapping_text, ar.columns_file, d); });
            mapping_read = mapping.has_value();  // its errors say why; the log is not read without it
            if (mapping) options.columns = &*mapping;
          }
          if (mapping_read) ar.cases = Parsed([&](Diagnostics* d) { return ParseCaseLog(*log, ar.cases_file, options, d); });
        }
      }
      content_.annual_reports.push_back(std::move(ar));
    }
  }

  // Exceptional circumstances notices (Code 8.5): a bad one is an error in `check` and `build` alike.
  void Notices() {
    for (const auto& [path, stem] : FilesIn(source_, "notices", ".md")) {
      std::string file = content_.Path(path);
      auto text = Read(path, "notice.unreadable", "check the file's permissions", true);
      if (!text) continue;
      auto notice = Parsed([&](Diagnostics* d) { return ParseNotice(*text, file, d); });
      if (notice) content_.notices.push_back(std::move(*notice));
    }
  }

  void Templates() {
    for (const auto& path : source_.Files("templates")) {
      auto text = Read(path, "template.unreadable", "check the file's permissions", true);
      if (text) content_.templates[path.substr(std::string("templates/").size())] = std::move(*text);
    }
  }

  void Logo() {
    if (!content_.site || content_.site->logo.empty()) return;
    const std::string& logo = content_.site->logo;  // ParseSiteConfig refused paths that leave the folder
    std::string error;
    auto bytes = source_.Read(logo, &error);
    if (!bytes) {
      Report(Problem(Severity::Error, "site.logo.unreadable", content_.site_file, error, "check the \"logo\" path"));
      return;
    }
    content_.logo = std::move(*bytes);
  }

  const ContentSource& source_;
  Diagnostics& diagnostics_;
  Content content_;
};

}  // namespace

const std::vector<std::string>& ReservedPageSlugs() {
  // The pages the generator makes, and the folders it writes (embed/, widget/, cms/, and pagefind/ with search on).
  static const std::vector<std::string> kReserved = {"policy", "ombudsman", "self-assessment", "deadlines",
                                                     "make-a-complaint", "accessibility", "assets", "annual-report",
                                                     "search", "index", "404", "embed", "widget", "cms", "pagefind"};
  return kReserved;
}

const SelfAssessment* Content::SelfAssessmentOf(const std::string& year) const {
  for (const auto& sa : self_assessments)
    if (sa.year == year && sa.assessment) return &*sa.assessment;
  return nullptr;
}

Content LoadContent(const ContentSource& source, Diagnostics& diagnostics) { return Loader(source, diagnostics).Load(); }

}  // namespace cs
