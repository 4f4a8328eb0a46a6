// libFuzzer target: the position-recording JSON scanner every content file goes through first.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include <nlohmann/json.hpp>

#include "json_positions.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  cs::JsonScan scan = cs::ScanJson(text);
  if (!scan.ok && (scan.error_code.empty() || scan.error_line < 1)) std::abort();  // errors have a place
  (void)scan.Locate("/a/0/b");
  // The scanner and nlohmann/json agree on what is JSON (within the scanner's depth limit).
  auto parsed = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
  if (scan.ok && parsed.is_discarded()) std::abort();
  return 0;
}
