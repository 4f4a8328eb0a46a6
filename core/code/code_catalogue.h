// The Housing Ombudsman's Complaint Handling Code as data: sections and provisions with their exact text
// (core/data/code-2024.json, core/data/code-2022.json, compiled in as tables by cmake/rules_tables.cmake, which
// checks them: code-catalogue.* diagnostics).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "provision_id.h"

namespace cs {

struct CodeSection {
  int number = 0;     ///< 1-based section number, e.g. 6
  std::string title;  ///< "Complaints stages"
};

/// One provision a landlord self-assesses against.
struct Provision {
  std::string id;    ///< "6.3"
  int section = 0;   ///< the part before the dot: 6
  std::string text;  ///< the Code's exact wording as Markdown ("- item" lists, "**bold**", "\n\n" paragraphs)
  std::string kind;  ///< "must" or "should" for the 2022 Code; "" for the 2024 Code (every provision is a must)
};

class CodeCatalogue {
 public:
  /// The built-in catalogue for "2024" or "2022" (core/data/code-<code>.json); nullptr when the code is unknown.
  static const CodeCatalogue* Get(std::string_view code);

  const std::string& Code() const { return code_; }                ///< "2024"
  const std::string& Title() const { return title_; }              ///< "Complaint Handling Code"
  const std::string& Publisher() const { return publisher_; }      ///< "Housing Ombudsman Service"
  const std::string& Licence() const { return licence_; }          ///< "Open Government Licence v3.0"
  const std::string& Attribution() const { return attribution_; }  ///< sentence to print with the text
  const std::string& LicenceUrl() const { return licence_url_; }
  const std::string& SourceUrl() const { return source_url_; }

  /// Sections in document order.
  const std::vector<CodeSection>& Sections() const { return sections_; }
  const CodeSection* Section(int number) const;

  /// Provisions in file order (2024: Code order; 2022: per section, the musts then the shoulds).
  const std::vector<Provision>& Provisions() const { return provisions_; }
  /// Exact id match ("6.3"); nullptr when the Code has no such provision.
  const Provision* Find(std::string_view id) const;
  /// Provisions of one section, in file order.
  std::vector<const Provision*> InSection(int number) const;

  /// Orders ids numerically ("6.10" after "6.9"). Ids that do not parse sort after all valid ones.
  static bool IdLess(std::string_view a, std::string_view b) { return ProvisionIdLess(a, b); }

 private:
  std::string code_, title_, publisher_, licence_, attribution_, licence_url_, source_url_;
  std::vector<CodeSection> sections_;
  std::vector<Provision> provisions_;
};

}  // namespace cs
