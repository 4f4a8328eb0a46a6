#!/usr/bin/env bash
# Gate: a test whose prerequisite is missing fails, in each language's helper (tests/test_util.h,
# tests/lib/prerequisites.sh, tests/lib/prerequisites.mjs), and is skipped (exit 77) only with CS_ALLOW_SKIP=1.
# Each is run with CS_SHARED_DIR pointing at an empty folder, as when ../shared is missing beside a checkout.
# usage: prerequisites.test.sh CLI_BINARY SOURCE_DIR BUILD_DIR
set -uo pipefail
cli=$1 src=$2 build=$3
unit=$build/tests/unit_tests
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
empty=$work/shared  # a shared/ folder with nothing in it
out=$work/out
mkdir "$empty"
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $1"; sed 's/^/  | /' "$out" | tail -n 8; fi; }
# expect NAME STATUS PATTERN COMMAND...: COMMAND exits STATUS and prints PATTERN.
expect() {
  local name=$1 status=$2 pattern=$3 rc=0
  shift 3
  "$@" >"$out" 2>&1 || rc=$?
  check "$name (exit $rc, expected $status)" '[ $rc -eq $status ] && grep -q -- "$pattern" "$out"'
}
unset CS_ALLOW_SKIP
bank_holidays=(--test-case="every bank holiday 2015-2035 equals the reconciled gov.uk data in ../shared")

# The control: with the real shared folder the same tests pass, so what fails below is the missing folder.
expect "C++: passes with ../shared" 0 "Status: SUCCESS" "$unit" "${bank_holidays[@]}"

expect "C++: missing ../shared fails" 1 "missing prerequisite: $empty/reference" \
  env CS_SHARED_DIR="$empty" "$unit" "${bank_holidays[@]}"
expect "C++: CS_ALLOW_SKIP=1 skips" 0 "skipped: $empty/reference" \
  env CS_SHARED_DIR="$empty" CS_ALLOW_SKIP=1 "$unit" "${bank_holidays[@]}"

expect "shell: missing ../shared fails" 1 "missing prerequisite: $empty/seeds" \
  env CS_SHARED_DIR="$empty" bash "$src/tests/cli/import.test.sh" "$cli" "$src" "$build"
expect "shell: CS_ALLOW_SKIP=1 skips" 77 "skipped: $empty/seeds" \
  env CS_SHARED_DIR="$empty" CS_ALLOW_SKIP=1 bash "$src/tests/cli/import.test.sh" "$cli" "$src" "$build"

expect "Node: missing ../shared fails" 1 "missing prerequisite: $empty/seeds" \
  env CS_SHARED_DIR="$empty" node "$src/tests/quality/legal_basis.test.mjs" "$cli" "$src" "$build"
expect "Node: CS_ALLOW_SKIP=1 skips" 77 "skipped: $empty/seeds" \
  env CS_SHARED_DIR="$empty" CS_ALLOW_SKIP=1 node "$src/tests/quality/legal_basis.test.mjs" "$cli" "$src" "$build"

# A missing tool, not only ../shared: Pagefind for the C++ search test.
expect "C++: missing Pagefind fails" 1 "missing prerequisite: Pagefind" \
  env PAGEFIND=/nonexistent/pagefind "$unit" --test-case="RunPagefind indexes a built site when Pagefind is installed"

echo "prerequisites: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
