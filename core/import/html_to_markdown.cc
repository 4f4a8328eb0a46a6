// HTML fragments from exported forms to Markdown blocks (paragraphs and list items).
#include "html_to_markdown.h"

#include <algorithm>
#include <cctype>
#include <cstdint>

#include "link_safety.h"
#include "utf8.h"

namespace cs {
namespace {

constexpr char kBullet = '\x01';  // stands for a bullet glyph or checkbox until blocks are split
constexpr size_t kMaxEmphasis = 8;  // nested <b><i>... beyond this are ignored
constexpr int kMaxDepth = 3;        // list nesting shown; deeper lists are indented as this deep

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}


struct NamedEntity {
  const char* name;
  uint32_t cp;
};
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},       {"lt", '<'},        {"gt", '>'},        {"quot", '"'},      {"apos", '\''},
    {"nbsp", ' '},      {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"hellip", 0x2026}, {"bull", 0x2022},  {"pound", 0xA3},
    {"euro", 0x20AC},   {"copy", 0xA9},     {"middot", 0xB7},
};

// Decodes one entity at text[i] == '&'; returns the number of bytes used (0 if it is not an entity).
size_t DecodeEntity(std::string_view text, size_t i, std::string* out) {
  size_t semi = text.find(';', i);
  if (semi == std::string_view::npos || semi - i > 10 || semi == i + 1) return 0;
  std::string_view body = text.substr(i + 1, semi - i - 1);
  if (body[0] == '#') {
    uint32_t cp = 0;
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    size_t start = hex ? 2 : 1;
    if (start >= body.size()) return 0;
    for (size_t k = start; k < body.size(); ++k) {
      char c = body[k];
      int digit;
      if (c >= '0' && c <= '9') digit = c - '0';
      else if (hex && c >= 'a' && c <= 'f') digit = c - 'a' + 10;
      else if (hex && c >= 'A' && c <= 'F') digit = c - 'A' + 10;
      else return 0;
      cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
      if (cp > 0x10FFFF) cp = 0x110000;
    }
    AppendUtf8(out, cp);
    return semi - i + 1;
  }
  for (const auto& e : kEntities) {
    if (body == e.name) {
      AppendUtf8(out, e.cp);
      return semi - i + 1;
    }
  }
  return 0;
}

// Bullet glyphs and checkboxes that exported forms use as list markers (UTF-8 sequences).
bool BulletGlyphAt(std::string_view s, size_t i, size_t* length) {
  static const char* const kGlyphs[] = {
      "\xE2\x80\xA2", "\xE2\x97\xA6", "\xE2\x96\xAA", "\xE2\x97\x8F", "\xE2\x96\xA0", "\xE2\x96\xA1",
      "\xE2\x98\x90", "\xE2\x98\x91", "\xE2\x98\x92", "\xE2\x9E\xA2", "\xE2\x96\xBA", "\xE2\x80\xA3",
      "\xE2\x81\x83", "\xEF\x82\xB7", "\xEF\x82\xA7", "\xEF\x83\x98", "\xEF\x83\xBC", "\xEF\x81\xAF",
      "\xEF\x82\xA8", "\xEF\x81\xB6", "\xEF\x83\xBE",
  };
  for (const char* g : kGlyphs) {
    std::string_view glyph(g);
    if (s.substr(i, glyph.size()) == glyph) {
      *length = glyph.size();
      return true;
    }
  }
  return false;
}

std::string CollapseSpaces(std::string_view s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    bool is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      is_space = true;
      ++i;
    }
    if (is_space) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(s[i]);
  }
  return out;
}

// Not Trim (core/words/text.h): only spaces, and the bullet the converter writes at the start of a list item.
std::string TrimSpacesAndBullets(std::string s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == kBullet)) ++b;
  while (e > b && s[e - 1] == ' ') --e;
  return s.substr(b, e - b);
}

bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80); }

// Positions of "a. " / "b) " ... markers in order, starting with "a"; empty unless at least a and b exist.
std::vector<size_t> LetterMarkers(const std::string& s) {
  std::vector<size_t> at;
  char want = 'a';
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    if (s[i] != want || (s[i + 1] != '.' && s[i + 1] != ')') || s[i + 2] != ' ') continue;
    if (i > 0 && s[i - 1] != ' ') continue;
    at.push_back(i);
    ++want;
  }
  if (at.size() < 2) at.clear();
  return at;
}

std::string SafeUrl(std::string url) {
  std::string out;
  for (char c : CollapseSpaces(url)) {
    if (c == ' ') out += "%20";
    else if (c == '(') out += "%28";
    else if (c == ')') out += "%29";
    else if (c == '<' || c == '>' || c == '"') continue;
    else out.push_back(c);
  }
  return out;
}

