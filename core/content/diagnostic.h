// Errors and warnings about a landlord's content, each with a stable code and a place in a file.
#pragma once

#include <string>
#include <vector>

namespace cs {

enum class Severity { Error, Warning };

/// One finding: `file:line:col: error: message (Code x.y) — fix [code]`. Line and column are 1-based; 0 means
/// unknown.
struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;       ///< stable, e.g. "site.nation.unknown", "sa.no.missing_comply_by"; asserted in tests
  std::string file;       ///< as the user would type it, e.g. "content/site.json"
  int line = 0;
  int column = 0;
  std::string message;    ///< what is wrong, in plain English
  std::string fix;        ///< how to fix it, one line
  std::string provision;  ///< Code provision the rule rests on, if any (e.g. "3.1")
};

/// Where diagnostics go: every parser, the loader, the generator and the checks append to one of these (the one
/// error style for content problems; the CLI prints them with FormatDiagnostic).
using Diagnostics = std::vector<Diagnostic>;

/// "content/site.json:12:5: error: message (Code 3.1) — fix [code]": the one format `check`, `build`, `import`
/// and `serve` print (the provision part only when `provision` is set).
std::string FormatDiagnostic(const Diagnostic& d);

/// Where the Code's words behind a finding code are quoted: "docs/legal-basis.md#code-policy.stages.third".
std::string LegalBasisReference(const std::string& code);

bool HasErrors(const std::vector<Diagnostic>& diagnostics);

/// How many of `diagnostics` are errors.
int CountErrors(const std::vector<Diagnostic>& diagnostics);

}  // namespace cs
