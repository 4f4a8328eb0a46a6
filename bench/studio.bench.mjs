// Benchmark of the studio (issue 17 "Measured"): its download (gzip, every file), the time from navigation until the
// engine (the generator in WebAssembly) is ready in headless Chromium on localhost, and the rebuild of the example
// site in the page after an edit of policy.md (median of N). Usage:
//   node bench/studio.bench.mjs SOURCE_DIR STUDIO_DIR [N=20]
// STUDIO_DIR is what `complaints-site studio --export DIR` writes (or <build>/studio). Prints Markdown lines.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { launch, loadPlaywright } from '../tests/browser/lib.mjs';

const [source, studioDir, runsArg] = process.argv.slice(2);
const runs = Number(runsArg || 20);

function tree(dir, base = dir, out = {}) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) tree(file, base, out);
    else out[path.relative(base, file).split(path.sep).join('/')] = readFileSync(file);
  }
  return out;
}

// 1. Download: every file the studio serves, gzip -9 as a host would send it.
const studioFiles = tree(studioDir);
let raw = 0;
let gz = 0;
for (const bytes of Object.values(studioFiles)) {
  raw += bytes.length;
  gz += gzipSync(bytes, { level: 9 }).length;
}
console.log(`- studio download: ${Object.keys(studioFiles).length} files, ${(raw / 1048576).toFixed(2)} MB, ${(gz / 1048576).toFixed(2)} MB gzip (aim < 2 MB gzip)`);

// 2. In Chromium: a bench page beside the studio's files loads the engine as the studio does, then rebuilds.
const content = tree(path.join(source, 'content'));
const contentJson = JSON.stringify(Object.fromEntries(Object.entries(content).map(([k, v]) => [k, v.toString('base64')])));
const benchJs = `
import { StudioEngine } from './engine.mjs';
const t0 = performance.now();
const module = await window.ComplaintsStudio();
const ready = performance.now();
const engine = new StudioEngine(module);
const files = await (await fetch('./bench-content.json')).json();
const bytes = {};
for (const [k, v] of Object.entries(files)) bytes[k] = Uint8Array.from(atob(v), (c) => c.charCodeAt(0));
engine.setContent(bytes);
const times = [];
let pages = 0;
const policy = new TextDecoder().decode(bytes['policy.md']);
for (let i = 0; i < ${runs}; i += 1) {
  engine.put('policy.md', policy + '\\n\\nEdit number ' + i + '.\\n');
  const start = performance.now();
  const result = engine.build('2026-12-06');
  times.push(performance.now() - start);
  pages = result.report.pages;
}
window.benchResult = { engineReadyMs: ready, loadMs: ready - t0, times, pages };
`;
const benchHtml = '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>studio bench</title>' +
  '<script src="studio.js"></script><script type="module" src="bench.js"></script></head><body></body></html>';
const playwright = loadPlaywright(source);
// Served gzip-compressed, as `complaints-site studio` and web servers send it.
const served = { ...studioFiles, 'bench.html': Buffer.from(benchHtml), 'bench.js': Buffer.from(benchJs), 'bench-content.json': Buffer.from(contentJson) };
const types = { html: 'text/html; charset=utf-8', js: 'text/javascript', mjs: 'text/javascript', css: 'text/css', wasm: 'application/wasm', json: 'application/json' };
const gzipped = {};
const server = createServer((req, res) => {
  const name = decodeURIComponent(new URL(req.url, 'http://x').pathname).replace(/^\/studio\//, '');
  const body = served[name];
  if (!body) {
    res.writeHead(404);
    res.end();
    return;
  }
  gzipped[name] ??= gzipSync(body, { level: 6 });
  res.writeHead(200, { 'Content-Type': types[name.split('.').pop()] || 'application/octet-stream', 'Content-Encoding': 'gzip', 'Cache-Control': 'no-store',
    'Content-Security-Policy': "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'" });
  res.end(gzipped[name]);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch(playwright);
try {
  const readyTimes = [];
  const rebuilds = [];
  let pages = 0;
  for (let i = 0; i < 3; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}/studio/bench.html`);
    await page.waitForFunction(() => window.benchResult, null, { timeout: 120000 });
    const r = await page.evaluate(() => window.benchResult);
    readyTimes.push(r.engineReadyMs);
    rebuilds.push(...r.times.slice(1));  // the first build warms the engine
    pages = r.pages;
    await context.close();
  }
  // The same load on "a normal connection": 10 Mbit/s down, 2 Mbit/s up, 40 ms latency (Chromium's throttling).
  const throttled = [];
  for (let i = 0; i < 3; i += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 40, downloadThroughput: 1250000, uploadThroughput: 250000 });
    await page.goto(`${origin}/studio/bench.html`);
    await page.waitForFunction(() => window.benchResult, null, { timeout: 120000 });
    throttled.push(await page.evaluate(() => window.benchResult.engineReadyMs));
    await context.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`- navigation to the engine ready (localhost, cold, 3 loads): median ${Math.round(median(readyTimes))} ms`);
  console.log(`- the same at 10 Mbit/s with 40 ms latency, served gzip-compressed: median ${Math.round(median(throttled))} ms (aim < 3 s on a normal connection)`);
  console.log(`- rebuild of the example site (${pages} pages) in the page after an edit of policy.md: median ${Math.round(median(rebuilds))} ms, ` +
    `min ${Math.round(Math.min(...rebuilds))}, max ${Math.round(Math.max(...rebuilds))} (${rebuilds.length} rebuilds; aim < 300 ms)`);
} finally {
  await browser.close();
  server.close();
}
