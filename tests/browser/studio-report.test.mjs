// The studio's Annual report screen (studio/report.js, issue 17 item 5) in Chromium at 360 and 1280 px, axe on every
// state: a case log as a case system exports it (Windows-1252, semicolons, day-first dates, headers the reader does not
// know) → the first rows and what was recognised → the officer picks the rest → "Use this case log" saves the log, the
// .columns.json `complaints-site report --columns` reads and the figures equal that command's; a log with an error and
// an .xlsx change nothing; the narrative and the governing body's response reach the preview and survive a reload;
// the mapping by keyboard only; and the whole journey, from scratch to a site.zip equal to `complaints-site build`.
// Run as: node studio-report.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY (STUDIO_SHOTS=DIR saves screenshots).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, equal, run } from './lib.mjs';
import {
  PREVIEW, STUDIO, cli, closeStudio, fflate, origin, sourceDir, work,
  axeAndShot, download, expectSameAsBuild, go, importSeed, listFiles, noProblems, openStudio, previewFrame, savedFiles, savedText, screen, settle, startFromScratch, writeFiles,
} from './studio-lib.mjs';

const tests = [];
const HOMES = 1250;

/** A financial year's start year: 2025 for "2025-26". */
const startOf = (year) => Number(year.slice(0, 4));
/** The export a case system makes: Windows-1252 (é as one byte), semicolons, CRLF, day-first dates, its own headers. */
function exportedLog(year) {
  const y = startOf(year);
  const z = y + 1;
  const lines = [
    'Ref No;Dt Rcvd;Ack;Resp Dt;Stage;Result;Notes',
    `RH-001;03/04/${y};04/04/${y};14/04/${y};1;Upheld;Café repairs`,
    `RH-002;10/04/${y};11/04/${y};30/05/${y};1;Not upheld;`,
    `RH-002;12/06/${y};13/06/${y};02/07/${y};2;Not upheld;`,
    `RH-003;01/05/${y};02/05/${y};09/05/${y};Stage 1;Partly upheld;`,
    `RH-004;15/06/${y};16/06/${y};26/06/${y};1;Upheld;`,
    `RH-005;02/09/${y};03/09/${y};25/09/${y};1;Upheld;`,
    `RH-005;01/10/${y};02/10/${y};15/10/${y};2;Partly upheld;`,
    `RH-006;13/01/${z};14/01/${z};20/01/${z};1;Not upheld;`,
    `RH-007;02/02/${z};03/02/${z};10/02/${z};1;Withdrawn;`,
  ];
  return Buffer.from(lines.join('\r\n') + '\r\n', 'latin1');
}
const MAPPING = { received: 'Dt Rcvd', acknowledged: 'Ack', responded: 'Resp Dt' };

