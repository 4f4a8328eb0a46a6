#!/usr/bin/env bash
# The real `complaints-site report` binary: TSM figures as text and JSON, exit codes, file:line:col errors.
set -u
bin=$1
src=$2
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $1"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
have_node=0; command -v node >/dev/null && have_node=1
jq_get() { node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));let v=j;for(const k of process.argv[2].split("."))v=v[k];console.log(JSON.stringify(v))' "$1" "$2"; }

# Worked by hand (England and Wales; period 2024-25; 2,000 homes):
# A1: 2022 Code, ack Tue 26 Mar 2024, 10 working days skipping Good Friday and Easter Monday -> due Thu 11 Apr;
#     responded 10 Apr: within. B: no ack, counted from received Tue 2 Apr -> due Tue 16 Apr; responded 17: late.
# C: ack Fri 3 May, +10 (skipping 6 May) +10 extension (skipping 27 May) -> due Tue 4 Jun; responded 31 May: within.
# So stage 1: received in the period B, C = 2 -> CH01 1.0; responded A1, B, C = 3, within 2 -> CH02 66.7.
# Stage 2 D: ack Fri 12 Jul, +20 -> Fri 9 Aug; responded 9 Aug: within -> CH02 100.0; CH01 1 / 2000 -> 0.5.
cat >"$tmp/cases.csv" <<'CSV'
reference,stage,received,acknowledged,responded,extension_working_days,outcome,category,refused_reason
A1,1,2024-03-25,2024-03-26,2024-04-10,,upheld,Repairs,
B,1,2024-04-02,,2024-04-17,,not_upheld,Repairs,
C,1,2024-05-01,2024-05-03,2024-05-31,10,partly_upheld,Damp and mould,
I,1,2024-09-02,,,,refused,Repairs,Outside the 12-month window
D,2,2024-07-10,2024-07-12,2024-08-09,,not_upheld,Repairs,
CSV

"$bin" report --cases "$tmp/cases.csv" --homes 2000 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "text exit 0" '[ $rc -eq 0 ]'
check "default period is the 2024-25 year" 'grep -q "Complaints performance 2024-25: Monday 1 April 2024 to Monday 31 March 2025" "$tmp/out"'
check "CH01 line" 'grep -Eq "CH01 complaints received per 1,000 homes +1.0 +0.5" "$tmp/out"'
check "CH02 line" 'grep -Eq "CH02 % responded to within the Code timescale +66.7 +100.0" "$tmp/out"'
check "rows timed from received reported" 'grep -Eq "timed from received \(no ack date\) +1 +0" "$tmp/out"'
check "refused reason listed" 'grep -q "1  Outside the 12-month window" "$tmp/out"'
check "no stderr on success" '[ ! -s "$tmp/err" ]'

"$bin" report --cases "$tmp/cases.csv" --homes 2000 --format json >"$tmp/json"; rc=$?
check "json exit 0" '[ $rc -eq 0 ]'
if [ $have_node -eq 1 ]; then
  check "json ch01.stage1_per_1000" '[ "$(jq_get "$tmp/json" ch01.stage1_per_1000)" = "1" ]'
  check "json ch01.stage2_per_1000" '[ "$(jq_get "$tmp/json" ch01.stage2_per_1000)" = "0.5" ]'
  check "json ch02.stage1_within_pct" '[ "$(jq_get "$tmp/json" ch02.stage1_within_pct)" = "66.7" ]'
  check "json ch02.stage2_within_pct" '[ "$(jq_get "$tmp/json" ch02.stage2_within_pct)" = "100" ]'
  check "json counts" '[ "$(jq_get "$tmp/json" counts.stage1_received)" = "2" ] && [ "$(jq_get "$tmp/json" counts.stage2_received)" = "1" ] && [ "$(jq_get "$tmp/json" counts.stage1_responded)" = "3" ] && [ "$(jq_get "$tmp/json" counts.stage2_responded)" = "1" ]'
  check "json refused_by_reason" '[ "$(jq_get "$tmp/json" refused_by_reason)" = "{\"Outside the 12-month window\":1}" ]'
