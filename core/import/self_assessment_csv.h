// The self-assessment spreadsheet the site publishes (/self-assessment/<year>.csv) and the importer reads back
// unchanged: its columns, the rows that carry the year's details, how a provision id survives a spreadsheet and
// how one cell holds a list of evidence. Written by SelfAssessmentCsv (site/render/csv.h), read by ReadCsvTable
// (import_table.h); docs/import-and-check.md describes it for complaints officers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "self_assessment.h"

namespace cs {

/// The header row, in order: provision, section, requirement, comply, comply_by, explanation, commentary, evidence.
const std::vector<std::string>& PublishedCsvColumns();

/// True when `header` (the cells of a CSV's first row) is the published one: it names "provision", "comply",
/// "comply_by" and "evidence" exactly (any letter case, any order, other columns allowed). Its cells are then
/// read as they were written: Markdown kept as it is, evidence one item a line.
bool IsPublishedCsvHeader(const std::vector<std::string>& header);

/// The rows above the provisions that hold the year's details. The label is in the provision column and the
/// value in the first filled cell after it (the published file puts it under "requirement").
enum class DetailRow { None, Code, Completed, Approved, ApprovedBy, Statement };

/// The label the published file writes: "Code", "Completed", "Approved", "Approved by", "Statement".
const char* DetailRowLabel(DetailRow row);

/// Which detail row a label names, any letter case, a trailing ':' ignored; also "Completed on", "Date completed",
/// "Approved on", "Date approved", "Approved by the board", "Opening statement". None for anything else.
DetailRow DetailRowFor(std::string_view label);

/// A provision id as the published file writes it: "'5.10". The apostrophe keeps it text in a spreadsheet, which
/// would otherwise read 5.10 as the number 5.1; the importer ignores it.
std::string PublishedProvisionId(const std::string& id);

/// A text cell as the published file writes it, before CSV quoting: one apostrophe is added in front of text that
/// starts with one, because the reader takes exactly one leading apostrophe away (the one CsvField puts before
/// text a spreadsheet would run as a formula, such as a Markdown list "- item").
std::string PublishedText(const std::string& text);

/// The reverse of PublishedText (after CsvField): the cell without its first leading apostrophe.
std::string ReadPublishedText(std::string cell);

/// Evidence as one cell: one item a line, "• text <url>" ("• text" without a link). A line break inside an item's
/// text continues on a line indented by two spaces; text without a link that ends like a link gets " <>" so that it
/// is not read as one.
std::string PublishedEvidence(const std::vector<Evidence>& evidence);

/// The reverse of PublishedEvidence. Also reads what an officer types: lines starting "• ", "- " or "* " start
/// items, any other unindented line is an item of its own, indented lines continue the item above (a nested
/// list stays part of its item).
std::vector<Evidence> ReadPublishedEvidence(std::string_view cell);

}  // namespace cs
