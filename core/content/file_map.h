// A set of files held in memory: relative path ("layout.mustache", "i18n/en.json", "pages/repairs.md") → bytes.
// How content, built-in templates and the generator's output travel without touching a disk.
#pragma once

#include <map>
#include <string>

namespace cs {

/// Paths use "/" and never start with "/" or contain "..". Sorted, so iterating is deterministic.
using FileMap = std::map<std::string, std::string>;

}  // namespace cs
