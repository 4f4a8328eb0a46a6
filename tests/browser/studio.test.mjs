// The studio (studio/): the page a complaints officer uses to make the site with nothing installed. Headless Chromium
// goes through its journeys at 360 and 1280 px, with axe on every screen: start from scratch → check → fix the
// organisation → preview (links work inside it); import a seed self-assessment form; import a content zip and
// download the site, which must equal `complaints-site build` on the same content; reload keeps the work; a corrupt
// zip changes nothing; keyboard only; a second tab is told to stop editing; the self-assessment screen (answers, a No
// with its plan, Check and the preview following, filters, a new year from last year's answers, changes since).
// Run as: node studio.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY (the studio folder is BUILD_DIR/studio).
// STUDIO_SHOTS=DIR saves a screenshot of each screen there.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { sharedFile } from '../lib/prerequisites.mjs';
import { assert, equal, expectNoAxeViolations, openPage, run } from './lib.mjs';
import {
  PREVIEW, STUDIO, browser, closeStudio, fflate, origin, seed, shots, sourceDir, work,
  axeAndShot, contentZip, download, expectSameAsBuild, go, importSeed, listFiles, noProblems, openStudio, previewFrame, savedFiles, savedText, screen, settle, startFromScratch,
} from './studio-lib.mjs';

const tests = [];

