// `complaints-site deadlines`: the engine's deadline calculation from the command line.
#include <ostream>

#include "cli.h"
#include "cli_options.h"
#include "closures_file.h"
#include "bank_holiday_feed.h"
#include "deadlines.h"
#include "engine_json.h"
#include "exit_status.h"
#include "files.h"

namespace cs {

namespace {

std::string CountedFromText(const Milestone& m) {
  if (m.counted_from == "received") return "after receipt";
  if (m.counted_from == "acknowledge") return m.assumed.empty() ? "after the acknowledgement" : "after the acknowledgement deadline";
  if (m.counted_from == "response") return "after the response deadline";
  return "after " + m.counted_from;
}

std::string Label(const Milestone& m, bool extension_agreed) {
  if (m.id == "acknowledge") return "Acknowledge by";
  if (m.id == "response") return "Respond by";
  // Without an extension the resident has been told of, the later date is only the cap on one (6.4, 6.15).
  if (m.id == "extended_response") return extension_agreed ? "Respond by (extended)" : "Latest without a good reason, if extended:";
  return "Due";
}

std::string WorkingDays(int n) { return std::to_string(n) + (n == 1 ? " working day" : " working days"); }

void PrintText(const DeadlineResult& r, const DeadlineRequest& req, const CodeTimescales& code, std::ostream& out) {
  out << "Stage " << r.stage << " complaint received " << r.received.Long() << " — " << code.title << ", "
      << r.nation << "\n";
  const auto& rules = code.stages.at(r.stage);
  for (const auto& m : r.milestones) {
    const bool agreed = m.id == "extended_response" && (req.extension_working_days || req.extended_to);
    out << "  " << Label(m, agreed) << " " << m.due.Long() << " (" << WorkingDays(m.working_days) << " "
        << CountedFromText(m) << "; provision " << m.provision << ")";
    if (m.actual) {
      out << " — acknowledged " << m.actual->Long();
      if (m.late_by) out << ", " << WorkingDays(m.late_by) << " late";
    }
    if (m.due_if_acknowledged_on_time)
      out << " — had it been acknowledged on time: " << m.due_if_acknowledged_on_time->Long();
    if (m.maximum) out << " — more than the " << m.maximum << " allowed without a good reason";
    out << "\n";
    if (!m.note.empty()) out << "    Note: " << m.note << "\n";
    for (const auto& rule : rules) {
      if (rule.id != m.id || !rule.extension) continue;
      out << "    " << rule.summary << " (provision " << rule.provision << ")";
      if (!rule.ombudsman_details.empty())
        out << ", and give the Housing Ombudsman's contact details (provision " << rule.ombudsman_details << ")";
      out << "\n";
    }
  }
  if (!r.holidays_in_range.empty()) {
    out << "  Not counted as working days:";
    for (size_t i = 0; i < r.holidays_in_range.size(); ++i)
      out << (i ? ";" : "") << " " << r.holidays_in_range[i].title << " (" << r.holidays_in_range[i].date.Long() << ")";
    out << "\n";
  }
  if (!r.closures_in_range.empty()) {
    out << "  Office closed, but the Code still counts these working days:";
    for (size_t i = 0; i < r.closures_in_range.size(); ++i)
      out << (i ? ";" : "") << " " << r.closures_in_range[i].title << " (" << r.closures_in_range[i].date.Long() << ")";
    out << "\n";
  }
  if (r.status) {
    const auto& s = *r.status;
    out << "  Today, " << s.today.Long() << ": ";
    if (s.overdue_by) out << "the " << (s.milestone == "extended_response" ? "extended response" : s.milestone) << " is overdue by " << WorkingDays(s.overdue_by) << "\n";
    else out << "working day " << s.working_day << " of " << s.of << " for the " << (s.milestone == "acknowledge" ? "acknowledgement" : "response") << "\n";
  }
  out << "Next: " << r.next_step << "\n";
}

}  // namespace

int RunDeadlinesCommand(CommandContext& ctx) {
  auto app = MakeCommandApp("deadlines", "Works out when a landlord must acknowledge and respond to a complaint.\n"
                                         "Working days skip weekends and bank holidays; the day the complaint arrives\n"
                                         "is day 0. A landlord's closure days are shown but never move a date.");
  std::string received, acknowledged, extended_to, responded, nation = "england-and-wales", code = "2024", closures_file, feed_file, today,
                        format = "text";
  int stage = 1;
  std::optional<int> extension;
  app->add_option("--received", received, "date the complaint (or escalation request) was received, YYYY-MM-DD")->required();
  app->add_option("--stage", stage, "complaint stage, 1 or 2")->capture_default_str();
  app->add_option("--acknowledged", acknowledged, "date the landlord acknowledged it, if it has");
  app->add_option("--extension", extension, "agreed extension in working days (0 = none)");
  app->add_option("--extended-to", extended_to, "the new response date the landlord gave when it extended, YYYY-MM-DD");
  app->add_option("--responded", responded, "date the landlord's response came, if it has: on time or late");
  app->add_option("--nation", nation, "england-and-wales, scotland or northern-ireland")->capture_default_str();
  app->add_option("--code", code, "Complaint Handling Code: 2024, 2022 or auto (by date received)")->capture_default_str();
  app->add_option("--closures", closures_file, "file of landlord closure days, one YYYY-MM-DD [title] a line: shown, never moving a date");
  app->add_option("--bank-holidays", feed_file, "a gov.uk bank-holidays.json feed to use instead of the built-in dates");
  app->add_option("--today", today, "show where this date falls in the timeline, YYYY-MM-DD");
  app->add_option("--format", format, "text or json")->capture_default_str();
  if (auto status = ParseCommandLine(*app, ctx)) return *status;

  auto bad = [&](const std::string& flag, const std::string& value, const std::string& why) {
    return UsageError(ctx, "deadlines", flag + " \"" + value + "\": " + why);
  };
  if (format != "text" && format != "json") return bad("--format", format, "must be text or json");
  DeadlineRequest req;
  std::string why;
  auto parse_date = [&](const std::string& value, std::optional<Date>* into) {
    auto d = ParseIsoDate(value, &why);
    if (!d) return false;
    *into = d;
    return true;
  };
  std::optional<Date> d;
  if (!parse_date(received, &d)) return bad("--received", received, why);
  req.received = *d;
  if (!acknowledged.empty()) {
    if (!parse_date(acknowledged, &d)) return bad("--acknowledged", acknowledged, why);
    req.acknowledged = d;
  }
  if (!today.empty()) {
    if (!parse_date(today, &d)) return bad("--today", today, why);
    req.today = d;
  }
  if (!extended_to.empty()) {
    if (!parse_date(extended_to, &d)) return bad("--extended-to", extended_to, why);
    req.extended_to = d;
  }
  if (!responded.empty()) {
    if (!parse_date(responded, &d)) return bad("--responded", responded, why);
    req.responded = d;
  }
  req.stage = stage;
  req.nation = nation;
  req.code = code;
  req.extension_working_days = extension;
  if (!closures_file.empty()) {
    std::string error;
    auto text = ReadTextFile(closures_file, &error);
    if (!text) return UsageError(ctx, "deadlines", "--closures: " + error);
    auto closures = ParseClosures(*text, closures_file, &error);
    if (!closures) {
      ctx.err << error << "\n";
      return kExitUsage;
    }
    req.closures = *closures;
  }
  BankHolidays holidays = BankHolidays::Default();
  Engine engine;
  if (!feed_file.empty()) {
    std::string error;
    auto text = ReadTextFile(feed_file, &error);
    if (!text) return UsageError(ctx, "deadlines", "--bank-holidays: " + error);
    Diagnostic problem;
    auto feed = ReadBankHolidayFeed(*text, &problem);
    if (!feed) return UsageError(ctx, "deadlines", "--bank-holidays " + feed_file + ": " + problem.message);
    holidays.Replace(*feed);
    engine.holidays = &holidays;
  }
  Diagnostic error;
  auto result = ComputeDeadlines(req, &error, engine);
  if (!result) {
    static const std::pair<const char*, const char*> kFlags[] = {
        {"received", "--received"}, {"acknowledged", "--acknowledged"}, {"today", "--today"}, {"stage", "--stage"},
        {"nation", "--nation"},     {"code", "--code"},                 {"extension_working_days", "--extension"},
        {"closures", "--closures"}, {"extended_to", "--extended-to"}, {"responded", "--responded"}};
    std::string flag = "--" + error.field;
    for (const auto& [field, name] : kFlags)
      if (error.field == field) flag = name;
    return UsageError(ctx, "deadlines", flag + ": " + error.message + " [" + error.code + "]");
  }
  if (format == "json") {
    ctx.out << DeadlineResultToJson(*result).dump(2) << "\n";
  } else {
    PrintText(*result, req, *engine.timescales->Find(result->code), ctx.out);
  }
  return kExitSuccess;
}

}  // namespace cs
