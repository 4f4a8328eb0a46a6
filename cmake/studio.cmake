# The studio's engine (issue 17): the generator itself — core/ and site/'s render, pages and build, the built-in
# templates and widget — compiled by Debian's em++ into studio/studio.js + studio.wasm, behind studio/studio_engine.cc.
# No disk, clock or Pagefind is in it: the content goes in as files and the site comes out as files.
#
# cmark-gfm inside wasm is built from Debian's own source package, the same version the native build links
# (scripts/setup fetches it with `apt-get source` into .deps/cmark-gfm), with its own CMake through emcmake.
# Each of the generator's sources is compiled to a wasm object on its own (ccache when there is one), so a change
# recompiles one file, and ninja runs them in parallel.
set(CS_CMARK_SOURCE_DIR "${PROJECT_SOURCE_DIR}/.deps/cmark-gfm" CACHE PATH
    "cmark-gfm's source from Debian's source package (scripts/setup fetches it), for the studio's WebAssembly build")
if(NOT EXISTS "${CS_CMARK_SOURCE_DIR}/src/cmark-gfm.h")
  message(STATUS "studio: no cmark-gfm source in ${CS_CMARK_SOURCE_DIR} (scripts/setup fetches it): studio.wasm is not built")
  return()
endif()
set(CS_STUDIO_BUILT ON)
set(CS_STUDIO_DIR "${PROJECT_BINARY_DIR}/studio")
find_program(CS_EMCMAKE emcmake REQUIRED)
find_program(CS_CCACHE ccache)

# 1. cmark-gfm and its extensions as wasm static libraries.
set(cs_cmark_bin "${PROJECT_BINARY_DIR}/cmark-wasm")
set(cs_cmark_libs "${cs_cmark_bin}/extensions/libcmark-gfm-extensions.a" "${cs_cmark_bin}/src/libcmark-gfm.a")
set(cs_cmark_launcher)
if(CS_CCACHE)
  set(cs_cmark_launcher "-DCMAKE_C_COMPILER_LAUNCHER=${CS_CCACHE}")
endif()
include(ExternalProject)
ExternalProject_Add(cs_cmark_wasm
  SOURCE_DIR "${CS_CMARK_SOURCE_DIR}"
  BINARY_DIR "${cs_cmark_bin}"
  CONFIGURE_COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
                    ${CS_EMCMAKE} ${CMAKE_COMMAND} -S <SOURCE_DIR> -B <BINARY_DIR> -G Ninja -Wno-dev
                    -DCMARK_TESTS=OFF -DCMARK_SHARED=OFF -DCMARK_STATIC=ON -DCMAKE_BUILD_TYPE=Release ${cs_cmark_launcher}
  BUILD_COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
                ${CMAKE_COMMAND} --build <BINARY_DIR> --target libcmark-gfm_static libcmark-gfm-extensions_static
  INSTALL_COMMAND ""
  BUILD_BYPRODUCTS ${cs_cmark_libs}
  LOG_CONFIGURE ON LOG_BUILD ON LOG_OUTPUT_ON_FAILURE ON)

# 2. Headers: em++ must not see /usr/include (its own C library is another), so the header-only libraries and
# cmark-gfm's public headers are reached through a folder of links to them and nothing else.
set(cs_studio_include "${PROJECT_BINARY_DIR}/studio-include")
file(MAKE_DIRECTORY "${cs_studio_include}")
foreach(link IN ITEMS "nlohmann=/usr/include/nlohmann" "kainjow=${MUSTACHE_INCLUDE_DIR}/kainjow"
                      "cmark-gfm.h=${CS_CMARK_SOURCE_DIR}/src/cmark-gfm.h"
                      "cmark-gfm-extension_api.h=${CS_CMARK_SOURCE_DIR}/src/cmark-gfm-extension_api.h"
                      "cmark-gfm-core-extensions.h=${CS_CMARK_SOURCE_DIR}/extensions/cmark-gfm-core-extensions.h"
                      "cmark-gfm_export.h=${cs_cmark_bin}/src/cmark-gfm_export.h"
                      "cmark-gfm_version.h=${cs_cmark_bin}/src/cmark-gfm_version.h"
                      "cmark-gfm-extensions_export.h=${cs_cmark_bin}/extensions/cmark-gfm-extensions_export.h")
  string(REPLACE "=" ";" pair "${link}")
  list(GET pair 0 name)
  list(GET pair 1 target)
  file(CREATE_LINK "${target}" "${cs_studio_include}/${name}" SYMBOLIC)