/** Start the year's report on the Annual report screen; returns the year. */
async function startReport(page, homes = HOMES) {
  await go(page, 'annual-report');
  await page.waitForSelector('form[data-ar-new]:visible');
  const year = await page.inputValue('#ar-new-year');
  assert(/^\d{4}-\d{2}$/.test(year), `a year is suggested: ${year}`);
  await page.fill('#ar-new-homes', String(homes));
  await page.click('form[data-ar-new] button[type=submit]');
  await page.waitForSelector('[data-ar-result] .success');
  return year;
}
async function chooseLog(page, name, buffer) {
  await page.setInputFiles('input[type=file][name="cases"]', { name, mimeType: 'text/csv', buffer });
  await page.waitForFunction((n) => (document.querySelector('#ar-log-title')?.textContent || '').includes(n), name);
}
async function mapColumns(page) {
  for (const [key, header] of Object.entries(MAPPING)) await page.selectOption(`#ar-col-${key}`, { label: header });
  await page.waitForSelector('[data-ar-use]');
}
/** The figures on the screen: {path: value} from the table the officer sees. */
async function shownFigures(page) {
  await page.waitForSelector('[data-ar-figures-table]', { timeout: 15000 });
  return page.$$eval('[data-figure]', (cells) => Object.fromEntries(cells.map((c) => [c.dataset.figure, c.dataset.value === '' ? null : Number(c.dataset.value)])));
}
/** complaints-site report on the same log, mapping and homes, for the year's period. */
function cliFigures(year, logBytes, columnsText, homes = HOMES) {
  const dir = join(work, `report-${year}-${Math.random().toString(36).slice(2, 8)}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'cases.csv'), logBytes);
  writeFileSync(join(dir, 'columns.json'), columnsText);
  const y = startOf(year);
  try {
    return JSON.parse(execFileSync(cli, ['report', '--cases', join(dir, 'cases.csv'), '--columns', join(dir, 'columns.json'), '--homes', String(homes),
      '--from', `${y}-04-01`, '--to', `${y + 1}-03-31`, '--format', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
  } catch (e) {
    throw new Error(`complaints-site report refused the studio's files:\n${e.stderr}`);
  }
}
function expectedFigures(json) {
  const out = {};
  for (const s of [1, 2]) {
    out[`counts.stage${s}_received`] = json.counts[`stage${s}_received`];
    out[`ch01.stage${s}_per_1000`] = json.ch01[`stage${s}_per_1000`];
    out[`counts.stage${s}_responded`] = json.counts[`stage${s}_responded`];
    out[`counts.stage${s}_within`] = json.counts[`stage${s}_within`];
    out[`ch02.stage${s}_within_pct`] = json.ch02[`stage${s}_within_pct`];
    out[`counts.stage${s}_open_at_end`] = json.counts[`stage${s}_open_at_end`];
    out[`counts.stage${s}_refused`] = json.counts[`stage${s}_refused`];
    if (json.previous) {  // last year's CH01 and CH02 beside this year's, as the site's page compares them
      out[`previous.ch01.stage${s}_per_1000`] = json.previous.ch01[`stage${s}_per_1000`];
      out[`previous.ch02.stage${s}_within_pct`] = json.previous.ch02[`stage${s}_within_pct`];
    }
  }
  return out;
}
async function savedBytes(page, path) {
  return Buffer.from(await page.evaluate((p) => new Promise((resolve) => {
    const r = indexedDB.open('complaints-site-studio');
    r.onsuccess = () => {
      const g = r.result.transaction('files').objectStore('files').get(p);
      g.onsuccess = () => { resolve(g.result ? [...new Uint8Array(g.result)] : null); r.result.close(); };
    };
  }), path) || []);
}

