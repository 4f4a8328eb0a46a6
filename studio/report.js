// The "Annual report" screen: annual-reports/<year>.json one year at a time (Code 8.1, 8.2): the homes and period, the
// case log as the case system exports it (read by the engine; the officer names the columns it does not recognise,
// saved as <year>.columns.json), the figures the site will show (CH01, CH02), the narrative parts (b)–(f) and the
// governing body's response. See docs/annual-report.md.
export const screen = { id: 'annual-report', name: 'Annual report' };

const DIR = 'annual-reports/';
const TOP = ['$schema', 'period', 'homes', 'cases', 'b_qualitative', 'c_ombudsman_findings', 'd_service_improvements',
  'e_ombudsman_annual_report', 'f_other_reports', 'governing_body_response'];
// Code 8.1's parts in its own words (docs/annual-report.md), with what helps an officer write them.
const PARTS = [
  ['b_qualitative', 'b', 'a qualitative and quantitative analysis of complaint handling performance, including the types of complaints refused',
    'What the figures tell you: the themes, what went well and what did not, and the kinds of complaints you did not take on and why. The figures themselves are added to the page for you.'],
  ['c_ombudsman_findings', 'c', 'any findings of non-compliance with the Code by the Ombudsman',
    'If there were none, say so, for example "The Ombudsman made no findings of non-compliance with the Code against us this year."'],
  ['d_service_improvements', 'd', 'the service improvements made as a result of the learning from complaints',
    'What you changed because of what residents told you. If nothing changed, say so and why.'],
  ['e_ombudsman_annual_report', 'e', 'any annual report about the landlord\'s performance from the Ombudsman',
    'Summarise it and link to it. If there was none, say so.'],
  ['f_other_reports', 'f', 'any other relevant reports or publications produced by the Ombudsman about the landlord',
    'For example a spotlight report you acted on. If there were none, say so.'],
];
// What each column of the case log holds, in the officer's words (the engine's keys stay out of sight).
const FIELD_LABELS = {
  reference: 'Case reference', stage: 'Stage (1 or 2)', received: 'Date received', acknowledged: 'Date acknowledged',
  responded: 'Date of the response', extension: 'Extension', outcome: 'Outcome', category: 'Category',
  refused_reason: 'Why a complaint was refused', stage2_received: 'Stage 2: date it was asked for',
  stage2_acknowledged: 'Stage 2: date acknowledged', stage2_responded: 'Stage 2: date of the response',
  stage2_extension: 'Stage 2: extension', stage2_outcome: 'Stage 2: outcome', stage2_refused_reason: 'Stage 2: why it was refused',
};
// Fields whose label says all their hint would.
const OBVIOUS = ['reference', 'stage', 'received', 'acknowledged', 'responded'];
const SEPARATORS = { comma: 'commas', semicolon: 'semicolons', tab: 'tabs', pipe: '| characters' };

let app = null;
let root = null;
const state = {
  year: null, // the year shown
  rendered: null, // the year the body was built for
  dirty: true, // rebuild the body when next shown
  touched: new Set(), // the year's fields the officer changed since it was shown
  log: null, // the case log being looked at: {name, bytes, saved, baseline, chosen, dateOrder, result}
  figuresStale: true,
  focusAfterShow: null,
};
const h = (...args) => app.el(...args);
const byId = (id) => document.getElementById(id);

// ---------------------------------------------------------------------------------------------------------------
// The year's file
const yearPath = (year) => `${DIR}${year}.json`;
const casesPath = (year) => `${DIR}${year}-cases.csv`;
const columnsPath = (year) => `${DIR}${year}.columns.json`;
function years() {
  if (!app.content) return [];
  return [...app.content.keys()].map((p) => /^annual-reports\/(\d{4}-\d{2})\.json$/.exec(p)).filter(Boolean).map((m) => m[1]).sort().reverse();
}
const readYear = (year) => app.readJson(yearPath(year));
/** The year's own dates, 1 April to 31 March (core's financial year rule, through the engine). */
function defaultPeriod(year) { return app.engine.financialYearPeriod(year); }
function writeFile(year, obj) {
  const out = {};
  for (const key of TOP) if (key in obj) out[key] = obj[key];
  for (const [key, value] of Object.entries(obj)) if (!(key in out)) out[key] = value;
  const json = `${JSON.stringify(out, null, 2)}\n`;
  if (json !== app.text(yearPath(year))) app.putFile(yearPath(year), json);
}
/** The officer's edits into annual-reports/<year>.json: only what was touched; other keys are kept as they were. */
function writeYear() {
  if (app.readOnly || !app.content || state.rendered === null) return;
  const year = state.rendered;
  const { obj } = readYear(year);
  if (!obj) return;
  for (const [key, letter] of PARTS) {
    if (!state.touched.has(key)) continue;
    const v = byId(`ar-${letter}`).value;
    if (v) obj[key] = v; else delete obj[key];
  }
  if (state.touched.has('homes')) {
    const homes = homesValue(byId('ar-homes').value);
    if (homes.value) obj.homes = homes.value;
  }
  if (state.touched.has('period')) {
    const from = app.dateValue('ar-from');
    const to = app.dateValue('ar-to');
    if (from.iso && to.iso) obj.period = { from: from.iso, to: to.iso };
    else if (from.iso === '' && to.iso === '') delete obj.period;
  }
  if (state.touched.has('response')) {
    const g = obj.governing_body_response && typeof obj.governing_body_response === 'object' && !Array.isArray(obj.governing_body_response) ? { ...obj.governing_body_response } : {};
    const text = byId('ar-response-text').value;
    const by = byId('ar-response-by').value;
    const date = app.dateValue('ar-response-date');
    if (text) g.text = text; else delete g.text;
    if (date.iso) g.date = date.iso; else if (date.iso === '') delete g.date;
    if (by) g.by = by; else delete g.by;
    const ordered = {};
    for (const key of ['text', 'date', 'by']) if (key in g) ordered[key] = g[key];
    for (const [key, value] of Object.entries(g)) if (!(key in ordered)) ordered[key] = value;
    if (Object.keys(ordered).length) obj.governing_body_response = ordered; else delete obj.governing_body_response;
  }
  writeFile(year, obj);
}
let writeSoon = null;
function homesValue(raw) {
  const s = String(raw).trim().replace(/[,\s]/g, '');
  if (!s) return { problem: 'Enter the number of homes you owned at the end of the year' };
  if (!/^\d+$/.test(s) || Number(s) < 1) return { problem: 'Enter the number of homes as a whole number above 0, for example 8400' };
  return { value: Number(s) };
}

// ---------------------------------------------------------------------------------------------------------------
// Small pieces
function fieldGroup(id, label, hint, control) {
  return h('div', { class: 'form-group', 'data-ar-group': id },
    h('label', { class: 'label', for: id, text: label }),
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
    h('p', { class: 'error-message', id: `${id}-error`, hidden: true }),
    h('div', { class: 'field-errors', id: `${id}-errors` }),
    control);
}
function describe(id, hint = true) { return [hint ? `${id}-hint` : '', `${id}-error`, `${id}-errors`].join(' ').trim(); }
function showProblem(id, problem) {
  const message = byId(`${id}-error`);
  if (!message) return;
  message.hidden = !problem;
  message.replaceChildren(...(problem ? [h('span', { class: 'visually-hidden', text: 'Error: ' }), problem] : []));
  message.closest('.form-group')?.classList.toggle('form-group--error', !!problem);
  const input = byId(id);
  if (problem) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid');
}
function textarea(id, value, rows, hintId) {
  const area = h('textarea', { class: 'textarea', id, name: id, rows: String(rows), 'aria-describedby': hintId, 'data-edit': true, disabled: app.readOnly });
  area.value = typeof value === 'string' ? value : '';
  return area;
}
function sentence(s) { const t = String(s || '').trim(); return t ? t[0].toUpperCase() + t.slice(1) : t; }
const plural = (n, one, many) => `${n} ${n === 1 ? one : many}`;

