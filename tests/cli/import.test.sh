#!/usr/bin/env bash
# The real `complaints-site import self-assessment` binary: exit codes, the report on stderr, --out, and a
# site built from each imported seed form once the landlord has filled in what the report asks for.
set -u
bin=$1
src=$2
. "$src/tests/lib/prerequisites.sh"
cs_require_command node "run scripts/setup (it installs nodejs)"
cs_shared_dir "$src"  # the real exported forms in ../shared/seeds
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $1"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fixtures="$src/tests/fixtures/import"
json_ok() { node -e 'JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"))' "$1" 2>/dev/null; }

# A fixture with problems: JSON on stdout, the report on stderr, exit 1 because answers need attention.
"$bin" import self-assessment "$fixtures/awkward-2024.txt" >"$tmp/out.json" 2>"$tmp/err"; rc=$?
check "fixture with errors exits 1" '[ $rc -eq 1 ]'
check "JSON on stdout" 'json_ok "$tmp/out.json"'
check "report names the blank answer" 'grep -q "awkward-2024.txt:34: error: the document gives no answer for 3.5" "$tmp/err" && grep -q "\[import.answer.missing\]" "$tmp/err"'
check "report names text it could not place" 'grep -q "Please note this page was revised in May." "$tmp/err"'
check "report says which columns were used" 'grep -q "\"Comply: Yes / No\" -> comply yes/no" "$tmp/err"'
check "summary line" 'grep -q "^Imported 9 provisions" "$tmp/err"'
check "no report text on stdout" '! grep -q "warning" "$tmp/out.json"'

# CSV, detected by content.
"$bin" import self-assessment "$fixtures/spreadsheet.csv" >"$tmp/csv.json" 2>"$tmp/err"; rc=$?
check "csv exits 1 (row without provision is only a warning; 69 provisions missing is an error)" '[ $rc -eq 1 ]'
check "csv columns reported" 'grep -q "\"Ref\" -> provision id" "$tmp/err"'
check "csv comply_by" 'grep -q "\"comply_by\": \"2026-03-31\"" "$tmp/csv.json"'

# --out, --force, --year with a folder.
"$bin" import self-assessment "$fixtures/pipe-table.md" --out "$tmp/sa.json" >"$tmp/stdout" 2>"$tmp/err"
check "--out writes the file" 'json_ok "$tmp/sa.json" && [ ! -s "$tmp/stdout" ]'
"$bin" import self-assessment "$fixtures/pipe-table.md" --out "$tmp/sa.json" 2>"$tmp/err"; rc=$?
check "--out will not replace a file without --force" '[ $rc -eq 2 ] && grep -q "already exists; use --force" "$tmp/err"'
"$bin" import self-assessment "$fixtures/pipe-table.md" --out "$tmp/sa.json" --force 2>"$tmp/err"; rc=$?
check "--force replaces it" '[ $rc -eq 1 ] && json_ok "$tmp/sa.json"'
mkdir "$tmp/dir"
"$bin" import self-assessment "$fixtures/pipe-table.md" --out "$tmp/dir" --year 2025-26 2>"$tmp/err"
check "--out folder with --year" 'json_ok "$tmp/dir/2025-26.json"'
"$bin" import self-assessment "$fixtures/pipe-table.md" --out "$tmp/dir" 2>"$tmp/err"; rc=$?
check "--out folder needs --year" '[ $rc -eq 2 ] && grep -q "give --year" "$tmp/err"'

