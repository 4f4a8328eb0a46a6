// The exceptional circumstances notice (issue 16 item 8, Code 8.5) in the browser: the example with the notice of
// tests/fixtures/notice/ in force on the build date shows the banner at 360 px, and the widget's calculator shows the
// page's data-notice sentence under the dates it works out, as the no-JS page does; no axe violation.
// Run as: node notice_widget.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, axeSource, equal, expectNoAxeViolations, launch, loadPlaywright, openPage, run, serve } from './lib.mjs';

const [sourceDir, , cli] = process.argv.slice(2);
const playwright = loadPlaywright(sourceDir);
const work = mkdtempSync(join(tmpdir(), 'cs-notice-'));
cpSync(join(sourceDir, 'content'), join(work, 'content'), { recursive: true });
cpSync(join(sourceDir, 'tests/fixtures/notice/notices'), join(work, 'content/notices'), { recursive: true });
const out = join(work, 'public');
execFileSync(cli, ['build', '--content', join(work, 'content'), '--out', out, '--today', '2026-11-24', '--search', 'off'],
  { stdio: ['ignore', 'ignore', 'inherit'] });
const { server, origin } = await serve({ mounts: { '/': out }, files: { '/__axe/axe.min.js': axeSource(sourceDir) } });
const browser = await launch(playwright);

await run([
  ['the banner at 360 px, and the calculator says the landlord has told residents it may not meet its dates', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 360, height: 740 } });
    await page.goto(origin + '/deadlines/');
    await page.waitForSelector('form.cs-calculator');
    const banner = await page.$('.site-notice');
    assert(banner && await banner.isVisible(), 'the banner is shown');
    assert((await banner.innerText()).includes('29 January 2027'), 'with the date the landlord expects to comply again');
    const sentence = await page.getAttribute('[data-complaints-widget=deadlines]', 'data-notice');
    assert(sentence && sentence.includes('29 January 2027'), 'the page carries the sentence for the widget');
    equal(await page.$$eval('main p.cs-notice-dates', (ps) => ps.map((p) => p.textContent)), [sentence], 'the no-JS sentence, once, before any dates are worked out');
    // The widget's "today" (as tests/browser/site_widget.test.mjs sets it): after the date received.
    await page.evaluate((t) => document.querySelector('[data-complaints-widget]').setAttribute('data-today', t), '2027-01-06');
    await page.fill('#received-day', '21');
    await page.fill('#received-month', 'Dec');
    await page.fill('#received-year', '2026');
    await page.check('#stage-1');
    await page.check('#extension-no');
    await page.click('form.cs-calculator button[type=submit]');
    await page.waitForSelector('.cs-milestones [data-milestone]');
    const shown = await page.$$eval('[data-complaints-widget] [data-notice]', (ps) => ps.map((p) => p.textContent));
    equal(shown, [sentence], 'the widget shows the sentence under its dates');
    await expectNoAxeViolations(page, 'calculator with a notice');
    await page.screenshot({ path: join(work, 'notice-360.png') });
    equal(page.problems, [], 'no console errors or CSP violations');
    await context.close();
  }],
], { timeoutMs: 120000, cleanup: async () => { await browser.close(); server.close(); if (!process.env.CS_KEEP) rmSync(work, { recursive: true, force: true }); } });
