// The widget's wasm build answers exactly as the native engine: deadlines (against `complaints-site deadlines`),
// the walkthrough (against `complaints-site walkthrough`), and its JS has no dynamic code (strict CSP). The calculator
// alone (widget-deadlines.js + .wasm, for the site's /deadlines/ page) gives the same deadlines and has no walkthrough.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { missing } from '../lib/prerequisites.mjs';

delete globalThis.fetch;  // Emscripten 3.1.6 takes Node 20 for a browser when fetch exists
const [wasmDir, cli] = process.argv.slice(2);
if (!existsSync(`${wasmDir}/widget.js`)) missing(`${wasmDir}/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
// The build is for the web only (smaller): Node hands it the wasm bytes itself.
const load = (name) => createRequire(import.meta.url)(`${wasmDir}/${name}.js`)({ wasmBinary: readFileSync(`${wasmDir}/${name}.wasm`) });
const engines = { widget: await load('widget'), 'widget-deadlines': await load('widget-deadlines') };
let engine = engines.widget;
let label = '';  // which build a failure is about
let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.error(`FAIL ${label}${what}${detail ? `\n  ${detail}` : ''}`);
  }
}
function call(fn, request, words) {
  const inputs = [request, words].map((value) => {
    if (value === undefined) return 0;
    const text = typeof value === 'string' ? value : JSON.stringify(value);
    const size = engine.lengthBytesUTF8(text) + 1;
    const input = engine._malloc(size);
    engine.stringToUTF8(text, input, size);
    return input;
  });
  const output = engine[fn](inputs[0], inputs[1]);
  const result = engine.UTF8ToString(output);
  engine._cs_free_string(output);
  for (const input of inputs) if (input) engine._free(input);
  return result;
}

for (const name of Object.keys(engines)) {
  engine = engines[name];
  label = `${name}: `;
  // 1. Deadlines: wasm (plain and view) against the CLI's JSON.
  const deadlineCases = [
    ['--received', '2025-04-14', '--today', '2025-04-22'],
    ['--received', '2025-12-19', '--nation', 'scotland', '--stage', '2', '--today', '2026-01-20'],
    ['--received', '2024-03-28', '--acknowledged', '2024-04-09', '--extension', '15', '--code', 'auto'],
    ['--received', '2025-08-22', '--nation', 'northern-ireland', '--extension', '0'],
  ];
  for (const args of deadlineCases) {
    const native = JSON.parse(execFileSync(cli, ['deadlines', ...args, '--format', 'json']).toString());
    const req = {};
    for (let i = 0; i < args.length; i += 2) {
      const key = { '--received': 'received', '--today': 'today', '--nation': 'nation', '--stage': 'stage', '--acknowledged': 'acknowledged',
        '--extension': 'extension_working_days', '--code': 'code' }[args[i]];
      req[key] = ['stage', 'extension_working_days'].includes(key) ? Number(args[i + 1]) : args[i + 1];
    }
    const plain = JSON.parse(call('_cs_deadlines', req));
    check(JSON.stringify(plain) === JSON.stringify(native), `cs_deadlines ${args.join(' ')}`, `${JSON.stringify(plain)}\n  ${JSON.stringify(native)}`);
    const view = JSON.parse(call('_cs_deadlines_view', req));
    for (const m of view.milestones) {
      check(typeof m.due_long === 'string' && m.due_long.length > 10, `due_long for ${m.id}`);
      delete m.due_long; delete m.summary; delete m.actual_long; delete m.due_if_acknowledged_on_time_long;
    }
    for (const h of view.holidays_in_range) delete h.date_long;
    for (const c of view.closures_in_range) delete c.date_long;
    delete view.received_long;
    delete view.code_title;
    if (view.status) delete view.status.today_long;
    check(JSON.stringify(view) === JSON.stringify(native), `cs_deadlines_view ${args.join(' ')} is the engine's answer plus written-out dates`,
      `${JSON.stringify(view)}\n  ${JSON.stringify(native)}`);
  }

  // A translated site sends its next-step sentences (its "engine" words) as a second argument; the rest stays English.
  {
    const native = JSON.parse(execFileSync(cli, ['deadlines', '--received', '2025-04-14', '--today', '2025-04-22', '--format', 'json']).toString());
    const view = JSON.parse(call('_cs_deadlines_view', { received: '2025-04-14', today: '2025-04-22' },
      { next_steps: { plan_stage1: '[xx] Ack {acknowledge}, réply {response}.' } }));
    const rest = native.next_step.slice(native.next_step.indexOf('. ') + 2);
    const due = (id) => view.milestones.find((m) => m.id === id).due_long;
    check(view.next_step === `[xx] Ack ${due('acknowledge')}, réply ${due('response')}. ${rest}`,
      'cs_deadlines_view with words: the translated sentence, English after it', view.next_step);
    check(JSON.stringify(view.milestones.map((m) => m.due)) === JSON.stringify(native.milestones.map((m) => m.due)), 'cs_deadlines_view with words: same dates');
    const english = JSON.parse(call('_cs_deadlines_view', { received: '2025-04-14', today: '2025-04-22' }));
    check(english.next_step === native.next_step, 'cs_deadlines_view without words: English again', english.next_step);
  }
}
engine = engines.widget;
label = '';
check(!('_cs_walkthrough' in engines['widget-deadlines']), 'widget-deadlines has no cs_walkthrough');

