// Reads and checks site.json, reporting every problem with its place in the file and the Code provision.
#include "site_config.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <set>

#include "bank_holidays.h"
#include "json_document.h"
#include "link_safety.h"
#include "ombudsman.h"
#include "timescales.h"
#include "text.h"

namespace cs {
namespace {

using nlohmann::json;

const std::vector<std::string>& TopLevelKeys() {
  static const std::vector<std::string> keys = {
      "landlord_name", "website_url",      "base_url",         "nation",   "code",
      "language",      "channels",         "opening_hours",    "complaints_team",
      "senior_lead",   "member_responsible", "service_requests", "logo",   "brand_colour",
      "closures",      "ombudsman",        "allow_raw_html"};
  return keys;
}

const std::vector<std::string>& ChannelKinds() {
  static const std::vector<std::string> kinds = {"phone", "textphone", "email", "web_form",
                                                 "post",  "in_person", "social_media"};
  return kinds;
}

std::string JoinList(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + items[i];
  return out;
}

class SiteReader {
 public:
  SiteReader(JsonDocument* doc, SiteConfig* config) : doc_(*doc), config_(*config) {}

  void Read() {
    const json& root = doc_.root();
    if (!root.is_object()) {
      doc_.Error("site.not_object", "", "site.json must be one JSON object {...}, not " + JsonTypeName(root),
                 "start the file with { and end it with }");
      return;
    }
    doc_.CheckKeys(root, "", TopLevelKeys(), "site.unknown_key");
    ReadLandlord(root);
    ReadNation(root);
    ReadCode(root);
    ReadLanguage(root);
    ReadChannels(root);
    String(root, "", "opening_hours", &config_.opening_hours);
    String(root, "", "complaints_team", &config_.complaints_team);
    if (String(root, "", "service_requests", &config_.service_requests)) {
      JsonPosition at = doc_.Locate("/service_requests");
      config_.service_requests_line = at.line;
      config_.service_requests_column = at.column;
    }
    ReadPerson(root, "senior_lead", &config_.senior_lead, "site.senior_lead.missing", "9.4",
               "a senior person with lead responsibility for complaints");
    ReadPerson(root, "member_responsible", &config_.member_responsible, "site.member_responsible.missing", "9.5",
               "the Member Responsible for Complaints on the governing body");
    ReadLogo(root);
    ReadBrandColour(root);
    ReadClosures(root);
    ReadOmbudsman(root);
    ReadAllowRawHtml(root);
  }

 private:
  bool String(const json& object, const std::string& pointer, const std::string& key, std::string* out) {
    return doc_.ReadString(object, pointer, key, out, "site.wrong_type");
  }

  void ReadLandlord(const json& root) {
    if (!String(root, "", "landlord_name", &config_.landlord_name) && !root.contains("landlord_name")) {
      doc_.Error("site.missing_field", "", "\"landlord_name\" is missing: residents need to know whose complaints site this is",
                 "add \"landlord_name\": \"Your Organisation\"");
    } else if (root.contains("landlord_name") && Trim(config_.landlord_name).empty() && root["landlord_name"].is_string()) {
      doc_.Error("site.missing_field", "/landlord_name", "\"landlord_name\" is empty", "write your organisation's name");
    }
    if (String(root, "", "website_url", &config_.website_url)) AbsoluteWebUrl("/website_url", config_.website_url);
    if (String(root, "", "base_url", &config_.base_url)) {
      LinkKind kind = ClassifyLink(config_.base_url);
      if (kind == LinkKind::Unsafe) {
        UnsafeUrl("/base_url", config_.base_url);
      } else if (kind != LinkKind::Http && kind != LinkKind::Https &&
                 !(kind == LinkKind::SiteRelative && !config_.base_url.empty() && config_.base_url[0] == '/')) {
        doc_.Error("site.url.invalid", "/base_url",
                   "\"base_url\" must be where the site is published: a full https:// address or a path starting with /",
                   "write e.g. \"https://www.example.org/complaints/\"");
      } else if (config_.base_url.back() != '/') {
        doc_.Warning("site.base_url.trailing_slash", "/base_url", "\"base_url\" should end with '/'; one has been added",
                     "write \"" + config_.base_url + "/\"");
        config_.base_url += '/';
      }
    }
  }

