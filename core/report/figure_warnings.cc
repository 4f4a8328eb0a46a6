// When the figures may be wrong: checks of a period against the case log it was worked out from.
#include "figure_warnings.h"

#include <map>

namespace cs {

namespace {

Diagnostic Warning(const std::string& code, const std::string& file, int line, int column, std::string message,
                   std::string fix) {
  Diagnostic d;
  d.severity = Severity::Warning;
  d.code = code;
  d.file = file;
  d.line = line < 1 ? 1 : line;
  d.column = column < 1 ? 1 : column;
  d.message = std::move(message);
  d.fix = std::move(fix);
  return d;
}

int StartYear(Date d) { return d.month >= 4 ? d.year : d.year - 1; }

}  // namespace

std::vector<Diagnostic> FigureWarnings(const CaseLog& log, const Performance& p, bool period_chosen_from_log) {
  std::vector<Diagnostic> out;
  const int total = static_cast<int>(log.rows.size());
  if (total == 0) return out;
  const std::string period = p.from.Long() + " to " + p.to.Long();

  int received_in = 0;
  std::map<int, int> by_year;  // 1 April - 31 March year -> rows received in it
  const CaseRow* latest = nullptr;
  for (const CaseRow& row : log.rows) {
    if (row.received >= p.from && row.received <= p.to) ++received_in;
    ++by_year[StartYear(row.received)];
    if (!latest || row.received > latest->received) latest = &row;
  }
  if (period_chosen_from_log && received_in * 5 < total) {
    auto busiest = by_year.begin();
    for (auto it = by_year.begin(); it != by_year.end(); ++it)
      if (it->second > busiest->second) busiest = it;
    if (busiest->second > received_in) {
      Date from{busiest->first, 4, 1};
      out.push_back(Warning(
          "cases.period.few_rows", log.file, latest->lines.empty() ? latest->line : latest->lines[kReceived],
          latest->columns.empty() ? 1 : latest->columns[kReceived],
          "the period " + ReportingYearLabel(p.from) + " was chosen because the latest date received is " +
              latest->received.Long() + " (row " + std::to_string(latest->row) + ", reference " + latest->reference +
              "), but only " + std::to_string(received_in) + " of the log's " + std::to_string(total) + " rows " +
              (received_in == 1 ? "was" : "were") + " received in it; " +
              std::to_string(busiest->second) + " were received in " + ReportingYearLabel(from),
          "give the period you mean, e.g. --from " + from.Iso()));
    }
  }
  if (p.rows_used * 2 < total)
    out.push_back(Warning("cases.period.outside", log.file, 1, 1,
                          "only " + std::to_string(p.rows_used) + " of the log's " + std::to_string(total) + " rows " +
                              (p.rows_used == 1 ? "was" : "were") + " received, answered or still open in the period " + period +
                              ", so most of the log is not in these figures",
                          "check that the period is the year the log covers, and that the dates were read the right way "
                          "round"));
  for (int n : {1, 2}) {
    const StageFigures& s = p.Stage(n);
    // A few more responses than complaints is normal (last year's complaints answered this year); a tenth more, and
    // at least 5, is worth a look.
    const int excess = s.responded - s.received;
    if (excess < 5 || excess * 10 <= s.received) continue;
    int earlier = 0;
    for (const CaseRow& row : log.rows)
      if (row.stage == n && row.outcome != Outcome::Refused && row.responded && *row.responded >= p.from &&
          *row.responded <= p.to && row.received < p.from)
        ++earlier;
    out.push_back(Warning("cases.figures.more_responses", log.file, 1, 1,
                          "stage " + std::to_string(n) + " has " + std::to_string(s.responded) +
                              " responses in the period but only " + std::to_string(s.received) +
                              " complaints received in it (" + std::to_string(earlier) +
                              " of the responses are to complaints received before the period)",
                          "CH02 counts every response in the period, whenever the complaint came in; if that many is "
                          "not right, check the period and that the stage of each row was read correctly"));
  }
  return out;
}

}  // namespace cs
