// The walkthrough as question pages (issue 14, items 4, 5 and 6), on a built site under the strict CSP: one URL per
// question (each the question's no-JS page) with Back and Forward keeping the answers, the title the question and
// "Error: " on an error, a reload landing on the no-JS page; "Start again" asks first; results with next steps
// (escalating a stage 1 complaint goes straight to the stage 2 questions), letters with blanks and "on behalf of" only
// for a representative; the landlord's Markdown as HTML (no literal **) with and without JavaScript; the no-JS route
// straight to the letter; axe in every state; nothing wider than a 320 px screen.
// Run as: node walkthrough_pages.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY. SCREENSHOTS=dir keeps PNGs at 360 and 1280 px.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, axeSource, equal, expectNoAxeViolations, launch, loadPlaywright, missing, openPage, run, serve } from './lib.mjs';

const [sourceDir, buildDir, cli] = process.argv.slice(2);
const wasmDir = join(buildDir, 'wasm');
if (!existsSync(join(wasmDir, 'widget.js'))) missing(`${wasmDir}/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
const playwright = loadPlaywright(sourceDir);
const work = mkdtempSync(join(tmpdir(), 'cs-walkthrough-pages-'));
const content = join(work, 'content');
const out = join(work, 'public');
const shots = process.env.SCREENSHOTS || '';
// The example content, with Markdown in the landlord's "how to report a repair" (site.json service_requests).
cpSync(join(sourceDir, 'content'), content, { recursive: true });
const site = JSON.parse(readFileSync(join(content, 'site.json'), 'utf8'));
site.service_requests = 'Report a repair on **0300 123 4568** or [report it online](https://www.example-homes.org.uk/report).\n\nWe fix emergencies within a day.';
writeFileSync(join(content, 'site.json'), JSON.stringify(site, null, 2));
try {
  execFileSync(cli, ['build', '--content', content, '--out', out, '--today', '2026-11-24', '--widget-dir', wasmDir, '--search', 'off'],
    { stdio: ['ignore', 'ignore', 'pipe'] });
} catch (e) {
  console.error(`complaints-site build failed:\n${e.stderr}`);
  process.exit(1);
}
const { server, origin } = await serve({ mounts: { '/': out }, files: { '/__axe/axe.min.js': axeSource(sourceDir) } });
const browser = await launch(playwright);
const BASE = '/make-a-complaint/';

async function open(path, options = {}) {
  const { context, page } = await openPage(browser, options);
  await page.goto(origin + path);
  if (options.javaScriptEnabled !== false) {
    await page.waitForSelector('form[data-node]');
    // Dates are checked against "today": fixed, so the test does not depend on the clock.
    await page.evaluate(() => document.querySelector('[data-complaints-widget]').setAttribute('data-today', '2026-11-24'));
  }
  return { context, page };
}
async function done(context, page) {
  const problems = page.problems.filter((x) => !/favicon/.test(x));
  await context.close();
  equal(problems, [], 'no console errors or CSP violations');
}
const node = (page) => page.getAttribute('form[data-node]', 'data-node');
const path = (page) => new URL(page.url()).pathname;
async function choose(page, value) {
  await page.check(`input[name=answer][value="${value}"]`);
  await page.click('form button[type=submit]');
}
async function type(page, text) {
  await page.fill('textarea[name=answer]', text);
  await page.click('form button[type=submit]');
}
async function date(page, [d, m, y]) {
  const id = await node(page);
  await page.fill(`#${id}-day`, d);
  await page.fill(`#${id}-month`, m);
  await page.fill(`#${id}-year`, y);
  await page.click('form button[type=submit]');
}
async function noOverflow(page, state) {
  const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert(widths[0] <= widths[1], `${state}: the page is ${widths[0]} px wide on a ${widths[1]} px screen`);
}
async function noStars(page, state) {
  const text = await page.evaluate(() => document.querySelector('main').innerText);
  assert(!text.includes('**'), `${state}: literal ** in the walkthrough`);
}
async function screenshot(page, name) {
  if (!shots) return;
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
  }
}

const tests = [];

