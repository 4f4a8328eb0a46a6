// Loading and rendering the Mustache templates (kainjow/mustache), with landlord overrides.
#include "templates.h"

#include <kainjow/mustache.hpp>

#include <algorithm>
#include <array>
#include <functional>
#include <mutex>
#include <thread>


namespace cs {

using MustacheData = kainjow::mustache::data;

namespace {

MustacheData ToData(const nlohmann::json& j) {
  switch (j.type()) {
    case nlohmann::json::value_t::object: {
      MustacheData d{MustacheData::type::object};
      for (const auto& [key, value] : j.items()) d.set(key, ToData(value));
      return d;
    }
    case nlohmann::json::value_t::array: {
      MustacheData d{MustacheData::type::list};
      for (const auto& value : j) d.push_back(ToData(value));
      return d;
    }
    case nlohmann::json::value_t::string: {
      const auto& s = j.get_ref<const std::string&>();
      if (s.empty()) return MustacheData{false};
      return MustacheData{s};
    }
    case nlohmann::json::value_t::boolean: return MustacheData{j.get<bool>()};
    case nlohmann::json::value_t::null:
    case nlohmann::json::value_t::discarded: return MustacheData{false};
    default: return MustacheData{j.dump()};
  }
}

// Template names are file names without ".mustache": letters, digits, '-' and '_'.
bool ValidName(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  });
}

// The top-level "<name>.mustache" files of `files`, as (name, text).
std::vector<std::pair<std::string, const std::string*>> MustacheFiles(const FileMap& files) {
  const std::string ext = ".mustache";
  std::vector<std::pair<std::string, const std::string*>> out;
  for (const auto& [path, text] : files)
    if (path.find('/') == std::string::npos && path.size() > ext.size() &&
        path.compare(path.size() - ext.size(), ext.size(), ext) == 0)
      out.emplace_back(path.substr(0, path.size() - ext.size()), &text);
  return out;
}

const std::string* Find(const FileMap& files, const std::string& path) {
  auto it = files.find(path);
  return it == files.end() ? nullptr : &it->second;
}

bool CheckParses(const std::string& name, const std::string& text, const std::string& origin,
                 std::vector<Diagnostic>* diagnostics) {
  kainjow::mustache::mustache tmpl{text};
  if (tmpl.is_valid()) return true;
  if (diagnostics)
    diagnostics->push_back({Severity::Error, "template.parse", origin, 0, 0,
                            "template \"" + name + "\" does not parse: " + tmpl.error_message(),
                            "check that every {{#section}} has its {{/section}}", ""});
  return false;
}

// A `{{> name}}` tag: where it starts, where it ends (one past its "}}") and the partial's name.
struct PartialTag {
  size_t begin, end;
  std::string name;
};

// The partial tags of `text`, in order.
std::vector<PartialTag> PartialTags(const std::string& text) {
  std::vector<PartialTag> tags;
  for (size_t open = text.find("{{>"); open != std::string::npos;) {
    size_t close = text.find("}}", open + 3);
    if (close == std::string::npos) break;
    std::string name = text.substr(open + 3, close - open - 3);
    name.erase(0, name.find_first_not_of(" \t"));
    name.erase(name.find_last_not_of(" \t") + 1);
    tags.push_back({open, close + 2, std::move(name)});
    open = text.find("{{>", close + 2);
  }
  return tags;
}

// A template that includes itself, directly or through others, would render forever (and crash): report the
// first such chain ("a → b → a") as an error naming the file.
bool CheckNoPartialCycle(const std::map<std::string, std::string>& templates, const std::map<std::string, std::string>& origins,
                         std::vector<Diagnostic>* diagnostics) {
  std::map<std::string, int> state;  // 1: being visited, 2: done
  std::vector<std::string> path;
  std::function<bool(const std::string&)> visit = [&](const std::string& name) {
    auto it = templates.find(name);
    if (it == templates.end() || state[name] == 2) return true;
    if (state[name] == 1) {
      std::string chain;
      for (auto p = std::find(path.begin(), path.end(), name); p != path.end(); ++p) chain += *p + " → ";
      auto origin = origins.find(path.back());
      if (diagnostics)
        diagnostics->push_back({Severity::Error, "template.partial.cycle",
                                origin == origins.end() ? path.back() + ".mustache" : origin->second, 0, 0,
                                "the templates include each other in a circle (" + chain + name + "), so a page would never finish",
                                "remove one of the {{> …}} includes", ""});
      return false;
    }
    state[name] = 1;
    path.push_back(name);
    for (const auto& tag : PartialTags(it->second))
      if (!visit(tag.name)) return false;
    path.pop_back();
    state[name] = 2;
    return true;
  };
  for (const auto& [name, text] : templates)
    if (!visit(name)) return false;
  return true;
}

}  // namespace

