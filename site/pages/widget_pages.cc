// Builds /deadlines/ and /make-a-complaint/ (with every walkthrough screen pre-rendered for use without JavaScript).
#include "widget_pages.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "bank_holidays.h"
#include "date_format.h"
#include "deadlines.h"
#include "html.h"
#include "messages.h"
#include "timescales.h"
#include "walkthrough.h"
#include "working_days.h"

namespace cs {

namespace {

std::string E(std::string_view s) { return EscapeHtml(s); }

using Values = std::map<std::string, std::string>;

// The engine's words a translation gives ("engine" keys of templates/i18n/<lang>.json that it translates), by their
// dotted keys below "engine"; empty for English, whose engine words are compiled in.
EngineWords TranslatedEngineWords(const Translations& t) {
  EngineWords out;
  if (t.language() == "en" || !t.Tree().contains("engine")) return out;
  const auto& untranslated = t.Untranslated();
  for (const auto& key : TranslationKeys(t.Tree()["engine"])) {
    std::string full = "engine." + key;
    if (std::find(untranslated.begin(), untranslated.end(), full) != untranslated.end()) continue;
    out.push_back({key, t.Get(full)});
  }
  return out;
}

// The same in the shape of the "engine" object, for the widget's data-i18n.
nlohmann::json EngineWordsJson(const EngineWords& words) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [key, text] : words) {
    std::string pointer = "/" + key;
    std::replace(pointer.begin(), pointer.end(), '.', '/');
    out[nlohmann::json::json_pointer(pointer)] = text;
  }
  return out;
}

// The site's words (templates/i18n, keys "widget" and "engine") and the language dates are written in.
struct Words {
  const Translations& t;
  EngineWords engine = TranslatedEngineWords(t);  ///< a translation's engine words (empty for English)
  /// Plain text, e.g. for a page title: every "{name}" filled in.
  std::string Text(std::string_view key, const Values& values = {}) const { return t.Format(key, values); }
  /// HTML: the string escaped, then every "{name}" replaced by its value, which is already HTML.
  std::string Html(std::string_view key, const Values& html_values = {}) const { return t.Html(key, html_values); }
  std::string Time(Date d) const {
    return "<time datetime=\"" + d.Iso() + "\">" + E(FormatLongDate(d, t.language())) + "</time>";
  }
  std::string NationName(const std::string& division) const { return cs::NationName(t, division); }
};

std::string ComplaintsEmail(const SiteConfig& site) {
  for (const auto& c : site.channels)
    if (c.kind == "email") return c.value;
  return {};
}

std::string ChannelsHtml(const SiteConfig& site) {
  std::string out = "<ul class=\"cs-list cs-channels\">\n";
  for (const auto& c : site.channels) {
    out += "<li>";
    if (!c.label.empty()) out += E(c.label) + ": ";
    if (!c.url.empty() && IsSafeUrl(c.url)) out += "<a href=\"" + E(c.url) + "\">" + E(c.value) + "</a>";
    else out += E(c.value);
    if (!c.details.empty()) out += " (" + E(c.details) + ")";
    out += "</li>\n";
  }
  return out + "</ul>\n";
}

std::string OmbudsmanHtml(const OmbudsmanInfo& o, const Words& w) {
  std::string out = "<ul class=\"cs-list\">\n";
  if (IsSafeUrl(o.online_form))
    out += "<li><a href=\"" + E(o.online_form) + "\">" + w.Html("widget.common.ombudsman_online") + "</a></li>\n";
  out += "<li>" + w.Html("widget.common.ombudsman_phone", {{"phone", E(o.phone)}}) + "</li>\n<li>" +
         w.Html("widget.common.ombudsman_post", {{"post", E(o.post)}}) + "</li>\n";
  if (!o.email_note.empty()) out += "<li>" + E(o.email_note) + "</li>\n";
  return out + "</ul>\n";
}