for (const width of [360, 1280]) {
  tests.push([`${width}px: start from scratch → check lists the placeholders → fix the organisation → preview shows it and its links work`, async () => {
    const { context, page } = await openStudio(width);
    try {
      await axeAndShot(page, `empty start at ${width}px`, `empty-start-${width}`);
      equal(await page.isHidden('[data-continue]'), true, 'nothing to continue yet');
      await startFromScratch(page, 'Riverside Homes');
      await axeAndShot(page, `started at ${width}px`, `started-start-${width}`);

      await screen(page, 'check', width, 'scratch');
      const codes = await page.$$eval('[data-check-list] [data-finding-code]', (els) => els.map((e) => [e.dataset.findingCode, e.dataset.provision]));
      const names = codes.map(([code]) => code);
      assert(names.includes('placeholder.words'), `Check lists the "CHANGE THIS" placeholders: ${names.join(', ')}`);
      assert(names.includes('placeholder.website'), `Check lists the example website: ${names.join(', ')}`);
      assert(codes.every(([, provision]) => typeof provision === 'string'), 'every finding has data-provision');
      assert(/\d+ errors?, \d+ warnings?/.test(await page.textContent('[data-check-counts]')), 'the counts are at the top');
      // The site.json finding leads to its field.
      await page.click('[data-finding-code="placeholder.website"] a[data-go="organisation"]');
      await page.waitForSelector('section[data-screen="organisation"]:not([hidden])');
      equal(await page.evaluate(() => document.activeElement.id), 'f-website_url', 'the link focuses the website field');

      await screen(page, 'organisation', width, 'scratch');
      equal(await page.inputValue('#f-landlord_name'), 'Riverside Homes', 'the form shows the name');
      assert(await page.$('#f-website_url-errors [data-finding-code="placeholder.website"]'), 'the website error is beside its field');
      assert(/Code 3\.4/.test(await page.textContent('#f-website_url-errors')), 'with its provision');
      await page.fill('#f-landlord_name', 'Riverside Homes Group');
      await page.fill('#f-website_url', 'https://www.riversidehomes.org.uk/');
      assert(await page.$('#f-senior_lead-name-errors [data-finding-code="placeholder.words"]'), 'the senior lead\'s placeholder is beside its field');
      await page.fill('#f-senior_lead-name', 'Sam Patel');
      await page.waitForFunction(() => !document.querySelector('#f-website_url-errors [data-finding-code]'), null, { timeout: 5000 });
      await settle(page);
      const saved = await page.evaluate(() => new Promise((resolve) => {
        const r = indexedDB.open('complaints-site-studio');
        r.onsuccess = () => { const g = r.result.transaction('files').objectStore('files').get('site.json'); g.onsuccess = () => { resolve(new TextDecoder().decode(g.result)); r.result.close(); }; };
      }));
      const json = JSON.parse(saved);
      equal([json.landlord_name, json.website_url, json.senior_lead.name, json.nation, json.code], ['Riverside Homes Group', 'https://www.riversidehomes.org.uk/', 'Sam Patel', 'england-and-wales', '2024'],
        'site.json is saved with the edits and keeps the other fields');
      assert(saved.endsWith('}\n') && saved.includes('\n  "landlord_name"'), 'site.json is written with two spaces and a final newline');

      await screen(page, 'policy', width, 'scratch');
      assert((await page.inputValue('#policy-text')).length > 500, 'the policy is in the editor');
      const policyFindings = await page.$$eval('[data-policy-findings] [data-finding-code]', (els) => els.map((e) => e.textContent));
      assert(policyFindings.length > 0 && /Line \d+/.test(policyFindings[0]), `the policy's findings are listed with lines: ${policyFindings[0]}`);
      // Typing refreshes them: remove every "CHANGE THIS" and the placeholder findings go.
      const policy = await page.inputValue('#policy-text');
      await page.fill('#policy-text', policy.replaceAll('CHANGE THIS', 'Riverside'));
      await page.waitForFunction(() => !document.querySelector('[data-policy-findings] [data-finding-code="placeholder.words"]'), null, { timeout: 5000 });

      await screen(page, 'preview', width, 'scratch');
      let frame = await previewFrame(page);
      const header = await frame.textContent('header');
      assert(header.includes('Riverside Homes Group'), `the preview shows the new name: ${header.trim().slice(0, 80)}`);
      const link = frame.locator(`a[href="${PREVIEW}policy/"]:visible`).first();
      await link.click();
      await page.waitForFunction((want) => { try { return document.querySelector('iframe[data-preview]').contentWindow.location.pathname === want; } catch { return false; } }, `${PREVIEW}policy/`);
      frame = await previewFrame(page);
      assert(/policy/i.test(await frame.textContent('h1')), 'the policy page is shown inside the preview');
      // An edit rebuilds the preview and keeps the same page.
      await go(page, 'organisation');
      await page.fill('#f-landlord_name', 'Riverside Homes Trust');
      await go(page, 'preview');
      await page.waitForFunction(() => { try { const d = document.querySelector('iframe[data-preview]').contentDocument; return d.querySelector('header').textContent.includes('Riverside Homes Trust'); } catch { return false; } }, null, { timeout: 15000 });
      equal(await page.evaluate(() => document.querySelector('iframe[data-preview]').contentWindow.location.pathname), `${PREVIEW}policy/`, 'the preview stays on the same page');

      await screen(page, 'publish', width, 'scratch');
      let downloaded = false;
      page.once('download', () => { downloaded = true; });
      await page.click('[data-download="site"]');
      await page.waitForSelector('[data-publish-errors] .error-summary');
      assert(/cannot be downloaded yet/.test(await page.textContent('[data-publish-errors]')), 'placeholders stop the site download, as they stop complaints-site build');
      await axeAndShot(page, `publish refused at ${width}px`, `publish-refused-${width}`);
      await page.waitForTimeout(300);
      equal(downloaded, false, 'and nothing is downloaded');
      await screen(page, 'start', width, 'scratch');
      assert(await page.isVisible('[data-scratch-warning]'), 'starting again warns that it replaces the work');
      noProblems(page);
    } finally {
      await context.close();
    }
  }]);

  tests.push([`${width}px: import a seed self-assessment form → 72 provisions → the preview's /self-assessment/ page`, async () => {
    const { context, page } = await openStudio(width);
    try {
      await startFromScratch(page, 'South Yorkshire Test');
      const year = await page.inputValue('#import-year');
      assert(/^\d{4}-\d{2}$/.test(year), `the year is asked, with a default: ${year}`);
      await page.setInputFiles('input[type=file][name="import"]', seed);
      await page.waitForSelector('[data-import-provisions]');
      equal(await page.textContent('[data-import-provisions]'), '72', 'the form has 72 provisions');
      assert((await page.$$('[data-import-report]')).length > 0, 'the importer\'s report lines are shown');
      await axeAndShot(page, `imported form at ${width}px`, `imported-form-${width}`);
      await settle(page);
      const saved = await savedFiles(page);
      assert(saved[`self-assessments/${year}.json`], `saved as self-assessments/${year}.json: ${Object.keys(saved).join(', ')}`);
      await screen(page, 'preview', width, 'form');
      const frame = await previewFrame(page);
      const response = await frame.goto(`${origin}${PREVIEW}self-assessment/`);
      equal(response.status(), 200, 'the preview has /self-assessment/');
      assert(/self-assessment/i.test(await frame.textContent('h1')), 'it is the self-assessment page');
      assert((await frame.textContent('main')).includes('1.2'), 'it lists the provisions');
      // The widget works inside the preview: its script and wasm come from the service worker.
      await frame.goto(`${origin}${PREVIEW}deadlines/`);
      await frame.waitForSelector('form.cs-calculator', { timeout: 20000 });
      noProblems(page);
    } finally {
      await context.close();
    }
  }]);
}

