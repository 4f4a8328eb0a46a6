// libFuzzer target: the forgiving day/month/year date entry ("3", "03", "mar") and its JSON entry point.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "date_input.h"
#include "engine_json.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  (void)cs::DateInputJson(text);
  // Split the input on '\n' into day, month and year fields.
  size_t a = text.find('\n');
  size_t b = a == std::string_view::npos ? a : text.find('\n', a + 1);
  if (b != std::string_view::npos) {
    cs::Diagnostic error;
    auto date = cs::ParseDateInput(text.substr(0, a), text.substr(a + 1, b - a - 1), text.substr(b + 1),
                                   "the date the complaint was received", cs::Date{2026, 11, 24}, &error);
    if (!date && error.message.empty()) std::abort();  // a rejection always says what to fix
    if (date && *date > (cs::Date{2026, 11, 24})) std::abort();  // no future dates with `today` given
  }
  return 0;
}