  void ReadNation(const json& root) {
    if (!String(root, "", "nation", &config_.nation)) return;
    if (DivisionIndex(config_.nation) < 0) {
      std::string guess = ClosestName(config_.nation, BankHolidays::Divisions());
      doc_.Error("site.nation.unknown", "/nation",
                 "\"nation\" must be one of " + JoinList(BankHolidays::Divisions()) + " (it sets the bank holidays)" +
                     (guess.empty() ? "" : "; did you mean \"" + guess + "\"?"),
                 guess.empty() ? "write \"england-and-wales\" for a landlord in England" : "write \"" + guess + "\"");
    }
    // A nation other than england-and-wales parses (the engine keeps every nation's calendar) but is an error of
    // the checks: the Code applies to landlords in England (site.nation.outside_england, core/checks/checks.cc).
  }

  void ReadCode(const json& root) {
    if (!String(root, "", "code", &config_.code)) return;
    if (!Timescales::Default().Find(config_.code)) {
      std::vector<std::string> ids;
      for (const auto& c : Timescales::Default().Codes()) ids.push_back(c.id);
      doc_.Error("site.code.unknown", "/code", "\"code\" must be one of " + JoinList(ids), "write \"2024\"");
    } else if (config_.code != "2024") {
      doc_.Warning("site.code.superseded", "/code",
                   "the " + config_.code + " Code was replaced by the 2024 Code, statutory from 1 April 2024",
                   "write \"code\": \"2024\"");
    }
  }

  // The language names the words file (templates/i18n/<language>.json), so it must be a language code and
  // nothing else: two or three lower-case letters, optionally "-" and a region or script ("cy", "en-GB").
  // Whether a words file exists for it is the generator's question (i18n.language.missing).
  static bool LanguageCode(const std::string& s) {
    size_t i = 0;
    while (i < s.size() && s[i] >= 'a' && s[i] <= 'z') ++i;
    if (i < 2 || i > 3) return false;
    while (i < s.size()) {
      if (s[i++] != '-') return false;
      size_t start = i;
      while (i < s.size() && ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) ++i;
      if (i - start < 2 || i - start > 8) return false;
    }
    return true;
  }

  void ReadLanguage(const json& root) {
    if (String(root, "", "language", &config_.language) && !LanguageCode(config_.language)) {
      doc_.Error("site.language.invalid", "/language",
                 "\"" + config_.language + "\" is not a language code",
                 "write a code such as \"en\" (English) or \"cy\" (Welsh); the words come from templates/i18n/<code>.json");
      config_.language = "en";
    }
  }

  void ReadChannels(const json& root) {
    auto it = root.find("channels");
    if (it == root.end()) {
      doc_.Error("site.channels.too_few", "",
                 "\"channels\" is missing: list at least two ways to make a complaint (for example phone and email)",
                 "add \"channels\": [{\"kind\": \"phone\", \"value\": \"…\"}, {\"kind\": \"email\", \"value\": \"…\"}]",
                 "3.1");
      return;
    }
    if (!it->is_array()) {
      doc_.Error("site.wrong_type", "/channels", "\"channels\" must be a list [...], not " + JsonTypeName(*it),
                 "write \"channels\": [ {...}, {...} ]");
      return;
    }
    std::set<std::string> kinds;
    bool all_read = true;
    for (size_t i = 0; i < it->size(); ++i) {
      ContactChannel channel;
      if (ReadChannel((*it)[i], JsonPointerAppend("/channels", i), &channel)) {
        kinds.insert(channel.kind);
        config_.channels.push_back(std::move(channel));
      } else {
        all_read = false;
      }
    }
    if (kinds.size() < 2 && all_read)
      doc_.Error("site.channels.too_few", "/channels",
                 "residents must be able to complain in at least two different ways; this site lists " +
                     std::to_string(kinds.size()) + (kinds.size() == 1 ? " kind (" + *kinds.begin() + ")" : " kinds"),
                 "add another kind of channel, e.g. email, a web form, post or in person", "3.1");
  }