std::string FirstBareUrl(const std::string& plain) {
  size_t at = plain.find("http");
  while (at != std::string::npos) {
    if ((plain.compare(at, 7, "http://") == 0 || plain.compare(at, 8, "https://") == 0) &&
        (at == 0 || !IsAlnum(plain[at - 1]))) {
      size_t end = at;
      while (end < plain.size() && plain[end] != ' ' && plain[end] != kBullet) ++end;
      while (end > at && (plain[end - 1] == '.' || plain[end - 1] == ',' || plain[end - 1] == ')' ||
                          plain[end - 1] == ';'))
        --end;
      return plain.substr(at, end - at);
    }
    at = plain.find("http", at + 1);
  }
  return "";
}

class Builder {
 public:
  explicit Builder(std::vector<std::string>* notes) : notes_(notes) {}

  void Text(std::string_view decoded) {
    for (size_t k = 0; k < decoded.size(); ++k) {
      char c = decoded[k];
      bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
      if (!space) OpenPendingEmphasis();
      plain_.push_back(c);
      bool escape = c == '\\' || c == '`' || c == '*' || c == '_' || c == '[' || c == ']' || c == '<' || c == '>' ||
                    (c == '#' && !has_text_) ||
                    (c == '&' && k + 1 < decoded.size() && (IsAlnum(decoded[k + 1]) || decoded[k + 1] == '#'));
      if (escape) md_ += '\\';
      md_.push_back(c);
      if (!space) has_text_ = true;
    }
  }

  void Bullet() {
    CloseEmphasisForBreak();
    plain_.push_back(kBullet);
    md_.push_back(kBullet);
  }

  void OpenEmphasis(const char* marker) {
    if (emphasis_.size() < kMaxEmphasis) emphasis_.push_back({marker, false});
  }

  void CloseEmphasis(const char* marker) {
    for (size_t k = emphasis_.size(); k-- > 0;) {
      if (emphasis_[k].marker != marker) continue;
      if (emphasis_[k].emitted) EmitClose(marker);
      emphasis_.erase(emphasis_.begin() + static_cast<long>(k));
      return;
    }
  }

  void OpenLink(std::string href) {
    FinishLink();
    if (!IsSafeLink(href)) {
      if (notes_ && !CollapseSpaces(href).empty())
        notes_->push_back("left out the link \"" + CollapseSpaces(href) + "\" (not a web, email or phone link)");
      return;
    }
    OpenPendingEmphasis();
    in_link_ = true;
    href_ = SafeUrl(href);
    md_ += '[';
    link_start_ = md_.size();
    if (link_.empty()) link_ = href_;
  }

  void FinishLink() {
    if (!in_link_) return;
    in_link_ = false;
    if (TrimSpacesAndBullets(CollapseSpaces(md_.substr(link_start_))).empty()) {
      md_.erase(link_start_ - 1);
      md_ += '<' + href_ + '>';
      plain_ += href_;
    } else {
      md_ += "](" + href_ + ')';
    }
  }

  void StartList() {
    Flush();
    lists_.push_back(false);
  }
  void EndList() {
    Flush();
    if (!lists_.empty()) lists_.pop_back();
  }
  void StartItem() {
    Flush();
    if (!lists_.empty()) lists_.back() = true;
    in_item_ = true;
  }
  void EndItem() {
    Flush();
    in_item_ = false;
  }

  void Flush() {
    FinishLink();
    CloseEmphasisForBreak();
    std::string md = CollapseSpaces(md_), plain = CollapseSpaces(plain_);
    std::string link = link_;
    md_.clear();
    plain_.clear();
    link_.clear();
    has_text_ = false;
    if (TrimSpacesAndBullets(plain).empty() && plain.find(kBullet) == std::string::npos) return;
    int depth = lists_.empty() ? 0 : std::min(static_cast<int>(lists_.size()) - 1, kMaxDepth);
    bool in_list = !lists_.empty();
    bool implicit = in_list && !lists_.back() && !in_item_;  // text straight inside <ul> without <li>
    std::vector<std::string> md_parts = Split(md), plain_parts = Split(plain);
    if (md_parts.size() != plain_parts.size()) {
      md_parts = {md};
      plain_parts = {plain};
    }
    if (implicit && md_parts.size() == 1) {
      std::vector<size_t> md_at = LetterMarkers(md), plain_at = LetterMarkers(plain);
      if (!md_at.empty() && md_at.size() == plain_at.size()) {
        md_parts = SplitAt(md, md_at);
        plain_parts = SplitAt(plain, plain_at);
      }
    }
    bool split = md_parts.size() > 1;
    for (size_t k = 0; k < md_parts.size(); ++k) {
      TextBlock b;
      b.markdown = TrimSpacesAndBullets(md_parts[k]);
      b.plain = TrimSpacesAndBullets(plain_parts[k]);
      if (b.plain.empty()) continue;
      // Inside <li> every part is an item; otherwise the text before the first marker introduces the list.
      b.list_item = in_item_ || (split && k > 0);
      b.depth = b.list_item && in_list ? depth : 0;
      b.link = (k == 0 && !link.empty()) ? link : FirstBareUrl(b.plain);
      blocks_.push_back(std::move(b));
    }
  }

