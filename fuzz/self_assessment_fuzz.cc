// libFuzzer target: self-assessment JSON parsing against the Code catalogue (ParseSelfAssessment).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "self_assessment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<cs::Diagnostic> diagnostics;
  auto sa = cs::ParseSelfAssessment(text, "content/self-assessments/2025-26.json", "2025-26", &diagnostics);
  if (!sa && !cs::HasErrors(diagnostics)) std::abort();
  for (const auto& d : diagnostics) (void)cs::FormatDiagnostic(d);
  return 0;
}
