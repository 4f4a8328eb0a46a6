// The engine's C interface for JavaScript: JSON string in, JSON string out. The only file that
// includes Emscripten headers. Returned strings are malloc'd; JavaScript frees them with cs_free_string.
#include <emscripten/emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "deadlines.h"

namespace {
char* Copy(const std::string& s) {
  char* out = static_cast<char*>(std::malloc(s.size() + 1));
  std::memcpy(out, s.c_str(), s.size() + 1);
  return out;
}
}  // namespace

extern "C" {

/// Deadline request JSON in, result JSON out (see core/deadlines.h).
EMSCRIPTEN_KEEPALIVE char* cs_deadlines(const char* request_json) { return Copy(cs::DeadlinesJson(request_json)); }

EMSCRIPTEN_KEEPALIVE void cs_free_string(char* s) { std::free(s); }

}  // extern "C"