// ---------------------------------------------------------------------------------------------------------------
// The screen
export function install(theApp, section) {
  app = theApp;
  root = section;
  writeSoon = app.debounce(writeYear, 300);
  section.append(
    h('h1', { id: 'annual-report-title', tabindex: '-1', text: 'Annual report' }),
    h('div', { 'data-needs-content': true, hidden: true }),
    h('div', { 'data-has-content': true },
      h('p', { class: 'lead', text: 'Each year you publish a complaints performance and service improvement report (Code 8.1), with your governing body\'s response (Code 8.2). The studio works out the figures from your case system\'s export. Changes are saved as you type.' }),
      h('div', { 'data-ar-errors': true }),
      h('div', { 'data-ar-result': true }),
      h('div', { class: 'form-group', 'data-ar-choose': true, hidden: true },
        h('label', { class: 'label', for: 'ar-year', text: 'Year' }),
        h('p', { class: 'hint', id: 'ar-year-hint', text: 'Financial years (April to March), newest first. Choose "Start a new year" to begin the next one.' }),
        h('select', { class: 'select', id: 'ar-year', name: 'ar-year', 'aria-describedby': 'ar-year-hint' })),
      newYearForm(),
      h('div', { 'data-ar-body': true })));
  byId('ar-year').addEventListener('change', () => {
    writeSoon.flush();
    root.querySelector('[data-ar-result]').replaceChildren();
    root.querySelector('[data-ar-errors]').replaceChildren();
    const value = byId('ar-year').value;
    if (value === 'new') { showNewForm(true); return; }
    state.year = value;
    render();
  });
  root.querySelector('[data-ar-new]').addEventListener('submit', startYear);
  const body = root.querySelector('[data-ar-body]');
  body.addEventListener('input', (event) => edited(event, false));
  body.addEventListener('change', (event) => edited(event, true));
  body.addEventListener('focusout', (event) => {
    const group = event.target.closest('[data-date]');
    if (group && !group.contains(event.relatedTarget)) app.showDateProblem(group.dataset.date);
  });
  body.addEventListener('click', clicked);
  // From the Check screen: show the year a finding is about before app.js goes to its field.
  document.addEventListener('click', (event) => {
    const go = event.target.closest('[data-go="annual-report"][data-ar-year]');
    if (!go) return;
    if (state.year !== go.dataset.arYear) { writeSoon.flush(); state.year = go.dataset.arYear; state.dirty = true; }
    state.focusAfterShow = go.dataset.focus || null;
  }, true);
  const flush = () => writeSoon.flush();
  window.addEventListener('pagehide', flush, true);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') flush(); }, true);
}

export function show() {
  if (state.dirty || state.rendered !== state.year || state.rendered === null) render();
  else byId('ar-part-a')?.replaceWith(partA(state.rendered)); // the self-assessment may have been started since
  if (state.focusAfterShow) {
    const target = byId(state.focusAfterShow);
    const details = target && target.closest('details');
    if (details) details.open = true;
    state.focusAfterShow = null;
  }
  if (state.figuresStale) renderFigures();
}
export function changed({ external }) {
  if (external) {
    writeSoon.cancel();
    state.log = null;
    state.dirty = true;
    if (!root.hidden) render();
  }
  state.figuresStale = true;
  if (!root.hidden) scheduleFigures();
}
export function checked() {
  if (state.rendered !== null && !state.dirty) renderFindings();
}
export function checkTitle(file) {
  const which = fileYear(file);
  if (!which) return null;
  if (which.kind === 'cases') return `Annual report ${which.year}: the case log`;
  if (which.kind === 'columns') return `Annual report ${which.year}: which column holds what`;
  return `Annual report ${which.year}`;
}
export function actionFor(d) {
  const which = fileYear(d.file);
  if (!which) return null;
  const id = fieldFor(d, which);
  const label = id ? labelOf(id) : '';
  return h('p', {}, h('a', { href: '#annual-report', 'data-go': 'annual-report', 'data-ar-year': which.year, 'data-focus': id || '',
    text: label ? `Go to "${label}" in the ${which.year} annual report` : `Go to the ${which.year} annual report` }));
}

/** Which year and which of its files a content path is: {year, kind: report|cases|columns}, or null. */
function fileYear(file) {
  const m = /^(?:content\/)?annual-reports\/(.+)$/.exec(file || '');
  if (!m) return null;
  const name = m[1];
  let r = /^(\d{4}-\d{2})\.json$/.exec(name);
  if (r) return { year: r[1], kind: 'report' };
  r = /^(\d{4}-\d{2})\.columns\.json$/.exec(name);
  if (r) return { year: r[1], kind: 'columns' };
  for (const year of years()) {
    const { obj } = readYear(year);
    if (obj && obj.cases === name) return { year, kind: 'cases' };
  }
  r = /^(\d{4}-\d{2})/.exec(name);
  return r ? { year: r[1], kind: 'cases' } : null;
}
const FIELD_IDS = { homes: 'ar-homes', cases: 'ar-cases-file', period: 'ar-from-day' };
for (const [key, letter] of PARTS) FIELD_IDS[key] = `ar-${letter}`;
/** The element a diagnostic is about, by its place in the file (or the key its message names). */
function fieldFor(d, which) {
  if (which.kind === 'cases') return 'ar-cases-file';
  if (which.kind === 'columns') {
    const key = Object.keys(FIELD_LABELS).find((k) => new RegExp(`"${k}"`).test(d.message || ''));
    return key ? `ar-col-${key}` : 'ar-cases-file';
  }
  if (d.code === 'report.response.missing' || d.code === 'ar.response.missing') return 'ar-response-text';
  if (d.code === 'report.self_assessment.missing') return 'ar-part-a';
  let path = [];
  if (d.line > 0 && typeof app.jsonMarks === 'function') {
    const marks = app.jsonMarks(app.text(yearPath(which.year)) || '');
    let best = null;
    for (const mk of marks) if (mk.line < d.line || (mk.line === d.line && mk.col <= Math.max(d.column, 1))) best = mk;
    if (best && best.line === d.line) path = best.path;
  }
  const named = (list) => list.find((k) => (d.message || '').includes(`"${k}"`));
  if (!path.length) { const key = named(TOP); if (key) path = [key]; }
  if (path[0] === 'governing_body_response') {
    const sub = path[1] || named(['text', 'date', 'by']) || 'text';
    return { text: 'ar-response-text', date: 'ar-response-date-day', by: 'ar-response-by' }[sub] || 'ar-response-text';
  }
  if (path[0] === 'period') return path[1] === 'to' ? 'ar-to-day' : 'ar-from-day';
  return FIELD_IDS[path[0]] || null;
}
function labelOf(id) {
  const known = { 'ar-homes': 'Homes owned at the end of the year', 'ar-cases-file': 'The case log', 'ar-from-day': 'Reporting period',
    'ar-to-day': 'Reporting period', 'ar-response-text': 'The governing body\'s response', 'ar-response-date-day': 'When it was agreed',
    'ar-response-by': 'Who responded', 'ar-part-a': 'Part (a): the self-assessment' };
  if (known[id]) return known[id];
  const part = PARTS.find(([, letter]) => id === `ar-${letter}`);
  if (part) return `Code 8.1(${part[1]})`;
  const col = /^ar-col-(.+)$/.exec(id);
  return col ? `Which column holds: ${FIELD_LABELS[col[1]] || col[1]}` : '';
}

