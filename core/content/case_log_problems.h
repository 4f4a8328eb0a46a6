// One summary per kind of problem in a case log, not one line per row: "874 dates could not be read: row 2
// "19-Dec-2025x" …, row 3 …; also rows 9, 12 … and 860 more", placed at the first example's file:line:col.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "diagnostic.h"

namespace cs {

/// A kind of problem that can happen in many rows.
struct ProblemKind {
  const char* code;       ///< stable diagnostic code, e.g. "cases.date.invalid"
  Severity severity;
  const char* many;       ///< what N of them are, after the number: "dates could not be read"
  const char* fix;        ///< one line: how to fix them all
  const char* provision;  ///< the Code provision the rule rests on, or ""
};

/// Collects the problems of a log row by row and hands back one diagnostic per kind.
class RowProblems {
 public:
  explicit RowProblems(std::string file) : file_(std::move(file)) {}

  /// One instance. `message` is the whole sentence used when it is the only one of its kind ("Date Logged
  /// "31/04/2025" is not a date: April has 30 days"); `value` and `detail` make its example in a summary (row 2
  /// "31/04/2025" (April has 30 days)). `fix`, when given, replaces the kind's fix (the first instance's counts).
  void Add(const ProblemKind& kind, int row, int line, int column, std::string value, std::string detail,
           std::string message, std::string fix = "");

  bool HasErrors() const { return errors_; }
  /// How many instances of `code` there are.
  int Count(const std::string& code) const;

  /// Appends one diagnostic per kind, in the order of their first instance in the file.
  void Flush(std::vector<Diagnostic>* diagnostics) const;

 private:
  struct Instance {
    int row, line, column;
    std::string value, detail, message, fix;
  };
  struct Group {
    const ProblemKind* kind;
    std::vector<Instance> instances;
  };
  std::string file_;
  std::map<std::string, Group> groups_;
  bool errors_ = false;
};

}  // namespace cs
