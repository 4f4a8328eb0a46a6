// Computes bank holidays from the rules tables (core/data/bank-holidays.json, compiled in): fixed dates with weekend
// substitution, Easter offsets, nth-weekday rules, proclaimed moves and one-off days; and merges a feed over them.
#include "bank_holidays.h"

#include <cstring>

#include "calendar_tables.h"

namespace cs {

namespace {

Date EasterSunday(int y) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{y, month, day};
}

Date NthWeekday(int y, int m, int weekday, int nth) {
  if (nth > 0) {
    Date d{y, m, 1};
    int shift = (weekday - static_cast<int>(d.DayOfWeek()) + 7) % 7;
    return d.AddDays(shift + 7 * (nth - 1));
  }
  Date d{y, m, DaysInMonth(y, m)};
  int shift = (static_cast<int>(d.DayOfWeek()) - weekday + 7) % 7;
  return d.AddDays(-shift - 7 * (-nth - 1));
}

bool Taken(const int* taken, int count, int serial) {
  for (int i = 0; i < count; ++i)
    if (taken[i] == serial) return true;
  return false;
}

}  // namespace

const std::vector<std::string>& BankHolidays::Divisions() {
  static const std::vector<std::string> kDivisions(tables::kBankHolidayRules.divisions,
                                                   tables::kBankHolidayRules.divisions + tables::kBankHolidayRules.division_count);
  return kDivisions;
}

int DivisionIndex(std::string_view name) {
  const auto& all = BankHolidays::Divisions();
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i] == name) return static_cast<int>(i);
  return -1;
}

const BankHolidays& BankHolidays::Default() {
  static const BankHolidays kDefault = [] {
    const tables::HolidayRules& rules = tables::kBankHolidayRules;
    BankHolidays t;
    t.first_year_ = rules.first_year;
    t.last_year_ = rules.last_year;
    t.first_serial_ = Date{t.first_year_, 1, 1}.Serial();
    const int span = Date{t.last_year_, 12, 31}.Serial() - t.first_serial_ + 1;
    t.slots_.assign(static_cast<size_t>(rules.division_count), std::vector<unsigned short>(static_cast<size_t>(span), 0));
    t.holidays_.assign(static_cast<size_t>(rules.division_count), {});
    struct Pending {
      const tables::HolidayRule* rule;
      Date date;
      const char* title;
      bool substitute;
      int group;
    };
    // At most kMaxHolidayRules rules (core/data/tables checks it): fixed arrays keep the widget small.
    Pending pending[tables::kMaxHolidayRules];
    int taken[tables::kMaxHolidayRules];
    for (int dv = 0; dv < rules.division_count; ++dv) {
      const int bit = 1 << dv;
      for (int year = t.first_year_; year <= t.last_year_; ++year) {
        int count = 0;
        for (int i = 0; i < rules.rule_count; ++i) {
          const tables::HolidayRule& rule = rules.rules[i];
          if (!(rule.divisions & bit)) continue;
          Pending p{&rule, Date{}, rule.title, false, rule.group};
          if (rule.easter) p.date = EasterSunday(year).AddDays(rule.easter_offset);
          else if (rule.weekday >= 0) p.date = NthWeekday(year, rule.month, rule.weekday, rule.nth);
          else p.date = Date{year, rule.month, rule.day};
          for (int m = 0; m < rules.moved_count; ++m) {
            const tables::MovedHoliday& mv = rules.moved[m];
            if (mv.year != year || !(mv.divisions & bit) || std::strcmp(mv.rule, rule.id) != 0) continue;
            p.date = Date{mv.year, mv.month, mv.day};
            p.title = mv.title;
            p.substitute = mv.substitute;
            p.group = 0;  // a proclaimed date is never substituted again
          }
          if (p.group == 0) t.Put(dv, Holiday{p.date, p.title, p.substitute});
          else pending[count++] = p;
        }
        // Weekend substitution within each group, in date order, by the group's policy (see the data file's "about").
        for (int a = 1; a < count; ++a)
          for (int b = a; b > 0 && pending[b].date < pending[b - 1].date; --b) std::swap(pending[b], pending[b - 1]);
        for (int group = 1; group <= rules.rule_count; ++group) {
          int taken_count = 0;
          bool in_date_order = false;
          for (int i = 0; i < count; ++i)
            if (pending[i].group == group) {
              in_date_order = pending[i].rule->in_date_order;
              if (!pending[i].date.IsWeekend()) taken[taken_count++] = pending[i].date.Serial();
            }
          if (in_date_order) taken_count = 0;
          for (int i = 0; i < count; ++i) {
            const Pending& p = pending[i];
            if (p.group != group) continue;
            Date d = p.date;
            bool sub = false;
            if (in_date_order && !d.IsWeekend() && !Taken(taken, taken_count, d.Serial())) {
              taken[taken_count++] = d.Serial();
            } else if (d.IsWeekend() || in_date_order) {
              while (d.IsWeekend() || Taken(taken, taken_count, d.Serial())) d = d.AddDays(1);
              taken[taken_count++] = d.Serial();
              sub = true;
            }
            t.Put(dv, Holiday{d, p.title, sub});
          }
        }
      }
      for (int i = 0; i < rules.one_off_count; ++i) {
        const tables::OneOffHoliday& one = rules.one_off[i];
        if (one.divisions & bit) t.Put(dv, Holiday{Date{one.year, one.month, one.day}, one.title, false});
      }
    }
    return t;
  }();
  return kDefault;
}

