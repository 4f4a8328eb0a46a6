// Header recognition for case-system exports, and the officer's column mapping file.
#include "case_log_columns.h"

#include <algorithm>

#include "json_document.h"

namespace cs {

namespace {

struct FieldInfo {
  LogField field;
  const char* key;
  const char* meaning;
  /// Normalised header names, most specific first (an earlier name wins when two headers match).
  std::vector<const char*> aliases;
};

const std::vector<FieldInfo>& Fields() {
  static const std::vector<FieldInfo> kFields = {
      {LogField::Reference, "reference", "the case reference",
       {"reference", "caseref", "casereference", "complaintreference", "complaintref", "casenumber", "caseno",
        "complaintnumber", "complaintno", "caseid", "complaintid", "referencenumber", "refno", "ref", "id"}},
      {LogField::Stage, "stage", "the complaint stage, 1 or 2",
       {"stage", "complaintstage", "stagename", "currentstage", "type"}},
      {LogField::Received, "received", "the date the complaint was received",
       {"received", "datereceived", "receiveddate", "receivedon", "datecomplaintreceived", "datelogged", "loggeddate",
        "loggedon", "complaintdate", "dateopened", "openeddate", "openedon", "created", "createdon", "datecreated",
        "createddate"}},
      {LogField::Acknowledged, "acknowledged", "the date it was acknowledged",
       {"acknowledged", "dateacknowledged", "acknowledgeddate", "acknowledgedon", "acknowledgementdate",
        "acknowledgmentdate", "dateofacknowledgement", "acknowledgementsent", "dateacknowledgementsent", "ackdate"}},
      {LogField::Responded, "responded", "the date the response was sent",
       {"responded", "dateresponded", "respondeddate", "respondedon", "responsedate", "dateofresponse",
        "responsesent", "dateresponsesent", "completeddate", "datecompleted", "completedon", "closeddate",
        "dateclosed", "closedon", "resolveddate", "dateresolved", "resolvedon"}},
      {LogField::Extension, "extension", "the extension agreed: working days or the revised due date",
       {"extension", "extensiondays", "extensionworkingdays", "extendedby", "extendedtargetdate",
        "extendedduedate", "extendeddate", "revisedduedate", "revisedtargetdate", "newduedate", "newtargetdate"}},
      {LogField::Outcome, "outcome", "how the stage ended (upheld, not upheld ...)",
       {"outcome", "complaintoutcome", "stageoutcome", "decision", "result"}},
      {LogField::Category, "category", "what the complaint was about",
       {"category", "complaintcategory", "servicearea", "department", "reason"}},
      {LogField::RefusedReason, "refused_reason", "why a complaint was not accepted",
       {"refusedreason", "reasonrefused", "refusalreason", "reasonforrefusal", "declinedreason", "reasondeclined",
        "declinereason", "notacceptedreason", "reasonnotaccepted", "exclusionreason"}},
      {LogField::Stage2Received, "stage2_received", "the date stage 2 was asked for",
       {"escalateddate", "dateescalated", "escalatedon", "escalationdate", "escalationrequested",
        "escalationrequestdate", "dateescalationrequested", "escalationrequestreceived", "dateescalationreceived",
        "escalated"}},
      {LogField::Stage2Acknowledged, "stage2_acknowledged", "the date stage 2 was acknowledged", {}},
      {LogField::Stage2Responded, "stage2_responded", "the date the stage 2 response was sent", {}},
      {LogField::Stage2Extension, "stage2_extension", "the stage 2 extension: working days or the revised due date", {}},
      {LogField::Stage2Outcome, "stage2_outcome", "how stage 2 ended", {}},
      {LogField::Stage2RefusedReason, "stage2_refused_reason", "why stage 2 was not accepted", {}},
  };
  return kFields;
}

const FieldInfo& Info(LogField f) { return Fields()[static_cast<size_t>(f)]; }

/// The stage 2 field of a base field, when stage 2 has one.
std::optional<LogField> Stage2Of(LogField f) {
  switch (f) {
    case LogField::Received: return LogField::Stage2Received;
    case LogField::Acknowledged: return LogField::Stage2Acknowledged;
    case LogField::Responded: return LogField::Stage2Responded;
    case LogField::Extension: return LogField::Stage2Extension;
    case LogField::Outcome: return LogField::Stage2Outcome;
    case LogField::RefusedReason: return LogField::Stage2RefusedReason;
    default: return std::nullopt;
  }
}

bool IsStage2(LogField f) { return static_cast<int>(f) >= static_cast<int>(LogField::Stage2Received); }

const char* const kStage1Marks[] = {"stage1", "stageone", "firststage", "s1"};
const char* const kStage2Marks[] = {"stage2", "stagetwo", "secondstage", "escalation", "escalated", "s2"};

struct Match {
  LogField field;
  int priority;  ///< lower wins
};

std::optional<Match> MatchBase(const std::string& n) {
  for (const auto& info : Fields()) {
    if (IsStage2(info.field)) continue;
    for (size_t k = 0; k < info.aliases.size(); ++k)
      if (n == info.aliases[k]) return Match{info.field, 2 * static_cast<int>(k)};
  }
  return std::nullopt;
}

/// `n` without a stage mark at its start or end ("stage2responded", "respondedstage2"), or "". The short marks
/// ("s1", "s2") only at the start, so "Address2" is not a stage 2 column.
std::string WithoutMark(const std::string& n, const char* mark) {
  std::string m = mark;
  if (n.size() > m.size() && n.compare(0, m.size(), m) == 0) return n.substr(m.size());
  if (m.size() > 2 && n.size() > m.size() && n.compare(n.size() - m.size(), m.size(), m) == 0)
    return n.substr(0, n.size() - m.size());
  return "";
}

/// What a normalised header is; `stage2_unknown` is set for a header marked as stage 2 that is nothing we know.
std::optional<Match> MatchHeader(const std::string& n, bool* stage2_unknown) {
  *stage2_unknown = false;
  if (n.empty()) return std::nullopt;
  if (auto m = MatchBase(n)) return m;
  const auto& specials = Info(LogField::Stage2Received).aliases;
  for (size_t k = 0; k < specials.size(); ++k)
    if (n == specials[k]) return Match{LogField::Stage2Received, 2 * static_cast<int>(k)};
  for (const char* mark : kStage1Marks) {
    std::string rest = WithoutMark(n, mark);
    if (rest.empty()) continue;
    if (auto m = MatchBase(rest); m && Stage2Of(m->field)) return Match{m->field, m->priority - 1};
  }
  for (const char* mark : kStage2Marks) {
    std::string rest = WithoutMark(n, mark);
    if (rest.empty()) continue;
    if (auto m = MatchBase(rest))
      if (auto s2 = Stage2Of(m->field)) return Match{*s2, m->priority};
    if (rest == "date" || rest == "dateof" || rest == "requested" || rest == "requestdate" || rest == "daterequested")
      return Match{LogField::Stage2Received, 100};
    *stage2_unknown = true;
  }
  return std::nullopt;
}

bool IsSubsequence(const std::string& small, const std::string& big) {
  size_t j = 0;
  for (char c : big)
    if (j < small.size() && small[j] == c) ++j;
  return j == small.size();
}

/// Every name a field is recognised by (stage 2 fields: "stage2" before a base name).
std::vector<std::string> Names(LogField f) {
  std::vector<std::string> names;
  for (const char* a : Info(f).aliases) names.push_back(a);
  if (IsStage2(f))
    for (const auto& info : Fields())
      if (Stage2Of(info.field) == f)
        for (const char* a : info.aliases) names.push_back(std::string("stage2") + a);
  return names;
}

std::string Quoted(const std::string& s) { return "\"" + s + "\""; }

Diagnostic At(Severity severity, const char* code, const std::string& file, int line, int column, std::string message,
              std::string fix) {
  Diagnostic d;
  d.severity = severity;
  d.code = code;
  d.file = file;
  d.line = line;
  d.column = column;
  d.message = std::move(message);
  d.fix = std::move(fix);
  return d;
}

std::string HeaderList(const std::vector<CsvField>& header) {
  std::string out;
  size_t shown = 0;
  for (const auto& h : header) {
    if (h.text.empty()) continue;
    if (shown == 40) {
      out += ", …";
      break;
    }
    out += (shown++ ? ", " : "") + Quoted(h.text);
  }
  return out.empty() ? "(none)" : out;
}

}  // namespace

const char* LogFieldKey(LogField field) { return Info(field).key; }
const char* LogFieldMeaning(LogField field) { return Info(field).meaning; }

std::optional<LogField> LogFieldFromKey(std::string_view key) {
  for (const auto& info : Fields())
    if (key == info.key) return info.field;
  return std::nullopt;
}

std::string NormaliseHeader(std::string_view header) {
  std::string n;
  for (char c : header) {
    if (c >= 'A' && c <= 'Z') n += static_cast<char>(c - 'A' + 'a');
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) n += c;
  }
  return n;
}

