// The governing body pack (/self-assessment/<year>/pack/, issue 16 item 6) on the built example site: not for residents
// (noindex, not in sitemap.xml, linked from no page), the summary's count from the self-assessment, no axe violation,
// and printed to PDF by Chromium on A4 (playwright-core page.pdf): a page count within the range the content's
// measured height gives, and no table row split across two pages (each row's text whole on one page of the PDF, read
// with poppler's pdftotext; a control with rows made too tall to fit shows the check finds a split).
// Run as: node governing_body_pack.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, axeSource, equal, expectNoAxeViolations, launch, loadPlaywright, missing, openPage, run, serve } from './lib.mjs';

const [sourceDir, , cli] = process.argv.slice(2);
const playwright = loadPlaywright(sourceDir);
for (const tool of ['pdftotext', 'pdfinfo'])
  if (!['/usr/bin', '/usr/local/bin'].some((d) => existsSync(join(d, tool))))
    missing(tool, 'apt-get install poppler-utils (scripts/setup installs it)');
const work = mkdtempSync(join(tmpdir(), 'cs-pack-'));
const out = join(work, 'public');
const YEAR = '2025-26';
const PATH = `/self-assessment/${YEAR}/pack/`;
execFileSync(cli, ['build', '--content', join(sourceDir, 'content'), '--out', out, '--today', '2026-11-24', '--search', 'off'],
  { stdio: ['ignore', 'ignore', 'inherit'] });
// The control's stylesheet (served, as the CSP allows no inline style): rows allowed to break, and too tall to fit.
const CONTROL_CSS = '@media print { .pack tr { break-inside: auto !important; } .pack tbody td { line-height: 25mm !important; } }';
const { server, origin } = await serve({ mounts: { '/': out }, files: { '/__axe/axe.min.js': axeSource(sourceDir), '/__control.css': CONTROL_CSS } });
const browser = await launch(playwright);
const words = JSON.parse(readFileSync(join(sourceDir, 'templates/i18n/en.json'), 'utf8'));

const MM = 96 / 25.4;  // CSS px per millimetre
const norm = (s) => s.replace(/[\u00ad]/g, '').replace(/\s+/g, ' ').trim();

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

// Prints the open page to PDF on A4 and returns its pages' text (pdftotext -raw: the order Chromium drew it in).
async function printPages(page, name) {
  const file = join(work, name);
  writeFileSync(file, await page.pdf({ format: 'A4' }));
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
  const pages = [];
  for (let i = 1; i <= count; i++) pages.push(norm(execFileSync('pdftotext', ['-raw', '-f', String(i), '-l', String(i), file, '-'], { encoding: 'utf8' })));
  return { file, count, width: Number(size[1]), height: Number(size[2]), pages };
}