  bool ReadChannel(const json& item, const std::string& pointer, ContactChannel* channel) {
    if (!item.is_object()) {
      doc_.Error("site.wrong_type", pointer, "each channel must be an object {\"kind\": …, \"value\": …}, not " + JsonTypeName(item),
                 "write {\"kind\": \"phone\", \"value\": \"0300 123 4567\"}");
      return false;
    }
    doc_.CheckKeys(item, pointer, {"kind", "label", "value", "url", "details"}, "site.unknown_key");
    bool ok = true;
    if (!String(item, pointer, "kind", &channel->kind)) {
      if (!item.contains("kind"))
        doc_.Error("site.missing_field", pointer, "this channel has no \"kind\"",
                   "add \"kind\": one of " + JoinList(ChannelKinds()));
      ok = false;
    } else if (std::find(ChannelKinds().begin(), ChannelKinds().end(), channel->kind) == ChannelKinds().end()) {
      std::string guess = ClosestName(channel->kind, ChannelKinds());
      doc_.Error("site.channels.kind.unknown", pointer + "/kind",
                 "unknown channel kind \"" + channel->kind + "\"" + (guess.empty() ? "" : "; did you mean \"" + guess + "\"?"),
                 "use one of " + JoinList(ChannelKinds()));
      ok = false;
    }
    String(item, pointer, "label", &channel->label);
    String(item, pointer, "details", &channel->details);
    bool has_value = String(item, pointer, "value", &channel->value) && !Trim(channel->value).empty();
    bool has_url = String(item, pointer, "url", &channel->url) && !Trim(channel->url).empty();
    if (has_url && !SafeUrl(pointer + "/url", channel->url)) ok = false;
    if (!ok) return false;

    const std::string& kind = channel->kind;
    if (!has_value && !(kind == "web_form" && has_url) && !(kind == "social_media" && has_url)) {
      doc_.Error("site.channels.value.missing", pointer,
                 "this " + kind + " channel has no \"value\" (the number, address or link residents use)",
                 "add \"value\": \"…\"", "3.1");
      return false;
    }
    if (kind == "phone" || kind == "textphone") return CheckPhone(pointer, channel, has_url);
    if (kind == "email") return CheckEmail(pointer, channel, has_url);
    if (kind == "web_form") {
      if (!has_url) channel->url = channel->value;
      std::string where = has_url ? pointer + "/url" : pointer + "/value";
      LinkKind link = ClassifyLink(channel->url);
      if (link == LinkKind::Unsafe) return UnsafeUrl(where, channel->url);
      bool site_path = link == LinkKind::SiteRelative && !channel->url.empty() && channel->url[0] == '/';
      if (link != LinkKind::Https && link != LinkKind::Http && !site_path) {
        doc_.Error("site.channels.url.invalid", where,
                   "a web form channel needs the form's web address (https://… or a path starting with /)",
                   "write \"url\": \"https://…\"");
        return false;
      }
      if (!has_value) channel->value = channel->url;
    }
    if (kind == "social_media" && !has_value) channel->value = channel->url;
    return true;
  }

  bool CheckPhone(const std::string& pointer, ContactChannel* channel, bool has_url) {
    int digits = 0;
    for (char c : channel->value) digits += (c >= '0' && c <= '9');
    if (digits < 5 || digits > 20) {
      doc_.Error("site.channels.phone.invalid", pointer + "/value",
                 "\"" + channel->value + "\" does not look like a phone number (" + std::to_string(digits) + " digits)",
                 "write the number as residents dial it, e.g. \"0300 123 4567\"");
      return false;
    }
    if (!has_url) {
      // tel: link from the leading number (stops at the first character that is not part of a number).
      std::string tel = "tel:";
      for (char c : channel->value) {
        if ((c >= '0' && c <= '9') || (c == '+' && tel.size() == 4)) tel += c;
        else if (c == ' ' || c == '-' || c == '(' || c == ')') continue;
        else break;
      }
      channel->url = tel;
    } else if (ClassifyLink(channel->url) != LinkKind::Tel) {
      doc_.Warning("site.channels.url.kind", pointer + "/url", "a phone channel's \"url\" is normally a tel: link",
                   "write \"url\": \"tel:03001234567\" or remove it");
    }
    return true;
  }

  bool CheckEmail(const std::string& pointer, ContactChannel* channel, bool has_url) {
    const std::string& v = channel->value;
    size_t at = v.find('@');
    bool valid = at != std::string::npos && at > 0 && v.find('@', at + 1) == std::string::npos &&
                 v.find('.', at) != std::string::npos && v.back() != '.' && v.find(' ') == std::string::npos &&
                 v.find(':') == std::string::npos && v.find('<') == std::string::npos && v.find('"') == std::string::npos;
    if (!valid) {
      doc_.Error("site.channels.email.invalid", pointer + "/value",
                 "\"" + v + "\" does not look like an email address", "write e.g. \"complaints@example.org\"");
      return false;
    }
    if (!has_url) channel->url = "mailto:" + v;
    return true;
  }

  void ReadPerson(const json& root, const std::string& key, NamedPerson* person, const std::string& code,
                  const std::string& provision, const std::string& who) {
    auto it = root.find(key);
    std::string pointer = "/" + key;
    if (it != root.end() && !it->is_object()) {
      doc_.Error("site.wrong_type", pointer, "\"" + key + "\" must be an object {\"name\": …, \"role\": …}",
                 "write \"" + key + "\": {\"name\": \"…\", \"role\": \"…\"}");
      return;
    }
    if (it != root.end()) {
      doc_.CheckKeys(*it, pointer, {"name", "role"}, "site.unknown_key");
      String(*it, pointer, "name", &person->name);
      String(*it, pointer, "role", &person->role);
    }
    if (Trim(person->name).empty() && Trim(person->role).empty())
      doc_.Warning(code, it == root.end() ? "" : pointer,
                   "\"" + key + "\" is not given: the Code expects " + who,
                   "add \"" + key + "\": {\"name\": \"…\", \"role\": \"…\"}", provision);
  }

