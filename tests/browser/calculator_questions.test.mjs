// The deadline calculator on the built example site (issue 14, items 1, 3 and 8), in Chromium under the strict CSP:
// the wasm blocked gives [data-widget-error] with routes that still work; the questions a resident can answer (stage
// not pre-selected, a new date the landlord gave checked against 6.4's limit, a response on time or late, never
// "overdue" once answered) give the engine's answers; focus and the one-sentence announcement; axe in every state;
// nothing overflows at 360 and 320 px. SHOTS=dir keeps screenshots at 360 and 1280 px.
// Run as: node calculator_questions.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, axeSource, equal, expectNoAxeViolations, launch, loadPlaywright, missing, openPage, run, serve } from './lib.mjs';

const [sourceDir, buildDir, cli] = process.argv.slice(2);
const wasmDir = join(buildDir, 'wasm');
if (!existsSync(join(wasmDir, 'widget.js'))) missing(`${wasmDir}/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
const playwright = loadPlaywright(sourceDir);
const work = mkdtempSync(join(tmpdir(), 'cs-calculator-'));
const out = join(work, 'public');
const shots = process.env.SHOTS || '';
if (shots) mkdirSync(shots, { recursive: true });
execFileSync(cli, ['build', '--content', join(sourceDir, 'content'), '--out', out, '--today', '2026-11-24', '--search', 'off',
  '--widget-dir', wasmDir], { stdio: ['ignore', 'ignore', 'inherit'] });
const { server, origin } = await serve({ mounts: { '/': out }, files: { '/__axe/axe.min.js': axeSource(sourceDir) } });
const browser = await launch(playwright);

function engine(args) {
  return JSON.parse(execFileSync(cli, ['deadlines', '--code', 'auto', '--format', 'json', ...args]).toString());
}
async function open(width = 360, { blockWasm = false } = {}) {
  const { context, page } = await openPage(browser, { viewport: { width, height: 740 } });
  if (blockWasm) await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${origin}/deadlines/`);
  return { context, page };
}
async function ready(page) {
  await page.waitForSelector('form.cs-calculator');
  // A fixed "today" so the answers do not depend on the day the test runs.
  await page.evaluate(() => document.querySelector('[data-complaints-widget]').setAttribute('data-today', '2025-11-20'));
}
async function fillDate(page, name, [d, m, y]) {
  await page.fill(`#${name}-day`, d);
  await page.fill(`#${name}-month`, m);
  await page.fill(`#${name}-year`, y);
}
async function answer(page, { received = ['14', '3', '2025'], stage = '1', extendedTo, responded } = {}) {
  await fillDate(page, 'received', received);
  if (stage) await page.check(`#stage-${stage}`);
  await page.check(extendedTo ? '#extension-yes' : '#extension-no');
  if (extendedTo) await fillDate(page, 'extended', extendedTo);
  if (responded) await fillDate(page, 'responded', responded);
  await page.click('form.cs-calculator button[type=submit]');
}
async function announced(page) {
  await page.waitForFunction(() => document.querySelector('[data-announce]').textContent !== '');
  return page.textContent('[data-announce]');
}
async function noOverflow(page, state) {
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 740 });
    const wide = await page.evaluate(() => {
      const limit = document.documentElement.clientWidth;
      const over = [...document.querySelectorAll('main *')].filter((e) => e.getBoundingClientRect().right > limit + 1);
      return { scroll: document.documentElement.scrollWidth, limit, over: over.slice(0, 3).map((e) => e.tagName + '.' + e.className) };
    });
    assert(wide.scroll <= wide.limit && !wide.over.length, `${state} at ${width} px: page ${wide.scroll} px wide in ${wide.limit}; ${wide.over.join(', ')}`);
  }
}
async function shoot(page, name) {
  if (!shots) return;
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 740 });
    await page.locator('[data-complaints-widget]').screenshot({ path: join(shots, `${name}-${width}.png`) });
  }
  await page.setViewportSize({ width: 360, height: 740 });
}
async function done(context, page, allowed = []) {
  const problems = page.problems.filter((x) => !allowed.some((re) => re.test(x)));
  await context.close();
  equal(problems, [], 'no console errors or CSP violations');
}

const tests = [];