// Every table row of the pack whose text is not whole on one page: [row text start, pages its start and end are on].
async function splitRows(page, printed) {
  const rows = await page.$$eval('.pack tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.innerText)));
  const split = [];
  for (const cells of rows) {
    const text = norm(cells.join(' '));
    const head = text.slice(0, 24), tail = text.slice(-24);
    const whole = printed.pages.some((p) => { const at = p.indexOf(head); return at >= 0 && p.indexOf(tail, at) >= 0; });
    if (!whole) split.push([head, printed.pages.findIndex((p) => p.includes(head)) + 1, printed.pages.findIndex((p) => p.includes(tail)) + 1]);
  }
  return { rows: rows.length, split };
}

// The pages the content needs: the blocks (the cover, each section) that start a page in print (break-before: page, or
// after the cover's break-after: page) begin a run of blocks, and a run takes as many pages as its height in print
// over the page's printable height; rows kept whole and headings kept with what follows may push at most one more
// page per run.
async function expectedPages(page) {
  const margins = { top: 18, bottom: 20, side: 16 };  // templates/assets/site.css @page
  await page.setViewportSize({ width: Math.round((210 - 2 * margins.side) * MM), height: 900 });
  await page.emulateMedia({ media: 'print' });
  const blocks = await page.$$eval('.pack-cover, .pack-section', (els) => els.map((e, i) => {
    const s = getComputedStyle(e);
    const before = i > 0 && getComputedStyle(els[i - 1]).breakAfter === 'page';
    return { top: e.getBoundingClientRect().top, bottom: e.getBoundingClientRect().bottom, starts: i === 0 || before || s.breakBefore === 'page' };
  }));
  await page.emulateMedia({ media: null });  // back to no emulation: page.pdf() then prints with print CSS
  const runs = [];
  for (const b of blocks) {
    if (b.starts) runs.push({ top: b.top, bottom: b.bottom });
    else runs[runs.length - 1].bottom = b.bottom;
  }
  const printable = (297 - margins.top - margins.bottom) * MM;
  const least = runs.reduce((n, r) => n + Math.max(1, Math.ceil((r.bottom - r.top) / printable)), 0);
  return { runs: runs.length, least, most: least + runs.length };
}

await run([
  ['not for residents: noindex, not in the sitemap, linked from no page', async () => {
    const html = readFileSync(join(out, PATH, 'index.html'), 'utf8');
    assert(html.includes('<meta name="robots" content="noindex">'), 'the pack has a robots noindex');
    assert(!readFileSync(join(out, 'sitemap.xml'), 'utf8').includes('/pack/'), 'sitemap.xml leaves the pack out');
    assert(!html.includes('data-pagefind-body'), 'the pack is not in the search index');
    for (const file of htmlFiles(out))
      if (!file.includes('/pack/')) assert(!readFileSync(file, 'utf8').includes('/pack/'), `${file} does not link to the pack`);
    for (const year of ['2023-24', '2024-25', '2025-26']) assert(existsSync(join(out, 'self-assessment', year, 'pack/index.html')), `a pack for ${year}`);
  }],
  ['the cover, the summary counted from the self-assessment, the plans, the changes, the figures, the minute', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(origin + PATH);
    const sa = JSON.parse(readFileSync(join(sourceDir, 'content/self-assessments', `${YEAR}.json`), 'utf8'));
    const total = JSON.parse(readFileSync(join(sourceDir, 'core/data/code-2024.json'), 'utf8')).provisions.length;
    const met = sa.provisions.filter((p) => p.comply === 'yes').length;
    const notMet = sa.provisions.filter((p) => p.comply === 'no').map((p) => p.id);
    const text = norm(await page.innerText('main'));
    assert(text.includes(norm(words.self_assessment.pack.cover_for)), 'the cover says it is for approval by the governing body');
    assert(text.includes(`meets ${met} of the ${total} provisions`), `the summary says ${met} of ${total}`);
    equal(await page.$$eval('#pack-not-met ~ table tbody tr', (trs) => trs.map((tr) => tr.dataset.provision)), notMet,
      'one row per provision not met, with its plan');
    assert(await page.$('#pack-changes'), 'changes since last year');
    assert((await page.$$('.pack-figures svg')).length >= 3, 'the annual report figures with their charts');
    equal((await page.$$('.pack-minute dt')).length, 4, 'date, minute reference, name, signature');
    await expectNoAxeViolations(page, 'pack at 1280px');
    await page.screenshot({ path: join(work, 'pack-1280.png'), fullPage: false });
    equal(page.problems, [], 'no console errors or CSP violations');
    await context.close();
  }],
  ['printed on A4: the page count the content gives, no table row split across pages', async () => {
    const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(origin + PATH);
    const expected = await expectedPages(page);
    assert(expected.runs >= 4, `the cover, the summary, the changes, the figures and the minute start pages (${expected.runs})`);
    const rowsAvoid = await (async () => {
      await page.emulateMedia({ media: 'print' });
      const v = await page.$$eval('.pack tbody tr', (trs) => trs.every((tr) => getComputedStyle(tr).breakInside === 'avoid'));
      await page.emulateMedia({ media: null });  // back to no emulation: page.pdf() then prints with print CSS
      return v;
    })();
    assert(rowsAvoid, 'rows have break-inside: avoid in print');
    const printed = await printPages(page, 'pack.pdf');
    assert(Math.abs(printed.width - 595.92) < 2 && Math.abs(printed.height - 841.92) < 2, `A4 pages: ${printed.width} x ${printed.height}`);
    assert(printed.count >= expected.least && printed.count <= expected.most,
      `${printed.count} pages; the content needs ${expected.least} to ${expected.most}`);
    assert(printed.pages[0].includes(norm(words.self_assessment.pack.cover_for)), 'page 1 is the cover');
    const { rows, split } = await splitRows(page, printed);
    assert(rows >= 3, `the pack has table rows (${rows})`);
    equal(split, [], 'no row split across pages');
    // The control: rows too tall for a page, allowed to break, must be found split.
    await page.addStyleTag({ url: '/__control.css' });
    const broken = await splitRows(page, await printPages(page, 'control.pdf'));
    assert(broken.split.length > 0, 'the check finds rows split when they are');
    await context.close();
  }],
], { timeoutMs: 240000, cleanup: async () => { await browser.close(); server.close(); if (!process.env.CS_KEEP) rmSync(work, { recursive: true, force: true }); } });
