// Writing the built site into --out: the whole tree written beside it, then swapped in.
#pragma once

#include <map>
#include <string>

namespace cs {

/// Writes `files` into a new folder beside `out_dir` and swaps it in; the previous output is removed only
/// after the swap. Refuses to replace a non-empty folder that an earlier build did not make. Returns an
/// ExitStatus (2 with `error` set when nothing was changed).
int WriteOutputAtomically(const std::string& out_dir, const std::map<std::string, std::string>& files, std::string* error);

/// Name of the marker file every build writes at the top of --out.
extern const char* const kOutputMarker;

}  // namespace cs