tests.push(['1: the wasm blocked leaves the page as it was, with [data-widget-error], the month tables and the phone', async () => {
  const { context, page } = await open(360, { blockWasm: true });
  const error = await page.waitForSelector('[data-widget-error]', { state: 'visible' });
  assert(!(await page.$('form.cs-calculator')), 'no calculator without its engine');
  assert(!(await page.$('[data-widget-working]')), 'the "working" line is gone');
  assert((await page.textContent('[data-complaints-widget]')).includes('find your dates in the tables'), 'the page’s own words kept');
  const phone = await page.getAttribute('[data-complaints-widget]', 'data-phone');
  assert(phone, 'the site gives the widget a phone number');
  equal(await error.$eval('a[href^="tel:"]', (a) => a.textContent), phone, 'the phone number from the site’s contacts');
  await expectNoAxeViolations(page, 'wasm blocked');
  await noOverflow(page, 'wasm blocked');
  await shoot(page, 'blocked');
  // The route without JavaScript works: the link goes to the months, a month to its table of dates.
  await page.click('[data-widget-error] a[href="#months"]');
  await page.click('#months ~ * a[href*="/deadlines/2025-12/"]');
  await page.waitForSelector('tr[data-received="2025-12-01"] [data-milestone=response] time');
  await done(context, page, [/net::ERR_FAILED/]);
}]);

tests.push(['3: nothing pre-selected; unanswered questions give the GOV.UK error summary, announced in one sentence', async () => {
  const { context, page } = await open(360);
  await ready(page);
  equal(await page.$$eval('form.cs-calculator input[type=radio]:checked', (els) => els.length), 0, 'no pre-selected radio');
  equal(await page.getAttribute('#extension-yes', 'aria-controls'), 'extension-conditional', 'controls the new date');
  assert(!(await page.isVisible('#extended-day')), 'new date hidden until "yes"');
  await expectNoAxeViolations(page, 'calculator empty');
  await noOverflow(page, 'calculator empty');
  await shoot(page, 'empty');
  await page.click('form.cs-calculator button[type=submit]');
  await page.waitForSelector('.cs-error-summary');
  equal(await page.$$eval('.cs-error-summary a', (as) => as.map((a) => a.getAttribute('href'))), ['#received-day', '#stage-1', '#extension-yes'],
    'one error a question, linked to it');
  equal(await announced(page), 'There are 3 problems', 'the live region says the count only');
  equal(await page.evaluate(() => document.activeElement.className), 'cs-error-summary', 'focus on the summary');
  await expectNoAxeViolations(page, 'calculator errors');
  await noOverflow(page, 'calculator errors');
  await shoot(page, 'errors');
  // "Yes" by keyboard reveals the new date; left blank, that is the one problem.
  await fillDate(page, 'received', ['14', '3', '2025']);
  await page.check('#stage-1');
  await page.focus('#extension-yes');
  await page.keyboard.press('Space');
  equal(await page.evaluate(() => document.activeElement.id), 'extension-yes', 'keyboard on "yes"');
  assert(await page.isVisible('#extended-day'), 'new date shown');
  await page.click('form.cs-calculator button[type=submit]');
  await page.waitForSelector('.cs-error-summary a[href="#extended-day"]');
  equal(await announced(page), 'There is 1 problem', 'one problem');
  assert(await page.isVisible('#extended-day'), 'the answer "yes" is kept and the date still shown');
  await expectNoAxeViolations(page, 'calculator new date missing');
  await done(context, page);
}]);

tests.push(['6.3: a response on time and one late (data-status), never "overdue" once answered; focus on the heading', async () => {
  const { context, page } = await open(360);
  await ready(page);
  const due = engine(['--received', '2025-03-14']).milestones.find((m) => m.id === 'response').due;
  equal(due, '2025-04-04', 'response due (6.3)');
  await answer(page, { responded: ['4', '4', '2025'] });
  await page.waitForSelector('.cs-results[data-status]');
  equal(await page.getAttribute('.cs-results', 'data-status'), 'on-time', 'on time');
  equal(await announced(page), 'Your dates are ready', 'one short sentence');
  equal(await page.evaluate(() => document.activeElement.textContent), 'Your dates', 'focus on the result heading');
  assert(!(await page.$('.cs-results[aria-live], .cs-results [aria-live]')), 'the results are not a live region');
  await expectNoAxeViolations(page, 'responded on time');
  await noOverflow(page, 'responded on time');
  await shoot(page, 'on-time');
  const late = engine(['--received', '2025-03-14', '--responded', '2025-04-08', '--today', '2025-11-20']);
  equal([late.outcome, late.responded.late_by], ['late', 2], 'the engine: late by 2 working days');
  await fillDate(page, 'responded', ['8', '4', '2025']);
  await page.click('form.cs-calculator button[type=submit]');
  await page.waitForSelector('.cs-results[data-status=late]');
  const text = await page.textContent('.cs-results');
  assert(text.includes('2 working days late'), `late by 2: ${text}`);
  assert(!/overdue/i.test(text), 'not "overdue" once the response has come');
  equal(await page.$$eval('.cs-results [data-milestone] time', (ts) => ts.map((t) => t.getAttribute('datetime'))),
    late.milestones.map((m) => m.due), 'the engine’s dates in <time>');
  equal(await announced(page), 'Your dates are ready', 'announced again');
  await expectNoAxeViolations(page, 'responded late');
  await noOverflow(page, 'responded late');
  await shoot(page, 'late');
  // No response yet, long after the date: overdue.
  await page.fill('#responded-day', '');
  await page.fill('#responded-month', '');
  await page.fill('#responded-year', '');
  await page.click('form.cs-calculator button[type=submit]');
  await page.waitForSelector('.cs-results[data-status=overdue]');
  await done(context, page);
}]);