fi

# An explicit period: only 2024-04-01..2024-04-30 -> stage 1 responded A1, B (1 within) = 50.0.
"$bin" report --cases "$tmp/cases.csv" --homes 2000 --from 2024-04-01 --to 2024-04-30 >"$tmp/out"; rc=$?
check "explicit period" '[ $rc -eq 0 ] && grep -Eq "CH02 % responded to within the Code timescale +50.0 +-" "$tmp/out"'

# Comparison with the year before from the same log: 2023-24 received only A1 at stage 1 (25 March 2024);
# 1 for 1,000 homes -> 1.0 and no escalations -> 0.0; nothing was answered in 2023-24, so CH02 is "-".
"$bin" report --cases "$tmp/cases.csv" --homes 2000 --previous-homes 1000 >"$tmp/out"; rc=$?
check "previous year text" '[ $rc -eq 0 ] && grep -q "Compared with 2023-24:" "$tmp/out" && grep -Eq "CH01 last year +1.0 +0.0" "$tmp/out" && grep -Eq "CH02 last year +- +-" "$tmp/out"'
if [ $have_node -eq 1 ]; then
  "$bin" report --cases "$tmp/cases.csv" --homes 2000 --previous-homes 1000 --format json >"$tmp/json"
  check "previous year json" '[ "$(jq_get "$tmp/json" previous.ch01.stage1_per_1000)" = "1" ] && [ "$(jq_get "$tmp/json" previous.ch01.stage2_per_1000)" = "0" ] && [ "$(jq_get "$tmp/json" previous.ch02.stage1_within_pct)" = "null" ] && [ "$(jq_get "$tmp/json" previous.period.label)" = "\"2023-24\"" ]'
fi
"$bin" report --cases "$tmp/cases.csv" --homes 2000 --previous-cases "$tmp/cases.csv" 2>"$tmp/err"; rc=$?
check "--previous-cases needs --previous-homes" '[ $rc -eq 2 ] && grep -q -- "--previous-homes" "$tmp/err"'

# CH02, 6.3: a landlord's closure days never move the Code deadline. Received and acknowledged Mon 22 Dec 2025,
# 10 working days: 23, 24, (25, 26), 29, 30, 31, (1 Jan), 2, 5, 6, 7, 8 -> due Thu 8 Jan 2026; responded Fri 9 Jan:
# late, with or without closures 29-31 December (which once made it "within"). --closures is still accepted.
cat >"$tmp/xmas.csv" <<'CSV'
reference,stage,received,acknowledged,responded,extension_working_days,outcome,category,refused_reason
X,1,2025-12-22,2025-12-22,2026-01-09,,upheld,Repairs,
CSV
printf '2025-12-29 Office closed\n2025-12-30\n2025-12-31\n' >"$tmp/closures.txt"
"$bin" report --cases "$tmp/xmas.csv" --homes 100 >"$tmp/plain" 2>"$tmp/err"; rc=$?
check "CH02 6.3: late across Christmas" '[ $rc -eq 0 ] && grep -Eq "CH02 % responded to within the Code timescale +0.0 +-" "$tmp/plain"'
"$bin" report --cases "$tmp/xmas.csv" --homes 100 --closures "$tmp/closures.txt" >"$tmp/closed" 2>"$tmp/err"; rc=$?
check "CH02 6.3: closures never move the Code deadline" '[ $rc -eq 0 ] && cmp -s "$tmp/plain" "$tmp/closed"'
check "--closures says it changes nothing" 'grep -q "note: --closures changes nothing" "$tmp/err"'

