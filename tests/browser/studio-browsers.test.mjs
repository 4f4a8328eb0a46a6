// The studio (studio/) in Firefox and in WebKit, Safari's engine (issue 17: "works in current Chromium, Firefox and
// Safari"; browser.studio walks Chromium). In each: start from scratch → change the landlord's name in Your
// organisation → Check lists the findings and a finding's link focuses its field → reload: the work is still there
// (IndexedDB) → Preview shows the built site's hub (its service worker) → every screen fits the window at 1280 and
// 360 px → the engine in the page builds the example site file for file as `complaints-site build` does.
// Run as: node studio-browsers.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY (the studio folder is BUILD_DIR/studio).
// STUDIO_SHOTS=DIR saves a screenshot of each screen there (<browser>-<screen>-<width>.png).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { launchFirefox, launchWebKit } from './engines.mjs';
import { assert, equal, missing, run, serve } from './lib.mjs';

const [sourceDir, buildDir, cli] = process.argv.slice(2);
const studioDir = join(buildDir, 'studio');
for (const file of ['index.html', 'app.js', 'studio.js', 'studio.wasm', 'engine.mjs', 'preview-sw.js', 'vendor/fflate.js']) {
  if (!existsSync(join(studioDir, file))) missing(`${studioDir}/${file}`, 'build the studio with cmake --build (target cs_studio_site; it needs em++: scripts/setup installs emscripten)');
}
const shots = process.env.STUDIO_SHOTS || '';
if (shots) mkdirSync(shots, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'cs-studio-browsers-'));

function listFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? listFiles(full, base) : [relative(base, full)];
  });
}
/// "size:FNV-1a" of some bytes; the page computes the same (siteDigests below) so the two can be compared file by file.
function digest(bytes) {
  let h = 0x811c9dc5;
  for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  return `${bytes.length}:${h.toString(16)}`;
}
const contentDir = join(sourceDir, 'content');
const contentFiles = listFiles(contentDir).sort();
const references = new Map(); // today → {path: digest} of `complaints-site build` on the example
function cliBuild(today) {
  if (!references.has(today)) {
    const copy = join(work, `content-${today}`);
    const out = join(work, `public-${today}`);
    cpSync(contentDir, copy, { recursive: true });
    try {
      execFileSync(cli, ['build', '--content', copy, '--out', out, '--search', 'off', '--today', today], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      throw new Error(`complaints-site build failed:\n${e.stderr}`);
    }
    const files = {};
    for (const p of listFiles(out).filter((p) => !p.split('/').pop().startsWith('.complaints-site-')).sort()) files[p] = digest(readFileSync(join(out, p)));
    references.set(today, files);
  }
  return references.get(today);
}

// A phone's width in a window that cannot be made that narrow (MiniBrowser's toolbar keeps it at least 447 px wide):
// the studio in an iframe NARROW px wide, on a page of the same origin (so the same storage and service worker).
const NARROW = 360;
const { server, origin } = await serve({ mounts: { '/studio/': studioDir, '/__content/': contentDir }, files: {
  '/__narrow.html': `<!doctype html><html lang="en"><title>The studio ${NARROW} px wide</title><iframe src="/studio/" width="${NARROW}" height="900" title="The studio"></iframe></html>` } });
const STUDIO = `${origin}/studio/`;
const PREVIEW = '/studio/preview/';

// In the page: a second engine from the studio's own files builds the example content, fetched from /__content/.
async function siteDigests(paths, today) {
  const { StudioEngine } = await import(new URL('engine.mjs', location.href).href);
  const engine = new StudioEngine(await globalThis.ComplaintsStudio());
  const files = {};
  for (const p of paths) files[p] = new Uint8Array(await (await fetch(`/__content/${p}`)).arrayBuffer());
  engine.setContent(files);
  const built = engine.build(today, '');
  const out = {};
  for (const [path, bytes] of [...built.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let h = 0x811c9dc5;
    for (const b of bytes) h = Math.imul(h ^ b, 0x01000193) >>> 0;
    out[path] = `${bytes.length}:${h.toString(16)}`;
  }
  return { generated: built.report.generated, files: out };
}
function savedText(path) {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open('complaints-site-studio');
    r.onerror = () => reject(r.error);
    r.onsuccess = () => {
      const g = r.result.transaction('files').objectStore('files').get(path);
      g.onsuccess = () => { resolve(g.result ? new TextDecoder().decode(g.result) : null); r.result.close(); };
    };
  });
}
const visible = (selector) => { const e = document.querySelector(selector); return !!e && !!e.offsetParent; };

