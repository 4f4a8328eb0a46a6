// The widget in headless Chromium, under the strict CSP, embedded in a page of another site (the documented
// embedding: one <div data-complaints-widget> and one <script defer>): calculator results equal the engine's JSON,
// error states, the .ics file, walkthrough journeys by mouse and by keyboard, no JavaScript, and axe-core with 0
// violations in every state. Run as: node widget.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, axeSource, equal, expectNoAxeViolations, launch, loadPlaywright, openPage, run, missing, serve } from './lib.mjs';

const [sourceDir, buildDir, cli] = process.argv.slice(2);
const wasmDir = join(buildDir, 'wasm');
if (!existsSync(join(wasmDir, 'widget.js'))) missing(`${wasmDir}/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
const playwright = loadPlaywright(sourceDir);
const { server, origin } = await serve({
  mounts: { '/widget/': wasmDir, '/': join(sourceDir, 'tests/browser/fixtures') },
  files: { '/__axe/axe.min.js': axeSource(sourceDir), '/favicon.ico': '' },
});
const browser = await launch(playwright);
const allowed = (url) => url.startsWith(`${origin}/`);

function engineDeadlines(args) {
  return JSON.parse(execFileSync(cli, ['deadlines', ...args, '--format', 'json']).toString());
}

async function page(path, options) {
  const { context, page: p } = await openPage(browser, options);
  await p.goto(origin + path);
  return { context, p };
}

async function finish(context, p) {
  const problems = p.problems.filter((x) => !/favicon/.test(x));
  const outside = p.requests.filter((u) => !allowed(u));
  await context.close();
  equal(problems, [], 'no console errors or CSP violations');
  equal(outside, [], 'no requests except the page and the widget’s own files');
}

async function fillDate(p, name, d, m, y) {
  await p.fill(`#${name}-day`, d);
  await p.fill(`#${name}-month`, m);
  await p.fill(`#${name}-year`, y);
}

async function milestones(p) {
  return p.$$eval('[data-milestone]', (els) => els.map((e) => [e.getAttribute('data-milestone'), e.querySelector('time').getAttribute('datetime')]));
}

const tests = [];

tests.push(['calculator: results equal the engine for a set of dates, and pass axe', async () => {
  const cases = [
    { fill: ['14', 'apr', '2025'], stage: '1', today: '2025-04-22', args: ['--received', '2025-04-14', '--today', '2025-04-22', '--closures', join(sourceDir, 'tests/browser/fixtures/closures.txt')] },
    { fill: ['3', '03', '2025'], stage: '2', today: '2025-04-22', args: ['--received', '2025-03-03', '--stage', '2', '--today', '2025-04-22', '--closures', join(sourceDir, 'tests/browser/fixtures/closures.txt')] },
    { fill: ['19', '12', '2025'], stage: '1', today: '2026-01-20', ack: ['22', '12', '2025'], ext: ['27', '1', '2026'],
      args: ['--received', '2025-12-19', '--acknowledged', '2025-12-22', '--extended-to', '2026-01-27', '--today', '2026-01-20', '--closures', join(sourceDir, 'tests/browser/fixtures/closures.txt')] },
  ];
  for (const c of cases) {
    const { context, p } = await page('/deadlines.html');
    await p.evaluate((t) => document.querySelector('[data-complaints-widget]').setAttribute('data-today', t), c.today);
    await p.waitForSelector('form.cs-calculator');
    await fillDate(p, 'received', ...c.fill);
    await p.check(`#stage-${c.stage}`);
    if (c.ack) await fillDate(p, 'acknowledged', ...c.ack);
    await p.check(c.ext ? '#extension-yes' : '#extension-no');
    if (c.ext) await fillDate(p, 'extended', ...c.ext);
    await p.click('form.cs-calculator button[type=submit]');
    await p.waitForSelector('[data-milestone]');
    const engine = engineDeadlines(c.args);
    equal(await milestones(p), engine.milestones.map((m) => [m.id, m.due]), `milestones for ${c.args.join(' ')}`);
    const status = await p.textContent('.cs-status');
    if (engine.status.overdue_by > 0) assert(status.includes(`overdue by ${engine.status.overdue_by} working day`), `overdue text: ${status}`);
    else assert(status.includes(`working day ${engine.status.working_day} of ${engine.status.of}`), `status text: ${status}`);
    for (const h of engine.holidays_in_range) assert(await p.$(`[data-holiday="${h.date}"]`), `holiday ${h.date} listed`);
    equal(await p.textContent('.cs-next-step'), engine.next_step, 'next step is the engine’s sentence');
    assert(await p.evaluate(() => document.activeElement.textContent === 'Your dates'), 'focus moves to the results heading');
    await expectNoAxeViolations(p, `calculator results ${c.args[1]}`);
    await finish(context, p);
  }
}]);

