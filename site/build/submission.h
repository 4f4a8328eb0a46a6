// What the Housing Ombudsman's annual submission form asks for, in the form's order — the organisation, the four
// links, a yes/no per provision — from the content and base_url, and when it is due. `complaints-site submission` and
// the studio's Publish screen print it the same way (text, CSV or JSON).
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "content.h"
#include "diagnostic.h"

namespace cs {

struct SubmissionField {
  std::string key, label, value;
};

struct Submission {
  std::string year, landlord, due, due_rule;
  std::vector<SubmissionField> organisation, links;
  std::vector<std::pair<std::string, std::string>> answers;  // provision id, "yes" | "no" | "" (not answered)
};

/// The submission for `year` ("2025-26") from `content` (which must have a site.json that loaded); `base_url` ("" for
/// site.json's) makes the links. What is missing or not yet published goes to `warnings`, each with its provision.
Submission MakeSubmission(const Content& content, const std::string& year, std::string base_url, Diagnostics* warnings);

/// As `complaints-site submission --format text`, `csv` (part,field,value; CRLF) and `json`.
std::string SubmissionText(const Submission& s);
std::string SubmissionCsv(const Submission& s);
std::string SubmissionJson(const Submission& s);

}  // namespace cs
