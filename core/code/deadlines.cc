// Computes complaint milestones, today's position and the next step from the Code timescale rules.
#include "deadlines.h"

#include <algorithm>

#include "messages.h"

namespace cs {

const Milestone* DeadlineResult::Find(std::string_view id) const {
  for (const auto& m : milestones)
    if (m.id == id) return &m;
  return nullptr;
}

namespace {

bool Fail(Diagnostic* error, std::string code, std::string field, std::string message) {
  if (error) *error = InputError(std::move(code), std::move(field), std::move(message));
  return false;
}

bool Validate(const DeadlineRequest& req, const Engine& engine, Diagnostic* error) {
  if (DivisionIndex(req.nation) < 0)
    return Fail(error, "invalid_nation", "nation",
                "nation must be one of england-and-wales, scotland, northern-ireland, not \"" + req.nation + "\"");
  if (req.stage != 1 && req.stage != 2) return Fail(error, "invalid_stage", "stage", "stage must be 1 or 2");
  auto in_range = [&](Date d, const char* field) {
    if (engine.holidays->Covers(d)) return true;
    return Fail(error, "date_out_of_range", field,
                std::string(field) + " " + d.Iso() + " is outside the years this calendar knows (" +
                    std::to_string(engine.holidays->FirstYear()) + "-" + std::to_string(engine.holidays->LastYear()) + ")");
  };
  if (!in_range(req.received, "received")) return false;
  if (req.acknowledged) {
    if (!in_range(*req.acknowledged, "acknowledged")) return false;
    if (*req.acknowledged < req.received)
      return Fail(error, "acknowledged_before_received", "acknowledged",
                  "the acknowledgement date " + req.acknowledged->Iso() + " is before the date received " +
                      req.received.Iso() + "; check both dates");
  }
  if (req.today) {
    if (!in_range(*req.today, "today")) return false;
    if (req.received > *req.today)
      return Fail(error, "received_in_future", "received",
                  "the date received " + req.received.Iso() + " is after today (" + req.today->Iso() + ")");
    if (req.acknowledged && *req.acknowledged > *req.today)
      return Fail(error, "acknowledged_in_future", "acknowledged",
                  "the acknowledgement date " + req.acknowledged->Iso() + " is after today (" + req.today->Iso() + ")");
  }
  if (req.extension_working_days && (*req.extension_working_days < 0 || *req.extension_working_days > 260))
    return Fail(error, "invalid_extension", "extension_working_days",
                "an extension must be a whole number of working days from 0 to 260");
  if (req.extended_to) {
    if (!in_range(*req.extended_to, "extended_to")) return false;
    if (req.extension_working_days)
      return Fail(error, "invalid_extension", "extended_to",
                  "give the extension as extended_to or as extension_working_days, not both");
  }
  if (req.responded) {
    if (!in_range(*req.responded, "responded")) return false;
    if (*req.responded < req.received)
      return Fail(error, "responded_before_received", "responded",
                  "the response date " + req.responded->Iso() + " is before the date received " + req.received.Iso() +
                      "; check both dates");
    if (req.today && *req.responded > *req.today)
      return Fail(error, "responded_in_future", "responded",
                  "the response date " + req.responded->Iso() + " is after today (" + req.today->Iso() + ")");
  }
  for (const auto& c : req.closures)
    if (!in_range(c.date, "closures")) return false;
  return true;
}

// The resident says the landlord told them it needs more time (6.4, 6.15): a number of days or the new date.
bool Extended(const DeadlineRequest& req) { return req.extension_working_days.has_value() || req.extended_to.has_value(); }

// The rule a milestone of `r` came from.
const MilestoneRule* RuleOf(const DeadlineResult& r, const Milestone& m, const Engine& engine) {
  const CodeTimescales* code = engine.timescales->Find(r.code);
  if (!code) return nullptr;
  auto stage = code->stages.find(r.stage);
  if (stage == code->stages.end()) return nullptr;
  for (const auto& rule : stage->second)
    if (rule.id == m.id) return &rule;
  return nullptr;
}

// What to do next. Every date a resident is told to act on is the response date of 6.3 / 6.14 (2022: 5.1 / 5.13),
// or the later date only when the resident says the landlord extended (told them the new date, 6.4 / 6.15). The
// extended date otherwise appears only as the latest a landlord may set without a good reason.
std::string NextStep(const DeadlineResult& r, const DeadlineRequest& req, const Engine& engine) {
  const Milestone* ack = r.Find("acknowledge");
  const Milestone* resp = r.Find("response");
  const Milestone* ext = r.Find("extended_response");
  const bool agreed = Extended(req) && ext;
  MessageValues v = {{"response", resp ? resp->due.Long() : ""}};
  if (const CodeTimescales* code = engine.timescales->Find(r.code))
    v.push_back({"ombudsman_window_months", std::to_string(code->ombudsman_window_months)});
  if (ack) v.push_back({"acknowledge", ack->due.Long()});
  if (ext) {
    v.push_back({"extended_response", ext->due.Long()});
    v.push_back({"extension", std::to_string(ext->working_days)});
    v.push_back({"maximum", std::to_string(ext->maximum)});
    v.push_back({"limit", std::to_string(ext->limit)});
  }
  std::string text;
  auto add = [&](std::string_view key, const MessageValues& values) {
    std::string s = Message(key, values);
    if (s.empty()) return;
    if (!text.empty()) text += ' ';
    text += s;
  };
  const bool has_ack_step = ack && !req.acknowledged;
  if (r.stage == 1) add(has_ack_step ? "plan_stage1" : "plan_stage1_no_ack", v);
  else add(has_ack_step ? "plan_stage2" : "plan_stage2_no_ack", v);

  if (ack && ack->actual && ack->late_by > 0 && resp && resp->due_if_acknowledged_on_time) {
    MessageValues late = v;
    late.push_back({"late_by", std::to_string(ack->late_by)});
    late.push_back({"acknowledged_on", ack->actual->Long()});
    late.push_back({"on_time", resp->due_if_acknowledged_on_time->Long()});
    add(ack->late_by == 1 ? "acknowledged_late_one" : "acknowledged_late_other", late);
    add("response_after_late_acknowledgement", late);
  }
  if (agreed) {
    add("extension_agreed", v);
    add(ext->maximum ? "extension_too_long" : "extension_within_limit", v);
  } else if (ext && !r.responded) {
    const MilestoneRule* rule = RuleOf(r, *ext, engine);
    add(rule && !rule->ombudsman_details.empty() ? "extension_possible" : "extension_possible_2022", v);
  }
  if (r.responded) {
    MessageValues rv = v;
    rv.push_back({"responded", r.responded->on.Long()});
    rv.push_back({"due", r.responded->due.Long()});
    rv.push_back({"late_by", std::to_string(r.responded->late_by)});
    const int late = r.responded->late_by;
    add(late == 0 ? "responded_on_time" : late == 1 ? "responded_late_one" : "responded_late_other", rv);
  } else if (r.status) {
    const DeadlineStatus& s = *r.status;
    MessageValues sv = v;
    sv.push_back({"working_day", std::to_string(s.working_day)});
    sv.push_back({"of", std::to_string(s.of)});
    sv.push_back({"overdue_by", std::to_string(s.overdue_by)});
    const Milestone* due = agreed ? ext : resp;
    sv.push_back({"due", due ? due->due.Long() : ""});
    if (s.overdue_by > 0) {
      add("overdue", sv);
    } else {
      add(s.milestone == "acknowledge" ? "waiting_acknowledge" : "waiting_response", sv);
      add(agreed ? "no_response_extended" : "no_response", sv);
    }
  } else {
    add(agreed ? "no_response_extended" : "no_response", v);
  }
  add(r.stage == 1 ? "after_stage1" : "after_stage2", v);
  return text;
}

DeadlineStatus StatusOn(Date today, const DeadlineResult& r, const DeadlineRequest& req, const WorkingCalendar& cal) {
  DeadlineStatus s;
  s.today = today;
  const Milestone* ack = r.Find("acknowledge");
  const Milestone* resp = r.Find("response");
  const Milestone* ext = r.Find("extended_response");
  auto start_of = [&](const Milestone& m) -> Date {
    if (m.counted_from == "received") return r.received;
    if (m.counted_from == "acknowledge") return req.acknowledged ? *req.acknowledged : (ack ? ack->due : r.received);
    if (const Milestone* from = r.Find(m.counted_from)) return from->due;
    return r.received;
  };
  auto set = [&](const Milestone& m) {
    s.milestone = m.id;
    s.of = m.working_days;
    Date start = start_of(m);
    s.working_day = today > start ? cal.WorkingDaysBetween(start, today) : 0;
  };
  if (ack && !req.acknowledged && today <= ack->due) {
    set(*ack);
    return s;
  }
  if (resp && today <= resp->due) {
    set(*resp);
    return s;
  }
  const bool agreed = Extended(req) && ext;
  if (agreed && today <= ext->due) {
    set(*ext);
    return s;
  }
  const Milestone* missed = agreed ? ext : resp;
  if (missed) {
    set(*missed);
    s.overdue_by = cal.WorkingDaysBetween(missed->due, today);
  }
  return s;
}

}  // namespace

std::optional<DeadlineResult> ComputeDeadlines(const DeadlineRequest& req, Diagnostic* error, const Engine& engine) {
  if (!Validate(req, engine, error)) return std::nullopt;
  DeadlineResult r;
  r.code = req.code == "auto" ? engine.timescales->CodeFor(req.received) : req.code;
  const CodeTimescales* code = engine.timescales->Find(r.code);
  if (!code) {
    Fail(error, "invalid_code", "code", "code must be 2024, 2022 or auto, not \"" + req.code + "\"");
    return std::nullopt;
  }
  auto stage = code->stages.find(req.stage);
  if (stage == code->stages.end()) {
    Fail(error, "invalid_stage", "stage", "the " + code->title + " has no stage " + std::to_string(req.stage));
    return std::nullopt;
  }
  r.code_title = code->title;
  r.nation = req.nation;
  r.stage = req.stage;
  r.received = req.received;
  // Weekends and bank holidays only: a landlord's closures never move a Code deadline.
  WorkingCalendar cal(*engine.holidays, DivisionIndex(req.nation));

  for (const MilestoneRule& rule : stage->second) {
    Milestone m;
    m.id = rule.id;
    m.counted_from = rule.counted_from;
    m.provision = rule.provision;
    m.summary = rule.summary;
    m.note = rule.note;
    m.working_days = rule.working_days;
    Date start = r.received;
    if (rule.counted_from == "acknowledge") {
      if (req.acknowledged) {
        start = *req.acknowledged;
      } else if (const Milestone* ack = r.Find("acknowledge")) {
        start = ack->due;
        m.assumed = "acknowledged on the last allowed day";
      }
    } else if (rule.counted_from != "received") {
      if (const Milestone* from = r.Find(rule.counted_from)) start = from->due;
    }
    if (rule.extension && req.extension_working_days) {
      if (*req.extension_working_days == 0) continue;
      m.working_days = *req.extension_working_days;
      if (m.working_days > rule.working_days) m.maximum = rule.working_days;
      m.limit = rule.working_days;
    }
    if (rule.extension && req.extended_to) {
      // The new date counts as given (even on a non-working day); its length is the working days after the Code's
      // response date, checked against the limit without a good reason (6.4, 6.15).
      if (*req.extended_to <= start) {
        Fail(error, "extended_not_after_response", "extended_to",
             "the new date " + req.extended_to->Iso() + " is not after the date the response was due, " + start.Iso());
        return std::nullopt;
      }
      m.working_days = cal.WorkingDaysBetween(start, *req.extended_to);
      if (m.working_days > rule.working_days) m.maximum = rule.working_days;
      m.limit = rule.working_days;
    }
    m.due = rule.extension && req.extended_to ? *req.extended_to : cal.AddWorkingDays(start, m.working_days);
    if (rule.id == "acknowledge" && req.acknowledged) {
      m.actual = req.acknowledged;
      m.late_by = *req.acknowledged > m.due ? cal.WorkingDaysBetween(m.due, *req.acknowledged) : 0;
    }
    // Counted from a late acknowledgement (6.3 as written), the response is due later than it would have been had
    // the landlord acknowledged in time: the resident is shown both.
    if (rule.counted_from == "acknowledge" && req.acknowledged)
      if (const Milestone* ack = r.Find("acknowledge"); ack && ack->late_by > 0)
        m.due_if_acknowledged_on_time = cal.AddWorkingDays(ack->due, m.working_days);
    r.milestones.push_back(m);
  }
  Date last = r.received;
  for (const auto& m : r.milestones)
    if (m.due > last) last = m.due;
  r.holidays_in_range = cal.NonWorkingDaysBetween(r.received.AddDays(1), last);
  r.closures_in_range = cal.ClosuresOnWorkingDays(req.closures, r.received.AddDays(1), last);
  const Milestone* resp = r.Find("response");
  const Milestone* ext = r.Find("extended_response");
  const Milestone* counts = Extended(req) && ext ? ext : resp;
  if (req.responded && counts) {
    ResponseReceived got;
    got.on = *req.responded;
    got.milestone = counts->id;
    got.due = counts->due;
    // After the date that counts is late, even on a weekend or bank holiday after it: at least 1 working day.
    got.late_by = got.on > got.due ? std::max(1, cal.WorkingDaysBetween(got.due, got.on)) : 0;
    r.responded = got;
    r.outcome = got.late_by ? "late" : "on-time";
  } else if (req.today) {
    r.status = StatusOn(*req.today, r, req, cal);
    r.outcome = r.status->overdue_by > 0 ? "overdue" : "due";
  }
  r.next_step = NextStep(r, req, engine);
  return r;
}

}  // namespace cs
