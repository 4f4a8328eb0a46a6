// The studio's engine: the generator itself (core/ and site/ less the disk, the clock and Pagefind), compiled by em++
// into studio.wasm (cmake/studio.cmake), behind a small C interface the studio's page calls. The content goes in as
// files (FileSource, as LoadContent reads a folder), the site comes out as files, so the studio's site is the site
// `complaints-site build --search off` makes from the same content on the same day (tests/wasm/studio_same_site).
//
//   cs_studio_reset()                          forget the content and the last build
//   cs_studio_put(path, bytes, size)           add or replace one content file ("site.json", "pages/repairs.md")
//   cs_studio_build(today, base_url)           build ("YYYY-MM-DD"; "" keeps site.json's base_url); the file count
//   cs_studio_file_path(i) / _data(i) / _size(i)   the files built, in path order
//   cs_studio_report()                         JSON: {"generated", "pages", "problems": [...], "findings": [...]}
//   cs_studio_check(today)                     JSON: what `complaints-site check` reports, the same shape
//   cs_studio_init(name, nation)               start from scratch: the content `complaints-site init` writes
//   cs_studio_content_count() / _path(i) / _data(i) / _size(i)   the content the engine holds, in path order
//   cs_studio_catalogue(code)                  JSON: the Code's sections and provisions with their exact words
//                                              {code, title, attribution, licence_url, sections: [{number, title}],
//                                               provisions: [{id, section, text (Markdown), kind}]}
//   cs_studio_changes(year)                    JSON: what changed in self-assessments/<year>.json since the year
//                                              before (as `complaints-site diff` and the year's page say), or null
//   cs_studio_case_log(bytes, size, file, mapping, mapping_file)
//                                              JSON: how a case-system export reads, for the mapping screen
//                                              {ok, encoding, separator, per_complaint, records, header, rows (the
//                                               first 10), fields: [{key, meaning, required, index, header}], unused,
//                                               diagnostics} (`mapping`: a column mapping's JSON text, or "")
//   cs_studio_submission(year, base_url)       JSON: the Ombudsman's annual submission as `complaints-site
//                                              submission` prints it {ok, error, problems, warnings, json, csv, text}
//   cs_studio_financial_year(name, shift)      the financial year `shift` years after `name` ("2025-26", or a day
//                                              "YYYY-MM-DD": the year it falls in); "" when `name` is neither
//   cs_studio_financial_year_period(name)      JSON: {from, to} of financial year `name` (1 April, 31 March), or null
//   cs_studio_notices(today)                   JSON: each notice that reads, and whether the site shows it on `today`
//                                              [{file, from, until, state: "shown" | "waiting" (another started later
//                                               is shown) | "upcoming" | "ended"}]
//   cs_studio_reserved_pages()                 JSON: the addresses a page of the landlord's may not have
//   cs_studio_ombudsman()                      JSON: the Housing Ombudsman's details built in (core/data/ombudsman.json)
//                                              {name, phone, post, website, online_form, email_note, last_checked}
//   cs_studio_import_self_assessment(bytes, size, file, code)
//                                              JSON: last year's form as `import self-assessment` reads it
//                                              {ok, json, code, provisions, yes, no, unanswered, notes, report}
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "builtin_files.h"
#include "case_log.h"
#include "case_log_csv.h"
#include "case_log_encoding.h"
#include "code_catalogue.h"
#include "content.h"
#include "content_source.h"
#include "date.h"
#include "financial_year.h"
#include "generate.h"
#include "import_self_assessment.h"
#include "notice.h"
#include "ombudsman.h"
#include "self_assessment_changes.h"
#include "scaffold.h"
#include "submission.h"

