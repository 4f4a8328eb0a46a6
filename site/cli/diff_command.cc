// `complaints-site diff self-assessment 2024-25 2025-26`: what changed between two years' self-assessments, for an
// officer (the year's page shows residents a short list of the same comparison).
#include <ostream>

#include "cli.h"
#include "cli_options.h"
#include "content.h"
#include "directory_source.h"
#include "exit_status.h"
#include "financial_year.h"
#include "self_assessment_changes.h"

namespace cs {

namespace {

std::string Answer(const std::string& word) { return word.empty() ? "not answered" : word; }
std::string DateOrNone(const std::string& iso) { return iso.empty() ? "no date" : iso; }

void PrintIds(std::ostream& out, const std::string& heading, const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  out << heading << " (" << ids.size() << "):";
  for (const auto& id : ids) out << " " << id;
  out << "\n";
}

void PrintEvidence(std::ostream& out, const std::string& heading, const std::vector<EvidenceChange>& items) {
  if (items.empty()) return;
  out << heading << " (" << items.size() << "):\n";
  for (const auto& e : items) {
    std::string text = e.evidence.text;
    for (char& c : text)
      if (c == '\n') c = ' ';
    out << "  " << e.id << "  " << text << (e.evidence.url.empty() ? "" : " <" + e.evidence.url + ">") << "\n";
  }
}

}  // namespace

int RunDiffCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("diff self-assessment",
                            "Shows what changed between two years' self-assessments: answers changed, provisions\n"
                            "newly met or no longer met, new dates, evidence added or removed, commentary and\n"
                            "explanations rewritten. Exit status 0, or 2 when a year cannot be read.");
  std::string what, before_year, after_year, content = "content";
  app->add_option("what", what, "what to compare: self-assessment")->required();
  app->add_option("before", before_year, "the earlier year, e.g. 2024-25")->required();
  app->add_option("after", after_year, "the later year, e.g. 2025-26")->required();
  app->add_option("--content", content, "the content folder")->capture_default_str();
  if (auto status = ParseCommandLine(*app, ctx)) return *status;
  const std::string command = "diff";
  if (what != "self-assessment") return UsageError(ctx, command, "can compare only 'self-assessment', not '" + what + "'");
  for (const auto& y : {before_year, after_year})
    if (!IsFinancialYear(y)) return UsageError(ctx, command, "a year must look like 2025-26, not '" + y + "'");

  // The same content model `build` and `check` read (core/content/content.h).
  Diagnostics load;
  DirectorySource source(content);
  Content model = LoadContent(source, load);
  const SelfAssessment* before = model.SelfAssessmentOf(before_year);
  const SelfAssessment* after = model.SelfAssessmentOf(after_year);
  if (!before || !after) {
    for (const auto& d : load) ctx.err << FormatDiagnostic(d) << "\n";
    const std::string& missing = !before ? before_year : after_year;
    return UsageError(ctx, command,
                      model.Path("self-assessments/" + missing + ".json") +
                          " is missing or has errors — run `complaints-site check` to see them");
  }

  SelfAssessmentChanges c = CompareSelfAssessments(*before, *after);
  std::ostream& out = ctx.out;
  out << "Self-assessment " << c.before_year << " (" << c.before_code << " Code) -> " << c.after_year << " ("
      << c.after_code << " Code)\n";
  out << "Provisions met: " << c.before_met << " of " << c.before_total << " -> " << c.after_met << " of "
      << c.after_total << "\n";
  if (!c.comparable) {
    out << "The two years are against different Codes, whose provisions are numbered differently: they are not "
           "compared one by one.\n";
    return kExitSuccess;
  }
  if (c.Unchanged()) {
    out << "Nothing changed.\n";
    return kExitSuccess;
  }
  PrintIds(out, "Newly met", c.newly_met);
  PrintIds(out, "No longer met", c.no_longer_met);
  if (!c.answers.empty()) {
    out << "Answers changed (" << c.answers.size() << "):\n";
    for (const auto& a : c.answers) out << "  " << a.id << "  " << Answer(a.before) << " -> " << Answer(a.after) << "\n";
  }
  if (!c.comply_by_changed.empty()) {
    out << "New dates to comply by (" << c.comply_by_changed.size() << "):\n";
    for (const auto& d : c.comply_by_changed)
      out << "  " << d.id << "  " << DateOrNone(d.before) << " -> " << DateOrNone(d.after) << "\n";
  }
  PrintEvidence(out, "New evidence", c.evidence_added);
  PrintEvidence(out, "Evidence removed", c.evidence_removed);
  PrintIds(out, "Commentary changed", c.commentary_changed);
  PrintIds(out, "Explanation changed", c.explanation_changed);
  return kExitSuccess;
}

}  // namespace cs
