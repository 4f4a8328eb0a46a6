// The landlord's site.json: who they are, how residents complain, who is accountable.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "diagnostic.h"
#include "working_days.h"

namespace cs {

/// A way to make a complaint (Code 3.1 needs at least two).
struct ContactChannel {
  std::string kind;     ///< "phone", "textphone", "email", "web_form", "post", "in_person", "social_media"
  std::string label;    ///< optional display label, e.g. "Complaints line"
  std::string value;    ///< number, address, URL or handle as shown to residents
  std::string url;      ///< a link for it when there is one (tel:, mailto:, https:)
  std::string details;  ///< e.g. "Relay UK: dial 18001 first"
};

struct NamedPerson {
  std::string name;
  std::string role;
};

/// Housing Ombudsman contact details; the built-in ones (core/data/ombudsman.json, core/content/ombudsman.h), each
/// overridable in site.json "ombudsman".
struct OmbudsmanInfo {
  OmbudsmanInfo();  ///< the built-in details
  std::string name;
  std::string phone;
  std::string post;
  std::string website;
  std::string online_form;
  std::string email_note;
  std::string last_checked;  ///< YYYY-MM-DD the details were last checked on the Ombudsman's website
};

struct SiteConfig {
  std::string landlord_name;
  std::string website_url;
  std::string base_url;      ///< where the generated site is published, e.g. https://example.org/complaints/
  std::string nation = "england-and-wales";
  std::string code = "2024";  ///< Complaint Handling Code version that applies: "2024" (or "2022" historically)
  std::string language = "en";
  std::vector<ContactChannel> channels;
  std::string opening_hours;
  std::string complaints_team;
  NamedPerson senior_lead;                  ///< Code 9.4
  NamedPerson member_responsible;           ///< Member Responsible for Complaints, Code 9.5
  std::string service_requests;             ///< how to report a repair or other service request (Markdown)
  int service_requests_line = 0;            ///< where its value starts in site.json (for its links' findings)
  int service_requests_column = 0;
  std::string logo;                         ///< path under content/, optional
  int logo_line = 0;                        ///< where its value is in site.json (for the logo's findings)
  int logo_column = 0;
  std::string brand_colour = "#1d5b79";     ///< #rrggbb
  std::vector<Closure> closures;            ///< extra non-working days
  OmbudsmanInfo ombudsman;
  bool allow_raw_html = false;
};

/// Parses site.json text. `file` names it in diagnostics. Returns nothing if there are errors (all are
/// appended to `diagnostics`); warnings may be appended on success too.
std::optional<SiteConfig> ParseSiteConfig(std::string_view json_text, const std::string& file,
                                          std::vector<Diagnostic>* diagnostics);

}  // namespace cs
