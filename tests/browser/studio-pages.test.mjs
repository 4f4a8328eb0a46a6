// The studio's "Pages and notices" screen (studio/pages.js) and the Publish screen's downloads, in headless Chromium
// at 360 and 1280 px with axe on every state: edit a page and see it in the preview; add a page (refused for a clash
// or a reserved address) and see the home page link to it; a bad front matter shown beside its field and on Check,
// whose link goes to the line; delete a page and put it back; a notice in force today shown as the preview's banner.
// Publish: the governing body pack is one self-contained HTML file (refused while the year has errors); the
// submission CSV equals `complaints-site submission --format csv`; the CMS zip equals build's cms/. Keyboard only
// through adding a page.
// Run as: node studio-pages.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY (the studio folder is BUILD_DIR/studio).
// STUDIO_SHOTS=DIR saves a screenshot of each state there.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, equal, run } from './lib.mjs';
import {
  PREVIEW, cli, closeStudio, fflate, sourceDir, work,
  axeAndShot, contentZip, download, go, listFiles, noProblems, openStudio, previewFrame, savedText, screen, settle,
} from './studio-lib.mjs';

const tests = [];
const exampleZip = () => contentZip(join(sourceDir, 'content'), 'content/');

async function importZip(page, zip, name = 'example-content.zip') {
  await page.setInputFiles('input[type=file][name="import"]', { name, mimeType: 'application/zip', buffer: zip });
  await page.waitForSelector('[data-start-result] .success');
}
/** The preview's frame showing `path` (under the preview), once it has been rebuilt after the last change. */
async function previewAt(page, path) {
  const before = Number(await page.getAttribute('iframe[data-preview]', 'data-generation') || 0);
  await go(page, 'preview');
  try {
    await page.waitForFunction((g) => Number(document.querySelector('iframe[data-preview]').dataset.generation || 0) > g, before, { timeout: 30000 });
  } catch {
    const errors = await page.evaluate(() => [...document.querySelectorAll('[data-check-list] .finding--error')].map((e) => e.textContent).join('\n'));
    throw new Error(`no preview: ${await page.textContent('[data-preview-status]')}\n${errors}`);
  }
  // A rebuild scheduled by the last edit can still reload the frame: wait until the builds stop.
  const generation = () => page.getAttribute('iframe[data-preview]', 'data-generation');
  for (let last = await generation(), i = 0; i < 10; i += 1) {
    await page.waitForTimeout(800);
    const now = await generation();
    if (now === last) break;
    last = now;
  }
  const frame = await previewFrame(page);
  await frame.goto(new URL(`${PREVIEW}${path}`, page.url()).href);
  return previewFrame(page);
}
/** What is saved for `path` once saving has settled (it is debounced, and the checks can hold the page up). */
async function saved(page, path, done = (text) => text !== null) {
  let text = null;
  for (let i = 0; i < 20; i += 1) {
    await settle(page);
    text = await savedText(page, path);
    if (done(text)) return text;
  }
  return text;
}
function isoDay(date) {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}
async function fillDate(page, prefix, iso) {
  const [y, m, d] = iso.split('-');
  await page.fill(`#${prefix}-day`, String(Number(d)));
  await page.fill(`#${prefix}-month`, String(Number(m)));
  await page.fill(`#${prefix}-year`, y);
}