# Usage and unreadable input: exit 2, one clear line, nothing on stdout.
"$bin" import self-assessment "$tmp/missing.txt" >"$tmp/stdout" 2>"$tmp/err"; rc=$?
check "missing file exits 2" '[ $rc -eq 2 ] && grep -q "cannot read" "$tmp/err" && [ ! -s "$tmp/stdout" ]'
"$bin" import self-assessment "$fixtures/pipe-table.md" --code 2019 2>"$tmp/err"; rc=$?
check "bad --code exits 2" '[ $rc -eq 2 ] && grep -q -- "--code must be 2024, 2022 or auto" "$tmp/err"'
"$bin" import self-assessment "$fixtures/pipe-table.md" --year 2025-27 2>"$tmp/err"; rc=$?
check "bad --year exits 2" '[ $rc -eq 2 ] && grep -q -- "--year must look like 2025-26" "$tmp/err"'
"$bin" import policy "$fixtures/pipe-table.md" 2>"$tmp/err"; rc=$?
check "unknown import kind exits 2" '[ $rc -eq 2 ] && grep -q "only .self-assessment." "$tmp/err"'
printf 'Dear tenant,\nThank you for your letter.\n' >"$tmp/letter.txt"
"$bin" import self-assessment "$tmp/letter.txt" >"$tmp/stdout" 2>"$tmp/err"; rc=$?
check "not a self-assessment exits 2" '[ $rc -eq 2 ] && grep -q "\[import.input.no_table\]" "$tmp/err" && [ ! -s "$tmp/stdout" ]'

# The real exported forms: import, fill in what the report asks for, build the site.
seeds="$shared_dir/seeds"
for seed in self-assessment-2024-alliance-homes self-assessment-2024-syha code-2024-with-hilldale-self-assessment \
            self-assessment-2022-code; do
  rm -rf "$tmp/site" && mkdir -p "$tmp/site" && cp -r "$src/content" "$tmp/site/content"
  rm -f "$tmp/site/content/self-assessments/"*.json
  "$bin" import self-assessment "$seeds/$seed.txt" --out "$tmp/site/content/self-assessments/2025-26.json" \
    2>"$tmp/$seed.err"; rc=$?
  check "$seed imports (exit 0 or 1)" '[ $rc -le 1 ] && json_ok "$tmp/site/content/self-assessments/2025-26.json"'
  node - "$tmp/site/content/self-assessments/2025-26.json" <<'EOF'
const fs = require('fs');
const path = process.argv[2];
const d = JSON.parse(fs.readFileSync(path, 'utf8'));
d.completed = '2026-05-20';
d.approved = { date: '2026-06-10', by: 'Board of Example Homes' };
d.statement = "Imported from last year's form.";
for (const p of d.provisions) {
  if (!('comply' in p)) p.comply = 'yes';
  if (p.comply === 'no') {
    if (!('explanation' in p)) p.explanation = p.commentary || 'To be explained.';
    if (!('comply_by' in p)) p.comply_by = '2026-12-31';
  }
}
fs.writeFileSync(path, JSON.stringify(d, null, 2));
EOF
  "$bin" build --content "$tmp/site/content" --out "$tmp/site/public" >"$tmp/build.out" 2>"$tmp/build.err"; rc=$?
  check "$seed: site builds from the import" '[ $rc -eq 0 ] && [ -f "$tmp/site/public/self-assessment/index.html" ]'
  [ $rc -eq 0 ] || tail -5 "$tmp/build.err"
  # The published spreadsheet imports back to the same JSON (issue 15, item 7).
  "$bin" import self-assessment "$tmp/site/public/self-assessment/2025-26.csv" >"$tmp/back.json" 2>"$tmp/back.err"; rc=$?
  check "$seed: the published CSV imports back to the same JSON" '[ $rc -eq 0 ] && node -e "const fs=require(\"fs\"),u=require(\"util\");const [a,b]=process.argv.slice(1).map(f=>JSON.parse(fs.readFileSync(f,\"utf8\")));process.exit(u.isDeepStrictEqual(a,b)?0:1)" "$tmp/site/content/self-assessments/2025-26.json" "$tmp/back.json"'
done
"$bin" import self-assessment "$seeds/self-assessment-2022-code.txt" --historical >/dev/null 2>"$tmp/historical.err"; rc=$?
check "--historical: an earlier year's incomplete no is a warning" '[ $rc -eq 0 ] && grep -q "warning: .*\[import.no.comply_by\]" "$tmp/historical.err" && ! grep -q "error: .*\[import.no" "$tmp/historical.err"'
check "2022 form detected" 'grep -q "against the 2022 Code" "$tmp/self-assessment-2022-code.err"'
check "Hilldale's blank answer reported" 'grep -q "no answer for 3.5" "$tmp/code-2024-with-hilldale-self-assessment.err"'

echo "import: $pass passed, $fail failed"
[ $fail -eq 0 ]
