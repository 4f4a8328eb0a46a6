#!/usr/bin/env bash
# Search: `complaints-site build` runs Pagefind when it is installed, and the index holds the policy, the
# Ombudsman page and the self-assessments, with provision numbers as a filter. Reads Pagefind's gzipped
# fragments with Node. Run by ctest as: bash search.test.sh BINARY SOURCE_DIR BUILD_DIR.
set -uo pipefail
bin=$(realpath "$1") src=$2
. "$src/tests/lib/prerequisites.sh"
cs_require_command node "run scripts/setup (it installs nodejs)"
pagefind=${PAGEFIND:-}
[ -z "$pagefind" ] && [ -x "$src/node_modules/.bin/pagefind" ] && pagefind="$src/node_modules/.bin/pagefind"
[ -n "$pagefind" ] || cs_missing "Pagefind (node_modules/.bin/pagefind)" "run scripts/setup (npm ci)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

PAGEFIND=$pagefind "$bin" build --content "$src/content" --out "$work/public" --search on >"$work/out" 2>&1 ||
  fail "build --search on failed: $(tail -20 "$work/out")"
[ -f "$work/public/pagefind/pagefind.js" ] || fail "no public/pagefind/pagefind.js"
[ -f "$work/public/search/index.html" ] || fail "no search page"
grep -q 'href="/policy/"' "$work/public/search/index.html" || fail "the search page does not list the policy (no-JS fallback)"

node - "$work/public/pagefind" <<'JS' || exit 1
const fs = require("fs"), zlib = require("zlib"), path = require("path");
const dir = path.join(process.argv[2], "fragment");
const pages = fs.readdirSync(dir).map((f) => {
  const text = zlib.gunzipSync(fs.readFileSync(path.join(dir, f))).toString("utf8");
  return JSON.parse(text.slice(text.indexOf("{")));
});
const byUrl = new Map(pages.map((p) => [p.url, p]));
const fail = (m) => { console.error("FAIL: " + m + "\nindexed: " + [...byUrl.keys()].join(" ")); process.exit(1); };
for (const url of ["/policy/", "/ombudsman/"]) if (!byUrl.has(url)) fail(url + " is not in the search index");
if (!/stage 2/i.test(byUrl.get("/policy/").content)) fail("the policy's text is not indexed");
if (byUrl.has("/search/") && byUrl.get("/search/").word_count > 0) fail("the search page indexes itself");
const withProvision = pages.filter((p) => p.filters && p.filters.provision && p.filters.provision.includes("6.3"));
if (!withProvision.some((p) => p.url.startsWith("/self-assessment/"))) fail("no self-assessment page has the provision filter 6.3");
console.log("indexed " + pages.length + " pages; provision 6.3 on " + withProvision.map((p) => p.url).join(", "));
JS
echo "ok"
