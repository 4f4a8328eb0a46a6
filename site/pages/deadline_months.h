// The dates without JavaScript: one page a month (deadlines/<YYYY-MM>/), a row for every day a complaint or an
// escalation request can be received, every date computed by the engine (core/code ComputeDeadlines) at build time.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "date.h"
#include "page.h"
#include "pages.h"

namespace cs {

/// The first day of each month the tables cover: 12 months before `today`'s month to 12 months after (25 months),
/// less any month whose dates the built-in bank holidays do not cover.
std::vector<Date> DeadlineMonths(Date today);

/// The last date any month table shows (the latest stage 2 response of the last month's last day): the holidays
/// table on /deadlines/ runs from the first month's first day to this date, so it lists every day the tables skip.
Date LastDeadlineShown(Date today);

/// "deadlines/2026-12/index.html" for the month of `first`.
std::string DeadlineMonthPath(Date first);

/// The data of templates/deadline-months.mustache (the list of month pages) for a page whose path to the site's
/// root is `to_root` ("", "../", "../../").
nlohmann::json DeadlineMonthList(const SiteContext& ctx, Date today, const std::string& to_root);

/// One page per month of DeadlineMonths(today) (templates/page-deadline-month.mustache): a table with a row per
/// calendar day received (`tr[data-received]`) and, for stage 1 and stage 2, each milestone the Code sets that is
/// counted without an extension (`td[data-stage][data-milestone]` holding `<time datetime>`), the milestone ids
/// being the engine's. The Code is chosen by the day received ("auto", as the widget does) and the bank holidays
/// are England's. The landlord's closures are listed as information: they never move a date.
std::vector<GeneratedPage> DeadlineMonthPages(const SiteContext& ctx, Date today);

}  // namespace cs
