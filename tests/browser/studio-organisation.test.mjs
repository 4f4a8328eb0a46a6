// The studio's Your organisation screen beyond names and channels: the Housing Ombudsman's details (built in, with an
// override), office closure days, the brand colour with its contrast finding, the logo, the bank holidays and the Code.
// Headless Chromium at 360 and 1280 px with axe in every state; the preview shows each change; reload keeps them; a
// Check link goes to the closure it is about; keyboard only through adding a closure; and the site.zip the studio
// downloads equals `complaints-site build --search off` on the content.zip it downloads.
// Run as: node studio-organisation.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY (the studio folder is BUILD_DIR/studio).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, equal, run } from './lib.mjs';
import {
  PREVIEW, STUDIO, closeStudio, fflate, sourceDir, work,
  axeAndShot, contentZip, download, expectSameAsBuild, go, noProblems, openStudio, previewFrame, savedText, screen, settle, startFromScratch, writeFiles,
} from './studio-lib.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ombudsman = JSON.parse(readFileSync(join(sourceDir, 'core/data/ombudsman.json'), 'utf8'));
const LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" fill="#0b4f6c"/><circle cx="20" cy="20" r="12" fill="#fff"/></svg>\n';
const NEW_PHONE = '0300 999 1234';
const TITLE = 'Office closed for staff training';

