#!/usr/bin/env bash
# `complaints-site serve` in a real browser (headless Chromium through playwright-core): the page loads
# the reload script under the site's Content-Security-Policy without errors, reloads by itself after an
# edit, shows the error page after a broken edit and comes back after the fix. Fails without Chromium or
# playwright-core (tests/lib/prerequisites.sh). Run by ctest as: bash serve_browser.test.sh BINARY SOURCE_DIR BUILD_DIR.
set -uo pipefail
bin=$(realpath "$1") src=$(realpath "$2")
. "$src/tests/lib/prerequisites.sh"
cs_require_command node "run scripts/setup (it installs nodejs)"
[ -d "$src/node_modules/playwright-core" ] || cs_missing "node_modules/playwright-core" "run scripts/setup (npm ci)"
chrome=$(command -v chromium || command -v chromium-browser || true)
[ -n "$chrome" ] || cs_missing "Chromium" "run scripts/setup (it installs Debian's chromium)"

work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
if [ -f "$src/content/site.json" ]; then cp -r "$src/content" "$work/content"
else "$bin" init "$work/s" --name "Browser Test Homes" >/dev/null && mv "$work/s/content" "$work/content"; fi

"$bin" serve --content "$work/content" --port 0 --debounce 50 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 1 600); do grep -q 'at http://' "$work/serve.out" && break; sleep 0.1; done
url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$work/serve.out" | head -1)
[ -n "$url" ] || { echo "FAIL: server did not start"; cat "$work/serve.err"; exit 1; }

cat >"$work/check.cjs" <<'JS'
const { chromium } = require(process.env.PLAYWRIGHT);
const fs = require("fs");
const [url, policy, site] = process.argv.slice(2);
const fail = (m) => { console.error("FAIL: " + m); process.exitCode = 1; };
(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROME, args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    const problems = [];
    // Status codes (favicon.ico 404, the error page's 500) are expected; script errors and CSP refusals are not.
    page.on("console", (m) => { if (m.type() === "error" && !/^Failed to load resource/.test(m.text())) problems.push(m.text()); });
    page.on("pageerror", (e) => problems.push(e.message));
    // Each edit must come after the page's EventSource has connected, or there is nothing to tell it to reload.
    const live = () => page.waitForResponse((r) => r.url().endsWith("/__live-reload"), { timeout: 20000 });
    let connected = live();
    await page.goto(url + "policy/");
    await connected;
    const edit = async (change) => {
      const reloaded = page.waitForEvent("load", { timeout: 20000 });
      const reconnected = live();
      change();
      await reloaded;
      await reconnected;
    };
    const marker = "Browser reload marker " + Date.now();
    await edit(() => fs.appendFileSync(policy, "\n" + marker + "\n"));
    await page.waitForSelector(`text=${marker}`, { timeout: 10000 });

    const good = fs.readFileSync(site, "utf8");
    await edit(() => fs.writeFileSync(site, '{\n  "landlord_name": "Broken",\n  oops\n}\n'));
    await page.waitForSelector("text=The site could not be built", { timeout: 10000 });
    if (!/site\.json:\d+/.test(await page.textContent("body"))) fail("the error page does not name site.json and a line");

    await edit(() => fs.writeFileSync(site, good));
    await page.waitForSelector(`text=${marker}`, { timeout: 10000 });
    const csp = problems.filter((p) => /Content Security Policy|Refused/i.test(p));
    if (csp.length) fail("CSP violations: " + csp.join("; "));
    if (problems.length) fail("console errors: " + problems.join("; "));
  } catch (e) {
    fail(e.message.split("\n")[0]);
  } finally {
    await browser.close();
  }
})();
JS
PLAYWRIGHT="$src/node_modules/playwright-core" CHROME="$chrome" timeout 120 node "$work/check.cjs" "$url" "$work/content/policy.md" "$work/content/site.json" ||
  { echo "--- server stderr:"; tail -20 "$work/serve.err"; exit 1; }
echo "ok"