// ---------------------------------------------------------------------------------------------------------------
// Choosing and starting a year
function newYearForm() {
  return h('form', { class: 'sa-new', 'data-ar-new': true, novalidate: true, hidden: true, 'aria-labelledby': 'ar-new-title' },
    h('h2', { id: 'ar-new-title', text: 'Start a year\'s report' }),
    fieldGroup('ar-new-year', 'Year the report covers', 'A financial year (1 April to 31 March), for example 2025-26.',
      h('input', { class: 'input input--short', id: 'ar-new-year', name: 'ar-new-year', type: 'text', inputmode: 'numeric', spellcheck: 'false', 'aria-describedby': describe('ar-new-year'), 'data-edit': true })),
    fieldGroup('ar-new-homes', 'Homes owned at the end of the year', 'The number of homes you owned on the last day of the year, as you give it to the Regulator for the Tenant Satisfaction Measures. The studio divides the complaints by it for CH01.',
      h('input', { class: 'input input--short', id: 'ar-new-homes', name: 'ar-new-homes', type: 'text', inputmode: 'numeric', spellcheck: 'false', 'aria-describedby': describe('ar-new-homes'), 'data-edit': true })),
    h('details', { class: 'details', 'data-ar-new-period': true },
      h('summary', { class: 'details__summary' }, h('span', { text: 'The year does not run from 1 April to 31 March' })),
      h('div', { class: 'details__text' },
        h('p', { text: 'Most landlords report on the financial year. If yours is different, give its first and last day. Leave these empty for 1 April to 31 March.' }),
        app.dateInput('ar-new-from', 'First day', 'For example 1 4 2025', '', {}),
        app.dateInput('ar-new-to', 'Last day', 'For example 31 3 2026', '', {}))),
    h('button', { type: 'submit', class: 'button', 'data-edit': true, text: 'Start this year\'s report' }));
}
function showNewForm(show) {
  const list = years();
  const form = root.querySelector('[data-ar-new]');
  form.hidden = !show;
  root.querySelector('[data-ar-body]').hidden = show && list.length > 0;
  if (!show) return;
  const input = byId('ar-new-year');
  if (!input.value || !app.validYear(input.value) || list.includes(input.value)) {
    const last = app.lastFinancialYear();
    input.value = list.includes(last) ? `${Number(list[0].slice(0, 4)) + 1}-${String((Number(list[0].slice(0, 4)) + 2) % 100).padStart(2, '0')}` : last;
  }
}
function startYear(event) {
  event.preventDefault();
  if (app.readOnly || !app.content) return;
  const errors = root.querySelector('[data-ar-errors]');
  errors.replaceChildren();
  root.querySelector('[data-ar-result]').replaceChildren();
  const year = byId('ar-new-year').value.trim();
  const problems = [];
  let yearProblem = '';
  if (!app.validYear(year)) yearProblem = 'Enter the year as a financial year: two years in a row, for example 2025-26';
  else if (years().includes(year)) yearProblem = `There is already a report for ${year}: choose it under Year`;
  showProblem('ar-new-year', yearProblem);
  if (yearProblem) problems.push({ text: yearProblem, target: 'ar-new-year' });
  const homes = homesValue(byId('ar-new-homes').value);
  showProblem('ar-new-homes', homes.problem || '');
  if (homes.problem) problems.push({ text: homes.problem, target: 'ar-new-homes' });
  const from = app.dateValue('ar-new-from');
  const to = app.dateValue('ar-new-to');
  app.showDateProblem('ar-new-from');
  app.showDateProblem('ar-new-to');
  if (from.problem) problems.push({ text: `First day of the year: ${from.problem}`, target: 'ar-new-from-day' });
  if (to.problem) problems.push({ text: `Last day of the year: ${to.problem}`, target: 'ar-new-to-day' });
  if (!from.problem && !to.problem && !!from.iso !== !!to.iso) {
    problems.push({ text: 'Give both the first and the last day of the year, or leave both empty for 1 April to 31 March', target: from.iso ? 'ar-new-to-day' : 'ar-new-from-day' });
  } else if (from.iso && to.iso && from.iso > to.iso) {
    problems.push({ text: 'The last day of the year must be after the first', target: 'ar-new-to-day' });
  }
  if (problems.length) {
    if (problems.some((p) => p.target.startsWith('ar-new-from') || p.target.startsWith('ar-new-to'))) root.querySelector('[data-ar-new-period]').open = true;
    app.errorSummary(errors, 'There is a problem', problems);
    return;
  }
  const obj = {};
  if (from.iso && to.iso) obj.period = { from: from.iso, to: to.iso };
  obj.homes = homes.value;
  writeFile(year, obj);
  state.year = year;
  state.log = null;
  render();
  const box = root.querySelector('[data-ar-result]');
  box.replaceChildren(h('div', { class: 'success', tabindex: '-1', 'aria-labelledby': 'ar-result-title' },
    h('h2', { id: 'ar-result-title', text: `The ${year} report is started` }),
    h('p', {}, 'Next: ', h('a', { href: '#ar-cases-file', 'data-focus': 'ar-cases-file', text: 'choose your case system\'s export' }),
      ' so the studio can work out the figures.')));
  box.firstChild.focus();
}