std::optional<ColumnMapping> ParseColumnMapping(std::string_view json_text, const std::string& file,
                                                std::vector<Diagnostic>* diagnostics) {
  std::vector<Diagnostic> local;
  std::vector<Diagnostic>* diags = diagnostics ? diagnostics : &local;
  auto parsed = JsonDocument::Parse(json_text, file, diags);
  if (!parsed) return std::nullopt;
  JsonDocument& doc = *parsed;
  const nlohmann::json& root = doc.root();
  if (!root.is_object()) {
    doc.Error("cases.columns.type", "", "the column mapping must be a JSON object {...}, not " + JsonTypeName(root),
              "write it like {\"received\": \"Dt Rcvd\"}: the key is what the column holds, the value its header");
    return std::nullopt;
  }
  std::vector<std::string> keys = {"date_order"};
  for (const auto& info : Fields()) keys.push_back(info.key);
  doc.CheckKeys(root, "", keys, "cases.columns.unknown_key");
  ColumnMapping mapping;
  mapping.file = file;
  std::map<std::string, LogField> seen;  // normalised header -> field
  for (const auto& [key, value] : root.items()) {
    std::string pointer = JsonPointerAppend("", key);
    if (key == "date_order") {
      if (value == "day-first" || value == "month-first") {
        mapping.date_order = value == "month-first" ? DateOrder::MonthFirst : DateOrder::DayFirst;
        mapping.date_order_given = true;
      } else {
        doc.Error("cases.columns.date_order", pointer, "\"date_order\" must be \"day-first\" or \"month-first\"",
                  "use \"month-first\" only when your system writes 12/19/2025 for 19 December 2025");
      }
      continue;
    }
    auto field = LogFieldFromKey(key);
    if (!field) continue;  // warned by CheckKeys
    if (!value.is_string() || NormaliseHeader(value.get<std::string>()).empty()) {
      doc.Error("cases.columns.type", pointer,
                "\"" + key + "\" must be the header of a column, as text, not " +
                    (value.is_string() ? std::string("an empty name") : JsonTypeName(value)),
                "write the header exactly as the first row of the export has it, e.g. \"" + key + "\": \"Dt Rcvd\"");
      continue;
    }
    std::string header = value.get<std::string>();
    auto [it, inserted] = seen.emplace(NormaliseHeader(header), *field);
    if (!inserted) {
      doc.Error("cases.columns.same_header", pointer,
                "\"" + header + "\" is already the column for \"" + LogFieldKey(it->second) + "\"",
                "a column holds one thing: name a different header for \"" + key + "\"");
      continue;
    }
    mapping.headers[*field] = header;
    JsonPosition p = doc.Locate(pointer);
    mapping.at[*field] = {p.line, p.column};
  }
  if (doc.failed()) return std::nullopt;
  return mapping;
}

