#!/usr/bin/env bash
# The real `complaints-site diff self-assessment`: what changed between the example's years, exit codes.
set -u
bin=$1
src=$2
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $1"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

"$bin" diff self-assessment 2024-25 2025-26 --content "$src/content" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "two years of one Code exit 0" '[ $rc -eq 0 ]'
check "provisions met before and after" 'grep -qx "Provisions met: 70 of 72 -> 70 of 72" "$tmp/out"'
check "newly met" 'grep -qx "Newly met (1): 5.10" "$tmp/out"'
check "no longer met" 'grep -qx "No longer met (1): 9.8" "$tmp/out"'
check "answer changed, with before and after" 'grep -qx "  5.10  no -> yes" "$tmp/out" && grep -qx "  9.8  yes -> no" "$tmp/out"'
check "a new date for a provision still not met" 'grep -qx "  6.14  2025-12-31 -> 2027-03-31" "$tmp/out"'
check "new evidence with its link" 'grep -qx "  5.10  Reasonable adjustments </reasonable-adjustments/>" "$tmp/out"'

# Comparing a year with itself: nothing changed.
"$bin" diff self-assessment 2025-26 2025-26 --content "$src/content" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "same year: nothing changed" '[ $rc -eq 0 ] && grep -qx "Nothing changed." "$tmp/out"'

# Different Codes: said, not compared provision by provision.
"$bin" diff self-assessment 2023-24 2024-25 --content "$src/content" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "different Codes are not compared one by one" '[ $rc -eq 0 ] && grep -q "different Codes" "$tmp/out" && ! grep -q "Newly met" "$tmp/out"'

# A year that is not there, or not a year: a usage error naming it.
"$bin" diff self-assessment 2019-20 2025-26 --content "$src/content" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "missing year exits 2 and names the file" '[ $rc -eq 2 ] && grep -q "self-assessments/2019-20.json" "$tmp/err"'
"$bin" diff self-assessment 2025 2025-26 --content "$src/content" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "not a year exits 2" '[ $rc -eq 2 ] && grep -q "2025-26" "$tmp/err"'
"$bin" diff annual-report 2024-25 2025-26 --content "$src/content" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "only self-assessments" '[ $rc -eq 2 ] && grep -q "self-assessment" "$tmp/err"'

echo "diff: $pass passed, $fail failed"
[ $fail -eq 0 ]