namespace {

cs::FileMap g_content;
using Entry = std::pair<const std::string, std::string>;  // a path and its bytes
cs::FileMap g_built;                // the last build's files
std::vector<const Entry*> g_files;  // g_built in path order, handed out by index
std::string g_report;
std::vector<const Entry*> g_listed;  // g_content in path order at cs_studio_content_count, handed out by index

// Entry i of a list handed out by index, or nothing.
const Entry* At(const std::vector<const Entry*>& list, int i) {
  return i >= 0 && i < static_cast<int>(list.size()) ? list[static_cast<size_t>(i)] : nullptr;
}

nlohmann::json DiagnosticsJson(const cs::Diagnostics& list) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& d : list)
    out.push_back({{"severity", d.severity == cs::Severity::Error ? "error" : "warning"},
                   {"code", d.code},
                   {"file", d.file},
                   {"line", d.line},
                   {"column", d.column},
                   {"message", d.message},
                   {"fix", d.fix},
                   {"provision", d.provision},
                   {"field", d.field},
                   {"text", cs::FormatDiagnostic(d)}});
  return out;
}

std::string ReportJson(const cs::ContentReport& report, const cs::Site& site, int pages) {
  return nlohmann::json{{"generated", site.generated},
                        {"pages", pages},
                        {"problems", DiagnosticsJson(report.problems)},
                        {"findings", DiagnosticsJson(report.findings)}}
      .dump();
}

// The options `complaints-site build --search off` and `check` use, from the files built into this engine.
cs::GenerateOptions Options(const char* today, const char* base_url, std::string* error) {
  cs::GenerateOptions options;
  auto date = cs::ParseIsoDate(today ? today : "");
  if (!date) {
    *error = "the date must be YYYY-MM-DD";
    return options;
  }
  options.today = *date;
  options.base_url = base_url ? base_url : "";
  options.search = false;  // Pagefind is a program of its own; the studio's Publish screen says so
  options.templates = cs::BuiltinTemplates();
  options.templates_name = "templates";
  options.widget = cs::BuiltinWidget();
  options.widget_name = "the built-in widget";
  return options;
}

std::string ErrorJson(const std::string& message) {
  return nlohmann::json{{"generated", false}, {"pages", 0}, {"error", message},
                        {"problems", nlohmann::json::array()}, {"findings", nlohmann::json::array()}}
      .dump();
}

}  // namespace

