// Summarising a case log's row problems by kind.
#include "case_log_problems.h"

#include <algorithm>

namespace cs {

namespace {

constexpr size_t kExamples = 3;   // rows shown with their value
constexpr size_t kRowsListed = 10;  // rows named in all

}  // namespace

void RowProblems::Add(const ProblemKind& kind, int row, int line, int column, std::string value, std::string detail,
                      std::string message, std::string fix) {
  Group& g = groups_.try_emplace(kind.code, Group{&kind, {}}).first->second;
  g.instances.push_back({row, line, column, std::move(value), std::move(detail), std::move(message), std::move(fix)});
  if (kind.severity == Severity::Error) errors_ = true;
}

int RowProblems::Count(const std::string& code) const {
  auto it = groups_.find(code);
  return it == groups_.end() ? 0 : static_cast<int>(it->second.instances.size());
}

void RowProblems::Flush(std::vector<Diagnostic>* diagnostics) const {
  std::vector<const Group*> ordered;
  for (const auto& [code, g] : groups_) ordered.push_back(&g);
  std::stable_sort(ordered.begin(), ordered.end(), [](const Group* a, const Group* b) {
    const auto &x = a->instances.front(), &y = b->instances.front();
    return x.line != y.line ? x.line < y.line : x.column < y.column;
  });
  for (const Group* g : ordered) {
    const Instance& first = g->instances.front();
    Diagnostic d;
    d.severity = g->kind->severity;
    d.code = g->kind->code;
    d.file = file_;
    d.line = first.line;
    d.column = first.column;
    d.provision = g->kind->provision;
    d.fix = first.fix.empty() ? g->kind->fix : first.fix;
    const size_t n = g->instances.size();
    if (n == 1) {
      d.message = first.message;
    } else {
      std::string m = std::to_string(n) + " " + g->kind->many + ": ";
      std::string last_detail;
      for (size_t i = 0; i < std::min(n, kExamples); ++i) {
        const Instance& e = g->instances[i];
        m += (i ? ", row " : "row ") + std::to_string(e.row);
        if (!e.value.empty()) m += " \"" + e.value + "\"";
        if (!e.detail.empty() && e.detail != last_detail) m += " (" + e.detail + ")";  // not the same reason again
        last_detail = e.detail;
      }
      if (n > kExamples) {
        m += "; also row" + std::string(n > kExamples + 1 ? "s " : " ");
        for (size_t i = kExamples; i < std::min(n, kRowsListed); ++i)
          m += (i > kExamples ? ", " : "") + std::to_string(g->instances[i].row);
        if (n > kRowsListed) m += " and " + std::to_string(n - kRowsListed) + " more";
      }
      d.message = m;
    }
    diagnostics->push_back(std::move(d));
  }
}

}  // namespace cs