tests.push(['calculator: errors as the GOV.UK error summary, with specific messages', async () => {
  const { context, p } = await page('/deadlines.html');
  await p.waitForSelector('form.cs-calculator');
  await expectNoAxeViolations(p, 'calculator empty');
  const submit = () => p.click('form.cs-calculator button[type=submit]');
  await submit();
  await p.waitForSelector('.cs-error-summary');
  equal(await p.textContent('.cs-error-summary__title'), 'There is a problem', 'summary title');
  assert((await p.title()).startsWith('Error: '), 'title prefixed with Error:');
  assert(await p.evaluate(() => document.activeElement.classList.contains('cs-error-summary')), 'summary focused');
  equal(await p.getAttribute('.cs-error-summary a', 'href'), '#received-day', 'links to the field');
  assert((await p.textContent('#received-error')).includes('Enter the date your landlord received it'), 'inline message');
  await expectNoAxeViolations(p, 'calculator error: missing');
  await p.check('#stage-1');
  await p.check('#extension-no');
  const cases = [
    [['29', '2', '2025'], null, 'must be a real date: 2025 is not a leap year', '#received-day'],
    [['3', '', '2025'], null, 'must include a month', '#received-month'],
    [['23', '4', '2025'], null, 'must be today or in the past', '#received-day'],
    [['14', '4', '2025'], ['11', '4', '2025'], 'must be the same as or after the date it received it', '#acknowledged-day'],
  ];
  for (const [received, ack, message, link] of cases) {
    await fillDate(p, 'received', ...received);
    await fillDate(p, 'acknowledged', ...(ack || ['', '', '']));
    await submit();
    await p.waitForFunction((m) => (document.querySelector('.cs-error-summary') || {}).textContent?.includes(m), message);
    equal(await p.getAttribute('.cs-error-summary a', 'href'), link, `link for "${message}"`);
    await p.click('.cs-error-summary a');
    equal(await p.evaluate(() => `#${document.activeElement.id}`), link, 'the summary link focuses the field');
    await expectNoAxeViolations(p, `calculator error: ${message}`);
  }
  await fillDate(p, 'received', '14', '4', '2025');
  await fillDate(p, 'acknowledged', '', '', '');
  await submit();
  await p.waitForSelector('[data-milestone]');
  assert(!(await p.$('.cs-error-summary')), 'summary gone once fixed');
  assert(!(await p.title()).startsWith('Error: '), 'title back to normal');
  await finish(context, p);
}]);

