// The rule files of core/data/, compiled into the library so that core/ never reads the disk.
#pragma once

#include <string_view>

namespace cs {

/// Contents of `core/data/<name>` (e.g. "timescales.json") as built; empty if there is no such file.
std::string_view EmbeddedDataFile(std::string_view name);

}  // namespace cs
