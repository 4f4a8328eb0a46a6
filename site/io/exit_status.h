// The one set of exit statuses every command uses.
#pragma once

namespace cs {

enum ExitStatus : int {
  kExitSuccess = 0,       ///< done
  kExitContentError = 1,  ///< the content (or the checked publication) has errors
  kExitUsage = 2,         ///< bad flags, bad values or unreadable input
};

}  // namespace cs
