// `complaints-site serve` with a base_url that has a path (https://example.org/complaints/): the preview is served
// under /complaints/ as the site will be published, "/" redirects there, every link and asset of every page reached
// from it answers (a crawl of the whole site), nothing outside the path is the site, and the calculator gives a date
// in Chromium. Also `build --base-url /` is accepted.
// Run as: node serve_base_path.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY. Port: $CS_SERVE_PORT (8713).
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, equal, launch, loadPlaywright, missing, openPage, run } from './lib.mjs';

const [sourceDir, buildDir, cli] = process.argv.slice(2);
if (!existsSync(join(buildDir, 'wasm', 'widget.js'))) missing(`${buildDir}/wasm/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
const playwright = loadPlaywright(sourceDir);
const work = mkdtempSync(join(tmpdir(), 'cs-serve-base-'));
cpSync(join(sourceDir, 'content'), join(work, 'content'), { recursive: true });
const port = Number(process.env.CS_SERVE_PORT || 8713);
const origin = `http://127.0.0.1:${port}`;

const server = spawn(cli, ['serve', '--content', join(work, 'content'), '--port', String(port), '--search', 'off',
  '--base-url', 'https://example.org/complaints/'], { stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
server.stdout.on('data', (d) => { output += d; });
server.stderr.on('data', (d) => { output += d; });
let browser;
async function cleanup() {
  if (browser) await browser.close();
  if (server.exitCode === null) server.kill('SIGINT');
  rmSync(work, { recursive: true, force: true });
}
for (let i = 0; i < 300 && !/Serving .* at http/.test(output); i++) {
  if (server.exitCode !== null) break;
  await new Promise((r) => setTimeout(r, 100));
}
if (!/Serving .* at http/.test(output)) {
  console.error(`serve did not start:\n${output}`);
  await cleanup();
  process.exit(1);
}
browser = await launch(playwright);

const tests = [];
tests.push(['serve says where the site is, and "/" redirects to the base path', async () => {
  assert(output.includes(`Serving ${join(work, 'content')} at ${origin}/complaints/\n`), `serve's address: ${output}`);
  for (const path of ['/', '/complaints']) {
    const response = await fetch(origin + path, { redirect: 'manual' });
    equal([response.status, response.headers.get('location')], [302, '/complaints/'], `${path} redirects`);
  }
  const home = await fetch(origin + '/');
  equal([home.status, new URL(home.url).pathname], [200, '/complaints/'], 'following the redirect gives the home page');
  equal((await fetch(`${origin}/policy/`)).status, 404, 'a page outside the base path is not the site');
  equal((await fetch(`${origin}/complaints/no-such-page/`)).status, 404, 'a missing page under it is 404');
}]);

tests.push(['every link and asset of every page under /complaints/ answers 200', async () => {
  const seen = new Set();
  const queue = ['/complaints/'];
  const broken = [];
  let pages = 0;
  while (queue.length) {
    const path = queue.shift();
    const response = await fetch(origin + path);
    if (response.status !== 200) { broken.push(`${path}: ${response.status}`); continue; }
    if (!(response.headers.get('content-type') || '').startsWith('text/html')) continue;
    pages += 1;
    const html = await response.text();
    for (const [, url] of html.matchAll(/\s(?:href|src|action|data-wasm)="([^"#]*)(?:#[^"]*)?"/g)) {
      if (!url || /^(mailto|tel|data):/.test(url)) continue;
      const target = new URL(url.replace(/&amp;/g, '&'), origin + path);
      if (target.origin !== origin || target.pathname.startsWith('/__')) continue;  // other sites; serve's own script
      if (!target.pathname.startsWith('/complaints/')) { broken.push(`${path} links outside the base path: ${url}`); continue; }
      if (!seen.has(target.pathname)) {
        seen.add(target.pathname);
        queue.push(target.pathname);
      }
    }
  }
  equal(broken, [], 'no broken link');
  assert(pages > 50, `crawled ${pages} pages`);
  assert([...seen].some((p) => p.endsWith('.css')) && [...seen].some((p) => p.endsWith('.js')), 'assets were among the links');
}]);

tests.push(['the calculator gives a date in Chromium under /complaints/', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(`${origin}/complaints/deadlines/`);
  await page.waitForSelector('form.cs-calculator');
  await page.fill('#received-day', '21');
  await page.fill('#received-month', 'Dec');
  await page.fill('#received-year', '2026');
  await page.click('form.cs-calculator button[type=submit]');
  await page.waitForSelector('[data-milestone] time[datetime]');
  const problems = page.problems.filter((x) => !/favicon/.test(x));
  await context.close();
  equal(problems, [], 'no console errors, CSP violations or failed requests');
}]);

tests.push(['build --base-url / is accepted, and /complaints/ places every link under it', async () => {
  for (const base of ['/', '/complaints/']) {
    const out = join(work, `out-${base.length}`);
    execFileSync(cli, ['build', '--content', join(work, 'content'), '--out', out, '--base-url', base, '--search', 'off'],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    assert(existsSync(join(out, 'policy', 'index.html')), `build --base-url ${base} wrote the site`);
    const html = execFileSync('cat', [join(out, 'policy', 'index.html')]).toString();
    assert(html.includes(`href="${base}deadlines/"`), `links under ${base}`);
    assert(!existsSync(join(out, 'sitemap.xml')), 'no sitemap without a full address');
  }
}]);

await run(tests, { timeoutMs: 180000, cleanup });