// ---------------------------------------------------------------------------------------------------------------
for (const width of [360, 1280]) {
  tests.push([`${width}px: a case system's export with its own headers → first rows and what was recognised → pick the rest → use it → the CLI reads the same mapping and gives the same figures`, async () => {
    const { context, page } = await openStudio(width);
    try {
      await startFromScratch(page, 'Mapping Homes');
      await screen(page, 'annual-report', width, 'no-report');
      assert(await page.isVisible('form[data-ar-new]'), 'with no report yet, the screen offers to start one');
      // A mistake in the new-year form is pointed out beside the field and nothing is written.
      await page.fill('#ar-new-homes', 'lots');
      await page.click('form[data-ar-new] button[type=submit]');
      await page.waitForSelector('[data-ar-errors] .error-summary');
      assert(/whole number above 0/.test(await page.textContent('#ar-new-homes-error')), 'homes that are not a number are refused beside the field');
      await axeAndShot(page, `new report error at ${width}px`, `ar-new-error-${width}`);
      equal(Object.keys(await savedFiles(page)).filter((p) => p.startsWith('annual-reports/')), [], 'nothing is saved');

      const year = await startReport(page);
      await settle(page);
      equal(JSON.parse(await savedText(page, `annual-reports/${year}.json`)), { homes: HOMES }, 'the year\'s file is written with the homes');
      equal(await page.inputValue('#ar-year'), year, 'the new year is shown');
      await axeAndShot(page, `report started at ${width}px`, `ar-started-${width}`);

      const log = exportedLog(year);
      await chooseLog(page, 'complaints-export.csv', log);
      // How it was read.
      equal(await page.textContent('[data-ar-records]'), '9', 'the rows are counted');
      equal(await page.$('#ar-cases-file-errors + [data-ar-check]'), null, 'the check\'s "no case log yet" gives way to the file being looked at');
      const read = await page.textContent('[data-ar-read]');
      assert(/Windows-1252/.test(read) && /semicolons/.test(read) && /one row per stage/.test(read), `it says how it was read: ${read}`);
      const head = await page.$$eval('[data-ar-rows] thead .ar-table__header', (ths) => ths.map((t) => t.textContent));
      equal(head, ['Ref No', 'Dt Rcvd', 'Ack', 'Resp Dt', 'Stage', 'Result', 'Notes'], 'the first rows are shown under the file\'s own headers');
      equal(await page.$$eval('[data-ar-rows] tbody tr', (trs) => trs.length), 9, 'all 9 rows (at most 10)');
      equal(await page.textContent('[data-ar-rows] tbody tr:first-child td:last-child'), 'Café repairs', 'Windows-1252 is read as such');
      equal(await page.getAttribute('.ar-table-wrap', 'role'), 'region', 'the table scrolls in a region');
      // What it recognised by name, and what it did not.
      for (const [key, header] of [['reference', 'Ref No'], ['stage', 'Stage'], ['outcome', 'Result']]) {
        assert((await page.textContent(`#ar-col-${key}-note`)).includes(`Found by its name: "${header}"`), `${key} is found by its name`);
        equal(await page.$eval(`#ar-col-${key}`, (s) => s.selectedOptions[0].textContent), header, `${key}'s select shows ${header}`);
      }
      for (const key of ['received', 'responded']) {
        equal(await page.inputValue(`#ar-col-${key}`), '-1', `${key} is not found`);
        assert(/choose the column/.test(await page.textContent(`#ar-col-${key}-note`)), `${key} asks for a column`);
      }
      const problems = await page.textContent('[data-ar-log-problems]');
      assert(/Date received/.test(problems) && /Date of the response/.test(problems), `the missing columns are named in the officer's words: ${problems}`);
      assert(!/"received"|columns\.json/.test(problems), `no file names or JSON keys in the message: ${problems}`);
      equal(await page.$('[data-ar-use]'), null, 'it cannot be used yet');
      assert(await page.isVisible('[data-ar-cannot-use]'), 'and it says so');
      await axeAndShot(page, `mapping needed at ${width}px`, `ar-mapping-needed-${width}`);

      await mapColumns(page);
      assert(await page.isVisible('[data-ar-use]'), '"Use this case log" appears once it reads without errors');
      // Month first cannot read 13/01: the log is read again at once and cannot be used; day first puts it right.
      await page.check('#ar-date-order-month-first');
      await page.waitForSelector('[data-ar-cannot-use]');
      assert(/cases\.date/.test(await page.$$eval('[data-ar-log-problems] [data-finding-code]', (fs) => fs.map((f) => f.dataset.findingCode).join(' '))), 'month first: the dates are errors');
      await page.check('#ar-date-order-day-first');
      await page.waitForSelector('[data-ar-use]');
      equal(await page.$$eval('.ar-table__use', (us) => us.map((u) => u.textContent)),
        ['Case reference', 'Date received', 'Date acknowledged', 'Date of the response', 'Stage (1 or 2)', 'Outcome', 'not used'], 'each column says what it is used for');
      await axeAndShot(page, `mapping done at ${width}px`, `ar-mapping-done-${width}`);
      await page.click('[data-ar-use]');
      await page.waitForSelector('[data-ar-used]');
      await settle(page);
      const columns = await savedText(page, `annual-reports/${year}.columns.json`);
      equal(JSON.parse(columns), MAPPING, '.columns.json holds only the columns the officer named');
      assert(columns.endsWith('}\n'), 'with a final newline');
      equal(Buffer.compare(await savedBytes(page, `annual-reports/${year}-cases.csv`), log), 0, 'the log is saved as given, byte for byte');
      equal(JSON.parse(await savedText(page, `annual-reports/${year}.json`)), { homes: HOMES, cases: `${year}-cases.csv` }, 'the year names its log');

      const shown = await shownFigures(page);
      const expected = expectedFigures(cliFigures(year, log, columns));
      const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
      equal(sorted(shown), sorted(expected), 'the figures on the screen are complaints-site report\'s (CH01, CH02 and the counts)');
      assert(expected['counts.stage1_received'] === 7 && expected['counts.stage2_received'] === 2, 'the log has stage 1 and stage 2 complaints in the year');
      await page.$eval('[data-ar-figures-table]', (t) => t.scrollIntoView());
      await axeAndShot(page, `figures at ${width}px`, `ar-figures-${width}`);
      noProblems(page);
    } finally {
      await context.close();
    }
  }]);
}