let shared = null; // the context of the content-zip journey, reused by the reload and corrupt-zip journeys
tests.push(['1280px: import a content zip → download site.zip → the same files as complaints-site build; content.zip round trip', async () => {
  const { context, page } = await openStudio(1280);
  shared = { context, page };
  const zip = contentZip(join(sourceDir, 'content'), 'content/');
  await page.setInputFiles('input[type=file][name="import"]', { name: 'example-content.zip', mimeType: 'application/zip', buffer: zip });
  await page.waitForSelector('[data-start-result] .success');
  await axeAndShot(page, 'imported zip at 1280px', 'imported-zip-1280');
  await screen(page, 'organisation', 1280, 'example');
  equal(await page.inputValue('#f-landlord_name'), 'Example Homes', 'the form shows the imported site.json');
  equal(await page.$$eval('[data-channels] fieldset', (f) => f.length), 6, 'the six channels are in the form');
  await screen(page, 'self-assessment', 1280, 'example');
  equal(await page.$$eval('#sa-year option', (os) => os.map((o) => o.value)), ['2025-26', '2024-25', '2023-24', 'new'], 'the years, newest first, then "Start a new year"');
  equal(await page.textContent('[data-sa-counts]'), '72 of 72 answered · 70 yes · 2 no', 'the example\'s counts');
  equal((await page.textContent('[data-sa-changes] summary')).trim(), 'Changes since 2024-25', 'what changed since 2024-25');
  await page.selectOption('#sa-year', '2023-24');
  await page.waitForFunction(() => /^2023-24/.test(document.querySelector('.sa-year-title').textContent));
  await axeAndShot(page, 'example 2023-24 self-assessment at 1280px', 'example-sa-2023-24-1280');
  await screen(page, 'check', 1280, 'example');
  await screen(page, 'publish', 1280, 'example');
  const today = await page.evaluate(() => document.body.dataset.today);
  const site = fflate.unzipSync(await download(page, '[data-download="site"]'));

  const copy = join(work, 'content');
  cpSync(join(sourceDir, 'content'), copy, { recursive: true });
  expectSameAsBuild(site, copy, join(work, 'public'), today);

  const back = fflate.unzipSync(await download(page, '[data-download="content"]'));
  const original = listFiles(join(sourceDir, 'content')).sort();
  equal(Object.keys(back).sort(), original.map((p) => `content/${p}`), 'content.zip holds the content under content/');
  equal(original.filter((p) => Buffer.compare(Buffer.from(back[`content/${p}`]), readFileSync(join(sourceDir, 'content', p))) !== 0), [], 'byte for byte');
  noProblems(page);
}]);

tests.push(['reload: the work is still there ("Continue where you left off")', async () => {
  assert(shared, 'needs the content-zip journey');
  const { page } = shared;
  await settle(page);
  await page.goto(STUDIO);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  assert(await page.isVisible('[data-continue]'), 'Continue where you left off is shown');
  const text = await page.textContent('[data-continue]');
  assert(/Example Homes/.test(text) && /last saved on \d+ \w+ \d{4} at \d\d:\d\d/.test(text), `it names the work and when it was saved: ${text}`);
  await axeAndShot(page, 'continue at 1280px', 'continue-1280');
  await page.click('[data-continue] a');
  await page.waitForSelector('section[data-screen="organisation"]:not([hidden])');
  equal(await page.inputValue('#f-landlord_name'), 'Example Homes', 'the organisation is the saved one');
}]);

tests.push(['a corrupt zip, and a zip with no site.json: a clear error and nothing changes', async () => {
  assert(shared, 'needs the content-zip journey');
  const { page } = shared;
  await go(page, 'start');
  const before = await savedFiles(page);
  assert(Object.keys(before).includes('site.json'), 'there is saved work to protect');
  await page.setInputFiles('input[type=file][name="import"]', { name: 'x.zip', mimeType: 'application/zip', buffer: randomBytes(4096) });
  await page.waitForSelector('[data-start-errors] .error-summary');
  const message = await page.textContent('[data-start-errors]');
  assert(/x\.zip/.test(message) && /Nothing was changed/.test(message), `the error names the file and says nothing changed: ${message}`);
  equal(await page.evaluate(() => document.activeElement.classList.contains('error-summary')), true, 'the error summary takes the focus');
  await axeAndShot(page, 'corrupt zip at 1280px', 'corrupt-zip-1280');
  const foreign = Buffer.from(fflate.zipSync({ 'notes/readme.txt': fflate.strToU8('hello') }));
  await page.setInputFiles('input[type=file][name="import"]', { name: 'holiday-photos.zip', mimeType: 'application/zip', buffer: foreign });
  await page.waitForFunction(() => /no site\.json/.test(document.querySelector('[data-start-errors]').textContent));
  await settle(page);
  equal(await savedFiles(page), before, 'the saved content is unchanged');
  await go(page, 'organisation');
  equal(await page.inputValue('#f-landlord_name'), 'Example Homes', 'and so is the content in the page');
  noProblems(page);
  await shared.context.close();
}]);

