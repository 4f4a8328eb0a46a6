// Compares two years' self-assessments provision by provision.
#include "self_assessment_changes.h"

#include <map>

#include "code_catalogue.h"

namespace cs {

namespace {

std::string AnswerWord(const ProvisionAnswer* a) { return !a ? "" : a->comply ? "yes" : "no"; }

bool Same(const Evidence& a, const Evidence& b) { return a.text == b.text && a.url == b.url; }

// Evidence in `from` that `other` does not have.
std::vector<Evidence> Missing(const std::vector<Evidence>& from, const std::vector<Evidence>& other) {
  std::vector<Evidence> out;
  for (const auto& e : from) {
    bool found = false;
    for (const auto& o : other) found = found || Same(e, o);
    if (!found) out.push_back(e);
  }
  return out;
}

int Met(const SelfAssessment& sa) {
  int met = 0;
  for (const auto& a : sa.answers) met += a.comply ? 1 : 0;
  return met;
}

}  // namespace

bool SelfAssessmentChanges::Unchanged() const {
  return comparable && answers.empty() && evidence_added.empty() && evidence_removed.empty() &&
         commentary_changed.empty() && explanation_changed.empty() && comply_by_changed.empty();
}

SelfAssessmentChanges CompareSelfAssessments(const SelfAssessment& before, const SelfAssessment& after) {
  SelfAssessmentChanges c;
  c.before_year = before.year;
  c.after_year = after.year;
  c.before_code = before.code;
  c.after_code = after.code;
  c.before_met = Met(before);
  c.after_met = Met(after);
  const CodeCatalogue* before_catalogue = CodeCatalogue::Get(before.code);
  const CodeCatalogue* after_catalogue = CodeCatalogue::Get(after.code);
  c.before_total = before_catalogue ? static_cast<int>(before_catalogue->Provisions().size()) : 0;
  c.after_total = after_catalogue ? static_cast<int>(after_catalogue->Provisions().size()) : 0;
  c.comparable = before.code == after.code && after_catalogue;
  if (!c.comparable) return c;

  std::map<std::string, const ProvisionAnswer*> was, now;
  for (const auto& a : before.answers) was[a.id] = &a;
  for (const auto& a : after.answers) now[a.id] = &a;
  for (const auto& p : after_catalogue->Provisions()) {
    const ProvisionAnswer* b = was.count(p.id) ? was[p.id] : nullptr;
    const ProvisionAnswer* a = now.count(p.id) ? now[p.id] : nullptr;
    std::string word_before = AnswerWord(b), word_after = AnswerWord(a);
    if (word_before != word_after) {
      c.answers.push_back({p.id, word_before, word_after});
      if (word_after == "yes") c.newly_met.push_back(p.id);
      if (word_before == "yes") c.no_longer_met.push_back(p.id);
    }
    static const std::vector<Evidence> kNone;
    for (auto& e : Missing(a ? a->evidence : kNone, b ? b->evidence : kNone)) c.evidence_added.push_back({p.id, e});
    for (auto& e : Missing(b ? b->evidence : kNone, a ? a->evidence : kNone)) c.evidence_removed.push_back({p.id, e});
    if ((b ? b->commentary : "") != (a ? a->commentary : "")) c.commentary_changed.push_back(p.id);
    if ((b ? b->explanation : "") != (a ? a->explanation : "")) c.explanation_changed.push_back(p.id);
    // A new date for something still not met (when it becomes met, the date no longer matters).
    if (b && a && !b->comply && !a->comply) {
      std::string date_before = b->comply_by ? b->comply_by->Iso() : "", date_after = a->comply_by ? a->comply_by->Iso() : "";
      if (date_before != date_after) c.comply_by_changed.push_back({p.id, date_before, date_after});
    }
  }
  return c;
}

const SelfAssessment* PreviousSelfAssessment(const std::vector<SelfAssessment>& all, const SelfAssessment& assessment) {
  const SelfAssessment* previous = nullptr;
  for (const auto& sa : all)
    if (sa.year < assessment.year && (!previous || sa.year > previous->year)) previous = &sa;
  return previous;
}

}  // namespace cs