tests.push(['4: one URL per question; Back and Forward keep the answers; the title is the question, "Error: " on an error', async () => {
  const { context, page } = await open(BASE);
  equal(await page.$$eval('input[name=answer]:checked', (els) => els.length), 0, 'no radio pre-selected');
  equal(await page.textContent('form[data-node=start] details.cs-rule summary'), 'Which rule is this?', 'the provision behind "Which rule is this?"');
  assert(!/provision/i.test(await page.textContent('.cs-question')), 'no provision number in the question');
  const route = [['start', 'complain'], ['asked-before', 'yes'], ['when', 'ongoing'], ['court', 'no']];
  for (const [id, value] of route) {
    equal(await node(page), id, 'the screen');
    await choose(page, value);
  }
  equal(await node(page), 'who', 'fifth screen');
  equal(path(page), `${BASE}who/`, 'the URL is the question’s own page');
  const question = (await page.textContent('.cs-question')).trim();
  assert((await page.title()).startsWith(`${question} – `), `title is the question: ${await page.title()}`);
  await page.click('form button[type=submit]');  // no answer
  await page.waitForSelector('.cs-error-summary');
  assert((await page.title()).startsWith(`Error: ${question} – `), `error title: ${await page.title()}`);
  equal(path(page), `${BASE}who/`, 'an error does not add a page');
  await expectNoAxeViolations(page, 'question with an error');
  await noOverflow(page, 'error at 375 px');
  await page.setViewportSize({ width: 320, height: 700 });
  await noOverflow(page, 'error at 320 px');
  await screenshot(page, 'js-error');
  for (let i = route.length - 1; i >= 0; i--) {
    await page.goBack();
    const [id, value] = route[i];
    await page.waitForSelector(`form[data-node="${id}"]`);
    equal(path(page), id === 'start' ? BASE : `${BASE}${id}/`, `URL after Back to ${id}`);
    equal(await page.$eval('input[name=answer]:checked', (el) => el.value), value, `the answer to ${id} is kept`);
    const title = (await page.textContent('.cs-question')).trim();
    assert((await page.title()).startsWith(`${title} – `), `title after Back: ${await page.title()}`);
    assert(!(await page.title()).startsWith('Error'), 'no error title');
  }
  await page.goForward();
  await page.waitForSelector('form[data-node="asked-before"]');
  await page.goForward();
  await page.waitForSelector('form[data-node="when"]');
  equal(await page.$eval('input[name=answer]:checked', (el) => el.value), 'ongoing', 'kept going forward');
  // The back link is the browser's Back.
  await page.click('.cs-back-link');
  await page.waitForSelector('form[data-node="asked-before"]');
  equal(path(page), `${BASE}asked-before/`, 'back link = Back');
  await page.goForward();
  await page.waitForSelector('form[data-node="when"]');
  await expectNoAxeViolations(page, 'question after Back and Forward');
  await screenshot(page, 'js-question');
  await done(context, page);
}]);

tests.push(['4: reloading a question lands on its page without JavaScript (nothing is stored)', async () => {
  const { context, page } = await open(BASE);
  await choose(page, 'complain');
  await choose(page, 'yes');
  equal(path(page), `${BASE}when/`, 'on the third question');
  await page.reload();
  await page.waitForLoadState('load');
  equal(path(page), `${BASE}when/`, 'still there');
  equal(await page.$('form[data-node]'), null, 'the no-JS page (no widget)');
  equal((await page.textContent('main h1')).trim(), 'When did the problem happen, or when did you find out about it?', 'the question’s page');
  assert(await page.$('main .cs-choice-links a[href="../court/"]'), 'its answers are links');
  await expectNoAxeViolations(page, 'reloaded question');
  await done(context, page);
}]);

tests.push(['4: "Start again" asks to confirm', async () => {
  const { context, page } = await open(BASE);
  await choose(page, 'complain');
  await choose(page, 'no');
  equal(await node(page), 'service-request', 'third screen');
  await page.click('[data-action=start-again]');
  await page.waitForSelector('.cs-confirm');
  equal(await page.evaluate(() => document.activeElement.textContent), 'Are you sure you want to start again?', 'focus on the question');
  await expectNoAxeViolations(page, 'start again?');
  await page.click('[data-action=start-again-no]');
  equal(await page.$('.cs-confirm'), null, 'the question goes');
  equal(await node(page), 'service-request', 'still on the screen');
  equal(await page.evaluate(() => document.activeElement.getAttribute('data-action')), 'start-again', 'focus back on Start again');
  await page.goBack();
  await page.waitForSelector('form[data-node="asked-before"]');
  equal(await page.$eval('input[name=answer]:checked', (el) => el.value), 'no', 'answers kept after "No"');
  await page.goForward();
  await page.waitForSelector('form[data-node="service-request"]');
  await page.click('[data-action=start-again]');
  await page.click('[data-action=start-again-yes]');
  await page.waitForSelector('form[data-node=start]');
  equal(path(page), BASE, 'back at the start');
  equal(await page.$$eval('input[name=answer]:checked', (els) => els.length), 0, 'answers cleared');
  await done(context, page);
}]);