tests.push(['keyboard only: Tab reaches the nav and the import control, Enter starts and moves between screens', async () => {
  const { context, page } = await openStudio(360);
  try {
    const reached = [];
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      const what = await page.evaluate(() => {
        const a = document.activeElement;
        return a.dataset.screenLink ? `nav:${a.dataset.screenLink}` : a.name === 'import' ? 'import' : a.id || a.tagName;
      });
      reached.push(what);
      if (what === 'import') break;
    }
    assert(reached.includes('nav:start') && reached.includes('nav:publish'), `Tab reaches the nav: ${reached.join(' ')}`);
    equal(reached[reached.length - 1], 'import', `Tab reaches the import control: ${reached.join(' ')}`);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert(outline !== 'none', 'the focus is visible');
    // Back to the name field, type, Enter starts.
    await page.focus('#scratch-name');
    await page.keyboard.type('Keyboard Homes');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-start-result] .success');
    // Shift+Tab back to the nav's Check link and Enter it.
    await page.focus('a[data-screen-link="publish"]');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    equal(await page.evaluate(() => document.activeElement.dataset.screenLink), 'check', 'Shift+Tab moves back along the nav');
    await page.keyboard.press('Enter');
    await page.waitForSelector('section[data-screen="check"]:not([hidden])');
    equal(await page.evaluate(() => document.activeElement.id), 'check-title', 'the screen\'s heading takes the focus');
    // A finding's link by keyboard leads to the field.
    await page.focus('[data-finding-code="placeholder.website"] a[data-go]');
    await page.keyboard.press('Enter');
    equal(await page.evaluate(() => document.activeElement.id), 'f-website_url', 'Enter on a finding goes to its field');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['two tabs: the second says so and does not edit', async () => {
  const { context, page } = await openStudio(1280);
  try {
    await startFromScratch(page, 'Two Tabs Homes');
    const { page: second } = await openStudio(1280, context);
    await second.waitForSelector('[data-other-tab]:not([hidden])');
    assert(/open in another tab/.test(await second.textContent('[role=alert][data-other-tab]')), 'the second tab says the studio is open in another');
    equal(await second.isDisabled('input[type=file][name="import"]'), true, 'its import is switched off');
    equal(await second.isDisabled('#f-landlord_name'), true, 'its form is switched off');
    equal(await page.isHidden('[data-other-tab]'), true, 'the first tab carries on');
    await axeAndShot(second, 'second tab at 1280px', 'second-tab-1280');
  } finally {
    await context.close();
  }
}]);

tests.push(['drag and drop a content zip onto the import area', async () => {
  const { context, page } = await openStudio(1280);
  try {
    const zip = [...contentZip(join(sourceDir, 'content'), '')];
    const dataTransfer = await page.evaluateHandle((bytes) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(bytes)], 'dropped.zip', { type: 'application/zip' }));
      return dt;
    }, zip);
    await page.dispatchEvent('[data-drop-zone]', 'dragover', { dataTransfer });
    await page.dispatchEvent('[data-drop-zone]', 'drop', { dataTransfer });
    await page.waitForSelector('[data-start-result] .success');
    assert(/dropped\.zip/.test(await page.textContent('[data-start-result]')), 'the dropped zip is imported (files at the top of the zip)');
    await go(page, 'organisation');
    equal(await page.inputValue('#f-landlord_name'), 'Example Homes', 'its site.json is in the form');
    // Starting from scratch over it warns, and can be undone.
    await go(page, 'start');
    assert(await page.isVisible('[data-scratch-warning]'), 'starting from scratch warns that it replaces the work');
    await startFromScratch(page, 'Second Thoughts Homes');
    await page.click('[data-undo]');
    await page.waitForFunction(() => /previous work is back/.test(document.querySelector('[data-start-result]').textContent));
    await go(page, 'organisation');
    equal(await page.inputValue('#f-landlord_name'), 'Example Homes', 'undo puts the imported work back');
    await settle(page);
    equal(Object.keys(await savedFiles(page)).length, listFiles(join(sourceDir, 'content')).length, 'and saves it');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['storage that fails (full): a message and the "Download my content (.zip)" button', async () => {
  const { context, page } = await openStudio(360);
  try {
    await startFromScratch(page, 'Full Disk Homes');
    await settle(page);
    await page.evaluate(() => { IDBObjectStore.prototype.put = () => { throw new DOMException('The quota has been exceeded.', 'QuotaExceededError'); }; });
    await go(page, 'organisation');
    await page.fill('#f-landlord_name', 'Full Disk Homes Ltd');
    await page.waitForSelector('[data-storage-failed]:not([hidden])');
    await axeAndShot(page, 'storage full at 360px', 'storage-full-360');
    const content = fflate.unzipSync(await download(page, '[data-storage-failed] [data-action="download-content"]'));
    assert(fflate.strFromU8(content['content/site.json']).includes('Full Disk Homes Ltd'), 'the download has the unsaved change');
  } finally {
    await context.close();
  }
}]);

