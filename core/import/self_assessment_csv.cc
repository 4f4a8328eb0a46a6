// The published self-assessment CSV: columns, detail rows, provision ids and evidence cells (see the header).
#include "self_assessment_csv.h"

#include <cctype>

namespace cs {

namespace {

constexpr const char* kBullet = "\xE2\x80\xA2 ";  // "• "

std::string Normalised(std::string_view text) {
  std::string out;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    if (std::isspace(u) || c == '_') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(static_cast<char>(std::tolower(u)));
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == ':')) out.pop_back();
  return out;
}

bool StartsWith(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// " <X>" at the end of `text`, X without angle brackets: where " <" starts, or npos.
size_t LinkSuffix(std::string_view text) {
  if (text.empty() || text.back() != '>') return std::string_view::npos;
  size_t open = text.rfind(" <");
  if (open == std::string_view::npos) return open;
  std::string_view inside = text.substr(open + 2, text.size() - open - 3);
  if (inside.find_first_of("<>") != std::string_view::npos) return std::string_view::npos;
  return open;
}

// The length of the item marker at the start of `line` ("• ", "- ", "* "), or 0.
size_t MarkerLength(std::string_view line) {
  if (StartsWith(line, kBullet)) return std::string_view(kBullet).size();
  if (StartsWith(line, "- ") || StartsWith(line, "* ")) return 2;
  return 0;
}

}  // namespace

const std::vector<std::string>& PublishedCsvColumns() {
  static const std::vector<std::string> kColumns = {"provision", "section", "requirement", "comply",
                                                    "comply_by", "explanation", "commentary", "evidence"};
  return kColumns;
}

bool IsPublishedCsvHeader(const std::vector<std::string>& header) {
  bool provision = false, comply = false, comply_by = false, evidence = false;
  for (const auto& cell : header) {
    std::string name;
    for (char c : cell)
      if (!std::isspace(static_cast<unsigned char>(c))) name.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    provision |= name == "provision";
    comply |= name == "comply";
    comply_by |= name == "comply_by";
    evidence |= name == "evidence";
  }
  return provision && comply && comply_by && evidence;
}

const char* DetailRowLabel(DetailRow row) {
  switch (row) {
    case DetailRow::Code: return "Code";
    case DetailRow::Completed: return "Completed";
    case DetailRow::Approved: return "Approved";
    case DetailRow::ApprovedBy: return "Approved by";
    case DetailRow::Statement: return "Statement";
    case DetailRow::None: break;
  }
  return "";
}

DetailRow DetailRowFor(std::string_view label) {
  std::string l = Normalised(label);
  if (l == "code" || l == "complaint handling code") return DetailRow::Code;
  if (l == "completed" || l == "completed on" || l == "date completed") return DetailRow::Completed;
  if (l == "approved" || l == "approved on" || l == "date approved") return DetailRow::Approved;
  if (l == "approved by" || l == "approved by the board" || l == "approved by the governing body") return DetailRow::ApprovedBy;
  if (l == "statement" || l == "opening statement") return DetailRow::Statement;
  return DetailRow::None;
}

std::string PublishedProvisionId(const std::string& id) { return "'" + id; }

std::string PublishedText(const std::string& text) { return !text.empty() && text[0] == '\'' ? "'" + text : text; }

std::string ReadPublishedText(std::string cell) {
  if (!cell.empty() && cell[0] == '\'') cell.erase(0, 1);
  return cell;
}

std::string PublishedEvidence(const std::vector<Evidence>& evidence) {
  std::string out;
  for (const auto& e : evidence) {
    if (!out.empty()) out += "\n";
    out += kBullet;
    for (char c : e.text) {
      out.push_back(c);
      if (c == '\n') out += "  ";
    }
    if (!e.url.empty()) out += " <" + e.url + ">";
    else if (LinkSuffix(e.text) != std::string::npos) out += " <>";
  }
  return out;
}

std::vector<Evidence> ReadPublishedEvidence(std::string_view cell) {
  std::vector<std::string> items;
  bool in_item = false;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find('\n', start);
    if (end == std::string_view::npos) end = cell.size();
    std::string_view line = cell.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    start = end + 1;
    if (in_item && StartsWith(line, "  ")) {
      items.back() += "\n" + std::string(line.substr(2));
      continue;
    }
    if (in_item && !line.empty() && (line[0] == ' ' || line[0] == '\t') &&
        line.find_first_not_of(" \t") != std::string_view::npos) {
      items.back() += "\n" + std::string(line.substr(line.find_first_not_of(" \t")));  // a nested list, typed
      continue;
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    items.emplace_back(line.substr(MarkerLength(line)));
    in_item = true;
  }
  std::vector<Evidence> out;
  for (auto& item : items) {
    Evidence e;
    size_t link = LinkSuffix(item);
    if (link != std::string::npos) {
      e.url = item.substr(link + 2, item.size() - link - 3);
      item.resize(link);
    }
    e.text = std::move(item);
    if (e.text.find_first_not_of(" \t\n") == std::string::npos && e.url.empty()) continue;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace cs
