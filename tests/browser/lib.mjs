// Shared helpers for the browser tests: a tiny static server on 127.0.0.1 that sends the strict CSP, Debian's
// chromium through playwright-core, axe-core checks, and a small test runner. A missing tool fails the test
// (exit 77, skipped, only with CS_ALLOW_SKIP=1: tests/lib/prerequisites.mjs).
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { missing } from '../lib/prerequisites.mjs';

export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.wasm': 'application/wasm', '.json': 'application/json', '.svg': 'image/svg+xml', '.txt': 'text/plain', '.xml': 'application/xml',
  '.ics': 'text/calendar', '.csv': 'text/csv', '.png': 'image/png', '.ico': 'image/x-icon' };

export { missing };

export function loadPlaywright(sourceDir) {
  const require = createRequire(join(sourceDir, 'package.json'));
  if (!existsSync('/usr/bin/chromium')) missing('/usr/bin/chromium', 'run scripts/setup (it installs Debian\'s chromium)');
  try {
    return require('playwright-core');
  } catch {
    missing('node_modules/playwright-core', 'run scripts/setup (npm ci)');
  }
}

export function axeSource(sourceDir) {
  const file = join(sourceDir, 'node_modules/axe-core/axe.min.js');
  if (!existsSync(file)) missing('node_modules/axe-core', 'run scripts/setup (npm ci)');
  return readFileSync(file);
}

/// Serves `mounts` ({urlPrefix: folder}) and `files` ({url: Buffer|string}); every response carries the CSP (`csp`).
export function serve({ mounts = {}, files = {}, csp = CSP }) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let path = decodeURIComponent(url.pathname);
    let body = files[path];
    if (body === undefined) {
      for (const [prefix, dir] of Object.entries(mounts)) {
        if (!path.startsWith(prefix)) continue;
        let file = normalize(join(dir, path.slice(prefix.length)));
        if (!file.startsWith(normalize(dir))) break;
        if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
        if (existsSync(file)) {
          body = readFileSync(file);
          path = file;
        }
        break;
      }
    }
    if (body === undefined) {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Content-Security-Policy': csp });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] || 'application/octet-stream', 'Content-Security-Policy': csp,
      'Cache-Control': 'no-store' });
    res.end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

export async function launch(playwright) {
  return playwright.chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/// Opens a page that records console errors, CSP violations and every request it makes.
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, acceptDownloads: true, ...options });
  const page = await context.newPage();
  page.problems = [];
  page.requests = [];
  page.on('console', (m) => { if (m.type() === 'error' && !/status of 404/.test(m.text())) page.problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
  page.on('request', (r) => page.requests.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) page.problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.setDefaultTimeout(10000);
  return { context, page };
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/// Runs axe-core (served from the page's own origin, so the CSP allows it) and throws on any violation.
export async function expectNoAxeViolations(page, state) {
  const loaded = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ url: '/__axe/axe.min.js' });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), AXE_TAGS);
  if (result.violations.length) {
    const text = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`).join('\n  ');
    throw new Error(`axe found ${result.violations.length} violation(s) in state "${state}":\n  ${text}`);
  }
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
export function equal(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new Error(`${message}\n    expected ${e}\n    actual   ${a}`);
}

/// Runs named async tests one after another with an overall time limit; prints a summary; exits non-zero on failure.
// ONLY=<regular expression> runs only the tests whose names match (for everyday work; ctest runs them all).
export async function run(tests, { timeoutMs = 120000, cleanup = async () => {} } = {}) {
  if (process.env.ONLY) tests = tests.filter(([name]) => new RegExp(process.env.ONLY).test(name));
  const timer = setTimeout(() => { console.error(`timed out after ${timeoutMs} ms`); process.exit(1); }, timeoutMs);
  let failed = 0;
  for (const [name, fn] of tests) {
    const started = Date.now();
    try {
      await fn();
      console.log(`ok   ${name} (${Date.now() - started} ms)`);
    } catch (e) {
      failed += 1;
      console.log(`FAIL ${name}\n  ${e.stack || e}`);
    }
  }
  await cleanup();
  clearTimeout(timer);
  console.log(`${tests.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
