// Builds /deadlines/<YYYY-MM>/: a month's dates, computed by the engine at build time, for residents without
// JavaScript (templates/page-deadline-month.mustache), and the list of months that links to them.
#include "deadline_months.h"

#include <algorithm>

#include "bank_holidays.h"
#include "date_format.h"
#include "deadlines.h"
#include "html.h"
#include "parallel.h"
#include "timescales.h"
#include "working_days.h"

namespace cs {

namespace {

using Json = nlohmann::json;
using Values = std::map<std::string, std::string>;

constexpr int kMonthsEachSide = 12;

Date FirstOfMonth(Date d) { return Date{d.year, d.month, 1}; }
Date LastOfMonth(Date first) { return Date{first.year, first.month, DaysInMonth(first.year, first.month)}; }

std::string MonthKey(Date first) {
  std::string iso = first.Iso();
  return iso.substr(0, 7);
}

const std::string& Division() { return Timescales::Default().BankHolidayDivision(); }

// The engine's answer for a complaint (stage 1) or escalation request (stage 2) received on `received`, with the
// Code chosen by that date, as the widget asks ("auto"). No acknowledgement, no extension: the dates as the Code sets them.
std::optional<DeadlineResult> Compute(Date received, int stage) {
  DeadlineRequest req;
  req.code = "auto";
  req.nation = Division();
  req.stage = stage;
  req.received = received;
  Diagnostic error;
  return ComputeDeadlines(req, &error);
}

// The columns: for each stage, the milestones the Code in force on `today` counts without an extension, in its order.
struct Column {
  int stage;
  std::string milestone;
};
std::vector<Column> Columns(Date today) {
  std::vector<Column> columns;
  const Timescales& ts = Timescales::Default();
  const CodeTimescales* code = ts.Find(ts.CodeFor(today));
  if (!code) return columns;
  for (int stage : {1, 2}) {
    auto it = code->stages.find(stage);
    if (it == code->stages.end()) continue;
    for (const auto& rule : it->second)
      if (!rule.extension) columns.push_back({stage, rule.id});
  }
  return columns;
}

// The latest date the engine gives for a day received in the month of `first` (the last day, the longest stage).
Date LastDateForMonth(Date first) {
  Date last = LastOfMonth(first);
  for (int stage : {1, 2})
    if (auto r = Compute(LastOfMonth(first), stage))
      for (const auto& m : r->milestones)
        if (!m.id.empty() && m.id != "extended_response" && m.due > last) last = m.due;
  return last;
}

std::string MonthName(Date first, const Translations& t) {
  return FormatMonthName(first.month, t.language()) + " " + std::to_string(first.year);
}

}  // namespace

std::vector<Date> DeadlineMonths(Date today) {
  std::vector<Date> months;
  Date first = FirstOfMonth(today);
  for (int i = -kMonthsEachSide; i <= kMonthsEachSide; ++i) {
    Date m = first.AddMonthsClamped(i);
    // Every date of the month's table must fall in a year the built-in bank holidays cover.
    if (BankHolidays::Default().Covers(m) && BankHolidays::Default().Covers(LastOfMonth(m).AddDays(90))) months.push_back(m);
  }
  return months;
}

Date LastDeadlineShown(Date today) {
  std::vector<Date> months = DeadlineMonths(today);
  return months.empty() ? today : LastDateForMonth(months.back());
}

std::string DeadlineMonthPath(Date first) { return "deadlines/" + MonthKey(first) + "/index.html"; }

Json DeadlineMonthList(const SiteContext& ctx, Date today, const std::string& to_root) {
  const Translations& t = ctx.templates->Words();
  Json months = Json::array();
  for (Date m : DeadlineMonths(today))
    months.push_back({{"href", to_root + "deadlines/" + MonthKey(m) + "/"}, {"name", MonthName(m, t)}, {"key", MonthKey(m)}});
  return {{"months", months}};
}

std::vector<GeneratedPage> DeadlineMonthPages(const SiteContext& ctx, Date today) {
  const Translations& t = ctx.templates->Words();
  const std::string& landlord = ctx.config->landlord_name;
  const std::string lang = t.language();
  WorkingCalendar cal(BankHolidays::Default(), DivisionIndex(Division()));
  const std::vector<Column> columns = Columns(today);
  const std::vector<Date> months = DeadlineMonths(today);

  Json headers = Json::array();
  for (const auto& c : columns) {
    const char* key = c.milestone == "acknowledge" ? "widget.pages.month_column_acknowledge"
                      : c.milestone == "response"  ? "widget.pages.month_column_response"
                                                   : "widget.pages.month_column_other";
    headers.push_back(t.Format(key, {{"stage", std::to_string(c.stage)}, {"milestone", c.milestone}}));
  }

  // The months are made in parallel, each with its own diagnostics, taken in month order.
  std::vector<GeneratedPage> pages(months.size());
  std::vector<std::vector<Diagnostic>> diagnostics(months.size());
  ForEachIndex(months.size(), [&](size_t i) {
    SiteContext month_ctx = ctx;
    month_ctx.diagnostics = &diagnostics[i];
    auto time = [&](Date d) {
      return InlineHtml(month_ctx, "inline-date", {{"iso", d.Iso()}, {"text", FormatLongDate(d, lang)}});
    };
    const Date first = months[i];
    const std::string month = MonthName(first, t);
    Json rows = Json::array();
    Date last_shown = LastOfMonth(first);
    for (Date day = first; day <= LastOfMonth(first); day = day.AddDays(1)) {
      std::optional<DeadlineResult> by_stage[3] = {std::nullopt, Compute(day, 1), Compute(day, 2)};
      Json cells = Json::array();
      for (size_t c = 0; c < columns.size(); ++c) {
        const auto& r = by_stage[columns[c].stage];
        const Milestone* m = r ? r->Find(columns[c].milestone) : nullptr;
        if (m && m->due > last_shown) last_shown = m->due;
        cells.push_back({{"stage", std::to_string(columns[c].stage)},
                         {"milestone", columns[c].milestone},
                         {"label", headers[c]},
                         {"time_html", m ? time(m->due) : ""}});
      }
      std::string why_not;
      if (!cal.IsWorkingDay(day)) {
        const Holiday* h = BankHolidays::Default().Find(DivisionIndex(Division()), day);
        why_not = h ? t.Format("widget.pages.month_holiday", {{"title", h->title}}) : t.Get("widget.pages.month_weekend");
      }
      rows.push_back({{"iso", day.Iso()}, {"time_html", time(day)}, {"not_working", why_not}, {"cells", cells}});
    }

    Json holidays = Json::array();
    for (const auto& d : cal.NonWorkingDaysBetween(first, last_shown))
      holidays.push_back(t.Html("widget.pages.not_counted_day", {{"title", EscapeHtml(d.title)}, {"date", time(d.date)}}));
    Json closures = false;
    auto closed = cal.ClosuresOnWorkingDays(ctx.config->closures, first, last_shown);
    if (!closed.empty()) {
      Json days = Json::array();
      for (const auto& c : closed)
        days.push_back({{"iso", c.date.Iso()},
                        {"html", t.Html("widget.pages.closure_day", {{"title", EscapeHtml(c.title)}, {"date", time(c.date)}})}});
      closures = {{"heading", t.Format("widget.pages.closures_heading", {{"landlord", landlord}})},
                  {"intro", t.Format("widget.pages.closures_intro", {{"landlord", landlord}})},
                  {"days", days}};
    }

    auto neighbour = [&](size_t j, const char* key) -> Json {
      if (j >= months.size()) return false;
      return {{"href", "../" + MonthKey(months[j]) + "/"}, {"text", t.Format(key, {{"month", MonthName(months[j], t)}})}};
    };
    Json data = {
        {"month", MonthKey(first)},
        {"lead", t.Format("widget.pages.month_lead", {{"landlord", landlord}})},
        {"notice_dates", ctx.notice_dates},
        {"caption", t.Format("widget.pages.month_caption", {{"landlord", landlord}, {"month", month}})},
        {"headers", headers},
        {"rows", rows},
        {"previous", i > 0 ? neighbour(i - 1, "widget.pages.month_previous") : Json(false)},
        {"next", neighbour(i + 1, "widget.pages.month_next")},
        {"more_time", t.Format("widget.pages.more_time", {{"landlord", landlord}})},
        {"has_holidays", !holidays.empty()},
        {"holidays", holidays},
        {"closures", closures},
    };
    GeneratedPage page;
    page.path = DeadlineMonthPath(first);
    page.searchable = false;  // found through /deadlines/
    page.title = t.Format("widget.pages.month_title", {{"month", month}});
    page.description = t.Format("widget.pages.month_description", {{"landlord", landlord}, {"month", month}});
    page.body_html = ctx.templates->Render("page-deadline-month", data, month_ctx.diagnostics);
    pages[i] = std::move(page);
  }, 2);
  if (ctx.diagnostics)
    for (auto& d : diagnostics) ctx.diagnostics->insert(ctx.diagnostics->end(), d.begin(), d.end());
  return pages;
}

}  // namespace cs
