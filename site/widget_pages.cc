// Builds /deadlines/ and /make-a-complaint/ (with every walkthrough screen pre-rendered for use without JavaScript).
#include "widget_pages.h"

#include <nlohmann/json.hpp>

#include "bank_holidays.h"
#include "deadlines.h"
#include "html.h"
#include "timescales.h"
#include "walkthrough.h"
#include "working_days.h"

namespace cs {

namespace {

const char* const kPrivacy =
    "Nothing you type into this page is stored or sent anywhere: no cookies, no storage, and no network requests "
    "except loading the page and the widget’s own files. It is gone when you close the page.";

std::string E(std::string_view s) { return EscapeHtml(s); }

std::string Time(Date d) { return "<time datetime=\"" + d.Iso() + "\">" + E(d.Long()) + "</time>"; }

std::string NationName(const std::string& division) {
  if (division == "scotland") return "Scotland";
  if (division == "northern-ireland") return "Northern Ireland";
  return "England and Wales";
}

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

std::string OmbudsmanHtml(const OmbudsmanInfo& o) {
  std::string out = "<ul class=\"cs-list\">\n";
  if (IsSafeUrl(o.online_form)) out += "<li><a href=\"" + E(o.online_form) + "\">Complain to the Ombudsman online</a></li>\n";
  out += "<li>Phone " + E(o.phone) + "</li>\n<li>Post: " + E(o.post) + "</li>\n";
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

// The data attributes the widget reads (docs/widget.md lists them).
std::string MountAttributes(const SiteConfig& site) {
  std::string closures;
  for (const auto& c : site.closures) closures += (closures.empty() ? "" : " ") + c.date.Iso();
  std::string out = " data-landlord=\"" + E(site.landlord_name) + "\" data-nation=\"" + E(site.nation) + "\" data-code=\"" +
                    E(site.code) + "\"";
  if (!closures.empty()) out += " data-closures=\"" + closures + "\"";
  return out;
}

std::string WalkthroughAttributes(const SiteConfig& site) {
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
  std::string out = MountAttributes(site);
  std::string email = ComplaintsEmail(site);
  if (!email.empty()) out += " data-complaints-email=\"" + E(email) + "\"";
  out += " data-channels=\"" + E(channels.dump()) + "\"";
  out += " data-ombudsman=\"" + E(ombudsman.dump()) + "\"";
  if (!site.service_requests.empty()) out += " data-service-requests=\"" + E(site.service_requests) + "\"";
  return out;
}

// ---- /deadlines/ ------------------------------------------------------------------------------------

std::string CountedFrom(const MilestoneRule& rule) {
  if (rule.counted_from == "received") return "of receiving it";
  if (rule.counted_from == "acknowledge") return "of acknowledging it";
  return "after the response was due";
}

std::string RulesHtml(const CodeTimescales& code, const std::string& landlord) {
  std::string out;
  for (const auto& [stage, rules] : code.stages) {
    out += stage == 1 ? "<h3>Stage 1: your complaint</h3>\n" : "<h3>Stage 2: when you ask for your complaint to be escalated</h3>\n";
    out += "<ul class=\"cs-list\">\n";
    for (const auto& rule : rules) {
      out += "<li>" + E(rule.summary) + ": ";
      if (rule.extension) out += "no more than " + std::to_string(rule.working_days) + " further working days without a good reason";
      else out += "within " + std::to_string(rule.working_days) + " working days " + CountedFrom(rule);
      out += " (Complaint Handling Code provision " + E(rule.provision) + ")";
      if (!rule.note.empty()) out += ". " + E(rule.note);
      out += "</li>\n";
    }
    out += "</ul>\n";
  }
  out += "<p>If " + E(landlord) + " needs more time it must tell you why and give you a new date, along with the Housing "
         "Ombudsman’s details.</p>\n";
  return out;
}

std::string MilestonesHtml(const DeadlineResult& r) {
  std::string out = "<ul class=\"cs-list\">\n";
  for (const auto& m : r.milestones)
    out += "<li data-milestone=\"" + E(m.id) + "\">" + E(m.summary) + ": " + Time(m.due) + " (" +
           std::to_string(m.working_days) + " working days, provision " + E(m.provision) + ")</li>\n";
  out += "</ul>\n";
  if (!r.holidays_in_range.empty()) {
    out += "<p>Not counted as working days: ";
    for (size_t i = 0; i < r.holidays_in_range.size(); ++i)
      out += (i ? "; " : "") + E(r.holidays_in_range[i].title) + " (" + Time(r.holidays_in_range[i].date) + ")";
    out += ".</p>\n";
  }
  return out;
}

std::string HolidayTable(const SiteConfig& site, int year) {
  int division = DivisionIndex(site.nation);
  if (division < 0) division = 0;
  WorkingCalendar cal(BankHolidays::Default(), division, site.closures);
  std::string out = "<table class=\"cs-table\">\n<caption>" + std::to_string(year) +
                    "</caption>\n<thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Not a working day because</th></tr></thead>\n<tbody>\n";
  Date from{year, 1, 1}, to{year, 12, 31};
  if (!BankHolidays::Default().Covers(from)) return {};
  for (const auto& d : cal.NonWorkingDaysBetween(from, to)) {
    std::string why = d.title.empty() ? (d.kind == "closure" ? "Office closed" : "Bank holiday") : d.title;
    if (d.kind == "closure") why += " (" + E(site.landlord_name) + " office closed)";
    out += "<tr><td>" + Time(d.date) + "</td><td>" + E(why) + "</td></tr>\n";
  }
  return out + "</tbody>\n</table>\n";
}

GeneratedPage DeadlinesPage(const SiteConfig& site, Date today) {
  const Timescales& ts = Timescales::Default();
  const CodeTimescales* code = ts.Find(site.code);
  if (!code) code = ts.Find("2024");
  GeneratedPage page;
  page.path = "deadlines/index.html";
  page.title = "Work out your complaint dates";
  page.description = "The dates " + site.landlord_name + " must meet to acknowledge and respond to your complaint.";
  page.uses_widget = true;
  page.has_h1 = false;
  std::string& b = page.body_html;
  b += "<p class=\"cs-lead\">Find the dates " + E(site.landlord_name) +
       " must meet to acknowledge and respond to your complaint, counted in working days.</p>\n";
  b += "<div data-complaints-widget=\"deadlines\"" + MountAttributes(site) + ">\n";
  b += "<p>The date calculator needs JavaScript. You can work out your dates with the rules and the list of bank "
       "holidays below.</p>\n</div>\n";
  b += "<p class=\"cs-privacy\">" + E(kPrivacy) + "</p>\n";
  b += "<h2 id=\"rules\">How the dates are worked out</h2>\n";
  b += "<p>Working days are Monday to Friday, leaving out bank holidays in " + E(NationName(site.nation)) +
       " and the days " + E(site.landlord_name) + "’s office is closed. The day " + E(site.landlord_name) +
       " receives your complaint does not count: the first working day after it is day 1.</p>\n";
  b += RulesHtml(*code, site.landlord_name);
  // A worked example the engine computes: a complaint arriving just before the year-end holidays.
  DeadlineRequest req;
  req.code = code->id;
  req.nation = DivisionIndex(site.nation) >= 0 ? site.nation : "england-and-wales";
  req.received = Date{today.year, 12, 18};
  req.closures = site.closures;
  InputError error;
  if (auto r = ComputeDeadlines(req, &error)) {
    b += "<h2 id=\"example\">A worked example</h2>\n<p>A complaint received on " + Time(r->received) + ":</p>\n";
    b += MilestonesHtml(*r);
  }
  b += "<h2 id=\"holidays\">Bank holidays and closures in " + std::to_string(today.year) + " and " +
       std::to_string(today.year + 1) + "</h2>\n";
  b += "<p>These days are not counted as working days (bank holidays in " + E(NationName(site.nation)) + ").</p>\n";
  b += HolidayTable(site, today.year) + HolidayTable(site, today.year + 1);
  return page;
}

// ---- /make-a-complaint/ ---------------------------------------------------------------------------------

std::string NodeHref(const std::string& id, bool from_index) { return (from_index ? "" : "../") + id + "/"; }

std::string ScreenHtml(const WalkthroughNode& n, const SiteConfig& site, const WalkthroughContext& ctx, bool from_index,
                       int heading_level) {
  const Walkthrough& flow = Walkthrough::Default();
  auto fill = [&](const std::string& s) { return FillWalkthroughText(s, ctx); };
  std::string h = std::to_string(heading_level);
  std::string out;
  if (from_index) out += "<h" + h + ">" + E(fill(n.title)) + "</h" + h + ">\n";
  for (const auto& p : n.body) out += "<p>" + E(fill(p)) + "</p>\n";
  if (!n.hint.empty() && n.type != "text") out += "<p class=\"cs-hint\">" + E(fill(n.hint)) + "</p>\n";
  auto next_link = [&](const std::string& id, const std::string& label) {
    return "<p><a class=\"cs-button\" href=\"" + NodeHref(id, from_index) + "\">" + E(label) + "</a></p>\n";
  };
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
    out += "<p>You will write this in your letter: the letter on the last page has a space for it.</p>\n";
    if (!n.hint.empty()) out += "<p class=\"cs-hint\">" + E(fill(n.hint)) + "</p>\n";
    out += next_link(n.next, "Continue");
  } else if (n.type == "date") {
    out += "<p>You will need " + E(n.field_name) + ". The next page explains the dates that follow from it; the "
           "<a href=\"" + std::string(from_index ? "../" : "../../") + "deadlines/\">date calculator</a> works them out.</p>\n";
    for (const auto& b : n.next_if) {
      const WalkthroughNode* target = flow.Find(b.next);
      if (target) out += "<p><a href=\"" + NodeHref(b.next, from_index) + "\">" + E(fill(target->title)) + "</a></p>\n";
    }
    out += next_link(n.next, "Continue");
  } else if (n.type == "info" || n.type == "check") {
    if (n.type == "check") out += "<p>Without JavaScript there are no answers to check: the next page has a letter with spaces for you to fill in.</p>\n";
    out += next_link(n.next, "Continue");
  } else if (n.type == "outcome") {
    if (const LetterTemplate* letter = flow.Letter(n.letter)) {
      out += "<h2>Your letter</h2>\n<p>Copy this letter into an email or onto paper and fill in the parts in [square "
             "brackets]. Leave out anything that does not apply to you.</p>\n";
      // Paragraphs rather than <pre>, so that the letter wraps on a 320px screen without any widget CSS.
      out += "<div class=\"cs-letter-template\">\n" + LetterHtml(LetterText(*letter, ctx, nullptr)) + "</div>\n";
      std::string email = ComplaintsEmail(site);
      if (!email.empty())
        out += "<p>Email it to <a href=\"mailto:" + E(email) + "?subject=" + E(PercentEncode(letter->subject)) + "\">" + E(email) +
               "</a>, or use any of the ways below.</p>\n";
    }
    if (n.deadline_stage) {
      const CodeTimescales* code = Timescales::Default().Find(site.code);
      if (!code) code = Timescales::Default().Find("2024");
      out += "<h2>The dates " + E(site.landlord_name) + " must meet</h2>\n<ul class=\"cs-list\">\n";
      for (const auto& rule : code->stages.at(n.deadline_stage == 2 && code->stages.count(2) ? 2 : 1))
        if (!rule.extension)
          out += "<li>" + E(rule.summary) + ": within " + std::to_string(rule.working_days) + " working days " +
                 CountedFrom(rule) + " (provision " + E(rule.provision) + ")</li>\n";
      out += "</ul>\n<p>The <a href=\"" + std::string(from_index ? "../" : "../../") +
             "deadlines/\">date calculator</a> works out the exact dates, with bank holidays.</p>\n";
    }
    for (const auto& block : n.show) {
      if (block == "channels" && !site.channels.empty())
        out += "<h2>How to contact " + E(site.landlord_name) + "</h2>\n" + ChannelsHtml(site);
      if (block == "ombudsman") out += "<h2>Contact the " + E(site.ombudsman.name) + "</h2>\n" + OmbudsmanHtml(site.ombudsman);
      if (block == "service_requests" && !site.service_requests.empty())
        out += "<h2>How to report a repair or other problem</h2>\n" + Paragraphs(site.service_requests);
    }
  }
  if (n.type == "choice" && !n.show.empty())
    for (const auto& block : n.show)
      if (block == "service_requests" && !site.service_requests.empty())
        out += "<h2>How to report a repair or other problem</h2>\n" + Paragraphs(site.service_requests);
  out += "<p class=\"cs-provision\">Complaint Handling Code provision " + E(n.provision) + "</p>\n";
  return out;
}

std::vector<GeneratedPage> WalkthroughPages(const SiteConfig& site) {
  const Walkthrough& flow = Walkthrough::Default();
  WalkthroughContext ctx;
  ctx.landlord = site.landlord_name;
  ctx.nation = site.nation;
  ctx.code = site.code == "2022" ? "2022" : "2024";
  std::vector<GeneratedPage> pages;
  GeneratedPage index;
  index.path = "make-a-complaint/index.html";
  index.title = "Make a complaint";
  index.description = "Make a complaint to " + site.landlord_name + ", or find out what to do next about one you have made.";
  index.uses_widget = true;
  index.has_h1 = false;
  const WalkthroughNode* start = flow.Find(flow.Start());
  index.body_html = "<p class=\"cs-lead\">Answer a few questions, one at a time. At the end you get a draft complaint or "
                    "request to send to " + E(site.landlord_name) + ", and the dates it must meet.</p>\n";
  index.body_html += "<div data-complaints-widget=\"walkthrough\"" + WalkthroughAttributes(site) + ">\n";
  if (start) index.body_html += ScreenHtml(*start, site, ctx, true, 2);
  index.body_html += "</div>\n<p class=\"cs-privacy\">" + E(kPrivacy) + "</p>\n";
  pages.push_back(index);
  for (const auto& n : flow.Nodes()) {
    GeneratedPage p;
    p.path = "make-a-complaint/" + n.id + "/index.html";
    p.title = FillWalkthroughText(n.title, ctx);
    p.description = "Make a complaint to " + site.landlord_name + ": " + p.title;
    p.has_h1 = false;
    p.breadcrumbs = {"Make a complaint"};
    p.body_html = "<p><a class=\"cs-back-link\" href=\"../\">Start again</a></p>\n" + ScreenHtml(n, site, ctx, false, 1);
    pages.push_back(p);
  }
  return pages;
}

}  // namespace

std::vector<GeneratedPage> WidgetPages(const SiteConfig& site, Date today) {
  std::vector<GeneratedPage> pages;
  pages.push_back(DeadlinesPage(site, today));
  for (auto& p : WalkthroughPages(site)) pages.push_back(std::move(p));
  return pages;
}

}  // namespace cs
