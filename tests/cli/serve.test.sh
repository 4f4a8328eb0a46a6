#!/usr/bin/env bash
# `complaints-site serve` with the real binary on a free loopback port: serves the built pages with the
# right types and headers, refuses path traversal, reloads browsers after an edit (a real Server-Sent
# Events connection), shows a broken edit as an error page naming file and line, recovers, previews a site
# with placeholders with the findings on the page, and stops
# cleanly on SIGINT. Every wait is bounded; the server is always killed.
# Run by ctest as: bash serve.test.sh BINARY SOURCE_DIR BUILD_DIR.
set -uo pipefail
bin=$(realpath "$1") src=$2

work=$(mktemp -d)
server=
events_pid=
cleanup() {
  [ -n "$events_pid" ] && kill "$events_pid" 2>/dev/null
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  echo "--- server stdout:" >&2; cat "$work/serve.out" >&2 2>/dev/null
  echo "--- server stderr:" >&2; tail -40 "$work/serve.err" >&2 2>/dev/null
  exit 1
}

# A site to serve: the bundled example if there is one, else a fresh scaffold.
if [ -f "$src/content/site.json" ]; then cp -r "$src/content" "$work/content"
else "$bin" init "$work/scaffold" --name "Serve Test Homes" >/dev/null && mv "$work/scaffold/content" "$work/content"; fi
policy="$work/content/policy.md"

# http METHOD PATH [HOST]: the raw response (bash's /dev/tcp; the server closes each connection).
http() {
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '%s %s HTTP/1.1\r\nHost: %s\r\n\r\n' "$1" "$2" "${3:-127.0.0.1:$port}" >&3
  timeout 10 cat <&3
  exec 3<&-
}
status_of() { head -1 | tr -d '\r' | cut -d' ' -f2; }
page_contains() { http GET "$1" | grep -q "$2"; }
page_status_is() { [ "$(http GET "$1" | status_of)" = "$2" ]; }
# wait_for SECONDS COMMAND...: retries COMMAND every 0.1 s until it succeeds.
wait_for() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do [ $SECONDS -ge $deadline ] && return 1; sleep 0.1; done
}

# A bad --search value is a usage error before anything starts.
"$bin" serve --content "$work/content" --port 0 --search sometimes >/dev/null 2>"$work/usage.err"; code=$?
[ "$code" = 2 ] || fail "serve --search sometimes exited $code, not 2"
grep -q -- '--search "sometimes": use auto, on or off' "$work/usage.err" || fail "no clear message for a bad --search"

"$bin" serve --content "$work/content" --port 0 --debounce 50 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
wait_for 60 grep -q 'at http://127.0.0.1:[0-9]*/' "$work/serve.out" || fail "server did not start"
port=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.out" | head -1 | sed 's/.*:\([0-9]*\)\//\1/')

# Pages, types, headers.
home=$(http GET /) || fail "no answer on port $port"
[ "$(echo "$home" | status_of)" = 200 ] || fail "GET / is not 200"
echo "$home" | grep -qi '^Content-Type: text/html; charset=utf-8' || fail "/ is not text/html"
echo "$home" | grep -qi "^Content-Security-Policy: default-src 'self'" || fail "no CSP header on /"
echo "$home" | grep -q '<script src="/__live-reload.js" defer></script>' || fail "no live-reload script in the page"
[ "$(http GET /policy/ | status_of)" = 200 ] || fail "GET /policy/ is not 200"
[ "$(http GET /policy | status_of)" = 301 ] || fail "GET /policy does not redirect to /policy/"
[ "$(http GET /no-such-page/ | status_of)" = 404 ] || fail "missing page is not 404"
head_response=$(http HEAD /policy/)
[ "$(echo "$head_response" | status_of)" = 200 ] || fail "HEAD /policy/ is not 200"
echo "$head_response" | grep -q '</html>' && fail "HEAD returned a body"
asset=$(echo "$home" | grep -o 'href="/[^"]*\.css"' | head -1 | sed 's/href="//; s/"$//')
if [ -n "$asset" ]; then
  http GET "$asset" | grep -qi '^Content-Type: text/css' || fail "$asset is not text/css"
fi
wasm=$(echo "$home$(http GET /deadlines/)" | grep -o '/[^"]*\.wasm' | head -1)
if [ -n "$wasm" ]; then http GET "$wasm" | grep -qi '^Content-Type: application/wasm' || fail "$wasm is not application/wasm"; fi

