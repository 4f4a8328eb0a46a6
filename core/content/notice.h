// An exceptional circumstances notice (notices/<name>.md): the landlord cannot comply with the Code for a time, e.g.
// after a cyber incident, and tells residents so with a timescale for returning to compliance (Code 8.5 and the
// Code's introduction). While it is in force every page shows it as a banner and the dates say so.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "diagnostic.h"

namespace cs {

struct Notice {
  std::string file;   ///< "content/notices/cyber-incident.md"
  std::string title;  ///< optional heading ("" for the site's words)
  Date from;          ///< first day it is in force
  Date until;         ///< last day: when the landlord expects to comply with the Code again
  std::string body;   ///< Markdown: what happened, what residents can expect
  int body_line = 1;  ///< file line of `body`'s first line

  /// In force on `today`: from <= today <= until.
  bool InForce(Date today) const { return from <= today && today <= until; }
};

/// Parses a notice: front matter with `from` and `until` (YYYY-MM-DD) and optional `title`, then Markdown text.
/// Errors (notice.front_matter.missing, notice.from.missing, notice.until.missing, notice.date.invalid,
/// notice.period.order, notice.text.missing, and the fm.* codes of front_matter.h) make it return nothing; all go to
/// `diagnostics` with line and column.
std::optional<Notice> ParseNotice(std::string_view text, const std::string& file, std::vector<Diagnostic>* diagnostics);

/// The notice in force on `today` among `notices` (the one that started last; nullptr when none is).
const Notice* NoticeInForce(const std::vector<Notice>& notices, Date today);

}  // namespace cs
