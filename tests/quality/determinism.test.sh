#!/usr/bin/env bash
# Gate: two builds of the example site, search index included, are byte-identical, even from a copy of content/ at
# another path with new modification times, another working directory, time zone and locale, and another --out name,
# so an unchanged site uploads nothing. "Today"
# is an input (the deadlines page lists this year's and next year's holidays): both builds get the same
# SOURCE_DATE_EPOCH, so a build across midnight cannot differ.
# usage: determinism.test.sh CLI_BINARY SOURCE_DIR BUILD_DIR
set -euo pipefail
cli=$1
src=$2
. "$src/tests/lib/prerequisites.sh"
# --search on: Pagefind 1.5.2 writes filter values in a per-process hash order; the build sorts them
# (site/io/pagefind_stable.h), and this gate checks that the index is the same every time.
export PAGEFIND=${PAGEFIND:-$(realpath "$src/node_modules/.bin/pagefind" 2>/dev/null || true)}
[ -n "$PAGEFIND" ] && [ -x "$PAGEFIND" ] || cs_missing "Pagefind (node_modules/.bin/pagefind)" "run scripts/setup (npm ci)"
tmp=$(mktemp -d)
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(date +%s)}
trap 'rm -rf "$tmp"' EXIT

(cd "$src" && TZ=UTC LC_ALL=C.UTF-8 "$cli" build --content content --out "$tmp/first/public" --search on) 2>"$tmp/first.log" ||
  { cat "$tmp/first.log"; echo "determinism: first build failed"; exit 1; }

mkdir -p "$tmp/elsewhere/deeper"
cp -R "$src/content" "$tmp/elsewhere/deeper/content-copy"
find "$tmp/elsewhere/deeper/content-copy" -exec touch -d '2031-07-04 13:37' {} +
(cd "$tmp/elsewhere" && TZ=Pacific/Kiritimati LC_ALL=C LANG=cy_GB.UTF-8 \
  "$cli" build --content deeper/content-copy --out "$tmp/second/other-name" --search on) 2>"$tmp/second.log" ||
  { cat "$tmp/second.log"; echo "determinism: second build failed"; exit 1; }

# The build record (what the next build compares its inputs with) names where the inputs were, so it differs; the
# published files do not.
if ! diff -r -x .complaints-site-record "$tmp/first/public" "$tmp/second/other-name" >"$tmp/diff" 2>&1; then
  head -n 60 "$tmp/diff"
  echo "determinism: the two builds differ ($(grep -c '^diff\|^Only\|^Binary' "$tmp/diff" || true) files)"
  exit 1
fi
files=$(find "$tmp/first/public" -type f | wc -l)
[ "$files" -gt 0 ] || { echo "determinism: the build wrote no files"; exit 1; }
ls "$tmp/first/public/pagefind/filter/"*.pf_filter >/dev/null 2>&1 ||
  { echo "determinism: the build made no search index with a filter"; exit 1; }
echo "determinism: $files files, byte-identical across two builds"