tests.push(['360px: a log with an error (a missing date) and an Excel workbook: the message, and nothing is saved', async () => {
  const { context, page } = await openStudio(360);
  try {
    await startFromScratch(page, 'Broken Log Homes');
    const year = await startReport(page);
    const y = startOf(year);
    const broken = Buffer.from(`Reference,Stage,Received,Acknowledged,Responded,Outcome\nB-1,1,0${3}/04/${y},04/04/${y},14/04/${y},Upheld\nB-2,1,,11/04/${y},20/04/${y},Upheld\n`);
    await settle(page);
    const before = await savedFiles(page);
    await chooseLog(page, 'broken.csv', broken);
    await page.waitForSelector('[data-ar-log-problems] [data-finding-code^="cases.date"]');
    const problem = await page.textContent('[data-ar-log-problems]');
    assert(/Line 3 of broken\.csv/.test(problem), `the message says which line: ${problem}`);
    equal(await page.$('[data-ar-use]'), null, 'no "Use this case log"');
    assert(/Nothing has been saved/.test(await page.textContent('[data-ar-cannot-use]')), 'it says nothing was saved');
    await axeAndShot(page, 'log with an error at 360px', 'ar-log-error-360');

    const xlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 1)]);
    await chooseLog(page, 'complaints.xlsx', xlsx);
    await page.waitForSelector('[data-ar-log-problems] [data-finding-code="cases.file.xlsx"]');
    assert(/CSV UTF-8/.test(await page.textContent('[data-ar-log-problems]')), 'an Excel workbook is told to save as CSV UTF-8');
    equal(await page.$('[data-ar-rows]'), null, 'no rows are shown for it');
    await axeAndShot(page, 'xlsx at 360px', 'ar-xlsx-360');
    await page.click('[data-ar-discard]');
    equal(await page.evaluate(() => document.activeElement.name), 'cases', '"Do not use this file" goes back to the file control');
    await settle(page);
    equal(await savedFiles(page), before, 'nothing saved changed');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['1280px: the narrative and the governing body\'s response → saved as typed, kept on reload, on the preview\'s annual report page', async () => {
  const { context, page } = await openStudio(1280);
  try {
    await startFromScratch(page, 'Narrative Homes');
    const year = await startReport(page);
    await chooseLog(page, 'complaints-export.csv', exportedLog(year));
    await mapColumns(page);
    await page.click('[data-ar-use]');
    await page.waitForSelector('[data-ar-used]');
    // Labels carry the Code's words and provision.
    assert(/^Code 8\.1\(b\): a qualitative and quantitative analysis of complaint handling performance, including the types of complaints refused/.test(await page.textContent('label[for="ar-b"]')), 'part (b) is labelled with Code 8.1(b)\'s words');
    assert(/If there were none, say so/.test(await page.textContent('#ar-c-hint')), 'part (c) says to say so when there were none');
    assert(/Code 8\.2/.test(await page.textContent('[aria-labelledby="ar-response-title"]')), 'the response names Code 8.2');
    // Findings beside their fields: empty parts and no response yet.
    await page.waitForSelector('#ar-c-errors + [data-ar-check] [data-finding-code="ar.section.empty"]', { timeout: 8000 });
    assert(await page.$('#ar-response-text-errors + [data-ar-check] [data-finding-code="report.response.missing"]'), 'the missing response is shown beside it');
    await axeAndShot(page, 'narrative empty at 1280px', 'ar-narrative-empty-1280');

    const words = {
      b: 'We received more complaints about repairs than anything else. We refused one complaint because it was a service request.',
      c: 'The Ombudsman made no findings of non-compliance with the Code against us this year.',
      d: 'Residents now get a text the day before a repairs appointment.',
      e: 'The Ombudsman published no annual report about us this year.',
      f: 'There were no other Ombudsman reports about us this year.',
    };
    for (const [letter, text] of Object.entries(words)) await page.fill(`#ar-${letter}`, text);
    const response = 'The Board welcomes the faster stage 1 responses and has asked for a plan for stage 2.';
    await page.fill('#ar-response-text', response);
    await page.fill('#ar-response-date-day', '18');
    await page.fill('#ar-response-date-month', '6');
    await page.fill('#ar-response-date-year', String(startOf(year) + 1));
    await page.fill('#ar-response-by', 'Board of Narrative Homes');
    await page.click('#ar-b');
    await page.waitForFunction(() => !document.querySelector('[data-ar-check] [data-finding-code="report.response.missing"], [data-ar-check] [data-finding-code="ar.section.empty"]'), null, { timeout: 8000 });
    await settle(page);
    const saved = JSON.parse(await savedText(page, `annual-reports/${year}.json`));
    equal([saved.b_qualitative, saved.c_ombudsman_findings, saved.d_service_improvements, saved.e_ombudsman_annual_report, saved.f_other_reports], Object.values(words), 'the five parts are saved');
    equal(saved.governing_body_response, { text: response, date: `${startOf(year) + 1}-06-18`, by: 'Board of Narrative Homes' }, 'the response is saved');
    equal(Object.keys(saved), ['homes', 'cases', 'b_qualitative', 'c_ombudsman_findings', 'd_service_improvements', 'e_ombudsman_annual_report', 'f_other_reports', 'governing_body_response'], 'in the schema\'s order');

    // Reload: the work is still there.
    await page.goto(STUDIO);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    await go(page, 'annual-report');
    equal(await page.inputValue('#ar-year'), year, 'the year is there after a reload');
    equal(await page.inputValue('#ar-c'), words.c, 'and its words');
    equal(await page.inputValue('#ar-response-by'), 'Board of Narrative Homes', 'and the response');
    equal(await page.$eval('#ar-col-received', (s) => s.selectedOptions[0].textContent), 'Dt Rcvd', 'and the columns named for the log');
    assert((await page.textContent('[data-ar-log-status]')).includes(`${year}-cases.csv`), 'the log in use is named');
    await shownFigures(page);
    await axeAndShot(page, 'report after reload at 1280px', 'ar-reloaded-1280');

    await screen(page, 'preview', 1280, 'report');
    const frame = await previewFrame(page);
    const res = await frame.goto(`${origin}${PREVIEW}annual-report/${year}/`);
    equal(res.status(), 200, `the preview has /annual-report/${year}/`);
    const main = await frame.textContent('main');
    for (const text of [...Object.values(words), response, 'Board of Narrative Homes']) assert(main.includes(text), `the page shows "${text.slice(0, 40)}…"`);
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['360px keyboard only: Tab from the file control through the columns, choose them with the keys, Enter uses the log', async () => {
  const { context, page } = await openStudio(360);
  try {
    await startFromScratch(page, 'Keyboard Report Homes');
    const year = await startReport(page);
    await chooseLog(page, 'export.csv', exportedLog(year));
    equal(await page.evaluate(() => document.activeElement.id), 'ar-log-title', 'after choosing a file the focus moves to what was found in it');
    const reached = [];
    for (let i = 0; i < 12 && !reached.includes('ar-col-received'); i += 1) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
    }
    equal(reached.slice(-3), ['ar-col-reference', 'ar-col-stage', 'ar-col-received'], `Tab reaches the table then the columns in order: ${reached.join(' ')}`);
    assert(reached.includes('ar-table-wrap'), 'the scrollable table can be reached by keyboard');
    assert(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle !== 'none'), 'the focus is visible');
    await page.keyboard.type('Dt');
    equal(await page.$eval('#ar-col-received', (s) => s.selectedOptions[0].textContent), 'Dt Rcvd', 'typing chooses the column');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ack');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Resp');
    await page.keyboard.press('Tab'); // extension
    await page.keyboard.press('Tab'); // outcome
    equal(await page.evaluate(() => document.activeElement.id), 'ar-col-outcome', 'the focus stays in place while the log is read again');
    await page.waitForSelector('[data-ar-use]');
    await page.focus('[data-ar-use]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-ar-used]');
    equal(await page.evaluate(() => document.activeElement.dataset.arUsed !== undefined), true, 'the confirmation takes the focus');
    await settle(page);
    equal(JSON.parse(await savedText(page, `annual-reports/${year}.columns.json`)), MAPPING, 'the columns chosen by keyboard are saved');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['1280px: the example content: both years, their logs and figures as complaints-site build makes them; an edit keeps $schema and keys the studio does not know', async () => {
  const { context, page } = await openStudio(1280);
  try {
    const source = join(sourceDir, 'content');
    const entries = {};
    for (const path of listFiles(source)) entries[`content/${path}`] = new Uint8Array(readFileSync(join(source, path)));
    const report = JSON.parse(readFileSync(join(source, 'annual-reports/2025-26.json'), 'utf8'));
    entries['content/annual-reports/2025-26.json'] = fflate.strToU8(`${JSON.stringify({ ...report, x_board_paper: 'BP-2026-14' }, null, 2)}\n`);
    await page.setInputFiles('input[type=file][name="import"]', { name: 'example.zip', mimeType: 'application/zip', buffer: Buffer.from(fflate.zipSync(entries)) });
    await page.waitForSelector('[data-start-result] .success');
    await screen(page, 'annual-report', 1280, 'example');
    equal(await page.$$eval('#ar-year option', (os) => os.map((o) => o.value)), ['2025-26', '2024-25', 'new'], 'the years, newest first');
    equal(await page.inputValue('#ar-homes'), String(report.homes), 'the homes');
    equal(await page.inputValue('#ar-d'), report.d_service_improvements, 'the words of each part');
    assert((await page.textContent('#ar-log-title')).includes('2025-26-cases.csv'), 'the log in use is named');
    equal(await page.getAttribute('[data-ar-how-read]', 'open'), null, 'how a log in use is read is folded away');
    const today = await page.evaluate(() => document.body.dataset.today);
    const out = join(work, 'example-public');
    execFileSync(cli, ['build', '--content', source, '--out', out, '--search', 'off', '--today', today], { stdio: 'ignore' });
    const built = JSON.parse(readFileSync(join(out, 'annual-report/2025-26/figures.json'), 'utf8'));
    assert(built.previous && built.previous.ch01, 'the example has last year to compare with');
    const sorted = (o) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
    equal(sorted(await shownFigures(page)), sorted(expectedFigures(built)), 'the figures are the built site\'s figures.json');
    await page.selectOption('#ar-year', '2024-25');
    await page.waitForFunction(() => /2024-25/.test(document.querySelector('#ar-year-title').textContent));
    await page.waitForSelector('[data-ar-figures-table]');
    await axeAndShot(page, 'example 2024-25 report at 1280px', 'ar-example-2024-25-1280');
    await page.selectOption('#ar-year', '2025-26');
    await page.waitForFunction(() => /2025-26/.test(document.querySelector('#ar-year-title').textContent));
    await page.fill('#ar-f', 'There were no other Ombudsman reports about Example Homes this year.');
    await page.click('#ar-b');
    await settle(page);
    const text = await savedText(page, 'annual-reports/2025-26.json');
    const saved = JSON.parse(text);
    equal(saved.f_other_reports, 'There were no other Ombudsman reports about Example Homes this year.', 'the edit is saved');
    equal(Object.keys(saved), [...Object.keys(report), 'x_board_paper'], '$schema first, every key kept, in its place');
    equal({ ...saved, f_other_reports: report.f_other_reports }, { ...report, x_board_paper: 'BP-2026-14' }, 'nothing else changed');
    equal(await savedText(page, 'annual-reports/2025-26.columns.json'), null, 'no column mapping is written for a log read by its names');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['a second tab: the Annual report screen cannot be edited there', async () => {
  const { context, page } = await openStudio(1280);
  try {
    await startFromScratch(page, 'Two Tabs Report Homes');
    await startReport(page);
    await settle(page);
    const { page: second } = await openStudio(1280, context);
    await second.waitForSelector('[data-other-tab]:not([hidden])');
    await go(second, 'annual-report');
    for (const selector of ['#ar-homes', 'input[type=file][name="cases"]', '#ar-b', '#ar-response-text', '#ar-response-date-day', '#ar-new-year']) {
      equal(await second.isDisabled(selector), true, `${selector} is switched off in the second tab`);
    }
    await axeAndShot(second, 'report in a second tab at 1280px', 'ar-second-tab-1280');
  } finally {
    await context.close();
  }
}]);

// ---------------------------------------------------------------------------------------------------------------
// The journey, end to end.
const EXPLANATION = 'Our case system logged stage 1 complaints late during the move to the new system. We now log every complaint on the day it arrives.';
tests.push(['1280px: the whole journey: scratch → organisation → seed form → 6.2 No with a plan → case log → Check links → preview → site.zip = complaints-site build on content.zip', async () => {
  const { context, page } = await openStudio(1280);
  try {
    const year = await importSeed(page, 'Journey Homes');
    // Your organisation.
    await go(page, 'organisation');
    await page.fill('#f-landlord_name', 'Journey Homes');
    await page.fill('#f-website_url', 'https://www.journeyhomes.org.uk/');
    await page.fill('#f-senior_lead-name', 'Sam Patel');
    await page.fill('#f-senior_lead-role', 'Director of Customer Experience');
    await page.fill('#f-member_responsible-name', 'Tom Okafor');
    await page.fill('#f-member_responsible-role', 'Board member');
    for (const id of ['f-complaints_team', 'f-opening_hours', 'f-service_requests']) {
      const value = await page.inputValue(`#${id}`);
      if (/CHANGE THIS/.test(value) || !value) await page.fill(`#${id}`, id === 'f-complaints_team' ? 'Resident Voice team' : id === 'f-opening_hours' ? 'Monday to Friday, 9am to 5pm.' : 'Report a repair on our website or by phone. You can complain if you are unhappy with how we deal with it.');
    }
    await page.fill('#f-ch-0-value', '0300 123 4567');
    await page.fill('#f-ch-0-details', '');
    await page.fill('#f-ch-1-value', 'complaints@journeyhomes.org.uk');
    await page.fill('#f-ch-1-details', '');
    await page.fill('#f-ch-2-value', 'Complaints Team, Journey Homes, 1 High Street, Leeds LS1 1AA');
    await go(page, 'policy');
    await page.fill('#policy-text', (await page.inputValue('#policy-text')).replaceAll('CHANGE THIS', 'Journey Homes'));
    // Self-assessment: 6.2 No with a plan.
    await go(page, 'self-assessment');
    equal(await page.inputValue('#sa-year'), year, 'the seed form is this year\'s self-assessment');
    await page.check('input[name="comply-6.2"][value="no"]');
    await page.fill('textarea[name="explanation-6.2"]', EXPLANATION);
    await page.fill('input[name="comply-by-6.2-day"]', '31');
    await page.fill('input[name="comply-by-6.2-month"]', '3');
    await page.fill('input[name="comply-by-6.2-year"]', String(startOf(year) + 2));
    await page.fill('#sa-approved-day', '18');
    await page.fill('#sa-approved-month', '6');
    await page.fill('#sa-approved-year', String(startOf(year) + 1));
    await page.fill('#sa-approved-by', 'Board of Journey Homes');
    // The annual report for the same year.
    await go(page, 'annual-report');
    equal(await page.inputValue('#ar-new-year'), year, 'the report year suggested is the self-assessment\'s');
    await startReport(page);
    assert(/is added to the report/.test(await page.textContent('#ar-part-a')), 'part (a) says the self-assessment is included');
    const log = exportedLog(year);
    await chooseLog(page, 'journey-export.csv', log);
    await mapColumns(page);
    await page.click('[data-ar-use]');
    await page.waitForSelector('[data-ar-used]');
    await screen(page, 'annual-report', 1280, 'journey');

    // Check: the report's findings, each a link to its field.
    await go(page, 'check');
    await page.waitForSelector('[data-check-list] [data-finding-code="report.response.missing"]', { timeout: 8000 });
    const reportCodes = await page.$$eval('[data-check-list] section', (ss) => ss.filter((s) => /^Annual report/.test(s.getAttribute('aria-label')))
      .flatMap((s) => [...s.querySelectorAll('[data-finding-code]')].map((f) => f.dataset.findingCode)));
    for (const code of ['report.response.missing', 'ar.section.empty']) assert(reportCodes.includes(code), `Check lists ${code} under the annual report: ${reportCodes.join(', ')}`);
    assert(await page.$(`[data-check-list] section[aria-label="Annual report ${year}"]`), 'under a heading in the officer\'s words');
    await axeAndShot(page, 'journey check at 1280px', 'ar-journey-check-1280');
    await page.click('[data-check-list] [data-finding-code="report.response.missing"] a[data-go="annual-report"]');
    await page.waitForSelector('section[data-screen="annual-report"]:not([hidden])');
    equal(await page.evaluate(() => document.activeElement.id), 'ar-response-text', 'the link goes to the response');
    await go(page, 'check');
    await page.click('[data-check-list] [data-finding-code="ar.section.empty"] a[data-go="annual-report"]');
    await page.waitForSelector('section[data-screen="annual-report"]:not([hidden])');
    assert(/^ar-[b-f]$/.test(await page.evaluate(() => document.activeElement.id)), 'an empty part\'s link goes to its text box');
    // Write the report so the site can be published.
    for (const letter of ['b', 'c', 'd', 'e', 'f']) await page.fill(`#ar-${letter}`, `Part ${letter}: there is nothing more to report this year.`);
    await page.fill('#ar-response-text', 'The Board accepts the report.');
    await page.fill('#ar-response-date-day', '18');
    await page.fill('#ar-response-date-month', '6');
    await page.fill('#ar-response-date-year', String(startOf(year) + 1));
    await page.fill('#ar-response-by', 'Board of Journey Homes');
    await page.click('#ar-b');
    await go(page, 'check');
    await page.waitForFunction(() => !document.querySelector('[data-check-list] [data-finding-code="report.response.missing"]'), null, { timeout: 8000 });
    const errors = await page.$$eval('[data-check-list] .finding--error', (fs) => fs.map((f) => f.dataset.findingCode));
    equal(errors, [], 'no errors are left to stop publication');

    // Preview: the self-assessment page with the No, and the annual report.
    await screen(page, 'preview', 1280, 'journey');
    const frame = await previewFrame(page);
    await frame.goto(`${origin}${PREVIEW}self-assessment/`);
    const row = await frame.$eval('#provision-6-2', (r) => ({ notMet: r.classList.contains('not-met'), text: r.textContent }));
    assert(row.notMet && row.text.includes(EXPLANATION), 'the preview\'s self-assessment page shows 6.2 not met, with the plan');
    await frame.goto(`${origin}${PREVIEW}annual-report/${year}/`);
    assert((await frame.textContent('main')).includes('The Board accepts the report.'), 'and the annual report page has the response');

    // Publish: site.zip and content.zip; complaints-site build on the content gives the same files.
    await screen(page, 'publish', 1280, 'journey');
    await settle(page);
    const today = await page.evaluate(() => document.body.dataset.today);
    const site = fflate.unzipSync(await download(page, '[data-download="site"]'));
    const content = fflate.unzipSync(await download(page, '[data-download="content"]'));
    equal(Buffer.compare(Buffer.from(content[`content/annual-reports/${year}-cases.csv`]), log), 0, 'content.zip has the case log as exported');
    equal(JSON.parse(fflate.strFromU8(content[`content/annual-reports/${year}.columns.json`])), MAPPING, 'and its columns');
    const dir = join(work, 'journey');
    writeFiles(content, dir);
    const built = expectSameAsBuild(site, join(dir, 'content'), join(work, 'journey-public'), today);
    assert(built.includes(`annual-report/${year}/index.html`) && built.includes(`annual-report/${year}/figures.json`), 'including the annual report');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

await run(tests, { timeoutMs: 600000, cleanup: closeStudio });
