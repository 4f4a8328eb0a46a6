// The site without JavaScript and on a phone (issue 14, items 2, 7 and 10), on the built example site under the
// strict CSP: the month tables of /deadlines/<YYYY-MM>/ give the native engine's dates (complaints-site deadlines)
// for every day of a month with Christmas and of months with Easter; /deadlines/ lists the months and its holidays
// cover their span; the walkthrough's date screens link to the months; at 360×740 the header collapses to "Menu"
// and the question is on the first screen; no page asks for a file that is not there (the favicon).
// Run as: node no_js_and_phone.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, axeSource, equal, expectNoAxeViolations, launch, loadPlaywright, openPage, run, serve } from './lib.mjs';

const [sourceDir, , cli] = process.argv.slice(2);
const playwright = loadPlaywright(sourceDir);
const work = mkdtempSync(join(tmpdir(), 'cs-no-js-'));
const out = join(work, 'public');
const TODAY = '2026-11-24';
execFileSync(cli, ['build', '--content', join(sourceDir, 'content'), '--out', out, '--today', TODAY, '--search', 'off'],
  { stdio: ['ignore', 'ignore', 'inherit'] });
const { server, origin } = await serve({ mounts: { '/': out }, files: { '/__axe/axe.min.js': axeSource(sourceDir) } });
const browser = await launch(playwright);