# Bad rows: every one listed as file:line:col, exit 1, nothing on stdout.
cat >"$tmp/bad.csv" <<'CSV'
reference,stage,received,acknowledged,responded,extension_working_days,outcome,category,refused_reason
A,3,2025-04-01,,,,,,
B,1,2025-02-29,,,,,,
C,1,2025-04-10,,2025-04-01,,upheld,,
D,1,2025-04-10,,,,refused,,
CSV
"$bin" report --cases "$tmp/bad.csv" --homes 100 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "bad rows exit 1" '[ $rc -eq 1 ]'
check "a third stage at line:col, with the Code's provisions" 'grep -q "bad.csv:2:3: error: stage \"3\" is a stage after stage 2, which the Code does not allow (Code 5.2, 5.3).*\[cases.stage.extra\]" "$tmp/err"'
check "impossible date at line:col" 'grep -q "bad.csv:3:5: error: received \"2025-02-29\" is not a date: 2025 is not a leap year.*\[cases.date.invalid\]" "$tmp/err"'
check "responded before received is a warning" 'grep -q "bad.csv:4:17: warning: .*\[cases.responded.before_received\]" "$tmp/err"'
check "refused without reason" 'grep -q "bad.csv:5:.*\[cases.refused.missing_reason\]" "$tmp/err"'
check "error count summary" 'grep -q "3 errors in .*bad.csv; no figures were produced" "$tmp/err"'
check "nothing on stdout for bad rows" '[ ! -s "$tmp/out" ]'

# Unreadable input and bad flags: exit 2.
"$bin" report --cases "$tmp/missing.csv" --homes 100 2>"$tmp/err"; rc=$?
check "unreadable exit 2" '[ $rc -eq 2 ] && grep -q "cannot read" "$tmp/err"'
"$bin" report --cases "$tmp/cases.csv" --homes 0 2>"$tmp/err"; rc=$?
check "homes 0 exit 2" '[ $rc -eq 2 ] && grep -q -- "--homes" "$tmp/err"'
"$bin" report --cases "$tmp/cases.csv" --homes 10 --format yaml 2>"$tmp/err"; rc=$?
check "bad format exit 2" '[ $rc -eq 2 ]'
"$bin" report --cases "$tmp/cases.csv" --homes 10 --from 2024-13-01 2>"$tmp/err"; rc=$?
check "bad --from exit 2" '[ $rc -eq 2 ] && grep -q -- "--from \"2024-13-01\"" "$tmp/err"'
"$bin" report --homes 10 2>"$tmp/err"; rc=$?
check "missing --cases exit 2" '[ $rc -eq 2 ] && grep -q -- "--cases" "$tmp/err"'

# The bundled example, when present, reports cleanly.
if [ -f "$src/content/annual-reports/2025-26-cases.csv" ]; then
  "$bin" report --cases "$src/content/annual-reports/2025-26-cases.csv" --homes 8400 --format json >"$tmp/ex.json" 2>"$tmp/err"; rc=$?
  check "bundled example exit 0" '[ $rc -eq 0 ] && [ ! -s "$tmp/err" ]'
fi

# The example logs are what the seeded generator writes (catches hand edits and generator drift).
if [ $have_node -eq 1 ]; then
  node "$src/scripts/generate-example-cases.mjs" --out "$tmp/gen" >/dev/null; rc=$?
  check "generator runs" '[ $rc -eq 0 ]'
  for f in 2024-25-cases.csv 2025-26-cases.csv; do
    check "example $f matches the generator" 'cmp -s "$tmp/gen/$f" "$src/content/annual-reports/$f"'
  done
fi

# A spreadsheet that saved in Windows-1252 (Excel's plain CSV) is read; a file mixing it with UTF-8 is one clear error.
printf 'reference,stage,received,acknowledged,responded,extension_working_days,outcome,category,refused_reason\nA,1,2025-04-01,,2025-04-08,,upheld,Rent \243,\n' >"$tmp/cp1252.csv"
"$bin" report --cases "$tmp/cp1252.csv" --homes 100 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "Windows-1252 is read" '[ $rc -eq 0 ] && grep -q "as one row per stage, Windows-1252, comma-separated, 1 row:" "$tmp/out" && grep -q "Rent £ 1;" "$tmp/out"'
printf 'reference,stage,received,acknowledged,responded,extension_working_days,outcome,category,refused_reason\nA,1,2025-04-01,,,,,Caf\303\251 \243,\n' >"$tmp/mixed.csv"
"$bin" report --cases "$tmp/mixed.csv" --homes 100 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "mixed encodings exit 1" '[ $rc -eq 1 ] && grep -q "mixed.csv:2:25: error: .*CSV UTF-8.*\[cases.csv.encoding\]" "$tmp/err"'