std::optional<Templates> Templates::Load(const FileMap& builtin, const std::string& builtin_name, const FileMap& overrides,
                                         const std::string& overrides_name, const std::string& language,
                                         std::vector<Diagnostic>* diagnostics) {
  Templates t;
  bool ok = true;
  for (const FileMap* files : {&builtin, &overrides}) {
    const bool is_override = files == &overrides;
    const std::string& folder = is_override ? overrides_name : builtin_name;
    for (const auto& [name, text] : MustacheFiles(*files)) {
      if (!ValidName(name)) continue;
      std::string origin = folder + "/" + name + ".mustache";
      if (!CheckParses(name, *text, origin, diagnostics)) ok = false;
      if (is_override && !t.templates_.count(name) && diagnostics)
        diagnostics->push_back({Severity::Warning, "template.override.unknown", origin, 0, 0,
                                "\"" + name + ".mustache\" does not replace a built-in template, so it is only used as a partial",
                                "name an override after a file in the built-in templates/ folder", ""});
      t.templates_[name] = *text;
      t.origins_[name] = origin;
    }
  }
  if (!t.templates_.count("layout")) {
    if (diagnostics)
      diagnostics->push_back({Severity::Error, "template.missing", builtin_name, 0, 0,
                              "no layout.mustache in the templates folder", "point --templates at the templates/ folder", ""});
    ok = false;
  }
  // Words: the built-in file overlaid by the landlord's (keys they leave out keep the built-in wording).
  std::string en_file = builtin_name + "/i18n/en.json";
  const std::string* english = Find(builtin, "i18n/en.json");
  if (!english) {
    if (diagnostics)
      diagnostics->push_back({Severity::Error, "i18n.unreadable", en_file, 0, 0, "there is no i18n/en.json",
                              "point --templates at the templates/ folder", ""});
    return std::nullopt;
  }
  std::string english_text = *english;
  if (const std::string* local = Find(overrides, "i18n/en.json")) {
    auto base = nlohmann::json::parse(english_text, nullptr, false);
    auto patch = nlohmann::json::parse(*local, nullptr, false);
    if (patch.is_discarded() || !patch.is_object()) {
      if (diagnostics)
        diagnostics->push_back({Severity::Error, "i18n.json.invalid", overrides_name + "/i18n/en.json", 0, 0,
                                "this is not a JSON object", "keep the file a JSON object of strings", ""});
      ok = false;
    } else if (!base.is_discarded()) {
      base.merge_patch(patch);
      english_text = base.dump();
    }
  }
  std::string language_text, language_file;
  if (language != "en") {
    const std::string name = "i18n/" + language + ".json";
    language_file = overrides_name + "/" + name;
    const std::string* local = Find(overrides, name);
    if (!local) {
      language_file = builtin_name + "/" + name;
      local = Find(builtin, name);
    }
    if (local) language_text = *local;
    else if (diagnostics)
      diagnostics->push_back({Severity::Warning, "i18n.language.missing", language_file, 0, 0,
                              "there are no words for language \"" + language + "\", so the site is in English",
                              "add templates/i18n/" + language + ".json", ""});
  }
  t.words_ = Translations::Parse(english_text, language_text, language_text.empty() ? "en" : language, diagnostics,
                                 en_file, language_file);
  if (!CheckNoPartialCycle(t.templates_, t.origins_, diagnostics)) ok = false;
  if (!t.words_ || !ok) return std::nullopt;
  t.Prepare();
  return t;
}

std::optional<Templates> Templates::FromStrings(const std::map<std::string, std::string>& templates,
                                                const std::string& english_json, std::vector<Diagnostic>* diagnostics) {
  Templates t;
  bool ok = true;
  for (const auto& [name, text] : templates) {
    if (!CheckParses(name, text, name + ".mustache", diagnostics)) ok = false;
    t.templates_[name] = text;
    t.origins_[name] = name + ".mustache";
  }
  t.words_ = Translations::Parse(english_json, "", "en", diagnostics);
  if (!CheckNoPartialCycle(t.templates_, t.origins_, diagnostics)) ok = false;
  if (!t.words_ || !ok) return std::nullopt;
  t.Prepare();
  return t;
}

std::string Templates::Origin(const std::string& name) const {
  auto it = origins_.find(name);
  return it == origins_.end() ? name + ".mustache" : it->second;
}

