// Checks the compiled-in walkthrough (CheckWalkthrough) right after the tables are built: run by the build
// (cmake/rules_tables.cmake, core/CMakeLists.txt), exit 1 with the problem when the flow would mislead a resident.
#include <iostream>

#include "walkthrough.h"

int main() {
  std::string problem = cs::CheckWalkthrough(cs::Walkthrough::Default());
  if (problem.empty()) return 0;
  std::cerr << "core/data/walkthrough.json: error: " << problem << " [rules.walkthrough]\n";
  return 1;
}
