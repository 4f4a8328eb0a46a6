#!/usr/bin/env bash
# The real `complaints-site deadlines` binary: documented output, exit codes and one-line errors.
set -u
bin=$1
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $1"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

"$bin" deadlines --received 2025-03-14 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "text exit 0" '[ $rc -eq 0 ]'
check "text acknowledge line" 'grep -q "Acknowledge by Friday 21 March 2025 (5 working days after receipt" "$tmp/out"'
check "text names the holidays" 'grep -q "Good Friday (Friday 18 April 2025)" "$tmp/out"'

"$bin" deadlines --received 2025-03-14 --today 2025-03-25 --format json >"$tmp/json"; rc=$?
check "json exit 0" '[ $rc -eq 0 ]'
check "json response due" 'grep -q "\"due\": \"2025-04-04\"" "$tmp/json"'
check "json status" 'grep -q "\"working_day\": 2" "$tmp/json"'

"$bin" deadlines --received 2025-02-29 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "impossible date exit 2" '[ $rc -eq 2 ]'
check "one line naming flag and value" '[ "$(wc -l <"$tmp/err")" -eq 1 ] && grep -q -- "--received \"2025-02-29\": 2025 is not a leap year" "$tmp/err"'
check "nothing on stdout for an error" '[ ! -s "$tmp/out" ]'

"$bin" deadlines --received 2025-03-14 --acknowledged 2025-03-10 2>"$tmp/err"; rc=$?
check "acknowledged before received exit 2" '[ $rc -eq 2 ] && grep -q -- "--acknowledged" "$tmp/err" && grep -q "acknowledged_before_received" "$tmp/err"'

"$bin" deadlines --received 2025-03-14 --nation wales 2>"$tmp/err"; rc=$?
check "bad nation exit 2" '[ $rc -eq 2 ] && grep -q -- "--nation" "$tmp/err"'

"$bin" deadlines --received 2025-03-14 --stage 3 2>"$tmp/err"; rc=$?
check "bad stage exit 2" '[ $rc -eq 2 ]'

"$bin" deadlines --received 2025-03-14 --format yaml 2>"$tmp/err"; rc=$?
check "bad format exit 2" '[ $rc -eq 2 ] && grep -q -- "--format \"yaml\"" "$tmp/err"'

"$bin" deadlines 2>"$tmp/err"; rc=$?
check "missing --received exit 2" '[ $rc -eq 2 ] && grep -q -- "--received" "$tmp/err"'

printf '# office closure\n2025-12-29 Office closed\n2025-12-30\n\n2025-12-31\n' >"$tmp/closures.txt"
"$bin" deadlines --received 2025-12-22 --closures "$tmp/closures.txt" >"$tmp/out"; rc=$?
check "closures file" '[ $rc -eq 0 ] && grep -q "Acknowledge by Tuesday 6 January 2026" "$tmp/out" && grep -q "Office closed" "$tmp/out"'
printf '2025-12-29\n2025-13-30\n' >"$tmp/bad.txt"
"$bin" deadlines --received 2025-12-22 --closures "$tmp/bad.txt" 2>"$tmp/err"; rc=$?
check "bad closures file names file:line:col" '[ $rc -eq 2 ] && grep -q "bad.txt:2:1: error:" "$tmp/err"'
"$bin" deadlines --received 2025-12-22 --closures "$tmp/missing.txt" 2>"$tmp/err"; rc=$?
check "unreadable closures exit 2" '[ $rc -eq 2 ] && grep -q "cannot read" "$tmp/err"'

echo '{"scotland":{"division":"scotland","events":[{"title":"Extra","date":"2027-03-15","notes":"","bunting":false}]}}' >"$tmp/feed.json"
"$bin" deadlines --received 2027-03-12 --nation scotland --bank-holidays "$tmp/feed.json" >"$tmp/out"; rc=$?
check "gov.uk feed" '[ $rc -eq 0 ] && grep -q "Extra (Monday 15 March 2027)" "$tmp/out"'

"$bin" --help >"$tmp/out"; rc=$?
check "help" '[ $rc -eq 0 ] && grep -q "^usage: complaints-site <command>" "$tmp/out"'
"$bin" deadlines --help >"$tmp/out"; rc=$?
check "deadlines help" '[ $rc -eq 0 ] && grep -q "^usage: complaints-site deadlines \[options\]" "$tmp/out"'
"$bin" deadlnes 2>"$tmp/err"; rc=$?
check "did you mean" '[ $rc -eq 2 ] && grep -q "did you mean .deadlines." "$tmp/err"'

echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