function longDate(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}
/** Two days after `today` (YYYY-MM-DD) that are working days in England: Tuesday to Thursday, away from Christmas and New Year. */
function closureDays(today) {
  const out = [];
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 7);
  while (out.length < 2) {
    const md = (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
    if ([2, 3, 4].includes(d.getUTCDay()) && md < 1220 && md > 103) out.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return out;
}
async function siteJson(page) {
  return JSON.parse(await savedText(page, 'site.json'));
}
/** Wait until the saved site.json passes `test` (saving is debounced). */
async function savedWhen(page, test, message) {
  for (let i = 0; i < 40; i += 1) {
    const json = await siteJson(page);
    if (test(json)) return json;
    await page.waitForTimeout(150);
  }
  throw new Error(`${message}: site.json is ${await savedText(page, 'site.json')}`);
}
/** A page of the site in the preview's frame. */
async function previewPage(page, path) {
  // Showing the screen rebuilds the preview: wait for that before going to the page, which the rebuild would reload.
  const generation = await page.evaluate(() => Number(document.querySelector('iframe[data-preview]').dataset.generation || 0));
  await go(page, 'preview');
  await page.waitForFunction((g) => Number(document.querySelector('iframe[data-preview]').dataset.generation || 0) > g, generation, { timeout: 30000 });
  await previewFrame(page);
  // A rebuild that lands meanwhile (a change saved just before) reloads the page the frame was on, which cancels this
  // navigation: then go there again.
  for (let attempt = 1; ; attempt += 1) {
    await page.evaluate((url) => { document.querySelector('iframe[data-preview]').src = url; }, `${PREVIEW}${path}`);
    try {
      await page.waitForFunction((want) => {
        const f = document.querySelector('iframe[data-preview]');
        try { return f.contentWindow.location.pathname === want && f.contentDocument.readyState === 'complete' && f.contentDocument.querySelector('main'); } catch { return false; }
      }, `${PREVIEW}${path}`, { timeout: 10000 });
      break;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
  return previewFrame(page);
}
async function fillDate(page, prefix, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  await page.fill(`#${prefix}-day`, String(d));
  await page.fill(`#${prefix}-month`, String(m));
  await page.fill(`#${prefix}-year`, String(y));
}
async function rows(page) {
  return page.$$eval('[data-closures] > fieldset', (f) => f.length);
}

const tests = [];

for (const width of [360, 1280]) {
  tests.push([`${width}px: the Ombudsman's details, closure days, brand colour, logo, bank holidays and Code; reload keeps them; Check leads to a closure`, async () => {
    const { context, page } = await openStudio(width);
    try {
      await startFromScratch(page, 'Harbour Homes');
      const today = await page.evaluate(() => document.body.dataset.today);
      const before = await siteJson(page);

      // The built-in details, shown as the site will publish them, and when they were checked.
      await screen(page, 'organisation', width, 'org-scratch');
      const shown = await page.textContent('[data-ombudsman-shown]');
      for (const f of ['name', 'phone', 'post', 'website', 'online_form']) assert(shown.includes(ombudsman.contact[f]), `the built-in ${f} is shown: ${shown}`);
      assert(!/your change/.test(shown), 'nothing is marked as changed');
      assert((await page.textContent('#f-ombudsman-hint')).includes(`last checked on ${longDate(ombudsman.last_checked)}`), 'the hint says when the details were checked');
      equal(await page.isVisible('#f-om-phone'), false, 'the change fields are folded away');

      // A phone override: only that key, and the preview's Ombudsman page shows it.
      await page.click('[data-ombudsman-change] summary');
      assert((await page.textContent('#f-om-phone-hint')).includes(ombudsman.contact.phone), 'the field\'s hint gives the built-in number');
      await page.fill('#f-om-phone', NEW_PHONE);
      let json = await savedWhen(page, (j) => j.ombudsman, 'the override is saved');
      equal(json.ombudsman, { phone: NEW_PHONE }, 'site.json has only the phone override');
      equal(Object.keys(json).filter((k) => k !== 'ombudsman'), Object.keys(before), 'the other keys keep their order');
      await axeAndShot(page, `Ombudsman override at ${width}px`, `org-ombudsman-${width}`);
      let frame = await previewPage(page, 'ombudsman/');
      assert((await frame.textContent('main')).includes(NEW_PHONE), 'the preview\'s Ombudsman page shows the new number');
      await go(page, 'organisation');
      assert((await page.textContent('[data-ombudsman-shown]')).includes(NEW_PHONE), 'the summary shows the number the site publishes');
      await page.fill('#f-om-phone', '');
      json = await savedWhen(page, (j) => !('ombudsman' in j), 'clearing the override removes "ombudsman"');
      equal(json, before, 'and site.json is as it was');

      // Two closure days, one with a title; the file's own entries keep their form.
      const [day1, day2] = closureDays(today);
      const first = await rows(page);
      equal(first, (before.closures || []).length, 'a row for each closure in the file');
      assert((await page.textContent('#f-closures-hint')).includes('never move a deadline'), 'the hint says closures never move a deadline');
      await page.click('[data-add-closure]');
      equal(await page.evaluate(() => document.activeElement.id), `f-cl-${first}-day`, 'adding a closure puts the focus on its day');
      await fillDate(page, `f-cl-${first}`, day1);
      await page.click('[data-add-closure]');
      await fillDate(page, `f-cl-${first + 1}`, day2);
      await page.fill(`#f-cl-${first + 1}-title`, TITLE);
      json = await savedWhen(page, (j) => (j.closures || []).length === first + 2 && j.closures[first + 1].title, 'the closures are saved');
      equal(json.closures, [...(before.closures || []), day1, { date: day2, title: TITLE }], 'saved as a date and as {date, title}, after the file\'s own');
      await axeAndShot(page, `closures at ${width}px`, `org-closures-${width}`);
      frame = await previewPage(page, 'deadlines/');
      const deadlines = await frame.textContent('main');
      assert(deadlines.includes(TITLE) && deadlines.includes('Landlord closure day'), `the preview's deadlines page lists the closures: ${deadlines.slice(0, 200)}`);
      await go(page, 'organisation');

      // A brand colour white text cannot be read on: the finding beside the field. The colour box follows.
      await page.fill('#f-brand_colour', '#dddddd');
      await page.waitForSelector('#f-brand_colour-errors [data-finding-code="site.brand_colour.contrast"]', { timeout: 10000 });
      assert(/WCAG 1\.4\.3/.test(await page.textContent('#f-brand_colour-errors')), 'the finding names WCAG 1.4.3');
      equal(await page.inputValue('#f-brand_colour-picker'), '#dddddd', 'the colour box shows the colour typed');
      await page.locator('#f-brand_colour').scrollIntoViewIfNeeded();
      await axeAndShot(page, `low-contrast colour at ${width}px`, `org-colour-${width}`);
      await page.locator('#f-brand_colour-picker').fill('#0b4f6c');
      equal(await page.inputValue('#f-brand_colour'), '#0b4f6c', 'the colour box fills in the text field');
      await page.waitForFunction(() => !document.querySelector('#f-brand_colour-errors [data-finding-code]'), null, { timeout: 10000 });
      json = await savedWhen(page, (j) => j.brand_colour === '#0b4f6c', 'the colour is saved');

      // A logo: kept as logo.svg, shown beside the field and in the preview's header.
      await page.setInputFiles('#f-logo', { name: 'Harbour logo.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') });
      await page.waitForSelector('#f-logo-errors .field-error');
      equal((await siteJson(page)).logo, undefined, 'a file that is not an image changes nothing');
      // A logo over 100 KB is kept, with the warning beside the field: every page of the site loads it.
      const bulky = `${LOGO_SVG.replace('</svg>', '')}<!-- ${'x'.repeat(150 * 1024)} --></svg>`;
      await page.setInputFiles('#f-logo', { name: 'Harbour logo.SVG', mimeType: 'image/svg+xml', buffer: Buffer.from(bulky) });
      await page.waitForSelector('#f-logo-errors [data-finding-code="site.logo.large"]', { timeout: 10000 });
      assert(/is 1\d\d KB and every page loads it/.test(await page.textContent('#f-logo-errors')), 'the warning says how big it is');
      await page.locator('#f-logo').scrollIntoViewIfNeeded();
      await axeAndShot(page, `large logo at ${width}px`, `org-logo-large-${width}`);
      await page.setInputFiles('#f-logo', { name: 'Harbour logo.SVG', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO_SVG) });
      await page.waitForFunction(() => !document.querySelector('#f-logo-errors [data-finding-code]'), null, { timeout: 10000 });
      await page.waitForSelector('[data-logo-preview]');
      await page.waitForFunction(() => { const img = document.querySelector('[data-logo-preview]'); return img && img.complete && img.naturalWidth > 0; });
      equal(await page.$('#f-logo-errors .field-error'), null, 'the error goes');
      json = await savedWhen(page, (j) => j.logo === 'logo.svg', 'the logo is named in site.json');
      // (The bulky logo was saved first: wait for the small one to replace it.)
      for (let tries = 0; tries < 50 && await savedText(page, 'logo.svg') !== LOGO_SVG; tries += 1) await page.waitForTimeout(200);
      equal(await savedText(page, 'logo.svg'), LOGO_SVG, 'the image is saved as logo.svg');
      await page.locator('#f-logo').scrollIntoViewIfNeeded();
      await axeAndShot(page, `logo at ${width}px`, `org-logo-${width}`);
      frame = await previewPage(page, '');
      await frame.waitForFunction(() => { const img = document.querySelector('header img.site-header__logo'); return img && img.complete && img.naturalWidth > 0; });
      await go(page, 'organisation');

      // Bank holidays: Scotland is refused with the check's error beside the choice; the Code: 2022 warns.
      equal(await page.isChecked('#f-nation'), true, 'England and Wales is chosen');
      await page.check('#f-nation-scotland');
      await page.waitForSelector('#f-nation-errors [data-finding-code="site.nation.outside_england"]', { timeout: 10000 });
      equal((await siteJson(page)).nation, 'scotland', 'the choice is saved');
      await page.locator('#f-nation').scrollIntoViewIfNeeded();
      await axeAndShot(page, `Scotland at ${width}px`, `org-nation-${width}`);
      await page.check('#f-nation');
      await page.check('#f-code-2022');
      await page.waitForSelector('#f-code-errors [data-finding-code="site.code.superseded"]', { timeout: 10000 });
      await page.check('#f-code');
      await page.waitForFunction(() => !document.querySelector('#f-nation-errors [data-finding-code], #f-code-errors [data-finding-code]'), null, { timeout: 10000 });
      json = await savedWhen(page, (j) => j.nation === 'england-and-wales' && j.code === '2024', 'back to England and Wales and the 2024 Code');

      // Reload keeps all of it.
      await settle(page);
      await page.goto(`${STUDIO}#organisation`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
      await page.waitForSelector('section[data-screen="organisation"]:not([hidden])');
      equal(await rows(page), first + 2, 'the closures are back');
      equal([await page.inputValue(`#f-cl-${first}-day`), await page.inputValue(`#f-cl-${first}-month`), await page.inputValue(`#f-cl-${first}-year`)],
        day1.split('-').reverse().map((p) => String(Number(p))), 'with their dates');
      equal(await page.inputValue(`#f-cl-${first + 1}-title`), TITLE, 'and titles');
      equal(await page.inputValue('#f-brand_colour'), '#0b4f6c', 'the colour is back');
      assert((await page.textContent('[data-logo-now]')).includes('logo.svg'), 'the logo is back');
      equal(await page.inputValue('#f-om-phone'), '', 'no Ombudsman override');
      equal(await page.isChecked('#f-nation'), true, 'England and Wales');
      equal(await page.isChecked('#f-code'), true, 'the 2024 Code');

      // A repeated date: the Check screen's link goes to that closure, even with an empty row before it.
      await page.click('[data-add-closure]');
      await page.click('[data-add-closure]');
      // Not a real date: said beside it once the focus leaves the date, and nothing is saved.
      await page.fill(`#f-cl-${first + 3}-day`, '31');
      await page.fill(`#f-cl-${first + 3}-month`, '2');
      equal(await page.isVisible(`#f-cl-${first + 3}-error`), false, 'no error between the day and the month');
      await page.fill(`#f-cl-${first + 3}-year`, day1.slice(0, 4));
      await page.focus(`#f-cl-${first + 3}-title`);
      await page.waitForSelector(`#f-cl-${first + 3}-error:visible`);
      assert(/real date.*not saved/.test(await page.textContent(`#f-cl-${first + 3}-error`)), 'the error says the closure is not saved yet');
      await settle(page);
      equal((await siteJson(page)).closures.length, first + 2, 'nothing is saved for it');
      assert(await page.$(`[data-date="f-cl-${first + 3}"].form-group--error`), 'the date is marked in error');
      await page.locator(`#f-cl-${first + 3}`).scrollIntoViewIfNeeded();
      await axeAndShot(page, `closure date error at ${width}px`, `org-closure-error-${width}`);
      await fillDate(page, `f-cl-${first + 3}`, day1);
      await page.focus(`#f-cl-${first + 3}-title`);
      equal(await page.isVisible(`#f-cl-${first + 3}-error`), false, 'the error goes once the date is right');
      await savedWhen(page, (j) => j.closures.length === first + 3, 'the repeat is saved and the empty row is not');
      await go(page, 'check');
      const link = page.locator('[data-finding-code="site.closures.duplicate"] a[data-go="organisation"]');
      equal(await link.textContent(), `Go to "Closure day ${first + 4}: date"`, 'the link names the closure');
      await axeAndShot(page, `closure finding on Check at ${width}px`, `org-check-${width}`);
      await link.click();
      await page.waitForSelector('section[data-screen="organisation"]:not([hidden])');
      equal(await page.evaluate(() => document.activeElement.id), `f-cl-${first + 3}-day`, 'the link focuses the repeated closure\'s day');
      assert(await page.$(`#f-cl-${first + 3}-day-errors [data-finding-code="site.closures.duplicate"]`), 'the finding is beside it');
      await page.click(`[data-remove-closure="${first + 3}"]`);
      await page.click(`[data-remove-closure="${first + 2}"]`);
      equal(await page.evaluate(() => document.activeElement.id), `f-cl-${first + 1}-day`, 'the focus goes to the closure before the one removed');
      json = await savedWhen(page, (j) => j.closures.length === first + 2, 'the repeat is removed');
      equal(json.closures, [...(before.closures || []), day1, { date: day2, title: TITLE }], 'the closures are as before');

      // Remove the logo: the key and the file go.
      await page.click('[data-remove-logo]');
      json = await savedWhen(page, (j) => !('logo' in j), 'the logo is removed from site.json');
      equal(await savedText(page, 'logo.svg'), null, 'and logo.svg from the content');
      equal(await page.evaluate(() => document.activeElement.id), 'f-logo', 'the focus goes to the logo field');

      // A second tab cannot edit any of it.
      if (width === 1280) {
        const { page: second } = await openStudio(1280, context);
        await go(second, 'organisation');
        for (const selector of ['#f-om-phone', '#f-om-last_checked-day', `#f-cl-${first}-day`, `#f-cl-${first}-title`, '[data-add-closure]', `[data-remove-closure="${first}"]`,
          '#f-brand_colour', '#f-brand_colour-picker', '#f-logo', '#f-nation', '#f-code-2022']) {
          equal(await second.isDisabled(selector), true, `${selector} is switched off in the second tab`);
        }
        await second.close();
      }
      noProblems(page);
    } finally {
      await context.close();
    }
  }]);
}

tests.push(['360px keyboard only: add a closure day with its title', async () => {
  const { context, page } = await openStudio(360);
  try {
    await startFromScratch(page, 'Keyboard Homes');
    const today = await page.evaluate(() => document.body.dataset.today);
    const [day] = closureDays(today);
    await go(page, 'organisation');
    const first = await rows(page);
    // From the field before the closures (the last way to complain's Remove button), or the last closure's.
    await page.focus(first ? `[data-remove-closure="${first - 1}"]` : '[data-add-channel]');
    await page.keyboard.press('Tab');
    equal(await page.evaluate(() => document.activeElement.id), 'f-closures', 'Tab goes from the last closure to "Add a closure day"');
    await page.keyboard.press('Enter');
    equal(await page.evaluate(() => document.activeElement.id), `f-cl-${first}-day`, 'Enter adds a closure and goes to its day');
    const [y, m, d] = day.split('-').map(Number);
    await page.keyboard.type(String(d));
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(m));
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(y));
    await page.keyboard.press('Tab');
    equal(await page.evaluate(() => document.activeElement.id), `f-cl-${first}-title`, 'Tab goes on to the title');
    await page.keyboard.type(TITLE);
    await page.keyboard.press('Tab');
    equal(await page.evaluate(() => document.activeElement.dataset.removeClosure), String(first), 'then to its Remove button');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert(outline !== 'none', 'the focus is visible');
    // (Saving is debounced: under load a save can land between the date and the title; wait for the one with both.)
    const json = await savedWhen(page, (j) => j.closures.length === first + 1 && typeof j.closures[first] === 'object', 'the closure is saved with its title');
    equal(json.closures[first], { date: day, title: TITLE }, 'with its date and title');
    await axeAndShot(page, 'keyboard closure at 360px', 'org-keyboard-360');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

tests.push(['1280px: the example content with an Ombudsman override, a closure, a colour and a logo → site.zip equals complaints-site build on content.zip', async () => {
  const { context, page } = await openStudio(1280);
  try {
    await page.setInputFiles('input[type=file][name="import"]', { name: 'example-content.zip', mimeType: 'application/zip', buffer: contentZip(join(sourceDir, 'content'), 'content/') });
    await page.waitForSelector('[data-start-result] .success');
    const today = await page.evaluate(() => document.body.dataset.today);
    const [day] = closureDays(today);
    await screen(page, 'organisation', 1280, 'org-example');
    const first = await rows(page);
    equal(first, 6, 'the example\'s six closures are in the form');
    equal(await page.isVisible('#f-om-phone'), false, 'no override: the change fields are folded away');
    await page.click('[data-ombudsman-change] summary');
    await page.fill('#f-om-phone', NEW_PHONE);
    await page.click('[data-add-closure]');
    await fillDate(page, `f-cl-${first}`, day);
    await page.fill(`#f-cl-${first}-title`, TITLE);
    await page.fill('#f-brand_colour', '#0b4f6c');
    await page.setInputFiles('#f-logo', { name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO_SVG) });
    await page.waitForSelector('.logo-now');
    const json = await savedWhen(page, (j) => j.closures.length === 7 && j.ombudsman && j.brand_colour === '#0b4f6c' && j.logo === 'logo.svg', 'the edits are saved');
    const example = JSON.parse(readFileSync(join(sourceDir, 'content/site.json'), 'utf8'));
    equal(Object.keys(json), [...Object.keys(example), 'ombudsman', 'logo'], '$schema and every key kept, in order; new keys at the end');
    equal(json.closures.slice(0, 6), example.closures, 'the example\'s closures are unchanged');
    await settle(page);

    await screen(page, 'publish', 1280, 'org-example');
    const site = fflate.unzipSync(await download(page, '[data-download="site"]'));
    const back = fflate.unzipSync(await download(page, '[data-download="content"]'));
    writeFiles(back, join(work, 'organisation'));
    const copy = join(work, 'organisation', 'content');
    equal(readFileSync(join(copy, 'logo.svg'), 'utf8'), LOGO_SVG, 'content.zip holds the logo');
    const out = join(work, 'organisation-public');
    const expected = expectSameAsBuild(site, copy, out, today);
    assert(expected.some((p) => /^assets\/logo[.-].*\.svg$/.test(p) || /logo.*\.svg$/.test(p)), `the site has the logo: ${expected.filter((p) => /logo/.test(p))}`);
    assert(readFileSync(join(out, 'ombudsman/index.html'), 'utf8').includes(NEW_PHONE), 'the Ombudsman page has the new number');
    noProblems(page);
  } finally {
    await context.close();
  }
}]);

await run(tests, {
  timeoutMs: 840000, // ctest's TIMEOUT is 900 s
  cleanup: closeStudio,
});
