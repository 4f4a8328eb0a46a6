// widget/widget-standalone.js from another origin, as a landlord's CMS page embeds it: the built example site is
// served by a server that sends no Access-Control-Allow-Origin and serves .wasm as application/octet-stream (as many
// CMS media libraries and plain hosts do), and a page on a second origin, under the Content-Security-Policy that
// /embed/ tells IT to set, pastes the code `complaints-site embed` prints. Chromium computes a date with it; the same
// page with the ordinary widget.js does not start (its wasm is refused without CORS), so the setting is real.
// Run as: node embed_standalone.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { assert, equal, launch, loadPlaywright, missing, openPage, run } from './lib.mjs';

const [sourceDir, buildDir, cli] = process.argv.slice(2);
const wasmDir = join(buildDir, 'wasm');
if (!existsSync(join(wasmDir, 'widget.js'))) missing(`${wasmDir}/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
const playwright = loadPlaywright(sourceDir);
const work = mkdtempSync(join(tmpdir(), 'cs-embed-'));
const out = join(work, 'public');

// A plain host: no CORS header, no wasm type, no CSP of its own.
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}
const site = await listen((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  let file = normalize(join(out, path));
  if (file.startsWith(out) && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(out) || !existsSync(file)) {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(readFileSync(file));
});

try {
  execFileSync(cli, ['build', '--content', join(sourceDir, 'content'), '--out', out, '--today', '2026-11-24', '--widget-dir', wasmDir,
    '--base-url', `${site.origin}/`, '--search', 'off'], { stdio: ['ignore', 'ignore', 'pipe'] });
} catch (e) {
  console.error(`complaints-site build failed:\n${e.stderr}`);
  process.exit(1);
}
const printed = execFileSync(cli, ['embed', '--content', join(sourceDir, 'content'), '--base-url', `${site.origin}/`], { encoding: 'utf8' });
// The code blocks: each from its <div data-complaints-widget ...> to its <script ...></script>.
const snippets = [...printed.matchAll(/<div data-complaints-widget="(\w+)"[\s\S]*?<\/script>/g)].map((m) => m[0]);
equal(snippets.length, 2, 'complaints-site embed prints the calculator and the walkthrough');
const cspLine = (printed.match(/^script-src .*$/m) || [''])[0];
equal(cspLine, `script-src ${site.origin} 'wasm-unsafe-eval'`, 'the CSP line names the site');

// The landlord's page: exactly what /embed/ says to add to its policy, nothing for styles or connections.
const hostCsp = `default-src 'self'; ${cspLine}; style-src 'self'; object-src 'none'`;
// The control: a CSP that lets the page connect to the site, so only the missing CORS header stops widget.js.
const controlCsp = `default-src 'self'; ${cspLine}; connect-src 'self' ${site.origin}; style-src 'self' ${site.origin}`;
const page = (body) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Complaints - a landlord's CMS</title></head><body><main><h1>Complaints</h1>${body}</main></body></html>`;
const host = await listen((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (path === '/standalone.html') {
    res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Content-Security-Policy': hostCsp });
    res.end(page(snippets.join('\n')));
  } else if (path === '/ordinary.html') {
    res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Content-Security-Policy': controlCsp });
    res.end(page(snippets[1].replace('widget-standalone.js', 'widget.js')));
  } else {
    res.writeHead(404, { 'Content-Type': 'text/plain' });
    res.end('not found');
  }
});
const browser = await launch(playwright);

const tests = [];
tests.push(['the site sends no CORS header and no wasm type (what the test is about)', async () => {
  const response = await fetch(`${site.origin}/widget/widget.wasm`);
  equal(response.headers.get('access-control-allow-origin'), null, 'no Access-Control-Allow-Origin');
  equal(response.headers.get('content-type'), 'application/octet-stream', '.wasm as application/octet-stream');
  assert(snippets[0].includes(`src="${site.origin}/widget/widget-standalone.js"`), `the code loads the standalone file:\n${snippets[0]}`);
}]);

tests.push(['standalone widget on another origin: the calculator computes a date, styled, no CSP violation', async () => {
  const { context, page: p } = await openPage(browser, { viewport: { width: 360, height: 800 } });
  await p.goto(`${host.origin}/standalone.html`);
  await p.waitForSelector('form.cs-calculator', { timeout: 20000 });
  await p.fill('#received-day', '14');
  await p.fill('#received-month', '4');
  await p.fill('#received-year', '2025');
  await p.check('#stage-1');
  await p.check('#extension-no');
  await p.click('form.cs-calculator button[type=submit]');
  await p.waitForSelector('[data-milestone] time', { timeout: 20000 });
  const dates = await p.$$eval('[data-milestone]', (els) => els.map((e) => [e.getAttribute('data-milestone'), e.querySelector('time').getAttribute('datetime')]));
  // The engine's answer for the same date, from the command line.
  const engine = JSON.parse(execFileSync(cli, ['deadlines', '--received', '2025-04-14', '--format', 'json'], { encoding: 'utf8' }));
  const expected = engine.milestones.map((m) => [m.id, m.due]);
  equal(dates, expected, 'the dates equal the engine\'s');
  // The stylesheet inside the file was applied (widget.css gives the error summary, the inputs ... their look).
  const border = await p.$eval('#received-day', (el) => getComputedStyle(el).borderTopWidth);
  equal(border, '2px', 'widget.css applies to the inputs (GOV.UK 2px border)');
  // And the walkthrough started beside it.
  await p.waitForSelector('[data-complaints-widget="walkthrough"].cs-widget', { timeout: 20000 });
  const wasmRequests = p.requests.filter((u) => /\.wasm|\.css/.test(u));
  const problems = p.problems.slice();
  await context.close();
  equal(wasmRequests, [], 'no other file is fetched');
  equal(problems, [], 'no console errors or CSP violations');
}]);

tests.push(['control: the ordinary widget.js from the same origin does not start without CORS', async () => {
  const { context, page: p } = await openPage(browser);
  await p.goto(`${host.origin}/ordinary.html`);
  await p.waitForTimeout(3000);
  const started = await p.$('[data-complaints-widget="walkthrough"].cs-widget');
  const fallback = await p.$eval('[data-complaints-widget="walkthrough"] a', (a) => a.getAttribute('href'));
  const problems = p.problems.join('\n');
  await context.close();
  equal(started, null, 'widget.js cannot load its wasm here');
  equal(fallback, `${site.origin}/make-a-complaint/`, 'the code\'s link to the site stays for the resident');
  assert(/CORS|Access-Control-Allow-Origin/.test(problems), `the browser reports the missing CORS header:\n${problems}`);
}]);

await run(tests, {
  cleanup: async () => {
    await browser.close();
    site.server.close();
    host.server.close();
    rmSync(work, { recursive: true, force: true });
  },
});