tests.push(['5: a stage 1 result has next steps with links; "ask for stage 2" goes straight to the stage 2 questions', async () => {
  const { context, page } = await open(BASE);
  await choose(page, 'complained');
  await choose(page, 'acknowledged');
  await date(page, ['2', '11', '2026']);
  await date(page, ['4', '11', '2026']);
  await page.waitForSelector('form[data-node="stage1-dates"]');
  equal(path(page), `${BASE}stage1-dates/`, 'the result’s URL');
  const steps = await page.$$eval('.cs-next-steps li', (els) => els.map((e) => [e.getAttribute('data-next'), e.querySelector('a').getAttribute('href')]));
  equal(steps.map((s) => s[0]), ['dates', 'escalate', 'contacts', 'ombudsman'], 'next steps');
  for (const [kind, href] of steps.filter((s) => s[0] !== 'escalate')) {
    assert(href.startsWith('#') && await page.$(`[id="${href.slice(1)}"]`), `${kind} links to a part of the page`);
  }
  assert((await page.$$('[data-milestone] time')).length > 0, 'the dates');
  await expectNoAxeViolations(page, 'stage 1 dates');
  await page.setViewportSize({ width: 320, height: 700 });
  await noOverflow(page, 'stage 1 result at 320 px');
  await page.click('.cs-next-steps [data-next=escalate] a');
  await page.waitForSelector('form[data-node="escalate-reasons"]');
  equal(path(page), `${BASE}escalate-reasons/`, 'the stage 2 route');
  await page.goBack();
  await page.waitForSelector('form[data-node="stage1-dates"]');
  equal(await page.$eval('[data-milestone] time', (t) => t.getAttribute('datetime')), '2026-11-09', 'Back: the stage 1 dates again');
  await done(context, page);
}]);

async function complaint(page, { who, representative, details }) {
  for (const value of ['complain', 'yes', 'ongoing', 'no', who]) await choose(page, value);
  if (who === 'someone-else') await type(page, representative);
  await choose(page, 'no');
  for (const text of ['The window was not repaired.', '', 'Repair it.', details]) await type(page, text);
  await page.waitForSelector('form[data-node=check]');
  await page.click('form button[type=submit]');
  await page.waitForSelector('form[data-node=complaint-result]');
  return page.inputValue('textarea.cs-letter');
}

tests.push(['5: the letter has [your name] and [your address] when left blank, "on behalf of" only for a representative', async () => {
  const { context, page } = await open(BASE);
  let letter = await complaint(page, { who: 'myself', details: '' });
  assert(letter.includes('[your name]') && letter.includes('[your address]'), `blanks to fill in:\n${letter}`);
  assert(!/on behalf of/i.test(letter), `no "on behalf of" for yourself:\n${letter}`);
  assert(!letter.includes('How it has affected me'), 'an optional question left blank is left out');
  const steps = await page.$$eval('.cs-next-steps li', (els) => els.map((e) => e.getAttribute('data-next')));
  equal(steps, ['letter', 'dates', 'contacts', 'ombudsman'], 'next steps (no stage 2 before the complaint is sent)');
  await expectNoAxeViolations(page, 'draft complaint');
  await noStars(page, 'draft complaint');
  await page.setViewportSize({ width: 320, height: 700 });
  await noOverflow(page, 'draft complaint at 320 px');
  await screenshot(page, 'js-result');
  await page.click('[data-action=start-again]');
  await page.click('[data-action=start-again-yes]');
  await page.waitForSelector('form[data-node=start]');
  letter = await complaint(page, { who: 'someone-else', representative: 'Pat Jones, 3 Hill Road, my mother', details: 'Sam Jones, 3 Hill Road' });
  assert(letter.includes('on behalf of: Pat Jones, 3 Hill Road, my mother'), `"on behalf of" the person:\n${letter}`);
  assert(letter.includes('Sam Jones, 3 Hill Road') && !letter.includes('[your name]'), 'the details given, no blanks');
  await done(context, page);
}]);