namespace {

// `text` with every `{{> name}}` of a known template replaced by that template's own (expanded) text, so
// that kainjow parses each page's template once instead of re-parsing every partial on every page. A
// partial that changes the delimiters (`{{=`) or goes more than 8 levels deep is left as a partial.
std::string InlinePartials(const std::string& text, const std::map<std::string, std::string>& templates, int depth) {
  if (depth > 8) return text;
  std::string out;
  size_t pos = 0;
  for (const auto& tag : PartialTags(text)) {
    auto it = templates.find(tag.name);
    out.append(text, pos, tag.begin - pos);
    if (it != templates.end() && it->second.find("{{=") == std::string::npos) out += InlinePartials(it->second, templates, depth + 1);
    else out.append(text, tag.begin, tag.end - tag.begin);
    pos = tag.end;
  }
  out.append(text, pos, std::string::npos);
  return out;
}

}  // namespace

struct Templates::Prepared {
  MustacheData globals{MustacheData::type::object};  // "t" (the words) and every template as a partial
  std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> parsed;  // checked when loaded
  std::map<std::string, std::string> sources;  // what `parsed` was parsed from, for each lane's own copy
  // kainjow's render() is not const, so a parsed template renders one page at a time: pages rendered on several
  // threads (site/render/parallel.h) each take a free lane, with its own copies parsed on first use.
  struct Lane {
    std::mutex mutex;
    std::map<std::string, std::unique_ptr<kainjow::mustache::mustache>> parsed;
  };
  std::array<Lane, 4> lanes;
};

void Templates::Prepare() {
  auto p = std::make_shared<Prepared>();
  if (words_) p->globals.set("t", ToData(words_->Tree()));
  for (const auto& [name, text] : templates_) {
    std::string body = text;
    p->globals.set(name, kainjow::mustache::partial([body] { return body; }));
    std::string source = text.find("{{=") == std::string::npos ? InlinePartials(text, templates_, 0) : text;
    p->parsed[name] = std::make_unique<kainjow::mustache::mustache>(source);
    p->sources[name] = std::move(source);
  }
  prepared_ = std::move(p);
}

std::string Templates::Render(const std::string& name, const nlohmann::json& data,
                              std::vector<Diagnostic>* diagnostics) const {
  auto it = prepared_ ? prepared_->parsed.find(name) : decltype(prepared_->parsed.end()){};
  if (!prepared_ || it == prepared_->parsed.end()) {
    if (diagnostics)
      diagnostics->push_back({Severity::Error, "template.missing", name + ".mustache", 0, 0,
                              "there is no template \"" + name + "\"", "restore it in templates/", ""});
    return "";
  }
  if (data.is_object() && diagnostics)
    for (const auto& [partial_name, text] : templates_)
      if (data.contains(partial_name))
        diagnostics->push_back({Severity::Error, "template.data.clash", Origin(name), 0, 0,
                                "the value \"" + partial_name + "\" has the same name as a template, so {{" + partial_name +
                                    "}} would not be the value",
                                "rename the value (template names use hyphens, values underscores)", ""});
  // The page's data is looked up first, then the words and partials shared by every page.
  MustacheData page = ToData(data);
  kainjow::mustache::context<std::string> context(&prepared_->globals);
  context.push(&page);
  Prepared::Lane* lane = nullptr;
  for (auto& free_lane : prepared_->lanes)
    if (free_lane.mutex.try_lock()) {
      lane = &free_lane;
      break;
    }
  if (!lane) {  // more threads than lanes: wait for this thread's
    lane = &prepared_->lanes[std::hash<std::thread::id>{}(std::this_thread::get_id()) % prepared_->lanes.size()];
    lane->mutex.lock();
  }
  std::lock_guard<std::mutex> lock(lane->mutex, std::adopt_lock);
  std::unique_ptr<kainjow::mustache::mustache>& copy = lane->parsed[name];
  if (!copy) copy = std::make_unique<kainjow::mustache::mustache>(prepared_->sources.at(name));
  kainjow::mustache::mustache& tmpl = *copy;
  std::string out = tmpl.render(context);
  if (!tmpl.is_valid()) {
    if (diagnostics)
      diagnostics->push_back({Severity::Error, "template.render", Origin(name), 0, 0,
                              "template \"" + name + "\" failed: " + tmpl.error_message(), "check its partials", ""});
    return "";
  }
  return out;
}

std::string Templates::T(const std::string& key, const std::map<std::string, std::string>& values) const {
  if (!words_) return "";
  return values.empty() ? words_->Get(key) : words_->Format(key, values);
}

}  // namespace cs