// ---------------------------------------------------------------------------------------------------------------
// The year's body
function render() {
  state.dirty = false;
  writeSoon.cancel();
  const body = root.querySelector('[data-ar-body]');
  const list = app.content ? years() : [];
  if (!list.includes(state.year)) { state.year = list[0] || null; state.log = null; }
  const choose = root.querySelector('[data-ar-choose]');
  choose.hidden = !list.length;
  byId('ar-year').replaceChildren(...list.map((y) => h('option', { value: y, selected: y === state.year, text: y })),
    h('option', { value: 'new', text: 'Start a new year' }));
  showNewForm(!list.length && !!app.content);
  state.rendered = null;
  state.touched = new Set();
  if (!state.year) { body.replaceChildren(); return; }
  if (state.log && state.log.year !== state.year) state.log = null;
  const year = state.year;
  const { obj, error } = readYear(year);
  if (!obj) {
    body.replaceChildren(h('div', {}));
    app.errorSummary(body.firstChild, `The ${year} report cannot be shown`, [{ text: `${yearPath(year)} has a mistake the studio cannot read (${error}). Correct the file in a text editor and bring the content in again on the Start screen.` }], { focus: false });
    return;
  }
  const period = obj.period && typeof obj.period === 'object' ? obj.period : {};
  const response = obj.governing_body_response && typeof obj.governing_body_response === 'object' ? obj.governing_body_response : {};
  const def = defaultPeriod(year);
  const customPeriod = (period.from && period.from !== def.from) || (period.to && period.to !== def.to);
  const homes = h('input', { class: 'input input--short', id: 'ar-homes', name: 'ar-homes', type: 'text', inputmode: 'numeric', spellcheck: 'false',
    value: Number.isInteger(obj.homes) ? String(obj.homes) : obj.homes === undefined ? '' : String(obj.homes), 'aria-describedby': describe('ar-homes'), 'data-ar': 'homes', 'data-edit': true, disabled: app.readOnly });
  body.replaceChildren(
    h('h2', { class: 'sa-year-title', id: 'ar-year-title', text: `The ${year} report` }),
    h('p', { class: 'counts', 'data-ar-counts': true }),
    h('div', { 'data-ar-other-findings': true }),
    h('nav', { 'aria-label': `Parts of the ${year} report` }, h('ul', { class: 'ar-contents' },
      h('li', {}, h('a', { href: '#ar-cases-title', 'data-focus': 'ar-cases-title', text: 'The case log' })),
      h('li', {}, h('a', { href: '#ar-figures-title', 'data-focus': 'ar-figures-title', text: 'The figures' })),
      h('li', {}, h('a', { href: '#ar-words-title', 'data-focus': 'ar-words-title', text: 'What the report says' })),
      h('li', {}, h('a', { href: '#ar-response-title', 'data-focus': 'ar-response-title', text: 'The governing body\'s response' })))),
    h('div', { class: 'sa-about' },
      fieldGroup('ar-homes', 'Homes owned at the end of the year', 'As you give it to the Regulator for the Tenant Satisfaction Measures. The studio divides the complaints by it for CH01.', homes),
      h('details', { class: 'details', open: customPeriod || undefined },
        h('summary', { class: 'details__summary' }, h('span', { 'data-ar-period-summary': true, text: periodText(period.from || def.from, period.to || def.to) })),
        h('div', { class: 'details__text' },
          h('p', { text: 'Most landlords report on the financial year, 1 April to 31 March. Change the dates only if yours is different; empty both to go back to 1 April to 31 March.' }),
          h('div', { class: 'field-errors', id: 'ar-from-day-errors' }),
          app.dateInput('ar-from', 'First day', `For example 1 4 ${year.slice(0, 4)}`, period.from || def.from, { 'data-ar': 'period' }),
          h('div', { class: 'field-errors', id: 'ar-to-day-errors' }),
          app.dateInput('ar-to', 'Last day', `For example 31 3 ${Number(year.slice(0, 4)) + 1}`, period.to || def.to, { 'data-ar': 'period' })))),
    caseLogSection(year, obj),
    h('section', { 'aria-labelledby': 'ar-figures-title' },
      h('h2', { id: 'ar-figures-title', tabindex: '-1', text: 'The figures' }),
      h('div', { 'data-ar-figures': true }),
      h('div', { 'data-ar-figure-problems-box': true })),
    h('section', { 'aria-labelledby': 'ar-words-title' },
      h('h2', { id: 'ar-words-title', tabindex: '-1', text: 'What the report says' }),
      h('p', { text: 'The Code says what the report must contain (Code 8.1). Write each part for residents, in plain words. A blank line starts a new paragraph; a line starting "- " is a list item.' }),
      partA(year),
      PARTS.map(([key, letter, words, hint]) => fieldGroup(`ar-${letter}`, `Code 8.1(${letter}): ${words}`, hint,
        textarea(`ar-${letter}`, obj[key], letter === 'b' ? 8 : 5, describe(`ar-${letter}`))))),
    h('section', { 'aria-labelledby': 'ar-response-title' },
      h('h2', { id: 'ar-response-title', tabindex: '-1', text: 'The governing body\'s response' }),
      h('p', { id: 'ar-response-intro', text: 'Code 8.2: your governing body (for example the board) responds to the report, and the response is published alongside it. Fill this in once it has been agreed.' }),
      fieldGroup('ar-response-text', 'What the governing body said', 'Its response in its own words.', textarea('ar-response-text', response.text, 5, describe('ar-response-text'))),
      h('div', { class: 'field-errors', id: 'ar-response-date-day-errors' }),
      app.dateInput('ar-response-date', 'When it was agreed', 'The date of the meeting, for example 18 6 2026', response.date, { 'data-ar': 'response' }),
      fieldGroup('ar-response-by', 'Who responded', 'For example "Board of Riverside Homes".',
        h('input', { class: 'input', type: 'text', id: 'ar-response-by', name: 'ar-response-by', value: typeof response.by === 'string' ? response.by : '', 'aria-describedby': describe('ar-response-by'), 'data-ar': 'response', 'data-edit': true, disabled: app.readOnly }))));
  for (const [, letter] of PARTS) byId(`ar-${letter}`).dataset.ar = PARTS.find((p) => p[1] === letter)[0];
  byId('ar-response-text').dataset.ar = 'response';
  state.rendered = year;
  if (!state.log) loadSavedLog(year, obj);
  renderLog();
  renderFindings();
  state.figuresStale = true;
  if (!root.hidden) renderFigures();
}
function periodText(from, to) { return `Reporting period: ${longIso(from)} to ${longIso(to)}`; }
function longIso(iso) {
  const p = app.isoParts(iso);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return p.year ? `${p.day} ${months[Number(p.month) - 1]} ${p.year}` : iso;
}
function partA(year) {
  const has = app.saYears().includes(year);
  return h('div', { class: 'panel ar-part-a', id: 'ar-part-a', tabindex: '-1' },
    h('h3', { text: 'Code 8.1(a): the annual self-assessment against the Code' }),
    has ? h('p', {}, `The ${year} self-assessment is added to the report for you. `, h('a', { href: '#self-assessment', text: 'Go to the self-assessment' }), '.')
      : h('p', {}, `There is no self-assessment for ${year} yet, and the report must include it. `, h('a', { href: '#self-assessment', text: 'Start it on the Self-assessment screen' }), '.'));
}
function edited(event, flush) {
  const t = event.target;
  if (app.readOnly || state.rendered === null) return;
  if (t.name === 'cases' || t.dataset.arField || t.name === 'ar-date-order') { if (flush) logControl(t); return; }
  const what = t.dataset.ar;
  if (!what) return;
  if (what === 'homes') {
    const homes = homesValue(t.value);
    const shown = !byId('ar-homes-error').hidden; // while typing, a problem is shown only once it has been pointed out
    showProblem('ar-homes', flush || shown ? homes.problem || '' : '');
    if (homes.problem) return;
  }
  if (what === 'period' || what === 'response') {
    const prefix = t.closest('[data-date]')?.dataset.date;
    if (prefix && app.dateValue(prefix).problem) return;
  }
  if (what === 'period') {
    const def = defaultPeriod(state.rendered);
    const from = app.dateValue('ar-from').iso || def.from;
    const to = app.dateValue('ar-to').iso || def.to;
    root.querySelector('[data-ar-period-summary]').textContent = periodText(from, to);
  }
  state.touched.add(what);
  writeSoon();
  if (flush) writeSoon.flush();
}

