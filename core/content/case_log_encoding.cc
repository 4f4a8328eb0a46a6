// Case-log bytes to UTF-8 text: UTF-8 (BOM or not), Windows-1252, UTF-16 with a BOM; workbooks refused with a fix.
#include "case_log_encoding.h"

#include <cstdint>

#include "utf8.h"

namespace cs {

namespace {

bool IsContinuationByte(unsigned char c) { return (c & 0xC0) == 0x80; }

/// Length of the well-formed UTF-8 sequence at s[i], or 0.
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k)
    if (!IsContinuationByte(static_cast<unsigned char>(s[i + k]))) return 0;
  uint32_t cp = n == 1 ? c : n == 2 ? (c & 0x1Fu) : n == 3 ? (c & 0x0Fu) : (c & 0x07u);
  for (size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3Fu);
  if ((n == 2 && cp < 0x80) || (n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
      (cp >= 0xD800 && cp <= 0xDFFF))
    return 0;
  return n;
}

/// Windows-1252 0x80..0x9F; 0 where the code page has no character.
const uint16_t kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                  0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

/// Line and column (1-based, in characters) of the end of UTF-8 `before`.
void Position(std::string_view before, int* line, int* column) {
  *line = 1;
  *column = 1;
  for (char c : before) {
    if (c == '\n') {
      ++*line;
      *column = 1;
    } else if (!IsContinuationByte(static_cast<unsigned char>(c))) {
      ++*column;
    }
  }
}

DecodedText EncodingError(DecodedText out, std::string_view decoded_before, std::string message, std::string fix) {
  out.error_code = "cases.csv.encoding";
  Position(decoded_before, &out.error_line, &out.error_column);
  out.error_message = std::move(message);
  out.error_fix = std::move(fix);
  return out;
}

const char* kSaveAsUtf8 = "save it as \"CSV UTF-8\" (Excel: File > Save As > CSV UTF-8 (Comma delimited))";

DecodedText DecodeUtf16(std::string_view bytes, bool little_endian) {
  DecodedText out;
  out.encoding = little_endian ? "UTF-16LE" : "UTF-16BE";
  auto unit = [&](size_t i) -> uint32_t {
    unsigned char a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
    return little_endian ? (a | (b << 8)) : ((a << 8) | b);
  };
  for (size_t i = 2; i < bytes.size(); i += 2) {
    if (i + 1 >= bytes.size())
      return EncodingError(out, out.text, "the file ends half-way through a UTF-16 character", kSaveAsUtf8);
    uint32_t cp = unit(i);
    if (cp >= 0xD800 && cp <= 0xDBFF && i + 3 < bytes.size()) {
      uint32_t low = unit(i + 2);
      if (low >= 0xDC00 && low <= 0xDFFF) {
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        i += 2;
      }
    }
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp == 0)
      return EncodingError(out, out.text, "the file is not well-formed UTF-16 text", kSaveAsUtf8);
    AppendUtf8(&out.text, cp);
  }
  return out;
}

}  // namespace

DecodedText DecodeCaseLogText(std::string_view bytes) {
  DecodedText out;
  if (bytes.size() >= 4 && bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
    out.error_code = "cases.file.xlsx";
    out.error_message = "this is an Excel workbook (.xlsx), not a CSV file: complaints-site reads CSV only";
    out.error_fix = "open it in Excel and use File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\", then use that file";
    return out;
  }
  if (bytes.size() >= 8 && bytes.substr(0, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)) {
    out.error_code = "cases.file.xls";
    out.error_message = "this is an old Excel workbook (.xls), not a CSV file: complaints-site reads CSV only";
    out.error_fix = "open it in Excel and use File > Save As > \"CSV UTF-8 (Comma delimited) (*.csv)\", then use that file";
    return out;
  }
  if (bytes.size() >= 2 && (bytes.substr(0, 2) == "\xFF\xFE" || bytes.substr(0, 2) == "\xFE\xFF"))
    return DecodeUtf16(bytes, bytes[0] == '\xFF');
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") {
    bytes.remove_prefix(3);
    out.encoding = "UTF-8 with BOM";
  }
  // UTF-8 unless a byte is not; Windows-1252 when no byte sequence in the file is UTF-8 beyond ASCII.
  size_t first_invalid = std::string_view::npos;
  bool multibyte = false;
  for (size_t i = 0; i < bytes.size();) {
    if (bytes[i] == '\0') {
      out.text.assign(bytes.substr(0, i));
      return EncodingError(out, out.text,
                           "the file holds NUL bytes: it looks like UTF-16 (\"Unicode Text\") without a byte-order mark",
                           kSaveAsUtf8);
    }
    size_t n = Utf8SequenceLength(bytes, i);
    if (n == 0) {
      if (first_invalid == std::string_view::npos) first_invalid = i;
      ++i;
      continue;
    }
    multibyte = multibyte || n > 1;
    i += n;
  }
  if (first_invalid == std::string_view::npos) {
    if (out.encoding.empty()) out.encoding = "UTF-8";
    out.text.assign(bytes);
    return out;
  }
  if (multibyte || !out.encoding.empty()) {
    out.text.assign(bytes.substr(0, first_invalid));
    return EncodingError(out, out.text,
                         "the file mixes UTF-8 characters with bytes that are not UTF-8, so its encoding cannot be known",
                         kSaveAsUtf8);
  }
  out.encoding = "Windows-1252";
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      out.text += static_cast<char>(c);
    } else if (c < 0xA0) {
      uint16_t cp = kCp1252High[c - 0x80];
      if (cp == 0)
        return EncodingError(out, out.text,
                             "byte 0x" + std::string(1, "0123456789ABCDEF"[c >> 4]) + "0123456789ABCDEF"[c & 15] +
                                 " is not a character in Windows-1252 or UTF-8",
                             kSaveAsUtf8);
      AppendUtf8(&out.text, cp);
    } else {
      AppendUtf8(&out.text, c);
    }
  }
  return out;
}

const char* CsvDialect::Name() const {
  switch (delimiter) {
    case ';': return "semicolon";
    case '\t': return "tab";
    case '|': return "pipe";
    default: return "comma";
  }
}

CsvDialect DetectCsvDialect(std::string_view text) {
  CsvDialect d;
  size_t eol = text.find('\n');
  std::string_view first = text.substr(0, eol);
  if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
  if (first.size() == 5 && (first.substr(0, 4) == "sep=" || first.substr(0, 4) == "SEP=")) {
    d.delimiter = first[4];
    d.skip = eol == std::string_view::npos ? text.size() : eol + 1;
    return d;
  }
  int counts[4] = {0, 0, 0, 0};
  const char kCandidates[4] = {',', ';', '\t', '|'};
  bool quoted = false;
  for (char c : first) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    for (int k = 0; k < 4; ++k)
      if (c == kCandidates[k]) ++counts[k];
  }
  int best = 0;
  for (int k = 1; k < 4; ++k)
    if (counts[k] > counts[best]) best = k;
  d.delimiter = kCandidates[best];
  return d;
}

}  // namespace cs
