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
check "closures file read, shown, never moving a date" '[ $rc -eq 0 ] && grep -q "Acknowledge by Wednesday 31 December 2025" "$tmp/out" && grep -q "still counts these working days: Office closed (Monday 29 December 2025)" "$tmp/out"'
# 6.2, 6.3: the worked example (issue 12): received Fri 18 Dec 2026 with closures 29-31 Dec 2026.
printf '2026-12-29 Office closed\n2026-12-30\n2026-12-31\n' >"$tmp/closures2026.txt"
"$bin" deadlines --received 2026-12-18 --closures "$tmp/closures2026.txt" >"$tmp/out"; rc=$?
check "6.2, 6.3: closures never move the Code's dates (text)" '[ $rc -eq 0 ] && grep -q "Acknowledge by Tuesday 29 December 2026" "$tmp/out" && grep -q "Respond by Wednesday 13 January 2027" "$tmp/out"'
"$bin" deadlines --received 2026-12-18 --closures "$tmp/closures2026.txt" --format json >"$tmp/json"; rc=$?
"$bin" deadlines --received 2026-12-18 --format json >"$tmp/plain.json"
check "6.2, 6.3: closures never move the Code's dates (json)" '[ $rc -eq 0 ] && grep -q "\"due\": \"2026-12-29\"" "$tmp/json" && grep -q "\"due\": \"2027-01-13\"" "$tmp/json" && ! grep -q "\"kind\": \"closure\"" "$tmp/json"'
check "6.2, 6.3: closures listed in closures_in_range" 'grep -q "\"closures_in_range\": \[" "$tmp/json" && [ "$(grep -c "\"title\": \"Office closed\"" "$tmp/json")" -eq 1 ] && grep -q "\"closures_in_range\": \[\]" "$tmp/plain.json"'
# 6.4, 6.5: the extended date is only the latest without a good reason; the Ombudsman's details come with it.
"$bin" deadlines --received 2025-03-14 >"$tmp/out"; rc=$?
check "6.4, 6.5: extension line wording" 'grep -q "^  Latest without a good reason, if extended: Tuesday 22 April 2025 (10 working days after the response deadline; provision 6.4)" "$tmp/out" && grep -q "it must explain why and give the new date (provision 6.4), and give the Housing Ombudsman.s contact details (provision 6.5)" "$tmp/out" && ! grep -q "Latest if extended" "$tmp/out"'
check "6.3: next steps use the response date" 'grep -q "If by Friday 4 April 2025 you have had neither a response nor a new date" "$tmp/out"'
"$bin" deadlines --received 2025-03-14 --extension 5 >"$tmp/out"; rc=$?
check "6.4: a given extension is the date that counts" 'grep -q "^  Respond by (extended) Friday 11 April 2025" "$tmp/out" && grep -q "If you have had no response by Friday 11 April 2025" "$tmp/out"'
# 6.2, 6.3: a late acknowledgement: both response dates, and how late.
"$bin" deadlines --received 2025-03-14 --acknowledged 2025-03-25 >"$tmp/out"; rc=$?
check "6.3: late acknowledgement (text)" '[ $rc -eq 0 ] && grep -q "acknowledged Tuesday 25 March 2025, 2 working days late" "$tmp/out" && grep -q "Respond by Tuesday 8 April 2025 .* had it been acknowledged on time: Friday 4 April 2025" "$tmp/out"'
"$bin" deadlines --received 2025-03-14 --acknowledged 2025-03-25 --format json >"$tmp/json"; rc=$?
check "6.3: late acknowledgement (json)" 'grep -q "\"late_by\": 2" "$tmp/json" && grep -q "\"due_if_acknowledged_on_time\": \"2025-04-04\"" "$tmp/json"'
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