std::string Paragraphs(const std::string& text) {
  std::string out, para;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find("\n\n", start);
    std::string chunk = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (chunk.find_first_not_of(" \n") != std::string::npos) out += "<p>" + E(chunk) + "</p>\n";
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return out;
}

// Plain letter text as HTML paragraphs (blank line = new paragraph, single newline = <br>).
std::string LetterHtml(const std::string& text) {
  std::string out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find("\n\n", start);
    std::string para = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    std::string html;
    size_t from = 0;
    for (size_t nl; (nl = para.find('\n', from)) != std::string::npos; from = nl + 1) html += E(para.substr(from, nl - from)) + "<br>";
    html += E(para.substr(from));
    out += "<p>" + html + "</p>\n";
    if (end == std::string::npos) break;
    start = end + 2;
  }
  return out;
}

// Percent-encodes everything but unreserved characters (RFC 3986), for mailto: query values.
std::string PercentEncode(const std::string& s) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

// The data attributes the widget reads (docs/widget.md lists them). No nation and no Code: the widget counts
// England's bank holidays (the Code is for landlords in England) and picks the Code by the date received.
std::string MountAttributes(const SiteConfig& site, const Words& w) {
  std::string closures;
  for (const auto& c : site.closures) closures += (closures.empty() ? "" : " ") + c.date.Iso();
  std::string out = " data-landlord=\"" + E(site.landlord_name) + "\"";
  if (!closures.empty()) out += " data-closures=\"" + closures + "\"";
  // English is baked into widget.js; another language sends the widget its words (the no-JS "pages" left out).
  if (w.t.language() != "en" && w.t.Tree().contains("widget")) {
    nlohmann::json words = w.t.Tree()["widget"];
    words.erase("pages");
    if (!w.engine.empty()) words["engine"] = EngineWordsJson(w.engine);  // the walkthrough's and next steps' words, for the engine
    out += " data-language=\"" + E(w.t.language()) + "\" data-i18n=\"" + E(words.dump()) + "\"";
  }
  return out;
}

std::string WalkthroughAttributes(const SiteConfig& site, const Words& w) {
  nlohmann::ordered_json channels = nlohmann::ordered_json::array();
  for (const auto& c : site.channels) {
    nlohmann::ordered_json j = {{"label", c.label.empty() ? c.kind : c.label}, {"value", c.value}};
    if (!c.url.empty() && IsSafeUrl(c.url)) j["url"] = c.url;
    if (!c.details.empty()) j["details"] = c.details;
    channels.push_back(j);
  }
  const OmbudsmanInfo& o = site.ombudsman;
  nlohmann::ordered_json ombudsman = {{"name", o.name}, {"phone", o.phone}, {"post", o.post}, {"website", o.website},
                                      {"online_form", o.online_form}, {"email_note", o.email_note}};
  std::string out = MountAttributes(site, w);
  std::string email = ComplaintsEmail(site);
  if (!email.empty()) out += " data-complaints-email=\"" + E(email) + "\"";
  out += " data-channels=\"" + E(channels.dump()) + "\"";
  out += " data-ombudsman=\"" + E(ombudsman.dump()) + "\"";
  if (!site.service_requests.empty()) out += " data-service-requests=\"" + E(site.service_requests) + "\"";
  return out;
}

// ---- /deadlines/ ------------------------------------------------------------------------------------

// The wording of a rule by what it counts from: received, acknowledged, response due.
struct RuleKeys {
  const char* received;
  const char* acknowledge;
  const char* response;
};
const RuleKeys kLongRule{"widget.pages.rule_received", "widget.pages.rule_acknowledge", "widget.pages.rule_response"};
const RuleKeys kShortRule{"widget.pages.dates_received", "widget.pages.dates_acknowledge", "widget.pages.dates_response"};

// One rule in words, e.g. "Respond: within 10 working days of acknowledging it (... provision 5.6)".
std::string RuleHtml(const MilestoneRule& rule, const RuleKeys& keys, const Words& w) {
  const char* key = rule.counted_from == "received" ? keys.received : rule.counted_from == "acknowledge" ? keys.acknowledge : keys.response;
  return w.Html(key, {{"summary", E(rule.summary)}, {"days", std::to_string(rule.working_days)}, {"provision", E(rule.provision)}});
}

