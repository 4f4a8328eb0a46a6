# Builds wasm/widget.js + widget.wasm from core/ and wasm/bindings.cc with Debian's em++ (not a CMake toolchain:
# the native build and the wasm build come from one configure).
set(CS_WASM_DIR "${PROJECT_BINARY_DIR}/wasm")
# The widget's English words: the "widget" key of templates/i18n/en.json, baked into the view (one source of truth
# for the widget and the generator; a translated site passes its words in data-i18n). The calculator's view
# (widget-deadlines.js) is the same file without the walkthrough's part and words.
set(CS_WIDGET_UI "${PROJECT_BINARY_DIR}/wasm-ui/widget-ui.js")
set(CS_WIDGET_UI_DEADLINES "${PROJECT_BINARY_DIR}/wasm-ui/widget-deadlines-ui.js")
add_custom_command(
  OUTPUT "${CS_WIDGET_UI}" "${CS_WIDGET_UI_DEADLINES}"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${PROJECT_BINARY_DIR}/wasm-ui"
  COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs node ${PROJECT_SOURCE_DIR}/wasm/minify.mjs words
          ${PROJECT_SOURCE_DIR}/templates/i18n/en.json ${PROJECT_SOURCE_DIR}/wasm/widget-ui.js "${CS_WIDGET_UI}"
  COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs node ${PROJECT_SOURCE_DIR}/wasm/minify.mjs words
          ${PROJECT_SOURCE_DIR}/templates/i18n/en.json ${PROJECT_SOURCE_DIR}/wasm/widget-ui.js
          "${CS_WIDGET_UI_DEADLINES}" calculator
  DEPENDS ${PROJECT_SOURCE_DIR}/templates/i18n/en.json ${PROJECT_SOURCE_DIR}/wasm/widget-ui.js ${PROJECT_SOURCE_DIR}/wasm/minify.mjs
  COMMENT "Baking the widget's English words into its view"
  VERBATIM)
