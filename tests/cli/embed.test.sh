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

"$bin" embed --content "$tmp/content" --base-url https://www.example.org/complaints/ 2>"$tmp/err2" >/dev/null
[ ! -s "$tmp/err2" ] || { cat "$tmp/err2"; fail "no warning with a full address"; }
# Only a path: the code cannot work on another website, and embed says so (it still prints the code).
"$bin" embed --content "$tmp/content" --base-url /complaints/ >"$tmp/out4" 2>"$tmp/err4" || fail "embed --base-url /complaints/"
grep -q 'warning: the code names only this site.s path' "$tmp/err4" || { cat "$tmp/err4"; fail "no warning for a base URL without a host"; }
grep -qF 'set "base_url" in site.json' "$tmp/err4" || fail "the warning says how to fix it"

# The landlord's Markdown (service_requests) is plain text in the code: the widget on another site shows it as text.
cp "$tmp/content/site.json" "$tmp/site.json.bak"
node -e '
const fs = require("fs"); const p = process.argv[1]; const site = JSON.parse(fs.readFileSync(p, "utf8"));
site.service_requests = "Report a repair on **0300 123 4568** or [report it online](https://www.example-homes.org.uk/report).\n\nWe fix emergencies within a day.";
fs.writeFileSync(p, JSON.stringify(site, null, 2));' "$tmp/content/site.json"
"$bin" embed --content "$tmp/content" >"$tmp/out5" 2>/dev/null || fail "embed with Markdown in service_requests"
want='data-service-requests="Report a repair on 0300 123 4568 or report it online (https://www.example-homes.org.uk/report).'
grep -qF "$want" "$tmp/out5" || { grep -o 'data-service-requests="[^"]*"' "$tmp/out5"; fail "service_requests not as plain text with its link"; }
grep -q 'data-service-requests="[^"]*\*\*' "$tmp/out5" && fail "Markdown marks in the code"
cp "$tmp/site.json.bak" "$tmp/content/site.json"

# Content with errors: no code, the errors, exit 1.
printf '{ "landlord_name": ' >"$tmp/content/site.json"
"$bin" embed --content "$tmp/content" >"$tmp/out3" 2>"$tmp/err"
status=$?
[ "$status" -ne 0 ] || fail "embed on broken content should fail"
[ ! -s "$tmp/out3" ] || fail "embed printed code for broken content"
grep -q 'site.json:.*error:' "$tmp/err" || { cat "$tmp/err"; fail "the error names site.json"; }
grep -q 'complaints-site embed: error:' "$tmp/err" || fail "no summary error line"
echo "embed: ok"