tests.push(['6.4: the new date the landlord gave, within the limit and beyond it', async () => {
  const { context, page } = await open(360);
  await ready(page);
  const limit = engine(['--received', '2025-03-14']).milestones.find((m) => m.id === 'extended_response').due;
  equal(limit, '2025-04-22', '10 working days after 4 April 2025, Easter left out');
  await answer(page, { extendedTo: ['22', '4', '2025'] });
  await page.waitForSelector('[data-milestone=extended_response] [data-limit]');
  equal(await page.getAttribute('[data-milestone=extended_response] [data-limit]', 'data-limit'), 'within', 'within the limit');
  equal(await page.getAttribute('[data-milestone=extended_response] time', 'datetime'), '2025-04-22', 'the date given');
  equal(await page.getAttribute('.cs-results', 'data-status'), 'overdue', 'no response by it: overdue');
  await expectNoAxeViolations(page, 'extension within the limit');
  const beyond = engine(['--received', '2025-03-14', '--extended-to', '2025-04-23']).milestones.find((m) => m.id === 'extended_response');
  equal([beyond.working_days, beyond.needs_good_reason], [11, true], 'the engine: 11 working days needs a good reason');
  await fillDate(page, 'extended', ['23', '4', '2025']);
  await fillDate(page, 'responded', ['23', '4', '2025']);
  await page.click('form.cs-calculator button[type=submit]');
  await page.waitForSelector('[data-milestone=extended_response] [data-limit=beyond]');
  equal(await page.getAttribute('.cs-results', 'data-status'), 'on-time', 'on time against the date it gave');
  assert((await page.textContent('.cs-next-step')).includes('good reason'), 'says it needs a good reason');
  await expectNoAxeViolations(page, 'extension beyond the limit');
  await noOverflow(page, 'extension beyond the limit');
  await shoot(page, 'extension-beyond');
  // A "new" date not after the response date is an error naming that date.
  await fillDate(page, 'extended', ['4', '4', '2025']);
  await page.click('form.cs-calculator button[type=submit]');
  await page.waitForSelector('.cs-error-summary a[href="#extended-day"]');
  assert((await page.textContent('.cs-error-summary')).includes('Friday 4 April 2025'), 'names the response date');
  await expectNoAxeViolations(page, 'extension not after the response date');
  await done(context, page);
}]);

tests.push(['1: embedded on another site whose server sends no CORS header: [data-widget-error], the landlord’s own link kept', async () => {
  // Another site's page (its own origin) loads widget.js from the site, as docs/widget.md says; the site's server sends
  // no Access-Control-Allow-Origin, so the wasm cannot be fetched.
  const html = `<!doctype html><html lang="en"><head><title>Another site</title></head><body><main><h1>Complaints</h1>
<div data-complaints-widget="deadlines" data-landlord="Example Homes" data-phone="0300 123 4567">
<p>Find your dates on <a href="${origin}/deadlines/">our complaint dates page</a>.</p></div>
<script src="${origin}/widget/widget.js" defer></script></main></body></html>`;
  const other = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy':
      `default-src 'self'; script-src 'self' ${origin} 'wasm-unsafe-eval'; style-src 'self' ${origin}; connect-src 'self' ${origin}` });
    res.end(html);
  });
  await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
  const { context, page } = await openPage(browser, { viewport: { width: 320, height: 740 } });
  try {
    await page.goto(`http://localhost:${other.address().port}/`);
    const error = await page.waitForSelector('[data-widget-error]', { state: 'visible' });
    equal(await error.$eval('a', (a) => a.href), `${origin}/deadlines/`, 'the site’s /deadlines/ page beside widget/');
    assert(await page.$('[data-complaints-widget] a[href$="/deadlines/"]:text("our complaint dates page")'), 'the landlord’s link kept');
    assert(page.problems.some((x) => /CORS|Access-Control-Allow-Origin/.test(x)), `the fetch really failed on CORS: ${page.problems.join('; ')}`);
  } finally {
    await context.close();
    other.close();
  }
}]);

await run(tests, { timeoutMs: 240000, cleanup: async () => { await browser.close(); server.close(); if (!process.env.KEEP) rmSync(work, { recursive: true, force: true }); } });
