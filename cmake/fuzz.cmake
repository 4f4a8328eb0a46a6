# libFuzzer targets (included from CMakeLists.txt only when -DCS_FUZZ=ON; needs clang): every fuzz/*_fuzz.cc
# becomes an executable linked with the libraries (cs_site). The libraries are instrumented for coverage and built with
# ASan+UBSan.
# Run them with scripts/fuzz (ctest's fuzz.all runs `scripts/fuzz --short`).
option(CS_FUZZ "Build the libFuzzer targets in fuzz/ (clang only)" OFF)
if(NOT CS_FUZZ)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "CS_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang")
endif()
add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
                    -fno-omit-frame-pointer -g -DCS_FUZZING=1)
add_link_options(-fsanitize=address,undefined)

add_custom_target(fuzz)
file(GLOB CS_FUZZ_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/fuzz/*_fuzz.cc")
foreach(src IN LISTS CS_FUZZ_SOURCES)
  get_filename_component(name "${src}" NAME_WE)
  add_executable(${name} "${src}")
  target_link_libraries(${name} PRIVATE cs_site)
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  add_dependencies(fuzz ${name})
endforeach()