std::optional<RecognisedColumns> RecogniseColumns(const std::vector<CsvField>& header, const ColumnMapping* mapping,
                                                  const std::string& file, const std::string& mapping_file,
                                                  std::vector<Diagnostic>* diagnostics) {
  RecognisedColumns out;
  bool failed = false;
  std::vector<bool> used(header.size(), false);
  std::vector<std::string> normalised;
  for (const auto& h : header) normalised.push_back(NormaliseHeader(h.text));
  const std::string mapping_name = mapping ? mapping->file : mapping_file;
  // 1. The officer's mapping decides.
  if (mapping) {
    for (const auto& [field, name] : mapping->headers) {
      std::string n = NormaliseHeader(name);
      auto [line, column] = mapping->at.count(field) ? mapping->at.at(field) : std::pair<int, int>{1, 1};
      for (size_t i = 0; i < header.size(); ++i) {
        if (normalised[i] != n) continue;
        if (out.index[static_cast<int>(field)] >= 0) {
          diagnostics->push_back(At(Severity::Error, "cases.header.duplicate_column", file, header[i].line, header[i].column,
                                    "there are two columns called " + Quoted(header[i].text) + ", so \"" +
                                        LogFieldKey(field) + "\" in " + mapping->file + " could mean either",
                                    "rename one of them in the export"));
          failed = true;
          continue;
        }
        out.index[static_cast<int>(field)] = static_cast<int>(i);
        used[i] = true;
      }
      if (out.index[static_cast<int>(field)] < 0) {
        diagnostics->push_back(At(Severity::Error, "cases.columns.not_found", mapping->file, line, column,
                                  "\"" + std::string(LogFieldKey(field)) + "\" names the column " + Quoted(name) + ", but " +
                                      file + " has no such header; its headers are: " + HeaderList(header),
                                  "write the header exactly as the export's first row has it"));
        failed = true;
      }
    }
  }
  // 2. Names as systems export them, for every field the mapping did not name.
  struct Candidate {
    size_t index;
    int priority;
  };
  std::array<std::vector<Candidate>, kLogFieldCount> candidates;
  std::vector<size_t> stage2_unknown;
  for (size_t i = 0; i < header.size(); ++i) {
    if (used[i]) continue;
    bool unknown2 = false;
    auto m = MatchHeader(normalised[i], &unknown2);
    if (unknown2) stage2_unknown.push_back(i);
    if (!m || out.index[static_cast<int>(m->field)] >= 0) continue;
    candidates[static_cast<int>(m->field)].push_back({i, m->priority});
  }
  for (int f = 0; f < kLogFieldCount; ++f) {
    auto& c = candidates[f];
    if (c.empty()) continue;
    std::stable_sort(c.begin(), c.end(), [](const Candidate& a, const Candidate& b) { return a.priority < b.priority; });
    const CsvField& chosen = header[c[0].index];
    out.index[f] = static_cast<int>(c[0].index);
    used[c[0].index] = true;
    const char* key = LogFieldKey(static_cast<LogField>(f));
    for (size_t k = 1; k < c.size(); ++k) {
      const CsvField& other = header[c[k].index];
      if (c[k].priority == c[0].priority) {
        diagnostics->push_back(At(Severity::Error, "cases.header.duplicate_column", file, other.line, other.column,
                                  "columns " + Quoted(chosen.text) + " and " + Quoted(other.text) + " could both be \"" +
                                      key + "\" (" + LogFieldMeaning(static_cast<LogField>(f)) + ")",
                                  "say which one in " + mapping_name + ": \"" + key + "\": " + Quoted(chosen.text)));
        failed = true;
      } else {
        diagnostics->push_back(At(Severity::Warning, "cases.header.ambiguous", file, other.line, other.column,
                                  "column " + Quoted(other.text) + " could also be \"" + key + "\" (" +
                                      LogFieldMeaning(static_cast<LogField>(f)) + "); " + Quoted(chosen.text) + " is used",
                                  "if " + Quoted(other.text) + " is the right one, put \"" + key + "\": " +
                                      Quoted(other.text) + " in " + mapping_name));
      }
    }
  }
  for (size_t i : stage2_unknown) {
    if (used[i]) continue;
    diagnostics->push_back(At(Severity::Warning, "cases.header.stage2_unknown", file, header[i].line, header[i].column,
                              "column " + Quoted(header[i].text) + " looks like a stage 2 column, but not one this reader uses",
                              "if it holds a stage 2 date, outcome or extension, name it in " + mapping_name +
                                  ", e.g. \"stage2_responded\": " + Quoted(header[i].text)));
  }
  for (int f = static_cast<int>(LogField::Stage2Received); f < kLogFieldCount; ++f) out.per_complaint |= out.index[f] >= 0;
  for (size_t i = 0; i < header.size(); ++i)
    if (!used[i]) out.unused.push_back(static_cast<int>(i));
  if (failed) return std::nullopt;
  return out;
}

