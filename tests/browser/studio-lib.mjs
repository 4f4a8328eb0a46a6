// What the studio's browser tests share (studio.test.mjs, studio-report.test.mjs, studio-pages.test.mjs): the studio
// folder served with axe beside it, Chromium, and the steps every journey takes. Run a test as
// node <name>.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY: the studio folder is BUILD_DIR/studio.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { sharedFile } from '../lib/prerequisites.mjs';
import { axeSource, equal, expectNoAxeViolations, launch, loadPlaywright, missing, openPage, serve } from './lib.mjs';

export const [sourceDir, buildDir, cli] = process.argv.slice(2);
export const studioDir = join(buildDir, 'studio');
for (const file of ['index.html', 'app.js', 'pages.js', 'report.js', 'studio.js', 'studio.wasm', 'engine.mjs', 'preview-sw.js', 'vendor/fflate.js']) {
  if (!existsSync(join(studioDir, file))) missing(`${studioDir}/${file}`, 'build the studio with cmake --build (target cs_studio_site; it needs em++: scripts/setup installs emscripten)');
}
export const playwright = loadPlaywright(sourceDir);
const require = createRequire(join(sourceDir, 'package.json'));
export let fflate;
try {
  fflate = require('fflate');
} catch {
  missing('node_modules/fflate', 'run scripts/setup (npm ci)');
}
export const seed = sharedFile(sourceDir, 'seeds/self-assessment-2024-syha.txt');
export const shots = process.env.STUDIO_SHOTS || '';
if (shots) mkdirSync(shots, { recursive: true });
export const work = mkdtempSync(join(tmpdir(), 'cs-studio-'));

// The policy `complaints-site studio` sends (kStudioPolicy in site/cli/studio_command.cc): the logo's preview is a blob: image.
export const STUDIO_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; img-src 'self' blob: data:; frame-src 'self' blob:; "
  + "worker-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";
export const { server, origin } = await serve({ mounts: { '/studio/': studioDir }, files: { '/__axe/axe.min.js': axeSource(sourceDir) }, csp: STUDIO_CSP });
export const browser = await launch(playwright);
export const STUDIO = `${origin}/studio/`;
export const PREVIEW = '/studio/preview/';

/** For run()'s cleanup. */
export async function closeStudio() {
  await browser.close();
  server.close();
  rmSync(work, { recursive: true, force: true });
}

