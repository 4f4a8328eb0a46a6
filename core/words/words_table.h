// The engine's English sentences (engine.next_steps and engine.errors of templates/i18n/en.json) as a C++ table,
// generated at build time from that file by core/data/tables (cmake/rules_tables.cmake). Read by messages.cc.
#pragma once

namespace cs::tables {

/// One sentence: `key` is its dotted key below "engine" ("next_steps.plan_stage1", "errors.date_missing").
struct Word {
  const char* key;
  const char* text;
};

/// Sorted by key (byte order), so that a key is found by binary search.
extern const Word kEnglishWords[];
extern const int kEnglishWordCount;

}  // namespace cs::tables