extern "C" {

void cs_studio_reset() {
  g_listed.clear();
  g_content.clear();
  g_files.clear();
  g_built.clear();
  g_report.clear();
}

void cs_studio_put(const char* path, const char* bytes, int size) {
  if (!path || size < 0) return;
  g_listed.clear();
  g_content[path] = std::string(bytes ? bytes : "", static_cast<size_t>(size));
}

int cs_studio_build(const char* today, const char* base_url) {
  g_files.clear();
  std::string error;
  cs::GenerateOptions options = Options(today, base_url, &error);
  if (!error.empty()) {
    g_report = ErrorJson(error);
    return -1;
  }
  cs::FileSource source(g_content, "content");
  cs::Diagnostics load;
  cs::Content content = cs::LoadContent(source, load);
  cs::Site site = cs::Generate(content, options);
  cs::ContentReport report = cs::ReportForBuild(load, site);
  int pages = 0;
  g_built = std::move(site.files);
  for (const auto& entry : g_built) {
    if (entry.first.size() >= 5 && entry.first.compare(entry.first.size() - 5, 5, ".html") == 0) ++pages;
    g_files.push_back(&entry);
  }
  g_report = ReportJson(report, site, pages);
  return static_cast<int>(g_files.size());
}

const char* cs_studio_check(const char* today) {
  std::string error;
  cs::GenerateOptions options = Options(today, "", &error);
  if (!error.empty()) {
    g_report = ErrorJson(error);
    return g_report.c_str();
  }
  options.widget.clear();  // as `check`: the widget's files are not checked, only copied
  cs::FileSource source(g_content, "content");
  cs::Diagnostics load;
  cs::Content content = cs::LoadContent(source, load);
  cs::Site site = cs::Generate(content, options);
  g_report = ReportJson(cs::ReportForCheck(load, site), site, 0);
  return g_report.c_str();
}

const char* cs_studio_report() { return g_report.c_str(); }

int cs_studio_init(const char* name, const char* nation) {
  std::string error;
  auto files = cs::InitialContent(cs::BuiltinTemplates(), name && *name ? name : "CHANGE THIS: your organisation",
                                  nation && *nation ? nation : "england-and-wales", &error);
  if (!files) return 0;
  cs_studio_reset();
  g_content = std::move(*files);
  return 1;
}

const char* cs_studio_catalogue(const char* code) {
  const cs::CodeCatalogue* catalogue = cs::CodeCatalogue::Get(code ? code : "");
  if (!catalogue) {
    g_report = "null";
    return g_report.c_str();
  }
  nlohmann::json sections = nlohmann::json::array(), provisions = nlohmann::json::array();
  for (const auto& section : catalogue->Sections()) sections.push_back({{"number", section.number}, {"title", section.title}});
  for (const auto& p : catalogue->Provisions())
    provisions.push_back({{"id", p.id}, {"section", p.section}, {"text", p.text}, {"kind", p.kind}});
  g_report = nlohmann::json{{"code", catalogue->Code()},
                            {"title", catalogue->Title()},
                            {"attribution", catalogue->Attribution()},
                            {"licence_url", catalogue->LicenceUrl()},
                            {"sections", sections},
                            {"provisions", provisions}}
                 .dump();
  return g_report.c_str();
}

const char* cs_studio_changes(const char* year) {
  cs::FileSource source(g_content, "content");
  cs::Diagnostics load;
  cs::Content content = cs::LoadContent(source, load);
  std::vector<cs::SelfAssessment> all;
  for (const auto& sa : content.self_assessments)
    if (sa.assessment) all.push_back(*sa.assessment);
  g_report = "null";
  for (const auto& sa : all) {
    if (sa.year != (year ? year : "")) continue;
    const cs::SelfAssessment* previous = cs::PreviousSelfAssessment(all, sa);
    if (!previous) break;
    cs::SelfAssessmentChanges c = cs::CompareSelfAssessments(*previous, sa);
    nlohmann::json answers = nlohmann::json::array(), comply_by = nlohmann::json::array();
    for (const auto& a : c.answers) answers.push_back({{"id", a.id}, {"before", a.before}, {"after", a.after}});
    for (const auto& d : c.comply_by_changed) comply_by.push_back({{"id", d.id}, {"before", d.before}, {"after", d.after}});
    auto evidence = [](const std::vector<cs::EvidenceChange>& list) {
      nlohmann::json out = nlohmann::json::array();
      for (const auto& e : list) out.push_back({{"id", e.id}, {"text", e.evidence.text}, {"url", e.evidence.url}});
      return out;
    };
    g_report = nlohmann::json{{"before_year", c.before_year},
                              {"after_year", c.after_year},
                              {"comparable", c.comparable},
                              {"before_met", c.before_met},
                              {"after_met", c.after_met},
                              {"before_total", c.before_total},
                              {"after_total", c.after_total},
                              {"answers", answers},
                              {"newly_met", c.newly_met},
                              {"no_longer_met", c.no_longer_met},
                              {"evidence_added", evidence(c.evidence_added)},
                              {"evidence_removed", evidence(c.evidence_removed)},
                              {"commentary_changed", c.commentary_changed},
                              {"explanation_changed", c.explanation_changed},
                              {"comply_by_changed", comply_by},
                              {"unchanged", c.Unchanged()}}
                   .dump();
    break;
  }
  return g_report.c_str();
}

int cs_studio_content_count() {
  g_listed.clear();
  for (const auto& entry : g_content) g_listed.push_back(&entry);
  return static_cast<int>(g_listed.size());
}

const char* cs_studio_content_path(int i) { return At(g_listed, i) ? At(g_listed, i)->first.c_str() : ""; }
const char* cs_studio_content_data(int i) { return At(g_listed, i) ? At(g_listed, i)->second.data() : nullptr; }
int cs_studio_content_size(int i) { return At(g_listed, i) ? static_cast<int>(At(g_listed, i)->second.size()) : 0; }

const char* cs_studio_import_self_assessment(const char* bytes, int size, const char* file, const char* code) {
  cs::ImportOptions options;
  options.code = code && *code ? code : "auto";
  options.file = file && *file ? file : "-";
  cs::ImportResult r = cs::ImportSelfAssessment(std::string_view(bytes ? bytes : "", size > 0 ? size : 0), options);
  nlohmann::json notes = r.notes;
  g_report = nlohmann::json{{"ok", r.ok},
                            {"json", r.json},
                            {"code", r.code},
                            {"code_reason", r.code_reason},
                            {"title_date", r.title_date},
                            {"provisions", r.provisions},
                            {"yes", r.yes},
                            {"no", r.no},
                            {"unanswered", r.unanswered},
                            {"notes", notes},
                            {"report", DiagnosticsJson(r.report)}}
                 .dump();
  return g_report.c_str();
}

const char* cs_studio_case_log(const char* bytes, int size, const char* file, const char* mapping,
                               const char* mapping_file) {
  const std::string_view data(bytes ? bytes : "", size > 0 ? static_cast<size_t>(size) : 0);
  const std::string log_file = file && *file ? file : "content/annual-reports/cases.csv";
  const std::string map_file = mapping_file && *mapping_file ? mapping_file : "content/annual-reports/<year>.columns.json";
  cs::Diagnostics diagnostics;
  std::optional<cs::ColumnMapping> columns;
  bool mapping_ok = true;
  if (mapping && *mapping) {
    columns = cs::ParseColumnMapping(mapping, map_file, &diagnostics);
    mapping_ok = columns.has_value();
  }

  // What the officer sees of the file: the header row and the first rows, as the reader splits them.
  nlohmann::json out{{"ok", false}, {"encoding", ""}, {"separator", ""}, {"per_complaint", false}, {"records", 0},
                     {"header", nlohmann::json::array()}, {"rows", nlohmann::json::array()},
                     {"fields", nlohmann::json::array()}, {"unused", nlohmann::json::array()}};
  cs::DecodedText decoded = cs::DecodeCaseLogText(data);
  std::optional<cs::RecognisedColumns> recognised;
  if (decoded.error_code.empty()) {
    cs::CsvDialect dialect = cs::DetectCsvDialect(decoded.text);
    std::vector<cs::CsvProblem> ignored;  // ParseCaseLog reports them
    std::vector<cs::CsvRecord> records = cs::ReadCsvRecords(std::string_view(decoded.text).substr(dialect.skip),
                                                            dialect.delimiter, dialect.skip ? 2 : 1, log_file, &ignored);
    out["encoding"] = decoded.encoding;
    out["separator"] = dialect.Name();
    if (!records.empty()) {
      for (const auto& f : records[0].fields) out["header"].push_back(f.text);
      out["records"] = static_cast<int>(records.size()) - 1;
      for (size_t r = 1; r < records.size() && r <= 10; ++r) {
        nlohmann::json row = nlohmann::json::array();
        for (const auto& f : records[r].fields) row.push_back(f.text);
        out["rows"].push_back(row);
      }
      cs::Diagnostics scratch;  // ParseCaseLog reports the same problems
      recognised = cs::RecogniseColumns(records[0].fields, columns ? &*columns : nullptr, log_file, map_file, &scratch);
    }
  }
  std::optional<cs::CaseLog> log;
  if (mapping_ok) {
    cs::CaseLogOptions options;
    options.columns = columns ? &*columns : nullptr;
    options.mapping_file = map_file;
    log = cs::ParseCaseLog(data, log_file, options, &diagnostics);
  }
  const bool per_complaint = log ? log->per_complaint : recognised && recognised->per_complaint;
  std::vector<cs::LogField> required = cs::RequiredLogFields(per_complaint);
  const nlohmann::json& header = out["header"];
  for (int i = 0; i < cs::kLogFieldCount; ++i) {
    auto field = static_cast<cs::LogField>(i);
    int index = recognised ? (*recognised)[field] : -1;
    out["fields"].push_back({{"key", cs::LogFieldKey(field)},
                             {"meaning", cs::LogFieldMeaning(field)},
                             {"required", std::find(required.begin(), required.end(), field) != required.end()},
                             {"index", index},
                             {"header", index >= 0 && index < static_cast<int>(header.size()) ? header[static_cast<size_t>(index)] : ""}});
  }
  if (recognised)
    for (int i : recognised->unused) out["unused"].push_back(i);
  out["ok"] = log.has_value();
  out["per_complaint"] = per_complaint;
  out["diagnostics"] = DiagnosticsJson(diagnostics);
  g_report = out.dump();
  return g_report.c_str();
}

const char* cs_studio_submission(const char* year, const char* base_url) {
  cs::FileSource source(g_content, "content");
  cs::Diagnostics load;
  cs::Content content = cs::LoadContent(source, load);
  cs::Diagnostics problems;
  for (const auto& d : load)
    if (d.severity == cs::Severity::Error) problems.push_back(d);
  nlohmann::json out{{"ok", false}, {"error", ""}, {"problems", DiagnosticsJson(problems)},
                     {"warnings", nlohmann::json::array()}, {"json", nullptr}, {"csv", ""}, {"text", ""}};
  const std::string y = year ? year : "";
  if (!cs::IsFinancialYear(y)) {
    out["error"] = "the year must look like 2025-26";
  } else if (content.errors > 0 || !content.site) {
    out["error"] = "the content has errors: fix them first (the Check screen lists them)";
  } else {
    cs::Diagnostics warnings;
    cs::Submission s = cs::MakeSubmission(content, y, base_url ? base_url : "", &warnings);
    out["ok"] = true;
    out["warnings"] = DiagnosticsJson(warnings);
    out["json"] = cs::SubmissionJson(s);  // as text: engine.mjs parses it, keeping the form's order
    out["csv"] = cs::SubmissionCsv(s);
    out["text"] = cs::SubmissionText(s);
  }
  g_report = out.dump();
  return g_report.c_str();
}

const char* cs_studio_financial_year(const char* name, int shift) {
  const std::string text = name ? name : "";
  std::optional<cs::Date> day;
  if (cs::IsFinancialYear(text)) day = cs::FinancialYearStart(text);
  else day = cs::ParseIsoDate(text);
  g_report = day ? cs::FinancialYearOf(day->AddMonthsClamped(12 * shift)) : "";
  return g_report.c_str();
}

const char* cs_studio_financial_year_period(const char* name) {
  const std::string text = name ? name : "";
  g_report = cs::IsFinancialYear(text) ? nlohmann::json{{"from", cs::FinancialYearStart(text).Iso()},
                                                        {"to", cs::FinancialYearEnd(text).Iso()}}.dump()
                                       : "null";
  return g_report.c_str();
}

const char* cs_studio_notices(const char* today) {
  auto day = cs::ParseIsoDate(today ? today : "");
  nlohmann::json out = nlohmann::json::array();
  if (day) {
    cs::FileSource source(g_content, "content");
    cs::Diagnostics load;
    cs::Content content = cs::LoadContent(source, load);
    const cs::Notice* shown = cs::NoticeInForce(content.notices, *day);
    for (const auto& n : content.notices)
      out.push_back({{"file", n.file},
                     {"from", n.from.Iso()},
                     {"until", n.until.Iso()},
                     {"state", &n == shown          ? "shown"
                               : n.InForce(*day)    ? "waiting"
                               : *day < n.from      ? "upcoming"
                                                    : "ended"}});
  }
  g_report = out.dump();
  return g_report.c_str();
}

const char* cs_studio_ombudsman() {
  const cs::OmbudsmanFacts& o = cs::OmbudsmanFacts::Default();
  g_report = nlohmann::json{{"name", o.name},       {"phone", o.phone},
                            {"post", o.post},       {"website", o.website},
                            {"online_form", o.online_form}, {"email_note", o.email_note},
                            {"last_checked", o.last_checked.Iso()}}
                 .dump();
  return g_report.c_str();
}

const char* cs_studio_reserved_pages() {
  g_report = nlohmann::json(cs::ReservedPageSlugs()).dump();
  return g_report.c_str();
}

const char* cs_studio_file_path(int i) { return At(g_files, i) ? At(g_files, i)->first.c_str() : ""; }
const char* cs_studio_file_data(int i) { return At(g_files, i) ? At(g_files, i)->second.data() : nullptr; }
int cs_studio_file_size(int i) { return At(g_files, i) ? static_cast<int>(At(g_files, i)->second.size()) : 0; }

}  // extern "C"