tests.push(['no service worker (an http intranet address): the preview says so and offers the site as a .zip', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'serviceWorker', { get: () => undefined, configurable: true }));
    await page.goto(STUDIO);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
    const zip = contentZip(join(sourceDir, 'content'), 'content/');
    await page.setInputFiles('input[type=file][name="import"]', { name: 'content.zip', mimeType: 'application/zip', buffer: zip });
    await page.waitForSelector('[data-start-result] .success');
    await go(page, 'preview');
    await page.waitForSelector('[data-preview-unavailable]:not([hidden])');
    equal(await page.isHidden('iframe[data-preview]'), true, 'no empty frame');
    await axeAndShot(page, 'no preview at 1280px', 'no-preview-1280');
    const site = fflate.unzipSync(await download(page, '[data-preview-unavailable] [data-action="download-site"]'));
    assert(site['index.html'] && site['policy/index.html'], 'the site can be downloaded instead');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['a browser without WebAssembly: a clear message instead of the studio', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 360, height: 800 } });
  try {
    await context.addInitScript(() => { delete globalThis.WebAssembly; });
    await page.goto(STUDIO);
    await page.waitForSelector('[data-unsupported]:not([hidden])');
    assert(/WebAssembly/.test(await page.textContent('[data-unsupported]')), 'it names what is missing');
    equal(await page.isHidden('[data-nav]'), true, 'no screens to go to');
    await axeAndShot(page, 'no WebAssembly at 360px', 'no-wasm-360');
  } finally {
    await context.close();
  }
}]);

