// Encoding repair and word similarity for the self-assessment importer.
#include <cctype>
#include <cstdint>
#include <map>

#include "html_to_markdown.h"
#include "import_self_assessment.h"
#include "utf8.h"

namespace cs {

namespace {


// Length of the valid UTF-8 sequence at s[i], or 0.
size_t Utf8Length(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n;
  uint32_t min;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) n = 2, min = 0x80;
  else if (c >= 0xE0 && c <= 0xEF) n = 3, min = 0x800;
  else if (c >= 0xF0 && c <= 0xF4) n = 4, min = 0x10000;
  else return 0;
  if (i + n > s.size()) return 0;
  uint32_t cp = c & (0x3F >> (n - 1));
  for (size_t k = 1; k < n; ++k) {
    unsigned char d = static_cast<unsigned char>(s[i + k]);
    if ((d & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (d & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// Windows-1252 0x80..0x9F.
constexpr uint16_t kCp1252[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

const std::map<std::string, std::string>& NumberWords() {
  static const std::map<std::string, std::string> k = {
      {"one", "1"},     {"two", "2"},       {"three", "3"},     {"four", "4"},     {"five", "5"},
      {"six", "6"},     {"seven", "7"},     {"eight", "8"},     {"nine", "9"},     {"ten", "10"},
      {"twelve", "12"}, {"fifteen", "15"},  {"twenty", "20"},   {"first", "1"},    {"second", "2"}};
  return k;
}

std::map<std::string, int> WordBag(std::string_view text) {
  std::string plain = HtmlToPlainText(text);
  std::map<std::string, int> bag;
  std::string word;
  auto end_word = [&]() {
    if (word.size() > 1 || (word.size() == 1 && std::isdigit(static_cast<unsigned char>(word[0])))) {
      auto it = NumberWords().find(word);
      ++bag[it == NumberWords().end() ? word : it->second];
    }
    word.clear();
  };
  for (char c : plain) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u)) word.push_back(static_cast<char>(std::tolower(u)));
    else end_word();
  }
  end_word();
  return bag;
}

}  // namespace

std::string ToUtf8(std::string_view input, std::string* note) {
  note->clear();
  auto u8 = [](std::string_view s) { return s; };
  if (input.size() >= 3 && input.substr(0, 3) == "\xEF\xBB\xBF") input = u8(input.substr(3));
  if (input.size() >= 2 && ((input[0] == '\xFF' && input[1] == '\xFE') || (input[0] == '\xFE' && input[1] == '\xFF'))) {
    bool little = input[0] == '\xFF';
    *note = little ? "read as UTF-16 (little-endian)" : "read as UTF-16 (big-endian)";
    std::string out;
    for (size_t i = 2; i + 1 < input.size(); i += 2) {
      uint32_t unit = little ? (static_cast<unsigned char>(input[i]) | (static_cast<unsigned char>(input[i + 1]) << 8))
                             : ((static_cast<unsigned char>(input[i]) << 8) | static_cast<unsigned char>(input[i + 1]));
      if (unit >= 0xD800 && unit <= 0xDBFF && i + 3 < input.size()) {
        uint32_t low = little ? (static_cast<unsigned char>(input[i + 2]) | (static_cast<unsigned char>(input[i + 3]) << 8))
                              : ((static_cast<unsigned char>(input[i + 2]) << 8) | static_cast<unsigned char>(input[i + 3]));
        if (low >= 0xDC00 && low <= 0xDFFF) {
          AppendUtf8(&out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
          i += 2;
          continue;
        }
      }
      AppendUtf8(&out, unit);
    }
    return out;
  }
  bool valid = true;
  for (size_t i = 0; i < input.size();) {
    size_t n = Utf8Length(input, i);
    if (!n) {
      valid = false;
      break;
    }
    i += n;
  }
  std::string out;
  if (valid) {
    out.reserve(input.size());
    for (char c : input)
      if (c != '\0') out.push_back(c);
    return out;
  }
  *note = "the file is not UTF-8; read it as Windows-1252 (the usual encoding of Word's text export)";
  for (char ch : input) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) continue;
    if (c < 0x80) out.push_back(ch);
    else if (c < 0xA0) AppendUtf8(&out, kCp1252[c - 0x80]);
    else AppendUtf8(&out, c);
  }
  return out;
}

double RequirementSimilarity(std::string_view a, std::string_view b) {
  std::map<std::string, int> x = WordBag(a), y = WordBag(b);
  int nx = 0, ny = 0, common = 0;
  for (const auto& [w, n] : x) {
    nx += n;
    auto it = y.find(w);
    if (it != y.end()) common += std::min(n, it->second);
  }
  for (const auto& kv : y) ny += kv.second;
  if (nx + ny == 0) return 1.0;
  return 2.0 * common / (nx + ny);
}

}  // namespace cs