file(GLOB CS_WASM_BINDINGS CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/wasm/*.cc")
file(GLOB CS_WASM_HEADERS CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/wasm/*.h" "${PROJECT_SOURCE_DIR}/core/json/*_shape.h")
# The widget is the engine's targets (core/diagnostics, core/words, core/calendar, core/code, with their rules tables
# generated from core/data) compiled by em++: nothing else decides what goes into the download, and the generator's
# parsers (site.json, self-assessments, case logs ...) stay out of it. No JSON library: wasm/json_codec.h reads and
# writes the JSON shape core/json/*_shape.h describes (nlohmann/json does the same natively).
set(CS_WIDGET_SOURCES)
set(CS_WIDGET_INCLUDES "-I${PROJECT_SOURCE_DIR}/core/json")
foreach(target cs_diagnostics cs_words cs_calendar cs_code)
  get_target_property(sources ${target} SOURCES)
  get_target_property(includes ${target} INCLUDE_DIRECTORIES)
  list(APPEND CS_WIDGET_SOURCES ${sources})
  foreach(dir IN LISTS includes)
    list(APPEND CS_WIDGET_INCLUDES "-I${dir}")
  endforeach()
endforeach()
list(REMOVE_DUPLICATES CS_WIDGET_INCLUDES)
# Emscripten's own JS optimizer (it minifies its loader with it); also used on the appended view.
get_filename_component(cs_emxx_real "${CS_EMXX}" REALPATH)
get_filename_component(cs_emxx_dir "${cs_emxx_real}" DIRECTORY)
set(CS_ACORN_OPTIMIZER "${cs_emxx_dir}/tools/acorn-optimizer.js")
set(CS_WASM_EXPORTS "${PROJECT_SOURCE_DIR}/wasm/exports.txt")
file(STRINGS "${CS_WASM_EXPORTS}" cs_exports REGEX "^_")
set(CS_WASM_FLAGS
  -std=c++17 -Oz -flto -fno-exceptions -fno-rtti -DNDEBUG
  ${CS_WIDGET_INCLUDES}
  -sMODULARIZE=1 -sEXPORT_NAME=ComplaintsEngine -sENVIRONMENT=web
  -sDYNAMIC_EXECUTION=0 -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 -sMALLOC=emmalloc
  -sSUPPORT_LONGJMP=0 -sTEXTDECODER=2 -sINCOMING_MODULE_JS_API=[locateFile,wasmBinary] -sBINARYEN_EXTRA_PASSES=--converge
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  --closure 0)
# The JS is minified with terser when node_modules has it (scripts/setup runs npm ci), else whitespace only.
set(CS_TERSER_DEPENDS)
if(EXISTS "${PROJECT_SOURCE_DIR}/node_modules/terser/package.json")
  set(CS_TERSER_DEPENDS "${PROJECT_SOURCE_DIR}/node_modules/terser/package.json")
else()
  message(STATUS "widget: no node_modules/terser (scripts/setup runs npm ci): widget.js is whitespace-minified only")
endif()
# One widget build: NAME.js + NAME.wasm from the engine, the bindings and the view UI; ARGN: more em++ flags.
function(cs_widget_build name ui exports)
  list(JOIN exports "," exports_joined)
  add_custom_command(
    OUTPUT "${CS_WASM_DIR}/${name}.js" "${CS_WASM_DIR}/${name}.wasm"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${CS_WASM_DIR}"
    COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
            ${CS_EMXX} ${CS_WASM_FLAGS} ${ARGN} -sEXPORTED_FUNCTIONS=${exports_joined} --extern-post-js ${ui}
            ${CS_WIDGET_SOURCES} ${CS_WASM_BINDINGS} -o "${CS_WASM_DIR}/${name}.js"
    COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs node ${PROJECT_SOURCE_DIR}/wasm/minify.mjs js
            ${CS_ACORN_OPTIMIZER} "${CS_WASM_DIR}/${name}.js" "${CS_WASM_DIR}/${name}.js"
    DEPENDS ${CS_WIDGET_SOURCES} ${CS_WASM_BINDINGS} ${CS_WASM_HEADERS} ${CS_WASM_EXPORTS}
            ${ui} ${PROJECT_SOURCE_DIR}/wasm/minify.mjs ${PROJECT_SOURCE_DIR}/cmake/wasm.cmake ${CS_TERSER_DEPENDS}
    COMMENT "Compiling core/ to WebAssembly with em++ (${name})"
    VERBATIM)
endfunction()
# widget.js + widget.wasm: both tools, for the walkthrough, /embed/ and other sites.
cs_widget_build(widget "${CS_WIDGET_UI}" "${cs_exports}")
# widget-deadlines.js + widget-deadlines.wasm: the calculator alone, for the site's /deadlines/ page (less than half the
# download: no walkthrough code, flow or sentences). The same sources; wasm/bindings.cc leaves out cs_walkthrough.
set(cs_deadlines_exports ${cs_exports})
list(FILTER cs_deadlines_exports EXCLUDE REGEX "walkthrough")
cs_widget_build(widget-deadlines "${CS_WIDGET_UI_DEADLINES}" "${cs_deadlines_exports}" -DCS_WIDGET_CALCULATOR_ONLY)
add_custom_command(
  OUTPUT "${CS_WASM_DIR}/widget.css"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CS_WASM_DIR}"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${PROJECT_SOURCE_DIR}/wasm/widget.css "${CS_WASM_DIR}/widget.css"
  DEPENDS ${PROJECT_SOURCE_DIR}/wasm/widget.css
  VERBATIM)
add_custom_target(cs_wasm ALL DEPENDS
  "${CS_WASM_DIR}/widget.js" "${CS_WASM_DIR}/widget.wasm" "${CS_WASM_DIR}/widget.css"
  "${CS_WASM_DIR}/widget-deadlines.js" "${CS_WASM_DIR}/widget-deadlines.wasm")
add_dependencies(cs_wasm cs_rules_check)  # the flow is checked before it ships