// ---------------------------------------------------------------------------------------------------------------
// The case log
function caseLogSection(year, obj) {
  const name = typeof obj.cases === 'string' ? obj.cases : '';
  return h('section', { 'aria-labelledby': 'ar-cases-title' },
    h('h2', { id: 'ar-cases-title', tabindex: '-1', text: 'The case log' }),
    h('p', { 'data-ar-log-status': true, text: name && app.content.has(`${DIR}${name}`) ? '' : 'There is no case log for this year yet.' }),
    h('div', { class: 'form-group', 'data-ar-group': 'ar-cases-file' },
      h('label', { class: 'label', for: 'ar-cases-file', text: 'Choose your case system\'s export' }),
      h('div', { class: 'hint', id: 'ar-cases-file-hint' },
        h('p', { text: 'The list of complaints your case system or spreadsheet exports, saved as CSV or text: one row per complaint or per stage, with the date each was received and answered. You do not need to change its columns: you can tell the studio which is which.' }),
        h('p', {}, h('strong', { text: 'It must hold no personal data: ' }), 'case references, dates, stages and outcomes, not names, addresses or what residents wrote. Remove any such columns before you export it.'),
        h('p', { text: 'From Excel: File > Save As, and choose "CSV UTF-8 (Comma delimited)". An Excel workbook (.xlsx) cannot be read.' })),
      h('div', { class: 'field-errors', id: 'ar-cases-file-errors' }),
      h('input', { class: 'file-input', type: 'file', id: 'ar-cases-file', name: 'cases', accept: '.csv,.txt,.tsv,text/csv', 'aria-describedby': 'ar-cases-file-hint ar-cases-file-errors', 'data-edit': true, disabled: app.readOnly })),
    h('div', { 'data-ar-log': true }));
}
function loadSavedLog(year, obj) {
  const name = typeof obj.cases === 'string' ? obj.cases : '';
  const bytes = name && app.content.get(`${DIR}${name}`);
  if (!bytes) { state.log = null; return; }
  const mappingText = app.text(columnsPath(year)) || '';
  let mapping = {};
  try { mapping = JSON.parse(mappingText) || {}; } catch { mapping = {}; }
  openLog({ year, name, bytes, saved: true, mappingText, dateOrder: mapping.date_order === 'month-first' ? 'month-first' : 'day-first' });
}
/** Reads a case log: first as the reader sees it by name (the baseline), then with the officer's mapping. */
function openLog({ year, name, bytes, saved, mappingText = '', dateOrder = 'day-first' }) {
  const log = { year, name, bytes, saved, dateOrder, baseline: null, chosen: new Map(), result: null, error: '' };
  state.log = log;
  if (typeof app.engine.readCaseLog !== 'function') { log.error = 'This version of the studio cannot read case logs yet. Ask whoever set up the studio to update it.'; return; }
  try {
    log.baseline = read(log, '');
    log.result = mappingText ? read(log, mappingText) : log.baseline;
  } catch (e) {
    log.error = `The case log could not be read: ${e.message || e}.`;
    return;
  }
  for (const f of log.result.fields || []) log.chosen.set(f.key, f.index);
}
function read(log, mappingText) {
  return app.engine.readCaseLog(log.bytes, `content/${casesPath(log.year)}`, mappingText, `content/${columnsPath(log.year)}`);
}
/** The column mapping for the officer's choices: only what differs from what the reader finds by name. */
function mappingOf(log) {
  const out = {};
  const header = (log.result && log.result.header) || (log.baseline && log.baseline.header) || [];
  for (const f of (log.baseline && log.baseline.fields) || []) {
    const chosen = log.chosen.has(f.key) ? log.chosen.get(f.key) : f.index;
    if (chosen >= 0 && chosen !== f.index && header[chosen] !== undefined) out[f.key] = header[chosen];
  }
  if (log.dateOrder === 'month-first') out.date_order = 'month-first';
  return out;
}
function reread() {
  const log = state.log;
  if (!log || !log.baseline) return;
  const mapping = mappingOf(log);
  try {
    log.result = Object.keys(mapping).length ? read(log, `${JSON.stringify(mapping, null, 2)}\n`) : read(log, '');
  } catch (e) {
    log.error = `The case log could not be read: ${e.message || e}.`;
  }
  log.changed = true;
  updateLog();
}
async function logControl(t) {
  if (t.name === 'cases') {
    const file = t.files && t.files[0];
    if (!file) return;
    let bytes;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (e) {
      app.errorSummary(root.querySelector('[data-ar-errors]'), 'The file could not be read', [{ text: `${file.name} could not be read (${e.message || e}). Nothing was changed.`, target: 'ar-cases-file' }]);
      return;
    }
    t.value = '';
    root.querySelector('[data-ar-result]').replaceChildren();
    root.querySelector('[data-ar-errors]').replaceChildren();
    openLog({ year: state.rendered, name: file.name, bytes, saved: false });
    renderLog();
    renderFindings();
    const title = byId('ar-log-title');
    if (title) title.focus();
    return;
  }
  const log = state.log;
  if (!log) return;
  if (t.dataset.arField) log.chosen.set(t.dataset.arField, Number(t.value));
  if (t.name === 'ar-date-order' && t.checked) log.dateOrder = t.value;
  reread();
}
function clicked(event) {
  if (event.target.closest('[data-ar-use]')) { useLog(); return; }
  if (event.target.closest('[data-ar-discard]')) {
    const { obj } = readYear(state.rendered);
    state.log = null;
    if (obj) loadSavedLog(state.rendered, obj);
    renderLog();
    renderFindings();
    byId('ar-cases-file').focus();
    app.status('The case log you chose was put aside: nothing was changed.');
  }
}
function useLog() {
  const log = state.log;
  if (app.readOnly || !log || !log.result || !log.result.ok) return;
  const year = log.year;
  writeSoon.flush();
  const { obj } = readYear(year);
  if (!obj) return;
  const mapping = mappingOf(log);
  app.putFile(casesPath(year), log.bytes);
  if (Object.keys(mapping).length) {
    const json = `${JSON.stringify(mapping, null, 2)}\n`;
    if (json !== app.text(columnsPath(year))) app.putFile(columnsPath(year), json);
  } else {
    app.removeFile(columnsPath(year));
  }
  obj.cases = `${year}-cases.csv`;
  writeFile(year, obj);
  const rows = log.result.records;
  const from = log.name;
  state.log = null;
  loadSavedLog(year, readYear(year).obj);
  renderLog();
  renderFindings();
  state.figuresStale = true;
  renderFigures();
  const done = h('div', { class: 'success', tabindex: '-1', 'aria-labelledby': 'ar-used-title', 'data-ar-used': true },
    h('h3', { id: 'ar-used-title', text: 'The case log is in use' }),
    h('p', {}, `${from}: ${plural(rows, 'row', 'rows')}, saved for ${year} as ${year}-cases.csv. `, h('a', { href: '#ar-figures-title', 'data-focus': 'ar-figures-title', text: 'See the figures worked out from it' }), '.'));
  root.querySelector('[data-ar-log]').prepend(done);
  done.focus();
}
function renderLog() {
  const box = root.querySelector('[data-ar-log]');
  if (!box) return;
  const log = state.log;
  const status = root.querySelector('[data-ar-log-status]');
  if (!log) { box.replaceChildren(); status.textContent = 'There is no case log for this year yet.'; return; }
  status.textContent = log.saved ? `A case log is in use for ${log.year}: ${log.name}, below. To use a newer export, choose it here.` : `You chose ${log.name}. It is not used until you choose "Use this case log".`;
  if (log.error || !log.result) {
    box.replaceChildren(h('div', { class: 'panel' }, h('h3', { id: 'ar-log-title', tabindex: '-1', text: `What the studio found in ${log.name}` }), h('p', { class: 'error-text', text: log.error || 'It could not be read.' })));
    return;
  }
  const r = log.result;
  const fields = (log.baseline.fields || []).length ? log.baseline.fields : r.fields || [];
  const header = r.header || [];
  const main = fields.filter((f) => !f.key.startsWith('stage2_'));
  const stage2 = fields.filter((f) => f.key.startsWith('stage2_'));
  const stage2Open = r.per_complaint || stage2.some((f) => (log.chosen.get(f.key) ?? -1) >= 0);
  const tableId = 'ar-rows-caption';
  const parts = [
    header.length ? h('div', { 'data-ar-read': true }) : null,
    header.length ? h('p', { class: 'ar-table-title', id: tableId, text: `The first ${plural((r.rows || []).length, 'row', 'rows')} of ${log.name}, as the studio read them. Under each column's name: what it is used for.` }) : null,
    header.length ? h('div', { class: 'ar-table-wrap', role: 'region', tabindex: '0', 'aria-label': `The first rows of ${log.name}` },
      h('table', { class: 'ar-table', 'data-ar-rows': true },
        h('caption', { class: 'visually-hidden', text: `The first ${plural((r.rows || []).length, 'row', 'rows')} of ${log.name}` }),
        h('thead', {}, h('tr', {}, header.map((name, i) => h('th', { scope: 'col' }, h('span', { class: 'ar-table__header', text: name || `Column ${i + 1}` }), h('span', { class: 'ar-table__use', 'data-ar-use-of': i }))))),
        h('tbody', {}, (r.rows || []).map((row) => h('tr', {}, header.map((_, i) => h('td', { text: row[i] ?? '' }))))))) : null,
    header.length ? h('div', { class: 'ar-mapping', role: 'group', 'aria-labelledby': 'ar-mapping-title' },
      h('h3', { id: 'ar-mapping-title', text: 'Which column holds what' }),
      h('p', { id: 'ar-mapping-hint', text: 'The studio found some columns by their names. Choose the column for each of the others. The figures need the ones marked "needed".' }),
      h('div', { class: 'field-errors', id: 'ar-mapping-errors' }),
      main.map((f) => fieldSelect(f, header, log)),
      stage2.length ? h('details', { class: 'details', open: stage2Open || undefined },
        h('summary', { class: 'details__summary' }, h('span', { text: 'Stage 2 columns (when each row is one complaint)' })),
        h('div', { class: 'details__text' },
          h('p', { text: 'Some case systems export one row per complaint, with its stage 2 in columns of its own. If yours does, choose them here; otherwise leave them as "Not in this file".' }),
          stage2.map((f) => fieldSelect(f, header, log)))) : null,
      h('fieldset', { class: 'fieldset', 'aria-describedby': 'ar-date-order-hint' },
        h('legend', { class: 'label', text: 'How the dates are written' }),
        h('p', { class: 'hint', id: 'ar-date-order-hint', text: 'Dates like 03/04/2025 can be read two ways. UK systems write the day first.' }),
        h('div', { class: 'field-errors', id: 'ar-date-order-errors' }),
        h('div', { class: 'radios' },
          [['day-first', 'Day first: 03/04/2025 is 3 April 2025'], ['month-first', 'Month first: 03/04/2025 is 4 March 2025']].map(([value, label]) => h('div', { class: 'radios__item' },
            h('input', { class: 'radios__input', type: 'radio', id: `ar-date-order-${value}`, name: 'ar-date-order', value, checked: log.dateOrder === value, 'data-edit': true, disabled: app.readOnly }),
            h('label', { class: 'radios__label', for: `ar-date-order-${value}`, text: label })))))) : null];
  // A log in use that reads well: how it is read stays folded away until the officer wants to look.
  const folded = log.saved && !log.changed && r.ok;
  box.replaceChildren(
    h('h3', { id: 'ar-log-title', tabindex: '-1', text: log.saved ? `The case log in use: ${log.name}` : header.length ? `Check how ${log.name} was read` : `What the studio found in ${log.name}` }),
    ...(folded ? [h('details', { class: 'details', 'data-ar-how-read': true },
      h('summary', { class: 'details__summary' }, h('span', { text: 'How it is read: the first rows, and which column holds what' })),
      h('div', { class: 'details__text' }, parts))] : parts.filter(Boolean)),
    h('div', { 'data-ar-log-problems': true }),
    h('div', { 'data-ar-log-actions': true }));
  updateLog();
}
function fieldSelect(f, header, log) {
  const id = `ar-col-${f.key}`;
  const chosen = log.chosen.has(f.key) ? log.chosen.get(f.key) : f.index;
  const select = h('select', { class: 'select', id, name: id, 'data-ar-field': f.key, 'aria-describedby': `${OBVIOUS.includes(f.key) ? '' : `${id}-hint `}${id}-note ${id}-errors`, 'data-edit': true, disabled: app.readOnly },
    h('option', { value: '-1', selected: chosen < 0, text: 'Not in this file' }),
    header.map((name, i) => h('option', { value: String(i), selected: chosen === i, text: name ? name : `Column ${i + 1} (no name)` })));
  return h('div', { class: 'form-group ar-field', 'data-ar-field-group': f.key },
    h('label', { class: 'label', for: id, text: `${FIELD_LABELS[f.key] || sentence(f.meaning)}${f.required ? ' (needed)' : ''}` }),
    OBVIOUS.includes(f.key) ? null : h('p', { class: 'hint', id: `${id}-hint`, text: `${sentence(f.meaning)}.` }),
    h('p', { class: 'ar-field__note', id: `${id}-note` }),
    h('div', { class: 'field-errors', id: `${id}-errors` }),
    select);
}
/** After each read: how it was read, which column is used for what, the problems, and whether it can be used. */
function updateLog() {
  const log = state.log;
  const box = root.querySelector('[data-ar-log]');
  if (!log || !box || !log.result) return;
  const r = log.result;
  const header = r.header || [];
  const shape = r.per_complaint ? 'one row per complaint, with stage 2 in columns of its own' : 'one row per stage of each complaint';
  const read = box.querySelector('[data-ar-read]');
  if (read) read.replaceChildren(h('dl', { class: 'summary-list' },
    h('div', {}, h('dt', { text: 'Rows' }), h('dd', { 'data-ar-records': true, text: String(r.records ?? 0) })),
    h('div', {}, h('dt', { text: 'Shape' }), h('dd', { text: header.length ? shape : 'not known' })),
    h('div', {}, h('dt', { text: 'Columns separated by' }), h('dd', { text: SEPARATORS[r.separator] || r.separator || 'not known' })),
    h('div', {}, h('dt', { text: 'Characters' }), h('dd', { text: r.encoding || 'not known' }))));
  // Each field: the column it is read from now, and whether the reader found it by name.
  const now = new Map((r.fields || []).map((f) => [f.key, f]));
  for (const f of log.baseline.fields || []) {
    const note = byId(`ar-col-${f.key}-note`);
    if (!note) continue;
    const cur = now.get(f.key) || f;
    const chosen = log.chosen.has(f.key) ? log.chosen.get(f.key) : f.index;
    let text = '';
    let kind = 'found';
    if (f.index >= 0 && chosen === f.index) text = `Found by its name: "${header[f.index]}".`;
    else if (chosen < 0 && cur.index >= 0) text = `The studio still finds it by its name, "${header[cur.index]}": choose the column that holds it.`;
    else if (chosen >= 0) text = `You chose "${header[chosen]}".`;
    else if (f.required) { text = 'Not found yet: choose the column that holds it.'; kind = 'missing'; } else { text = 'Not found by its name. If the file has it, choose its column.'; kind = 'none'; }
    note.textContent = text;
    note.className = `ar-field__note ar-field__note--${kind}`;
    const errors = byId(`ar-col-${f.key}-errors`);
    errors.replaceChildren();
    errors.closest('.form-group').classList.remove('form-group--error');
  }
  for (const th of box.querySelectorAll('[data-ar-use-of]')) {
    const i = Number(th.dataset.arUseOf);
    const used = (r.fields || []).filter((f) => f.index === i).map((f) => FIELD_LABELS[f.key] || f.key);
    th.textContent = used.length ? used.join(', ') : 'not used';
    th.classList.toggle('ar-table__use--unused', !used.length);
  }
  // The reader's problems: beside the column they are about, else in the list.
  const diagnostics = r.diagnostics || [];
  const listed = [];
  for (const d of diagnostics) {
    const errors = d.field && byId(`ar-col-${d.field}-errors`);
    if (errors) {
      errors.append(fieldError(d, logMessage(d, r)));
      if (d.severity === 'error') errors.closest('.form-group').classList.add('form-group--error');
    } else {
      listed.push(d);
    }
  }
  const errorsCount = diagnostics.filter((d) => d.severity === 'error').length;
  const problems = box.querySelector('[data-ar-log-problems]');
  problems.replaceChildren(...(diagnostics.length ? [
    header.length ? h('h3', { id: 'ar-log-problems-title', text: errorsCount ? 'What stops this case log being used' : 'Things to look at' }) : null,
    h('p', { 'data-ar-log-counts': true, text: `${app.countText(diagnostics)} in ${log.name}.${listed.length < diagnostics.length ? ' Those about a column are shown beside it.' : ''}` }),
    listed.length ? h('ul', { class: 'findings' }, listed.map((d) => logFinding(d, r))) : null] : [
    h('p', { 'data-ar-log-counts': true, text: `The studio read all ${plural(r.records || 0, 'row', 'rows')} of ${log.name} with no problems.` })]));
  const actions = box.querySelector('[data-ar-log-actions]');
  if (log.saved && !log.changed) {
    actions.replaceChildren();
  } else if (r.ok) {
    actions.replaceChildren(h('p', {}, h('button', { type: 'button', class: 'button', 'data-ar-use': true, 'data-edit': true, disabled: app.readOnly, text: log.saved ? 'Use these columns' : 'Use this case log' }),
      log.saved ? null : discardButton()));
  } else {
    actions.replaceChildren(h('p', { class: 'ar-cannot-use', 'data-ar-cannot-use': true },
      h('strong', { text: 'This case log cannot be used yet: ' }), `fix ${errorsCount === 1 ? 'the error' : `the ${errorsCount} errors`} above. ${log.saved ? 'The case log and columns saved before are still the ones used.' : 'Nothing has been saved.'}`),
    log.saved ? null : h('p', {}, discardButton()));
  }
}
function discardButton() {
  return h('button', { type: 'button', class: 'button button--secondary', 'data-ar-discard': true, text: 'Do not use this file' });
}
/** The reader's words, except where the studio can say it the officer's way. */
function logMessage(d, r) {
  if (d.code === 'cases.header.missing_column') {
    const missing = (r.fields || []).filter((f) => f.required && f.index < 0).map((f) => FIELD_LABELS[f.key] || f.key);
    if (missing.length) return { message: `The studio cannot tell which column holds: ${missing.join(', ')}`, fix: 'choose them under "Which column holds what"' };
  }
  if (d.code === 'cases.header.optional_missing') {
    const missing = (r.fields || []).filter((f) => !f.required && f.index < 0 && ['acknowledged', 'extension'].includes(f.key)).map((f) => f.key);
    const why = { acknowledged: 'without the date acknowledged, responses are timed from the date received', extension: 'without extensions, none are counted, which can only make CH02 lower than it should be' };
    if (missing.length) return { message: `No column for: ${missing.map((k) => FIELD_LABELS[k]).join(', ')}. ${sentence(missing.map((k) => why[k]).join('; '))}`, fix: 'if the file has them, choose them under "Which column holds what"' };
  }
  const where = d.line > 1 && state.log ? `Line ${d.line} of ${state.log.name}: ` : '';
  return { message: `${where}${where ? d.message : sentence(d.message)}`, fix: d.fix };
}
function logFinding(d, r) {
  const m = logMessage(d, r);
  return app.findingItem({ ...d, message: sentence(m.message), fix: m.fix, file: '' }, { where: false });
}
function fieldError(d, m = d) {
  return h('p', { class: `field-error${d.severity === 'error' ? '' : ' field-error--warning'}`, 'data-finding-code': d.code, 'data-provision': d.provision || '' },
    h('strong', {}, h('span', { class: 'visually-hidden', text: `${d.severity === 'error' ? 'Error' : 'Warning'}: ` }), sentence(m.message)),
    [d.provision && m === d ? `${app.provisionText(d.provision)}. ` : '', m.fix ? `How to fix it: ${m.fix}.` : ''].join(''));
}

