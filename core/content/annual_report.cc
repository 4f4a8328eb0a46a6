// Reads annual-reports/<year>.json with positions for every diagnostic.
#include "annual_report.h"

#include "financial_year.h"
#include "json_document.h"

namespace cs {

namespace {

using nlohmann::json;

const std::vector<std::string> kKeys = {"period", "homes", "cases", "b_qualitative", "c_ombudsman_findings",
                                        "d_service_improvements", "e_ombudsman_annual_report", "f_other_reports",
                                        "governing_body_response"};

std::optional<Date> ReadDate(JsonDocument& doc, const json& object, const std::string& pointer, const std::string& key,
                             bool required) {
  std::string text;
  std::string at = JsonPointerAppend(pointer, key);
  if (!doc.ReadString(object, pointer, key, &text, "ar.field.type")) {
    if (required && !object.contains(key))
      doc.Error("ar.field.missing", pointer, "\"" + key + "\" is missing", "add \"" + key + "\": \"YYYY-MM-DD\"");
    return std::nullopt;
  }
  std::string why;
  auto d = ParseIsoDate(text, &why);
  if (!d) doc.Error("ar.date.invalid", at, "\"" + key + "\" \"" + text + "\" is not a date: " + why, "write it as YYYY-MM-DD");
  return d;
}

void ReadText(JsonDocument& doc, const json& object, const std::string& pointer, const std::string& key, ReportText* out,
              const std::string& what, const std::string& provision) {
  std::string at = JsonPointerAppend(pointer, key);
  if (doc.ReadString(object, pointer, key, &out->markdown, "ar.field.type")) out->line = doc.Locate(at).line;
  if (out->markdown.find_first_not_of(" \t\r\n") == std::string::npos && object.is_object() &&
      (!object.contains(key) || object[key].is_string()))
    doc.Report(Severity::Warning, "ar.section.empty", object.contains(key) ? at : pointer,
               "\"" + key + "\" (" + what + ") is empty",
               "write it in Markdown; if there is nothing to report, say so (e.g. \"There were no findings this year.\")",
               provision);
}

}  // namespace

std::optional<AnnualReport> ParseAnnualReport(std::string_view text, const std::string& file, const std::string& year,
                                              std::vector<Diagnostic>* diagnostics) {
  std::vector<Diagnostic> local;
  std::vector<Diagnostic>* diags = diagnostics ? diagnostics : &local;
  const size_t first = diags->size();
  auto parsed = JsonDocument::Parse(text, file, diags);
  if (!parsed) return std::nullopt;
  JsonDocument& doc = *parsed;
  const json& root = doc.root();
  AnnualReport r;
  r.year = year;
  if (!IsFinancialYear(year)) {
    doc.Error("ar.year.invalid", "", "the file name \"" + year + ".json\" is not a reporting year",
              "name the file after the year it covers, e.g. 2025-26.json");
  }
  if (!root.is_object()) {
    doc.Error("ar.field.type", "", "the report must be a JSON object {...}, not " + JsonTypeName(root),
              "see docs/annual-report.md for an example");
    return std::nullopt;
  }
  doc.CheckKeys(root, "", kKeys, "ar.unknown_key");
  const int start_year = IsFinancialYear(year) ? std::stoi(year.substr(0, 4)) : 2025;
  r.from = Date{start_year, 4, 1};
  r.to = Date{start_year + 1, 3, 31};
  if (root.contains("period")) {
    const json& period = root["period"];
    if (!period.is_object()) {
      doc.Error("ar.field.type", "/period", "\"period\" must be an object, not " + JsonTypeName(period),
                "write \"period\": {\"from\": \"2025-04-01\", \"to\": \"2026-03-31\"}, or leave it out for 1 April - 31 March");
    } else {
      doc.CheckKeys(period, "/period", {"from", "to"}, "ar.unknown_key");
      if (auto d = ReadDate(doc, period, "/period", "from", true)) r.from = *d;
      if (auto d = ReadDate(doc, period, "/period", "to", true)) r.to = *d;
      if (r.to < r.from)
        doc.Error("ar.period.order", "/period/to", "the period ends (" + r.to.Iso() + ") before it starts (" + r.from.Iso() + ")",
                  "check both dates");
      else if (IsFinancialYear(year) && r.from.year != start_year && !(r.from.year == start_year + 1 && r.from.month <= 3))
        doc.Error("ar.period.year", "/period/from", "the period starts on " + r.from.Iso() + ", outside the year " + year,
                  "rename the file after the year the period is in, or correct the dates");
    }
  }
  if (!root.contains("homes")) {
    doc.Error("ar.field.missing", "", "\"homes\" is missing", "add \"homes\": the number of homes owned at the end of the period (for CH01)");
  } else if (!root["homes"].is_number_integer() || root["homes"].get<long long>() <= 0) {
    doc.Error("ar.homes.invalid", "/homes", "\"homes\" must be a whole number above 0, not " + root["homes"].dump(),
              "write the number of homes owned at the end of the period, e.g. \"homes\": 8400");
  } else {
    r.homes = root["homes"].get<long long>();
  }
  if (!root.contains("cases")) {
    doc.Error("ar.field.missing", "", "\"cases\" is missing", "add \"cases\": \"" + year + "-cases.csv\" (the case log, beside this file)");
  } else if (doc.ReadString(root, "", "cases", &r.cases, "ar.field.type")) {
    if (r.cases.empty() || r.cases[0] == '/' || r.cases.find("..") != std::string::npos || r.cases.find('\\') != std::string::npos)
      doc.Error("ar.cases.invalid", "/cases", "\"cases\" must be a file name in the annual-reports folder, not \"" + r.cases + "\"",
                "put the case log beside this file and give its name, e.g. \"" + year + "-cases.csv\"");
  }
  ReadText(doc, root, "", "b_qualitative", &r.b_qualitative, "the qualitative analysis of performance", "8.1");
  ReadText(doc, root, "", "c_ombudsman_findings", &r.c_ombudsman_findings, "Ombudsman findings of non-compliance", "8.1");
  ReadText(doc, root, "", "d_service_improvements", &r.d_service_improvements, "service improvements from learning", "8.1");
  ReadText(doc, root, "", "e_ombudsman_annual_report", &r.e_ombudsman_annual_report, "the Ombudsman's annual report", "8.1");
  ReadText(doc, root, "", "f_other_reports", &r.f_other_reports, "other relevant Ombudsman reports", "8.1");
  if (!root.contains("governing_body_response")) {
    doc.Warning("ar.response.missing", "", "there is no \"governing_body_response\"",
                "add {\"text\": \"…\", \"date\": \"YYYY-MM-DD\", \"by\": \"Board of …\"}; Code 8.2 requires it alongside the report",
                "8.2");
  } else if (!root["governing_body_response"].is_object()) {
    doc.Error("ar.field.type", "/governing_body_response",
              "\"governing_body_response\" must be an object, not " + JsonTypeName(root["governing_body_response"]),
              "write {\"text\": \"…\", \"date\": \"YYYY-MM-DD\", \"by\": \"Board of …\"}");
  } else {
    const json& g = root["governing_body_response"];
    const std::string p = "/governing_body_response";
    doc.CheckKeys(g, p, {"text", "date", "by"}, "ar.unknown_key");
    if (!g.contains("text"))
      doc.Error("ar.field.missing", p, "\"text\" is missing", "write the governing body's response as \"text\" (Markdown)", "8.2");
    ReadText(doc, g, p, "text", &r.governing_body_response.text, "the governing body's response", "8.2");
    r.governing_body_response.date = ReadDate(doc, g, p, "date", true);
    if (!doc.ReadString(g, p, "by", &r.governing_body_response.by, "ar.field.type") && !g.contains("by"))
      doc.Error("ar.field.missing", p, "\"by\" is missing", "name the governing body, e.g. \"by\": \"Board of Example Homes\"");
  }
  SortByPosition(diags, first);
  if (doc.failed()) return std::nullopt;
  return r;
}

}  // namespace cs