// 2. The walkthrough: byte-identical answers from wasm and the native CLI.
const walkthroughCases = [
  {},
  { answers: { start: 'complain' } },
  { answers: { start: 'complain', 'asked-before': 'yes', when: 'over-12-months' }, today: '2025-06-02', landlord: 'Example Homes' },
  { answers: { start: 'complain', 'asked-before': 'yes', when: 'ongoing', court: 'no', who: 'someone-else', representative: 'Jane, my mother',
    help: 'no', what: 'Damp in the bedroom “since March” — £200 of damage', impact: '', want: 'Fix it', 'your-details': '', check: 'continue' },
    today: '2025-04-14', landlord: 'Example Homes', closures: ['2025-04-15'] },
  { answers: { start: 'complained', 'where-now': 'acknowledged', 'complained-on': '2025-04-01', 'acknowledged-on': '2025-04-03' }, today: '2025-06-02', nation: 'scotland' },
  { answers: { start: 'complained', 'where-now': 'final-response', 'final-response-on': '2025-02-28' }, today: '2026-03-02' },
  // "auto": the 2022 Code for a request made before 1 April 2024; closures listed, never moving a date; a late acknowledgement.
  { answers: { start: 'complained', 'where-now': 'escalated', 'escalated-on': '2024-03-01' }, today: '2024-03-04', code: 'auto' },
  { answers: { start: 'complained', 'where-now': 'acknowledged', 'complained-on': '2026-12-18', 'acknowledged-on': '2027-01-04' },
    today: '2027-01-05', code: 'auto', closures: ['2026-12-29', '2026-12-30', '2026-12-31'] },
  { answers: { start: 'complained', 'where-now': 'stage1-response', 'escalate-reasons': '', 'escalate-details': 'Ref 123', 'escalate-check': 'continue' }, today: '2025-06-02' },
  { answers: { start: 'complain', 'asked-before': 'yes', when: 'ongoing' }, at: 'when' },
  // A translated site's engine words (data-i18n "engine"): screens, choice labels, letters and next steps.
  { answers: { start: 'complain', 'asked-before': 'yes', when: 'ongoing', court: 'no', who: 'myself', help: 'no', what: 'w', impact: '',
    want: 'x', 'your-details': '', check: 'continue' }, today: '2025-06-02',
    words: { walkthrough: { 'complaint-result': { title: '[xx] Dräft', body_2: '[xx] Dätés' }, when: { choices: { ongoing: { label: '[xx] Nöw' } } } },
      letters: { complaint: { part_3: '[xx] Ï wänt tö çömpläïn.' } }, next_steps: { plan_stage1: '[xx] By {acknowledge}.' } } },
  { answers: { start: 'complain', 'asked-before': 'yes', when: 'ongoing' }, at: 'when', words: { walkthrough: { when: { choices: { ongoing: { label: '[xx] Nöw' } } } } } },
  { words: 'cy' },
  { answers: { start: 'bogus' } },
  { answers: { nowhere: 'x' } },
  { colour: 'red' },
  '{not json',
  // The widget's own JSON codec (wasm/json_codec.h) reads and writes as nlohmann/json does natively: repeated keys,
  // the smallest unknown key, escapes and surrogate pairs, control characters written back, numbers.
  '{"answers":{"start":"complained"},"answers":{"start":"complain"}}',
  '{"zeta":1,"alpha":2}',
  '{"answers":{"who":1,"start":2}}',
  '\uFEFF{"answers":{"start":"complain"}}',
  '{"landlord":"A \\"B\\" \\\\ C\\u0007\\ud83d\\ude00","today":"2025-06-02","answers":{"start":"complain","asked-before":"yes","when":"ongoing","court":"no","who":"myself","help":"no","what":"tab\\there\\nline\\u00e9","impact":"","want":"x","your-details":"","check":"continue"}}',
  '{"answers":{"start":"\\ud83d"}}',
  '{"today":"2025-06-02","x":1e400}',
  '{"today":"2025-06-02","x":1.7976931348623157e308}',
  '{"answers":{"start":"complain"}} x',
  '[1,]',
];
for (const req of walkthroughCases) {
  const text = typeof req === 'string' ? req : JSON.stringify(req);
  const wasm = call('_cs_walkthrough', text);
  let native;
  try {
    native = execFileSync(cli, ['walkthrough', '--request', text], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch (e) {
    native = e.stdout.toString().trim();  // exit 2 for a bad request, JSON still printed
  }
  check(wasm === native, `walkthrough ${text.slice(0, 80)}`, `wasm:   ${wasm.slice(0, 300)}\n  native: ${native.slice(0, 300)}`);
}

for (const name of Object.keys(engines)) {
  engine = engines[name];
  label = `${name}: `;
  // 3. Typed dates.
  const typed = JSON.parse(call('_cs_date_input', { day: '3', month: 'mar', year: '2025', field: 'the date' }));
  check(typed.date === '2025-03-03' && typed.long === 'Monday 3 March 2025', 'typed date "3 mar 2025"', JSON.stringify(typed));
  const bad = JSON.parse(call('_cs_date_input', { day: '29', month: '2', year: '2025', field: 'the date' }));
  check(bad.error && bad.error.code === 'not_real' && bad.error.part === 'day', 'typed date 29 2 2025 is not real', JSON.stringify(bad));
}
label = '';

// 4. No dynamic code in the JS (the page's CSP has no 'unsafe-eval').
for (const name of Object.keys(engines)) {
  const js = readFileSync(`${wasmDir}/${name}.js`, 'utf8');
  for (const pattern of [/\beval\s*\(/, /new\s+Function\s*\(/, /\bFunction\s*\(\s*["'`]/, /setTimeout\s*\(\s*["'`]/, /setInterval\s*\(\s*["'`]/]) {
    check(!pattern.test(js), `${name}.js has no ${pattern}`);
  }
  check(!/\.innerHTML\s*=/.test(js), `${name}.js never assigns innerHTML`);  // minified: the loader and the view alike
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