  void ReadLogo(const json& root) {
    if (!String(root, "", "logo", &config_.logo) || config_.logo.empty()) return;
    JsonPosition at = doc_.Locate("/logo");
    config_.logo_line = at.line;
    config_.logo_column = at.column;
    const std::string& p = config_.logo;
    bool bad = p[0] == '/' || p[0] == '\\' || !LinkScheme(p).empty() || p.find("..") != std::string::npos ||
               p.find('\\') != std::string::npos;
    if (bad) {
      doc_.Error("site.logo.outside_content", "/logo", "\"logo\" must be a file inside content/, e.g. \"logo.svg\"",
                 "put the image in content/ and write its name");
      return;
    }
    std::string lower = p;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const std::vector<std::string> exts = {".svg", ".png", ".jpg", ".jpeg", ".webp", ".gif"};
    bool image = std::any_of(exts.begin(), exts.end(), [&](const std::string& e) {
      return lower.size() > e.size() && lower.compare(lower.size() - e.size(), e.size(), e) == 0;
    });
    if (!image)
      doc_.Warning("site.logo.type", "/logo", "\"" + p + "\" does not look like an image file",
                   "use an .svg, .png, .jpg or .webp file");
  }

  void ReadBrandColour(const json& root) {
    if (!String(root, "", "brand_colour", &config_.brand_colour)) return;
    const std::string& c = config_.brand_colour;
    bool valid = c.size() == 7 && c[0] == '#' &&
                 std::all_of(c.begin() + 1, c.end(), [](char ch) { return std::isxdigit(static_cast<unsigned char>(ch)); });
    if (!valid) {
      doc_.Error("site.brand_colour.invalid", "/brand_colour", "\"brand_colour\" must be #rrggbb, e.g. \"#1d5b79\"",
                 "write six hexadecimal digits after #");
      return;
    }
    double ratio = ContrastWithWhite(c);
    if (ratio < 4.5) {
      char buffer[16];
      std::snprintf(buffer, sizeof buffer, "%.1f", std::floor(ratio * 10) / 10);
      doc_.Warning("site.brand_colour.contrast", "/brand_colour",
                   "white text on " + c + " has a contrast ratio of " + buffer +
                       ":1, below the 4.5:1 that WCAG 1.4.3 asks for",
                   "choose a darker colour");
    }
  }

  void ReadClosures(const json& root) {
    auto it = root.find("closures");
    if (it == root.end()) return;
    if (!it->is_array()) {
      doc_.Error("site.wrong_type", "/closures", "\"closures\" must be a list of dates, not " + JsonTypeName(*it),
                 "write \"closures\": [\"2026-12-29\", {\"date\": \"2026-12-30\", \"title\": \"Office closed\"}]");
      return;
    }
    std::set<int> seen;
    for (size_t i = 0; i < it->size(); ++i) {
      const json& item = (*it)[i];
      std::string pointer = JsonPointerAppend("/closures", i);
      std::string date_text, date_pointer = pointer;
      Closure closure;
      if (item.is_string()) {
        date_text = item.get<std::string>();
      } else if (item.is_object()) {
        doc_.CheckKeys(item, pointer, {"date", "title"}, "site.unknown_key");
        String(item, pointer, "title", &closure.title);
        date_pointer = pointer + "/date";
        if (!String(item, pointer, "date", &date_text)) {
          if (!item.contains("date"))
            doc_.Error("site.missing_field", pointer, "this closure has no \"date\"", "add \"date\": \"YYYY-MM-DD\"");
          continue;
        }
      } else {
        doc_.Error("site.wrong_type", pointer, "a closure must be a date \"YYYY-MM-DD\" or {\"date\": …, \"title\": …}",
                   "write \"2026-12-29\"");
        continue;
      }
      std::string why;
      auto date = ParseIsoDate(date_text, &why);
      if (!date) {
        doc_.Error("site.closures.invalid_date", date_pointer, "\"" + date_text + "\" is not a date: " + why,
                   "write the date as YYYY-MM-DD");
        continue;
      }
      if (!seen.insert(date->Serial()).second) {
        doc_.Warning("site.closures.duplicate", date_pointer, date->Iso() + " is listed more than once",
                     "delete the repeat");
        continue;
      }
      closure.date = *date;
      config_.closures.push_back(std::move(closure));
    }
  }

