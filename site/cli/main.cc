// complaints-site: turns argv into a command and an exit status, nothing more.
#include <iostream>
#include <string>
#include <vector>

#include "cli.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv, argv + argc);
  return cs::RunCli(args, std::cout, std::cerr);
}
