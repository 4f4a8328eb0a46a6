// Warnings that a period's figures may be wrong because of what the case log holds: a period chosen from a few
// stray rows, most rows outside the period, more responses than complaints.
#pragma once

#include <vector>

#include "case_log.h"
#include "diagnostic.h"
#include "performance.h"

namespace cs {

/// Warnings (never errors) about `figures`, worked out from `log` for the same period:
/// - cases.period.few_rows, only when `period_chosen_from_log` (DefaultReportingYear chose it): fewer than a fifth of
///   the log's rows were received in the period and another 1 April–31 March year has more; it names the row that
///   made the choice and the year to ask for instead.
/// - cases.period.outside: fewer than half of the log's rows were received, answered or open in the period.
/// - cases.figures.more_responses: a stage has more responses in the period than complaints received in it, by at
///   least 5 and by more than a tenth (a few more is normal: last year's complaints answered this year).
/// Each is placed in the log's file (the deciding row, or line 1).
std::vector<Diagnostic> FigureWarnings(const CaseLog& log, const Performance& figures, bool period_chosen_from_log);

}  // namespace cs