// An extension rule: what the landlord must do when it extends, and the most it may add without a good reason.
std::string ExtensionHtml(const MilestoneRule& rule, const char* key, const Words& w) {
  return w.Html(key, {{"summary", E(rule.summary)}, {"days", std::to_string(rule.working_days)}, {"provision", E(rule.provision)}});
}

std::string RulesHtml(const CodeTimescales& code, const std::string& landlord, const Words& w) {
  std::string out;
  for (const auto& [stage, rules] : code.stages) {
    out += "<h3>" + w.Html(stage == 1 ? "widget.pages.stage_1_heading" : "widget.pages.stage_2_heading", {{"landlord", E(landlord)}}) + "</h3>\n";
    out += "<ul class=\"cs-list\">\n";
    for (const auto& rule : rules) {
      std::string text = rule.extension ? ExtensionHtml(rule, "widget.pages.rule_extension", w) : RuleHtml(rule, kLongRule, w);
      if (!rule.note.empty()) text = w.Html("widget.pages.rule_note", {{"rule", text}, {"note", E(rule.note)}});
      out += "<li>" + text + "</li>\n";
    }
    out += "</ul>\n";
  }
  out += "<p>" + w.Html("widget.pages.more_time", {{"landlord", E(landlord)}}) + "</p>\n";
  return out;
}

// The landlord's closures on working days: shown, never moving a date. `landlord_html` is already escaped.
std::string ClosuresHtml(const std::vector<Closure>& closures, const std::string& landlord_html, const Words& w) {
  if (closures.empty()) return {};
  std::string out = "<p>" + w.Html("widget.pages.closures_intro", {{"landlord", landlord_html}}) + "</p>\n<ul class=\"cs-list\">\n";
  for (const auto& c : closures)
    out += "<li data-closure=\"" + c.date.Iso() + "\">" +
           w.Html("widget.pages.closure_day", {{"title", E(c.title)}, {"date", w.Time(c.date)}}) + "</li>\n";
  return out + "</ul>\n";
}

std::string MilestonesHtml(const DeadlineResult& r, const std::string& landlord_html, const Words& w) {
  std::string out = "<ul class=\"cs-list\">\n";
  for (const auto& m : r.milestones)
    out += "<li data-milestone=\"" + E(m.id) + "\">" +
           w.Html(m.id == "extended_response" ? "widget.pages.milestone_extension" : "widget.pages.milestone",
                  {{"summary", E(m.summary)}, {"date", w.Time(m.due)}, {"days", std::to_string(m.working_days)},
                   {"provision", E(m.provision)}}) +
           "</li>\n";
  out += "</ul>\n";
  if (!r.holidays_in_range.empty()) {
    // A list, not one long sentence: easier to read, and a screen reader says how many days there are.
    out += "<p>" + w.Html("widget.pages.not_counted") + "</p>\n<ul class=\"cs-list\">\n";
    for (const auto& day : r.holidays_in_range)
      out += "<li>" + w.Html("widget.pages.not_counted_day", {{"title", E(day.title)}, {"date", w.Time(day.date)}}) + "</li>\n";
    out += "</ul>\n";
  }
  return out + ClosuresHtml(r.closures_in_range, landlord_html, w);
}

