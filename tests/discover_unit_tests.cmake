# Writes CTEST_FILE: one ctest test per doctest test case of TEST_EXECUTABLE, labelled "unit" and the noun of the
# folder its file is in (tests/calendar/date_test.cc → "calendar"), so `ctest -L calendar` runs one noun.
# Run after every build of the unit tests (tests/CMakeLists.txt); like doctest_discover_tests, plus the labels.
# Inputs (-D): TEST_EXECUTABLE, CTEST_FILE, WORKING_DIRECTORY, ENVIRONMENT (a list).
cmake_minimum_required(VERSION 3.25)
execute_process(COMMAND "${TEST_EXECUTABLE}" --list-test-cases --reporters=xml
                OUTPUT_VARIABLE listing RESULT_VARIABLE result WORKING_DIRECTORY "${WORKING_DIRECTORY}")
if(NOT result EQUAL 0)
  message(FATAL_ERROR "${TEST_EXECUTABLE} --list-test-cases failed (${result}):\n${listing}")
endif()

# CMake's bracket argument, safe for any test name.
function(cs_quote out value)
  set(eq "=")
  while(value MATCHES "]${eq}]")
    string(APPEND eq "=")
  endwhile()
  set(${out} "[${eq}[${value}]${eq}]" PARENT_SCOPE)
endfunction()

set(script "")
set(count 0)
string(REPLACE ";" "@semicolon@" listing "${listing}")  # a ";" in a name would split CMake's list
string(REGEX MATCHALL "<TestCase name=\"[^\"]*\" filename=\"[^\"]*\"" cases "${listing}")
foreach(entry IN LISTS cases)
  string(REGEX REPLACE "^<TestCase name=\"([^\"]*)\" filename=\"([^\"]*)\"$" "\\1" name "${entry}")
  string(REGEX REPLACE "^<TestCase name=\"([^\"]*)\" filename=\"([^\"]*)\"$" "\\2" file "${entry}")
  string(REPLACE "@semicolon@" ";" name "${name}")
  foreach(pair "&quot;|\"" "&apos;|'" "&lt;|<" "&gt;|>" "&amp;|&")  # &amp; last
    string(REPLACE "|" ";" pair "${pair}")
    list(GET pair 0 from)
    list(GET pair 1 to)
    string(REPLACE "${from}" "${to}" name "${name}")
  endforeach()
  set(labels "unit")
  if(file MATCHES "tests/([^/]+)/[^/]+$")
    list(APPEND labels "${CMAKE_MATCH_1}")
  endif()
  # doctest's --test-case takes a comma-separated list of patterns: escape the name's own commas.
  string(REPLACE "," "\\," filter "${name}")
  cs_quote(qname "${name}")
  cs_quote(qfilter "--test-case=${filter}")
  cs_quote(qexe "${TEST_EXECUTABLE}")
  cs_quote(qdir "${WORKING_DIRECTORY}")
  cs_quote(qenv "${ENVIRONMENT}")
  cs_quote(qlabels "${labels}")
  string(APPEND script "add_test(${qname} ${qexe} ${qfilter})\n"
         "set_tests_properties(${qname} PROPERTIES WORKING_DIRECTORY ${qdir} LABELS ${qlabels} ENVIRONMENT ${qenv})\n")
  math(EXPR count "${count} + 1")
endforeach()
if(count EQUAL 0)
  message(FATAL_ERROR "${TEST_EXECUTABLE} lists no test cases:\n${listing}")
endif()
file(WRITE "${CTEST_FILE}" "${script}")
