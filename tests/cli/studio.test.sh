#!/usr/bin/env bash
# `complaints-site studio`: the studio inside the binary, served on 127.0.0.1 with its own security policy and the
# right types (the engine's .wasm as application/wasm, the scripts as JavaScript), other hosts refused, Ctrl-C stops
# it; --export writes the same files to a folder and refuses a folder that holds something else.
set -uo pipefail
bin=$1
tmp=$(mktemp -d)
pid=
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

# --export: every file, the engine among them.
"$bin" studio --export "$tmp/studio" >"$tmp/out" 2>"$tmp/err" || { cat "$tmp/err"; fail "studio --export"; }
for f in index.html app.js pages.js report.js studio.css noscript.css nomodule.js engine.mjs preview-sw.js studio.js studio.wasm vendor/fflate.js; do
  [ -s "$tmp/studio/$f" ] || fail "--export did not write $f"
done
head -c 4 "$tmp/studio/studio.wasm" | od -An -c | grep -q 'a   s   m' || fail "studio.wasm is not WebAssembly"
"$bin" studio --export "$tmp/studio" >/dev/null 2>&1 || fail "--export again into its own folder"
mkdir -p "$tmp/other" && echo mine >"$tmp/other/notes.txt"
"$bin" studio --export "$tmp/other" >/dev/null 2>"$tmp/err2" && fail "--export wrote into a folder of other files"
grep -q "refusing to write into" "$tmp/err2" || { cat "$tmp/err2"; fail "no reason given"; }
[ "$(cat "$tmp/other/notes.txt")" = mine ] || fail "the other folder was changed"

# Served: the page, the engine, the policy; another Host is refused.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" studio --port "$port" >"$tmp/serve.out" 2>&1 &
pid=$!
for _ in $(seq 300); do curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fsS -D "$tmp/h" -o "$tmp/index.html" "http://127.0.0.1:$port/" || fail "GET / failed"
cmp -s "$tmp/index.html" "$tmp/studio/index.html" || fail "/ is not the studio's index.html"
grep -qi "^content-security-policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" "$tmp/h" || { cat "$tmp/h"; fail "no CSP"; }
curl -fsS -D "$tmp/hw" -o "$tmp/w" "http://127.0.0.1:$port/studio.wasm" || fail "GET /studio.wasm"
grep -qi "^content-type: application/wasm" "$tmp/hw" || { cat "$tmp/hw"; fail "studio.wasm not served as application/wasm"; }
cmp -s "$tmp/w" "$tmp/studio/studio.wasm" || fail "the served wasm differs from the exported one"
# Compressed when the browser accepts it (as every browser does): the engine is a third of its size on the wire.
curl -fsS --compressed -D "$tmp/hz" -o "$tmp/wz" "http://127.0.0.1:$port/studio.wasm" || fail "GET /studio.wasm (gzip)"
grep -qi "^content-encoding: gzip" "$tmp/hz" || { cat "$tmp/hz"; fail "studio.wasm not sent gzip-compressed"; }
cmp -s "$tmp/wz" "$tmp/studio/studio.wasm" || fail "the compressed wasm does not unpack to the engine"
curl -fsS -D "$tmp/hj" -o /dev/null "http://127.0.0.1:$port/engine.mjs" || fail "GET /engine.mjs"
grep -qi "^content-type: text/javascript" "$tmp/hj" || { cat "$tmp/hj"; fail "engine.mjs not served as JavaScript"; }
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/preview/")" = 404 ] || fail "/preview/ is the service worker's"
[ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Host: evil.example' "http://127.0.0.1:$port/")" = 403 ] || fail "another Host was served"
[ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/../etc/passwd")" != 200 ] || fail "a path outside was served"
grep -q "The studio is at http://127.0.0.1:$port/" "$tmp/serve.out" || { cat "$tmp/serve.out"; fail "no address printed"; }
kill -INT "$pid"
for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
kill -0 "$pid" 2>/dev/null && fail "Ctrl-C did not stop the studio"
wait "$pid"; status=$?; pid=
[ "$status" -eq 0 ] || fail "exit status $status after Ctrl-C"
echo "studio: ok"