endforeach()

# 3. The generator's sources, target by target, each to a wasm object.
set(cs_studio_targets cs_diagnostics cs_words cs_calendar cs_code cs_data cs_content cs_checks cs_import cs_report
                      cs_render cs_pages cs_build cs_builtin)
set(cs_studio_sources "${PROJECT_SOURCE_DIR}/studio/studio_engine.cc")
set(cs_studio_includes)
foreach(target IN LISTS cs_studio_targets)
  get_target_property(sources ${target} SOURCES)
  get_target_property(includes ${target} INCLUDE_DIRECTORIES)
  list(APPEND cs_studio_sources ${sources})
  foreach(dir IN LISTS includes)
    if(NOT dir MATCHES "^/usr/include")
      list(APPEND cs_studio_includes "-I${dir}")
    endif()
  endforeach()
endforeach()
list(APPEND cs_studio_includes "-I${PROJECT_SOURCE_DIR}/site/builtin" "-I${cs_studio_include}")
list(REMOVE_DUPLICATES cs_studio_includes)
list(REMOVE_DUPLICATES cs_studio_sources)
set(cs_studio_cxx_flags -std=c++17 -O2 -fexceptions -DNDEBUG
    "-ffile-prefix-map=${PROJECT_SOURCE_DIR}/=" "-ffile-prefix-map=${PROJECT_BINARY_DIR}/=build/")
set(cs_studio_compile)
if(CS_CCACHE)
  set(cs_studio_compile ${CMAKE_COMMAND} -E env CCACHE_NOHASHDIR=true NODE_PATH=/usr/share/nodejs ${CS_CCACHE} ${CS_EMXX})
else()
  set(cs_studio_compile ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs ${CS_EMXX})
endif()
set(cs_studio_objects)
foreach(src IN LISTS cs_studio_sources)
  file(RELATIVE_PATH rel "${PROJECT_SOURCE_DIR}" "${src}")
  if(rel MATCHES "^\\.\\.")
    file(RELATIVE_PATH rel "${PROJECT_BINARY_DIR}" "${src}")
  endif()
  string(REPLACE "/" "_" obj_name "${rel}")
  set(obj "${PROJECT_BINARY_DIR}/studio-objects/${obj_name}.o")
  add_custom_command(
    OUTPUT "${obj}"
    COMMAND ${cs_studio_compile} ${cs_studio_cxx_flags} ${cs_studio_includes} -MD -MF "${obj}.d" -c "${src}" -o "${obj}"
    DEPENDS "${src}"
    DEPFILE "${obj}.d"
    COMMENT "em++ ${rel}"
    VERBATIM)
  list(APPEND cs_studio_objects "${obj}")
endforeach()

# 4. The engine: studio.js (the loader) and studio.wasm.
set(cs_studio_exports _cs_studio_reset _cs_studio_put _cs_studio_build _cs_studio_check _cs_studio_report
                      _cs_studio_file_path _cs_studio_file_data _cs_studio_file_size _cs_studio_init
                      _cs_studio_content_count _cs_studio_content_path _cs_studio_content_data _cs_studio_content_size
                      _cs_studio_import_self_assessment _cs_studio_catalogue _cs_studio_changes _cs_studio_case_log
                      _cs_studio_submission _cs_studio_financial_year _cs_studio_reserved_pages _cs_studio_ombudsman _cs_studio_financial_year_period _cs_studio_notices
                      _malloc _free)
