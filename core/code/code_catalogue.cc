// The Complaint Handling Code catalogues from their compiled-in tables, and queries on them.
#include "code_catalogue.h"

#include "code_tables.h"

namespace cs {

const CodeCatalogue* CodeCatalogue::Get(std::string_view code) {
  static const std::vector<CodeCatalogue> kAll = [] {
    std::vector<CodeCatalogue> all;
    for (int i = 0; i < tables::kCatalogueCount; ++i) {
      const tables::Catalogue& row = tables::kCatalogues[i];
      CodeCatalogue c;
      c.code_ = row.code;
      c.title_ = row.title;
      c.publisher_ = row.publisher;
      c.licence_ = row.licence;
      c.attribution_ = row.attribution;
      c.licence_url_ = row.licence_url;
      c.source_url_ = row.source_url;
      for (int s = 0; s < row.section_count; ++s) c.sections_.push_back({row.sections[s].number, row.sections[s].title});
      for (int p = 0; p < row.provision_count; ++p) {
        const tables::Provision& provision = row.provisions[p];
        c.provisions_.push_back({provision.id, provision.section, provision.text, provision.kind});
      }
      all.push_back(std::move(c));
    }
    return all;
  }();
  for (const auto& c : kAll)
    if (c.code_ == code) return &c;
  return nullptr;
}

const CodeSection* CodeCatalogue::Section(int number) const {
  for (const auto& s : sections_)
    if (s.number == number) return &s;
  return nullptr;
}

const Provision* CodeCatalogue::Find(std::string_view id) const {
  for (const auto& p : provisions_)
    if (p.id == id) return &p;
  return nullptr;
}

std::vector<const Provision*> CodeCatalogue::InSection(int number) const {
  std::vector<const Provision*> out;
  for (const auto& p : provisions_)
    if (p.section == number) out.push_back(&p);
  return out;
}

}  // namespace cs
