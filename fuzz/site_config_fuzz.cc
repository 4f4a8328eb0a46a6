// libFuzzer target: site.json parsing and validation (ParseSiteConfig).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "site_config.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<cs::Diagnostic> diagnostics;
  auto config = cs::ParseSiteConfig(text, "content/site.json", &diagnostics);
  if (!config && !cs::HasErrors(diagnostics)) std::abort();  // a rejection always says why
  for (const auto& d : diagnostics) (void)cs::FormatDiagnostic(d);
  return 0;
}
