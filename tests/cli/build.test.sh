#!/usr/bin/env bash
# `complaints-site build` run as a resident's landlord would: exit statuses, the summary line, diagnostics format.
set -uo pipefail
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cp -r "$src/content" "$tmp/content"
common=(--widget-dir "$tmp/no-widget" --today 2026-11-24)

"$bin" build --content "$tmp/content" --out "$tmp/public" "${common[@]}" 2>"$tmp/err"
[ $? -eq 0 ] || { cat "$tmp/err"; fail "example site should build"; }
tail -n1 "$tmp/err" | grep -Eq '^complaints-site build: [0-9]+ pages, [0-9]+ bytes, [0-9]+ warnings?, [0-9]+ ms -> ' \
  || fail "summary line: $(tail -n1 "$tmp/err")"
[ -f "$tmp/public/index.html" ] && [ -f "$tmp/public/policy/index.html" ] || fail "pages missing"
ls "$tmp/public/assets/" | grep -Eq '^site\.[0-9a-f]{8}\.css$' || fail "hashed stylesheet missing"

# Other sites can embed the widget: /widget/* is served with Access-Control-Allow-Origin: *.
awk '/^\/widget\/\*$/{w=1; next} /^[^ ]/{w=0} w && /^  Access-Control-Allow-Origin: \*$/{ok=1} END{exit !ok}' "$tmp/public/_headers" \
  || { cat "$tmp/public/_headers"; fail "_headers: no Access-Control-Allow-Origin: * for /widget/*"; }

# --verbose times each named step.
"$bin" build --content "$tmp/content" --out "$tmp/public" --verbose "${common[@]}" 2>"$tmp/err" || fail "verbose build"
for step in load "render pages" self-assessment "widget pages" sitemap 404 assets write; do
  grep -q "step $step: " "$tmp/err" || fail "--verbose does not time step '$step'"
done

# Content errors: exit 1, file:line:col: error: ..., and the previous site is untouched.
before=$(cd "$tmp/public" && find . -type f -exec md5sum {} + | sort)
printf -- '---\ntitle: Broken\n---\n\nSee [this](/nowhere/).\n' >"$tmp/content/pages/broken.md"
"$bin" build --content "$tmp/content" --out "$tmp/public" "${common[@]}" 2>"$tmp/err"
status=$?
[ $status -eq 1 ] || fail "broken link: exit $status, want 1"
grep -Eq '^.+/content/pages/broken\.md:5:5: error: .+ \[link\.page\.missing\]$' "$tmp/err" || { cat "$tmp/err"; fail "diagnostic format"; }
after=$(cd "$tmp/public" && find . -type f -exec md5sum {} + | sort)
[ "$before" = "$after" ] || fail "a failed build changed the published site"
rm "$tmp/content/pages/broken.md"

# Warnings fail the build with --strict.
printf -- '## Same\n\n## Same\n' >"$tmp/content/pages/dupes.md"
"$bin" build --content "$tmp/content" --out "$tmp/public" --strict "${common[@]}" 2>"$tmp/err"
[ $? -eq 1 ] || fail "--strict with warnings should exit 1"
grep -Eq 'dupes\.md:3:1: warning: .+\[md\.heading\.duplicate_id\]' "$tmp/err" || fail "duplicate id warning"
rm "$tmp/content/pages/dupes.md"

# `build` runs the same checks as `complaints-site check` (issue 5): the example has no findings; a third
# stage in the policy is a warning in build and fails the build with --strict, leaving the site untouched.
"$bin" build --content "$tmp/content" --out "$tmp/public" "${common[@]}" 2>"$tmp/err" || fail "example build"
grep 'warning:' "$tmp/err" | grep -v '\[build\.widget\.missing\]' && fail "the example should build with no warnings"
cp "$tmp/content/policy.md" "$tmp/policy.md.orig"
printf '\nIf you are still unhappy you can ask for a stage 3 review.\n' >>"$tmp/content/policy.md"
"$bin" build --content "$tmp/content" --out "$tmp/public" "${common[@]}" 2>"$tmp/err"
[ $? -eq 0 ] || { cat "$tmp/err"; fail "a check finding alone should not fail the build without --strict"; }
grep -Eq 'policy\.md:[0-9]+: warning: the policy describes a third stage.*\[policy\.stages\.third\]' "$tmp/err" \
  || { cat "$tmp/err"; fail "third stage should be a warning in build"; }
grep -Eq '^complaints-site build: .* [1-9][0-9]* warnings?, ' "$tmp/err" || fail "check findings not counted as warnings"
before=$(cd "$tmp/public" && find . -type f -exec md5sum {} + | sort)
"$bin" build --content "$tmp/content" --out "$tmp/public" --strict "${common[@]}" 2>"$tmp/err"
[ $? -eq 1 ] || { cat "$tmp/err"; fail "--strict with a check error should exit 1"; }
grep -q '\[policy\.stages\.third\]' "$tmp/err" || fail "--strict output should name the check's code"
after=$(cd "$tmp/public" && find . -type f -exec md5sum {} + | sort)
[ "$before" = "$after" ] || fail "a --strict failure changed the published site"
cp "$tmp/policy.md.orig" "$tmp/content/policy.md"

# Usage errors and unreadable input: exit 2.
"$bin" build --no-such-flag 2>"$tmp/err"; [ $? -eq 2 ] || fail "unknown flag should exit 2"
"$bin" build --content "$tmp/missing" --out "$tmp/public" 2>"$tmp/err"; [ $? -eq 2 ] || fail "missing content should exit 2"
"$bin" build --content "$tmp/content" --out "$tmp/public" --base-url "ftp://x" 2>"$tmp/err"; [ $? -eq 2 ] || fail "bad --base-url"
mkdir -p "$tmp/precious" && echo keep >"$tmp/precious/file.txt"
"$bin" build --content "$tmp/content" --out "$tmp/precious" "${common[@]}" 2>"$tmp/err"
[ $? -eq 2 ] || fail "replacing a folder the build did not make should exit 2"
[ "$(cat "$tmp/precious/file.txt")" = keep ] || fail "an unrelated folder was damaged"

# --base-url puts the site under a sub-path.
"$bin" build --content "$tmp/content" --out "$tmp/sub" --base-url https://example.org/complaints/ "${common[@]}" 2>"$tmp/err" \
  || fail "build with --base-url"
grep -q 'href="/complaints/policy/"' "$tmp/sub/index.html" || fail "links do not use the base path"
grep -q '<loc>https://example.org/complaints/policy/</loc>' "$tmp/sub/sitemap.xml" || fail "sitemap does not use the base URL"
echo ok