tests.push(['5: the landlord’s Markdown is HTML with its links, with and without JavaScript', async () => {
  const { context, page } = await open(BASE);
  await choose(page, 'complain');
  await choose(page, 'no');
  await choose(page, 'report');
  await page.waitForSelector('form[data-node="report-first"]');
  equal(await page.textContent('form .cs-markdown strong'), '0300 123 4568', 'bold');
  equal(await page.getAttribute('form .cs-markdown a', 'href'), 'https://www.example-homes.org.uk/report', 'a link');
  equal(await page.$$eval('.cs-next-steps li', (els) => els.map((e) => e.getAttribute('data-next'))), ['report', 'contacts'], 'next steps');
  await noStars(page, 'report first (JS)');
  await expectNoAxeViolations(page, 'report first');
  await done(context, page);
  const noJs = await open(`${BASE}report-first/`, { javaScriptEnabled: false });
  equal(await noJs.page.textContent('main .cs-markdown strong'), '0300 123 4568', 'bold without JavaScript');
  equal(await noJs.page.getAttribute('main .cs-markdown a', 'href'), 'https://www.example-homes.org.uk/report', 'a link without JavaScript');
  await noJs.context.close();
}]);

tests.push(['6: without JavaScript: styled screens, straight to the letter, no empty "Check your answers", 320 px, axe', async () => {
  const { context, page } = await open(BASE, { javaScriptEnabled: false });
  const visited = [];
  for (const link of ['Make a new complaint', 'Yes, and I am unhappy with how it was dealt with', 'It is still happening', 'No', 'Myself', 'No']) {
    visited.push(path(page));
    await page.click(`main .cs-choice-links a:text-is("${link}")`);
  }
  equal(path(page), `${BASE}complaint-result/`, 'the letter right after the last choice');
  equal(visited.length, 6, 'six questions');
  assert((await page.textContent('.cs-letter-template')).includes('[your name]'), 'letter template with blanks');
  equal(await page.$$eval('.cs-next-steps li', (els) => els.map((e) => e.getAttribute('data-next'))), ['letter', 'dates', 'contacts', 'ombudsman'], 'next steps');
  equal(await page.getAttribute('.cs-next-steps [data-next=dates] a', 'href'), '#cs-dates', 'the dates on the page');
  assert((await page.textContent('.cs-letter-template')).includes('on behalf of: [only if you are complaining for someone else'),
    '"on behalf of" marked as only for a representative');
  // A stage 1 result: on to stage 2 without starting again.
  await page.goto(`${origin}${BASE}stage1-dates/`);
  await page.click('.cs-next-steps [data-next=escalate] a');
  equal(path(page), `${BASE}escalation-result/`, 'stage 2 letter without starting again');
  // The widget's look: its stylesheet, GOV.UK-style buttons.
  await page.goto(`${origin}${BASE}late-complaint/`);
  const button = await page.$eval('a.cs-button', (a) => [getComputedStyle(a).color, getComputedStyle(a).fontWeight]);
  equal(button, ['rgb(255, 255, 255)', '700'], 'Continue looks like a button');
  // "Check your answers" reached by a reload: the letter template, not a page with nothing to check.
  await page.goto(`${origin}${BASE}check/`);
  assert(await page.$('.cs-letter-template'), 'the check page gives the letter');
  assert(!/nothing to check|no answers to check/i.test(await page.textContent('main')), 'no empty check page');
  for (const id of readdirSync(join(out, 'make-a-complaint')).filter((n) => existsSync(join(out, 'make-a-complaint', n, 'index.html')))) {
    await page.goto(`${origin}${BASE}${id}/`);
    const text = await page.textContent('main');
    assert(!text.includes('**'), `${id}: literal **`);
    assert(!/provision/i.test(await page.textContent('main h1')), `${id}: no provision in the question`);
    const paragraphs = await page.$$eval('main p', (ps) => ps.map((p) => p.textContent.trim()).filter(Boolean));
    equal(paragraphs.filter((p, i) => paragraphs.indexOf(p) !== i), [], `${id}: no paragraph twice`);
  }
  await context.close();
  for (const [id, name] of [['when', 'nojs-question'], ['complaint-result', 'nojs-result']]) {
    const { context: c, page: p } = await open(`${BASE}${id}/`, { javaScriptEnabled: false, viewport: { width: 320, height: 700 } });
    await noOverflow(p, `${id} without JavaScript at 320 px`);
    await screenshot(p, name);
    await c.close();
    const withJs = await openPage(browser, { viewport: { width: 320, height: 700 } });
    await withJs.page.goto(`${origin}${BASE}${id}/`);
    await expectNoAxeViolations(withJs.page, `${id} without the widget`);
    await withJs.context.close();
  }
}]);

await run(tests, { timeoutMs: 280000, cleanup: async () => { await browser.close(); server.close(); if (!process.env.KEEP) rmSync(work, { recursive: true, force: true }); } });