async function go(page, name) {
  await page.click(`a[data-screen-link="${name}"]`);
  await page.waitFor((n) => { const s = document.querySelector(`section[data-screen="${n}"]`); return s && !s.hidden; }, [name], `the ${name} screen`);
}
async function ready(page) {
  await page.waitFor(() => document.body.dataset.ready === 'true' || !document.querySelector('[data-unsupported]').hidden, [], 'the studio to start', 30000);
  const unsupported = await page.evaluate(() => (document.querySelector('[data-unsupported]').hidden ? '' : document.querySelector('[data-unsupported]').textContent.trim()));
  equal(unsupported, '', 'the studio starts (no "this browser cannot" message)');
}
async function shot(page, screen, width) {
  if (shots) await page.screenshot(join(shots, `${page.name}-${screen}-${width}.png`));
}

const tests = [];
// Both show the preview (its service worker on http://127.0.0.1, a secure context), as Chromium does.
const browsers = [
  { name: 'firefox', launch: () => launchFirefox(sourceDir) },
  { name: 'webkit', launch: () => launchWebKit() },
];
const open = new Set();
for (const b of browsers) {
  let page = null;
  const needs = () => { assert(page, `${b.name} did not start (see its first test)`); return page; };

  tests.push([`${b.name}: start from scratch → Your organisation → Check lists the findings and links to the field`, async () => {
    page = await b.launch();
    open.add(page);
    console.log(`     ${page.version}`);
    await page.resize(1280, 900);
    await page.goto(STUDIO);
    await ready(page);
    await shot(page, 'start', 1280);
    await page.fill('#scratch-name', 'Riverside Homes');
    await page.click('form[data-scratch-form] button[type=submit]');
    await page.waitFor(visible, ['[data-start-result] .success'], 'the scratch site to be made');

    await go(page, 'organisation');
    equal(await page.evaluate(() => document.querySelector('#f-landlord_name').value), 'Riverside Homes', 'the form shows the name');
    await page.fill('#f-landlord_name', 'Riverside Homes Group');
    let saved = null;
    for (const end = Date.now() + 10000; !(saved && JSON.parse(saved).landlord_name === 'Riverside Homes Group');) {
      assert(Date.now() < end, `site.json is saved with the new name (IndexedDB): ${saved}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
      saved = await page.evaluate(savedText, 'site.json');
    }

    await go(page, 'check');
    const codes = await page.evaluate(() => [...document.querySelectorAll('[data-check-list] [data-finding-code]')].map((e) => [e.dataset.findingCode, e.dataset.provision]));
    const names = codes.map(([code]) => code);
    assert(names.includes('placeholder.words') && names.includes('placeholder.website'), `Check lists the placeholders: ${names.join(', ')}`);
    assert(codes.every(([, provision]) => typeof provision === 'string'), 'every finding has data-provision');
    assert(/\d+ errors?, \d+ warnings?/.test(await page.evaluate(() => document.querySelector('[data-check-counts]').textContent)), 'the counts are at the top');
    await shot(page, 'check', 1280);
    await page.click('[data-finding-code="placeholder.website"] a[data-go="organisation"]');
    await page.waitFor(() => document.activeElement && document.activeElement.id === 'f-website_url', [], 'the finding\'s link to focus the website field');
    equal(await page.problems(), [], 'no console errors, page errors or unhandled rejections');
  }]);

  tests.push([`${b.name}: reload: the work is still there ("Continue where you left off")`, async () => {
    const page = needs();
    await page.goto(STUDIO);
    await ready(page);
    await page.waitFor(visible, ['[data-continue]'], '"Continue where you left off"');
    const text = await page.evaluate(() => document.querySelector('[data-continue]').textContent);
    assert(/Riverside Homes Group/.test(text) && /last saved on \d+ \w+ \d{4} at \d\d:\d\d/.test(text), `it names the work and when it was saved: ${text.trim()}`);
    await page.click('[data-continue] a');
    await page.waitFor(() => !document.querySelector('section[data-screen="organisation"]').hidden, [], 'Your organisation');
    equal(await page.evaluate(() => document.querySelector('#f-landlord_name').value), 'Riverside Homes Group', 'the organisation is the saved one');
  }]);

  tests.push([`${b.name}: Preview shows the site's hub, built in the page`, async () => {
    const page = needs();
    await go(page, 'preview');
    await page.waitFor((base) => {
      const f = document.querySelector('iframe[data-preview]');
      try {
        return !!f.offsetParent && f.contentWindow.location.pathname === base && f.contentDocument.readyState === 'complete' && !!f.contentDocument.querySelector('main h1');
      } catch { return false; }
    }, [PREVIEW], `the preview's frame to show ${PREVIEW}`, 30000).catch(async (e) => {
      throw new Error(`${e.message}; the screen says: ${await page.evaluate(() => document.querySelector('[data-screen="preview"]').innerText.slice(0, 400))}`);
    });
    const header = await page.evaluate(() => document.querySelector('iframe[data-preview]').contentDocument.querySelector('header').textContent);
    assert(header.includes('Riverside Homes Group'), `the hub's header has the new name: ${header.trim().slice(0, 80)}`);
    equal(await page.evaluate(() => document.querySelector('[data-preview-unavailable]').hidden), true, 'no "cannot show the preview" message');
    await shot(page, 'preview', 1280);
    equal(await page.problems(), [], 'no console errors, page errors or unhandled rejections');
  }]);

  tests.push([`${b.name}: at 1280 and 360 px every screen fits the window`, async () => {
    const page = needs();
    const screens = await page.evaluate(() => [...document.querySelectorAll('a[data-screen-link]')].map((a) => a.dataset.screenLink));
    const wider = [];
    for (const width of [1280, NARROW]) {
      await page.resize(width, 900);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const inner = await page.evaluate(() => innerWidth);
      if (inner !== width) {
        assert(width === NARROW && inner > width, `the window is ${width} px wide: it is ${inner} px`);
        console.log(`     the window cannot be ${width} px wide (it is ${inner} px): the studio in an iframe ${width} px wide`);
        await page.resize(1280, 900);
        await page.goto(`${origin}/__narrow.html`);
        await page.enterFrame('iframe');
        await ready(page);
        equal(await page.evaluate(() => innerWidth), width, `the iframe is ${width} px wide`);
      }
      for (const screen of screens) {
        await go(page, screen);
        if (screen === 'preview') await page.waitFor(() => { try { return !!document.querySelector('iframe[data-preview]').contentDocument.querySelector('main h1'); } catch { return false; } }, [], 'the preview', 20000);
        const over = await page.evaluate(() => {
          const limit = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= limit) return [];
          return [...document.querySelectorAll('body *')].filter((e) => e.offsetParent && e.getBoundingClientRect().right > limit + 1)
            .slice(-3).map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.className && typeof e.className === 'string' ? `.${e.className.split(' ')[0]}` : ''} (right ${Math.round(e.getBoundingClientRect().right)})`);
        });
        if (over.length) wider.push(`${screen} at ${width}px: ${over.join(', ')}`);
        await shot(page, screen, width);
      }
    }
    await page.resize(1280, 900);
    await page.leaveFrame();
    await page.goto(STUDIO);
    await ready(page);
    equal(wider, [], 'nothing is wider than the window (no sideways scrolling)');
    equal(await page.problems(), [], 'no console errors, page errors or unhandled rejections');
  }]);

  tests.push([`${b.name}: the engine in the page builds the example as complaints-site build does, file for file`, async () => {
    const page = needs();
    const today = await page.evaluate(() => document.body.dataset.today);
    assert(/^\d{4}-\d{2}-\d{2}$/.test(today), `the studio knows today: ${today}`);
    const built = await page.evaluate(siteDigests, contentFiles, today);
    equal(built.generated, true, 'the site is generated');
    const expected = cliBuild(today);
    equal(Object.keys(built.files).sort(), Object.keys(expected), 'the same files as complaints-site build --search off');
    equal(Object.keys(expected).filter((p) => built.files[p] !== expected[p]), [], 'and every file has the same size and hash');
    await page.close();
    open.delete(page);
  }]);
}

await run(tests, {
  timeoutMs: 540000, // under ctest's 600 s (tests/CMakeLists.txt): about 1 min alone, 2–3 min beside other tests
  cleanup: async () => {
    for (const page of open) await page.close().catch(() => {});
    server.close();
    rmSync(work, { recursive: true, force: true });
  },
});