# An Excel workbook given by mistake: what to do instead.
printf 'PK\003\004\024\000\006\000' >"$tmp/cases.xlsx"
"$bin" report --cases "$tmp/cases.xlsx" --homes 100 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "xlsx exit 1 with the fix" '[ $rc -eq 1 ] && grep -q "cases.xlsx:1:1: error: this is an Excel workbook (.xlsx).*Save As.*CSV UTF-8.*\[cases.file.xlsx\]" "$tmp/err"'

# A system's own headers: one error with the headers found and the mapping to write; --columns with it works.
printf 'Ref No;Stg;Dt Rcvd;Ack Dt;Resp Dt;Res;Ext WD\nHP1;1;12/19/2025;12/22/2025;1/8/2026;Upheld;\n' >"$tmp/own.csv"
"$bin" report --cases "$tmp/own.csv" --homes 100 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "unknown headers exit 1" '[ $rc -eq 1 ] && grep -q "own.csv:1:1: error: no column found for \"stage\".*the header row has \"Ref No\", \"Stg\", \"Dt Rcvd\".*given with --columns.*\"received\": \"Dt Rcvd\".*\[cases.header.missing_column\]" "$tmp/err"'
printf '{"stage": "Stg", "received": "Dt Rcvd", "acknowledged": "Ack Dt", "responded": "Resp Dt", "outcome": "Res", "extension": "Ext WD", "date_order": "month-first"}\n' >"$tmp/own.columns.json"
"$bin" report --cases "$tmp/own.csv" --columns "$tmp/own.columns.json" --homes 100 --from 2025-04-01 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "--columns maps them" '[ $rc -eq 0 ] && grep -q "received = \"Dt Rcvd\"" "$tmp/out" && grep -Eq "CH02 % responded to within the Code timescale +100.0" "$tmp/out"'
printf '{"received": "Date"' >"$tmp/broken.columns.json"
"$bin" report --cases "$tmp/own.csv" --columns "$tmp/broken.columns.json" --homes 100 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "a broken mapping exit 1" '[ $rc -eq 1 ] && grep -q "broken.columns.json:1:.*error:.*\[json" "$tmp/err"'
"$bin" report --cases "$tmp/own.csv" --columns "$tmp/none.json" --homes 100 2>"$tmp/err"; rc=$?
check "an unreadable mapping exit 2" '[ $rc -eq 2 ] && grep -q -- "--columns" "$tmp/err"'

# One summary per kind of problem, not a line per row.
{ echo 'reference,stage,received,acknowledged,responded,extension_working_days,outcome,category,refused_reason'
  for i in $(seq 1 40); do echo "R$i,1,19-Dex-25,,,,,,"; done; } >"$tmp/many.csv"
"$bin" report --cases "$tmp/many.csv" --homes 100 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "one line for 40 bad dates" '[ $rc -eq 1 ] && [ "$(grep -c "cases.date.invalid" "$tmp/err")" = 1 ] && grep -q "many.csv:2:6: error: 40 dates could not be read: row 2 \"19-Dex-25\"" "$tmp/err"'

# A period chosen from one stray row: a warning naming the row and the year to ask for.
{ cat "$tmp/cases.csv"; echo "Z,2,2025-04-02,,,,,,"; } >"$tmp/stray.csv"
"$bin" report --cases "$tmp/stray.csv" --homes 2000 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "stray row warning" '[ $rc -eq 0 ] && grep -q "stray.csv:7:5: warning: the period 2025-26 was chosen because the latest date received is Wednesday 2 April 2025 (row 7, reference Z).*--from 2024-04-01 \[cases.period.few_rows\]" "$tmp/err"'

echo "report CLI: $pass passed, $fail failed"
[ $fail -eq 0 ]
