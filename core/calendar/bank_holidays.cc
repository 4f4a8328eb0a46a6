// Computes bank holidays from the rules data: fixed dates with weekend substitution, Easter offsets,
// nth-weekday rules, proclaimed moves and one-off days; and merges a gov.uk feed over them.
#include "bank_holidays.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "embedded_data.h"

namespace cs {

using nlohmann::json;

namespace {

Date EasterSunday(int y) {
  // Anonymous Gregorian algorithm (Meeus/Jones/Butcher).
  int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{y, month, day};
}

int WeekdayIndex(const std::string& name) {
  static const char* const kNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i)
    if (name == kNames[i]) return i;
  return -1;
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

bool ListsDivision(const json& rule, const std::string& division) {
  auto it = rule.find("divisions");
  if (it == rule.end() || !it->is_array()) return false;
  for (const auto& d : *it)
    if (d.is_string() && d.get<std::string>() == division) return true;
  return false;
}

std::string Str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

int Int(const json& j, const char* key, int fallback) {
  auto it = j.find(key);
  return it != j.end() && it->is_number_integer() ? it->get<int>() : fallback;
}

}  // namespace

const std::vector<std::string>& BankHolidays::Divisions() {
  static const std::vector<std::string> kDivisions = {"england-and-wales", "scotland", "northern-ireland"};
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
    std::string error;
    auto table = FromRules(EmbeddedDataFile("bank-holidays.json"), &error);
    return table ? *table : BankHolidays();
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
  for (int s = std::max(from, 0); s <= to && s < static_cast<int>(slots_[division].size()); ++s)
    slots_[division][s] = 0;
}

std::optional<BankHolidays> BankHolidays::FromRules(std::string_view rules_json, std::string* error) {
  json doc = json::parse(rules_json.begin(), rules_json.end(), nullptr, false);
  if (doc.is_discarded() || !doc.is_object() || !doc.contains("rules")) {
    if (error) *error = "bank holiday rules are not valid JSON with a \"rules\" list";
    return std::nullopt;
  }
  BankHolidays t;
  t.first_year_ = Int(doc, "first_year", 1995);
  t.last_year_ = Int(doc, "last_year", 2100);
  t.first_serial_ = Date{t.first_year_, 1, 1}.Serial();
  const int span = Date{t.last_year_, 12, 31}.Serial() - t.first_serial_ + 1;
  const auto& divisions = Divisions();
  const json moved_days = doc.value("moved", json::array());
  const json one_off_days = doc.value("one_off", json::array());
  t.slots_.assign(divisions.size(), std::vector<unsigned short>(static_cast<size_t>(span), 0));
  t.holidays_.assign(divisions.size(), {});

  for (size_t dv = 0; dv < divisions.size(); ++dv) {
    const std::string& division = divisions[dv];
    for (int year = t.first_year_; year <= t.last_year_; ++year) {
      struct Pending { std::string id, title, group, policy; Date date; bool substitute = false; };
      std::vector<Pending> pending;
      for (const auto& rule : doc["rules"]) {
        if (!ListsDivision(rule, division)) continue;
        Pending p{Str(rule, "id"), Str(rule, "title"), Str(rule, "group"), Str(rule, "substitute"), Date{}};
        if (rule.contains("easter_offset")) {
          p.date = EasterSunday(year).AddDays(Int(rule, "easter_offset", 0));
        } else if (rule.contains("weekday")) {
          p.date = NthWeekday(year, Int(rule, "month", 1), WeekdayIndex(Str(rule, "weekday")), Int(rule, "nth", 1));
        } else {
          p.date = Date{year, Int(rule, "month", 1), Int(rule, "day", 1)};
        }
        bool moved = false;
        for (const auto& mv : moved_days) {
          if (Str(mv, "rule") == p.id && Int(mv, "year", 0) == year && ListsDivision(mv, division)) {
            if (auto d = ParseIsoDate(Str(mv, "date"))) p.date = *d;
            p.title = Str(mv, "title");
            p.substitute = mv.value("substitute", false);
            moved = true;
          }
        }
        if (moved) p.group.clear();  // a proclaimed date is never substituted again
        pending.push_back(p);
      }
      // Weekend substitution within each group, by the group's policy (see the data file's "about").
      std::map<std::string, std::vector<size_t>> groups;
      for (size_t i = 0; i < pending.size(); ++i) {
        if (pending[i].group.empty()) {
          t.Put(static_cast<int>(dv), Holiday{pending[i].date, pending[i].title, pending[i].substitute});
        } else {
          groups[pending[i].group].push_back(i);
        }
      }
      for (auto& [name, members] : groups) {
        std::sort(members.begin(), members.end(), [&](size_t a, size_t b) { return pending[a].date < pending[b].date; });
        const bool in_date_order = pending[members.front()].policy == "in-date-order";
        std::vector<int> taken;
        if (!in_date_order)
          for (size_t i : members)
            if (!pending[i].date.IsWeekend()) taken.push_back(pending[i].date.Serial());
        for (size_t i : members) {
          Date d = pending[i].date;
          bool sub = false;
          if (in_date_order && !d.IsWeekend() && std::find(taken.begin(), taken.end(), d.Serial()) == taken.end()) {
            taken.push_back(d.Serial());
          } else if (d.IsWeekend() || in_date_order) {
            while (d.IsWeekend() || std::find(taken.begin(), taken.end(), d.Serial()) != taken.end()) d = d.AddDays(1);
            taken.push_back(d.Serial());
            sub = true;
          }
          t.Put(static_cast<int>(dv), Holiday{d, pending[i].title, sub});
        }
      }
    }
    for (const auto& one : one_off_days) {
      if (!ListsDivision(one, division)) continue;
      if (auto d = ParseIsoDate(Str(one, "date"))) t.Put(static_cast<int>(dv), Holiday{*d, Str(one, "title"), false});
    }
  }
  return t;
}

bool BankHolidays::LoadFeed(std::string_view feed_json, std::string* error) {
  json feed = json::parse(feed_json.begin(), feed_json.end(), nullptr, false);
  auto fail = [&](const std::string& why) {
    if (error) *error = why;
    return false;
  };
  if (feed.is_discarded()) return fail("the bank holiday feed is not valid JSON");
  if (!feed.is_object()) return fail("the bank holiday feed must be a JSON object keyed by division");
  std::vector<std::pair<int, Holiday>> incoming;
  for (const auto& [key, value] : feed.items()) {
    int dv = DivisionIndex(key);
    if (dv < 0) return fail("unknown division \"" + key + "\" in the bank holiday feed (expected england-and-wales, scotland or northern-ireland)");
    if (!value.is_object() || !value.contains("events") || !value["events"].is_array())
      return fail("division \"" + key + "\" in the bank holiday feed has no \"events\" list");
    for (const auto& ev : value["events"]) {
      std::string why;
      auto d = ParseIsoDate(Str(ev, "date"), &why);
      if (!d) return fail("event in \"" + key + "\" has a bad date \"" + Str(ev, "date") + "\": " + why);
      if (!Covers(*d)) continue;
      incoming.push_back({dv, Holiday{*d, Str(ev, "title"), Str(ev, "notes") == "Substitute day"}});
    }
  }
  std::vector<std::pair<int, int>> cleared;
  for (const auto& [dv, h] : incoming) {
    std::pair<int, int> key{dv, h.date.year};
    if (std::find(cleared.begin(), cleared.end(), key) == cleared.end()) {
      ClearYear(dv, h.date.year);
      cleared.push_back(key);
    }
  }
  for (const auto& [dv, h] : incoming) Put(dv, h);
  return true;
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