  std::vector<TextBlock> Take() {
    Flush();
    return std::move(blocks_);
  }

 private:
  struct Emphasis {
    std::string marker;
    bool emitted;
  };

  static std::vector<std::string> Split(const std::string& s) {
    std::vector<std::string> parts(1);
    for (char c : s) {
      if (c == kBullet) parts.emplace_back();
      else parts.back().push_back(c);
    }
    return parts;
  }
  static std::vector<std::string> SplitAt(const std::string& s, const std::vector<size_t>& at) {
    std::vector<std::string> parts;
    parts.push_back(s.substr(0, at[0]));
    for (size_t k = 0; k < at.size(); ++k)
      parts.push_back(s.substr(at[k], (k + 1 < at.size() ? at[k + 1] : s.size()) - at[k]));
    return parts;
  }

  void OpenPendingEmphasis() {
    for (auto& e : emphasis_) {
      if (!e.emitted) {
        md_ += e.marker;
        e.emitted = true;
      }
    }
  }
  void EmitClose(const std::string& marker) {
    size_t spaces = 0;
    while (!md_.empty() && (md_.back() == ' ' || md_.back() == '\n' || md_.back() == '\t')) {
      md_.pop_back();
      ++spaces;
    }
    if (md_.size() >= marker.size() && md_.compare(md_.size() - marker.size(), marker.size(), marker) == 0) {
      md_.erase(md_.size() - marker.size());  // nothing inside: drop both markers
    } else {
      md_ += marker;
    }
    if (spaces) md_ += ' ';
  }
  void CloseEmphasisForBreak() {
    for (size_t k = emphasis_.size(); k-- > 0;) {
      if (emphasis_[k].emitted) EmitClose(emphasis_[k].marker);
      emphasis_[k].emitted = false;
    }
  }

  std::vector<std::string>* notes_;
  std::vector<TextBlock> blocks_;
  std::string md_, plain_, link_, href_;
  std::vector<Emphasis> emphasis_;
  std::vector<bool> lists_;  // per open list: has it had an <li>?
  bool in_item_ = false;
  bool in_link_ = false;
  bool has_text_ = false;
  size_t link_start_ = 0;
};

struct Tag {
  std::string name;  // lower case, without '/'
  bool closing = false;
  std::string href, type;
  size_t end = 0;  // index just past '>'
};

// Parses a tag starting at html[i] == '<'. Returns false when it is not a tag (a lone '<').
bool ParseTag(std::string_view html, size_t i, Tag* tag) {
  size_t k = i + 1;
  if (k < html.size() && html[k] == '/') {
    tag->closing = true;
    ++k;
  }
  size_t name_start = k;
  while (k < html.size() && std::isalnum(static_cast<unsigned char>(html[k]))) ++k;
  if (k == name_start || !std::isalpha(static_cast<unsigned char>(html[name_start]))) return false;
  tag->name = Lower(html.substr(name_start, k - name_start));
  // Attributes up to '>', respecting quotes.
  while (k < html.size() && html[k] != '>') {
    if (html[k] == '<') return false;
    if (std::isalpha(static_cast<unsigned char>(html[k]))) {
      size_t a = k;
      while (k < html.size() && (std::isalnum(static_cast<unsigned char>(html[k])) || html[k] == '-')) ++k;
      std::string attr = Lower(html.substr(a, k - a));
      while (k < html.size() && html[k] == ' ') ++k;
      std::string value;
      if (k < html.size() && html[k] == '=') {
        ++k;
        while (k < html.size() && html[k] == ' ') ++k;
        if (k < html.size() && (html[k] == '"' || html[k] == '\'')) {
          char q = html[k++];
          size_t close = html.find(q, k);
          if (close == std::string_view::npos) return false;
          value = std::string(html.substr(k, close - k));
          k = close + 1;
        } else {
          size_t v = k;
          while (k < html.size() && html[k] != ' ' && html[k] != '>') ++k;
          value = std::string(html.substr(v, k - v));
        }
      }
      if (attr == "href") tag->href = value;
      if (attr == "type") tag->type = Lower(value);
      continue;
    }
    ++k;
  }
  if (k >= html.size()) return false;
  tag->end = k + 1;
  return true;
}