for (const width of [360, 1280]) {
  tests.push([`${width}px: edit a page → preview; add a page → the hub links to it; bad front matter → beside it and on Check; delete; a notice → the banner`, async () => {
    const { context, page } = await openStudio(width);
    try {
      await importZip(page, exampleZip());
      await screen(page, 'pages', width, 'example');
      equal(await page.$$eval('[data-pages-list] [data-pages-item]', (els) => els.map((e) => e.dataset.pagesItem)),
        ['pages/how-we-learn.md', 'pages/reasonable-adjustments.md'], 'the example\'s two pages are listed');
      assert((await page.textContent('[data-pages-item="pages/how-we-learn.md"]')).includes('/how-we-learn/'), 'with their addresses');

      // Edit a page: its front matter as fields, its Markdown in a textarea; the preview shows the change.
      await page.click('[data-pages-edit="pages/how-we-learn.md"]');
      await page.waitForSelector('#pages-body');
      equal(await page.evaluate(() => document.activeElement.id), 'pages-edit-title', 'the editor\'s heading takes the focus');
      equal([await page.inputValue('#pages-f-title'), await page.inputValue('#pages-f-order')], ['How we learn from complaints', '10'], 'title and order are fields');
      assert((await page.inputValue('#pages-body')).startsWith('\nA complaint tells us'), 'the body is the Markdown after the front matter');
      await axeAndShot(page, `editing a page at ${width}px`, `pages-edit-${width}`);
      await page.fill('#pages-f-title', 'How we learn: what we changed');
      await page.fill('#pages-body', `${await page.inputValue('#pages-body')}\n## In 2026\n\nWe rewrote our repair letters after residents told us they were unclear.\n`);
      const written = await saved(page, 'pages/how-we-learn.md', (t) => t.endsWith('unclear.\n'));
      assert(written.startsWith('---\ntitle: "How we learn: what we changed"\ndescription: What Example Homes does'), `the front matter is written back, quoted where needed:\n${written.slice(0, 200)}`);
      assert(written.includes('order: 10\n---\n\nA complaint tells us') && written.endsWith('unclear.\n'), 'the order and the body are kept');
      let frame = await previewAt(page, 'how-we-learn/');
      equal((await frame.textContent('h1')).trim(), 'How we learn: what we changed', 'the preview shows the new title');
      assert((await frame.textContent('main')).includes('We rewrote our repair letters'), 'and the new words');

      // Add a page: a clash and a reserved address are refused with a clear message.
      await go(page, 'pages');
      await page.click('[data-pages-back]');
      await page.waitForSelector('#pages-new-title');
      await page.fill('#pages-new-title', 'Reasonable adjustments');
      equal(await page.textContent('[data-pages-new-address]'), 'Its address will be /reasonable-adjustments/', 'the address is shown as the title is typed');
      await page.click('[data-pages-add] button[type=submit]');
      await page.waitForSelector('[data-pages-errors] .error-summary');
      assert(/already have a page at \/reasonable-adjustments\//.test(await page.textContent('#pages-new-title-error')), 'a clash is refused beside the field');
      equal(await page.evaluate(() => document.activeElement.classList.contains('error-summary')), true, 'the error summary takes the focus');
      await axeAndShot(page, `add page refused at ${width}px`, `pages-add-clash-${width}`);
      await page.fill('#pages-new-title', 'Policy');
      await page.click('[data-pages-add] button[type=submit]');
      await page.waitForFunction(() => /\/policy\/ is already used by a page the site makes/.test(document.querySelector('#pages-new-title-error').textContent));
      await page.fill('#pages-new-title', 'Compensation: putting things right');
      await page.click('[data-pages-add] button[type=submit]');
      await page.waitForSelector('[data-pages-message]');
      equal(await page.isHidden('[data-pages-errors] .error-summary'), true, 'the error summary goes');
      assert((await page.textContent('[data-pages-message]')).includes('/compensation-putting-things-right/'), 'the new page\'s address is said');
      await page.fill('#pages-body', '\nWhen we get something wrong we put it right, and may pay compensation.\n');
      equal(await saved(page, 'pages/compensation-putting-things-right.md', (t) => /compensation\.\n$/.test(t || '')),
        '---\ntitle: "Compensation: putting things right"\n---\n\nWhen we get something wrong we put it right, and may pay compensation.\n', 'the new page is saved');
      await axeAndShot(page, `page added at ${width}px`, `pages-added-${width}`);
      frame = await previewAt(page, '');
      assert(await frame.$(`main a[href="${PREVIEW}compensation-putting-things-right/"]`), 'the preview\'s home page links to the new page');

      // A bad front matter: beside its field, and on Check with a link to it.
      await go(page, 'pages');
      await page.fill('#pages-f-order', 'first');
      await page.waitForSelector('#pages-f-order-errors [data-finding-code="fm.order.invalid"]', { timeout: 5000 });
      await axeAndShot(page, `a bad order at ${width}px`, `pages-bad-order-${width}`);
      await page.click('[data-pages-back]'); // the Check link must open the page itself
      await screen(page, 'check', width, 'bad-order');
      await page.click('[data-finding-code="fm.order.invalid"] a[data-go="pages"]');
      await page.waitForSelector('section[data-screen="pages"]:not([hidden])');
      equal(await page.evaluate(() => document.activeElement.id), 'pages-f-order', 'the Check link goes to the order field');
      await page.fill('#pages-f-order', '30');
      // The whole file, for what the form cannot hold: a line's finding goes to the line.
      await page.click('[data-pages-whole="on"]');
      equal(await page.evaluate(() => document.activeElement.id), 'pages-file', 'the whole file is in a textarea');
      await page.fill('#pages-file', (await page.inputValue('#pages-file')).replace('order: 30\n', 'order: 30\ndescripton: How we put things right\n'));
      await page.waitForSelector('#pages-file-errors [data-finding-code="fm.unknown_key"]', { timeout: 5000 });
      assert(/Line 4: /.test(await page.textContent('#pages-file-errors')), 'the finding says its line');
      await axeAndShot(page, `whole file with a finding at ${width}px`, `pages-whole-${width}`);
      await page.click('[data-pages-back]');
      await page.click('[data-pages-edit="pages/how-we-learn.md"]');
      await go(page, 'check');
      assert((await page.textContent('[data-check-list]')).includes('Page "Compensation: putting things right" (pages/compensation-putting-things-right.md)'), 'Check names the page');
      const link = page.locator('[data-finding-code="fm.unknown_key"] a[data-go="pages"]');
      equal(await link.textContent(), 'Go to line 4 of the file of the page "Compensation: putting things right"', 'the Check link says where it goes');
      await link.click();
      await page.waitForSelector('section[data-screen="pages"]:not([hidden])');
      equal(await page.evaluate(() => {
        const t = document.activeElement;
        return [t.id, t.value.slice(t.selectionStart, t.selectionEnd)];
      }), ['pages-file', 'descripton: How we put things right'], 'the Check link selects the line');
      await page.fill('#pages-file', (await page.inputValue('#pages-file')).replace('descripton', 'description'));
      await page.waitForFunction(() => !document.querySelector('#pages-file-errors [data-finding-code]'), null, { timeout: 5000 });

      // Delete a page: asked first, with the files that link to it; it can be put back straight afterwards.
      await page.click('[data-pages-back]');
      await page.click('[data-pages-edit="pages/reasonable-adjustments.md"]');
      await page.click('[data-pages-delete]');
      await page.waitForSelector('[data-pages-delete-yes]');
      equal(await page.evaluate(() => document.activeElement.id), 'pages-confirm-question', 'the question takes the focus');
      equal(await page.$$eval('[data-pages-linked-from] li', (li) => li.map((l) => l.textContent)), ['self-assessments/2025-26.json'], 'it says which files link to the page');
      await axeAndShot(page, `delete asked at ${width}px`, `pages-delete-confirm-${width}`);
      await page.click('[data-pages-delete-no]');
      assert(await page.$('[data-pages-delete]'), '"No, keep it" keeps it');
      // site.json's service_requests is on many pages, so there a link without a leading / is read from the root:
      // it links to the page too.
      await go(page, 'organisation');
      const serviceRequests = await page.inputValue('#f-service_requests');
      await page.fill('#f-service_requests', `${serviceRequests} See [compensation](compensation-putting-things-right/).`);
      await saved(page, 'site.json', (t) => (t || '').includes('](compensation-putting-things-right/)'));
      await go(page, 'pages');
      if (await page.isVisible('[data-pages-back]')) await page.click('[data-pages-back]');
      await page.click('[data-pages-edit="pages/compensation-putting-things-right.md"]');
      await page.click('[data-pages-delete]');
      await page.waitForSelector('[data-pages-delete-yes]');
      equal(await page.$$eval('[data-pages-linked-from] li', (li) => li.map((l) => l.textContent)), ['site.json'], 'a relative link in service_requests counts');
      await page.click('[data-pages-delete-no]');
      await go(page, 'organisation');
      await page.fill('#f-service_requests', serviceRequests);
      await saved(page, 'site.json', (t) => !(t || '').includes('](compensation-putting-things-right/)'));
      await go(page, 'pages');
      if (await page.isVisible('[data-pages-back]')) await page.click('[data-pages-back]');
      await page.click('[data-pages-edit="pages/compensation-putting-things-right.md"]');
      await page.click('[data-pages-delete]');
      equal(await page.$('[data-pages-linked-from]'), null, 'a page nothing links to: no warning');
      await page.click('[data-pages-delete-yes]');
      await page.waitForSelector('[data-pages-deleted] .success');
      equal(await page.evaluate(() => document.activeElement.matches('[data-pages-deleted] .success')), true, 'the message takes the focus');
      equal(await page.$('[data-pages-item="pages/compensation-putting-things-right.md"]'), null, 'the page is gone from the list');
      equal(await saved(page, 'pages/compensation-putting-things-right.md', (t) => t === null), null, 'and from the saved work');
      await axeAndShot(page, `page deleted at ${width}px`, `pages-deleted-${width}`);
      await page.click('[data-pages-restore]');
      await page.waitForSelector('[data-pages-message]');
      assert((await saved(page, 'pages/compensation-putting-things-right.md') || '').includes('title: "Compensation: putting things right"'), '"Put it back" restores it');
      await page.click('[data-pages-delete]');
      await page.click('[data-pages-delete-yes]');
      await page.waitForSelector('[data-pages-deleted] .success');
      frame = await previewAt(page, '');
      equal(await frame.$(`a[href="${PREVIEW}compensation-putting-things-right/"]`), null, 'the preview no longer links to the deleted page');

      // A notice in force today: its errors first, then the banner on the preview.
      await go(page, 'pages');
      await page.click('[data-notices-add] button[type=submit]');
      await page.waitForSelector('[data-pages-errors] .error-summary');
      equal(await page.$$eval('[data-pages-errors] li', (li) => li.length), 3, 'the two dates and the text are asked for');
      assert(await page.$('[data-date="pages-new-from"].form-group--error'), 'the date is marked');
      await axeAndShot(page, `notice refused at ${width}px`, `notices-add-errors-${width}`);
      const today = await page.evaluate(() => document.body.dataset.today);
      const [y, m, d] = today.split('-').map(Number);
      const until = isoDay(new Date(y, m - 1, d + 30));
      await page.fill('#pages-new-heading', 'Our computer systems are down');
      await fillDate(page, 'pages-new-from', today);
      await fillDate(page, 'pages-new-until', until);
      await page.fill('#pages-new-text', 'On 14 November our computer systems were attacked. You can still complain by phone.');
      await page.click('[data-notices-add] button[type=submit]');
      await page.waitForSelector('[data-pages-message]');
      assert(/In force now, until/.test(await page.textContent('[data-pages-status]')), 'the notice is in force');
      equal([await page.inputValue('#pages-f-until-day'), await page.inputValue('#pages-f-until-year')], [String(Number(until.slice(8))), until.slice(0, 4)], 'its dates are day, month and year fields');
      equal(await saved(page, 'notices/our-computer-systems-are-down.md'),
        `---\ntitle: Our computer systems are down\nfrom: ${today}\nuntil: ${until}\n---\nOn 14 November our computer systems were attacked. You can still complain by phone.\n`, 'the notice is saved');
      await axeAndShot(page, `notice added at ${width}px`, `notices-added-${width}`);
      frame = await previewAt(page, '');
      assert((await frame.textContent('.site-notice')).includes('Our computer systems are down'), 'the preview shows the banner');
      await screen(page, 'pages', width, 'notice');
      await page.click('[data-pages-back]');
      assert((await page.textContent('[data-pages-item="notices/our-computer-systems-are-down.md"]')).includes('In force now'), 'the list says it is in force');
      await axeAndShot(page, `the list with a notice at ${width}px`, `pages-list-notice-${width}`);
      noProblems(page);
    } finally {
      await context.close();
    }
  }]);
}

tests.push(['1280px: Publish: the pack is one HTML file; the submission CSV and the CMS zip are the command line\'s', async () => {
  const { context, page } = await openStudio(1280);
  try {
    await importZip(page, exampleZip());
    await screen(page, 'publish', 1280, 'example');
    equal(await page.$$eval('#publish-pack-year option', (os) => os.map((o) => o.value)), ['2025-26', '2024-25', '2023-24'], 'the pack\'s years, newest first');
    const today = await page.evaluate(() => document.body.dataset.today);

    // The governing body pack: one file, its stylesheet inside and allowed by its policy, the provisions not met.
    const pack = Buffer.from(await download(page, '[data-download="pack"]')).toString('utf8');
    assert(!/<link rel="stylesheet"/.test(pack) && !/<link rel="icon"/.test(pack), 'no external stylesheet or icon');
    const style = /<style>([\s\S]*?)<\/style>/.exec(pack);
    assert(style && style[1].includes('@page') && style[1].includes('.pack-table'), 'the stylesheet, with its A4 print rules, is inside');
    const hash = createHash('sha256').update(style[1]).digest('base64');
    assert(pack.includes(`style-src &apos;self&apos; &apos;sha256-${hash}&apos;`), 'the Content-Security-Policy allows exactly that stylesheet');
    for (const id of ['6.14', '9.8']) assert(pack.includes(`<tr data-provision="${id}">`), `provision ${id}, not met, is in the pack`);
    assert(/<svg/.test(pack), 'the charts are inline SVG');
    assert(pack.includes('href="https://complaints.example-homes.org.uk/policy/"') && !/href="\/[^/]/.test(pack), 'its links go to the published site');
    const file = join(work, 'pack.html');
    writeFileSync(file, pack);
    const viewer = await context.newPage();
    const cspErrors = [];
    viewer.on('console', (msg) => { if (/Content Security Policy|Refused/.test(msg.text())) cspErrors.push(msg.text()); });
    await viewer.goto(`file://${file}`);
    equal(await viewer.$eval('.pack-table', (t) => getComputedStyle(t).borderCollapse), 'collapse', 'opened from a folder, the page is styled');
    equal(cspErrors, [], 'and its policy refuses nothing');
    await viewer.close();

    // The submission: when it is due and why, and the CSV of `complaints-site submission`.
    await page.waitForSelector('[data-submission-due]');
    equal((await page.textContent('[data-submission-due]')).trim(), 'Due by Wednesday 30 September 2026. 8,400 homes, over 1,000: the date for larger landlords.', 'the due date and why');
    const csv = Buffer.from(await download(page, '[data-download="submission"]'));
    const back = fflate.unzipSync(await download(page, '[data-download="content"]'));
    const unzipped = join(work, 'downloaded');
    for (const [path, bytes] of Object.entries(back)) {
      mkdirSync(join(unzipped, path, '..'), { recursive: true });
      writeFileSync(join(unzipped, path), bytes);
    }
    const expected = execFileSync(cli, ['submission', '--year', '2025-26', '--format', 'csv', '--content', join(unzipped, 'content')], { stdio: ['ignore', 'pipe', 'pipe'] });
    assert(Buffer.compare(csv, expected) === 0, `the CSV is the command line's byte for byte:\n${csv.toString().slice(0, 300)}\n---\n${expected.toString().slice(0, 300)}`);

    // The CMS fragments: build's cms/ folder.
    const cms = fflate.unzipSync(await download(page, '[data-download="cms"]'));
    const copy = join(work, 'content-cms');
    cpSync(join(sourceDir, 'content'), copy, { recursive: true });
    const out = join(work, 'public-cms');
    execFileSync(cli, ['build', '--content', copy, '--out', out, '--search', 'off', '--today', today], { stdio: ['ignore', 'ignore', 'pipe'] });
    const want = listFiles(join(out, 'cms')).sort();
    equal(Object.keys(cms).filter((p) => !p.endsWith('/')).sort(), want.map((p) => `cms/${p}`), 'the zip holds build\'s cms/ folder');
    equal(want.filter((p) => Buffer.compare(Buffer.from(cms[`cms/${p}`]), readFileSync(join(out, 'cms', p))) !== 0), [], 'byte for byte');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['360px: a year with errors: the pack is refused and says why; the submission\'s warnings', async () => {
  const { context, page } = await openStudio(360);
  try {
    const broken = join(work, 'content-broken');
    cpSync(join(sourceDir, 'content'), broken, { recursive: true });
    const path = join(broken, 'self-assessments', '2025-26.json');
    const sa = JSON.parse(readFileSync(path, 'utf8'));
    delete sa.provisions.find((p) => p.id === '6.14').explanation;
    writeFileSync(path, `${JSON.stringify(sa, null, 2)}\n`);
    const site = JSON.parse(readFileSync(join(broken, 'site.json'), 'utf8'));
    delete site.member_responsible;
    writeFileSync(join(broken, 'site.json'), `${JSON.stringify(site, null, 2)}\n`);
    await importZip(page, contentZip(broken, 'content/'), 'broken.zip');
    await screen(page, 'publish', 360, 'broken');
    let downloaded = false;
    page.on('download', () => { downloaded = true; });
    await page.click('[data-download="pack"]');
    await page.waitForSelector('[data-publish-pack-errors] .error-summary');
    assert(/The 2025-26 self-assessment has 1 error/.test(await page.textContent('[data-publish-pack-errors]')), 'the refusal says which year and how many errors');
    await axeAndShot(page, 'pack refused at 360px', 'publish-pack-refused-360');
    await page.waitForTimeout(300);
    equal(downloaded, false, 'nothing is downloaded');
    // The submission says what the form will miss, with the fix.
    await page.waitForSelector('[data-submission-warnings] [data-finding-code="submission.mrc.missing"]');
    assert(/How to fix it: add "member_responsible"/.test(await page.textContent('[data-submission-warnings] [data-finding-code="submission.mrc.missing"]')), 'the warning has its fix');
    await page.locator('[data-submission-warnings]').scrollIntoViewIfNeeded();
    await axeAndShot(page, 'submission warnings at 360px', 'publish-submission-warnings-360');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['360px keyboard only: to Pages and notices, add a page, write it', async () => {
  const { context, page } = await openStudio(360);
  try {
    await importZip(page, exampleZip());
    await page.focus('#main');
    let reached = '';
    for (let i = 0; i < 60 && reached !== 'nav:pages'; i += 1) {
      await page.keyboard.press('Shift+Tab');
      reached = await page.evaluate(() => (document.activeElement.dataset.screenLink ? `nav:${document.activeElement.dataset.screenLink}` : document.activeElement.id));
    }
    equal(reached, 'nav:pages', 'Shift+Tab reaches "Pages and notices" in the nav');
    await page.keyboard.press('Enter');
    await page.waitForSelector('section[data-screen="pages"]:not([hidden])');
    const tabTo = async (id, most = 40) => {
      for (let i = 0; i < most; i += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((want) => document.activeElement.id === want, id)) return;
      }
      throw new Error(`Tab did not reach #${id}`);
    };
    await tabTo('pages-new-title');
    await page.keyboard.type('Help in other languages');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-pages-message]');
    equal(await page.evaluate(() => document.activeElement.id), 'pages-edit-title', 'the new page\'s editor takes the focus');
    await tabTo('pages-body');
    await page.keyboard.type('We can translate our letters.');
    equal(await saved(page, 'pages/help-in-other-languages.md', (t) => /letters\.$/.test(t || '')), '---\ntitle: Help in other languages\n---\nWe can translate our letters.', 'typed and saved');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert(outline !== 'none', 'the focus is visible');
    const backToList = async () => {
      let back = '';
      for (let i = 0; i < 24 && back !== 'back'; i += 1) {
        await page.keyboard.press('Shift+Tab');
        back = await page.evaluate(() => (document.activeElement.matches('[data-pages-back]') ? 'back' : document.activeElement.id));
      }
      equal(back, 'back', 'Shift+Tab reaches "Back to pages and notices"');
      await page.keyboard.press('Enter');
      await page.waitForSelector('[data-pages-list-view]:not([hidden])');
    };
    await backToList();
    equal(await page.evaluate(() => document.activeElement.dataset.pagesEdit), 'pages/help-in-other-languages.md', 'back on the list, the focus is on the page just edited');
    // Straight back after typing: the text is saved as the list appears, and the check that follows (400 ms later)
    // draws the list again; the focus stays on the same page's button, not lost to the top of the page.
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-pages-editor]:not([hidden])');
    await tabTo('pages-body');
    await page.keyboard.press('End');
    await page.keyboard.type(' And our leaflets.');
    await backToList();
    await page.waitForTimeout(1500);
    equal(await page.evaluate(() => document.activeElement.dataset.pagesEdit), 'pages/help-in-other-languages.md', 'after the check that follows, the focus is still on that page');
    equal(await saved(page, 'pages/help-in-other-languages.md', (t) => /leaflets\.$/.test(t || '')), '---\ntitle: Help in other languages\n---\nWe can translate our letters. And our leaflets.', 'the second edit is saved');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

await run(tests, {
  timeoutMs: 420000,
  cleanup: closeStudio,
});
