// Turns the HTML fragments found in exported self-assessment cells (<p>, <ul><li>, <b>, <i>, <u>, <a href>,
// checkbox inputs and bullet glyphs, entities) into Markdown, keeping paragraphs and lists.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace cs {

/// One block of a converted cell: a paragraph or a list item.
struct TextBlock {
  bool list_item = false;
  int depth = 0;          ///< list nesting, 0 for the outermost list
  std::string markdown;   ///< inline Markdown: **bold**, *italic*, [text](url); special characters escaped
  std::string plain;      ///< the same text without any markup
  std::string link;       ///< the first safe link in the block (href or bare http(s) URL), if any
};

/// Splits `html` into blocks. Tags it does not know are removed and their text kept; <script>/<style>
/// contents are dropped. Each thing it had to leave out (an unsafe link, a script) is described in `notes`.
std::vector<TextBlock> HtmlToBlocks(std::string_view html, std::vector<std::string>* notes = nullptr);

/// Joins blocks as Markdown: paragraphs separated by a blank line, list items as "- item" lines.
std::string BlocksToMarkdown(const std::vector<TextBlock>& blocks);

/// HtmlToBlocks then BlocksToMarkdown.
std::string HtmlToMarkdown(std::string_view html, std::vector<std::string>* notes = nullptr);

/// The text with every tag removed, entities decoded and white space collapsed to single spaces.
std::string HtmlToPlainText(std::string_view html);

}  // namespace cs
