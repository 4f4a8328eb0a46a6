// timescales.json and walkthrough.json (with the walkthrough's English words) → core/code's tables (code_tables.h).
#include <algorithm>
#include <cstdio>

#include "rules_file.h"

namespace cs::rules {

namespace {

std::string Bool(bool b) { return b ? "true" : "false"; }
std::string Int(int n) { return std::to_string(n); }

// `name` as a table of `rows` of `type`, and how a row refers to it ("name, n" or "nullptr, 0").
std::string Table(std::string* out, const std::string& type, const std::string& name, const std::vector<std::string>& rows) {
  if (rows.empty()) return "nullptr, 0";
  *out += "const " + type + " " + name + "[] = {";
  for (const auto& r : rows) *out += r + ", ";
  *out += "};\n";
  return name + ", " + Int(static_cast<int>(rows.size()));
}

std::string Condition(const std::string& text) {
  size_t eq = text.find('=');
  if (eq == std::string::npos) return "{" + Lit(text) + ", \"\", true}";
  return "{" + Lit(text.substr(0, eq)) + ", " + Lit(text.substr(eq + 1)) + ", false}";
}

}  // namespace

std::string CompileTimescales(const RulesText& data, const std::vector<std::string>& divisions,
                              std::vector<Diagnostic>* diagnostics) {
  RulesFile f(data, diagnostics);
  if (!f.ok()) return {};
  const json& doc = f.root();
  if (!f.Object(doc, "", {"about", "bank_holidays", "codes", "auto_switch_date"})) return {};
  std::string division = f.String(doc, "", "bank_holidays", true);
  if (!divisions.empty() && std::find(divisions.begin(), divisions.end(), division) == divisions.end())
    f.Error("/bank_holidays", "rules.unknown_reference", "\"" + division + "\" is not a division of bank-holidays.json",
            "write \"england-and-wales\"");
  std::string switch_date = f.String(doc, "", "auto_switch_date", true);
  int y = 0, m = 0, d = 0;
  if (switch_date.size() != 10 || std::sscanf(switch_date.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12 ||
      d < 1 || d > 31)
    f.Error("/auto_switch_date", "rules.bad_value", "\"auto_switch_date\" must be a date written YYYY-MM-DD", "write 2024-04-01");
  std::string tables, codes_rows;
  std::vector<std::string> codes;
  auto codes_json = doc.find("codes");
  if (codes_json == doc.end()) f.Error("", "rules.missing", "\"codes\" is missing", "add \"codes\": {\"2024\": { … }}");
  else if (f.Object(*codes_json, "/codes", {}))
    for (const auto& item : codes_json->items()) {
      const std::string& id = item.key();
      const json& code = item.value();  // not a structured binding: clang 14 cannot capture one in the lambda below
      std::string at = JsonPointerAppend("/codes", id);
      if (!f.Object(code, at, {"title", "applies_from", "applies_before", "stages", "complaint_window", "ombudsman_window"}))
        continue;
      std::vector<std::string> stages;
      auto stages_json = code.find("stages");
      if (stages_json == code.end()) f.Error(at, "rules.missing", "\"stages\" is missing", "add \"stages\": {\"1\": [ … ]}");
      else if (f.Object(*stages_json, at + "/stages", {"1", "2"}))
        for (const auto& [stage, rules] : stages_json->items()) {
          std::string stage_at = JsonPointerAppend(at + "/stages", stage);
          if (!f.Array(rules, stage_at)) continue;
          std::vector<std::string> milestones, ids;
          for (size_t i = 0; i < rules.size(); ++i) {
            const json& r = rules[i];
            std::string r_at = JsonPointerAppend(stage_at, i);
            if (!f.Object(r, r_at, {"id", "working_days", "counted_from", "provision", "summary", "note", "extension",
                                   "ombudsman_details"}))
              continue;
            std::string mid = f.String(r, r_at, "id", true), from = f.String(r, r_at, "counted_from", true);
            if (std::find(ids.begin(), ids.end(), mid) != ids.end())
              f.Error(r_at + "/id", "rules.duplicate", "milestone \"" + mid + "\" is listed twice in this stage", "keep one");
            if (!from.empty() && from != "received" && std::find(ids.begin(), ids.end(), from) == ids.end())
              f.Error(r_at + "/counted_from", "rules.unknown_reference",
                      "\"counted_from\" must be \"received\" or an earlier milestone of this stage, not \"" + from + "\"",
                      "name a milestone listed above this one");
            ids.push_back(mid);
            milestones.push_back("{" + Lit(mid) + ", " + Int(f.Int(r, r_at, "working_days", true, 0, 0, 260)) + ", " + Lit(from) +
                                 ", " + Lit(f.String(r, r_at, "provision", true)) + ", " + Lit(f.String(r, r_at, "summary", true)) +
                                 ", " + Lit(f.String(r, r_at, "note", false)) + ", " + Bool(f.Bool(r, r_at, "extension")) + ", " +
                                 Lit(f.String(r, r_at, "ombudsman_details", false)) + "}");
          }
          std::string name = "kMilestones" + Int(static_cast<int>(codes.size())) + "_" + stage;
          stages.push_back("{" + stage + ", " + Table(&tables, "Milestone", name, milestones) + "}");
        }
      auto window = [&](const char* key, int* months, std::string* provision) {
        auto it = code.find(key);
        if (it == code.end()) return f.Error(at, "rules.missing", std::string("\"") + key + "\" is missing", "add {\"months\": 12, \"provision\": \"…\"}");
        std::string w_at = at + "/" + key;
        if (!f.Object(*it, w_at, {"months", "provision"})) return;
        *months = f.Int(*it, w_at, "months", true, 12, 1, 120);
        *provision = f.String(*it, w_at, "provision", true);
      };
      int complaint_months = 12, ombudsman_months = 12;
      std::string complaint_provision, ombudsman_provision;
      window("complaint_window", &complaint_months, &complaint_provision);
      window("ombudsman_window", &ombudsman_months, &ombudsman_provision);
      std::string name = "kStages" + Int(static_cast<int>(codes.size()));
      codes.push_back("{" + Lit(id) + ", " + Lit(f.String(code, at, "title", true)) + ", " + Table(&tables, "Stage", name, stages) +
                      ", " + Int(complaint_months) + ", " + Lit(complaint_provision) + ", " + Int(ombudsman_months) + "}");
    }
  if (!f.ok()) return {};
  std::string out = "namespace {\n\n" + tables;
  std::string ref = Table(&out, "Code", "kCodes", codes);
  out += "\n}  // namespace\n\nconst Timescales kTimescales = {" + ref + ", " + Lit(division) + ", " + Int(y) + ", " + Int(m) +
         ", " + Int(d) + "};\n";
  return out;
}

std::string CompileWalkthrough(const RulesText& data, EnglishWords& words, std::vector<Diagnostic>* diagnostics) {
  RulesFile f(data, diagnostics);
  if (!f.ok()) return {};
  const json& doc = f.root();
  if (!f.Object(doc, "", {"about", "start", "nodes", "letters"})) return {};
  std::string start = f.String(doc, "", "start", true);
  std::string tables;
  // A text of the flow: the English words' (engine.<key>), or "" when they have none.
  auto text = [&](const std::string& key) {
    const std::string* t = words.Find(key);
    return Lit(t ? *t : std::string());
  };
  static const std::vector<std::string> kTypes = {"choice", "date", "text", "info", "check", "outcome"};
  static const std::vector<std::string> kBlocks = {"letter", "deadlines", "channels", "ombudsman", "service_requests"};
  std::vector<std::string> nodes;
  auto nodes_json = doc.find("nodes");
  if (nodes_json == doc.end()) f.Error("", "rules.missing", "\"nodes\" is missing", "add \"nodes\": [ … ]");
  else if (f.Array(*nodes_json, "/nodes"))
    for (size_t i = 0; i < nodes_json->size(); ++i) {
      const json& n = (*nodes_json)[i];
      std::string at = "/nodes/" + Int(static_cast<int>(i)), k = Int(static_cast<int>(i));
      if (!f.Object(n, at, {"id", "type", "provision", "show", "choices", "next_if", "next", "required", "max_length", "rows",
                            "not_before", "letter", "deadlines", "window", "escalate"}))
        continue;
      std::string id = f.String(n, at, "id", true), type = f.String(n, at, "type", true);
      if (!type.empty() && std::find(kTypes.begin(), kTypes.end(), type) == kTypes.end())
        f.Error(at + "/type", "rules.bad_value", "unknown type \"" + type + "\"", "use choice, date, text, info, check or outcome");
      std::string w = "walkthrough." + id + ".";
      std::vector<std::string> body, show, choices, branches;
      for (int p = 1;; ++p) {
        const std::string* paragraph = words.Find(w + "body_" + Int(p));
        if (!paragraph) break;
        body.push_back(Lit(*paragraph));
      }
      for (const auto& block : f.Strings(n, at, "show")) {
        if (std::find(kBlocks.begin(), kBlocks.end(), block) == kBlocks.end())
          f.Error(at + "/show", "rules.bad_value", "unknown block \"" + block + "\"",
                  "use letter, deadlines, channels, ombudsman or service_requests");
        show.push_back(Lit(block));
      }
      if (auto it = n.find("choices"); it != n.end() && f.Array(*it, at + "/choices"))
        for (size_t c = 0; c < it->size(); ++c) {
          const json& choice = (*it)[c];
          std::string c_at = at + "/choices/" + Int(static_cast<int>(c));
          if (!f.Object(choice, c_at, {"value", "next"})) continue;
          std::string value = f.String(choice, c_at, "value", true);
          choices.push_back("{" + Lit(value) + ", " + Lit(f.String(choice, c_at, "next", true)) + ", " +
                            text(w + "choices." + value + ".label") + ", " + text(w + "choices." + value + ".hint") + "}");
        }
      if (auto it = n.find("next_if"); it != n.end() && f.Array(*it, at + "/next_if"))
        for (size_t b = 0; b < it->size(); ++b) {
          const json& branch = (*it)[b];
          std::string b_at = at + "/next_if/" + Int(static_cast<int>(b));
          if (!f.Object(branch, b_at, {"if", "next"})) continue;
          branches.push_back("{" + Condition(f.String(branch, b_at, "if", true)) + ", " + Lit(f.String(branch, b_at, "next", true)) + "}");
        }
      int stage = 0;
      std::string received, acknowledged, window_from;
      if (auto it = n.find("deadlines"); it != n.end() && f.Object(*it, at + "/deadlines", {"stage", "received", "acknowledged"})) {
        stage = f.Int(*it, at + "/deadlines", "stage", true, 1, 1, 2);
        received = f.String(*it, at + "/deadlines", "received", true);
        acknowledged = f.String(*it, at + "/deadlines", "acknowledged", false);
      }
      if (auto it = n.find("window"); it != n.end() && f.Object(*it, at + "/window", {"from"}))
        window_from = f.String(*it, at + "/window", "from", true);
      std::string row = "{" + Lit(id) + ", " + Lit(type) + ", " + Lit(f.String(n, at, "provision", true)) + ", " + text(w + "title") +
                        ", " + text(w + "hint") + ", ";
      row += Table(&tables, "char* const", "kBody" + k, body) + ", " + Table(&tables, "char* const", "kShow" + k, show) + ", ";
      row += text(w + "check_label") + ", " + Table(&tables, "Choice", "kChoices" + k, choices) + ", " +
             Table(&tables, "Branch", "kBranches" + k, branches) + ", " + Lit(f.String(n, at, "next", false)) + ", ";
      row += Bool(f.Bool(n, at, "required")) + ", " + Int(f.Int(n, at, "max_length", false, 0, 1, 100000)) + ", " +
             Int(f.Int(n, at, "rows", false, 0, 1, 50)) + ", " + text(w + "blank") + ", " + text(w + "error_required") + ", " +
             text(w + "field_name") + ", " + Lit(f.String(n, at, "not_before", false)) + ", " +
             Lit(f.String(n, at, "letter", false)) + ", " + Int(stage) + ", " + Lit(received) + ", " + Lit(acknowledged) + ", " +
             Lit(window_from) + ", " + Lit(f.String(n, at, "escalate", false)) + "}";
      nodes.push_back(row);
    }
  std::vector<std::string> letters;
  if (auto it = doc.find("letters"); it != doc.end() && f.Object(*it, "/letters", {}))
    for (const auto& [id, letter] : it->items()) {
      std::string at = JsonPointerAppend("/letters", id);
      if (!f.Object(letter, at, {"parts"})) continue;
      std::string w = "letters." + id + ".";
      const std::string* subject = words.Find(w + "subject");
      if (!subject) f.Error(at, "rules.missing", "letter \"" + id + "\" has no subject (engine." + w + "subject)", "add it to en.json");
      std::vector<std::string> parts;
      if (auto p = letter.find("parts"); p != letter.end() && f.Array(*p, at + "/parts"))
        for (size_t i = 0; i < p->size(); ++i) {
          std::string p_at = at + "/parts/" + Int(static_cast<int>(i));
          if (!f.Object((*p)[i], p_at, {"if"})) continue;
          std::string condition = f.String((*p)[i], p_at, "if", false);
          const std::string* words_text = words.Find(w + "part_" + Int(static_cast<int>(i) + 1));
          if (!words_text || words_text->empty())
            f.Error(p_at, "rules.missing",
                    "letter \"" + id + "\" part " + Int(static_cast<int>(i) + 1) + " has no text (engine." + w + "part_" +
                        Int(static_cast<int>(i) + 1) + ")",
                    "add it to en.json");
          parts.push_back("{" + Lit(words_text ? *words_text : "") + ", " + Bool(!condition.empty()) + ", " +
                          (condition.empty() ? "{\"\", \"\", true}" : Condition(condition)) + "}");
        }
      if (parts.empty()) f.Error(at, "rules.missing", "letter \"" + id + "\" has no parts", "add \"parts\": [{}, …]");
      letters.push_back("{" + Lit(id) + ", " + Lit(subject ? *subject : "") + ", " +
                        Table(&tables, "LetterPart", "kParts" + Int(static_cast<int>(letters.size())), parts) + "}");
    }
  std::vector<std::pair<std::string, std::string>> fallbacks;
  for (size_t i = 0; i < words.texts.size(); ++i)
    if (words.texts[i].first.rfind("fallbacks.", 0) == 0) {
      fallbacks.push_back({words.texts[i].first.substr(10), words.texts[i].second});
      words.used[i] = true;
    }
  std::sort(fallbacks.begin(), fallbacks.end());
  std::vector<std::string> fallback_rows;
  for (const auto& [name, t] : fallbacks) fallback_rows.push_back("{" + Lit(name) + ", " + Lit(t) + "}");
  if (!f.ok()) return {};
  std::string out = "namespace {\n\n" + tables;
  std::string node_ref = Table(&out, "Node", "kNodes", nodes), letter_ref = Table(&out, "Letter", "kLetters", letters),
              fallback_ref = Table(&out, "Fallback", "kFallbacks", fallback_rows);
  out += "\n}  // namespace\n\nconst Flow kWalkthrough = {" + Lit(start) + ", " + node_ref + ", " + letter_ref + ", " + fallback_ref +
         "};\n";
  return out;
}

}  // namespace cs::rules
