// The widget on a site in another language: the example site built with the pseudo-language "xx"
// (tests/fixtures/i18n-xx, a few widget and engine keys translated, not a real language). The calculator and the
// walkthrough show the translated words from data-i18n (the engine's screen titles and next steps too), English for
// the keys "xx" leaves out, and still compute the engine's dates.
// Run as: node site_widget_i18n.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, equal, launch, loadPlaywright, openPage, run, missing, serve } from './lib.mjs';

const [sourceDir, buildDir, cli] = process.argv.slice(2);
const wasmDir = join(buildDir, 'wasm');
if (!existsSync(join(wasmDir, 'widget.js'))) missing(`${wasmDir}/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
const playwright = loadPlaywright(sourceDir);
const work = mkdtempSync(join(tmpdir(), 'cs-site-widget-i18n-'));
const content = join(work, 'content');
const out = join(work, 'public');
cpSync(join(sourceDir, 'content'), content, { recursive: true });
cpSync(join(sourceDir, 'tests/fixtures/i18n-xx/templates'), join(content, 'templates'), { recursive: true });
const site = JSON.parse(readFileSync(join(content, 'site.json'), 'utf8'));
site.language = 'xx';
writeFileSync(join(content, 'site.json'), JSON.stringify(site, null, 2));
function build(from, to) {
  try {
    execFileSync(cli, ['build', '--content', from, '--out', to, '--today', '2026-11-24', '--widget-dir', wasmDir, '--search', 'off'],
      { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (e) {
    console.error(`complaints-site build failed:\n${e.stderr}`);
    process.exit(1);
  }
}
build(content, out);
build(join(sourceDir, 'content'), join(work, 'english'));
const { server, origin } = await serve({ mounts: { '/': out } });
const browser = await launch(playwright);

const tests = [];

tests.push(['xx site /deadlines/: translated words, English fallback, and the engine’s dates', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(`${origin}/deadlines/`);
  await page.waitForSelector('form.cs-calculator');
  equal(await page.textContent('form.cs-calculator button[type=submit]'), '[xx] Wörk öüt thé dätés', 'translated button');
  equal((await page.textContent('form.cs-calculator legend')).trim(), '[xx] Whén dïd yöür ländlörd réçéïvé ït?', 'translated legend');
  assert((await page.textContent('form.cs-calculator')).includes('Which stage is your complaint at?'), 'untranslated key in English');
  const root = await page.$('[data-complaints-widget=deadlines]');
  const closures = (await root.getAttribute('data-closures')) || '';
  await page.evaluate(() => document.querySelector('[data-complaints-widget]').setAttribute('data-today', '2027-01-06'));
  await page.fill('#received-day', '21');
  await page.fill('#received-month', '12');
  await page.fill('#received-year', '2026');
  await page.check('#stage-1');
  await page.check('#extension-no');
  await page.click('form.cs-calculator button[type=submit]');
  await page.waitForSelector('[data-milestone]');
  equal(await page.textContent('.cs-results h2'), '[xx] Yöür dätés', 'translated results heading');
  const closuresFile = join(work, 'closures.txt');
  writeFileSync(closuresFile, closures.split(/\s+/).filter(Boolean).join('\n') + '\n');
  const engine = JSON.parse(execFileSync(cli, ['deadlines', '--received', '2026-12-21', '--today', '2027-01-06',
    '--closures', closuresFile, '--format', 'json']).toString());
  const shown = await page.$$eval('[data-milestone]', (els) => els.map((e) => [e.getAttribute('data-milestone'), e.querySelector('time').getAttribute('datetime')]));
  equal(shown.slice(0, engine.milestones.length), engine.milestones.map((m) => [m.id, m.due]), 'dates');
  // The engine's next-step sentences: the one "xx" translates (engine.next_steps.plan_stage1), English after it.
  const next = (await page.textContent('.cs-next-step')).trim();
  const englishRest = engine.next_step.slice(engine.next_step.indexOf('. ') + 2);
  assert(next.startsWith('[xx] Yöür ländlörd shöüld äçknöwlédgé yöür çömpläïnt by '), `translated next step: ${next}`);
  assert(englishRest.length > 20 && next.endsWith(' ' + englishRest), `English for the sentences xx leaves out: ${next}`);
  const problems = page.problems.filter((x) => !/favicon/.test(x));
  await context.close();
  equal(problems, [], 'no console errors or CSP violations');
}]);

tests.push(['xx site /deadlines/: an impossible date gets the translation’s error message from the engine', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(`${origin}/deadlines/`);
  await page.waitForSelector('form.cs-calculator');
  await page.fill('#received-day', '31');
  await page.fill('#received-month', '4');
  await page.fill('#received-year', '2026');
  await page.check('#stage-1');
  await page.check('#extension-no');
  await page.click('form.cs-calculator button[type=submit]');
  await page.waitForSelector('.cs-error-summary');
  // engine.errors.date_not_real is translated in xx.json; the reason (engine.errors.date_month_days) is not: English.
  const want = '[xx] The date your landlord received it müst bé ä réäl däté: April has 30 days, not 31';
  const summary = (await page.textContent('.cs-error-summary')).replace(/\s+/g, ' ');
  assert(summary.includes(want), `translated message in the summary: ${summary}`);
  equal(await page.getAttribute('.cs-error-summary a', 'href'), '#received-day', 'links to the day (the error part is unchanged)');
  const problems = page.problems.filter((x) => !/favicon/.test(x));
  await context.close();
  equal(problems, [], 'no console errors or CSP violations');
}]);

tests.push(['xx site /make-a-complaint/: the walkthrough uses the translated words too', async () => {
  const { context, page } = await openPage(browser);
  await page.goto(`${origin}/make-a-complaint/`);
  await page.waitForSelector('form[data-node=start]');
  equal((await page.textContent('form[data-node=start] button[type=submit]')).trim(), '[xx] Cöntïnüé', 'translated Continue');
  equal((await page.textContent('form[data-node=start] .cs-provision')).startsWith('Complaint Handling Code provision '), true,
    'untranslated key in English');
  // The engine's words: the start screen's title is translated (engine.walkthrough.start.title); the next screen's
  // is not, so it is English.
  equal((await page.textContent('form[data-node=start] .cs-question')).trim(), '[xx] Whät dö yöü wänt tö dö?', 'translated screen title');
  await page.check('form[data-node=start] input[value=complain]');
  await page.click('form[data-node=start] button[type=submit]');
  await page.waitForSelector('form[data-node=asked-before]');
  const asked = (await page.textContent('form[data-node=asked-before] .cs-question')).trim();
  assert(/^Have you already asked .+ to put this right\?$/.test(asked), `untranslated screen in English: ${asked}`);
  const problems = page.problems.filter((x) => !/favicon/.test(x));
  await context.close();
  equal(problems, [], 'no console errors or CSP violations');
}]);

tests.push(['a page in Welsh (data-language="cy"): the widget writes its dates with the engine’s Welsh names', async () => {
  // The xx page, declared Welsh: English words (no cy.json ships) with Welsh dates, as a Welsh site would have.
  const html = readFileSync(join(out, 'deadlines/index.html'), 'utf8').replace('data-language="xx"', 'data-language="cy"');
  assert(html.includes('data-language="cy"'), 'the generator marks the mount element with its language');
  mkdirSync(join(out, 'deadlines-cy'), { recursive: true });
  writeFileSync(join(out, 'deadlines-cy/index.html'), html);
  const { context, page } = await openPage(browser);
  await page.goto(`${origin}/deadlines-cy/`);
  await page.waitForSelector('form.cs-calculator');
  await page.evaluate(() => document.querySelector('[data-complaints-widget]').setAttribute('data-today', '2027-01-06'));
  await page.fill('#received-day', '21');
  await page.fill('#received-month', '12');
  await page.fill('#received-year', '2026');
  await page.check('#stage-1');
  await page.check('#extension-no');
  await page.click('form.cs-calculator button[type=submit]');
  await page.waitForSelector('[data-milestone]');
  equal(await page.textContent('.cs-results p time[datetime="2026-12-21"]'), 'Dydd Llun 21 Rhagfyr 2026', 'received date in Welsh');
  const problems = page.problems.filter((x) => !/favicon/.test(x));
  await context.close();
  equal(problems, [], 'no console errors or CSP violations');
}]);

tests.push(['English site: the widget uses the English baked into widget.js (no data-i18n)', async () => {
  const html = readFileSync(join(work, 'english/deadlines/index.html'), 'utf8');
  assert(!html.includes('data-i18n') && !html.includes('data-language'), 'English pages carry no data-i18n or data-language');
  const js = readFileSync(join(wasmDir, 'widget.js'), 'utf8');
  const english = JSON.parse(readFileSync(join(sourceDir, 'templates/i18n/en.json'), 'utf8')).widget;
  assert(js.includes(JSON.stringify(english.calculator.submit)), 'widget.js holds the English words of en.json');
  assert(!js.includes(JSON.stringify(english.pages.deadlines_no_js)), 'but not the no-JS pages’ words');
}]);

await run(tests, { timeoutMs: 120000, cleanup: async () => { await browser.close(); server.close(); if (!process.env.KEEP) rmSync(work, { recursive: true, force: true }); } });
