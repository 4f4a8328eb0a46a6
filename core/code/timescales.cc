// The Code timescale rules, from their compiled-in tables.
#include "timescales.h"

#include "code_tables.h"

namespace cs {

const Timescales& Timescales::Default() {
  static const Timescales kDefault = [] {
    const tables::Timescales& rows = tables::kTimescales;
    Timescales t;
    t.auto_switch_ = Date{rows.auto_switch_year, rows.auto_switch_month, rows.auto_switch_day};
    t.bank_holidays_ = rows.bank_holidays;
    for (int i = 0; i < rows.code_count; ++i) {
      const tables::Code& row = rows.codes[i];
      CodeTimescales c;
      c.id = row.id;
      c.title = row.title;
      for (int s = 0; s < row.stage_count; ++s) {
        auto& list = c.stages[row.stages[s].number];
        for (int m = 0; m < row.stages[s].milestone_count; ++m) {
          const tables::Milestone& r = row.stages[s].milestones[m];
          list.push_back({r.id, r.working_days, r.counted_from, r.provision, r.summary, r.note, r.extension, r.ombudsman_details});
        }
      }
      c.complaint_window_months = row.complaint_window_months;
      c.complaint_window_provision = row.complaint_window_provision;
      c.ombudsman_window_months = row.ombudsman_window_months;
      t.codes_.push_back(std::move(c));
    }
    return t;
  }();
  return kDefault;
}

const CodeTimescales* Timescales::Find(std::string_view code) const {
  for (const auto& c : codes_)
    if (c.id == code) return &c;
  return nullptr;
}

}  // namespace cs