export async function openStudio(width, context = null) {
  let page;
  if (context) {
    page = await context.newPage();
    page.problems = [];
    page.on('pageerror', (e) => page.problems.push(`page error: ${e.message}`));
    page.setDefaultTimeout(15000);
  } else {
    ({ context, page } = await openPage(browser, { viewport: { width, height: 900 } }));
    page.setDefaultTimeout(15000);
  }
  await page.goto(STUDIO);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  return { context, page };
}
export async function go(page, name) {
  await page.click(`a[data-screen-link="${name}"]`);
  await page.waitForSelector(`section[data-screen="${name}"]:not([hidden])`);
}
export async function screen(page, name, width, state) {
  await go(page, name);
  equal(await page.getAttribute(`a[data-screen-link="${name}"]`, 'aria-current'), 'page', `${name}: the nav marks the screen`);
  if (name === 'preview') await previewFrame(page);
  await axeAndShot(page, `${state} ${name} at ${width}px`, `${state}-${name}-${width}`);
}
export async function axeAndShot(page, state, file) {
  await expectNoAxeViolations(page, state);
  if (shots) await page.screenshot({ path: join(shots, `${file}.png`), fullPage: process.env.STUDIO_SHOTS_FULL === '1' });
}
/** The preview's frame once it shows a page of the built site. */
export async function previewFrame(page) {
  await page.waitForSelector('iframe[data-preview]:visible', { timeout: 30000 });
  await page.waitForFunction((base) => {
    const f = document.querySelector('iframe[data-preview]');
    try { return f.contentWindow.location.pathname.startsWith(base) && f.contentDocument.readyState === 'complete' && f.contentDocument.querySelector('main'); } catch { return false; }
  }, PREVIEW, { timeout: 30000 });
  return page.frames().find((f) => new URL(f.url()).pathname.startsWith(PREVIEW));
}
export async function startFromScratch(page, name) {
  await page.fill('#scratch-name', name);
  await page.click('form[data-scratch-form] button[type=submit]');
  await page.waitForSelector('[data-start-result] .success');
}
export async function savedFiles(page) {
  // What IndexedDB holds: path → "size:hash".
  return page.evaluate(() => new Promise((resolve, reject) => {
    const request = indexedDB.open('complaints-site-studio');
    request.onerror = () => reject(request.error);
    request.onsuccess = () => {
      const out = {};
      const cursor = request.result.transaction('files').objectStore('files').openCursor();
      cursor.onsuccess = () => {
        const c = cursor.result;
        if (!c) { request.result.close(); resolve(out); return; }
        const bytes = new Uint8Array(c.value);
        let hash = 0;
        for (const b of bytes) hash = (hash * 31 + b) >>> 0;
        out[c.key] = `${bytes.length}:${hash}`;
        c.continue();
      };
    };
  }));
}
export async function settle(page) {
  // Saving is debounced (≤ 500 ms): wait for the save to land.
  await page.waitForTimeout(900);
}
export function listFiles(dir, base = dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listFiles(full, base));
    else out.push(relative(base, full));
  }
  return out;
}
export function contentZip(dir, folder) {
  const entries = {};
  for (const path of listFiles(dir)) entries[folder + path] = new Uint8Array(readFileSync(join(dir, path)));
  return Buffer.from(fflate.zipSync(entries));
}
/** Writes a zip's files (unzipped: path → bytes; the entries of folders themselves are passed over) under `dir`. */
export function writeFiles(files, dir) {
  for (const [path, bytes] of Object.entries(files)) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), bytes);
  }
}
/**
 * Builds the content folder `content` into `out` with `complaints-site build --search off --today TODAY` and checks
 * that `site` (the studio's site.zip, unzipped: path → bytes) has the same files, byte for byte. Returns their paths.
 */
export function expectSameAsBuild(site, content, out, today) {
  try {
    execFileSync(cli, ['build', '--content', content, '--out', out, '--search', 'off', '--today', today], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    throw new Error(`complaints-site build failed:\n${e.stderr}`);
  }
  const expected = listFiles(out).filter((p) => !p.split('/').pop().startsWith('.complaints-site-')).sort();
  const actual = Object.keys(site).filter((p) => !p.endsWith('/')).sort();
  equal(actual, expected, 'site.zip has the same files as complaints-site build');
  equal(expected.filter((p) => Buffer.compare(Buffer.from(site[p]), readFileSync(join(out, p))) !== 0), [], 'and every file is byte-identical');
  return expected;
}
export async function download(page, selector) {
  const [event] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return new Uint8Array(readFileSync(await event.path()));
}
export function noProblems(page) {
  equal(page.problems.filter((p) => !/favicon/.test(p)), [], 'no console errors, page errors or failed requests');
}
export async function importSeed(page, name) {
  await startFromScratch(page, name);
  const year = await page.inputValue('#import-year');
  await page.setInputFiles('input[type=file][name="import"]', seed);
  await page.waitForSelector('[data-import-provisions]');
  return year;
}
export async function savedText(page, path) {
  return page.evaluate((p) => new Promise((resolve) => {
    const r = indexedDB.open('complaints-site-studio');
    r.onsuccess = () => {
      const g = r.result.transaction('files').objectStore('files').get(p);
      g.onsuccess = () => { resolve(g.result ? new TextDecoder().decode(g.result) : null); r.result.close(); };
    };
  }), path);
}
