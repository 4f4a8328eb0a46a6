# libFuzzer targets (included from CMakeLists.txt; only with -DCS_FUZZ=ON, which needs clang). CMakeLists.txt
# compiles every library with libFuzzer's coverage instrumentation (-fsanitize=fuzzer-no-link) and, as CS_FUZZ
# turns CS_SANITIZE on, with ASan + UBSan; here every fuzz/*_fuzz.cc becomes an executable linked with
# -fsanitize=fuzzer. The unit tests and the CLI of the same tree link without libFuzzer, so one sanitized tree
# serves the sanitizer tests and the fuzzers (scripts/build-sanitized). Run the fuzzers with scripts/fuzz
# (ctest's fuzz.all runs `scripts/fuzz --short --no-build`).
if(NOT CS_FUZZ)
  return()
endif()
add_custom_target(fuzz)
file(GLOB CS_FUZZ_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/fuzz/*_fuzz.cc")
foreach(src IN LISTS CS_FUZZ_SOURCES)
  get_filename_component(name "${src}" NAME_WE)
  add_executable(${name} "${src}")
  target_link_libraries(${name} PRIVATE cs_site)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  add_dependencies(fuzz ${name})
endforeach()