list(JOIN cs_studio_exports "," cs_studio_exports_joined)
add_custom_command(
  OUTPUT "${CS_STUDIO_DIR}/studio.js" "${CS_STUDIO_DIR}/studio.wasm"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CS_STUDIO_DIR}"
  COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs
          ${CS_EMXX} -O2 -fexceptions ${cs_studio_objects} ${cs_cmark_libs}
          -sMODULARIZE=1 -sEXPORT_NAME=ComplaintsStudio -sENVIRONMENT=web,worker,node
          -sALLOW_MEMORY_GROWTH=1 -sFILESYSTEM=0 -sDYNAMIC_EXECUTION=0
          -sEXPORTED_FUNCTIONS=${cs_studio_exports_joined}
          -sEXPORTED_RUNTIME_METHODS=UTF8ToString,stringToUTF8,lengthBytesUTF8,HEAPU8
          -o "${CS_STUDIO_DIR}/studio.js"
  DEPENDS ${cs_studio_objects} ${cs_cmark_libs}
  COMMENT "Linking the studio's engine (the generator in WebAssembly)"
  VERBATIM)
add_custom_target(cs_studio ALL DEPENDS "${CS_STUDIO_DIR}/studio.js" "${CS_STUDIO_DIR}/studio.wasm")
# The generated sources (rules tables, embedded files, the built-in widget) are made by these targets' commands.
add_dependencies(cs_studio cs_cmark_wasm ${cs_studio_targets})

# 5. The studio: a folder any web server can host — the page (studio/index.html, app.js, studio.css), the engine
# (studio.js, studio.wasm, engine.mjs), the preview's service worker and fflate (zip files) from node_modules,
# pinned by package-lock.json. Without node_modules (scripts/setup runs npm ci) there is no studio.
set(cs_studio_web index.html app.js pages.js report.js studio.css noscript.css nomodule.js engine.mjs preview-sw.js)
set(cs_fflate "${PROJECT_SOURCE_DIR}/node_modules/fflate/esm/browser.js")
if(NOT EXISTS "${cs_fflate}")
  message(STATUS "studio: no node_modules/fflate (scripts/setup runs npm ci): the studio page is not assembled")
  return()
endif()
set(cs_studio_outputs)
set(cs_studio_copy)
foreach(f IN LISTS cs_studio_web)
  list(APPEND cs_studio_outputs "${CS_STUDIO_DIR}/${f}")
  list(APPEND cs_studio_copy COMMAND ${CMAKE_COMMAND} -E copy_if_different "${PROJECT_SOURCE_DIR}/studio/${f}" "${CS_STUDIO_DIR}/${f}")
endforeach()
list(TRANSFORM cs_studio_web PREPEND "${PROJECT_SOURCE_DIR}/studio/" OUTPUT_VARIABLE cs_studio_web_sources)
add_custom_command(
  OUTPUT ${cs_studio_outputs} "${CS_STUDIO_DIR}/vendor/fflate.js"
  COMMAND ${CMAKE_COMMAND} -E make_directory "${CS_STUDIO_DIR}/vendor"
  ${cs_studio_copy}
  COMMAND ${CMAKE_COMMAND} -E copy_if_different "${cs_fflate}" "${CS_STUDIO_DIR}/vendor/fflate.js"
  DEPENDS ${cs_studio_web_sources} "${cs_fflate}"
  COMMENT "Assembling the studio"
  VERBATIM)
add_custom_target(cs_studio_site ALL DEPENDS ${cs_studio_outputs} "${CS_STUDIO_DIR}/vendor/fflate.js")
add_dependencies(cs_studio_site cs_studio)
set(CS_STUDIO_FILES studio.js studio.wasm ${cs_studio_web} vendor/fflate.js)
