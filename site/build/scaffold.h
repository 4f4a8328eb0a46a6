// A new landlord's content (templates/init/): what `complaints-site init` writes and the studio's "Start from scratch"
// begins with — one function, so both start from the same words.
#pragma once

#include <optional>
#include <string>

#include "file_map.h"

namespace cs {

/// "site.json" and "policy.md" from `templates`' init/ scaffold, with `name` (the landlord as residents know it) and
/// `nation` filled in; nothing, with `error` set, when the scaffold is not there.
std::optional<FileMap> InitialContent(const FileMap& templates, const std::string& name, const std::string& nation,
                                      std::string* error);

/// templates/init/gitignore: what a content folder's repository leaves out (init writes it beside content/).
std::optional<std::string> InitialGitignore(const FileMap& templates);

}  // namespace cs
