// libFuzzer target: the deadline engine's JSON entry point (what the widget and `deadlines --json` call).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "engine_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::string out = cs::DeadlinesJson(text);
  // Whatever comes in, what goes out is one JSON object: a result or {"error": ...}.
  auto parsed = nlohmann::json::parse(out, nullptr, false);
  if (parsed.is_discarded() || !parsed.is_object()) std::abort();
  return 0;
}
