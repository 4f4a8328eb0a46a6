// Evidence items from a converted evidence cell: one item a paragraph or list item, a nested list kept with the
// item it belongs to.
#include "import_table.h"

namespace cs {

namespace {

bool EndsWithColon(const std::string& text) {
  size_t end = text.find_last_not_of(" \t");
  return end != std::string::npos && text[end] == ':';
}

}  // namespace

std::vector<TextBlock> EvidenceItems(const std::vector<TextBlock>& blocks) {
  std::vector<TextBlock> items;
  bool lead_in = false;  // the item above is a paragraph ending in ':' that introduces the list after it
  int children = 0;      // items joined to the item above so far
  for (const auto& b : blocks) {
    if (!items.empty() && b.list_item && (b.depth > 0 || lead_in)) {
      TextBlock& parent = items.back();
      bool colon = EndsWithColon(parent.plain);
      const char* join = children ? "; " : colon ? " " : ": ";
      parent.plain += join + b.plain;
      parent.markdown += join + b.markdown;
      if (parent.link.empty()) parent.link = b.link;
      ++children;
      continue;
    }
    lead_in = !b.list_item && EndsWithColon(b.plain);
    children = 0;
    items.push_back(b);
  }
  return items;
}

}  // namespace cs
