// Dates as landlords write them in a form or a spreadsheet, and the month and year in a form's title.
#include <cctype>
#include <cstdio>

#include "html_to_markdown.h"
#include "import_table.h"

namespace cs {

namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Trim(const std::string& s) {
  size_t b = 0, e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return s.substr(b, e - b);
}

// 1..12 for "June", "jun", "Sept"; 0 otherwise.
int MonthNumber(const std::string& word) {
  std::string w = Lower(word);
  if (w.size() < 3) return 0;
  for (int k = 1; k <= 12; ++k) {
    std::string name = Lower(MonthName(k));
    if (name.compare(0, w.size(), w) == 0 || (w == "sept" && k == 9)) return k;
  }
  return 0;
}

std::vector<std::string> Words(const std::string& text) {
  std::vector<std::string> words;
  std::string w;
  for (char c : text) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || static_cast<unsigned char>(c) >= 0x80) {
      w.push_back(c);
    } else if (!w.empty()) {
      words.push_back(w);
      w.clear();
    }
  }
  if (!w.empty()) words.push_back(w);
  return words;
}

}  // namespace

std::optional<Date> ParseLooseDate(const std::string& text) {
  std::string t = Trim(HtmlToPlainText(text));
  if (auto iso = ParseIsoDate(t)) return iso;
  int d = 0, m = 0, y = 0;
  char s1 = 0, s2 = 0;
  if (std::sscanf(t.c_str(), "%d%c%d%c%d", &d, &s1, &m, &s2, &y) == 5 && s1 == s2 && (s1 == '/' || s1 == '-' || s1 == '.'))
    return MakeDate(y < 100 ? 2000 + y : y, m, d);
  char month[16] = {0};
  if (std::sscanf(t.c_str(), "%d %15s %d", &d, month, &y) == 3)
    if (int k = MonthNumber(month)) return MakeDate(y, k, d);
  return std::nullopt;
}

std::string TitleMonthYear(std::string_view text, int first_row_line) {
  int line_no = 0;
  size_t start = 0;
  while (start < text.size() && ++line_no < first_row_line) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string line = HtmlToPlainText(text.substr(start, end - start));
    start = end + 1;
    std::string lower = Lower(line);
    if (lower.find("self-assessment") == std::string::npos && lower.find("self assessment") == std::string::npos)
      continue;
    std::vector<std::string> words = Words(line);
    for (size_t k = 0; k + 1 < words.size(); ++k) {
      int month = MonthNumber(words[k]);
      const std::string& year = words[k + 1];
      if (!month || year.size() != 4 || !std::isdigit(static_cast<unsigned char>(year[0])) ||
          year.find_first_not_of("0123456789") != std::string::npos)
        continue;
      // "updated code March 2022", "published February 2024": the Code's date, not the landlord's.
      std::string before = k ? Lower(words[k - 1]) : "";
      if (before == "code" || before == "updated" || before == "revised" || before == "published" ||
          before == "applicable" || before == "version")
        continue;
      return std::string(MonthName(month)) + " " + year;
    }
  }
  return "";
}

}  // namespace cs
