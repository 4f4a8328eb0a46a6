// Writing Unicode code points as UTF-8.
#pragma once

#include <cstdint>
#include <string>

namespace cs {

/// Appends `cp` to `out` as UTF-8; NUL, surrogates and values past U+10FFFF become U+FFFD.
void AppendUtf8(std::string* out, uint32_t cp);

}  // namespace cs