tests.push(['360px: choose a content folder (or the folder above it) → its files, byte for byte; a folder without site.json changes nothing', async () => {
  const project = join(work, 'folder-pick', 'my-complaints-site');
  cpSync(join(sourceDir, 'content'), join(project, 'content'), { recursive: true });
  writeFileSync(join(project, 'notes.txt'), 'not content');
  mkdirSync(join(work, 'folder-pick', 'empty-folder', 'sub'), { recursive: true });
  writeFileSync(join(work, 'folder-pick', 'empty-folder', 'sub', 'readme.txt'), 'nothing here');
  const { context, page } = await openStudio(360);
  try {
    await startFromScratch(page, 'Before Folder Homes');
    const before = await savedFiles(page);
    await page.setInputFiles('input[type=file][name="import-folder"]', join(work, 'folder-pick', 'empty-folder'));
    await page.waitForSelector('[data-start-errors] .error-summary');
    assert(/no site\.json/.test(await page.textContent('[data-start-errors]')), 'it says there is no site.json');
    await settle(page);
    equal(await savedFiles(page), before, 'nothing saved changed');

    for (const chosen of [join(project, 'content'), project]) {
      await page.setInputFiles('input[type=file][name="import-folder"]', chosen);
      await page.waitForFunction(() => /is in the studio/.test(document.querySelector('[data-start-result]').textContent));
      await axeAndShot(page, 'content folder chosen at 360px', 'folder-chosen-360');
      await settle(page);
      await go(page, 'publish');
      const back = fflate.unzipSync(await download(page, '[data-download="content"]'));
      const original = listFiles(join(sourceDir, 'content')).sort();
      equal(Object.keys(back).sort(), original.map((f) => `content/${f}`), `${chosen}: the content's files, and only them`);
      equal(original.filter((f) => Buffer.compare(Buffer.from(back[`content/${f}`]), readFileSync(join(sourceDir, 'content', f))) !== 0), [], 'byte for byte');
      await go(page, 'start');
    }
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['import a 2022-Code form with answers to finish: the advice says where in the studio, and links to the provision', async () => {
  const { context, page } = await openStudio(1280);
  try {
    await startFromScratch(page, 'Old Code Homes');
    await page.fill('#import-year', '2023-24');
    await page.setInputFiles('input[type=file][name="import"]', sharedFile(sourceDir, 'seeds/self-assessment-2022-code.txt'));
    await page.waitForSelector('[data-import-report="import.no.comply_by"]');
    const advice = await page.$$eval('[data-import-report]', (items) => items.map((li) => li.textContent));
    assert(advice.length > 0 && advice.every((t) => !/"(comply|comply_by|explanation|completed|approved|provisions)"/.test(t)),
      `no JSON field names in the advice: ${advice.filter((t) => /"\w+"/.test(t)).join(' | ')}`);
    assert(advice.some((t) => /By when will you meet it\?/.test(t)), 'a missing date says which box to fill in');
    const link = page.locator('[data-import-report="import.no.comply_by"] a').first();
    const id = (/provision (\S+)$/.exec(await link.textContent()) || [])[1];
    assert(id, 'the advice links to its provision');
    await link.click();
    await page.waitForSelector('section[data-screen="self-assessment"]:not([hidden])');
    equal(await page.evaluate(() => document.activeElement && document.activeElement.name), `comply-${id}`, `the link goes to provision ${id}'s answer`);
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['a browser too old for modules: nomodule.js says so instead of "The studio is starting" for ever', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 360, height: 800 } });
  try {
    // Chromium runs modules and skips nomodule scripts: play an old browser by doing the opposite.
    await page.route('**/studio/', async (route) => {
      const response = await route.fetch();
      const html = (await response.text()).replace('<script type="module" src="app.js"></script>', '').replace('<script nomodule ', '<script ');
      await route.fulfill({ response, body: html });
    });
    await page.goto(STUDIO);
    await page.waitForSelector('[data-unsupported]:not([hidden])');
    assert(/too old/.test(await page.textContent('[data-unsupported]')), 'it says the browser is too old');
    equal(await page.isHidden('[data-loading]'), true, '"The studio is starting" is gone');
    await axeAndShot(page, 'too old a browser at 360px', 'no-modules-360');
  } finally {
    await context.close();
  }
}]);

tests.push(['JavaScript off: only the message that the studio needs JavaScript, not "The studio is starting"', async () => {
  const { context, page } = await openPage(browser, { viewport: { width: 360, height: 800 }, javaScriptEnabled: false });
  try {
    await page.goto(STUDIO);
    assert(await page.isVisible('noscript >> text=needs JavaScript') || /needs JavaScript/.test(await page.innerText('main')), 'it says the studio needs JavaScript');
    equal(await page.isHidden('[data-starting]'), true, '"The studio is starting" is not shown: it never would');
    assert(page.requests.some((u) => u.endsWith('/noscript.css')), 'the no-JavaScript stylesheet was loaded');
    equal(page.problems, [], 'no failed requests');
    if (shots) await page.screenshot({ path: join(shots, 'no-js-360.png') });
    // axe needs JavaScript: check the page as it stands with JavaScript off (no scripts, <noscript> shown) in a page with it.
    const html = (await page.content()).replace(/<script[\s\S]*?<\/script>/g, '').replace(/<\/?noscript>/g, '');
    const withJs = await openPage(browser, { viewport: { width: 360, height: 800 } });
    try {
      await withJs.page.route('**/studio/app.js', (route) => route.fulfill({ contentType: 'text/javascript', body: '' }));
      await withJs.page.goto(STUDIO);
      await withJs.page.setContent(html);
      equal(await withJs.page.isHidden('[data-starting]'), true, 'the same page: "starting" hidden by noscript.css');
      await expectNoAxeViolations(withJs.page, 'JavaScript off at 360px');
    } finally {
      await withJs.context.close();
    }
  } finally {
    await context.close();
  }
}]);

// ---------------------------------------------------------------------------------------------------------------
// Self-assessment screen (issue 17, item 4)
const saCounts = (page) => page.textContent('[data-sa-counts]');
const visibleProvisions = (page) => page.$$eval('fieldset.provision', (fs) => fs.filter((f) => f.offsetParent !== null).map((f) => f.dataset.provisionId));
const EXPLANATION = 'Our case system logged stage 1 complaints late during the move to the new system. We now log every complaint on the day it arrives and check the log each week.';

for (const width of [360, 1280]) {
  tests.push([`${width}px: self-assessment: the seed's 72 answers → 6.2 answered No with a plan → Check and the preview follow; the "No" filter`, async () => {
    const { context, page } = await openStudio(width);
    try {
      const year = await importSeed(page, 'South Yorkshire Test');
      await screen(page, 'self-assessment', width, 'seed');
      equal(await page.inputValue('#sa-year'), year, 'the imported year is shown');
      equal(await saCounts(page), '72 of 72 answered · 72 yes · 0 no', 'the counts');
      equal(await page.$$eval('fieldset.provision', (fs) => fs.length), 72, 'a fieldset per provision');
      equal(await page.$$eval('[data-sa-provisions] h2', (hs) => hs.length), 9, 'grouped by the Code\'s nine sections');
      equal((await page.textContent('[data-provision-id="6.2"] legend')).trim(), 'Provision 6.2', 'the legend names the provision');
      assert(/within 5 working days/.test(await page.textContent('[data-provision-id="6.2"] .provision__text strong')), 'the Code\'s words, with its bold');
      assert(await page.$('[data-provision-id="5.8"] .provision__text ul li'), 'and its lists');
      equal(await page.isHidden('textarea[name="explanation-6.2"]'), true, 'the explanation is only asked for a No');
      assert(/Open Government Licence/.test(await page.textContent('.attribution a')), 'the Code\'s attribution and licence are under the provisions');

      await page.check('input[name="comply-6.2"][value="no"]');
      await page.waitForSelector('textarea[name="explanation-6.2"]:visible');
      equal(await saCounts(page), '72 of 72 answered · 71 yes · 1 no', 'the counts follow the answer');
      await page.waitForSelector('[data-sa-findings="6.2"] [data-finding-code="sa.no.missing_explanation"]', { timeout: 5000 });
      await axeAndShot(page, `self-assessment with a No at ${width}px`, `sa-no-${width}`);

      await go(page, 'check');
      const link = '[data-check-list] [data-finding-code="sa.no.missing_explanation"][data-provision="6.2"] a[data-go]';
      await page.waitForSelector(link);
      await page.click(link);
      await page.waitForSelector('section[data-screen="self-assessment"]:not([hidden])');
      equal(await page.evaluate(() => document.activeElement.id), 'sa-6.2-yes', 'the Check link focuses the provision\'s first radio');

      await page.fill('textarea[name="explanation-6.2"]', EXPLANATION);
      await page.fill('input[name="comply-by-6.2-day"]', '31');
      await page.fill('input[name="comply-by-6.2-month"]', '3');
      await page.fill('input[name="comply-by-6.2-year"]', '2027');
      await page.waitForFunction(() => !document.querySelector('[data-sa-findings="6.2"] [data-finding-code]'), null, { timeout: 5000 });
      await go(page, 'check');
      await page.waitForFunction(() => !document.querySelector('[data-check-list] [data-provision="6.2"][data-finding-code^="sa.no."]'), null, { timeout: 5000 });
      await settle(page);
      const saved = await savedText(page, `self-assessments/${year}.json`);
      const json = JSON.parse(saved);
      assert(saved.endsWith('}\n') && saved.includes('\n  "provisions"'), 'written with two spaces and a final newline');
      equal(json.provisions.find((p) => p.id === '6.2'), { ...json.provisions.find((p) => p.id === '6.2'), comply: 'no', explanation: EXPLANATION, comply_by: '2027-03-31' }, 'the answer is saved');
      equal(json.provisions.length, 72, 'all 72 answers are kept');
      const ids = json.provisions.map((p) => p.id);
      equal(ids, [...ids].sort((a, b) => a.split('.')[0] - b.split('.')[0] || a.split('.')[1] - b.split('.')[1]), 'in the Code\'s order');

      await screen(page, 'preview', width, 'sa');
      const frame = await previewFrame(page);
      await frame.goto(`${origin}${PREVIEW}self-assessment/`);
      const row = await frame.$eval('#provision-6-2', (r) => ({ notMet: r.classList.contains('not-met'), answer: r.querySelector('.comply').textContent, text: r.textContent }));
      equal([row.notMet, row.answer], [true, 'No'], 'the preview\'s self-assessment page shows 6.2 as not met');
      assert(row.text.includes(EXPLANATION) && row.text.includes('31 March 2027'), `with the explanation and the date: ${row.text.slice(0, 200)}`);

      await go(page, 'self-assessment');
      await page.click('[data-sa-filter="no"]');
      equal(await visibleProvisions(page), ['6.2'], 'the No filter shows only the No provision');
      equal(await page.textContent('[data-sa-showing]'), 'Showing 1 of 72', 'and says how many are shown');
      equal(await page.getAttribute('[data-sa-filter="no"]', 'aria-pressed'), 'true', 'the filter button is pressed');
      await axeAndShot(page, `self-assessment filtered at ${width}px`, `sa-filter-no-${width}`);
      await page.click('[data-sa-filter="unanswered"]');
      equal(await visibleProvisions(page), [], 'nothing is unanswered');
      assert(await page.isVisible('[data-sa-none-shown]'), 'and it says so');
      await page.click('[data-sa-filter="all"]');
      equal((await visibleProvisions(page)).length, 72, 'All shows them all again');
      noProblems(page);
    } finally {
      await context.close();
    }
  }]);
}

tests.push(['1280px: self-assessment: start a new year from last year\'s answers → the same answers; "Changes since" shows a change; evidence added and removed', async () => {
  const { context, page } = await openStudio(1280);
  try {
    const year = await importSeed(page, 'New Year Homes');
    const next = `${Number(year.slice(0, 4)) + 1}-${String((Number(year.slice(0, 4)) + 2) % 100).padStart(2, '0')}`;
    await go(page, 'self-assessment');
    equal(await page.isHidden('[data-sa-changes]'), true, 'no earlier year: no changes to show');
    await page.selectOption('#sa-year', 'new');
    await page.waitForSelector('form[data-sa-new]:visible');
    equal(await page.inputValue('#sa-new-year'), next, 'the next financial year is suggested');
    equal(await page.isChecked('#sa-new-from-last'), true, 'starting from last year\'s answers is the default');
    await page.fill('#sa-new-year', `${next.slice(0, 4)}-99`);
    await page.click('form[data-sa-new] button[type=submit]');
    await page.waitForSelector('[data-sa-errors] .error-summary');
    assert(/two years in a row/.test(await page.textContent('#sa-new-year-error')), 'a year that is not two in a row is refused beside the field');
    await axeAndShot(page, 'new year error at 1280px', 'sa-new-year-error-1280');
    await page.fill('#sa-new-year', next);
    await page.click('form[data-sa-new] button[type=submit]');
    await page.waitForSelector('[data-sa-result] .success');
    equal(await page.inputValue('#sa-year'), next, 'the new year is shown');
    equal(await saCounts(page), '72 of 72 answered · 72 yes · 0 no', 'with last year\'s answers');
    await settle(page);
    const before = JSON.parse(await savedText(page, `self-assessments/${year}.json`));
    const after = JSON.parse(await savedText(page, `self-assessments/${next}.json`));
    equal(after.provisions, before.provisions, 'the new file has the same answers, evidence and commentary');
    equal(['completed' in after, 'approved' in after], [false, false], 'without last year\'s dates');

    assert(await page.isVisible('[data-sa-changes]'), 'Changes since last year is shown');
    equal((await page.textContent('[data-sa-changes] summary')).trim(), `Changes since ${year}`, 'named after the year before');
    await page.click('[data-sa-changes] summary');
    assert(/Nothing has changed/.test(await page.textContent('[data-sa-changes]')), 'nothing has changed yet');
    await page.check('input[name="comply-9.8"][value="no"]');
    await page.waitForSelector('[data-sa-changed-answers] [data-change-id="9.8"]', { timeout: 5000 });
    assert(/Yes → No/.test(await page.textContent('[data-sa-changed-answers] [data-change-id="9.8"]')), 'the change is listed, before → after');
    assert(/9\.8/.test(await page.textContent('[data-sa-no-longer-met]')), 'and as no longer met');
    await page.$eval('[data-sa-changes]', (d) => d.scrollIntoView());
    await axeAndShot(page, 'changes since at 1280px', 'sa-changes-1280');

    // The year's own fields and evidence.
    await page.fill('#sa-completed-day', '20');
    await page.fill('#sa-completed-month', '5');
    await page.fill('#sa-completed-year', '2027');
    await page.fill('#sa-approved-by', 'Board of New Year Homes');
    const evidenceBefore = after.provisions.find((p) => p.id === '1.2').evidence.length;
    await page.click('[data-sa-add-evidence="1.2"]');
    equal(await page.evaluate(() => document.activeElement.id), `sa-1.2-ev-${evidenceBefore}-text`, 'adding evidence focuses its first field');
    await page.keyboard.type('Staff training record 2026');
    await page.fill(`[id="sa-1.2-ev-${evidenceBefore}-url"]`, '/policy/');
    await page.click('#sa-statement');
    await settle(page);
    let saved = JSON.parse(await savedText(page, `self-assessments/${next}.json`));
    equal([saved.completed, saved.approved], ['2027-05-20', { by: 'Board of New Year Homes' }], 'the year\'s fields are saved');
    equal(saved.provisions.find((p) => p.id === '1.2').evidence.at(-1), { text: 'Staff training record 2026', url: '/policy/' }, 'the evidence is saved');
    await page.click(`button:text-is("Remove evidence ${evidenceBefore + 1} for provision 1.2")`);
    await settle(page);
    saved = JSON.parse(await savedText(page, `self-assessments/${next}.json`));
    equal(saved.provisions.find((p) => p.id === '1.2').evidence.length, evidenceBefore, 'and removed');
    // A half-typed date is not saved and is pointed out once the officer leaves it.
    await page.fill('#sa-approved-day', '18');
    await page.click('#sa-statement');
    assert(/Enter the month and year/.test(await page.textContent('#sa-approved-error')), 'a half-typed date says what is missing');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['360px keyboard only: Tab reaches the 6.2 radios and the arrow keys answer it', async () => {
  const { context, page } = await openStudio(360);
  try {
    await importSeed(page, 'Keyboard Homes');
    await go(page, 'self-assessment');
    await page.focus('[data-sa-add-evidence="6.1"]');
    await page.keyboard.press('Tab');
    equal(await page.evaluate(() => [document.activeElement.name, document.activeElement.value]), ['comply-6.2', 'yes'], 'Tab goes from provision 6.1 to the 6.2 answer');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert(outline !== 'none', 'the focus is visible');
    await page.keyboard.press('ArrowDown');
    equal(await page.evaluate(() => [document.activeElement.name, document.activeElement.value, document.activeElement.checked]), ['comply-6.2', 'no', true], 'the arrow key chooses No');
    await page.waitForSelector('textarea[name="explanation-6.2"]:visible');
    await page.keyboard.press('Tab');
    equal(await page.evaluate(() => document.activeElement.name), 'explanation-6.2', 'Tab goes on to the explanation');
    await page.keyboard.type('Keyboard plan');
    await page.keyboard.press('Tab');
    equal(await page.evaluate(() => document.activeElement.name), 'comply-by-6.2-day', 'then to the date');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowUp');
    equal(await page.evaluate(() => document.activeElement.value), 'yes', 'and back to Yes');
    equal(await page.isHidden('textarea[name="explanation-6.2"]'), true, 'which hides the explanation');
    equal(await saCounts(page), '72 of 72 answered · 72 yes · 0 no', 'the counts follow');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

await run(tests, {
  timeoutMs: 840000,  // ctest's TIMEOUT is 900 s: 18 journeys take 1–4 minutes, more on a loaded machine
  cleanup: closeStudio,
});