// The bank holidays of `year` that residents' dates leave out (England's: the Code is for landlords in England).
std::string HolidayTable(int year, const Words& w) {
  WorkingCalendar cal(BankHolidays::Default(), DivisionIndex(Timescales::Default().BankHolidayDivision()));
  std::string out = "<table class=\"cs-table\">\n<caption>" + std::to_string(year) + "</caption>\n<thead><tr><th scope=\"col\">" +
                    w.Html("widget.pages.holidays_date") + "</th><th scope=\"col\">" + w.Html("widget.pages.holidays_why") +
                    "</th></tr></thead>\n<tbody>\n";
  Date from{year, 1, 1}, to{year, 12, 31};
  if (!BankHolidays::Default().Covers(from)) return {};
  for (const auto& d : cal.NonWorkingDaysBetween(from, to)) {
    std::string why = d.title.empty() ? w.Html("widget.pages.bank_holiday") : E(d.title);
    out += "<tr><td>" + w.Time(d.date) + "</td><td>" + why + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

GeneratedPage DeadlinesPage(const SiteConfig& site, Date today, const Words& w) {
  const Timescales& ts = Timescales::Default();
  const CodeTimescales* code = ts.Find(site.code);
  if (!code) code = ts.Find("2024");
  GeneratedPage page;
  page.path = "deadlines/index.html";
  std::string landlord = E(site.landlord_name);
  page.title = w.Text("widget.pages.deadlines_title");
  page.description = w.Text("widget.pages.deadlines_description", {{"landlord", site.landlord_name}});
  page.uses_widget = true;
  page.has_h1 = false;
  std::string& b = page.body_html;
  b += "<p class=\"cs-lead\">" + w.Html("widget.pages.deadlines_lead", {{"landlord", landlord}}) + "</p>\n";
  b += "<div data-complaints-widget=\"deadlines\"" + MountAttributes(site, w) + ">\n";
  b += "<p>" + w.Html("widget.pages.deadlines_no_js") + "</p>\n</div>\n";
  b += "<p class=\"cs-privacy\">" + w.Html("widget.pages.privacy") + "</p>\n";
  b += "<h2 id=\"rules\">" + w.Html("widget.pages.rules_heading") + "</h2>\n";
  const std::string nation = E(w.NationName(Timescales::Default().BankHolidayDivision()));
  b += "<p>" + w.Html("widget.pages.working_days", {{"nation", nation}, {"landlord", landlord}}) + "</p>\n";
  b += RulesHtml(*code, site.landlord_name, w);
  // A worked example the engine computes: a complaint arriving just before the year-end holidays. The site's
  // closures are listed beside the dates; they never move one.
  DeadlineRequest req;
  req.code = code->id;
  req.nation = Timescales::Default().BankHolidayDivision();
  req.received = Date{today.year, 12, 18};
  req.closures = site.closures;
  Diagnostic error;
  if (auto r = ComputeDeadlines(req, &error)) {
    b += "<h2 id=\"example\">" + w.Html("widget.pages.example_heading") + "</h2>\n<p>" +
         w.Html("widget.pages.example_intro", {{"date", w.Time(r->received)}}) + "</p>\n";
    b += MilestonesHtml(*r, landlord, w);
  }
  b += "<h2 id=\"holidays\">" +
       w.Html("widget.pages.holidays_heading",
              {{"year", std::to_string(today.year)}, {"next_year", std::to_string(today.year + 1)}}) +
       "</h2>\n";
  b += "<p>" + w.Html("widget.pages.holidays_intro", {{"nation", nation}}) + "</p>\n";
  b += HolidayTable(today.year, w) + HolidayTable(today.year + 1, w);
  WorkingCalendar cal(BankHolidays::Default(), DivisionIndex(Timescales::Default().BankHolidayDivision()));
  auto closures = cal.ClosuresOnWorkingDays(site.closures, Date{today.year, 1, 1}, Date{today.year + 1, 12, 31});
  if (!closures.empty())
    b += "<h2 id=\"closures\">" + w.Html("widget.pages.closures_heading", {{"landlord", landlord}}) + "</h2>\n" +
         ClosuresHtml(closures, landlord, w);
  return page;
}

// ---- /make-a-complaint/ ---------------------------------------------------------------------------------

std::string NodeHref(const std::string& id, bool from_index) { return (from_index ? "" : "../") + id + "/"; }

std::string ScreenHtml(const WalkthroughNode& n, const Walkthrough& flow, const SiteConfig& site,
                       const WalkthroughContext& ctx, bool from_index, int heading_level, const Words& w) {
  auto fill = [&](const std::string& s) { return FillWalkthroughText(s, ctx, nullptr, flow); };
  std::string h = std::to_string(heading_level);
  std::string out;
  if (from_index) out += "<h" + h + ">" + E(fill(n.title)) + "</h" + h + ">\n";
  for (const auto& p : n.body) out += "<p>" + E(fill(p)) + "</p>\n";
  if (!n.hint.empty() && n.type != "text") out += "<p class=\"cs-hint\">" + E(fill(n.hint)) + "</p>\n";
  auto next_link = [&](const std::string& id) {
    return "<p><a class=\"cs-button\" href=\"" + NodeHref(id, from_index) + "\">" + w.Html("widget.common.continue") + "</a></p>\n";
  };
  std::string calculator = "<a href=\"" + std::string(from_index ? "../" : "../../") + "deadlines/\">" +
                           w.Html("widget.pages.calculator_link") + "</a>";
  std::string landlord = E(site.landlord_name);
  if (n.type == "choice") {
    out += "<ul class=\"cs-choice-links\">\n";
    for (const auto& c : n.choices) {
      std::string hint = c.hint;
      if (hint.find("{window_start}") != std::string::npos) hint.clear();  // depends on today: JavaScript only
      out += "<li><a href=\"" + NodeHref(c.next, from_index) + "\">" + E(fill(c.label)) + "</a>";
      if (!hint.empty()) out += "<br><span class=\"cs-hint\">" + E(fill(hint)) + "</span>";
      out += "</li>\n";
    }
    out += "</ul>\n";
  } else if (n.type == "text") {
    out += "<p>" + w.Html("widget.pages.text_note") + "</p>\n";
    if (!n.hint.empty()) out += "<p class=\"cs-hint\">" + E(fill(n.hint)) + "</p>\n";
    out += next_link(n.next);
  } else if (n.type == "date") {
    out += "<p>" + w.Html("widget.pages.date_note", {{"field", E(n.field_name)}, {"calculator", calculator}}) + "</p>\n";
    for (const auto& b : n.next_if) {
      const WalkthroughNode* target = flow.Find(b.next);
      if (target) out += "<p><a href=\"" + NodeHref(b.next, from_index) + "\">" + E(fill(target->title)) + "</a></p>\n";
    }
    out += next_link(n.next);
  } else if (n.type == "info" || n.type == "check") {
    if (n.type == "check") out += "<p>" + w.Html("widget.pages.check_note") + "</p>\n";
    out += next_link(n.next);
  } else if (n.type == "outcome") {
    if (const LetterTemplate* letter = flow.Letter(n.letter)) {
      out += "<h2>" + w.Html("widget.pages.letter_heading") + "</h2>\n<p>" + w.Html("widget.pages.letter_intro") + "</p>\n";
      // Paragraphs rather than <pre>, so that the letter wraps on a 320px screen without any widget CSS.
      out += "<div class=\"cs-letter-template\">\n" + LetterHtml(LetterText(*letter, ctx, nullptr, flow)) + "</div>\n";
      std::string email = ComplaintsEmail(site);
      if (!email.empty())
        out += "<p>" +
               w.Html("widget.pages.letter_email",
                      {{"email", "<a href=\"mailto:" + E(email) + "?subject=" + E(PercentEncode(letter->subject)) + "\">" +
                                     E(email) + "</a>"}}) +
               "</p>\n";
    }
    if (n.deadline_stage) {
      const CodeTimescales* code = Timescales::Default().Find(site.code);
      if (!code) code = Timescales::Default().Find("2024");
      out += "<h2>" + w.Html("widget.pages.dates_heading", {{"landlord", landlord}}) + "</h2>\n<ul class=\"cs-list\">\n";
      for (const auto& rule : code->stages.at(n.deadline_stage == 2 && code->stages.count(2) ? 2 : 1))
        out += "<li>" + (rule.extension ? ExtensionHtml(rule, "widget.pages.dates_extension", w) : RuleHtml(rule, kShortRule, w)) +
               "</li>\n";
      out += "</ul>\n<p>" + w.Html("widget.pages.dates_calculator", {{"calculator", calculator}}) + "</p>\n";
    }
    for (const auto& block : n.show) {
      if (block == "channels" && !site.channels.empty())
        out += "<h2>" + w.Html("widget.common.contact_heading", {{"landlord", landlord}}) + "</h2>\n" + ChannelsHtml(site);
      if (block == "ombudsman")
        out += "<h2>" + w.Html("widget.common.ombudsman_heading", {{"name", E(site.ombudsman.name)}}) + "</h2>\n" +
               OmbudsmanHtml(site.ombudsman, w);
      if (block == "service_requests" && !site.service_requests.empty())
        out += "<h2>" + w.Html("widget.common.service_requests_heading") + "</h2>\n" + Paragraphs(site.service_requests);
    }
  }
  if (n.type == "choice" && !n.show.empty())
    for (const auto& block : n.show)
      if (block == "service_requests" && !site.service_requests.empty())
        out += "<h2>" + w.Html("widget.common.service_requests_heading") + "</h2>\n" + Paragraphs(site.service_requests);
  out += "<p class=\"cs-provision\">" + w.Html("widget.common.provision", {{"id", E(n.provision)}}) + "</p>\n";
  return out;
}

std::vector<GeneratedPage> WalkthroughPages(const SiteConfig& site, const Words& w) {
  const Walkthrough flow = w.engine.empty() ? Walkthrough::Default() : Walkthrough::Translated(w.engine);
  WalkthroughContext ctx;
  ctx.landlord = site.landlord_name;
  ctx.nation = Timescales::Default().BankHolidayDivision();
  ctx.code = site.code == "2022" ? "2022" : "2024";
  std::vector<GeneratedPage> pages;
  GeneratedPage index;
  index.path = "make-a-complaint/index.html";
  index.title = w.Text("widget.pages.walkthrough_title");
  index.description = w.Text("widget.pages.walkthrough_description", {{"landlord", site.landlord_name}});
  index.uses_widget = true;
  index.has_h1 = false;
  const WalkthroughNode* start = flow.Find(flow.Start());
  index.body_html = "<p class=\"cs-lead\">" + w.Html("widget.pages.walkthrough_lead", {{"landlord", E(site.landlord_name)}}) + "</p>\n";
  index.body_html += "<div data-complaints-widget=\"walkthrough\"" + WalkthroughAttributes(site, w) + ">\n";
  if (start) index.body_html += ScreenHtml(*start, flow, site, ctx, true, 2, w);
  index.body_html += "</div>\n<p class=\"cs-privacy\">" + w.Html("widget.pages.privacy") + "</p>\n";
  pages.push_back(index);
  for (const auto& n : flow.Nodes()) {
    GeneratedPage p;
    p.path = "make-a-complaint/" + n.id + "/index.html";
    p.title = FillWalkthroughText(n.title, ctx, nullptr, flow);
    p.description = w.Text("widget.pages.screen_description", {{"landlord", site.landlord_name}, {"title", p.title}});
    p.has_h1 = false;
    p.breadcrumbs = {index.title};
    p.body_html = "<p><a class=\"cs-back-link\" href=\"../\">" + w.Html("widget.common.start_again") + "</a></p>\n" +
                  ScreenHtml(n, flow, site, ctx, false, 1, w);
    pages.push_back(p);
  }
  return pages;
}

}  // namespace

std::vector<GeneratedPage> WidgetPages(const SiteConfig& site, Date today, const Translations& words) {
  Words w{words};
  MessageOverlay overlay(&w.engine);  // next-step sentences in the site's language where it has them
  std::vector<GeneratedPage> pages;
  pages.push_back(DeadlinesPage(site, today, w));
  for (auto& p : WalkthroughPages(site, w)) pages.push_back(std::move(p));
  return pages;
}

}  // namespace cs
