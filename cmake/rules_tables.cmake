# Compiles the rules in core/data/*.json (bank holidays, date names, timescales, the walkthrough flow, the Code
# catalogues) and the engine's English words (the "engine" object of templates/i18n/en.json) into C++ tables at build
# time, so that the engine never parses JSON: core/data/tables is a small native tool (nlohmann/json, and core/content's
# JSON positions for diagnostics). A mistake in a data file stops the build with `file:line:col: error: … [code]`.
# The JSON files stay the source of truth. Outputs (in CS_RULES_DIR), one per engine target:
#   words_tables.cc (cs_words), calendar_tables.cc (cs_calendar), code_tables.cc and catalogue_tables.cc (cs_code).
set(CS_RULES_DIR "${PROJECT_BINARY_DIR}/generated/rules")
set(CS_RULES_TABLES
  "${CS_RULES_DIR}/words_tables.cc" "${CS_RULES_DIR}/calendar_tables.cc"
  "${CS_RULES_DIR}/code_tables.cc" "${CS_RULES_DIR}/catalogue_tables.cc")

# The checks and the C++ writer, as a library for the generator and its tests (tests/tables/).
file(GLOB cs_rules_sources CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/core/data/tables/*.cc")
list(FILTER cs_rules_sources EXCLUDE REGEX "/(main|check_tables)\\.cc$")
add_library(cs_rules_compiler STATIC ${cs_rules_sources})
target_include_directories(cs_rules_compiler PUBLIC "${PROJECT_SOURCE_DIR}/core/data/tables"
  "${PROJECT_SOURCE_DIR}/core/content" "${PROJECT_SOURCE_DIR}/core/diagnostics" "${PROJECT_SOURCE_DIR}/core/code")
target_link_libraries(cs_rules_compiler PUBLIC nlohmann_json::nlohmann_json)

# The tool itself takes the few sources it needs from core/content and core/code (the engine's libraries need its
# tables, so it cannot link them).
add_executable(cs_rules_tables "${PROJECT_SOURCE_DIR}/core/data/tables/main.cc"
  "${PROJECT_SOURCE_DIR}/core/content/json_document.cc" "${PROJECT_SOURCE_DIR}/core/content/json_positions.cc"
  "${PROJECT_SOURCE_DIR}/core/diagnostics/diagnostic.cc" "${PROJECT_SOURCE_DIR}/core/code/provision_id.cc")
target_link_libraries(cs_rules_tables PRIVATE cs_rules_compiler)

set(cs_rules_inputs)
foreach(name bank-holidays date-names timescales walkthrough code-2024 code-2022)
  list(APPEND cs_rules_inputs "${PROJECT_SOURCE_DIR}/core/data/${name}.json")
endforeach()
add_custom_command(
  OUTPUT ${CS_RULES_TABLES}
  COMMAND cs_rules_tables "${PROJECT_SOURCE_DIR}" "${CS_RULES_DIR}"
  DEPENDS cs_rules_tables ${cs_rules_inputs} "${PROJECT_SOURCE_DIR}/templates/i18n/en.json"
  WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
  COMMENT "Compiling core/data's rules into C++ tables"
  VERBATIM)