# Another site pointing its own name at 127.0.0.1 (DNS rebinding) cannot read the preview.
[ "$(http GET / "attacker.example:$port" | status_of)" = 403 ] || fail "a foreign Host header was answered"

# Path traversal, plain and percent-encoded.
for bad in /../../../../etc/passwd /%2e%2e/%2e%2e/%2e%2e/etc/passwd /..%2f..%2f..%2fetc%2fpasswd /policy/%2E%2E/%2E%2E/%2E%2E/etc/passwd; do
  answer=$(http GET "$bad")
  [ "$(echo "$answer" | status_of)" = 400 ] || fail "$bad was not refused"
  echo "$answer" | grep -q 'root:' && fail "$bad leaked /etc/passwd"
done

# Live reload: open the event stream like a browser, edit the policy, expect a reload event and the new text.
exec 4<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /__live-reload HTTP/1.1\r\nHost: 127.0.0.1:%s\r\nAccept: text/event-stream\r\n\r\n' "$port" >&4
timeout 60 cat <&4 >"$work/events" &
events_pid=$!
wait_for 10 grep -q '^event: hello' "$work/events" || fail "no hello event on /__live-reload"
marker="Live reload marker $RANDOM$RANDOM"
printf '\n%s\n' "$marker" >>"$policy"
wait_for 30 grep -q '^event: reload' "$work/events" || fail "no reload event within 30 s of an edit"
wait_for 10 page_contains /policy/ "$marker" ||
  fail "the edit did not reach /policy/"

# A broken edit: an error page naming the file and line, in place of every page; the server keeps running.
cp "$work/content/site.json" "$work/site.json.good"
printf '{\n  "landlord_name": "Broken",\n  oops\n}\n' >"$work/content/site.json"
wait_for 30 page_status_is /policy/ 500 ||
  fail "a broken site.json did not give the error page"
overlay=$(http GET /policy/)
echo "$overlay" | grep -q 'could not be built' || fail "error page does not say the build failed"
echo "$overlay" | grep -Eq 'site\.json:[0-9]+' || fail "error page does not name site.json and a line"
kill -0 "$server" 2>/dev/null || fail "the server died on a broken edit"

# Fixing it recovers.
cp "$work/site.json.good" "$work/content/site.json"
wait_for 30 page_contains /policy/ "$marker" ||
  fail "the site did not recover after fixing site.json"

# Placeholders stop `build` publishing but not the preview: the site is still shown, with the findings on the page
# (issue 12, item 4).
sed 's/"0300 123 4567"/"03069 990000"/' "$work/site.json.good" >"$work/content/site.json"
grep -q '03069 990000' "$work/content/site.json" || fail "could not plant the placeholder phone number"
wait_for 30 page_contains /policy/ 'name="complaints-site-serve-errors"' ||
  fail "a placeholder did not show the site with the errors note"
page_status_is /policy/ 200 || fail "a placeholder replaced the preview with the error page"
diagnostics=$(http GET /__diagnostics/)
echo "$diagnostics" | grep -q 'cannot be published yet' || fail "/__diagnostics/ does not say the site cannot be published"
echo "$diagnostics" | grep -q 'placeholder.phone' || fail "/__diagnostics/ does not list the placeholder"
echo "$diagnostics" | grep -Eq 'site\.json:[0-9]+:[0-9]+' || fail "/__diagnostics/ does not name the line and column"
cp "$work/site.json.good" "$work/content/site.json"
wait_for 30 eval '! page_contains /policy/ complaints-site-serve-errors' || fail "fixing the placeholder did not clear the note"

# Ctrl-C stops it cleanly (exit 0) and removes its temporary folder.
kill "$events_pid" 2>/dev/null; events_pid=
exec 4<&-
kill -INT "$server"
stopped=0
for _ in $(seq 1 100); do kill -0 "$server" 2>/dev/null || { stopped=1; break; }; sleep 0.1; done
[ $stopped = 1 ] || fail "the server did not stop within 10 s of SIGINT"
wait "$server"; status=$?
server=
[ $status -eq 0 ] || fail "serve exited $status after SIGINT"
grep -q 'Stopping' "$work/serve.out" || fail "no 'Stopping' message"
grep -E 'site updated in [0-9]+ ms' "$work/serve.err" | tail -1
echo "ok"
