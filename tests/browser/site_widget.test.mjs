// The widget on the built example site (complaints-site build of content/), served under the strict CSP: the
// calculator against the engine (England's bank holidays; the site's closures listed, never moving a date), a walkthrough to a draft complaint, every
// pre-rendered walkthrough page through axe, and the whole journey again with JavaScript off.
// Run as: node site_widget.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, axeSource, equal, expectNoAxeViolations, launch, loadPlaywright, openPage, run, missing, serve } from './lib.mjs';

const [sourceDir, buildDir, cli] = process.argv.slice(2);
const wasmDir = join(buildDir, 'wasm');
if (!existsSync(join(wasmDir, 'widget.js'))) missing(`${wasmDir}/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
const playwright = loadPlaywright(sourceDir);
const work = mkdtempSync(join(tmpdir(), 'cs-site-widget-'));
const out = join(work, 'public');
const TODAY = '2026-11-24';
try {
  execFileSync(cli, ['build', '--content', join(sourceDir, 'content'), '--out', out, '--today', TODAY, '--widget-dir', wasmDir],
    { stdio: ['ignore', 'ignore', 'pipe'] });
} catch (e) {
  console.error(`complaints-site build failed:\n${e.stderr}`);
  process.exit(1);
}
assert(existsSync(join(out, 'deadlines/index.html')), 'the built site has no /deadlines/ page');
const { server, origin } = await serve({ mounts: { '/': out }, files: { '/__axe/axe.min.js': axeSource(sourceDir) } });
const browser = await launch(playwright);

async function open(path, options) {
  const { context, page } = await openPage(browser, options);
  await page.goto(origin + path);
  return { context, page };
}
async function done(context, page) {
  const problems = page.problems.filter((x) => !/favicon/.test(x));
  const outside = page.requests.filter((u) => !u.startsWith(`${origin}/`));
  await context.close();
  equal(problems, [], 'no console errors or CSP violations');
  equal(outside, [], 'no requests except the site’s own files');
}

const tests = [];

tests.push(['site /deadlines/ 6.2, 6.3: calculator equals the engine, the site’s closures listed but never moving a date', async () => {
  const { context, page } = await open('/deadlines/');
  await page.waitForSelector('form.cs-calculator');
  await expectNoAxeViolations(page, 'site calculator');
  const root = await page.$('[data-complaints-widget=deadlines]');
  const closures = (await root.getAttribute('data-closures')) || '';
  await page.evaluate((t) => document.querySelector('[data-complaints-widget]').setAttribute('data-today', t), '2027-01-06');
  await page.fill('#received-day', '21');
  await page.fill('#received-month', 'Dec');
  await page.fill('#received-year', '2026');
  await page.check('#stage-1');
  await page.check('#extension-no');
  await page.click('form.cs-calculator button[type=submit]');
  await page.waitForSelector('[data-milestone]');
  const closuresFile = join(work, 'closures.txt');
  writeFileSync(closuresFile, closures.split(/\s+/).filter(Boolean).join('\n') + '\n');
  const engine = JSON.parse(execFileSync(cli, ['deadlines', '--received', '2026-12-21', '--today', '2027-01-06',
    '--closures', closuresFile, '--format', 'json']).toString());
  const shown = await page.$$eval('[data-milestone]', (els) => els.map((e) => [e.getAttribute('data-milestone'), e.querySelector('time').getAttribute('datetime')]));
  equal(shown.slice(0, engine.milestones.length), engine.milestones.map((m) => [m.id, m.due]), 'dates');
  // Received Monday 21 December 2026, the site closed 29-31 December: working days 22, 23, 24, 29, 30 December, so
  // acknowledge by Wednesday 30 December all the same.
  equal(shown[0], ['acknowledge', '2026-12-30'], 'closure days still count');
  equal(engine.closures_in_range.map((c) => c.date), ['2026-12-29', '2026-12-30', '2026-12-31'], 'the engine lists the closures');
  equal(await page.$$eval('.cs-results [data-closure]', (els) => els.map((e) => e.getAttribute('data-closure'))), engine.closures_in_range.map((c) => c.date),
    'the closures shown next to the dates');
  await expectNoAxeViolations(page, 'site calculator results');
  await page.screenshot({ path: join(work, 'deadlines-375.png'), fullPage: true });
  await done(context, page);
}]);

tests.push(['site /make-a-complaint/: to a draft complaint addressed to the site’s email', async () => {
  const { context, page } = await open('/make-a-complaint/');
  await page.waitForSelector('form[data-node=start]');
  await expectNoAxeViolations(page, 'site walkthrough start');
  const email = await page.getAttribute('[data-complaints-widget=walkthrough]', 'data-complaints-email');
  const steps = [['choice', 'complain'], ['choice', 'yes'], ['choice', 'ongoing'], ['choice', 'no'], ['choice', 'myself'], ['choice', 'no'],
    ['text', 'The repair to my window was not done.'], ['text', 'Cold and damp.'], ['text', 'Fix the window.'], ['text', 'Sam'], ['check']];
  for (const [kind, value] of steps) {
    if (kind === 'choice') await page.check(`input[name=answer][value="${value}"]`);
    if (kind === 'text') await page.fill('textarea[name=answer]', value);
    await page.click('form button[type=submit]');
  }
  await page.waitForSelector('form[data-node=complaint-result]');
  const letter = await page.inputValue('textarea.cs-letter');
  assert(letter.includes('The repair to my window was not done.'), 'letter has the answers');
  if (email) assert((await page.getAttribute('[data-action=email]', 'href')).startsWith(`mailto:${email}?subject=`), 'mailto to the site');
  await expectNoAxeViolations(page, 'site walkthrough result');
  await page.screenshot({ path: join(work, 'walkthrough-375.png'), fullPage: true });
  await done(context, page);
}]);

tests.push(['site: every pre-rendered walkthrough page passes axe', async () => {
  const { context, page } = await open('/make-a-complaint/');
  for (const id of readdirSync(join(out, 'make-a-complaint')).filter((n) => existsSync(join(out, 'make-a-complaint', n, 'index.html')))) {
    await page.goto(`${origin}/make-a-complaint/${id}/`);
    await expectNoAxeViolations(page, `make-a-complaint/${id}/`);
  }
  await done(context, page);
}]);

tests.push(['site without JavaScript: links lead to a letter template, the calculator page lists the holidays', async () => {
  const { context, page } = await open('/make-a-complaint/', { javaScriptEnabled: false });
  for (const link of ['Make a new complaint', 'Yes, and I am unhappy with how it was dealt with', 'It is still happening', 'No', 'Myself', 'No']) {
    await page.click(`main a:text-is("${link}")`);
  }
  for (let i = 0; i < 6 && !page.url().endsWith('/complaint-result/'); i++) {
    const before = page.url();
    await page.click('main a.cs-button:text-is("Continue")').catch((e) => { throw new Error(`no Continue on ${before}: ${e.message}`); });
  }
  assert(page.url().endsWith('/make-a-complaint/complaint-result/'), `reached the result page: ${page.url()}`);
  assert((await page.textContent('.cs-letter-template')).includes('[what went wrong'), 'letter template with blanks');
  await page.goto(`${origin}/deadlines/`);
  // The span of the month pages: from November 2025 to the last date the November 2027 table shows (January 2028).
  equal(await page.$$eval('#holidays ~ table.cs-table caption', (cs) => cs.map((c) => c.textContent)), ['2025', '2026', '2027', '2028'],
    'holidays for the months the month pages cover');
  assert(await page.$('[data-milestone=response] time'), 'worked example');
  await context.close();
}]);

await run(tests, { timeoutMs: 240000, cleanup: async () => { await browser.close(); server.close(); if (!process.env.KEEP) rmSync(work, { recursive: true, force: true }); } });
