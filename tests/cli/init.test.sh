#!/usr/bin/env bash
# `complaints-site init`: the scaffold it writes is refused by `check` and `build` until its placeholders are
# replaced, and only for them; it never overwrites files;
# bad flags exit 2. Run by ctest as: bash init.test.sh BINARY SOURCE_DIR BUILD_DIR.
set -uo pipefail
bin=$(realpath "$1") src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# A fresh site from the flags.
"$bin" init "$work/site" --name 'Riverside & Vale "Homes"' --nation england-and-wales >"$work/out" 2>"$work/err" ||
  fail "init exited $? — $(cat "$work/err")"
[ -f "$work/site/content/site.json" ] || fail "no content/site.json"
[ -f "$work/site/content/policy.md" ] || fail "no content/policy.md"
grep -q '"landlord_name": "Riverside & Vale \\"Homes\\""' "$work/site/content/site.json" || fail "name not JSON-escaped in site.json"
grep -q 'Riverside & Vale "Homes"' "$work/site/content/policy.md" || fail "name not in policy.md"
grep -qx '{{timescales}}' "$work/site/content/policy.md" || fail "policy has no {{timescales}} marker"
grep -q 'CHANGE THIS' "$work/site/content/policy.md" || fail "policy has no marked places for the landlord's words"
grep -q 'Next steps' "$work/out" || fail "init did not say what to do next"

# It never overwrites: a second run fails with exit 2, names the file, and leaves it alone.
echo '{"changed": true}' >"$work/site/content/site.json"
"$bin" init "$work/site" --name X >"$work/out2" 2>"$work/err2"
status=$?
[ $status -eq 2 ] || fail "second init exited $status, expected 2"
grep -q 'content/site.json already exists' "$work/err2" || fail "refusal does not name the file: $(cat "$work/err2")"
grep -q '"changed": true' "$work/site/content/site.json" || fail "existing site.json was overwritten"
[ -f "$work/site/content/policy.md" ] || fail "policy.md vanished"

# Bad flags.
"$bin" init "$work/other" --nation wales >/dev/null 2>"$work/err3"
[ $? -eq 2 ] || fail "--nation wales should exit 2"
grep -q "did you mean" "$work/err3" || fail "no suggestion for --nation: $(cat "$work/err3")"
# Issue 12, item 14 (Housing Ombudsman Scheme: landlords in England): init makes no site that build would refuse.
"$bin" init "$work/scot" --nation scotland >/dev/null 2>"$work/err4"
[ $? -eq 2 ] || fail "--nation scotland should exit 2"
grep -q "applies to social landlords in England" "$work/err4" || fail "--nation scotland: no reason given: $(cat "$work/err4")"
[ ! -e "$work/scot/content" ] || fail "a refused init (--nation scotland) wrote files"
[ ! -e "$work/other/content" ] || fail "a refused init wrote files"

# An unedited scaffold is not publishable (issue 12, item 4; Code 3.1, 3.4): every placeholder init wrote ("CHANGE
# THIS", the made-up phone number, the example.org addresses, the postal address) is an error in `check` and in
# `build`, with the same file:line:col line in both.
"$bin" init "$work/fresh" --name "Example Vale Homes" >/dev/null 2>&1 || fail "init of a fresh folder failed"
# codes_of FILE: the finding codes in `check --format json` output, one a line.
codes_of() { grep -o '"code": *"[^"]*"' "$1" | sed 's/.*"\([^"]*\)"$/\1/' | sort -u; }
# Codes the unedited scaffold may raise besides its placeholders: the self-assessment and annual report init cannot
# write. Its policy meets every policy rule (2.2, 3.5, 3.6, 5.9, 5.14 ...): no policy.* finding at all.
allowed='^(placeholder\..*|sa\.none|report\.missing)$'
{
  (cd "$work/fresh" && "$bin" check --content content --today 2026-11-24) >"$work/check.txt" 2>&1
  status=$?
  [ $status -eq 1 ] || fail "check of an unedited scaffold exited $status, not 1"
  (cd "$work/fresh" && "$bin" check --content content --today 2026-11-24 --format json) >"$work/check.json" 2>"$work/check.err"
  for code in placeholder.words placeholder.phone placeholder.email placeholder.website placeholder.postal; do
    codes_of "$work/check.json" | grep -qx "$code" || fail "check did not report $code in the scaffold"
  done
  grep -q '^content/site.json:9:[0-9]*: error: 03069 990000 is a made-up phone number.* (Code 3.1) — .*\[placeholder.phone\]$' \
    "$work/check.txt" || fail "the phone placeholder is not reported at content/site.json:9:col: $(grep placeholder.phone "$work/check.txt")"
  grep -q '^content/policy.md:[0-9]*:1: error: "CHANGE THIS" .*\[placeholder.words\]$' "$work/check.txt" ||
    fail "policy.md placeholders are not reported with line and column"
  unexpected=$(grep ': error: ' "$work/check.txt" | grep -o '\[[^]]*\]$' | tr -d '[]' | sort -u | grep -E -v "$allowed")
  [ -z "$unexpected" ] || fail "check finds unexpected errors in the scaffold: $unexpected"
}
{
  (cd "$work/fresh" && "$bin" build --content content --out public --today 2026-11-24 --search off) >"$work/build.out" 2>&1
  status=$?
  [ $status -eq 1 ] || fail "build of an unedited scaffold exited $status, not 1: $(tail -3 "$work/build.out")"
  [ ! -e "$work/fresh/public" ] || fail "build published an unedited scaffold"
  grep '\[placeholder\.' "$work/check.txt" | sort >"$work/check-placeholders"
  grep '\[placeholder\.' "$work/build.out" | sort >"$work/build-placeholders"
  [ -s "$work/check-placeholders" ] && diff "$work/check-placeholders" "$work/build-placeholders" >&2 ||
    fail "build does not report the placeholders exactly as check does"
}

# With a self-assessment to import (a CSV, one of the importer's formats).
fixture="$src/tests/fixtures/init/self-assessment.csv"
[ -f "$fixture" ] || fail "missing fixture $fixture"
{
  "$bin" init "$work/with-sa" --name "Example Vale Homes" --from-self-assessment "$fixture" --year 2025-26 \
    >"$work/sa.out" 2>"$work/sa.err" || fail "init --from-self-assessment failed: $(cat "$work/sa.err")"
  [ -f "$work/with-sa/content/self-assessments/2025-26.json" ] || fail "no imported self-assessment written"
  grep -q '"1.2"' "$work/with-sa/content/self-assessments/2025-26.json" || fail "imported self-assessment lacks 1.2"
  {
    (cd "$work/with-sa" && "$bin" check --content content --format json) >"$work/sa-check.json" 2>/dev/null
    # A CSV carries no approval date, so only that (and the missing annual report) may be reported:
    # every provision is answered and every "yes" has evidence.
    unexpected=$(codes_of "$work/sa-check.json" | grep -E -v "$allowed" | grep -v -x -e sa.approval.missing -e sa.latest.undated)
    [ -z "$unexpected" ] || fail "check finds problems in init --from-self-assessment output: $unexpected"
  }
}
echo "ok"