// A page with JavaScript off that records every response of 400 or more, the favicon's included.
async function open(path, viewport = { width: 1280, height: 900 }) {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false, viewport });
  const missing = [];
  page.on('response', (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
  await page.goto(origin + path);
  await page.waitForLoadState('networkidle');
  return { context, page, missing };
}
async function done({ context, page, missing }) {
  await page.waitForTimeout(100);
  const problems = page.problems.slice();
  await context.close();
  equal(problems, [], 'no console errors or CSP violations');
  equal(missing, [], 'no request for a file that is not there');
}

// axe needs a script on the page, so it looks at the same page with JavaScript on (a month page has no script of its own).
async function axeCheck(path, viewport, state) {
  const { context, page } = await openPage(browser, { viewport });
  await page.goto(origin + path);
  await expectNoAxeViolations(page, state);
  await context.close();
}

// The engine's dates: the native CLI, with the Code chosen by the day received as the widget does.
function engineDates(received, stage) {
  const json = JSON.parse(execFileSync(cli, ['deadlines', '--received', received, '--stage', String(stage), '--code', 'auto', '--format', 'json']));
  const byId = {};
  for (const m of json.milestones) byId[m.id] = m.due;
  return byId;
}

async function monthRows(page) {
  return page.$$eval('table.cs-month tbody tr', (rows) => rows.map((tr) => ({
    received: tr.getAttribute('data-received'),
    cells: [...tr.querySelectorAll('td')].map((td) => ({
      stage: td.getAttribute('data-stage'),
      milestone: td.getAttribute('data-milestone'),
      due: td.querySelector('time') ? td.querySelector('time').getAttribute('datetime') : null,
    })),
  })));
}

function daysOf(month) {
  const [y, m] = month.split('-').map(Number);
  const n = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: n }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

const tests = [];

// December 2026 has Christmas Day and Boxing Day (moved to Monday 28); April 2026 and March 2027 have Easter.
for (const month of ['2026-12', '2026-04', '2027-03']) {
  tests.push([`no JS: /deadlines/${month}/ gives the engine's dates for every day (6.2, 6.3, 6.11, 6.14)`, async () => {
    const opened = await open(`/deadlines/${month}/`);
    const rows = await monthRows(opened.page);
    equal(rows.map((r) => r.received), daysOf(month), 'one row per calendar day received');
    for (const row of rows) {
      const stages = { 1: engineDates(row.received, 1), 2: engineDates(row.received, 2) };
      const seen = row.cells.map((c) => `${c.stage}:${c.milestone}`);
      equal(seen, ['1:acknowledge', '1:response', '2:acknowledge', '2:response'], `${row.received}: the columns`);
      for (const c of row.cells) equal(c.due, stages[c.stage][c.milestone], `${row.received} stage ${c.stage} ${c.milestone}`);
    }
    await done(opened);
    await axeCheck(`/deadlines/${month}/`, { width: 1280, height: 900 }, `month ${month} at 1280px`);
  }]);
}

tests.push(['no JS: the month table at 320px is stacked, every date under its column name, nothing scrolls sideways', async () => {
  const opened = await open('/deadlines/2026-12/', { width: 320, height: 740 });
  const { page } = opened;
  const wide = await page.evaluate(() => document.documentElement.scrollWidth);
  assert(wide <= 320, `the page is ${wide}px wide at 320px`);
  const label = await page.$eval('tr[data-received="2026-12-25"] td[data-stage="2"][data-milestone="response"]',
    (td) => getComputedStyle(td, '::before').content);
  assert(/Stage 2: respond by/.test(label), `the cell says its column: ${label}`);
  await done(opened);
  await axeCheck('/deadlines/2026-12/', { width: 320, height: 740 }, 'month at 320px');
}]);

tests.push(['no JS: /deadlines/ lists 25 months; its holidays run from the first month to the last date shown', async () => {
  const opened = await open('/deadlines/');
  const { page } = opened;
  const months = await page.$$eval('#months ~ ul.cs-months a', (as) => as.map((a) => a.getAttribute('href')));
  equal(months.length, 25, '12 months either side of the build’s month');
  equal([months[0], months[12], months[24]], ['../deadlines/2025-11/', '../deadlines/2026-11/', '../deadlines/2027-11/'], 'the span');
  const holidays = await page.$$eval('#holidays ~ table time', (ts) => ts.map((t) => t.getAttribute('datetime')));
  assert(holidays[0] >= '2025-11-01', `first holiday ${holidays[0]} is inside the span`);
  for (const day of ['2025-12-25', '2026-04-03', '2027-03-26', '2027-08-30', '2027-12-27'])
    assert(holidays.includes(day), `${day} is listed (the last month's stage 2 dates reach into January 2028)`);
  await page.click('text=December 2026');
  assert(page.url().endsWith('/deadlines/2026-12/'), `the link goes to the month: ${page.url()}`);
  await done(opened);
}]);

tests.push(['no JS: the walkthrough’s date screen links to each month; the page names the rule in a "Which rule is this?"', async () => {
  const opened = await open('/make-a-complaint/complained-on/');
  const { page } = opened;
  await page.click('ul.cs-months >> text=April 2026');
  assert(page.url().endsWith('/deadlines/2026-04/'), `went to ${page.url()}`);
  await page.goBack();
  const rule = page.locator('details.cs-rule');
  equal(await rule.getAttribute('open'), null, 'the rule is closed at first');
  await rule.locator('summary').click();
  assert(/provision 6\.2/.test(await rule.innerText()), 'it names the provision');
  const privacy = await page.$$eval('.cs-privacy', (ps) => ps.length);
  assert(privacy <= 1, 'at most one privacy notice');
  await done(opened);
}]);

for (const js of [false, true]) {
  tests.push([`360×740, JS ${js ? 'on' : 'off'}: the header is one line with "Menu"; the first question is on the first screen`, async () => {
    const { context, page } = await openPage(browser, { javaScriptEnabled: js, viewport: { width: 360, height: 740 } });
    const missing = [];
    page.on('response', (r) => { if (r.status() >= 400) missing.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${origin}/make-a-complaint/`);
    await page.waitForLoadState('networkidle');
    assert(!(await page.isVisible('.site-nav')), 'the header’s list of links is folded away');
    const menu = page.locator('.site-header__menu');
    assert(await menu.isVisible(), 'a Menu link shows');
    const question = page.locator('main ul.cs-choice-links li a, main .cs-radios__item').first();
    const box = await question.boundingBox();
    assert(box && box.y + box.height <= 740, `the first answer ends at ${box && box.y + box.height}px, below 740px`);
    await menu.click();
    assert(page.url().endsWith('#site-menu'), 'Menu goes to the menu');
    assert(await page.isVisible('#site-menu a[href="/deadlines/"]'), 'the menu has the site’s pages');
    await context.close();
    if (js) await axeCheck('/make-a-complaint/', { width: 360, height: 740 }, 'walkthrough at 360px');
    else await axeCheck('/make-a-complaint/complained-on/', { width: 360, height: 740 }, 'a date screen at 360px');
    equal(missing, [], 'no request for a file that is not there (the favicon is written)');
  }]);
}

await run(tests, {
  timeoutMs: 240000,
  cleanup: async () => {
    await browser.close();
    server.close();
    rmSync(work, { recursive: true, force: true });
  },
});
