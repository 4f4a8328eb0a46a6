#!/usr/bin/env bash
# Four case-system exports (tests/fixtures/case-logs/): `report` gives the CH01/CH02 that figures.mjs works out on its
# own (gov.uk bank holidays from ../shared/reference, no C++), expected.json is that script's output, and the fixtures
# are what make-fixtures.mjs writes. Skipped (77) without node or the shared bank holidays.
set -u
bin=$1
src=$2
dir="$src/tests/fixtures/case-logs"
command -v node >/dev/null || { echo "skipped: no node"; exit 77; }
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $1"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

node "$dir/figures.mjs" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc -eq 77 ] && { cat "$tmp/err"; exit 77; }
check "figures.mjs runs" '[ $rc -eq 0 ]'
node "$dir/figures.mjs" --check >"$tmp/out" 2>&1; rc=$?
check "expected.json is the independent script's output" '[ $rc -eq 0 ]' || cat "$tmp/out"
node "$dir/figures.mjs" --report "$bin" >"$tmp/out" 2>&1; rc=$?
check "report agrees with the independent script on every fixture" '[ $rc -eq 0 ]'
[ $rc -eq 0 ] || cat "$tmp/out"

node "$dir/make-fixtures.mjs" --out "$tmp/gen" >/dev/null; rc=$?
check "make-fixtures.mjs runs" '[ $rc -eq 0 ]'
for f in civica-northgate.csv orchard-mri.csv dynamics-crm.csv mapped-tab.txt mapped-tab.columns.json; do
  check "fixture $f is what make-fixtures.mjs writes" 'cmp -s "$tmp/gen/$f" "$dir/$f"'
done

echo "case log fixtures: $pass passed, $fail failed"
[ $fail -eq 0 ]
