// Builds /deadlines/ and /make-a-complaint/ (with every walkthrough screen pre-rendered for use without JavaScript):
// the data of their templates (templates/page-deadlines.mustache, page-walkthrough*.mustache and partials).
#include "widget_pages.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "bank_holidays.h"
#include "cms_html.h"
#include "date_format.h"
#include "deadline_months.h"
#include "deadlines.h"
#include "html.h"
#include "html_to_markdown.h"
#include "markdown.h"
#include "messages.h"
#include "pages.h"
#include "text.h"
#include "timescales.h"
#include "walkthrough.h"
#include "working_days.h"

namespace cs {

namespace {

using Values = std::map<std::string, std::string>;
using Json = nlohmann::json;

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
Json EngineWordsJson(const EngineWords& words) {
  Json out = Json::object();
  for (const auto& [key, text] : words) {
    std::string pointer = "/" + key;
    std::replace(pointer.begin(), pointer.end(), '.', '/');
    out[Json::json_pointer(pointer)] = text;
  }
  return out;
}

// The site's words (templates/i18n, keys "widget" and "engine"), the language dates are written in, and the
// templates that hold the markup (templates/page-deadlines.mustache, page-walkthrough*.mustache and their partials).
struct Words {
  const SiteContext& ctx;
  const Translations& t = ctx.templates->Words();
  EngineWords engine = TranslatedEngineWords(t);  ///< a translation's engine words (empty for English)
  /// Plain text (the templates escape it): every "{name}" filled in.
  std::string Text(std::string_view key, const Values& values = {}) const { return t.Format(key, values); }
  /// HTML for a sentence holding markup: the string escaped, then every "{name}" replaced by its value, which is
  /// already HTML (a date or a link from InlineHtml, or an escaped value).
  std::string Html(std::string_view key, const Values& html_values) const { return t.Html(key, html_values); }
  /// A date as HTML (templates/inline-date.mustache), written in the site's language.
  std::string Time(Date d) const {
    return InlineHtml(ctx, "inline-date", {{"iso", d.Iso()}, {"text", FormatLongDate(d, t.language())}});
  }
  std::string Link(const std::string& href, const std::string& text) const {
    return InlineHtml(ctx, "inline-link", {{"href", href}, {"text", text}});
  }
  std::string NationName(const std::string& division) const { return cs::NationName(t, division); }
  std::string Render(const std::string& name, const Json& data) const {
    return ctx.templates->Render(name, data, ctx.diagnostics);
  }
};

std::string E(std::string_view s) { return EscapeHtml(s); }

std::string ComplaintsEmail(const SiteConfig& site) {
  for (const auto& c : site.channels)
    if (c.kind == "email") return c.value;
  return {};
}

// The landlord's channels as the walkthrough's outcome screens list them: the link only when it is safe.
Json ChannelItems(const SiteConfig& site) {
  Json items = Json::array();
  for (const auto& c : site.channels)
    items.push_back({{"label", c.label},
                     {"value", c.value},
                     {"href", !c.url.empty() && IsSafeUrl(c.url) ? c.url : ""},
                     {"details", c.details}});
  return items;
}

Json OmbudsmanData(const OmbudsmanInfo& o, const Words& w) {
  return {{"heading", w.Text("widget.common.ombudsman_heading", {{"name", o.name}})},
          {"online_form", IsSafeUrl(o.online_form) ? o.online_form : ""},
          {"phone", w.Text("widget.common.ombudsman_phone", {{"phone", o.phone}})},
          {"post", w.Text("widget.common.ombudsman_post", {{"post", o.post}})},
          {"email_note", o.email_note}};
}

// Letter text as paragraphs of lines (blank line = new paragraph, single newline = a line break within it).
Json LetterParagraphs(const std::string& text) {
  Json out = Json::array();
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find("\n\n", start);
    std::string para = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
    Json lines = Json::array();
    size_t from = 0;
    for (size_t nl; (nl = para.find('\n', from)) != std::string::npos; from = nl + 1)
      lines.push_back({{"text", para.substr(from, nl - from)}, {"br", true}});
    lines.push_back({{"text", para.substr(from)}, {"br", false}});
    out.push_back({{"lines", lines}});
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
Json MountData(const SiteConfig& site, const Words& w) {
  std::string closures;
  for (const auto& c : site.closures) closures += (closures.empty() ? "" : " ") + c.date.Iso();
  // The phone number the widget offers when it cannot load (the site's first "phone" channel).
  std::string phone;
  for (const auto& c : site.channels)
    if (c.kind == "phone" && phone.empty()) phone = c.value;
  Json mount = {{"landlord", site.landlord_name}, {"closures", closures}, {"phone", phone}, {"language", ""}, {"i18n", ""},
               {"notice", w.ctx.notice_dates}};  // the sentence the widget shows beside its dates (Code 8.5)
  // English is baked into widget.js; another language sends the widget its words (the no-JS "pages" left out).
  if (w.t.language() != "en" && w.t.Tree().contains("widget")) {
    Json words = w.t.Tree()["widget"];
    words.erase("pages");
    if (!w.engine.empty()) words["engine"] = EngineWordsJson(w.engine);  // the walkthrough's and next steps' words, for the engine
    mount["language"] = w.t.language();
    mount["i18n"] = words.dump();
  }
  return mount;
}

// The landlord's "how to report a repair" (site.json service_requests, Markdown) as HTML, rendered by the
// generator's Markdown (cmark-gfm, unsafe links removed). Its findings are reported once, by the hub page.
std::string ServiceRequestsHtml(const Words& w) {
  const SiteConfig& site = *w.ctx.config;
  if (site.service_requests.empty()) return {};
  std::vector<Diagnostic> reported_elsewhere;
  SiteContext quiet = w.ctx;
  quiet.diagnostics = &reported_elsewhere;
  return ServiceRequestsMarkdown(quiet).html;
}

// The same for code on other websites (embed-mount.mustache), whose widget shows it as text: paragraphs apart, each
// link as "its words (its full address)", no Markdown marks.
std::string ServiceRequestsText(const Words& w) {
  const std::string html = ServiceRequestsHtml(w);
  const std::string& base = w.ctx.config->base_url;
  const char kBreak = '\x01';  // where a paragraph or list item ended
  std::string marked;
  for (size_t at = 0; at < html.size();) {
    if (html.compare(at, 9, "<a href=\"") == 0) {
      size_t href_end = html.find('"', at + 9), open_end = html.find('>', at), close = html.find("</a>", at);
      if (href_end != std::string::npos && open_end != std::string::npos && close != std::string::npos && open_end < close) {
        const std::string href = html.substr(at + 9, href_end - at - 9);
        marked += html.substr(open_end + 1, close - open_end - 1) + " (" +
                  (IsFullAddress(base) ? AbsoluteUrl(href, base) : href) + ")";
        at = close + 4;
        continue;
      }
    }
    if (html.compare(at, 4, "</p>") == 0 || html.compare(at, 5, "</li>") == 0) marked += kBreak;
    marked += html[at++];
  }
  std::string out;
  for (size_t start = 0; start <= marked.size();) {
    size_t end = marked.find(kBreak, start);
    if (end == std::string::npos) end = marked.size();
    std::string text = Trim(HtmlToPlainText(std::string_view(marked).substr(start, end - start)));
    if (!text.empty()) out += (out.empty() ? "" : "\n\n") + text;
    start = end + 1;
  }
  return out;
}

Json WalkthroughMountData(const SiteConfig& site, const Words& w) {
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
  Json mount = MountData(site, w);
  mount["complaints_email"] = ComplaintsEmail(site);
  mount["channels"] = channels.dump();
  mount["ombudsman"] = ombudsman.dump();
  mount["service_requests"] = ServiceRequestsText(w);  // plain text, for code on other sites (embed-mount.mustache)
  mount["service_requests_html"] = ServiceRequestsHtml(w);  // this site's page: the Markdown as HTML, in a <template>
  // One URL per question: the widget puts each screen's no-JS page in the address bar (history.pushState), so a
  // reload lands on that page; a result without dates links to /deadlines/.
  mount["step_url"] = "{id}/";
  mount["deadlines_url"] = "../deadlines/";
  return mount;
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

Values RuleValues(const MilestoneRule& rule) {
  return {{"summary", rule.summary}, {"days", std::to_string(rule.working_days)}, {"provision", rule.provision}};
}

// One rule in words, e.g. "Respond: within 10 working days of acknowledging it (... provision 5.6)".
std::string RuleText(const MilestoneRule& rule, const RuleKeys& keys, const Words& w) {
  const char* key = rule.counted_from == "received" ? keys.received : rule.counted_from == "acknowledge" ? keys.acknowledge : keys.response;
  return w.Text(key, RuleValues(rule));
}

Json Stages(const CodeTimescales& code, const std::string& landlord, const Words& w) {
  Json stages = Json::array();
  for (const auto& [stage, rules] : code.stages) {
    Json texts = Json::array();
    for (const auto& rule : rules) {
      // An extension rule: what the landlord must do when it extends, and the most it may add without a good reason.
      std::string text = rule.extension ? w.Text("widget.pages.rule_extension", RuleValues(rule)) : RuleText(rule, kLongRule, w);
      if (!rule.note.empty()) text = w.Text("widget.pages.rule_note", {{"rule", text}, {"note", rule.note}});
      texts.push_back(text);
    }
    stages.push_back({{"heading", w.Text(stage == 1 ? "widget.pages.stage_1_heading" : "widget.pages.stage_2_heading",
                                         {{"landlord", landlord}})},
                      {"rules", texts}});
  }
  return stages;
}

// The landlord's closures on working days: shown, never moving a date (templates/widget-closures.mustache).
Json ClosuresData(const std::vector<Closure>& closures, const std::string& landlord, const Words& w) {
  if (closures.empty()) return false;
  Json days = Json::array();
  for (const auto& c : closures)
    days.push_back({{"iso", c.date.Iso()},
                    {"html", w.Html("widget.pages.closure_day", {{"title", E(c.title)}, {"date", w.Time(c.date)}})}});
  return {{"heading", w.Text("widget.pages.closures_heading", {{"landlord", landlord}})},
          {"intro", w.Text("widget.pages.closures_intro", {{"landlord", landlord}})},
          {"days", days}};
}

Json ExampleData(const DeadlineResult& r, const std::string& landlord, const Words& w) {
  Json milestones = Json::array();
  for (const auto& m : r.milestones)
    milestones.push_back({{"id", m.id},
                          {"html", w.Html(m.id == "extended_response" ? "widget.pages.milestone_extension" : "widget.pages.milestone",
                                          {{"summary", E(m.summary)}, {"date", w.Time(m.due)},
                                           {"days", std::to_string(m.working_days)}, {"provision", E(m.provision)}})}});
  // A list, not one long sentence: easier to read, and a screen reader says how many days there are.
  Json not_counted = Json::array();
  for (const auto& day : r.holidays_in_range)
    not_counted.push_back(w.Html("widget.pages.not_counted_day", {{"title", E(day.title)}, {"date", w.Time(day.date)}}));
  return {{"intro_html", w.Html("widget.pages.example_intro", {{"date", w.Time(r.received)}})},
          {"milestones", milestones},
          {"has_not_counted", !not_counted.empty()},
          {"not_counted", not_counted},
          {"closures", ClosuresData(r.closures_in_range, landlord, w)}};
}

// The bank holidays of `year` between `from` and `to` that residents' dates leave out (England's: the Code is for
// landlords in England); nothing when the built-in list does not cover that year.
Json HolidayTable(int year, Date from, Date to, const Words& w) {
  WorkingCalendar cal(BankHolidays::Default(), DivisionIndex(Timescales::Default().BankHolidayDivision()));
  from = std::max(from, Date{year, 1, 1});
  to = std::min(to, Date{year, 12, 31});
  if (!BankHolidays::Default().Covers(from)) return nullptr;
  Json days = Json::array();
  for (const auto& d : cal.NonWorkingDaysBetween(from, to)) days.push_back({{"date_html", w.Time(d.date)}, {"title", d.title}});
  return {{"year", std::to_string(year)}, {"days", days}};
}

GeneratedPage DeadlinesPage(const SiteConfig& site, Date today, const Words& w) {
  const Timescales& ts = Timescales::Default();
  const CodeTimescales* code = ts.Find(site.code);
  if (!code) code = ts.Find("2024");
  GeneratedPage page;
  page.path = "deadlines/index.html";
  const std::string& landlord = site.landlord_name;
  page.title = w.Text("widget.pages.deadlines_title");
  page.description = w.Text("widget.pages.deadlines_description", {{"landlord", landlord}});
  page.uses_widget = true;
  page.uses_calculator_only = true;  // no walkthrough here: the smaller widget-deadlines.js and .wasm
  page.has_h1 = false;
  const std::string nation = w.NationName(Timescales::Default().BankHolidayDivision());
  Json data = {{"lead", w.Text("widget.pages.deadlines_lead", {{"landlord", landlord}})},
               {"notice_dates", w.ctx.notice_dates},
               {"mount", MountData(site, w)},
               {"working_days", w.Text("widget.pages.working_days", {{"nation", nation}, {"landlord", landlord}})},
               {"stages", Stages(*code, landlord, w)},
               {"more_time", w.Text("widget.pages.more_time", {{"landlord", landlord}})},
               {"example", false},
               {"months", DeadlineMonthList(w.ctx, today, "../")},
               {"months_intro", w.Text("widget.pages.months_intro", {{"landlord", landlord}})},
               {"holidays_intro", w.Text("widget.pages.holidays_intro", {{"nation", nation}})},
               {"holiday_tables", Json::array()}};
  // A worked example the engine computes: a complaint arriving just before the year-end holidays. The site's
  // closures are listed beside the dates; they never move one.
  DeadlineRequest req;
  req.code = code->id;
  req.nation = Timescales::Default().BankHolidayDivision();
  req.received = Date{today.year, 12, 18};
  req.closures = site.closures;
  Diagnostic error;
  if (auto r = ComputeDeadlines(req, &error)) data["example"] = ExampleData(*r, landlord, w);
  // The holidays and closures over the span the month pages cover: from the first month's first day to the last
  // date any of them shows.
  const std::vector<Date> months = DeadlineMonths(today);
  const Date from = months.empty() ? Date{today.year, 1, 1} : months.front();
  const Date to = months.empty() ? Date{today.year + 1, 12, 31} : LastDeadlineShown(today);
  data["holidays_heading"] = w.Text("widget.pages.holidays_heading", {{"from", FormatDate(from, w.t.language())},
                                                                     {"to", FormatDate(to, w.t.language())}});
  for (int year = from.year; year <= to.year; ++year)
    if (Json table = HolidayTable(year, from, to, w); !table.is_null()) data["holiday_tables"].push_back(table);
  WorkingCalendar cal(BankHolidays::Default(), DivisionIndex(Timescales::Default().BankHolidayDivision()));
  data["closures_section"] = ClosuresData(cal.ClosuresOnWorkingDays(site.closures, from, to), landlord, w);
  page.body_html = w.Render("page-deadlines", data);
  return page;
}

// ---- /make-a-complaint/ ---------------------------------------------------------------------------------

std::string NodeHref(const std::string& id, bool from_index) { return (from_index ? "" : "../") + id + "/"; }

// Without JavaScript nothing typed can be kept, so the links pass over the screens that ask for text and over
// "Check your answers": the shortest route to the letter template, whose blanks stand for those answers.
std::string NoJsTarget(const Walkthrough& flow, std::string id) {
  for (int step = 0; step < 100; ++step) {
    const WalkthroughNode* n = flow.Find(id);
    if (!n || (n->type != "text" && n->type != "check") || n->next.empty()) break;
    id = n->next;
  }
  return id;
}

// One block an outcome (or a choice) shows below its text: the landlord's channels, the Ombudsman, how to report
// a repair. Every kind is named in each block so that none is looked up in the screen around it.
Json Block(const std::string& kind, Json value) {
  Json block = {{"channels", false}, {"ombudsman", false}, {"service_requests", false}};
  block[kind] = std::move(value);
  return block;
}

// An outcome's next steps (WalkthroughNextSteps) as links: to the parts of the page below (the dates: the Code's
// timescales and the month tables), and to the stage 2 route without starting again. The words are the widget's
// (widget.walkthrough.next_*), shared with the JavaScript view.
Json NextSteps(const WalkthroughNode& n, const Walkthrough& flow, bool from_index, const Words& w) {
  Json items = Json::array();
  static const std::map<std::string, const char*> kWords = {
      {"letter", "widget.walkthrough.next_letter"},     {"dates", "widget.walkthrough.next_dates"},
      {"escalate", "widget.walkthrough.next_escalate"}, {"report", "widget.walkthrough.next_report"},
      {"contacts", "widget.walkthrough.next_contacts"}, {"ombudsman", "widget.walkthrough.next_ombudsman"}};
  for (const auto& kind : WalkthroughNextSteps(n)) {
    auto word = kWords.find(kind);
    const SiteConfig& site = *w.ctx.config;
    if (word == kWords.end() || (kind == "report" && site.service_requests.empty()) || (kind == "contacts" && site.channels.empty()))
      continue;
    std::string href = "#cs-" + kind;
    if (kind == "escalate") href = NodeHref(NoJsTarget(flow, n.escalate), from_index);
    items.push_back({{"href", href}, {"kind", kind},
                     {"text", w.Text(word->second, {{"landlord", w.ctx.config->landlord_name}})}});
  }
  if (items.empty()) return false;
  return {{"heading", w.Text("widget.walkthrough.next_heading")}, {"items", items}};
}

// The data of templates/walkthrough-screen.mustache for screen `n`. Every key is set (false when it does not
// apply), so that the template never finds a key of the page around the screen instead.
// `months` is the list of month pages (templates/deadline-months.mustache) as linked from this screen.
Json ScreenData(const WalkthroughNode& n, const Walkthrough& flow, const SiteConfig& site, const WalkthroughContext& ctx,
                bool from_index, const Json& months, const Words& w) {
  auto fill = [&](const std::string& s) { return FillWalkthroughText(s, ctx, nullptr, flow); };
  Json body = Json::array();
  for (const auto& p : n.body) body.push_back(fill(p));
  Json screen = {{"heading", from_index ? fill(n.title) : ""},
                 {"body", body},
                 {"hint", !n.hint.empty() && n.type != "text" ? fill(n.hint) : ""},
                 {"choices", false},
                 {"text", false},
                 {"date", false},
                 {"outcome", n.type == "outcome"},
                 {"next_href", ""},
                 {"letter", false},
                 {"dates", false},
                 {"blocks", Json::array()},
                 {"next_steps", false},
                 {"provision", w.Text("widget.common.provision", {{"id", n.provision}})}};
  const std::string calculator = w.Link(std::string(from_index ? "../" : "../../") + "deadlines/", w.Text("widget.pages.calculator_link"));
  const std::string& landlord = site.landlord_name;
  auto href = [&](const std::string& id) { return NodeHref(NoJsTarget(flow, id), from_index); };
  if (n.type == "text" || n.type == "date" || n.type == "info" || n.type == "check") screen["next_href"] = href(n.next);
  if (n.type == "choice") {
    Json items = Json::array();
    for (const auto& c : n.choices) {
      std::string hint = c.hint;
      if (hint.find("{window_start}") != std::string::npos) hint.clear();  // depends on today: JavaScript only
      items.push_back({{"href", href(c.next)}, {"label", fill(c.label)}, {"hint", hint.empty() ? "" : fill(hint)}});
    }
    screen["choices"] = {{"items", items}};
  } else if (n.type == "text") {
    screen["text"] = {{"hint", n.hint.empty() ? "" : fill(n.hint)}};
  } else if (n.type == "date") {
    Json links = Json::array();
    for (const auto& b : n.next_if)
      if (const WalkthroughNode* target = flow.Find(b.next))
        links.push_back({{"href", href(b.next)}, {"title", fill(target->title)}});
    screen["date"] = {{"note_html", w.Html("widget.pages.date_note", {{"field", E(n.field_name)}, {"calculator", calculator}})},
                      {"months", months},
                      {"links", links}};
  } else if (n.type == "outcome") {
    if (const LetterTemplate* letter = flow.Letter(n.letter)) {
      // Paragraphs rather than <pre>, so that the letter wraps on a 320px screen without any widget CSS.
      std::string email = ComplaintsEmail(site);
      screen["letter"] = {
          {"paragraphs", LetterParagraphs(LetterText(*letter, ctx, nullptr, flow))},
          {"email_html", email.empty() ? ""
                                       : w.Html("widget.pages.letter_email",
                                                {{"email", w.Link("mailto:" + email + "?subject=" + PercentEncode(letter->subject), email)}})}};
    }
    if (n.deadline_stage) {
      const CodeTimescales* code = Timescales::Default().Find(site.code);
      if (!code) code = Timescales::Default().Find("2024");
      Json rules = Json::array();
      for (const auto& rule : code->stages.at(n.deadline_stage == 2 && code->stages.count(2) ? 2 : 1))
        rules.push_back(rule.extension ? w.Text("widget.pages.dates_extension", RuleValues(rule)) : RuleText(rule, kShortRule, w));
      screen["dates"] = {{"heading", w.Text("widget.pages.dates_heading", {{"landlord", landlord}})},
                         {"rules", rules},
                         {"calculator_html", w.Html("widget.pages.dates_calculator", {{"calculator", calculator}})},
                         {"notice", w.ctx.notice_dates},
                         {"months", months}};
    }
    for (const auto& block : n.show) {
      if (block == "channels" && !site.channels.empty())
        screen["blocks"].push_back(Block("channels", {{"heading", w.Text("widget.common.contact_heading", {{"landlord", landlord}})},
                                                      {"items", ChannelItems(site)}}));
      if (block == "ombudsman") screen["blocks"].push_back(Block("ombudsman", OmbudsmanData(site.ombudsman, w)));
      if (block == "service_requests" && !site.service_requests.empty())
        screen["blocks"].push_back(Block("service_requests", {{"html", ServiceRequestsHtml(w)}}));
    }
    screen["next_steps"] = NextSteps(n, flow, from_index, w);
  }
  if (n.type == "choice")
    for (const auto& block : n.show)
      if (block == "service_requests" && !site.service_requests.empty())
        screen["blocks"].push_back(Block("service_requests", {{"html", ServiceRequestsHtml(w)}}));
  return screen;
}

std::vector<GeneratedPage> WalkthroughPages(const SiteConfig& site, Date today, const Words& w) {
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
  index.body_html = w.Render("page-walkthrough", {{"lead", w.Text("widget.pages.walkthrough_lead", {{"landlord", site.landlord_name}})},
                                                  {"mount", WalkthroughMountData(site, w)},
                                                  {"screen", start ? ScreenData(*start, flow, site, ctx, true, DeadlineMonthList(w.ctx, today, "../"), w)
                                                                          : Json(false)}});
  pages.push_back(index);
  const Json months = DeadlineMonthList(w.ctx, today, "../../");
  for (const auto& n : flow.Nodes()) {
    GeneratedPage p;
    p.path = "make-a-complaint/" + n.id + "/index.html";
    // "Check your answers" reached without JavaScript (a reload: nothing is kept) has no answers to check: its page
    // is the letter template it leads to.
    const WalkthroughNode& shown = n.type == "check" && flow.Find(NoJsTarget(flow, n.id)) ? *flow.Find(NoJsTarget(flow, n.id)) : n;
    p.title = FillWalkthroughText(shown.title, ctx, nullptr, flow);
    p.description = w.Text("widget.pages.screen_description", {{"landlord", site.landlord_name}, {"title", p.title}});
    p.has_h1 = false;
    p.searchable = false;  // a step of the walkthrough: found through /make-a-complaint/
    p.uses_widget_css = true;  // styled like the JavaScript walkthrough
    p.breadcrumbs = {index.title};
    p.body_html = w.Render("page-walkthrough-screen", {{"screen", ScreenData(shown, flow, site, ctx, false, months, w)}});
    pages.push_back(p);
  }
  return pages;
}

}  // namespace

nlohmann::json WidgetMountData(const SiteContext& ctx, bool walkthrough) {
  Words w{ctx};
  return walkthrough ? WalkthroughMountData(*ctx.config, w) : MountData(*ctx.config, w);
}

std::vector<GeneratedPage> WidgetPages(const SiteContext& ctx, Date today) {
  Words w{ctx};
  MessageOverlay overlay(&w.engine);  // next-step sentences in the site's language where it has them
  std::vector<GeneratedPage> pages;
  pages.push_back(DeadlinesPage(*ctx.config, today, w));
  for (auto& p : WalkthroughPages(*ctx.config, today, w)) pages.push_back(std::move(p));
  return pages;
}

}  // namespace cs