// ---------------------------------------------------------------------------------------------------------------
// What the check found, beside the fields
const FIELD_WORDS = {
  'ar.section.empty': 'This part is empty. Write it; if there is nothing to report, say so.',
  'ar.response.missing': 'There is no response from your governing body yet. Code 8.2 asks for it to be published alongside the report.',
  'report.response.missing': 'There is no response from your governing body yet. Code 8.2 asks for it to be published alongside the report.',
  'ar.homes.invalid': 'Enter the number of homes as a whole number above 0, for example 8400.',
};
function yearDiagnostics(year) {
  const { obj } = readYear(year);
  const files = new Set([`content/${yearPath(year)}`, `content/${columnsPath(year)}`, `content/${casesPath(year)}`]);
  if (obj && typeof obj.cases === 'string') files.add(`content/${DIR}${obj.cases}`);
  return app.allDiagnostics().filter((d) => files.has(d.file));
}
/** The check's words for a field, or the studio's where they would name the file's keys. */
function fieldWords(d, id) {
  if (FIELD_WORDS[d.code]) return { message: FIELD_WORDS[d.code], fix: '' };
  if (d.code === 'ar.field.missing') {
    const words = { 'ar-cases-file': 'There is no case log for this year yet: choose your case system\'s export.', 'ar-homes': 'Enter the number of homes you owned at the end of the year.',
      'ar-response-text': 'Enter what the governing body said.', 'ar-response-date-day': 'Enter the date the response was agreed.', 'ar-response-by': 'Enter who responded, for example "Board of Riverside Homes".' }[id];
    if (words) return { message: words, fix: '' };
  }
  return d;
}
function renderFindings() {
  if (state.rendered === null) return;
  const year = state.rendered;
  for (const box of root.querySelectorAll('[data-ar-body] .field-errors[data-ar-check]')) box.remove();
  for (const group of root.querySelectorAll('[data-ar-body] [data-ar-check-error]')) { group.classList.remove('form-group--error'); group.removeAttribute('data-ar-check-error'); }
  const list = yearDiagnostics(year);
  const other = [];
  let beside = 0;
  let inLog = 0;
  for (const d of list) {
    const which = fileYear(d.file);
    if (!which || which.kind !== 'report') { inLog += 1; continue; }
    const id = fieldFor(d, which);
    if (id === 'ar-cases-file' && state.log && !state.log.saved) { beside += 1; continue; } // the file being looked at says what it lacks
    const anchor = id && id !== 'ar-part-a' && byId(`${id}-errors`);
    if (!anchor) { other.push(d); continue; }
    beside += 1;
    const box = h('div', { class: 'field-errors', 'data-ar-check': true });
    box.append(fieldError(d, fieldWords(d, id)));
    anchor.after(box);
    if (d.severity === 'error') {
      const group = anchor.closest('.form-group, .fieldset') || anchor.nextElementSibling;
      if (group && !group.classList.contains('form-group--error')) { group.classList.add('form-group--error'); group.dataset.arCheckError = ''; }
    }
  }
  const counts = root.querySelector('[data-ar-counts]');
  counts.textContent = list.length ? `The check found ${app.countText(list)} in this report.` : 'The check found nothing to fix in this report.';
  const where = [beside ? `${beside} beside what ${beside === 1 ? 'it is' : 'they are'} about` : '', inLog ? `${inLog} under The figures` : ''].filter(Boolean);
  const top = root.querySelector('[data-ar-other-findings]');
  top.replaceChildren(...(list.length ? [
    where.length ? h('p', { text: `Shown below: ${where.join(', ')}.` }) : null,
    other.length ? h('ul', { class: 'findings', 'data-ar-findings': true }, other.map((d) => app.findingItem(d, { where: false, action: goLink(d) }))) : null] : []));
  renderFigureProblems();
}
/** The check's findings about the case log and the figures. */
function renderFigureProblems() {
  const box = root.querySelector('[data-ar-figure-problems-box]');
  if (!box || state.rendered === null) return;
  // What reading the log in use found is shown with it, under The case log; here the rest (the figures' own warnings).
  const log = state.log && state.log.saved && state.log.result ? state.log : null;
  const shown = new Set(log ? (log.result.diagnostics || []).map((d) => `${d.code} ${d.line}`) : []);
  const problems = yearDiagnostics(state.rendered).filter((d) => fileYear(d.file)?.kind !== 'report' && !shown.has(`${d.code} ${d.line}`));
  box.replaceChildren(
    h('h3', { id: 'ar-figure-problems-title', text: 'Problems found in the figures' }),
    problems.length ? h('ul', { class: 'findings', 'data-ar-figure-problems': true }, problems.map((d) => {
      const m = log ? logMessage(d, log.result) : d;
      return app.findingItem({ ...d, message: sentence(m.message), fix: m.fix, file: d.file.replace(/^content\//, '') }, { action: goLink(d) });
    })) : h('p', { 'data-ar-figure-problems': true, text: log && shown.size ? 'None besides those shown with the case log above.' : 'None: the check found nothing wrong with the case log or the figures.' }));
}
function goLink(d) {
  const which = fileYear(d.file);
  const id = which ? fieldFor(d, which) : null;
  if (!id || !byId(id)) return null;
  return h('p', {}, h('a', { href: `#${id}`, 'data-focus': id, text: `Go to "${labelOf(id)}"` }));
}

// ---------------------------------------------------------------------------------------------------------------
// The figures: the year's figures.json from a build of the site, as its /annual-report/<year>/ page shows them.
const scheduleFigures = (() => {
  let timer = null;
  return () => { clearTimeout(timer); timer = setTimeout(() => { if (!root.hidden && state.figuresStale) renderFigures(); }, 800); };
})();
function renderFigures() {
  const box = root.querySelector('[data-ar-figures]');
  if (!box || state.rendered === null) return;
  state.figuresStale = false;
  const year = state.rendered;
  const { obj } = readYear(year);
  if (!obj || typeof obj.cases !== 'string' || !app.content.has(`${DIR}${obj.cases}`)) {
    box.replaceChildren(h('p', { 'data-ar-figures-none': true, text: 'The figures appear here once a case log is in use for this year.' }));
    return;
  }
  let built;
  try {
    built = app.engine.build(app.today(), '');
  } catch (e) {
    box.replaceChildren(h('p', { class: 'error-text', text: `The figures could not be worked out: ${e.message || e}.` }));
    return;
  }
  const bytes = built.files.get(`annual-report/${year}/figures.json`);
  if (!built.report.generated || !bytes) {
    const errors = [...(built.report.problems || []), ...(built.report.findings || [])].filter((d) => d.severity === 'error');
    const mine = errors.filter((d) => fileYear(d.file)?.year === year);
    box.replaceChildren(h('div', { class: 'panel', 'data-ar-figures-none': true },
      h('p', {}, `The figures are worked out when the site can be made, and ${errors.length ? `${plural(errors.length, 'error stops', 'errors stop')} it` : 'something stops it'}${mine.length ? `, ${mine.length} of them in this report` : ''}. `,
        mine.length ? 'They are shown above, beside what they are about. ' : '', h('a', { href: '#check', text: 'See every error on the Check screen' }), '.')));
    return;
  }
  let f;
  try { f = JSON.parse(new TextDecoder().decode(bytes)); } catch { box.replaceChildren(); return; }
  const num = (v, digits = 0) => (v === null || v === undefined ? 'none' : Number(v).toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
  const cell = (path, v, text) => h('td', { 'data-figure': path, 'data-value': v === null || v === undefined ? '' : String(v), text });
  const rows = [
    ['Complaints received', (s) => [`counts.stage${s}_received`, f.counts[`stage${s}_received`], num(f.counts[`stage${s}_received`])]],
    ['CH01: complaints per 1,000 homes', (s) => [`ch01.stage${s}_per_1000`, f.ch01[`stage${s}_per_1000`], num(f.ch01[`stage${s}_per_1000`], 1)]],
    ['Responded to in the year', (s) => [`counts.stage${s}_responded`, f.counts[`stage${s}_responded`], num(f.counts[`stage${s}_responded`])]],
    ['Of those, within the Code\'s timescales', (s) => [`counts.stage${s}_within`, f.counts[`stage${s}_within`], num(f.counts[`stage${s}_within`])]],
    ['CH02: responded to within the Code\'s timescales', (s) => [`ch02.stage${s}_within_pct`, f.ch02[`stage${s}_within_pct`],
      f.ch02[`stage${s}_within_pct`] === null ? 'none responded to' : `${num(f.ch02[`stage${s}_within_pct`], 1)}%`]],
    ['Still open at the end of the year', (s) => [`counts.stage${s}_open_at_end`, f.counts[`stage${s}_open_at_end`], num(f.counts[`stage${s}_open_at_end`])]],
    ['Refused (not taken on)', (s) => [`counts.stage${s}_refused`, f.counts[`stage${s}_refused`], num(f.counts[`stage${s}_refused`])]],
  ];
  // The year before, as the site's page compares them, when its report and log are there too.
  const before = f.previous;
  if (before && before.ch01 && before.ch02) {
    const label = before.period && before.period.label ? before.period.label : 'the year before';
    rows.push([`CH01 in ${label}`, (s) => [`previous.ch01.stage${s}_per_1000`, before.ch01[`stage${s}_per_1000`], num(before.ch01[`stage${s}_per_1000`], 1)]],
      [`CH02 in ${label}`, (s) => [`previous.ch02.stage${s}_within_pct`, before.ch02[`stage${s}_within_pct`],
        before.ch02[`stage${s}_within_pct`] === null ? 'none responded to' : `${num(before.ch02[`stage${s}_within_pct`], 1)}%`]]);
  }
  box.replaceChildren(
    h('p', { text: `Worked out from ${obj.cases} for ${longIso(f.period.from)} to ${longIso(f.period.to)}, with ${num(f.homes)} homes, as your site's annual report page will show them. Refused complaints are not counted in CH01 or CH02.` }),
    h('div', { class: 'ar-table-wrap', role: 'region', tabindex: '0', 'aria-label': `The ${year} figures` },
      h('table', { class: 'ar-table ar-figures', 'data-ar-figures-table': true },
        h('caption', { text: `Complaints in ${year}, stage 1 and stage 2` }),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: 'Figure' }), h('th', { scope: 'col', text: 'Stage 1' }), h('th', { scope: 'col', text: 'Stage 2' }))),
        h('tbody', {}, rows.map(([label, of]) => h('tr', {}, h('th', { scope: 'row', text: label }), [1, 2].map((s) => cell(...of(s)))))))),
    h('p', { class: 'hint', text: `CH01 and CH02 are the Regulator's Tenant Satisfaction Measures. ${f.rows ? `${plural(f.rows.used, 'row', 'rows')} of the case log were used.` : ''}` }));
}
