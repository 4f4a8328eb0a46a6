#!/usr/bin/env bash
# The real `complaints-site check` binary: the bundled example, content with problems, JSON shape, exit codes.
set -u
bin=$1
src=$2
pass=0 fail=0
check() { if eval "$2"; then pass=$((pass+1)); else fail=$((fail+1)); echo "FAIL: $1"; fi; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# The bundled example: no errors (its warnings are the ones the example means to show).
"$bin" check --content "$src/content" --today 2026-11-24 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "example content exits 0" '[ $rc -eq 0 ]'
check "example content: summary line" 'grep -q "^check: 0 errors, " "$tmp/out"'
check "example content: only the intended findings" '! grep -v "^check:" "$tmp/out" | grep -v "\[sa.yes.missing_evidence\]" | grep -q .'

"$bin" check --content "$src/content" --today 2026-11-24 --format json >"$tmp/json"; rc=$?
check "json exits 0" '[ $rc -eq 0 ]'
if command -v python3 >/dev/null 2>&1; then
  check "json shape" 'python3 - "$tmp/json" <<EOF
import json, sys
d = json.load(open(sys.argv[1]))
assert list(d) == ["findings", "summary"], list(d)
assert list(d["summary"]) == ["errors", "warnings"]
for f in d["findings"]:
    assert list(f) == ["severity", "code", "provision", "file", "line", "column", "message", "fix", "legal_basis"], list(f)
    assert f["severity"] in ("error", "warning")
    assert f["legal_basis"] in ("", "docs/legal-basis.md#code-" + f["code"]), f
assert d["summary"]["errors"] == sum(f["severity"] == "error" for f in d["findings"])
EOF'
fi

# The same content with problems planted in each file.
cp -r "$src/content" "$tmp/content"
# The third stage hides behind a "not" in another clause (issue 12, item 3; Code 5.3).
printf '\nWe aim to respond to stage 1 complaints within 15 working days.\n\nIf you are not happy with our stage 2 response, you can ask for a stage 3 review.\n' >>"$tmp/content/policy.md"
python3 - "$tmp/content" <<'EOF'
import json, os, sys
root = sys.argv[1]
site = json.load(open(os.path.join(root, "site.json")))
site.pop("member_responsible", None)
json.dump(site, open(os.path.join(root, "site.json"), "w"), indent=2)
folder = os.path.join(root, "self-assessments")
latest = sorted(f for f in os.listdir(folder) if f.endswith(".json"))[-1]
sa = json.load(open(os.path.join(folder, latest)))
sa["provisions"] = [p for p in sa["provisions"] if p["id"] != "2.1"]
json.dump(sa, open(os.path.join(folder, latest), "w"), indent=2)
for name in os.listdir(os.path.join(root, "annual-reports")):
    if name.endswith(".json"):
        path = os.path.join(root, "annual-reports", name)
        report = json.load(open(path))
        report.pop("governing_body_response", None)
        json.dump(report, open(path, "w"), indent=2)
EOF
"$bin" check --content "$tmp/content" --today 2026-11-24 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "problems exit 1" '[ $rc -eq 1 ]'
for code in policy.timescale.mismatch policy.stages.third site.mrc.missing sa.provision.unanswered \
            report.response.missing; do
  check "finding $code" 'grep -q "\[$code\]" "$tmp/out"'
done
check "policy finding has its Markdown line" 'grep -q "policy.md:[0-9]*: error: the policy says \"15 working days\" for the stage 1 response" "$tmp/out"'
check "finding names the provision" 'grep -q "(Code 6.3)" "$tmp/out"'
check "one finding per problem (the parser's MRC warning is folded into the check's error)" '[ "$(grep -c "Code 9.5" "$tmp/out")" -eq 1 ]'

# Front matter: policy.md's is not policy text, and pages/*.md get the same fm.* diagnostics as `build`.
cp -r "$src/content" "$tmp/fm"
sed -i 's/^description: /description: Our stage 3 review panel. /' "$tmp/fm/policy.md"
check "the planted stage 3 is in the front matter" 'sed -n 2,4p "$tmp/fm/policy.md" | grep -q "stage 3"'
printf '\nWe aim to respond to stage 1 complaints within 15 working days.\n' >>"$tmp/fm/policy.md"
printf -- '---\ntitel: Repairs\norder: soon\n---\nBody\n' >"$tmp/fm/pages/repairs.md"
printf -- '---\ntitle: Never closed\n\nBody\n' >"$tmp/fm/pages/unclosed.md"
"$bin" check --content "$tmp/fm" --today 2026-11-24 >"$tmp/out" 2>"$tmp/err"; rc=$?
check "front matter errors exit 1" '[ $rc -eq 1 ]'
check "policy front matter is not checked as policy text" '! grep -q "\[policy.stages.third\]" "$tmp/out"'
last=$(wc -l <"$tmp/fm/policy.md")
check "policy finding points at its line in the file (front matter counted)" \
  'grep -q "policy.md:$last: error: .*\[policy.timescale.mismatch\]" "$tmp/out"'
check "page with an unknown key" 'grep -q "pages/repairs.md:2:1: warning: .*\[fm.unknown_key\]" "$tmp/out"'
check "page with a bad order" 'grep -q "pages/repairs.md:3:1: error: .*\[fm.order.invalid\]" "$tmp/out"'
check "page never closed" 'grep -q "pages/unclosed.md:1:1: error: .*\[fm.unterminated\]" "$tmp/out"'
"$bin" build --content "$tmp/fm" --out "$tmp/fm-out" 2>"$tmp/build-err" >/dev/null
grep -o '[^ ]*pages/[a-z]*\.md:[0-9:]*: [a-z]*: .*\[fm\.[a-z_.]*\]' "$tmp/build-err" | sort >"$tmp/build-fm"
grep -o '[^ ]*pages/[a-z]*\.md:[0-9:]*: [a-z]*: .*\[fm\.[a-z_.]*\]' "$tmp/out" | sort >"$tmp/check-fm"
check "build reports the same fm.* lines" '[ -s "$tmp/check-fm" ] && [ "$(wc -l <"$tmp/check-fm")" -eq 3 ] && diff "$tmp/build-fm" "$tmp/check-fm" >&2'

# The JSON links each finding to its row of docs/legal-basis.md, and that row exists.
"$bin" check --content "$tmp/content" --today 2026-11-24 --format json >"$tmp/json"
check "json: the checks' findings link to legal-basis.md" 'python3 - "$tmp/json" <<EOF
import json, sys
findings = json.load(open(sys.argv[1]))["findings"]
linked = [f for f in findings if f["legal_basis"]]
assert linked and all(f["legal_basis"] == "docs/legal-basis.md#code-" + f["code"] for f in linked), findings
assert {"policy.stages.third", "policy.timescale.mismatch"} <= {f["code"] for f in linked}
EOF'
for anchor in $(grep -o '"legal_basis": "docs/legal-basis.md#[^"]*"' "$tmp/json" | sed 's/.*#\(.*\)"$/\1/' | sort -u); do
  check "legal-basis.md has a row for $anchor" 'grep -q "id=\"$anchor\"" "$src/docs/legal-basis.md"'
done

# A site outside England is an error at its place in site.json (issue 12, item 14).
cp -r "$src/content" "$tmp/scot"
sed -i 's/"nation": "england-and-wales"/"nation": "scotland"/' "$tmp/scot/site.json"
"$bin" check --content "$tmp/scot" --today 2026-11-24 >"$tmp/out"; rc=$?
check "nation outside England exits 1" '[ $rc -eq 1 ]'
check "nation outside England: file:line:col, the Scheme, England" \
  'grep -q "site.json:6:13: error: .*Housing Ombudsman Scheme.*England.*\[site.nation.outside_england\]" "$tmp/out"'

# An annual report without its year's self-assessment (issue 12, item 9; Code 8.1(a), Appendix B).
cp -r "$src/content" "$tmp/nosa"
rm "$tmp/nosa/self-assessments/2025-26.json"
"$bin" check --content "$tmp/nosa" --today 2026-11-24 >"$tmp/out"; rc=$?
check "report without self-assessment exits 1" '[ $rc -eq 1 ]'
check "report without self-assessment names the report" \
  'grep -q "annual-reports/2025-26.json: error: the 2025-26 report has no self-assessment for 2025-26.*(Code 8.1).*\[report.self_assessment.missing\]" "$tmp/out"'

# A year later the self-assessment is stale.
"$bin" check --content "$src/content" --today 2027-09-01 >"$tmp/out"; rc=$?
check "stale self-assessment exits 1" '[ $rc -eq 1 ] && grep -q "\[sa.latest.stale\]" "$tmp/out"'

# SOURCE_DATE_EPOCH is the date check counts from, as it is for build (1 September 2027, 00:00 UTC).
SOURCE_DATE_EPOCH=1819756800 "$bin" check --content "$src/content" >"$tmp/out"; rc=$?
check "SOURCE_DATE_EPOCH: check counts from it" '[ $rc -eq 1 ] && grep -q "\[sa.latest.stale\]" "$tmp/out" && grep -q "as of Wednesday 1 September 2027" "$tmp/out"'
SOURCE_DATE_EPOCH=yesterday "$bin" check --content "$src/content" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "SOURCE_DATE_EPOCH that is not a number exits 2" '[ $rc -eq 2 ] && grep -q "SOURCE_DATE_EPOCH" "$tmp/err"'

# Unreadable input and usage errors: exit 2.
"$bin" check --content "$tmp/nowhere" >"$tmp/out" 2>"$tmp/err"; rc=$?
check "missing folder exits 2" '[ $rc -eq 2 ] && grep -q "\[content.missing\]" "$tmp/out"'
"$bin" check --content "$src/content" --today 2026-02-30 2>"$tmp/err"; rc=$?
check "bad --today exits 2" '[ $rc -eq 2 ] && grep -q -- "--today \"2026-02-30\"" "$tmp/err"'
"$bin" check --content "$src/content" --format yaml 2>"$tmp/err"; rc=$?
check "bad --format exits 2" '[ $rc -eq 2 ] && grep -q -- "--format must be text or json" "$tmp/err"'
echo '{ not json' >"$tmp/content/site.json"
"$bin" check --content "$tmp/content" --today 2026-11-24 >"$tmp/out"; rc=$?
check "broken site.json is a content error with a position" '[ $rc -eq 1 ] && grep -q "site.json:1:.*error: .*\[json.syntax\]" "$tmp/out"'

echo "check: $pass passed, $fail failed"
[ $fail -eq 0 ]
