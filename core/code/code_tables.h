// The Code's rules as C++ tables: timescales (core/data/timescales.json), the walkthrough flow
// (core/data/walkthrough.json with its English words, the "engine" object of templates/i18n/en.json) and the Code
// catalogue (core/data/code-2024.json, code-2022.json), generated at build time by core/data/tables
// (cmake/rules_tables.cmake). An empty string stands for a value the data leaves out.
#pragma once

namespace cs::tables {

// ---- timescales -------------------------------------------------------------------------------------------

struct Milestone {
  const char* id;
  int working_days;
  const char* counted_from;
  const char* provision;
  const char* summary;
  const char* note;
  bool extension;
  const char* ombudsman_details;
};

struct Stage {
  int number;
  const Milestone* milestones;
  int milestone_count;
};

struct Code {
  const char* id;
  const char* title;
  const Stage* stages;  ///< in stage order
  int stage_count;
  int complaint_window_months;
  const char* complaint_window_provision;
  int ombudsman_window_months;
};

struct Timescales {
  const Code* codes;  ///< sorted by id
  int code_count;
  const char* bank_holidays;  ///< the gov.uk division residents' dates use
  int auto_switch_year, auto_switch_month, auto_switch_day;
};

extern const Timescales kTimescales;

// ---- the walkthrough --------------------------------------------------------------------------------------

/// "node" (any non-empty answer) or "node=value".
struct Condition {
  const char* node;
  const char* value;
  bool any_value;
};

struct Choice {
  const char* value;
  const char* next;
  const char* label;
  const char* hint;
};

struct Branch {
  Condition when;
  const char* next;
};

/// One screen; the texts are English (engine.walkthrough.<id>.*).
struct Node {
  const char* id;
  const char* type;
  const char* provision;
  const char* title;
  const char* hint;
  const char* const* body;
  int body_count;
  const char* const* show;
  int show_count;
  const char* check_label;
  const Choice* choices;
  int choice_count;
  const Branch* next_if;
  int next_if_count;
  const char* next;
  bool required;
  int max_length;
  int rows;
  const char* blank;
  const char* error_required;
  const char* field_name;
  const char* not_before;
  const char* letter;
  int deadline_stage;
  const char* deadline_received;
  const char* deadline_acknowledged;
  const char* window_from;
  const char* escalate;
};

struct LetterPart {
  const char* text;
  bool conditional;
  Condition when;
};

struct Letter {
  const char* id;
  const char* subject;
  const LetterPart* parts;
  int part_count;
};

/// The text a {placeholder} takes when the engine has no value for it (engine.fallbacks).
struct Fallback {
  const char* name;
  const char* text;
};

struct Flow {
  const char* start;
  const Node* nodes;
  int node_count;
  const Letter* letters;  ///< sorted by id
  int letter_count;
  const Fallback* fallbacks;  ///< sorted by name
  int fallback_count;
};

extern const Flow kWalkthrough;

// ---- the Code catalogue -----------------------------------------------------------------------------------

struct Section {
  int number;
  const char* title;
};

struct Provision {
  const char* id;
  int section;
  const char* text;
  const char* kind;
};

struct Catalogue {
  const char* code;
  const char* title;
  const char* publisher;
  const char* licence;
  const char* attribution;
  const char* licence_url;
  const char* source_url;
  const Section* sections;
  int section_count;
  const Provision* provisions;
  int provision_count;
};

/// One per core/data/code-<code>.json, sorted by code.
extern const Catalogue kCatalogues[];
extern const int kCatalogueCount;

}  // namespace cs::tables
