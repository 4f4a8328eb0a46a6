#!/usr/bin/env bash
# `complaints-site embed`: the code for another website with the site's own addresses, the same as the built
# embed/snippets.txt that /embed/ offers; --base-url overrides site.json; content with errors prints no code.
set -uo pipefail
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cp -r "$src/content" "$tmp/content"
"$bin" embed --content "$tmp/content" >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err"; fail "embed should succeed on the example"; }
site=https://complaints.example-homes.org.uk
for want in \
  '<div data-complaints-widget="deadlines" data-landlord="Example Homes"' \
  '<div data-complaints-widget="walkthrough" data-landlord="Example Homes"' \
  "<script src=\"$site/widget/widget-standalone.js\" defer></script>" \
  "<p><a href=\"$site/deadlines/\">" \
  "<p><a href=\"$site/make-a-complaint/\">" \
  "script-src $site 'wasm-unsafe-eval'"; do
  grep -qF -- "$want" "$tmp/out" || { cat "$tmp/out"; fail "embed does not print: $want"; }
done
[ "$(grep -c 'widget-standalone.js' "$tmp/out")" -eq 2 ] || fail "one script tag per tool"
grep -q 'data-channels="\[{&quot;label&quot;' "$tmp/out" || fail "the walkthrough's code carries the landlord's channels"

# The same as the build's embed/snippets.txt (and /embed/ shows the same code).
"$bin" build --content "$tmp/content" --out "$tmp/public" --widget-dir "$tmp/no-widget" --search off 2>"$tmp/err" \
  || { cat "$tmp/err"; fail "build"; }
cmp -s "$tmp/out" "$tmp/public/embed/snippets.txt" || { diff "$tmp/out" "$tmp/public/embed/snippets.txt"; fail "embed differs from embed/snippets.txt"; }
grep -qF "$site/widget/widget-standalone.js" "$tmp/public/embed/index.html" || fail "/embed/ does not show the code"

# --base-url: a site published in a folder of another address.
"$bin" embed --content "$tmp/content" --base-url https://www.example.org/complaints/ >"$tmp/out2" || fail "embed --base-url"
grep -qF '<script src="https://www.example.org/complaints/widget/widget-standalone.js" defer></script>' "$tmp/out2" \
  || { cat "$tmp/out2"; fail "--base-url not used"; }
grep -qF "script-src https://www.example.org 'wasm-unsafe-eval'" "$tmp/out2" || fail "the CSP names the origin, not the folder"

# Content with errors: no code, the errors, exit 1.
printf '{ "landlord_name": ' >"$tmp/content/site.json"
"$bin" embed --content "$tmp/content" >"$tmp/out3" 2>"$tmp/err"
status=$?
[ "$status" -ne 0 ] || fail "embed on broken content should fail"
[ ! -s "$tmp/out3" ] || fail "embed printed code for broken content"
grep -q 'site.json:.*error:' "$tmp/err" || { cat "$tmp/err"; fail "the error names site.json"; }
grep -q 'complaints-site embed: error:' "$tmp/err" || fail "no summary error line"
echo "embed: ok"