std::vector<LogField> RequiredLogFields(bool per_complaint) {
  std::vector<LogField> required = {LogField::Reference, LogField::Received, LogField::Responded, LogField::Outcome};
  if (per_complaint) {
    required.insert(required.end(), {LogField::Stage2Received, LogField::Stage2Responded, LogField::Stage2Outcome});
  } else {
    required.insert(required.begin() + 1, LogField::Stage);
  }
  return required;
}

bool CheckRequiredColumns(const RecognisedColumns& columns, const std::vector<CsvField>& header, const std::string& file,
                          const std::string& mapping_file, std::vector<Diagnostic>* diagnostics) {
  std::vector<LogField> required = RequiredLogFields(columns.per_complaint);
  std::vector<LogField> missing;
  for (LogField f : required)
    if (columns[f] < 0) missing.push_back(f);
  int line = header.empty() ? 1 : header[0].line;
  if (!missing.empty()) {
    // Suggest, for each missing field, an unused header that could be an abbreviation of one of its names.
    std::vector<bool> guessed(header.size(), false);
    std::string names, lines;
    for (LogField f : missing) {
      std::string guess;
      for (int i : columns.unused) {
        std::string n = NormaliseHeader(header[static_cast<size_t>(i)].text);
        if (n.size() < 2 || guessed[static_cast<size_t>(i)]) continue;
        auto all = Names(f);
        if (std::any_of(all.begin(), all.end(), [&](const std::string& a) { return IsSubsequence(n, a); })) {
          guess = header[static_cast<size_t>(i)].text;
          guessed[static_cast<size_t>(i)] = true;
          break;
        }
      }
      names += (names.empty() ? "" : ", ") + std::string("\"") + LogFieldKey(f) + "\" (" + LogFieldMeaning(f) + ")";
      lines += (lines.empty() ? "" : ", ") + std::string("\"") + LogFieldKey(f) + "\": " +
               (guess.empty() ? "\"<its header>\"" : Quoted(guess));
    }
    std::string shape = columns.per_complaint ? " (the file has stage 2 columns, so it is read as one row per complaint)" : "";
    diagnostics->push_back(At(Severity::Error, "cases.header.missing_column", file, line, 1,
                              "no column found for " + names + shape + "; the header row has " + HeaderList(header),
                              "name the columns in " + mapping_file + ": {" + lines + "}"));
    return false;
  }
  std::vector<LogField> optional;
  for (LogField f : {LogField::Acknowledged, LogField::Extension})
    if (columns[f] < 0) optional.push_back(f);
  if (columns.per_complaint)
    for (LogField f : {LogField::Stage2Acknowledged, LogField::Stage2Extension})
      if (columns[f] < 0) optional.push_back(f);
  if (!optional.empty()) {
    std::string list, lines;
    bool acknowledged = false, extension = false;
    for (LogField f : optional) {
      list += (list.empty() ? "\"" : ", \"") + std::string(LogFieldKey(f)) + "\"";
      lines += (lines.empty() ? "\"" : ", \"") + std::string(LogFieldKey(f)) + "\": \"<its header>\"";
      (f == LogField::Acknowledged || f == LogField::Stage2Acknowledged ? acknowledged : extension) = true;
    }
    std::string effect = acknowledged && extension ? "responses are timed from the date received, with no extensions"
                         : acknowledged           ? "responses are timed from the date received"
                                                  : "no extensions are counted";
    diagnostics->push_back(At(Severity::Warning, "cases.header.optional_missing", file, line, 1,
                              "no column found for " + list + ": " + effect +
                                  ", which can only make CH02 lower than it should be",
                              "if the export has them under other names, add them to " + mapping_file + ": {" + lines + "}"));
  }
  return true;
}

}  // namespace cs
