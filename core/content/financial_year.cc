// Financial year names ("2025-26").
#include "financial_year.h"

namespace cs {

namespace {

std::string Name(int first) {
  int second = (first + 1) % 100;
  return std::to_string(first) + "-" + (second < 10 ? "0" : "") + std::to_string(second);
}

int FirstYear(std::string_view name) { return std::stoi(std::string(name.substr(0, 4))); }

}  // namespace

bool IsFinancialYear(std::string_view y) {
  if (y.size() != 7 || y[4] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6})
    if (y[i] < '0' || y[i] > '9') return false;
  return Name(FirstYear(y)) == y;
}

std::string FinancialYearOf(Date day) { return Name(day.month >= 4 ? day.year : day.year - 1); }

std::string PreviousFinancialYear(std::string_view name) { return Name(FirstYear(name) - 1); }

Date FinancialYearStart(std::string_view name) { return Date{FirstYear(name), 4, 1}; }

Date FinancialYearEnd(std::string_view name) { return Date{FirstYear(name) + 1, 3, 31}; }

}  // namespace cs