void BankHolidays::Put(int division, const Holiday& h) {
  int slot = h.date.Serial() - first_serial_;
  if (slot < 0 || slot >= static_cast<int>(slots_[division].size())) return;
  auto& list = holidays_[division];
  if (slots_[division][slot]) {
    list[slots_[division][slot] - 1] = h;
    return;
  }
  list.push_back(h);
  slots_[division][slot] = static_cast<unsigned short>(list.size());
}

void BankHolidays::ClearYear(int division, int year) {
  int from = Date{year, 1, 1}.Serial() - first_serial_, to = Date{year, 12, 31}.Serial() - first_serial_;
  for (int s = from < 0 ? 0 : from; s <= to && s < static_cast<int>(slots_[division].size()); ++s) slots_[division][s] = 0;
}

void BankHolidays::Replace(const std::vector<DivisionHoliday>& feed) {
  std::vector<std::pair<int, int>> cleared;
  for (const auto& [dv, h] : feed) {
    if (dv < 0 || dv >= static_cast<int>(slots_.size()) || !Covers(h.date)) continue;
    std::pair<int, int> key{dv, h.date.year};
    bool done = false;
    for (const auto& c : cleared) done = done || c == key;
    if (!done) {
      ClearYear(dv, h.date.year);
      cleared.push_back(key);
    }
  }
  for (const auto& [dv, h] : feed)
    if (dv >= 0 && dv < static_cast<int>(slots_.size()) && Covers(h.date)) Put(dv, h);
}

const Holiday* BankHolidays::Find(int division, Date date) const {
  if (division < 0 || division >= static_cast<int>(slots_.size())) return nullptr;
  int slot = date.Serial() - first_serial_;
  if (slot < 0 || slot >= static_cast<int>(slots_[division].size())) return nullptr;
  unsigned short idx = slots_[division][slot];
  return idx ? &holidays_[division][idx - 1] : nullptr;
}

std::vector<Holiday> BankHolidays::Between(int division, Date from, Date to) const {
  std::vector<Holiday> out;
  const int last = to.Serial();
  for (int s = from.Serial(); s <= last; ++s)
    if (IsHolidaySerial(division, s)) out.push_back(*Find(division, Date::FromSerial(s)));
  return out;
}

}  // namespace cs
