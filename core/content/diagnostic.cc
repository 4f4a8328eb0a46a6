// Formatting diagnostics.
#include "diagnostic.h"

namespace cs {

std::string FormatDiagnostic(const Diagnostic& d) {
  std::string s = d.file;
  if (d.line > 0) {
    s += ':' + std::to_string(d.line);
    if (d.column > 0) s += ':' + std::to_string(d.column);
  }
  s += d.severity == Severity::Error ? ": error: " : ": warning: ";
  s += d.message;
  if (!d.provision.empty()) s += " (Code " + d.provision + ")";
  if (!d.fix.empty()) s += " — " + d.fix;
  if (!d.code.empty()) s += " [" + d.code + "]";
  return s;
}

std::string LegalBasisReference(const std::string& code) { return "docs/legal-basis.md#code-" + code; }

bool HasErrors(const std::vector<Diagnostic>& diagnostics) {
  for (const auto& d : diagnostics)
    if (d.severity == Severity::Error) return true;
  return false;
}

int CountErrors(const std::vector<Diagnostic>& diagnostics) {
  int n = 0;
  for (const auto& d : diagnostics) n += d.severity == Severity::Error;
  return n;
}

}  // namespace cs