// Decodes entities and marks bullet glyphs.
std::string DecodeText(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    size_t glyph;
    if (text[i] == '&') {
      size_t used = DecodeEntity(text, i, &out);
      if (used) {
        i += used;
        continue;
      }
    } else if (BulletGlyphAt(text, i, &glyph)) {
      out.push_back(kBullet);
      i += glyph;
      continue;
    } else if (text[i] == kBullet) {
      ++i;
      continue;
    }
    out.push_back(text[i++]);
  }
  return out;
}

void Run(std::string_view html, Builder* b, std::vector<std::string>* notes) {
  size_t text_start = 0;
  auto emit_text = [&](size_t end) {
    if (end > text_start) {
      std::string decoded = DecodeText(html.substr(text_start, end - text_start));
      for (size_t k = 0, s = 0; k <= decoded.size(); ++k) {
        if (k == decoded.size() || decoded[k] == kBullet) {
          b->Text(std::string_view(decoded).substr(s, k - s));
          if (k < decoded.size()) b->Bullet();
          s = k + 1;
        }
      }
    }
  };
  size_t i = 0;
  while (i < html.size()) {
    if (html[i] != '<') {
      ++i;
      continue;
    }
    if (html.substr(i, 4) == "<!--") {
      emit_text(i);
      size_t close = html.find("-->", i + 4);
      i = close == std::string_view::npos ? html.size() : close + 3;
      text_start = i;
      continue;
    }
    Tag tag;
    if (!ParseTag(html, i, &tag)) {
      ++i;
      continue;
    }
    emit_text(i);
    i = tag.end;
    text_start = i;
    const std::string& n = tag.name;
    if (!tag.closing && (n == "script" || n == "style")) {
      std::string lower = Lower(html.substr(i));
      size_t close = lower.find("</" + n);
      size_t end = close == std::string::npos ? html.size() : i + close;
      if (notes) notes->push_back("left out a <" + n + "> element");
      size_t gt = close == std::string::npos ? std::string::npos : html.find('>', end);
      i = gt == std::string_view::npos ? html.size() : gt + 1;
      text_start = i;
      continue;
    }
    if (n == "p" || n == "div" || n == "br" || n == "tr" || n == "table" || n == "blockquote" ||
        (n.size() == 2 && n[0] == 'h' && n[1] >= '1' && n[1] <= '6')) {
      b->Flush();
    } else if (n == "ul" || n == "ol") {
      if (tag.closing) b->EndList();
      else b->StartList();
    } else if (n == "li") {
      if (tag.closing) b->EndItem();
      else b->StartItem();
    } else if (n == "b" || n == "strong") {
      if (tag.closing) b->CloseEmphasis("**");
      else b->OpenEmphasis("**");
    } else if (n == "i" || n == "em") {
      if (tag.closing) b->CloseEmphasis("*");
      else b->OpenEmphasis("*");
    } else if (n == "a") {
      if (tag.closing) b->FinishLink();
      else b->OpenLink(tag.href);
    } else if (n == "input" && (tag.type == "checkbox" || tag.type == "radio")) {
      b->Bullet();
    } else if (n == "td" || n == "th") {
      b->Text(" ");
    }
  }
  emit_text(html.size());
}

}  // namespace

std::vector<TextBlock> HtmlToBlocks(std::string_view html, std::vector<std::string>* notes) {
  Builder b(notes);
  Run(html, &b, notes);
  return b.Take();
}

std::string BlocksToMarkdown(const std::vector<TextBlock>& blocks) {
  std::string out;
  for (size_t k = 0; k < blocks.size(); ++k) {
    const TextBlock& b = blocks[k];
    if (k > 0) out += (b.list_item && blocks[k - 1].list_item) ? "\n" : "\n\n";
    if (b.list_item) out += std::string(static_cast<size_t>(b.depth) * 2, ' ') + "- ";
    out += b.markdown;
  }
  return out;
}

std::string HtmlToMarkdown(std::string_view html, std::vector<std::string>* notes) {
  return BlocksToMarkdown(HtmlToBlocks(html, notes));
}

std::string HtmlToPlainText(std::string_view html) {
  std::string out;
  for (const auto& b : HtmlToBlocks(html)) {
    if (!out.empty()) out += ' ';
    out += b.plain;
  }
  return out;
}

}  // namespace cs
