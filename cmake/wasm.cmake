# Builds wasm/widget.js + widget.wasm from core/ and wasm/bindings.cc with Debian's em++ (not a CMake toolchain:
# the native build and the wasm build come from one configure).
set(CS_WASM_DIR "${PROJECT_BINARY_DIR}/wasm")
set(CS_WASM_INCLUDE "${PROJECT_BINARY_DIR}/wasm-include")
# Emscripten must not see /usr/include: give it a folder holding only a link to nlohmann's headers.
file(MAKE_DIRECTORY "${CS_WASM_INCLUDE}")
file(CREATE_LINK /usr/include/nlohmann "${CS_WASM_INCLUDE}/nlohmann" SYMBOLIC)
# The widget embeds only the data it needs (the Code catalogue stays out of the download).
set(CS_WIDGET_DATA "bank-holidays.json,timescales.json,next-steps.en.json,walkthrough.json")
set(CS_WIDGET_EMBEDDED "${PROJECT_BINARY_DIR}/generated/embedded_data_widget.cc")
add_custom_command(
  OUTPUT "${CS_WIDGET_EMBEDDED}"
  COMMAND ${CMAKE_COMMAND} -DDATA_DIR=${PROJECT_SOURCE_DIR}/core/data -DOUTPUT=${CS_WIDGET_EMBEDDED}
          "-DFILES=${CS_WIDGET_DATA}" -P ${PROJECT_SOURCE_DIR}/cmake/embed_data.cmake
  DEPENDS ${CS_DATA_FILES} ${PROJECT_SOURCE_DIR}/cmake/embed_data.cmake
  COMMENT "Embedding the widget's core/data files"
  VERBATIM)
file(GLOB CS_WASM_BINDINGS CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/wasm/*.cc")
# Only the core files the widget calls: the generator's parsers (site.json, self-assessments, case logs ...)
# stay out of the download, and a new core file cannot break the wasm build or grow it unnoticed.
set(CS_WIDGET_SOURCES)
foreach(name date bank_holidays working_days timescales messages deadlines deadlines_json deadlines_view
             date_input walkthrough walkthrough_eval)
  list(APPEND CS_WIDGET_SOURCES "${PROJECT_SOURCE_DIR}/core/${name}.cc")
endforeach()
set(CS_WASM_EXPORTS "${PROJECT_SOURCE_DIR}/wasm/exports.txt")
file(STRINGS "${CS_WASM_EXPORTS}" cs_exports REGEX "^_")
list(JOIN cs_exports "," cs_exports_joined)
set(CS_WASM_FLAGS
  -std=c++17 -Oz -flto -fno-exceptions -fno-rtti -DJSON_NOEXCEPTION -DNDEBUG
  -I${PROJECT_SOURCE_DIR}/core -I${PROJECT_BINARY_DIR}/generated -I${CS_WASM_INCLUDE}
  -sMODULARIZE=1 -sEXPORT_NAME=ComplaintsEngine -sENVIRONMENT=web,node
  -sDYNAMIC_EXECUTION=0 -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1 -sMALLOC=emmalloc
  -sEXPORTED_FUNCTIONS=${cs_exports_joined}
  -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8
  --extern-post-js ${PROJECT_SOURCE_DIR}/wasm/widget-ui.js
  --closure 0)
add_custom_command(
  OUTPUT "${CS_WASM_DIR}/widget.js" "${CS_WASM_DIR}/widget.wasm" "${CS_WASM_DIR}/widget.css"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CS_WASM_DIR}"
  COMMAND ${CMAKE_COMMAND} -E copy_if_different ${PROJECT_SOURCE_DIR}/wasm/widget.css "${CS_WASM_DIR}/widget.css"
  COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
          ${CS_EMXX} ${CS_WASM_FLAGS} ${CS_WIDGET_SOURCES} ${CS_WIDGET_EMBEDDED} ${CS_WASM_BINDINGS}
          -o "${CS_WASM_DIR}/widget.js"
  DEPENDS ${CS_WIDGET_SOURCES} ${CS_WIDGET_EMBEDDED} ${CS_WASM_BINDINGS} ${CS_WASM_EXPORTS}
          ${PROJECT_SOURCE_DIR}/wasm/widget-ui.js ${PROJECT_SOURCE_DIR}/wasm/widget.css
          ${PROJECT_SOURCE_DIR}/cmake/wasm.cmake
  COMMENT "Compiling core/ to WebAssembly with em++"
  VERBATIM)
add_custom_target(cs_wasm ALL DEPENDS "${CS_WASM_DIR}/widget.js" "${CS_WASM_DIR}/widget.wasm")