tests.push(['calculator: .ics with one event per milestone', async () => {
  const { context, p } = await page('/deadlines.html');
  await p.waitForSelector('form.cs-calculator');
  await fillDate(p, 'received', '14', '4', '2025');
  await p.check('#stage-1');
  await p.check('#extension-no');
  await p.click('form.cs-calculator button[type=submit]');
  await p.waitForSelector('[data-milestone]');
  const [download] = await Promise.all([p.waitForEvent('download'), p.click('[data-action=ics]')]);
  equal(download.suggestedFilename(), 'complaint-dates.ics', 'file name');
  const text = readFileSync(await download.path(), 'utf8');
  const engine = engineDeadlines(['--received', '2025-04-14', '--today', '2025-04-22']);
  equal((text.match(/BEGIN:VEVENT/g) || []).length, engine.milestones.length, 'one event per milestone');
  for (const m of engine.milestones) assert(text.includes(`DTSTART;VALUE=DATE:${m.due.replace(/-/g, '')}\r\n`), `event on ${m.due}`);
  assert(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n') && text.endsWith('END:VCALENDAR\r\n'), 'calendar wrapper with CRLF');
  assert(text.split('\r\n').every((l) => l.length <= 75), 'lines folded at 75 octets');
  await finish(context, p);
}]);

async function choose(p, value) {
  await p.check(`form[data-type=choice] input[value="${value}"]`);
  await p.click('form button[type=submit]');
}
async function atNode(p, id) {
  await p.waitForSelector(`form[data-node="${id}"]`);
  assert(await p.evaluate(() => document.activeElement.classList.contains('cs-question')), `focus on the heading at ${id}`);
}
async function write(p, text) {
  await p.fill('textarea[name=answer]', text);
  await p.click('form button[type=submit]');
}
async function continueOn(p) { await p.click('form button[type=submit]'); }

tests.push(['walkthrough: new complaint for someone else, with help, check answers, change, draft letter', async () => {
  const { context, p } = await page('/walkthrough.html');
  await atNodeLoaded(p, 'start');
  await expectNoAxeViolations(p, 'walkthrough start');
  await continueOn(p);
  await p.waitForSelector('.cs-error-summary');
  assert((await p.title()).startsWith('Error: '), 'error title');
  await expectNoAxeViolations(p, 'walkthrough error');
  await choose(p, 'complain');
  await atNode(p, 'asked-before');
  await choose(p, 'yes');
  await atNode(p, 'when');
  await choose(p, 'within-12-months');
  await atNode(p, 'court');
  await choose(p, 'no');
  await atNode(p, 'who');
  await choose(p, 'someone-else');
  await atNode(p, 'representative');
  await expectNoAxeViolations(p, 'walkthrough text question');
  await write(p, 'My mother, Jane Smith, 4 High Street');
  await atNode(p, 'help');
  await choose(p, 'yes');
  await atNode(p, 'help-details');
  await write(p, 'Large print letters');
  await atNode(p, 'what');
  await write(p, '');
  await p.waitForSelector('.cs-error-summary');
  equal(await p.textContent('.cs-error-summary a'), 'Enter what went wrong', 'required text');
  await write(p, 'The boiler has not worked since 3 March. <script>alert(1)</script>');
  await atNode(p, 'impact');
  await write(p, '');
  await atNode(p, 'want');
  await write(p, 'Fix the boiler this week');
  await atNode(p, 'your-details');
  await write(p, 'Sam Smith, 07000 000000');
  await atNode(p, 'check');
  await expectNoAxeViolations(p, 'walkthrough check answers');
  const rows = await p.$$eval('.cs-summary-list__row', (rs) => rs.map((r) => r.querySelector('dt').textContent));
  assert(rows.includes('What went wrong') && rows.includes('Complaining for'), `check rows: ${rows}`);
  // Change an answer and come back to Check your answers.
  await p.click('[data-change="want"]');
  await atNode(p, 'want');
  equal(await p.inputValue('textarea[name=answer]'), 'Fix the boiler this week', 'answer kept');
  await write(p, 'Fix the boiler by Friday');
  await atNode(p, 'check');
  await continueOn(p);
  await atNode(p, 'complaint-result');
  await expectNoAxeViolations(p, 'walkthrough complaint result');
  const letter = await p.inputValue('textarea.cs-letter');
  assert(letter.startsWith('To Example Homes complaints team'), 'letter opening');
  assert(letter.includes('Fix the boiler by Friday') && letter.includes('<script>alert(1)</script>'), 'typed text kept as text');
  assert(!(await p.$('script:not([src])')), 'typed text never became markup');
  const mail = await p.getAttribute('[data-action=email]', 'href');
  assert(mail.startsWith('mailto:complaints@example-homes.org.uk?subject=Complaint&body=To%20Example%20Homes'), `mailto: ${mail.slice(0, 80)}`);
  const engine = engineDeadlines(['--received', '2025-06-02', '--today', '2025-06-02']);
  equal(await milestones(p), engine.milestones.map((m) => [m.id, m.due]), 'timeline from today is the engine’s');
  const [download] = await Promise.all([p.waitForEvent('download'), p.click('[data-action=download]')]);
  assert(readFileSync(await download.path(), 'utf8').includes('Fix the boiler by Friday'), 'downloaded .txt');
  assert(!(await p.$$eval('.cs-channels a', (as) => as.map((a) => a.href))).some((h) => h.startsWith('javascript:')), 'unsafe channel URL not linked');
  await p.click('[data-action=start-again]');
  await p.click('[data-action=start-again-yes]');  // "Start again" asks first
  await atNode(p, 'start');
  await finish(context, p);
}]);

async function atNodeLoaded(p, id) { await p.waitForSelector(`form[data-node="${id}"]`); }

// Fills in the calculator and waits for the dates.
async function calculate(p, { today, received, stage = '1', ack, ext }) {
  await p.evaluate((t) => document.querySelector('[data-complaints-widget]').setAttribute('data-today', t), today);
  await p.waitForSelector('form.cs-calculator');
  await fillDate(p, 'received', ...received);
  await p.check(`#stage-${stage}`);
  await fillDate(p, 'acknowledged', ...(ack || ['', '', '']));
  await p.check(ext ? '#extension-yes' : '#extension-no');
  if (ext) await fillDate(p, 'extended', ...ext);
  await p.click('form.cs-calculator button[type=submit]');
  await p.waitForSelector('[data-milestone]');
}

tests.push(['calculator 6.2, 6.3: closures are shown but never move a date', async () => {
  // The page's closures are 29-31 December 2025. Received Friday 19 December 2025: the Code's working days are
  // 22, 23, 24, 29, 30 December, so the acknowledgement is due on Tuesday 30 December, a closure day.
  const { context, p } = await page('/deadlines.html');
  await calculate(p, { today: '2026-01-05', received: ['19', '12', '2025'] });
  const engine = engineDeadlines(['--received', '2025-12-19', '--today', '2026-01-05']);
  equal(await milestones(p), engine.milestones.map((m) => [m.id, m.due]), 'the dates without closures');
  equal((await milestones(p))[0], ['acknowledge', '2025-12-30'], 'acknowledge by 30 December');
  equal(await p.$$eval('[data-closure]', (els) => els.map((e) => e.getAttribute('data-closure'))), ['2025-12-29', '2025-12-30', '2025-12-31'],
    'the closures listed');
  assert((await p.textContent('.cs-results')).includes('the Code’s deadlines still count them as working days'), 'closures still count');
  assert(!(await p.$('[data-holiday="2025-12-29"]')), 'a closure is not a day not counted');
  await expectNoAxeViolations(p, 'calculator with closures');
  await finish(context, p);
}]);

tests.push(['calculator 6.3, 6.4: next steps use the response date, the extended date is only the latest without a good reason', async () => {
  const { context, p } = await page('/deadlines.html');
  await calculate(p, { today: '2025-04-08', received: ['14', '3', '2025'] });
  const label = (id) => p.textContent(`[data-milestone=${id}] .cs-milestone__label`);
  equal(await label('extended_response'), 'Latest without a good reason, if extended: ', 'extension label');
  const next = await p.textContent('.cs-next-step');
  assert(next.includes('The response is overdue by 2 working days: it was due by Friday 4 April 2025.') && !next.includes('unless'), `next step: ${next}`);
  assert(next.includes('the Housing Ombudsman\'s contact details') && next.includes('no more than 10 working days'), `extension sentence (6.5): ${next}`);
  equal(next, engineDeadlines(['--received', '2025-03-14', '--today', '2025-04-08']).next_step, 'the engine’s sentence');
  await calculate(p, { today: '2025-04-08', received: ['14', '3', '2025'], ext: ['22', '4', '2025'] });
  equal(await label('extended_response'), 'Extended response by: ', 'a given extension is the date that counts');
  equal(await p.getAttribute('.cs-status', 'data-status'), 'due', 'not overdue inside a given extension');
  equal(await p.getAttribute('.cs-results', 'data-status'), 'due', 'the result says so too');
  await finish(context, p);
}]);

tests.push(['calculator 6.3: a late acknowledgement shows both response dates and how late it was', async () => {
  const { context, p } = await page('/deadlines.html');
  await calculate(p, { today: '2025-04-08', received: ['14', '3', '2025'], ack: ['25', '3', '2025'] });
  equal((await milestones(p))[1], ['response', '2025-04-08'], 'counted from the acknowledgement, as 6.3 is written');
  assert((await p.textContent('[data-milestone=acknowledge]')).includes('2 working days late'), 'late by');
  equal(await p.getAttribute('[data-milestone=response] .cs-milestone__note time', 'datetime'), '2025-04-04', 'had it been acknowledged on time');
  assert((await p.textContent('[data-milestone=response]')).includes('Had it been acknowledged on time: Friday 4 April 2025'), 'in words');
  await expectNoAxeViolations(p, 'calculator late acknowledgement');
  await finish(context, p);
}]);

tests.push(['calculator 15, 5.13: the 2022 Code for a complaint received before 1 April 2024', async () => {
  const { context, p } = await page('/deadlines.html');
  await calculate(p, { today: '2024-03-04', received: ['1', '3', '2024'], stage: '2' });
  const engine = engineDeadlines(['--received', '2024-03-01', '--stage', '2', '--code', 'auto', '--today', '2024-03-04']);
  equal(engine.code, '2022', 'the CLI picks the 2022 Code');
  equal(await milestones(p), engine.milestones.map((m) => [m.id, m.due]), 'no stage 2 acknowledgement, 20 working days from the request');
  assert((await p.textContent('.cs-results')).includes('under the Complaint Handling Code (2022)'), 'says which Code');
  assert((await p.textContent('[data-milestone=response]')).includes('provision 5.13'), 'cites 5.13');
  await calculate(p, { today: '2024-04-03', received: ['2', '4', '2024'], stage: '2' });
  equal((await milestones(p))[0][0], 'acknowledge', 'the 2024 Code from 1 April 2024 (6.11)');
  await finish(context, p);
}]);

tests.push(['calculator 14: no nation to choose, and an older embed’s data-nation and data-code are ignored', async () => {
  const { context, p } = await page('/deadlines-old-embed.html');
  await p.waitForSelector('form.cs-calculator');
  assert(!(await p.$('select, #nation')), 'no nation select');
  // Friday 12 June 2026: Scotland had a bank holiday on Monday 15 June; England did not.
  await calculate(p, { today: '2026-06-15', received: ['12', '6', '2026'] });
  equal((await milestones(p))[0], ['acknowledge', '2026-06-19'], 'England’s bank holidays');
  await calculate(p, { today: '2024-03-04', received: ['1', '3', '2024'], stage: '2' });
  equal((await milestones(p))[0][0], 'response', 'the Code by the date received, not data-code="2024"');
  await finish(context, p);
}]);

tests.push(['walkthrough 15: a complaint escalated before 1 April 2024 gets the 2022 Code’s dates', async () => {
  const { context, p } = await page('/walkthrough.html');
  await atNodeLoaded(p, 'start');
  await choose(p, 'complained');
  await atNode(p, 'where-now');
  await choose(p, 'escalated');
  await atNode(p, 'escalated-on');
  await fillDate(p, 'escalated-on', '1', '3', '2024');
  await continueOn(p);
  await atNode(p, 'stage2-dates');
  const engine = engineDeadlines(['--received', '2024-03-01', '--stage', '2', '--code', 'auto', '--today', '2025-06-02']);
  equal(await milestones(p), engine.milestones.map((m) => [m.id, m.due]), 'the 2022 Code’s stage 2 dates');
  equal(await p.textContent('.cs-next-step'), engine.next_step, 'the engine’s next steps');
  assert(!(await p.textContent('form')).includes('{'), 'no unfilled placeholder');
  await finish(context, p);
}]);

tests.push(['walkthrough: over 12 months and a court claim are explained, never a dead end', async () => {
  const { context, p } = await page('/walkthrough.html');
  await atNodeLoaded(p, 'start');
  await choose(p, 'complain');
  await atNode(p, 'asked-before');
  await choose(p, 'no');
  await atNode(p, 'service-request');
  assert((await p.textContent('form')).includes('Your landlord') || (await p.textContent('form')).includes('Example Homes'), 'service request text');
  await choose(p, 'complain');
  await atNode(p, 'when');
  await choose(p, 'over-12-months');
  await atNode(p, 'late-complaint');
  await expectNoAxeViolations(p, 'walkthrough late complaint');
  await continueOn(p);
  await atNode(p, 'court');
  await choose(p, 'court');
  await atNode(p, 'court-claim');
  await continueOn(p);
  await atNode(p, 'who');
  await p.click('.cs-back-link');
  await atNode(p, 'court-claim');
  await p.click('.cs-back-link');
  await atNode(p, 'court');
  equal(await p.$eval('input[value=court]', (i) => i.checked), true, 'answer shown after Back');
  await finish(context, p);
}]);

tests.push(['walkthrough: already complained — acknowledged, overdue, then escalation and the Ombudsman', async () => {
  const { context, p } = await page('/walkthrough.html');
  await atNodeLoaded(p, 'start');
  await choose(p, 'complained');
  await atNode(p, 'where-now');
  await choose(p, 'acknowledged');
  await atNode(p, 'complained-on');
  await fillDate(p, 'complained-on', '1', 'apr', '2025');
  await continueOn(p);
  await atNode(p, 'acknowledged-on');
  await fillDate(p, 'acknowledged-on', '31', '3', '2025');
  await continueOn(p);
  await p.waitForSelector('.cs-error-summary');
  assert((await p.textContent('.cs-error-summary')).includes('must be the same as or after'), 'ack before complaint');
  await expectNoAxeViolations(p, 'walkthrough date error');
  await fillDate(p, 'acknowledged-on', '3', '4', '2025');
  await continueOn(p);
  await atNode(p, 'stage1-dates');
  const engine = engineDeadlines(['--received', '2025-04-01', '--acknowledged', '2025-04-03', '--today', '2025-06-02']);
  equal(await milestones(p), engine.milestones.map((m) => [m.id, m.due]), 'stage 1 dates are the engine’s');
  equal(await p.getAttribute('.cs-status', 'data-status'), 'overdue', 'overdue shown');
  await expectNoAxeViolations(p, 'walkthrough stage 1 dates');
  await p.click('[data-action=start-again]');
  await p.click('[data-action=start-again-yes]');  // "Start again" asks first
  await choose(p, 'complained');
  await atNode(p, 'where-now');
  await choose(p, 'stage1-response');
  await atNode(p, 'escalate-reasons');
  await write(p, '');
  await atNode(p, 'escalate-details');
  await write(p, '');
  await atNode(p, 'escalate-check');
  await continueOn(p);
  await atNode(p, 'escalation-result');
  const letter = await p.inputValue('textarea.cs-letter');
  assert(letter.includes('Please take my complaint to stage 2') && !letter.includes('Why I am still unhappy'), 'stage 2 request without reasons');
  await expectNoAxeViolations(p, 'walkthrough escalation result');
  await p.click('[data-action=start-again]');
  await p.click('[data-action=start-again-yes]');  // "Start again" asks first
  await choose(p, 'complained');
  await atNode(p, 'where-now');
  await choose(p, 'final-response');
  await atNode(p, 'final-response-on');
  await fillDate(p, 'final-response-on', '28', '2', '2025');
  await continueOn(p);
  await atNode(p, 'ombudsman-after-final');
  equal(await p.getAttribute('.cs-window time', 'datetime'), '2026-02-28', 'Ombudsman window end');
  assert((await p.textContent('form')).includes('0300 111 3000'), 'Ombudsman phone shown');
  await expectNoAxeViolations(p, 'walkthrough ombudsman');
  await finish(context, p);
}]);

tests.push(['walkthrough: keyboard only', async () => {
  const { context, p } = await page('/walkthrough.html');
  await atNodeLoaded(p, 'start');
  await p.focus('.cs-question');
  await p.keyboard.press('Tab');  // first radio
  await p.keyboard.press('ArrowDown');  // "I have already complained"
  await p.keyboard.press('Tab');  // Continue
  await p.keyboard.press('Enter');
  await atNode(p, 'where-now');
  await p.keyboard.press('Tab');
  for (let i = 0; i < 5; i++) await p.keyboard.press('ArrowDown');  // refused or late
  await p.keyboard.press('Enter');  // submits the form from a radio
  await atNode(p, 'ombudsman-now');
  // Back by keyboard: Shift+Tab from the heading reaches the back link.
  await p.keyboard.press('Shift+Tab');
  equal(await p.evaluate(() => document.activeElement.className), 'cs-back-link', 'back link reachable');
  await p.keyboard.press('Enter');
  await atNode(p, 'where-now');
  await finish(context, p);
}]);

tests.push(['no JavaScript: the page still says what to do', async () => {
  for (const path of ['/deadlines.html', '/walkthrough.html']) {
    const { context, p } = await page(path, { javaScriptEnabled: false });
    assert(await p.$('.cs-nojs'), `no-JS content on ${path}`);
    await context.close();
  }
}]);

await run(tests, { timeoutMs: 240000, cleanup: async () => { await browser.close(); server.close(); } });