  void ReadOmbudsman(const json& root) {
    auto it = root.find("ombudsman");
    if (it == root.end()) return;
    if (!it->is_object()) {
      doc_.Error("site.wrong_type", "/ombudsman", "\"ombudsman\" must be an object of the details to override",
                 "write \"ombudsman\": {\"phone\": \"…\"} or remove it");
      return;
    }
    OmbudsmanInfo& o = config_.ombudsman;
    doc_.CheckKeys(*it, "/ombudsman", {"name", "phone", "post", "website", "online_form", "email_note", "last_checked"},
                   "site.unknown_key");
    String(*it, "/ombudsman", "name", &o.name);
    String(*it, "/ombudsman", "phone", &o.phone);
    String(*it, "/ombudsman", "post", &o.post);
    String(*it, "/ombudsman", "email_note", &o.email_note);
    if (String(*it, "/ombudsman", "website", &o.website)) AbsoluteWebUrl("/ombudsman/website", o.website);
    if (String(*it, "/ombudsman", "online_form", &o.online_form)) AbsoluteWebUrl("/ombudsman/online_form", o.online_form);
    std::string checked;
    if (String(*it, "/ombudsman", "last_checked", &checked)) {
      std::string why;
      if (!ParseIsoDate(checked, &why))
        doc_.Error("site.ombudsman.invalid_date", "/ombudsman/last_checked", "\"" + checked + "\" is not a date: " + why,
                   "write the date you checked the details as YYYY-MM-DD");
      else
        o.last_checked = checked;
    }
  }

  void ReadAllowRawHtml(const json& root) {
    auto it = root.find("allow_raw_html");
    if (it == root.end()) return;
    if (!it->is_boolean()) {
      doc_.Error("site.wrong_type", "/allow_raw_html", "\"allow_raw_html\" must be true or false (without quotes)",
                 "write \"allow_raw_html\": false");
      return;
    }
    config_.allow_raw_html = it->get<bool>();
  }

  // A link residents follow: http(s), mailto, tel or site-relative.
  bool SafeUrl(const std::string& pointer, const std::string& url) {
    if (ClassifyLink(url) == LinkKind::Unsafe) return UnsafeUrl(pointer, url);
    return true;
  }

  bool UnsafeUrl(const std::string& pointer, const std::string& url) {
    UnsafeLinkReason reason = ExplainUnsafeLink(url);
    doc_.Error("site.url.unsafe", pointer, "this link is refused: " + reason.why, reason.fix);
    return false;
  }

  void AbsoluteWebUrl(const std::string& pointer, const std::string& url) {
    LinkKind kind = ClassifyLink(url);
    if (kind == LinkKind::Unsafe) {
      UnsafeUrl(pointer, url);
    } else if (kind != LinkKind::Https && kind != LinkKind::Http) {
      doc_.Error("site.url.invalid", pointer, "\"" + url + "\" must be a full web address starting with https://",
                 "write e.g. \"https://www.example.org/\"");
    }
  }

  static double Channel(int v) {
    double c = v / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
  }

  static double ContrastWithWhite(const std::string& hex) {
    long rgb = std::strtol(hex.c_str() + 1, nullptr, 16);
    int r = static_cast<int>((rgb >> 16) & 0xFF), g = static_cast<int>((rgb >> 8) & 0xFF), b = static_cast<int>(rgb & 0xFF);
    double l = 0.2126 * Channel(r) + 0.7152 * Channel(g) + 0.0722 * Channel(b);
    return 1.05 / (l + 0.05);
  }

  JsonDocument& doc_;
  SiteConfig& config_;
};

}  // namespace

OmbudsmanInfo::OmbudsmanInfo() {
  const OmbudsmanFacts& f = OmbudsmanFacts::Default();
  name = f.name;
  phone = f.phone;
  post = f.post;
  website = f.website;
  online_form = f.online_form;
  email_note = f.email_note;
  last_checked = f.last_checked.Iso();
}

std::optional<SiteConfig> ParseSiteConfig(std::string_view json_text, const std::string& file,
                                          std::vector<Diagnostic>* diagnostics) {
  auto doc = JsonDocument::Parse(json_text, file, diagnostics);
  if (!doc) return std::nullopt;
  SiteConfig config;
  size_t first = diagnostics->size();
  SiteReader(&*doc, &config).Read();
  SortByPosition(diagnostics, first);
  if (doc->failed()) return std::nullopt;
  return config;
}

}  // namespace cs
