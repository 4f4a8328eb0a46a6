#!/usr/bin/env bash
# The real `complaints-site submission`: the Ombudsman's annual submission form from the example, in text, CSV and
# JSON, and the warnings when something it needs is missing.
set -u
bin=$1
src=$2
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $1"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
base=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).base_url)' "$src/content/site.json")
provisions=$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).provisions.length)' "$src/core/data/code-2024.json")
check "the Code has 72 provisions (read from core/data/code-2024.json)" '[ "$provisions" = 72 ]'

"$bin" submission --year 2025-26 --content "$src/content" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "example: exit 0" '[ $rc -eq 0 ]'
check "example: no warnings" '[ ! -s "$tmp/err" ]'
answers=$(grep -cE '^  [0-9]+\.[0-9]+ +(yes|no)$' "$tmp/out")
check "example: one yes/no per provision ($answers)" '[ "$answers" = "$provisions" ]'
urls=$(grep -cF "$base" "$tmp/out")
check "example: four links under base_url ($urls)" '[ "$urls" = 4 ]'
check "the links name the pages" 'grep -qF "${base}policy/" "$tmp/out" && grep -qF "${base}self-assessment/2025-26/" "$tmp/out" &&
  grep -qF "${base}annual-report/2025-26/" "$tmp/out" && grep -qF "${base}annual-report/2025-26/#governing-body-response" "$tmp/out"'
check "form order: organisation, links, provisions" '[ "$(grep -nE "^(Organisation|Links|Does the landlord)" "$tmp/out" | cut -d: -f2 | cut -c1-4 | tr "\n" " ")" = "Orga Link Does " ]'
check "due date for a landlord with over 1,000 homes (the example has 8,400)" 'grep -q "^Due by Wednesday 30 September 2026 (8,400 homes, over 1,000: the date for larger landlords)" "$tmp/out"'
check "an answer the self-assessment gives" 'grep -qxE "  6\.14 +no" "$tmp/out" && grep -qxE "  1\.3 +yes" "$tmp/out"'

"$bin" submission --year 2025-26 --content "$src/content" --format csv >"$tmp/csv" 2>"$tmp/err"; rc=$?
check "csv: exit 0" '[ $rc -eq 0 ]'
check "csv parses: 72 provisions, 4 links with URLs" 'node -e "
  const t=require(\"fs\").readFileSync(process.argv[1],\"utf8\"); const rows=[]; let row=[],cell=\"\",q=false;
  for (let i=0;i<t.length;i++){const c=t[i]; if(q){if(c===\"\\\"\"){if(t[i+1]===\"\\\"\"){cell+=c;i++;}else q=false;}else cell+=c;}
    else if(c===\"\\\"\")q=true; else if(c===\",\"){row.push(cell);cell=\"\";} else if(c===\"\\r\"){} else if(c===\"\\n\"){row.push(cell);rows.push(row);row=[];cell=\"\";} else cell+=c;}
  if(rows.some(r=>r.length!==3)) process.exit(1);
  const p=rows.filter(r=>r[0]===\"provision\"&&/^(yes|no)$/.test(r[2])).length;
  const l=rows.filter(r=>r[0]===\"link\"&&r[2].startsWith(process.argv[2])).length;
  process.exit(p===72&&l===4?0:1)" "$tmp/csv" "$base"'

"$bin" submission --year 2025-26 --content "$src/content" --format json >"$tmp/json" 2>"$tmp/err"; rc=$?
check "json: exit 0 and parses with 72 answers and 4 links" '[ $rc -eq 0 ] && node -e "
  const j=JSON.parse(require(\"fs\").readFileSync(process.argv[1],\"utf8\"));
  const ok=j.provisions.length===72&&j.provisions.every(p=>p.comply===\"yes\"||p.comply===\"no\")&&
    Object.values(j.links).filter(u=>u.startsWith(process.argv[2])).length===4&&j.organisation.name===\"Example Homes\";
  process.exit(ok?0:1)" "$tmp/json" "$base"'

# A year whose report has no governing body response yet and whose self-assessment leaves provisions unanswered.
cp -r "$src/content" "$tmp/content"
node -e 'const fs=require("fs"); const f=process.argv[1]; const j=JSON.parse(fs.readFileSync(f)); delete j.governing_body_response;
  fs.writeFileSync(f, JSON.stringify(j,null,2))' "$tmp/content/annual-reports/2025-26.json"
node -e 'const fs=require("fs"); const f=process.argv[1]; const j=JSON.parse(fs.readFileSync(f));
  j.provisions=j.provisions.filter(p=>p.id!=="1.3"&&p.id!=="7.3"); fs.writeFileSync(f, JSON.stringify(j,null,2))' \
  "$tmp/content/self-assessments/2025-26.json"
"$bin" submission --year 2025-26 --content "$tmp/content" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "warnings only: exit 0" '[ $rc -eq 0 ]'
check "no governing body response: a warning naming the report" 'grep -qE "annual-reports/2025-26.json.*warning: .*governing body.*\[submission.response.missing\]" "$tmp/err"'
check "unanswered provisions: a warning at file:line:col listing them" 'grep -qE "self-assessments/2025-26.json:[0-9]+:[0-9]+: warning: 2 provisions have no answer: 1.3, 7.3" "$tmp/err"'
check "the response link is left out, three remain" '[ "$(grep -cF "$base" "$tmp/out")" = 3 ] && grep -q "Governing body response: *(missing)" "$tmp/out"'
check "unanswered provisions are said so" 'grep -qxE "  1\.3 +not answered" "$tmp/out"'

# Errors: a bad year, a bad format, content with errors.
"$bin" submission --year 2025 --content "$src/content" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "not a year exits 2" '[ $rc -eq 2 ] && grep -q "2025-26" "$tmp/err"'
"$bin" submission --year 2025-26 --format xml --content "$src/content" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "bad format exits 2" '[ $rc -eq 2 ]'
printf '{' >"$tmp/content/self-assessments/2025-26.json"
"$bin" submission --year 2025-26 --content "$tmp/content" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "content with errors exits 1 with the error's place" '[ $rc -eq 1 ] && grep -q "self-assessments/2025-26.json:1:2: error" "$tmp/err"'

echo "submission: $pass passed, $fail failed"
[ $fail -eq 0 ]
