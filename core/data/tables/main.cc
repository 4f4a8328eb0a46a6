// The rules-table generator (run by cmake/rules_tables.cmake at build time):
//   cs_rules_tables SOURCE_DIR OUTPUT_DIR
// reads core/data/{bank-holidays,date-names,timescales,walkthrough,code-*}.json and templates/i18n/en.json under
// SOURCE_DIR and writes words_tables.cc, calendar_tables.cc, code_tables.cc and catalogue_tables.cc to OUTPUT_DIR
// (a file is rewritten only when its text changes). A mistake in a data file is printed as
// `core/data/walkthrough.json:12:5: error: … [code]` and the exit status is 1: the build stops.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "rules_tables.h"

namespace {

namespace fs = std::filesystem;

bool Read(const fs::path& root, const std::string& name, cs::rules::RulesText* out) {
  std::ifstream in(root / name, std::ios::binary);
  if (!in) {
    std::cerr << name << ": error: cannot read it [rules.unreadable]\n";
    return false;
  }
  std::ostringstream text;
  text << in.rdbuf();
  *out = {name, text.str()};
  return true;
}

bool Write(const fs::path& file, const std::string& text) {
  std::ifstream old(file, std::ios::binary);
  if (old) {
    std::ostringstream current;
    current << old.rdbuf();
    if (current.str() == text) return true;
  }
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
  return bool(out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: cs_rules_tables SOURCE_DIR OUTPUT_DIR\n";
    return 2;
  }
  const fs::path root = argv[1], out_dir = argv[2];
  cs::rules::RulesText holidays, date_names, timescales, walkthrough, english, code_2024, code_2022;
  if (!Read(root, "core/data/bank-holidays.json", &holidays) || !Read(root, "core/data/date-names.json", &date_names) ||
      !Read(root, "core/data/timescales.json", &timescales) || !Read(root, "core/data/walkthrough.json", &walkthrough) ||
      !Read(root, "templates/i18n/en.json", &english) || !Read(root, "core/data/code-2024.json", &code_2024) ||
      !Read(root, "core/data/code-2022.json", &code_2022))
    return 1;
  std::vector<cs::Diagnostic> diagnostics;
  cs::rules::EnglishWords words;
  cs::rules::ReadEnglishWords(english, &words, &diagnostics);
  using cs::rules::GeneratedHeader;
  const std::string open = "namespace cs::tables {\n\n", close = "\n}  // namespace cs::tables\n";
  std::string words_cc = cs::rules::CompileWords(words, &diagnostics);
  std::string calendar_cc = GeneratedHeader("core/data/bank-holidays.json and date-names.json", "calendar_tables.h") + open +
                            cs::rules::CompileBankHolidays(holidays, &diagnostics) +
                            cs::rules::CompileDateNames(date_names, &diagnostics) + close;
  std::string code_cc = GeneratedHeader("core/data/timescales.json, walkthrough.json and templates/i18n/en.json (\"engine\")",
                                        "code_tables.h") +
                        open + cs::rules::CompileTimescales(timescales, cs::rules::HolidayDivisions(holidays), &diagnostics) +
                        cs::rules::CompileWalkthrough(walkthrough, words, &diagnostics) + close;
  std::string catalogue_cc = GeneratedHeader("core/data/code-2024.json and code-2022.json", "code_tables.h") + open +
                             cs::rules::CompileCatalogues({code_2024, code_2022}, &diagnostics) + close;
  cs::rules::ReportUnusedWords(words, &diagnostics);
  for (const auto& d : diagnostics) std::cerr << cs::FormatDiagnostic(d) << "\n";
  if (!diagnostics.empty()) return 1;
  fs::create_directories(out_dir);
  if (!Write(out_dir / "words_tables.cc", words_cc) || !Write(out_dir / "calendar_tables.cc", calendar_cc) ||
      !Write(out_dir / "code_tables.cc", code_cc) || !Write(out_dir / "catalogue_tables.cc", catalogue_cc)) {
    std::cerr << out_dir.string() << ": error: cannot write the tables [rules.unwritable]\n";
    return 1;
  }
  return 0;
}
