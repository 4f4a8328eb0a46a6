// Complaints site studio: the page. The generator runs in this page (studio.wasm through engine.mjs); the content is
// kept in this browser's IndexedDB and never sent anywhere. Screens: Start, Your organisation, Complaints policy,
// Self-assessment, Check, Preview (a service worker, preview-sw.js, serves the site built here under ./preview/) and Publish.
import { StudioEngine } from './engine.mjs';
import { unzipSync, zipSync } from './vendor/fflate.js';
import * as pagesScreen from './pages.js';
import * as reportScreen from './report.js';

const DB_NAME = 'complaints-site-studio';
const CHANNEL_NAME = 'complaints-site-studio';
const SCREENS = ['start', 'organisation', 'policy', 'pages', 'self-assessment', 'annual-report', 'check', 'preview', 'publish'];
const SCREEN_NAMES = { start: 'Start', organisation: 'Your organisation', policy: 'Complaints policy', 'self-assessment': 'Self-assessment', check: 'Check', preview: 'Preview', publish: 'Publish' };
// Screens in modules of their own (studio/pages.js, studio/report.js). Each exports:
//   screen = { id, name }                 its section is <section data-screen="<id>">, its h1 has id "<id>-title"
//   install(app, section)                 once, when the engine is ready: build the screen into `section`
//   show()                                the screen is about to be shown
//   changed({ external })                 the content changed (external: replaced by Start, Undo or an import)
//   checked()                             the checks ran again (app.lastCheck)
//   actionFor(d)                          a link for the Check screen to the field a finding is about, or null
//   checkTitle(file)                      the Check screen's heading for a content file, or null
const MODULES = [pagesScreen, reportScreen];
for (const m of MODULES) SCREEN_NAMES[m.screen.id] = m.screen.name;
function eachModule(fn, ...args) {
  for (const m of MODULES) {
    if (typeof m[fn] !== 'function') continue;
    try {
      const result = m[fn](...args);
      if (result !== undefined && result !== null) return result;
    } catch (e) {
      console.error(`${m.screen.id}.${fn}`, e);
    }
  }
  return null;
}
const FORM_FIELDS = ['landlord_name', 'website_url', 'base_url', 'complaints_team', 'opening_hours', 'service_requests'];
const PEOPLE = ['senior_lead', 'member_responsible'];
const FIELD_LABELS = { landlord_name: 'Organisation name', website_url: 'Your main website', base_url: 'Where the complaints site will be published',
  complaints_team: 'Who handles complaints', opening_hours: 'When residents can reach the complaints team', service_requests: 'How residents report a repair or ask for a service',
  'senior_lead-name': 'Senior person accountable: name', 'senior_lead-role': 'Senior person accountable: job title',
  'member_responsible-name': 'Member Responsible for Complaints: name', 'member_responsible-role': 'Member Responsible for Complaints: role', senior_lead: 'Senior person accountable for complaint handling', member_responsible: 'Member Responsible for Complaints', channels: 'Ways residents can make a complaint' };
const CHANNEL_KINDS = [['phone', 'Phone'], ['textphone', 'Textphone'], ['email', 'Email'], ['web_form', 'Online form'], ['post', 'Post'],
  ['in_person', 'In person'], ['social_media', 'Social media']];
const CHANNEL_PROPS = ['kind', 'label', 'value', 'url', 'details'];
const CHANNEL_LABELS = { kind: 'Kind', label: 'Heading residents see (optional)', value: 'Number, address or name', url: 'Link (optional)', details: 'Extra help (optional)' };
const CHANNEL_HINTS = { label: 'For example "Complaints line". Left empty, the kind is used.', value: 'What residents use: the phone number, email address, postal address or handle.',
  url: 'For an online form: its full address, starting https://', details: 'For example "Relay UK: dial 18001 first".' };
const TYPES = { html: 'text/html; charset=utf-8', css: 'text/css', js: 'text/javascript', mjs: 'text/javascript', wasm: 'application/wasm',
  json: 'application/json', svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp',
  ico: 'image/x-icon', txt: 'text/plain; charset=utf-8', xml: 'application/xml', csv: 'text/csv; charset=utf-8', ics: 'text/calendar; charset=utf-8',
  md: 'text/plain; charset=utf-8', pdf: 'application/pdf' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

// ---------------------------------------------------------------------------------------------------------------
// State
let engine = null;
let content = null; // Map path → Uint8Array, or null before the officer starts
let savedAt = null; // Date of the last save in IndexedDB
let db = null;
let readOnly = false;
let lastCheck = { problems: [], findings: [] };
let channelsState = []; // the channels as the form shows them
let previewShown = false;
let previousContent = null; // for "Undo" after a replace
let restored = false; // the work came from storage when the page opened ("Continue where you left off")

// ---------------------------------------------------------------------------------------------------------------
// Small helpers
function pad(n) { return String(n).padStart(2, '0'); }
/** Today on this computer's clock, YYYY-MM-DD in local time. */
function today() {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
function longDate(d) { return `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear()}`; }
function clock(d) { return `${pad(d.getHours())}:${pad(d.getMinutes())}`; }
/** Last financial year (1 April to 31 March) before the one today is in, as YYYY-YY: 2025-26 in December 2026. */
/** The financial year before the one today is in ("2025-26" in May 2026): core's rule, through the engine. */
function lastFinancialYear() { return engine.financialYear(today(), -1); }
/** "2025-26", two years in a row, and nothing else. */
function validYear(year) { return /^\d{4}-\d{2}$/.test(year) && engine.financialYear(year) === year; }
function debounce(fn, ms) {
  let timer = null;
  const wrapped = (...args) => { clearTimeout(timer); timer = setTimeout(() => { timer = null; fn(...args); }, ms); };
  wrapped.flush = () => { if (timer) { clearTimeout(timer); timer = null; fn(); } };
  wrapped.cancel = () => { clearTimeout(timer); timer = null; };
  return wrapped;
}
/** el('p', {class: 'x', text: 'hi'}, child, ...) */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'text') node.textContent = value;
    else if (key === 'class') node.className = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}
function text(path) { return content && content.has(path) ? decoder.decode(content.get(path)) : null; }
/**
 * A saved JSON file that should hold an object, as {obj, error}: obj is null when it cannot be used and error says why
 * ("the file is missing", "it is not a JSON object" or the parser's message; `missing` and `notObject` reword the first two).
 */
function readJson(path, { missing = 'the file is missing', notObject = 'it is not a JSON object' } = {}) {
  const raw = text(path);
  if (raw === null) return { obj: null, error: missing };
  try {
    const obj = JSON.parse(raw);
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) return { obj: null, error: notObject };
    return { obj, error: null };
  } catch (e) {
    return { obj: null, error: e.message };
  }
}
function siteJson() { return readJson('site.json', { missing: 'there is no site.json', notObject: 'site.json is not a JSON object' }); }
function landlordName() {
  const { obj } = siteJson();
  return obj && typeof obj.landlord_name === 'string' && obj.landlord_name.trim() ? obj.landlord_name : 'your organisation';
}
function provisionText(provision) { return provision ? `Code ${provision}` : ''; }
function download(bytes, name, type) {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
function slug(name) {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'complaints';
}

/** A GOV.UK error summary in `container`: a title and items [{text, target?: element id}]; focused when asked. */
function errorSummary(container, title, items, { focus = true, intro = '' } = {}) {
  const id = `summary-${Math.random().toString(36).slice(2, 8)}`;
  const list = el('ul', {}, items.map((item) => el('li', {}, item.target
    ? el('a', { href: `#${item.target}`, 'data-focus': item.target, text: item.text })
    : item.screen ? el('a', { href: `#${item.screen}`, text: item.text }) : item.text)));
  const box = el('div', { class: 'error-summary', tabindex: '-1', 'aria-labelledby': id },
    el('h2', { id, text: title }), intro ? el('p', { text: intro }) : null, list);
  container.replaceChildren(box);
  if (focus) box.focus();
  return box;
}

// ---------------------------------------------------------------------------------------------------------------
// Storage: IndexedDB "complaints-site-studio": store "files" (path → bytes) and "meta" ("saved" → {savedAt}).
function openDb() {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const d = request.result;
      if (!d.objectStoreNames.contains('files')) d.createObjectStore('files');
      if (!d.objectStoreNames.contains('meta')) d.createObjectStore('meta');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('the storage is blocked by another tab'));
  });
}
function loadSaved() {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['files', 'meta'], 'readonly');
    const files = new Map();
    let meta = null;
    const cursor = tx.objectStore('files').openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (c) { files.set(c.key, new Uint8Array(c.value)); c.continue(); }
    };
    const m = tx.objectStore('meta').get('saved');
    m.onsuccess = () => { meta = m.result || null; };
    tx.oncomplete = () => resolve(meta && files.size ? { files, savedAt: new Date(meta.savedAt) } : null);
    tx.onerror = () => reject(tx.error);
  });
}
function saveNow() {
  if (!db || !content || readOnly) return Promise.resolve();
  const snapshot = new Map(content);
  const when = new Date();
  return new Promise((resolve) => {
    let tx;
    try {
      tx = db.transaction(['files', 'meta'], 'readwrite');
      const files = tx.objectStore('files');
      files.clear();
      for (const [path, bytes] of snapshot) files.put(bytes, path);
      tx.objectStore('meta').put({ savedAt: when.toISOString() }, 'saved');
    } catch (e) {
      storageFailed(e);
      resolve();
      return;
    }
    tx.oncomplete = () => {
      savedAt = when;
      $('[data-storage-failed]').hidden = true;
      $('[data-save-status]').textContent = `Saved in this browser at ${clock(when)}.`;
      renderContinue();
      resolve();
    };
    tx.onerror = tx.onabort = () => { storageFailed(tx.error); resolve(); };
  });
}
const scheduleSave = debounce(() => { saveNow(); }, 300);
function storageFailed(error) {
  console.warn('studio: saving failed', error);
  $('[data-storage-failed]').hidden = false;
  $('[data-save-status]').textContent = 'Not saved: see the message above.';
}

// ---------------------------------------------------------------------------------------------------------------
// Content changes
function replaceContent(map) {
  previousContent = content;
  restored = false;
  engine.setContent(map);
  content = new Map(map);
  contentChanged({ external: true });
}
function putFile(path, value) {
  const bytes = typeof value === 'string' ? encoder.encode(value) : value;
  content.set(path, bytes);
  engine.put(path, bytes);
  contentChanged({ external: false });
}
function removeFile(path) {
  if (!content || !content.has(path)) return;
  content.delete(path);
  engine.setContent(content);
  contentChanged({ external: false });
}
function contentChanged({ external }) {
  scheduleSave();
  scheduleCheck();
  if (previewShown) schedulePreview();
  if (external) {
    renderOrganisation();
    renderPolicy();
    writeSaSoon.cancel();
    sa.dirty = true;
    if (!$('[data-screen="self-assessment"]').hidden) renderSelfAssessment();
    runCheck();
  }
  eachModule('changed', { external });
  updateNeedsContent();
  renderContinue();
}

// ---------------------------------------------------------------------------------------------------------------
// Check
function allDiagnostics() { return [...(lastCheck.problems || []), ...(lastCheck.findings || [])]; }
function runCheck() {
  if (!content) { lastCheck = { problems: [], findings: [] }; renderCheck(); return; }
  try {
    lastCheck = engine.check(today());
  } catch (e) {
    console.error(e);
    lastCheck = { problems: [{ severity: 'error', code: 'studio.engine', file: '', line: 0, column: 0, message: `The checks could not run: ${e.message || e}`, fix: 'reload the page', provision: '' }], findings: [] };
  }
  renderCheck();
  renderOrganisationFindings();
  renderPolicyFindings();
  if (sa.rendered !== null && !sa.dirty) { renderSaFindings(); renderSaChanges(); }
  eachModule('checked');
}
const scheduleCheck = debounce(runCheck, 400);

/** Positions of the values in a JSON text: [{line, col, path}] in order (path: ['channels', 0, 'value']). */
function jsonMarks(source) {
  const marks = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const ws = () => {
    while (i < source.length) {
      const c = source[i];
      if (c === '\n') { line += 1; lineStart = i + 1; i += 1; } else if (c === ' ' || c === '\t' || c === '\r') i += 1; else break;
    }
  };
  const mark = (path) => marks.push({ line, col: i - lineStart + 1, path });
  const string = () => {
    const start = i;
    i += 1;
    while (i < source.length && source[i] !== '"') i += source[i] === '\\' ? 2 : 1;
    i += 1;
    return JSON.parse(source.slice(start, i));
  };
  const value = (path, depth) => {
    if (depth > 64 || i >= source.length) throw new Error('stop');
    ws();
    const c = source[i];
    if (c === '{') {
      i += 1; ws();
      if (source[i] === '}') { i += 1; return; }
      for (;;) {
        ws();
        mark(path);
        const key = string();
        marks[marks.length - 1].path = [...path, key];
        ws(); i += 1; // ':'
        value([...path, key], depth + 1);
        ws();
        if (source[i] === ',') { i += 1; continue; }
        i += 1; return;
      }
    }
    if (c === '[') {
      i += 1; ws();
      if (source[i] === ']') { i += 1; return; }
      for (let n = 0; ; n += 1) {
        value([...path, n], depth + 1);
        ws();
        if (source[i] === ',') { i += 1; continue; }
        i += 1; return;
      }
    }
    mark(path);
    if (c === '"') { string(); return; }
    const start = i;
    while (i < source.length && !/[\s,\]}]/.test(source[i])) i += 1;
    if (i === start) throw new Error('stop');
  };
  try { value([], 0); } catch { /* a broken file: the marks so far */ }
  return marks;
}
/** The form field a site.json diagnostic is about: an element id, or null. */
function fieldIdFor(d) {
  let path = null;
  if (d.field) {
    path = String(d.field).replace(/\[(\d+)\]/g, '.$1').split('.').filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  } else if (d.line > 0) {
    const marks = jsonMarks(text('site.json') || '');
    let best = null;
    for (const m of marks) {
      if (m.line < d.line || (m.line === d.line && (d.column <= 0 ? !best || best.line < d.line : m.col <= d.column))) best = m;
    }
    if (best && (best.line === d.line || d.column > 0)) path = best.path;
  }
  if (!path || !path.length) return null;
  if (FORM_FIELDS.includes(path[0])) return `f-${path[0]}`;
  if (PEOPLE.includes(path[0])) return path[1] === 'role' ? `f-${path[0]}-role` : `f-${path[0]}-name`;
  if (path[0] === 'channels') {
    if (typeof path[1] === 'number' && path[1] < channelsState.length) {
      const prop = CHANNEL_PROPS.includes(path[2]) ? path[2] : 'value';
      return `f-ch-${path[1]}-${prop}`;
    }
    return 'f-channels';
  }
  const more = moreFieldIdFor(path);
  if (more !== undefined) return more;
  return null;
}
function findingItem(d, { where = true, action = null } = {}) {
  const severity = d.severity === 'error' ? 'Error' : d.severity === 'warning' ? 'Warning' : 'Note';
  const kind = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note';
  const meta = [];
  if (d.provision) meta.push(provisionText(d.provision));
  if (where && d.file) meta.push(d.line > 0 ? `${d.file}, line ${d.line}` : d.file);
  meta.push(`check code ${d.code}`);
  return el('li', { class: `finding finding--${kind}`, 'data-finding-code': d.code, 'data-provision': d.provision || '' },
    el('p', {}, el('span', { class: `tag tag--${kind}`, text: severity }), d.message),
    d.fix ? el('p', {}, el('strong', { text: 'How to fix it: ' }), d.fix) : null,
    el('p', { class: 'finding__meta', text: meta.join(' · ') }),
    action);
}
function goTo(screen, focusId, line) {
  if (location.hash !== `#${screen}`) history.pushState(null, '', `#${screen}`);
  show(screen, { focus: !focusId });
  if (focusId) {
    const target = document.getElementById(focusId);
    if (target) {
      target.focus();
      target.scrollIntoView({ block: 'center' });
      if (line && target.tagName === 'TEXTAREA') selectLine(target, line);
    }
  }
}
function selectLine(textarea, line) {
  const lines = textarea.value.split('\n');
  let start = 0;
  for (let n = 1; n < line && n <= lines.length; n += 1) start += lines[n - 1].length + 1;
  const end = start + (lines[line - 1] || '').length;
  textarea.setSelectionRange(start, end);
  const lineHeight = parseFloat(getComputedStyle(textarea).lineHeight) || 24;
  textarea.scrollTop = Math.max(0, (line - 3) * lineHeight);
}
function actionFor(d) {
  if (d.file === 'content/site.json') {
    const id = fieldIdFor(d);
    const label = id && id.startsWith('f-ch-') ? `Go to way to complain ${Number(id.split('-')[2]) + 1}`
      : id ? `Go to "${fieldLabel(id)}"` : 'Go to Your organisation';
    return el('p', {}, el('a', { href: '#organisation', 'data-go': 'organisation', 'data-focus': id || '', text: label }));
  }
  if (d.file === 'content/policy.md') {
    return el('p', {}, el('a', { href: '#policy', 'data-go': 'policy', 'data-focus': 'policy-text', 'data-line': d.line || '',
      text: d.line > 0 ? `Go to line ${d.line} of the policy` : 'Go to the complaints policy' }));
  }
  const year = /^content\/self-assessments\/(\d{4}-\d{2})\.json$/.exec(d.file || '');
  if (year) {
    const id = saProvisionForCheck(d, year[1]);
    return el('p', {}, el('a', { href: '#self-assessment', 'data-go': 'self-assessment', 'data-sa-year': year[1], 'data-sa-provision': id || '',
      'data-focus': id ? `sa-${id}-yes` : '', text: id ? `Go to provision ${id} in the ${year[1]} self-assessment` : `Go to the ${year[1]} self-assessment` }));
  }
  const fromModule = eachModule('actionFor', d);
  if (fromModule) return fromModule;
  return el('p', { text: d.file ? `This is about ${d.file}, which this version of the studio cannot edit: change that file and bring the content in again on the Start screen.` : '' });
}
function countText(list) {
  const errors = list.filter((d) => d.severity === 'error').length;
  const warnings = list.length - errors;
  return `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`;
}
function renderCheck() {
  const list = allDiagnostics();
  const counts = $('[data-check-counts]');
  const target = $('[data-check-list]');
  if (!content) { counts.textContent = ''; target.replaceChildren(); return; }
  counts.textContent = list.length ? `${countText(list)}.` : 'Nothing to fix: no errors and no warnings.';
  const groups = new Map();
  for (const d of list) {
    const key = d.file || 'Other';
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(d);
  }
  const order = (f) => (f === 'content/site.json' ? 0 : f === 'content/policy.md' ? 1 : 2);
  const files = [...groups.keys()].sort((a, b) => order(a) - order(b) || a.localeCompare(b));
  const title = (f) => eachModule('checkTitle', f) || (f === 'content/site.json' ? 'Your organisation (site.json)' : f === 'content/policy.md' ? 'Complaints policy (policy.md)'
    : f.startsWith('content/self-assessments') ? `Self-assessment (${f})` : f.startsWith('content/annual-reports') ? `Annual report (${f})` : f);
  target.replaceChildren(...files.map((f) => el('section', { 'aria-label': title(f) },
    el('h2', { text: `${title(f)}: ${countText(groups.get(f))}` }),
    el('ul', { class: 'findings' }, groups.get(f).map((d) => findingItem(d, { action: actionFor(d) }))))));
}

// ---------------------------------------------------------------------------------------------------------------
// Your organisation
function channelFieldset(channel, index) {
  const prefix = `f-ch-${index}`;
  const group = (prop, control) => el('div', { class: 'form-group', 'data-field': `channels.${index}.${prop}` },
    el('label', { class: 'label', for: `${prefix}-${prop}`, text: CHANNEL_LABELS[prop] }),
    CHANNEL_HINTS[prop] ? el('p', { class: 'hint', id: `${prefix}-${prop}-hint`, text: CHANNEL_HINTS[prop] }) : null,
    el('div', { class: 'field-errors', id: `${prefix}-${prop}-errors` }),
    control);
  const describe = (prop) => [CHANNEL_HINTS[prop] ? `${prefix}-${prop}-hint` : '', `${prefix}-${prop}-errors`].filter(Boolean).join(' ');
  const kind = el('select', { class: 'select', id: `${prefix}-kind`, 'data-channel': index, 'data-prop': 'kind', 'aria-describedby': describe('kind'), 'data-edit': true, disabled: readOnly },
    CHANNEL_KINDS.map(([value, label]) => el('option', { value, selected: channel.kind === value, text: label })));
  if (!CHANNEL_KINDS.some(([value]) => value === channel.kind)) kind.prepend(el('option', { value: channel.kind || '', selected: true, text: channel.kind || 'Choose a kind' }));
  const input = (prop, type = 'text') => el('input', { class: 'input', type, id: `${prefix}-${prop}`, 'data-channel': index, 'data-prop': prop,
    'aria-describedby': describe(prop), spellcheck: type === 'url' ? 'false' : null, 'data-edit': true, disabled: readOnly });
  const fields = { kind, label: input('label'), value: input('value'), url: input('url', 'url'),
    details: el('textarea', { class: 'textarea', rows: '2', id: `${prefix}-details`, 'data-channel': index, 'data-prop': 'details', 'aria-describedby': describe('details'), 'data-edit': true, disabled: readOnly }) };
  for (const prop of ['label', 'value', 'url', 'details']) fields[prop].value = typeof channel[prop] === 'string' ? channel[prop] : '';
  return el('fieldset', { class: 'channel', id: `${prefix}` },
    el('legend', { text: `Way to complain ${index + 1}` }),
    CHANNEL_PROPS.map((prop) => group(prop, fields[prop])),
    el('p', {}, el('button', { type: 'button', class: 'button button--secondary', 'data-remove-channel': index, 'data-edit': true, disabled: readOnly,
      text: `Remove way to complain ${index + 1}` })));
}
function renderChannels() {
  $('[data-channels]').replaceChildren(...channelsState.map(channelFieldset));
}
function renderOrganisation() {
  const form = $('[data-organisation-form]');
  const summary = $('[data-organisation-summary]');
  if (!content) { form.hidden = true; summary.replaceChildren(); return; }
  const { obj, error } = siteJson();
  if (!obj) {
    form.hidden = true;
    errorSummary(summary, 'The organisation details cannot be shown', [{ text: `site.json has a mistake the form cannot read (${error}). Correct the file in a text editor and bring the content in again on the Start screen, or start from scratch.` }], { focus: false });
    return;
  }
  form.hidden = false;
  for (const name of FORM_FIELDS) {
    const input = document.getElementById(`f-${name}`);
    input.value = typeof obj[name] === 'string' ? obj[name] : '';
  }
  for (const who of PEOPLE) {
    const person = obj[who] && typeof obj[who] === 'object' ? obj[who] : {};
    for (const prop of ['name', 'role']) document.getElementById(`f-${who}-${prop}`).value = typeof person[prop] === 'string' ? person[prop] : '';
  }
  channelsState = Array.isArray(obj.channels) ? obj.channels.map((c) => (c && typeof c === 'object' ? { ...c } : { kind: '' })) : [];
  renderChannels();
  renderOrganisationMore(obj);
  renderOrganisationFindings();
}
function writeOrganisation() {
  const { obj } = siteJson();
  if (!obj || readOnly) return;
  for (const name of FORM_FIELDS) {
    const value = document.getElementById(`f-${name}`).value;
    if (value === '' && !(name in obj)) continue;
    obj[name] = value;
  }
  for (const who of PEOPLE) {
    const values = { name: document.getElementById(`f-${who}-name`).value, role: document.getElementById(`f-${who}-role`).value };
    if (!(who in obj) && !values.name && !values.role) continue;
    const person = obj[who] && typeof obj[who] === 'object' && !Array.isArray(obj[who]) ? { ...obj[who] } : {};
    for (const prop of ['name', 'role']) {
      if (values[prop] !== '' || prop in person) person[prop] = values[prop];
    }
    obj[who] = person;
  }
  const original = Array.isArray(obj.channels) ? obj.channels : [];
  obj.channels = channelsState.map((c, index) => {
    const out = original[index] && typeof original[index] === 'object' ? { ...original[index] } : {};
    for (const prop of CHANNEL_PROPS) {
      const value = c[prop];
      if (prop === 'kind') out.kind = value || '';
      else if (typeof value === 'string' && value !== '') out[prop] = value;
      else delete out[prop];
    }
    return out;
  });
  if (!original.length && !channelsState.length && !('channels' in siteJson().obj)) delete obj.channels;
  writeOrganisationMore(obj);
  putFile('site.json', `${JSON.stringify(obj, null, 2)}\n`);
}
/** What a field is called on the form, for the error summary: "Your main website", "Way to complain 1: Kind". */
function fieldLabel(id) {
  const channel = /^f-ch-(\d+)-(\w+)$/.exec(id);
  if (channel) return `Way to complain ${Number(channel[1]) + 1}: ${CHANNEL_LABELS[channel[2]].replace(/ \(optional\)$/, '')}`;
  return FIELD_LABELS[id.slice(2)] || closureLabel(id) || '';
}
function renderOrganisationFindings() {
  const summary = $('[data-organisation-summary]');
  const form = $('[data-organisation-form]');
  for (const box of $$('.field-errors', form)) box.replaceChildren();
  for (const group of $$('.form-group--error', form)) group.classList.remove('form-group--error');
  if (!content || !siteJson().obj) return;
  const diagnostics = allDiagnostics().filter((d) => d.file === 'content/site.json');
  const items = [];
  for (const d of diagnostics) {
    const id = fieldIdFor(d);
    const box = id && document.getElementById(`${id}-errors`);
    const severity = d.severity === 'error' ? 'Error' : 'Warning';
    const line = `${d.message}${d.provision ? ` (${provisionText(d.provision)})` : ''}`;
    if (box) {
      box.append(el('p', { class: `field-error${d.severity === 'error' ? '' : ' field-error--warning'}`, 'data-finding-code': d.code, 'data-provision': d.provision || '' },
        el('strong', {}, el('span', { class: 'visually-hidden', text: `${severity}: ` }), d.message),
        [d.provision ? `${provisionText(d.provision)}. ` : '', d.fix ? `How to fix it: ${d.fix}.` : ''].join('')));
      if (d.severity === 'error') box.closest('.form-group, .fieldset')?.classList.add('form-group--error');
      items.push({ text: `${fieldLabel(id) || severity}: ${line}`, target: id });
    } else {
      items.push({ text: `${severity}: ${line}${d.fix ? `. How to fix it: ${d.fix}` : ''}${d.line > 0 ? ` (site.json line ${d.line})` : ''}` });
    }
  }
  afterOrganisationFindings();
  if (items.length) {
    errorSummary(summary, `${items.length} ${items.length === 1 ? 'thing' : 'things'} to fix on this page`, items, { focus: false });
  } else {
    summary.replaceChildren();
  }
}

// Your organisation, the rest of site.json: the Housing Ombudsman's details, closure days, brand colour, logo, nation
// and Code. The Ombudsman's built-in details come from the engine (core/data/ombudsman.json); only the fields the
// officer fills in are written, as overrides.
const OMBUDSMAN_FIELDS = [['name', 'Name'], ['phone', 'Phone number'], ['post', 'Postal address'], ['website', 'Website'],
  ['online_form', 'Online complaint form'], ['email_note', 'About email']];
const LOGO_TYPES = { svg: 'image/svg+xml', png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' };
Object.assign(FIELD_LABELS, { closures: 'Days your office is closed', brand_colour: 'Brand colour', logo: 'Logo', nation: 'Which bank holidays count',
  code: 'Which Complaint Handling Code applies', 'om-last_checked-day': 'The Ombudsman: when you checked the details' },
Object.fromEntries(OMBUDSMAN_FIELDS.map(([f, label]) => [`om-${f}`, `The Ombudsman: ${label.toLowerCase()}`])));
let closuresState = []; // [{saved: the entry in site.json or null, raw: a saved value the date fields cannot show, day, month, year, title}]
let logoUrl = null;
let ombudsmanBuiltIn = null;
function closureLabel(id) {
  const m = /^f-cl-(\d+)-(day|title)$/.exec(id);
  return m ? `Closure day ${Number(m[1]) + 1}: ${m[2] === 'day' ? 'date' : 'title'}` : '';
}
/** The field of site.json's path beyond the first form's: an element id, null for none, undefined when not ours. */
function moreFieldIdFor(path) {
  if (['brand_colour', 'logo', 'nation', 'code'].includes(path[0])) return `f-${path[0]}`;
  if (path[0] === 'ombudsman') {
    const prop = OMBUDSMAN_FIELDS.some(([f]) => f === path[1]) ? path[1] : path[1] === 'last_checked' ? 'last_checked' : 'name';
    return prop === 'last_checked' ? 'f-om-last_checked-day' : `f-om-${prop}`;
  }
  if (path[0] === 'closures') {
    if (typeof path[1] !== 'number') return 'f-closures';
    // The n-th entry of the file is the n-th closure with something saved (rows still empty are not in the file).
    let n = -1;
    for (let row = 0; row < closuresState.length; row += 1) {
      if (closuresState[row].saved !== null) n += 1;
      if (n === path[1]) return path[2] === 'title' ? `f-cl-${row}-title` : `f-cl-${row}-day`;
    }
    return 'f-closures';
  }
  return undefined;
}
function errorsBox(id) { return el('div', { class: 'field-errors', id: `${id}-errors` }); }
/** A date input with a box for the check's findings, which fieldIdFor finds as `<prefix>-day`. */
function dateInputWithErrors(prefix, legend, hint, value, data) {
  const group = dateInput(prefix, legend, hint, value, data);
  group.insertBefore(errorsBox(`${prefix}-day`), group.querySelector('.date-input'));
  return group;
}
function closureRow(row, index) {
  const prefix = `f-cl-${index}`;
  const hint = row.raw !== undefined ? `site.json has ${JSON.stringify(row.raw)} here, which is not a date the studio can show: enter it as day, month and year, for example 24 12 2026.`
    : 'For example 24 12 2026.';
  const date = dateInputWithErrors(prefix, 'Date', hint, '', { 'data-closure': index });
  for (const part of ['day', 'month', 'year']) $(`#${prefix}-${part}`, date).value = row[part];
  const title = el('input', { class: 'input', type: 'text', id: `${prefix}-title`, name: `${prefix}-title`, 'data-closure': index,
    'aria-describedby': `${prefix}-title-hint ${prefix}-title-errors`, 'data-edit': true, disabled: readOnly });
  title.value = row.title;
  return el('fieldset', { class: 'channel closure', id: prefix },
    el('legend', { text: `Closure day ${index + 1}` }),
    date,
    el('div', { class: 'form-group', 'data-field': `closures.${index}.title` },
      el('label', { class: 'label', for: `${prefix}-title`, text: 'What residents are told (optional)' }),
      el('p', { class: 'hint', id: `${prefix}-title-hint`, text: 'For example "Office closed between Christmas and New Year". Left empty, residents see "Landlord closure day".' }),
      errorsBox(`${prefix}-title`),
      title),
    el('p', {}, el('button', { type: 'button', class: 'button button--secondary', 'data-remove-closure': index, 'data-edit': true, disabled: readOnly,
      text: `Remove closure day ${index + 1}` })));
}
/** What the officer has typed in the closure rows, so that adding or removing one keeps it. */
function readClosureRows() {
  closuresState.forEach((row, i) => {
    for (const part of ['day', 'month', 'year']) { const input = document.getElementById(`f-cl-${i}-${part}`); if (input) row[part] = input.value; }
    const title = document.getElementById(`f-cl-${i}-title`);
    if (title) row.title = title.value;
  });
}
function renderClosures() {
  $('[data-closures]').replaceChildren(...closuresState.map(closureRow));
  closuresState.forEach((row, i) => { if (row.day || row.month || row.year) showClosureProblem(`f-cl-${i}`); });
}
/** showDateProblem, saying so when a new closure day is not in the file at all yet. */
function showClosureProblem(prefix) {
  showDateProblem(prefix);
  const row = closuresState[Number(prefix.split('-')[2])];
  const message = document.getElementById(`${prefix}-error`);
  if (row && row.saved === null && message && !message.hidden) {
    message.lastChild.textContent = message.lastChild.textContent.replace('Until then the date saved is the one before.', 'Until then this closure day is not saved.');
  }
}
function closureFromFile(entry) {
  const date = typeof entry === 'string' ? entry : entry && typeof entry === 'object' && !Array.isArray(entry) ? entry.date : undefined;
  const parts = isoParts(date);
  const row = { saved: entry, ...parts, title: entry && typeof entry === 'object' && typeof entry.title === 'string' ? entry.title : '' };
  if (!parts.year) {
    // "2026-13-01" shows as its parts (and its error); anything else the fields cannot hold is kept until replaced.
    const loose = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(typeof date === 'string' ? date : '');
    if (loose) Object.assign(row, { day: String(Number(loose[3])), month: String(Number(loose[2])), year: loose[1] });
    else row.raw = date === undefined ? entry : date;
  }
  return row;
}
function ombudsmanChecked(over) {
  const checked = typeof over.last_checked === 'string' && over.last_checked ? over.last_checked : (ombudsmanBuiltIn || {}).last_checked;
  const [y, m, d] = String(checked || '').split('-').map(Number);
  return y && m && d ? longDate(new Date(y, m - 1, d)) : 'an unknown date';
}
/** What the site will publish about the Ombudsman: each detail, the officer's where they changed it. */
function renderOmbudsmanShown(over) {
  const given = (f) => typeof over[f] === 'string' && over[f] !== '';
  $('[data-ombudsman-shown]').replaceChildren(...OMBUDSMAN_FIELDS.map(([f, label]) => el('div', {},
    el('dt', { text: label }),
    el('dd', {}, given(f) ? over[f] : (ombudsmanBuiltIn || {})[f] || '', given(f) ? el('strong', { class: 'ombudsman-changed', text: ' (your change)' }) : null))));
  $('#f-ombudsman-hint').textContent = `What your site tells residents about taking a complaint to the Housing Ombudsman (on its Ombudsman page and with every stage of a complaint). ${given('last_checked')
    ? `You checked these details on ${ombudsmanChecked(over)}.` : `The studio has them built in; they were last checked on ${ombudsmanChecked(over)} against the Ombudsman's website.`}`;
}
function renderOmbudsman(obj) {
  if (!ombudsmanBuiltIn) {
    try { ombudsmanBuiltIn = engine.ombudsman(); } catch (e) { console.error('studio: the Ombudsman\'s details', e); }
  }
  const builtIn = ombudsmanBuiltIn || {};
  const over = obj.ombudsman && typeof obj.ombudsman === 'object' && !Array.isArray(obj.ombudsman) ? obj.ombudsman : {};
  const given = (f) => typeof over[f] === 'string' && over[f] !== '';
  const checkedText = ombudsmanChecked({});
  const field = (f, label) => {
    const id = `f-om-${f}`;
    const input = el(f === 'post' || f === 'email_note' ? 'textarea' : 'input', { class: f === 'post' || f === 'email_note' ? 'textarea' : 'input', id, name: `ombudsman-${f}`,
      type: f === 'post' || f === 'email_note' ? null : f === 'website' || f === 'online_form' ? 'url' : f === 'phone' ? 'tel' : 'text', rows: f === 'post' || f === 'email_note' ? '2' : null,
      spellcheck: f === 'website' || f === 'online_form' ? 'false' : null, 'aria-describedby': `${id}-hint ${id}-errors`, 'data-ombudsman': f, 'data-edit': true, disabled: readOnly });
    input.value = typeof over[f] === 'string' ? over[f] : '';
    return el('div', { class: 'form-group', 'data-field': `ombudsman.${f}` },
      el('label', { class: 'label', for: id, text: label }),
      el('p', { class: 'hint', id: `${id}-hint`, text: `Built in: ${builtIn[f] || '(none)'}. Leave it empty to use it.` }),
      errorsBox(id), input);
  };
  const changed = OMBUDSMAN_FIELDS.some(([f]) => given(f)) || given('last_checked');
  $('[data-ombudsman]').replaceChildren(
    el('p', { class: 'hint', id: 'f-ombudsman-hint' }),
    el('dl', { class: 'summary-list', 'data-ombudsman-shown': true }),
    el('details', { class: 'details', 'data-ombudsman-change': true, open: changed },
      el('summary', { class: 'details__summary', text: 'Change the Ombudsman\'s details (rarely needed)' }),
      el('div', { class: 'details__text' },
        el('p', { text: 'Only when the Ombudsman\'s details have changed and this version of the studio does not know yet. Fill in just what changed: an empty field uses the built-in detail.' }),
        OMBUDSMAN_FIELDS.map(([f, label]) => field(f, label)),
        dateInputWithErrors('f-om-last_checked', 'When did you check these details on the Ombudsman\'s website?', `For example 24 11 2026. Leave it empty to use the built-in date (${checkedText}).`,
          given('last_checked') ? over.last_checked : '', { 'data-ombudsman': 'last_checked' }))));
  renderOmbudsmanShown(over);
}
function renderLogo(obj) {
  if (logoUrl) { URL.revokeObjectURL(logoUrl); logoUrl = null; }
  const path = typeof obj.logo === 'string' ? obj.logo : '';
  const box = $('[data-logo-now]');
  if (!path) { box.replaceChildren(el('p', { text: 'No logo: the header shows your organisation\'s name only.' })); return; }
  const bytes = content.get(path);
  const ext = (path.split('.').pop() || '').toLowerCase();
  const parts = [];
  if (bytes && LOGO_TYPES[ext]) {
    logoUrl = URL.createObjectURL(new Blob([bytes], { type: LOGO_TYPES[ext] }));
    const img = el('img', { src: logoUrl, alt: 'Your logo as the header shows it', 'data-logo-preview': true });
    // A web server whose security policy refuses images made in the page (blob:) cannot show it here; the Preview can.
    img.addEventListener('error', () => img.parentNode && img.parentNode.replaceChildren(
      'This web server\'s security settings do not let the studio show the image here: the Preview screen shows it in the header.'));
    parts.push(el('p', { class: 'logo-now' }, img));
  }
  parts.push(el('p', { text: bytes ? `The logo is ${path} in your content. Choose another image to replace it.` : `site.json names ${path}, which is not in your content: choose the image again.` }),
    el('p', {}, el('button', { type: 'button', class: 'button button--secondary', 'data-remove-logo': true, 'data-edit': true, disabled: readOnly, text: 'Remove the logo' })));
  box.replaceChildren(...parts);
}
function renderOrganisationMore(obj) {
  closuresState = Array.isArray(obj.closures) ? obj.closures.map(closureFromFile) : [];
  renderClosures();
  renderOmbudsman(obj);
  const colour = typeof obj.brand_colour === 'string' ? obj.brand_colour : '';
  $('#f-brand_colour').value = colour;
  if (/^#[0-9a-f]{6}$/i.test(colour)) $('#f-brand_colour-picker').value = colour.toLowerCase();
  renderLogo(obj);
  for (const name of ['nation', 'code']) {
    const radios = $$(`input[name="${name}"]`);
    // No key in the file: the generator's default, the first choice (england-and-wales, 2024).
    const value = typeof obj[name] === 'string' ? obj[name] : radios[0].value;
    for (const r of radios) r.checked = r.value === value;
  }
}
/** Into `obj` (site.json as read): what the fields beyond the first form's hold. Keys the form does not show stay. */
function writeOrganisationMore(obj) {
  readClosureRows();
  const out = [];
  closuresState.forEach((row, i) => {
    const v = dateValue(`f-cl-${i}`);
    if (v.problem || (v.iso === '' && row.raw !== undefined)) {
      // Not a date yet: the file keeps what it had.
    } else if (v.iso === '') {
      row.saved = null;
    } else {
      const before = row.saved;
      if (before && typeof before === 'object' && !Array.isArray(before)) {
        row.saved = { ...before, date: v.iso };
        if (row.title) row.saved.title = row.title; else delete row.saved.title;
      } else {
        row.saved = row.title ? { date: v.iso, title: row.title } : v.iso;
      }
      delete row.raw;
    }
    if (row.saved !== null) out.push(row.saved);
  });
  // A "closures" the form cannot read (not a list) stays as it is until a closure is added.
  if (out.length || Array.isArray(obj.closures)) obj.closures = out;

  const over = obj.ombudsman && typeof obj.ombudsman === 'object' && !Array.isArray(obj.ombudsman) ? { ...obj.ombudsman } : {};
  for (const [f] of OMBUDSMAN_FIELDS) {
    const value = document.getElementById(`f-om-${f}`).value;
    if (value.trim()) over[f] = value; else delete over[f];
  }
  const checked = dateValue('f-om-last_checked');
  if (!checked.problem) { if (checked.iso) over.last_checked = checked.iso; else delete over.last_checked; }
  const readable = !('ombudsman' in obj) || (obj.ombudsman && typeof obj.ombudsman === 'object' && !Array.isArray(obj.ombudsman));
  if (Object.keys(over).length) obj.ombudsman = over; else if (readable) delete obj.ombudsman;
  renderOmbudsmanShown(over);

  const colour = $('#f-brand_colour').value.trim();
  if (colour) obj.brand_colour = colour; else if (typeof obj.brand_colour === 'string') delete obj.brand_colour;
  for (const name of ['nation', 'code']) {
    const radio = $(`input[name="${name}"]:checked`);
    if (radio && (name in obj || radio !== $$(`input[name="${name}"]`)[0])) obj[name] = radio.value;
  }
}
/** After the check's findings are placed: the Ombudsman's change fields open when one has a finding, and a date still
 *  not right keeps its red bar (the findings' redraw clears them all). */
function afterOrganisationFindings() {
  for (const details of $$('[data-organisation-form] details')) if ($('.field-errors > *', details)) details.open = true;
  for (const group of $$('[data-organisation-form] [data-date]')) {
    const message = document.getElementById(`${group.dataset.date}-error`);
    if (message && !message.hidden) group.classList.add('form-group--error');
  }
}
async function chooseLogo(file) {
  if (!file || readOnly) return;
  const box = $('#f-logo-errors');
  const ext = (/\.([A-Za-z0-9]+)$/.exec(file.name) || [])[1]?.toLowerCase();
  const group = box.closest('.form-group');
  if (!ext || !LOGO_TYPES[ext]) {
    box.replaceChildren(el('p', { class: 'field-error' }, el('strong', {}, el('span', { class: 'visually-hidden', text: 'Error: ' }),
      `${file.name} is not an SVG, PNG, JPEG, WebP or GIF image`), 'Save the logo in one of those formats and choose it again. Nothing was changed.'));
    group.classList.add('form-group--error');
    return;
  }
  group.classList.remove('form-group--error');
  box.replaceChildren();
  const bytes = new Uint8Array(await file.arrayBuffer());
  const { obj } = siteJson();
  if (!obj) return;
  const name = `logo.${ext === 'jpeg' ? 'jpg' : ext}`;
  const old = typeof obj.logo === 'string' ? obj.logo : '';
  putFile(name, bytes);
  if (old && old !== name && /^logo\.[a-z]+$/i.test(old)) removeFile(old);
  obj.logo = name;
  putFile('site.json', `${JSON.stringify(obj, null, 2)}\n`);
  renderLogo(obj);
  $('[data-save-status]').textContent = `Your logo was saved as ${name}.`;
}
function removeLogo() {
  const { obj } = siteJson();
  if (!obj || readOnly) return;
  const old = typeof obj.logo === 'string' ? obj.logo : '';
  delete obj.logo;
  putFile('site.json', `${JSON.stringify(obj, null, 2)}\n`);
  if (old && content.has(old) && !old.includes('/')) removeFile(old);
  renderLogo(obj);
  $('#f-logo').focus();
  $('[data-save-status]').textContent = 'The logo was removed.';
}
function wireOrganisationMore(writeSoon) {
  const form = $('[data-organisation-form]');
  // Before the form's own listeners write site.json: the colour box and the text field say the same.
  form.addEventListener('input', (event) => {
    if (event.target.id === 'f-brand_colour-picker') $('#f-brand_colour').value = event.target.value;
    if (event.target.id === 'f-brand_colour' && /^#[0-9a-f]{6}$/i.test(event.target.value.trim())) $('#f-brand_colour-picker').value = event.target.value.trim().toLowerCase();
  }, true);
  // A date's problem is shown once the focus leaves its three fields (not between day and month), and goes as soon as it is put right.
  const datePrefix = (target) => (/^(f-cl-\d+|f-om-last_checked)-(day|month|year)$/.exec(target.id || '') || [])[1];
  form.addEventListener('focusout', (event) => {
    const prefix = datePrefix(event.target);
    if (prefix && !event.target.closest('[data-date]').contains(event.relatedTarget)) (prefix.startsWith('f-cl-') ? showClosureProblem : showDateProblem)(prefix);
  });
  form.addEventListener('input', (event) => {
    const prefix = datePrefix(event.target);
    if (prefix && !document.getElementById(`${prefix}-error`).hidden) (prefix.startsWith('f-cl-') ? showClosureProblem : showDateProblem)(prefix);
  });
  form.addEventListener('change', (event) => {
    if (event.target.id === 'f-logo') { chooseLogo(event.target.files && event.target.files[0]).finally(() => { event.target.value = ''; }); }
  });
  $('[data-add-closure]').addEventListener('click', () => {
    if (readOnly) return;
    readClosureRows();
    closuresState.push({ saved: null, day: '', month: '', year: '', title: '' });
    renderClosures();
    document.getElementById(`f-cl-${closuresState.length - 1}-day`).focus();
  });
  $('[data-closures]').addEventListener('click', (event) => {
    const button = event.target.closest('[data-remove-closure]');
    if (!button || readOnly) return;
    const index = Number(button.dataset.removeClosure);
    readClosureRows();
    closuresState.splice(index, 1);
    renderClosures();
    writeSoon.cancel();
    writeOrganisation();
    const next = document.getElementById(`f-cl-${Math.min(index, closuresState.length - 1)}-day`) || $('[data-add-closure]');
    next.focus();
    $('[data-save-status]').textContent = `Closure day ${index + 1} removed.`;
  });
  $('[data-logo-now]').addEventListener('click', (event) => { if (event.target.closest('[data-remove-logo]')) removeLogo(); });
}

// ---------------------------------------------------------------------------------------------------------------
// Complaints policy
function renderPolicy() {
  const area = $('#policy-text');
  area.value = text('policy.md') ?? '';
  renderPolicyFindings();
}
function renderPolicyFindings() {
  const list = $('[data-policy-findings]');
  const count = $('[data-policy-count]');
  if (!content) { list.replaceChildren(); count.textContent = ''; return; }
  const diagnostics = allDiagnostics().filter((d) => d.file === 'content/policy.md').sort((a, b) => a.line - b.line);
  count.replaceChildren(diagnostics.length
    ? el('span', {}, `The check found ${countText(diagnostics)} in the policy: `, el('a', { href: '#policy-findings-title', 'data-focus': 'policy-findings-title', text: 'see them under the editor' }), '.')
    : 'The check found nothing to fix in the policy.');
  list.replaceChildren(...diagnostics.map((d) => findingItem(d, { where: false,
    action: el('p', {}, el('button', { type: 'button', class: 'link-button', 'data-go': 'policy', 'data-focus': 'policy-text', 'data-line': d.line || '',
      text: d.line > 0 ? `Line ${d.line}: go to it` : 'Go to the policy' })) })));
  for (const item of $$('li', list)) {
    const d = diagnostics[$$('li', list).indexOf(item)];
    if (d.line > 0) item.firstChild.prepend(el('strong', { text: `Line ${d.line}: ` }));
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Self-assessment: self-assessments/<year>.json, one year at a time, every provision of its Code.
const SA_KNOWN = ['id', 'comply', 'evidence', 'commentary', 'explanation', 'comply_by'];
const SA_TOP = ['$schema', 'code', 'completed', 'approved', 'statement', 'provisions'];
/** What to do, in the screen's own words, for the findings a provision's fields can fix (the Check screen keeps check's words). */
const SA_FIXES = {
  'sa.no.missing_explanation': 'Say why under "Why not, and what you are doing about it" below',
  'sa.no.missing_comply_by': 'Enter the date under "By when will you meet it?" below',
  'sa.no.comply_by_passed': 'Enter a new date under "By when will you meet it?", or answer Yes if you now meet it',
  'sa.yes.missing_evidence': 'Add evidence below: a document or a page that shows you meet it',
  'sa.provision.unanswered': 'Choose "Yes, we meet this" or "No, not yet" below',
  'sa.evidence.placeholder': 'Replace the example words in the evidence below with your own',
  'sa.evidence.missing_text': 'Say what each evidence item is under "What it is"',
  'sa.url.unsafe': 'Change the evidence link: a page of your site starting / or an address starting https://',
};
function sentence(s) { return s ? s[0].toUpperCase() + s.slice(1) : s; }
const SA_FILTERS = [['all', 'All'], ['unanswered', 'Unanswered'], ['no', 'No'], ['findings', 'Has findings']];
const sa = {
  year: null, // the year shown
  rendered: null, // the year whose fieldsets are in the page
  dirty: true, // the content changed from outside the screen: render again when shown
  obj: null, // the file as an object
  catalogue: null,
  order: new Map(), // provision id → index in the Code
  state: new Map(), // provision id → {comply, explanation, complyBy, commentary, evidence: [{text, url}]}
  touched: new Set(), // provision ids changed here (the others are written back as they were)
  topTouched: new Set(),
  filter: 'all',
  findings: new Map(), // provision id → diagnostics
  findingIds: new Set(),
};
const catalogues = new Map();
function catalogueFor(code) {
  if (!catalogues.has(code)) {
    let c = null;
    try { c = engine.catalogue(code); } catch (e) { console.error(e); }
    catalogues.set(code, c && Array.isArray(c.provisions) ? c : null);
  }
  return catalogues.get(code);
}
function saPath(year) { return `self-assessments/${year}.json`; }
function saYears() {
  if (!content) return [];
  return [...content.keys()].map((p) => /^self-assessments\/(\d{4}-\d{2})\.json$/.exec(p)).filter(Boolean).map((m) => m[1]).sort().reverse();
}
function shiftYear(year, by) { return engine.financialYear(year, by); }
/** The Code's words as DOM nodes: paragraphs (blank lines), "- " list items and **bold**. */
function inlineMarkdown(s) {
  const out = [];
  const re = /\*\*(.+?)\*\*/g;
  let last = 0;
  let m;
  while ((m = re.exec(s))) {
    if (m.index > last) out.push(s.slice(last, m.index));
    out.push(el('strong', { text: m[1] }));
    last = re.lastIndex;
  }
  if (last < s.length) out.push(s.slice(last));
  return out;
}
function markdownNodes(md) {
  const nodes = [];
  for (const block of String(md || '').split(/\n\s*\n/)) {
    let para = [];
    let list = null;
    const flush = () => { if (para.length) { nodes.push(el('p', {}, inlineMarkdown(para.join(' ')))); para = []; } };
    for (const line of block.split('\n')) {
      const item = /^\s*[-*]\s+(.*)$/.exec(line);
      if (item) {
        flush();
        if (!list) { list = el('ul', {}); nodes.push(list); }
        list.append(el('li', {}, inlineMarkdown(item[1])));
      } else if (line.trim()) {
        list = null;
        para.push(line.trim());
      }
    }
    flush();
  }
  return nodes;
}
function isoParts(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof value === 'string' ? value : '');
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1] } : { day: '', month: '', year: '' };
}
/** A GOV.UK date input's value: {iso} (''/YYYY-MM-DD) or {problem}. */
function dateValue(prefix) {
  const [day, month, year] = ['day', 'month', 'year'].map((part) => document.getElementById(`${prefix}-${part}`).value.trim());
  if (!day && !month && !year) return { iso: '' };
  if (!day || !month || !year) return { problem: `Enter the ${[!day && 'day', !month && 'month', !year && 'year'].filter(Boolean).join(' and ')}` };
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return { problem: 'Enter the date in numbers, for example 31 3 2027' };
  const d = new Date(Number(year), Number(month) - 1, Number(day));
  if (d.getFullYear() !== Number(year) || d.getMonth() !== Number(month) - 1 || d.getDate() !== Number(day)) return { problem: 'Enter a real date, for example 31 3 2027' };
  return { iso: `${year}-${pad(month)}-${pad(day)}` };
}
function dateInput(prefix, legend, hint, value, data) {
  const parts = isoParts(value);
  return el('fieldset', { class: 'fieldset date-group', role: 'group', 'aria-describedby': `${prefix}-hint`, 'data-date': prefix },
    el('legend', { class: 'label', text: legend }),
    el('p', { class: 'hint', id: `${prefix}-hint`, text: hint }),
    el('p', { class: 'error-message', id: `${prefix}-error`, hidden: true }),
    el('div', { class: 'date-input' }, ['day', 'month', 'year'].map((part) => el('div', { class: 'date-input__item' },
      el('label', { class: 'date-input__label', for: `${prefix}-${part}`, text: part[0].toUpperCase() + part.slice(1) }),
      el('input', { class: `input date-input__input date-input__input--${part}`, id: `${prefix}-${part}`, name: `${prefix}-${part}`, type: 'text',
        inputmode: 'numeric', autocomplete: 'off', spellcheck: 'false', value: parts[part], 'data-date-part': part, 'data-edit': true, disabled: readOnly, ...data })))));
}
function showDateProblem(prefix) {
  const group = document.querySelector(`[data-date="${prefix}"]`);
  if (!group) return;
  const result = dateValue(prefix);
  const message = document.getElementById(`${prefix}-error`);
  message.hidden = !result.problem;
  message.replaceChildren(...(result.problem ? [el('span', { class: 'visually-hidden', text: 'Error: ' }), `${result.problem}. Until then the date saved is the one before.`] : []));
  group.classList.toggle('form-group--error', !!result.problem);
  group.setAttribute('aria-describedby', result.problem ? `${prefix}-hint ${prefix}-error` : `${prefix}-hint`);
  for (const input of $$('input', group)) { if (result.problem) input.setAttribute('aria-invalid', 'true'); else input.removeAttribute('aria-invalid'); }
}

/** Which provision of self-assessments/<year>.json a diagnostic is about: by its line (each provision's lines in the file), else its provision for an unanswered one. */
let saRangesCache = { source: null, ranges: [] };
function saRanges(source) {
  if (saRangesCache.source === source) return saRangesCache.ranges;
  const ranges = saRangesOf(source);
  saRangesCache = { source, ranges };
  return ranges;
}
function saRangesOf(source) {
  let obj = null;
  try { obj = JSON.parse(source); } catch { return []; }
  if (!obj || !Array.isArray(obj.provisions)) return [];
  const first = new Map();
  const last = new Map();
  for (const m of jsonMarks(source)) {
    if (m.path[0] !== 'provisions' || typeof m.path[1] !== 'number') continue;
    if (!first.has(m.path[1])) first.set(m.path[1], m.line);
    last.set(m.path[1], m.line);
  }
  const ranges = [];
  obj.provisions.forEach((p, n) => {
    if (!first.has(n)) return;
    const next = first.get(n + 1);
    ranges.push({ id: p && typeof p === 'object' && typeof p.id === 'string' ? p.id : null, start: first.get(n) - 1, end: next ? next - 2 : last.get(n) + 1 });
  });
  return ranges;
}
function saProvisionOf(d, ranges, known) {
  if (d.line > 0) {
    const r = ranges.find((x) => d.line >= x.start && d.line <= x.end);
    return r && r.id && known(r.id) ? r.id : null;
  }
  return d.provision && /^sa\.(provision|no|yes)\./.test(d.code) && known(d.provision) ? d.provision : null;
}
function saGroupFindings(year, known) {
  const file = `content/${saPath(year)}`;
  const list = allDiagnostics().filter((d) => d.file === file);
  const ranges = saRanges(text(saPath(year)) || '');
  const byId = new Map();
  const other = [];
  for (const d of list) {
    const id = saProvisionOf(d, ranges, known);
    if (id) { if (!byId.has(id)) byId.set(id, []); byId.get(id).push(d); } else other.push(d);
  }
  return { list, byId, other };
}
/** For the Check screen: the provision a finding of self-assessments/<year>.json belongs to, or null. */
function saProvisionForCheck(d, year) {
  const source = text(saPath(year)) || '';
  const code = (/"code"\s*:\s*"(\d{4})"/.exec(source) || [])[1] || '2024';
  const cat = catalogueFor(code);
  if (!cat) return null;
  if (!cat.ids) cat.ids = new Set(cat.provisions.map((p) => p.id));
  return saProvisionOf(d, saRanges(source), (id) => cat.ids.has(id));
}

function saStateOf(answer) {
  const a = answer && typeof answer === 'object' ? answer : {};
  const str = (v) => (typeof v === 'string' ? v : '');
  return {
    comply: a.comply === 'yes' || a.comply === 'no' ? a.comply : '',
    explanation: str(a.explanation), complyBy: str(a.comply_by), commentary: str(a.commentary),
    evidence: Array.isArray(a.evidence) ? a.evidence.map((e) => ({ text: str(e && e.text), url: str(e && e.url) })) : [],
  };
}
function saHasData(s) { return !!(s.explanation || s.commentary || s.complyBy || s.evidence.some((e) => e.text || e.url)); }
function saAnswerOut(id, original) {
  const s = sa.state.get(id);
  if (!s.comply) return null;
  const out = { id, comply: s.comply };
  const evidence = s.evidence.filter((e) => e.text.trim()).map((e) => (e.url.trim() ? { text: e.text, url: e.url.trim() } : { text: e.text }));
  if (evidence.length) out.evidence = evidence;
  if (s.commentary) out.commentary = s.commentary;
  if (s.comply === 'no') {
    if (s.explanation) out.explanation = s.explanation;
    if (s.complyBy) out.comply_by = s.complyBy;
  }
  if (original && typeof original === 'object') for (const [key, value] of Object.entries(original)) if (!SA_KNOWN.includes(key)) out[key] = value;
  return out;
}
function writeSelfAssessment() {
  if (readOnly || !content || !sa.obj || sa.rendered === null) return;
  const obj = sa.obj;
  // The year's own fields.
  if (sa.topTouched.has('statement')) {
    const v = $('#sa-statement').value;
    if (v) obj.statement = v; else delete obj.statement;
  }
  if (sa.topTouched.has('completed')) {
    const v = dateValue('sa-completed');
    if (v.iso) obj.completed = v.iso; else if (v.iso === '') delete obj.completed;
  }
  if (sa.topTouched.has('approved')) {
    const approved = obj.approved && typeof obj.approved === 'object' && !Array.isArray(obj.approved) ? { ...obj.approved } : {};
    const date = dateValue('sa-approved');
    if (date.iso) approved.date = date.iso; else if (date.iso === '') delete approved.date;
    const by = $('#sa-approved-by').value;
    if (by) approved.by = by; else delete approved.by;
    const ordered = {};
    for (const key of ['date', 'by']) if (key in approved) ordered[key] = approved[key];
    for (const [key, value] of Object.entries(approved)) if (!(key in ordered)) ordered[key] = value;
    if (Object.keys(ordered).length) obj.approved = ordered; else delete obj.approved;
  }
  // The answers, in the Code's order; ones the officer did not touch are kept as they were.
  const original = Array.isArray(obj.provisions) ? obj.provisions : [];
  const seen = new Set();
  const list = [];
  for (const p of original) {
    const id = p && typeof p === 'object' && typeof p.id === 'string' ? p.id : null;
    if (id && sa.touched.has(id) && !seen.has(id)) {
      seen.add(id);
      const out = saAnswerOut(id, p);
      if (out) list.push(out);
    } else {
      if (id) seen.add(id);
      list.push(p);
    }
  }
  for (const id of sa.touched) {
    if (seen.has(id)) continue;
    const out = saAnswerOut(id, null);
    if (out) list.push(out);
  }
  const rank = (p, i) => (p && typeof p === 'object' && sa.order.has(p.id) ? sa.order.get(p.id) : 100000 + i);
  const ranked = list.map((p, i) => [rank(p, i), p]).sort((a, b) => a[0] - b[0]).map(([, p]) => p);
  const out = {};
  for (const key of SA_TOP) {
    if (key === 'provisions') out.provisions = ranked;
    else if (key in obj) out[key] = obj[key];
  }
  for (const [key, value] of Object.entries(obj)) if (!(key in out)) out[key] = value;
  sa.obj = out;
  const json = `${JSON.stringify(out, null, 2)}\n`;
  if (json !== text(saPath(sa.rendered))) putFile(saPath(sa.rendered), json);
}
const writeSaSoon = debounce(writeSelfAssessment, 400);

function saProvisionFieldset(p) {
  const id = p.id;
  const s = sa.state.get(id);
  const pid = `sa-${id}`;
  const data = { 'data-sa-id': id };
  const radio = (value, label) => el('div', { class: 'radios__item' },
    el('input', { class: 'radios__input', type: 'radio', id: `${pid}-${value}`, name: `comply-${id}`, value, checked: s.comply === value, 'data-sa-prop': 'comply', 'data-edit': true, disabled: readOnly, ...data }),
    el('label', { class: 'radios__label', for: `${pid}-${value}`, text: label }));
  const explanation = el('textarea', { class: 'textarea', id: `explanation-${id}`, name: `explanation-${id}`, rows: '4', 'aria-describedby': `explanation-${id}-hint`,
    'data-sa-prop': 'explanation', 'data-edit': true, disabled: readOnly, ...data });
  explanation.value = s.explanation;
  const commentary = el('textarea', { class: 'textarea', id: `commentary-${id}`, name: `commentary-${id}`, rows: '3', 'aria-describedby': `commentary-${id}-hint`,
    'data-sa-prop': 'commentary', 'data-edit': true, disabled: readOnly, ...data });
  commentary.value = s.commentary;
  return el('fieldset', { class: 'provision', id: pid, 'data-provision-id': id },
    el('legend', { class: 'provision__legend', text: `Provision ${id}` }),
    el('div', { class: 'provision__text', id: `${pid}-text` }, markdownNodes(p.text)),
    el('div', { class: 'field-errors provision__findings', id: `${pid}-findings`, 'data-sa-findings': id }),
    el('fieldset', { class: 'fieldset provision__answer', 'aria-describedby': `${pid}-text ${pid}-findings` },
      el('legend', { class: 'label', text: `Do you meet provision ${id}?` }),
      el('p', { class: 'hint provision__unsaved', id: `${pid}-unsaved`, hidden: !!s.comply || !saHasData(s), text: 'Choose Yes or No: what you write for this provision is saved once it has an answer.' }),
      el('div', { class: 'radios' },
        radio('yes', 'Yes, we meet this'),
        radio('no', 'No, not yet'),
        el('div', { class: 'radios__conditional', id: `${pid}-plan`, hidden: s.comply !== 'no' },
          el('div', { class: 'form-group' },
            el('label', { class: 'label', for: `explanation-${id}`, text: 'Why not, and what you are doing about it' }),
            el('p', { class: 'hint', id: `explanation-${id}-hint`, text: 'The Code asks for this for every provision you do not meet yet. Residents and the Ombudsman read it.' }),
            explanation),
          dateInput(`comply-by-${id}`, 'By when will you meet it?', 'For example 31 3 2027', s.complyBy, { 'data-sa-prop': 'comply-by', ...data })))),
    el('div', { class: 'form-group' },
      el('label', { class: 'label', for: `commentary-${id}`, text: 'How you meet it (optional)' }),
      el('p', { class: 'hint', id: `commentary-${id}-hint`, text: 'In plain words, for residents. Markdown: a blank line starts a new paragraph.' }),
      commentary),
    el('div', { class: 'evidence-list', id: `${pid}-evidence` }, saEvidenceNodes(id)));
}
function saEvidenceNodes(id) {
  const s = sa.state.get(id);
  const pid = `sa-${id}`;
  return [
    el('h3', { class: 'evidence-list__title', id: `${pid}-evidence-title`, text: s.evidence.length ? `Evidence (${s.evidence.length})` : 'Evidence' }),
    el('p', { class: 'hint', id: `${pid}-evidence-hint`, text: 'What shows you meet it: a document, a page of your site (a link starting /, for example /policy/) or a page elsewhere (starting https://).' }),
    ...s.evidence.map((e, i) => {
      const n = i + 1;
      const textInput = el('input', { class: 'input', type: 'text', id: `${pid}-ev-${i}-text`, 'aria-describedby': `${pid}-evidence-hint`, value: e.text,
        'data-sa-prop': 'evidence-text', 'data-sa-index': i, 'data-sa-id': id, 'data-edit': true, disabled: readOnly });
      const urlInput = el('input', { class: 'input', type: 'text', inputmode: 'url', spellcheck: 'false', id: `${pid}-ev-${i}-url`, value: e.url,
        'data-sa-prop': 'evidence-url', 'data-sa-index': i, 'data-sa-id': id, 'data-edit': true, disabled: readOnly });
      return el('div', { class: 'evidence', role: 'group', 'aria-labelledby': `${pid}-ev-${i}-title` },
        el('p', { class: 'evidence__title', id: `${pid}-ev-${i}-title`, text: `Evidence ${n} for provision ${id}` }),
        el('div', { class: 'form-group' }, el('label', { class: 'label', for: `${pid}-ev-${i}-text`, text: 'What it is' }), textInput),
        el('div', { class: 'form-group' }, el('label', { class: 'label', for: `${pid}-ev-${i}-url`, text: 'Link (optional)' }), urlInput),
        el('p', {}, el('button', { type: 'button', class: 'button button--secondary button--small', 'data-sa-remove-evidence': i, 'data-sa-id': id, 'data-edit': true, disabled: readOnly,
          text: `Remove evidence ${n} for provision ${id}` })));
    }),
    el('p', {}, el('button', { type: 'button', class: 'button button--secondary button--small', 'data-sa-add-evidence': id, 'data-edit': true, disabled: readOnly,
      text: `Add evidence for provision ${id}` })),
  ];
}
function saYearOptions(years) {
  const select = $('#sa-year');
  select.replaceChildren(...years.map((y) => el('option', { value: y, selected: y === sa.year, text: y })),
    el('option', { value: 'new', text: 'Start a new year' }));
}
function saShowNewForm(show) {
  const years = saYears();
  const form = $('[data-sa-new]');
  form.hidden = !show;
  $('[data-sa-body]').hidden = show && years.length > 0;
  if (!show) return;
  const input = $('#sa-new-year');
  if (!input.value || !validYear(input.value) || years.includes(input.value)) input.value = years.length ? shiftYear(years[0], 1) : shiftYear(lastFinancialYear(), 1);
  $('[data-sa-new-from]').hidden = !years.length;
  if (years.length) $('[data-sa-new-last-label]').textContent = `Start from last year's answers (${years[0]})`;
}
function renderSelfAssessment() {
  sa.dirty = false;
  writeSaSoon.cancel();
  const body = $('[data-sa-body]');
  const years = content ? saYears() : [];
  if (!years.includes(sa.year)) sa.year = years[0] || null;
  $('[data-sa-none]').hidden = !content || years.length > 0;
  $('[data-sa-choose]').hidden = !years.length;
  saYearOptions(years);
  saShowNewForm(!years.length && !!content);
  sa.rendered = null;
  sa.obj = null;
  sa.touched = new Set();
  sa.topTouched = new Set();
  sa.findingIds = new Set();
  if (!sa.year) { body.replaceChildren(); return; }
  const { obj, error } = readJson(saPath(sa.year));
  if (!obj) {
    body.replaceChildren(el('div', {}));
    errorSummary(body.firstChild, `The ${sa.year} self-assessment cannot be shown`, [{ text: `${saPath(sa.year)} has a mistake the studio cannot read (${error}). Correct the file in a text editor and bring the content in again on the Start screen, or import the form again.` }], { focus: false });
    return;
  }
  const code = typeof obj.code === 'string' && obj.code ? obj.code : '2024';
  const cat = catalogueFor(code);
  if (!cat) {
    body.replaceChildren(el('div', {}));
    errorSummary(body.firstChild, `The ${sa.year} self-assessment cannot be shown`, [{ text: `It says it assesses against the Code of "${code}", which the studio does not know. Use "2024" (the Code in force from 1 April 2024) or "2022".` }], { focus: false });
    return;
  }
  if (!Array.isArray(obj.provisions)) obj.provisions = [];
  sa.obj = obj;
  sa.catalogue = cat;
  sa.order = new Map(cat.provisions.map((p, i) => [p.id, i]));
  sa.state = new Map();
  for (const p of cat.provisions) sa.state.set(p.id, saStateOf(null));
  for (const p of obj.provisions) {
    if (p && typeof p === 'object' && sa.order.has(p.id) && !sa.state.get(p.id).seen) sa.state.set(p.id, { ...saStateOf(p), seen: true });
  }
  const approved = obj.approved && typeof obj.approved === 'object' ? obj.approved : {};
  const statement = el('textarea', { class: 'textarea', id: 'sa-statement', name: 'sa-statement', rows: '5', 'aria-describedby': 'sa-statement-hint', 'data-sa-top': 'statement', 'data-edit': true, disabled: readOnly });
  statement.value = typeof obj.statement === 'string' ? obj.statement : '';
  const sections = cat.sections.map((section) => {
    const provisions = cat.provisions.filter((p) => p.section === section.number);
    if (!provisions.length) return null;
    return el('section', { class: 'sa-section', 'data-sa-section': section.number, 'aria-labelledby': `sa-section-${section.number}` },
      el('h2', { id: `sa-section-${section.number}`, text: `${section.number}. ${section.title}` }),
      provisions.map(saProvisionFieldset));
  });
  const licence = (() => {
    const sentence = String(cat.attribution || '');
    const words = 'Open Government Licence v3.0';
    const at = sentence.indexOf(words);
    if (at < 0) return el('p', { class: 'attribution' }, sentence, ' ', el('a', { href: cat.licence_url, text: 'Open Government Licence' }), '.');
    return el('p', { class: 'attribution' }, sentence.slice(0, at), el('a', { href: cat.licence_url, text: words }), sentence.slice(at + words.length));
  })();
  body.replaceChildren(
    el('h2', { class: 'sa-year-title', text: `${sa.year}: against the ${cat.title || 'Complaint Handling Code'} (${code})` }),
    el('p', { class: 'counts', 'data-sa-counts': true, id: 'sa-counts' }),
    el('p', {}, el('a', { href: '#sa-provisions-title', 'data-focus': 'sa-provisions-title', text: 'Skip to the provisions' })),
    el('div', { 'data-sa-other-findings': true }),
    el('details', { class: 'details', 'data-sa-changes': true, hidden: true },
      el('summary', { class: 'details__summary' }, el('span', { 'data-sa-changes-title': true })),
      el('div', { class: 'details__text', 'data-sa-changes-body': true })),
    el('div', { class: 'sa-about' },
      el('h2', { id: 'sa-about-title', text: 'About this year\'s self-assessment' }),
      el('div', { class: 'form-group' },
        el('label', { class: 'label', for: 'sa-statement', text: 'Statement (optional)' }),
        el('p', { class: 'hint', id: 'sa-statement-hint', text: 'Shown above the answers on your self-assessment page: how you assessed yourselves and what you found. Markdown: a blank line starts a new paragraph.' }),
        statement),
      dateInput('sa-completed', 'When was the self-assessment completed?', 'For example 20 5 2026', obj.completed, { 'data-sa-top': 'completed' }),
      dateInput('sa-approved', 'When did your governing body approve it?', 'The date of the meeting, for example 18 6 2026. Leave it empty until it is approved.', approved.date, { 'data-sa-top': 'approved' }),
      el('div', { class: 'form-group' },
        el('label', { class: 'label', for: 'sa-approved-by', text: 'Who approved it' }),
        el('p', { class: 'hint', id: 'sa-approved-by-hint', text: 'Your governing body, for example "Board of Riverside Homes".' }),
        el('input', { class: 'input', type: 'text', id: 'sa-approved-by', name: 'sa-approved-by', 'aria-describedby': 'sa-approved-by-hint', value: typeof approved.by === 'string' ? approved.by : '', 'data-sa-top': 'approved', 'data-edit': true, disabled: readOnly }))),
    el('h2', { id: 'sa-provisions-title', tabindex: '-1', text: 'The provisions' }),
    el('p', { text: 'Each provision in the Code\'s own words. Answer Yes or No, and say how you meet it with evidence. For a No, the Code asks why, what you are doing about it and by when.' }),
    el('div', { class: 'sa-filters', role: 'group', 'aria-labelledby': 'sa-filter-label' },
      el('p', { class: 'sa-filters__label', id: 'sa-filter-label', text: 'Show' }),
      SA_FILTERS.map(([value, label]) => el('button', { type: 'button', class: 'button button--secondary button--small sa-filter', 'data-sa-filter': value, 'aria-pressed': String(sa.filter === value), text: label }))),
    el('p', { class: 'sa-showing', role: 'status', 'data-sa-showing': true }),
    el('div', { 'data-sa-provisions': true }, sections),
    el('p', { class: 'sa-none-shown', 'data-sa-none-shown': true, hidden: true, text: 'No provision matches this choice. Choose All to see every provision.' }),
    licence);
  sa.rendered = sa.year;
  saCounts();
  renderSaFindings();
  renderSaChanges();
  saApplyFilter();
}
function saCounts() {
  const box = $('[data-sa-counts]');
  if (!box || !sa.catalogue) return;
  let yes = 0;
  let no = 0;
  for (const p of sa.catalogue.provisions) {
    const s = sa.state.get(p.id);
    if (s.comply === 'yes') yes += 1; else if (s.comply === 'no') no += 1;
  }
  const total = sa.catalogue.provisions.length;
  box.textContent = `${yes + no} of ${total} answered · ${yes} yes · ${no} no`;
}
function renderSaFindings() {
  if (sa.rendered === null || !sa.catalogue) return;
  const { list, byId, other } = saGroupFindings(sa.rendered, (id) => sa.order.has(id));
  for (const id of sa.findingIds) {
    const box = document.getElementById(`sa-${id}-findings`);
    if (box) box.replaceChildren();
    document.getElementById(`sa-${id}`)?.classList.remove('provision--error');
  }
  sa.findings = byId;
  sa.findingIds = new Set(byId.keys());
  for (const [id, ds] of byId) {
    const box = document.getElementById(`sa-${id}-findings`);
    if (!box) continue;
    box.append(...ds.map((d) => el('p', { class: `field-error${d.severity === 'error' ? '' : ' field-error--warning'}`, 'data-finding-code': d.code, 'data-provision': d.provision || '' },
      el('strong', {}, el('span', { class: 'visually-hidden', text: `${d.severity === 'error' ? 'Error' : 'Warning'}: ` }), sentence(d.message)),
      SA_FIXES[d.code] ? `${SA_FIXES[d.code]}.` : d.fix ? `How to fix it: ${d.fix}.` : '')));
    if (ds.some((d) => d.severity === 'error')) document.getElementById(`sa-${id}`)?.classList.add('provision--error');
  }
  const top = $('[data-sa-other-findings]');
  const mapped = list.length - other.length;
  const items = other.map((d) => findingItem(d, { where: true }));
  top.replaceChildren(...(list.length ? [
    el('p', { class: 'sa-findings-count' }, `The check found ${countText(list)} in this self-assessment.`,
      mapped ? [' ', `${mapped} ${mapped === 1 ? 'is' : 'are'} shown beside ${mapped === 1 ? 'its provision' : 'their provisions'}: choose "Has findings" under The provisions to see only those.`] : ''),
    items.length ? el('ul', { class: 'findings' }, items) : null] : []));
}
function renderSaChanges() {
  const box = $('[data-sa-changes]');
  if (!box || sa.rendered === null) return;
  let ch = null;
  try { ch = engine.changes(sa.rendered); } catch (e) { console.error(e); }
  if (!ch) { box.hidden = true; return; }
  box.hidden = false;
  $('[data-sa-changes-title]').textContent = `Changes since ${ch.before_year}`;
  const answer = (v) => (v === 'yes' ? 'Yes' : v === 'no' ? 'No' : 'not answered');
  const go = (id) => el('a', { href: `#sa-${id}-yes`, 'data-focus': `sa-${id}-yes`, 'data-sa-goto': id, text: `Provision ${id}` });
  const items = [];
  if (ch.comparable === false) {
    items.push(el('p', { text: `${ch.before_year} assessed against a different Code, so the answers cannot be compared provision by provision.` }));
  }
  items.push(el('p', { text: `Met: ${ch.before_met} of ${ch.before_total} in ${ch.before_year}, ${ch.after_met} of ${ch.after_total} in ${ch.after_year}.` }));
  if (ch.unchanged) items.push(el('p', { text: `Nothing has changed since ${ch.before_year}.` }));
  const answers = ch.answers || [];
  if (answers.length) {
    items.push(el('h3', { text: 'Answers that changed' }),
      el('ul', { 'data-sa-changed-answers': true }, answers.map((a) => el('li', { 'data-change-id': a.id }, go(a.id), `: ${answer(a.before)} → ${answer(a.after)}`))));
  }
  const ids = (title, list, attr) => (list && list.length ? el('p', { [attr]: true }, el('strong', { text: `${title}: ` }), ...list.flatMap((id, i) => [i ? ', ' : '', go(id)])) : null);
  items.push(ids('Newly met', ch.newly_met, 'data-sa-newly-met'), ids('No longer met', ch.no_longer_met, 'data-sa-no-longer-met'));
  const counted = [[ch.evidence_added, 'evidence item added', 'evidence items added'], [ch.evidence_removed, 'evidence item removed', 'evidence items removed'],
    [ch.commentary_changed, 'commentary changed', 'commentaries changed'], [ch.explanation_changed, 'explanation changed', 'explanations changed'],
    [ch.comply_by_changed, 'date to comply by changed', 'dates to comply by changed']].filter(([list]) => list && list.length);
  if (counted.length) items.push(el('p', { text: `Also: ${counted.map(([list, one, many]) => `${list.length} ${list.length === 1 ? one : many}`).join(', ')}.` }));
  $('[data-sa-changes-body]').replaceChildren(...items.filter(Boolean));
}
function saApplyFilter() {
  if (sa.rendered === null) return;
  let shown = 0;
  const total = sa.catalogue.provisions.length;
  for (const p of sa.catalogue.provisions) {
    const s = sa.state.get(p.id);
    const visible = sa.filter === 'all' || (sa.filter === 'unanswered' && !s.comply) || (sa.filter === 'no' && s.comply === 'no')
      || (sa.filter === 'findings' && sa.findings.has(p.id));
    document.getElementById(`sa-${p.id}`).hidden = !visible;
    if (visible) shown += 1;
  }
  for (const section of $$('[data-sa-section]')) section.hidden = !$$('fieldset.provision', section).some((f) => !f.hidden);
  for (const button of $$('[data-sa-filter]')) button.setAttribute('aria-pressed', String(button.dataset.saFilter === sa.filter));
  $('[data-sa-showing]').textContent = sa.filter === 'all' ? `Showing all ${total} provisions` : `Showing ${shown} of ${total}`;
  $('[data-sa-none-shown]').hidden = shown > 0;
}
function saInput(event, flush) {
  const t = event.target;
  if (readOnly || sa.rendered === null) return;
  if (t.dataset.saTop) {
    sa.topTouched.add(t.dataset.saTop);
  } else if (t.dataset.saId) {
    const id = t.dataset.saId;
    const s = sa.state.get(id);
    if (!s) return;
    const prop = t.dataset.saProp;
    if (prop === 'comply') {
      if (!t.checked) return;
      s.comply = t.value;
      document.getElementById(`sa-${id}-plan`).hidden = s.comply !== 'no';
      saCounts();
    } else if (prop === 'explanation') s.explanation = t.value;
    else if (prop === 'commentary') s.commentary = t.value;
    else if (prop === 'comply-by') {
      const v = dateValue(`comply-by-${id}`);
      if (!v.problem) s.complyBy = v.iso;
    } else if (prop === 'evidence-text' || prop === 'evidence-url') {
      const item = s.evidence[Number(t.dataset.saIndex)];
      if (item) item[prop === 'evidence-text' ? 'text' : 'url'] = t.value;
    }
    sa.touched.add(id);
    document.getElementById(`sa-${id}-unsaved`).hidden = !!s.comply || !saHasData(s);
  } else {
    return;
  }
  writeSaSoon();
  if (flush) writeSaSoon.flush();
}
function saEvidenceClick(event) {
  const add = event.target.closest('[data-sa-add-evidence]');
  const remove = event.target.closest('[data-sa-remove-evidence]');
  const filter = event.target.closest('[data-sa-filter]');
  if (filter) { sa.filter = filter.dataset.saFilter; saApplyFilter(); return; }
  if ((!add && !remove) || readOnly) return;
  const id = add ? add.dataset.saAddEvidence : remove.dataset.saId;
  const s = sa.state.get(id);
  let focus;
  if (add) {
    s.evidence.push({ text: '', url: '' });
    focus = `sa-${id}-ev-${s.evidence.length - 1}-text`;
  } else {
    const index = Number(remove.dataset.saRemoveEvidence);
    s.evidence.splice(index, 1);
    focus = s.evidence.length ? `sa-${id}-ev-${Math.min(index, s.evidence.length - 1)}-text` : null;
    $('[data-save-status]').textContent = `Evidence ${index + 1} for provision ${id} removed.`;
  }
  sa.touched.add(id);
  document.getElementById(`sa-${id}-evidence`).replaceChildren(...saEvidenceNodes(id));
  (focus ? document.getElementById(focus) : $(`[data-sa-add-evidence="${CSS.escape(id)}"]`)).focus();
  writeSaSoon();
}
function saStartYear(event) {
  event.preventDefault();
  if (readOnly || !content) return;
  const errors = $('[data-sa-errors]');
  errors.replaceChildren();
  $('[data-sa-result]').replaceChildren();
  const group = $('[data-group="sa-new-year"]');
  const message = $('#sa-new-year-error');
  const input = $('#sa-new-year');
  const year = input.value.trim();
  const years = saYears();
  let problem = '';
  if (!validYear(year)) problem = 'Enter the year as a financial year: two years in a row, for example 2026-27';
  else if (years.includes(year)) problem = `There is already a self-assessment for ${year}: choose it under Year`;
  group.classList.toggle('form-group--error', !!problem);
  message.hidden = !problem;
  message.replaceChildren(...(problem ? [el('span', { class: 'visually-hidden', text: 'Error: ' }), problem] : []));
  if (problem) {
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', 'sa-new-year-hint sa-new-year-error');
    errorSummary(errors, 'There is a problem', [{ text: problem, target: 'sa-new-year' }]);
    return;
  }
  input.removeAttribute('aria-invalid');
  input.setAttribute('aria-describedby', 'sa-new-year-hint');
  const fromLast = years.length && $('#sa-new-from-last').checked;
  let obj;
  if (fromLast) {
    const { obj: last } = readJson(saPath(years[0]));
    if (!last) {
      errorSummary(errors, 'There is a problem', [{ text: `The ${years[0]} self-assessment cannot be read, so it cannot be copied. Choose "Start empty".`, target: 'sa-new-from-empty' }]);
      return;
    }
    obj = {};
    if ('$schema' in last) obj.$schema = last.$schema;
    obj.code = typeof last.code === 'string' ? last.code : '2024';
    obj.provisions = Array.isArray(last.provisions) ? JSON.parse(JSON.stringify(last.provisions)) : [];
  } else {
    const site = siteJson().obj;
    obj = { code: site && (site.code === '2022' || site.code === '2024') ? site.code : '2024', provisions: [] };
  }
  putFile(saPath(year), `${JSON.stringify(obj, null, 2)}\n`);
  sa.year = year;
  renderSelfAssessment();
  const box = $('[data-sa-result]');
  box.replaceChildren(el('div', { class: 'success', tabindex: '-1', 'aria-labelledby': 'sa-result-title' },
    el('h2', { id: 'sa-result-title', text: `The ${year} self-assessment is started` }),
    el('p', { text: fromLast ? `It has ${years[0]}'s answers, evidence and commentary. Check each provision and change what is different this year.` : 'Answer each provision below.' })));
  box.firstChild.focus();
  saveNow();
}
function wireSelfAssessment() {
  const body = $('[data-sa-body]');
  body.addEventListener('input', (event) => saInput(event, false));
  body.addEventListener('change', (event) => saInput(event, true));
  body.addEventListener('click', saEvidenceClick);
  body.addEventListener('focusout', (event) => {
    const group = event.target.closest('[data-date]');
    if (group && !group.contains(event.relatedTarget)) showDateProblem(group.dataset.date);
  });
  $('#sa-year').addEventListener('change', () => {
    const value = $('#sa-year').value;
    $('[data-sa-result]').replaceChildren();
    $('[data-sa-errors]').replaceChildren();
    if (value === 'new') { writeSaSoon.flush(); saShowNewForm(true); return; }
    writeSaSoon.flush();
    sa.year = value;
    renderSelfAssessment();
  });
  $('[data-sa-new]').addEventListener('submit', saStartYear);
}
/** From the Check screen: show the year and make the provision visible. */
function saReveal(year, id) {
  if (sa.year !== year) { writeSaSoon.flush(); sa.year = year; sa.dirty = true; }
  if (id && sa.filter !== 'all') { sa.filter = 'all'; if (sa.rendered === year) saApplyFilter(); }
}

// ---------------------------------------------------------------------------------------------------------------
// Preview
const previewBase = new URL('preview/', location.href).pathname;
const previewSupported = !!navigator.serviceWorker && window.isSecureContext;
let worker = null;
async function previewWorker() {
  if (worker) return worker;
  const registration = await navigator.serviceWorker.register('preview-sw.js', { scope: './preview/' });
  const w = registration.active || registration.waiting || registration.installing;
  if (w.state !== 'activated') {
    await new Promise((resolve, reject) => {
      w.addEventListener('statechange', () => {
        if (w.state === 'activated') resolve();
        if (w.state === 'redundant') reject(new Error('the preview worker stopped'));
      });
    });
  }
  worker = registration.active || w;
  return worker;
}
let previewBusy = Promise.resolve();
function updatePreview() {
  previewBusy = previewBusy.then(updatePreviewNow, updatePreviewNow);
  return previewBusy;
}
async function updatePreviewNow() {
  const status = $('[data-preview-status]');
  if (!content) return;
  if (!previewSupported) {
    $('[data-preview-unavailable]').hidden = false;
    $('[data-preview-wrap]').hidden = true;
    return;
  }
  const started = performance.now();
  let built;
  try {
    built = engine.build(today(), previewBase);
  } catch (e) {
    status.textContent = `The preview could not be built: ${e.message || e}.`;
    return;
  }
  if (!built.report.generated) {
    const errors = (built.report.problems || []).filter((d) => d.severity === 'error').length;
    status.textContent = `The preview could not be built: your content has ${errors || 'some'} ${errors === 1 ? 'error' : 'errors'} to fix first (see Check).`;
    return;
  }
  try {
    const w = await previewWorker();
    const files = [...built.files];
    await new Promise((resolve, reject) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = (event) => (event.data.ok ? resolve() : reject(new Error(event.data.error)));
      w.postMessage({ type: 'files', files, types: TYPES }, [channel.port2, ...files.map(([, bytes]) => bytes.buffer)]);
    });
  } catch (e) {
    console.error(e);
    status.textContent = `The preview could not be shown: ${e.message || e}. You can still download the site on the Publish screen.`;
    $('[data-preview-unavailable]').hidden = false;
    return;
  }
  const frame = $('iframe[data-preview]');
  $('[data-preview-wrap]').hidden = false;
  let current = '';
  try { current = frame.contentWindow.location.pathname; } catch { current = ''; }
  if (current.startsWith(previewBase)) frame.contentWindow.location.reload();
  else frame.src = previewBase;
  const ms = Math.round(performance.now() - started);
  const blocking = [...(built.report.problems || []), ...(built.report.findings || [])].filter((d) => d.severity === 'error').length;
  status.textContent = `Preview of ${built.report.pages} pages, made at ${clock(new Date())} in ${ms} ms.${blocking
    ? ` ${blocking} ${blocking === 1 ? 'error' : 'errors'} must be fixed before the site can be published (see Check).` : ''}`;
  frame.dataset.generation = String(Number(frame.dataset.generation || 0) + 1);
}
const schedulePreview = debounce(updatePreview, 600);

// ---------------------------------------------------------------------------------------------------------------
// Publish
function zipOf(files, folder = '') {
  const entries = {};
  for (const [path, bytes] of files) entries[folder + path] = [bytes, { level: /\.(png|jpe?g|gif|webp|zip|wasm)$/i.test(path) ? 0 : 6 }];
  return zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z') });
}
/** The site as `complaints-site build --search off` makes it, or null with the errors in `errorsBox`. */
function buildForPublish(errorsBox, title) {
  errorsBox.replaceChildren();
  if (!content) return null;
  const built = engine.build(today(), '');
  const blocking = [...(built.report.problems || []), ...(built.report.findings || [])].filter((d) => d.severity === 'error');
  if (!built.report.generated || blocking.length) {
    const shown = blocking.slice(0, 8).map((d) => ({ text: `${d.message} (${d.file}${d.line > 0 ? `, line ${d.line}` : ''})${d.fix ? ` — ${d.fix}` : ''}` }));
    errorSummary(errorsBox, title, [...shown,
      { text: `See ${blocking.length > shown.length ? `all ${blocking.length} errors` : 'them'} on the Check screen, with links to what to change`, screen: 'check' }],
    { intro: `${blocking.length || 'Some'} ${blocking.length === 1 ? 'error stops' : 'errors stop'} publication, as they would with complaints-site build. Fix ${blocking.length === 1 ? 'it' : 'them'} first:` });
    return null;
  }
  return built;
}
function downloadSite(errorsBox = $('[data-publish-errors]')) {
  const built = buildForPublish(errorsBox, 'The site cannot be downloaded yet');
  if (built) download(zipOf(built.files), `${slug(landlordName())}-complaints-site-${today()}.zip`, 'application/zip');
}
function downloadContent() {
  if (!content) return;
  download(zipOf(content, 'content/'), `${slug(landlordName())}-content-${today()}.zip`, 'application/zip');
}
/** The years of the Publish screen's choices: self-assessments, newest first (called when the content changes). */
function renderPublishYears() {
  const years = content ? saYears() : [];
  for (const select of $$('[data-publish-year]')) {
    const was = select.value;
    select.replaceChildren(...years.map((y) => el('option', { value: y, text: y })));
    if (years.includes(was)) select.value = was;
  }
  for (const part of $$('[data-publish-has-years]')) part.hidden = !years.length;
  for (const part of $$('[data-publish-no-years]')) part.hidden = !content || years.length > 0;
  if (!renderPublishYears.wired) {
    renderPublishYears.wired = true;
    $('#publish-submission-year').addEventListener('change', showSubmission);
    window.addEventListener('hashchange', () => { if (location.hash === '#publish' && content) showSubmission(); });
  }
  if (content && !$('[data-screen="publish"]').hidden) showSubmission();
}
/** SHA-256 of a string (UTF-8) in base64, for the pack's Content-Security-Policy: works without crypto.subtle (http intranets). */
function sha256Base64(textValue) {
  const bytes = encoder.encode(textValue);
  const k = new Uint32Array(64);
  const h = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const frac = (x) => ((x - Math.floor(x)) * 2 ** 32) >>> 0;
  for (let n = 2, i = 0; i < 64; n += 1) {
    let prime = true;
    for (let d = 2; d * d <= n; d += 1) if (n % d === 0) { prime = false; break; }
    if (prime) k[i++] = frac(Math.cbrt(n));
  }
  const length = Math.ceil((bytes.length + 9) / 64) * 64;
  const data = new Uint8Array(length);
  data.set(bytes);
  data[bytes.length] = 0x80;
  const view = new DataView(data.buffer);
  view.setUint32(length - 8, Math.floor(bytes.length / 2 ** 29));
  view.setUint32(length - 4, (bytes.length * 8) >>> 0);
  const w = new Uint32Array(64);
  const rotr = (x, n) => (x >>> n) | (x << (32 - n));
  for (let at = 0; at < length; at += 64) {
    for (let i = 0; i < 16; i += 1) w[i] = view.getUint32(at + i * 4);
    for (let i = 16; i < 64; i += 1) {
      const s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >>> 3);
      const s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, hh] = h;
    for (let i = 0; i < 64; i += 1) {
      const t1 = (hh + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k[i] + w[i]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      [hh, g, f, e, d, c, b, a] = [g, f, e, (d + t1) >>> 0, c, b, a, (t1 + t2) >>> 0];
    }
    [a, b, c, d, e, f, g, hh].forEach((x, i) => { h[i] = (h[i] + x) >>> 0; });
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((x, i) => outView.setUint32(i * 4, x));
  return btoa(String.fromCharCode(...out));
}
/** The governing body pack of a year as one HTML file: its stylesheet inside, its links to the published site. */
function downloadPack() {
  const box = $('[data-publish-pack-errors]');
  box.replaceChildren();
  const year = $('#publish-pack-year').value;
  if (!content || !year) return;
  const saErrors = allDiagnostics().filter((d) => d.file === `content/${saPath(year)}` && d.severity === 'error');
  if (saErrors.length) {
    errorSummary(box, `The ${year} pack cannot be made yet`, [...saErrors.slice(0, 8).map((d) => ({ text: `${sentence(d.message)}${d.fix ? ` — ${d.fix}` : ''}` })),
      { text: `Go to the ${year} self-assessment`, screen: 'self-assessment' }],
    { intro: `The ${year} self-assessment has ${saErrors.length} ${saErrors.length === 1 ? 'error' : 'errors'}: the governing body should approve it once ${saErrors.length === 1 ? 'it is' : 'they are'} fixed.` });
    return;
  }
  const built = buildForPublish(box, `The ${year} pack cannot be made yet`);
  if (!built) return;
  const page = built.files.get(`self-assessment/${year}/pack/index.html`);
  if (!page) {
    errorSummary(box, `The ${year} pack cannot be made yet`, [{ text: `There is no ${year} self-assessment to put in it.`, screen: 'self-assessment' }]);
    return;
  }
  let html = decoder.decode(page);
  const cssLink = /<link rel="stylesheet" href="([^"]+)">/.exec(html);
  const cssPath = cssLink && [...built.files.keys()].find((p) => cssLink[1].endsWith(`/${p}`));
  const css = cssPath ? decoder.decode(built.files.get(cssPath)).replace(/<\/style/gi, '<\\/style') : '';
  const { obj } = siteJson();
  const origin = obj && /^https?:\/\/[^/]+/.exec(obj.base_url || '');
  html = html.replace(/<link rel="icon"[^>]*>\n?/, '')
    .replace(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/, (m, policy) => {
      const rules = policy.replace(/&apos;/g, '\'').replace(/style-src [^;]*/, (s) => `${s} 'sha256-${sha256Base64(css)}'`);
      return `<meta http-equiv="Content-Security-Policy" content="${rules.replace(/'/g, '&apos;')}">`;
    });
  if (cssLink) html = html.replace(cssLink[0], () => `<style>${css}</style>`);
  if (origin) html = html.replace(/(<a [^>]*href=")\/(?!\/)/g, `$1${origin[0]}/`);
  download(encoder.encode(html), `${slug(landlordName())}-governing-body-pack-${year}.html`, 'text/html; charset=utf-8');
}
/** The Housing Ombudsman's annual submission for the chosen year: when it is due, what is missing, the CSV. */
function submissionFor(year) {
  if (!content || !year || typeof engine.submission !== 'function') return null;
  try { return engine.submission(year, ''); } catch (e) { console.error(e); return { ok: false, error: e.message || String(e) }; }
}
function renderSubmission(result, year) {
  const box = $('[data-publish-submission]');
  $('[data-publish-submission-errors]').replaceChildren();
  if (!result) {
    box.replaceChildren(typeof engine.submission !== 'function' ? el('p', { text: 'This version of the studio cannot make the submission: use complaints-site submission.' }) : '');
    return;
  }
  if (!result.ok || !result.json) {
    const problems = (result.problems || []).filter((d) => d.severity === 'error');
    box.replaceChildren();
    errorSummary($('[data-publish-submission-errors]'), `The ${year} submission cannot be made yet`,
      [...(problems.length ? problems.slice(0, 8).map((d) => ({ text: `${d.message} (${d.file}${d.line > 0 ? `, line ${d.line}` : ''})${d.fix ? ` — ${d.fix}` : ''}` }))
        : [{ text: result.error || 'The content has errors.' }]), { text: 'See them on the Check screen', screen: 'check' }], { focus: false });
    return;
  }
  const j = result.json;
  const warnings = result.warnings || [];
  box.replaceChildren(
    el('p', { class: 'submission-due', 'data-submission-due': true }, el('strong', { text: `Due by ${j.due}.` }), ` ${sentence(j.due_rule || '')}${j.due_rule ? '.' : ''}`),
    el('p', { text: `The form asks for your organisation's details, the links to your policy, self-assessment and annual report, and a yes or no for each provision: ${(j.provisions || []).filter((p) => p.comply === 'yes').length} of ${(j.provisions || []).length} met in ${year}.` }),
    warnings.length ? el('div', {}, el('h3', { text: `${warnings.length} ${warnings.length === 1 ? 'thing' : 'things'} to look at before you submit` }),
      el('ul', { class: 'findings', 'data-submission-warnings': true }, warnings.map((d) => findingItem(d, { action: actionFor(d) })))) : el('p', { text: 'Nothing is missing.' }));
}
function showSubmission() {
  const year = $('#publish-submission-year').value;
  renderSubmission(submissionFor(year), year);
}
function downloadSubmission() {
  const year = $('#publish-submission-year').value;
  const result = submissionFor(year);
  renderSubmission(result, year);
  if (result && result.ok && typeof result.csv === 'string') download(encoder.encode(result.csv), `${slug(landlordName())}-ombudsman-submission-${year}.csv`, 'text/csv; charset=utf-8');
}
/** The cms/ folder of the built site as a zip: each page as plain HTML to paste into a CMS, and README.txt. */
function downloadCms() {
  const box = $('[data-publish-cms-errors]');
  const built = buildForPublish(box, 'The pages for your CMS cannot be made yet');
  if (!built) return;
  const cms = new Map([...built.files].filter(([p]) => p.startsWith('cms/')));
  if (!cms.size) {
    errorSummary(box, 'The pages for your CMS cannot be made yet', [{ text: 'They need the full address the complaints site is published at (starting https://), so that their links work from your main website. Enter it in Your organisation.', screen: 'organisation' }]);
    return;
  }
  download(zipOf(cms), `${slug(landlordName())}-cms-pages-${today()}.zip`, 'application/zip');
}

// ---------------------------------------------------------------------------------------------------------------
// Start: from scratch, import, continue
function renderContinue() {
  const panel = $('[data-continue]');
  $('[data-scratch-warning]').hidden = !content;
  if (!content || !savedAt || !restored) { panel.hidden = true; return; }
  panel.hidden = false;
  $('[data-continue-text]').textContent = `Your work for ${landlordName()} is saved in this browser. It was last saved on ${longDate(savedAt)} at ${clock(savedAt)}.`;
}
function undoButton() {
  if (!previousContent) return null;
  return el('p', {}, el('button', { type: 'button', class: 'button button--secondary', 'data-undo': true, 'data-edit': true,
    text: 'Undo: put back the work you had before' }));
}
function showResult(title, ...children) {
  const box = $('[data-start-result]');
  const id = 'start-result-title';
  box.replaceChildren(el('div', { class: 'success', tabindex: '-1', 'aria-labelledby': id }, el('h2', { id, text: title }), ...children, undoButton()));
  $('[data-start-errors]').replaceChildren();
  box.firstChild.focus();
}
function startError(title, items) {
  $('[data-start-result]').replaceChildren();
  errorSummary($('[data-start-errors]'), title, items);
}
function clearStartMessages() {
  $('[data-start-errors]').replaceChildren();
  $('[data-start-result]').replaceChildren();
  for (const [group, message] of [['scratch-name', 'scratch-name-error'], ['import-year', 'import-year-error']]) {
    $(`[data-group="${group}"]`).classList.remove('form-group--error');
    const m = document.getElementById(message);
    m.hidden = true;
    m.textContent = '';
    const input = document.getElementById(group);
    input.removeAttribute('aria-invalid');
    input.setAttribute('aria-describedby', `${group}-hint`);
  }
}
function fieldError(group, message) {
  $(`[data-group="${group}"]`).classList.add('form-group--error');
  const m = document.getElementById(`${group}-error`);
  m.hidden = false;
  m.replaceChildren(el('span', { class: 'visually-hidden', text: 'Error: ' }), message);
  const input = document.getElementById(group);
  input.setAttribute('aria-invalid', 'true');
  input.setAttribute('aria-describedby', `${group}-hint ${group}-error`);
}
function startFromScratch(event) {
  event.preventDefault();
  if (readOnly) return;
  clearStartMessages();
  const name = $('#scratch-name').value.trim();
  if (!name) {
    fieldError('scratch-name', 'Enter your organisation\'s name');
    startError('There is a problem', [{ text: 'Enter your organisation\'s name', target: 'scratch-name' }]);
    return;
  }
  const map = engine.init(name, $('#scratch-nation').value);
  previousContent = content;
  restored = false;
  content = new Map(map);
  contentChanged({ external: true });
  showResult(`A new site for ${name} is ready`,
    el('p', { text: 'It has example words marked "CHANGE THIS". Next:' }),
    el('ol', {},
      el('li', {}, el('a', { href: '#organisation', text: 'fill in your organisation\'s details' })),
      el('li', {}, el('a', { href: '#policy', text: 'write your complaints policy' })),
      el('li', {}, el('a', { href: '#check', text: 'check what is still missing' }))));
  saveNow();
}
/** The content files of a zip: at its top, or under one folder. null when there is no site.json. */
/** Where the content is among `paths`: '' when site.json is at the top, 'folder/' when it is in one folder inside, else null. */
function contentRoot(paths) {
  if (paths.includes('site.json')) return '';
  const candidates = paths.filter((p) => /^[^/]+\/site\.json$/.test(p));
  return candidates.length === 1 ? candidates[0].slice(0, -'site.json'.length) : null;
}
/** Paths of a zip or a folder that can be content: no folders, system files or paths that climb out. */
function contentPaths(paths) {
  return paths.filter((p) => !p.endsWith('/') && !p.startsWith('__MACOSX/') && !/(^|\/)\.DS_Store$/.test(p)
    && !/(^|\/)Thumbs\.db$/i.test(p) && !p.split('/').includes('..') && !p.startsWith('/'));
}
function contentFromZip(entries) {
  const paths = contentPaths(Object.keys(entries));
  const prefix = contentRoot(paths);
  if (prefix === null) return null;
  const map = new Map();
  // A copy of each file: a stored entry can be a view into the whole zip, which IndexedDB would save whole.
  for (const p of paths) if (p.startsWith(prefix)) map.set(p.slice(prefix.length), entries[p].slice());
  return map;
}
/** The content brought in (from a zip or a folder) replaces the work, and the Start screen says so. */
function useContent(map, name) {
  replaceContent(map);
  showResult(`Your work from ${name} is in the studio`,
    el('p', { text: `${map.size} ${map.size === 1 ? 'file' : 'files'} for ${landlordName()}. ${previousContent ? 'It replaced the work that was in this browser.' : ''}` }),
    el('p', {}, 'Next: ', el('a', { href: '#check', text: 'see what the check finds' }), ' or ', el('a', { href: '#preview', text: 'preview the site' }), '.'));
  saveNow();
}
/**
 * A content folder chosen with the folder picker: the files under the chosen folder, found as a zip's are (site.json
 * at the top or in one folder inside); only those files are read.
 */
async function importFolder(files) {
  if (readOnly || !files.length) return;
  clearStartMessages();
  const folder = (files[0].webkitRelativePath || '').split('/')[0] || 'the folder';
  const byPath = {};
  for (const f of files) {
    const rel = (f.webkitRelativePath || f.name).split('/').slice(1).join('/');
    if (rel) byPath[rel] = f;
  }
  // Which files are the content, before reading any (a folder above it may hold much else).
  const paths = contentPaths(Object.keys(byPath));
  const root = contentRoot(paths);
  if (root === null) {
    startError('This is not a content folder', [{ text: `The folder ${folder} does not hold a complaints site's content: there is no site.json in it or in one folder inside it. Nothing was changed.`, target: 'import-folder' }]);
    return;
  }
  const map = new Map();
  try {
    for (const p of paths) if (p.startsWith(root)) map.set(p.slice(root.length), new Uint8Array(await byPath[p].arrayBuffer()));
  } catch (e) {
    startError('The folder could not be read', [{ text: `A file in ${folder} could not be read (${e.message || e}). Nothing was changed.`, target: 'import-folder' }]);
    return;
  }
  useContent(map, `the folder ${root ? `${folder}/${root.slice(0, -1)}` : folder}`);
}
async function importFile(file) {
  if (readOnly || !file) return;
  clearStartMessages();
  const name = file.name || 'the file';
  let bytes;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    startError('The file could not be read', [{ text: `${name} could not be read (${e.message || e}). Nothing was changed.`, target: 'import-file' }]);
    return;
  }
  const isZip = /\.zip$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
  if (isZip) {
    let entries;
    try {
      entries = unzipSync(bytes);
    } catch {
      startError('The file could not be opened', [{ text: `${name} is not a zip file the studio can open: it may be damaged or not completely downloaded. Nothing was changed.`, target: 'import-file' }]);
      return;
    }
    const map = contentFromZip(entries);
    if (!map) {
      startError('This is not a content folder', [{ text: `${name} does not hold a complaints site's content: there is no site.json at its top or in one folder inside it. Nothing was changed.`, target: 'import-file' }]);
      return;
    }
    useContent(map, name);
    return;
  }
  if (!/\.(txt|csv|html?)$/i.test(name)) {
    startError('The studio cannot read this file', [{ text: `${name} is not a .zip of a content folder, or a self-assessment form saved as .txt, .csv or .html. Nothing was changed.`, target: 'import-file' }]);
    return;
  }
  const year = $('#import-year').value.trim();
  if (!validYear(year)) {
    fieldError('import-year', 'Enter the year the form covers as a financial year, for example 2025-26');
    startError('There is a problem', [{ text: 'Enter the year the form covers as a financial year, for example 2025-26', target: 'import-year' }]);
    return;
  }
  let result;
  try {
    result = engine.importSelfAssessment(bytes, name);
  } catch (e) {
    startError('The form could not be read', [{ text: `${name}: ${e.message || e}. Nothing was changed.`, target: 'import-file' }]);
    return;
  }
  if (!result.ok) {
    const lines = (result.report || []).filter((d) => d.severity === 'error');
    startError('The form could not be read', [
      { text: `${name} could not be read as a self-assessment form. Nothing was changed.`, target: 'import-file' },
      ...(lines.length ? lines : result.report || []).slice(0, 20).map((d) => ({ text: `${d.line > 0 ? `Line ${d.line}: ` : ''}${d.message}${d.fix ? ` — ${d.fix}` : ''}` }))]);
    return;
  }
  let started = '';
  if (!content) {
    const scratchName = $('#scratch-name').value.trim();
    content = new Map(engine.init(scratchName, $('#scratch-nation').value));
    previousContent = null;
    started = 'There was no work in the studio yet, so a new site was started from scratch for it: fill in Your organisation next.';
  } else {
    previousContent = new Map(content);
  }
  const path = `self-assessments/${year}.json`;
  const replaced = content.has(path);
  sa.year = year;
  putFile(path, result.json);
  contentChanged({ external: true });
  const report = result.report || [];
  showResult(`Self-assessment for ${year} imported`,
    el('p', { text: `From ${name}, against the Code of ${result.code}.${replaced ? ` It replaced the ${year} self-assessment you had.` : ''} ${started}` }),
    el('dl', { class: 'summary-list', 'data-import-summary': true },
      el('div', {}, el('dt', { text: 'Provisions' }), el('dd', { 'data-import-provisions': true, text: String(result.provisions) })),
      el('div', {}, el('dt', { text: 'Yes' }), el('dd', { text: String(result.yes) })),
      el('div', {}, el('dt', { text: 'No' }), el('dd', { text: String(result.no) })),
      el('div', {}, el('dt', { text: 'Unanswered' }), el('dd', { text: String(result.unanswered) }))),
    (result.notes || []).length ? el('div', {}, el('h3', { text: 'What was left out' }), el('ul', { class: 'report-lines' }, result.notes.map((n) => el('li', { text: n })))) : null,
    report.length ? el('div', {}, el('h3', { text: 'Things to look at' }), el('ul', { class: 'report-lines' },
      report.map((d) => importReportItem(d, year)))) : null,
    el('p', {}, 'Next: ', el('a', { href: '#preview', text: 'preview the site' }), ' (it has a self-assessment page) or ', el('a', { href: '#check', text: 'see what the check finds' }), '.'));
  saveNow();
}
/**
 * What to do about something the importer noticed, in the studio's words: the importer's own fixes are for people
 * editing the JSON file (`set "comply" for 6.2 …`), so the ones about a provision's answer say where to change it here
 * and link to the provision.
 */
const IMPORT_FIXES = {
  'import.answer.conflict': 'check its answer on the Self-assessment screen and change it if it is wrong',
  'import.answer.moved': 'check its answer on the Self-assessment screen and change it if it is wrong',
  'import.answer.partial': 'check its answer on the Self-assessment screen: the Code asks for Yes or No',
  'import.answer.missing': 'choose Yes or No for it on the Self-assessment screen',
  'import.provision.missing': 'answer them on the Self-assessment screen: the "Unanswered" filter lists them',
  'import.metadata.missing': 'fill in when it was completed and approved, and the statement, at the top of the Self-assessment screen',
  'import.comply_by.unreadable': 'enter the date under "By when will you meet it?" on the Self-assessment screen',
  'import.no.comply_by': 'enter the date under "By when will you meet it?" on the Self-assessment screen',
  'import.no.explanation': 'say why under "Why not, and what you are doing about it" on the Self-assessment screen',
  'import.details.unreadable': 'fill it in at the top of the Self-assessment screen',
};
function importReportItem(d, year) {
  const fix = IMPORT_FIXES[d.code] || d.fix;
  const id = IMPORT_FIXES[d.code] && d.code !== 'import.provision.missing' ? (/\b([1-9]\.\d{1,2})\b/.exec(d.message) || [])[1] : null;
  return el('li', { 'data-import-report': d.code }, `${d.line > 0 ? `Line ${d.line} of the form: ` : ''}${d.message}`, fix ? ` — ${fix}` : '',
    id ? el('span', {}, ' (', el('a', { href: '#self-assessment', 'data-go': 'self-assessment', 'data-sa-year': year, 'data-sa-provision': id,
      'data-focus': `sa-${id}-yes`, text: `go to provision ${id}` }), ')') : null);
}
function undo() {
  if (!previousContent || readOnly) return;
  const back = previousContent;
  replaceContent(back);
  previousContent = null;
  showResult('Your previous work is back', el('p', { text: `The work for ${landlordName()} is in the studio again.` }));
  saveNow();
}

// ---------------------------------------------------------------------------------------------------------------
// Screens
function updateNeedsContent() {
  for (const box of $$('[data-needs-content]')) {
    box.hidden = !!content;
    if (!content && !box.firstChild) {
      box.append(el('p', {}, 'There is no work in the studio yet. ', el('a', { href: '#start', text: 'Go to Start' }),
        ' to start from scratch or bring in your work.'));
    }
  }
  for (const part of $$('[data-has-content]')) part.hidden = !content;
  const { obj } = siteJson();
  $('[data-publish-base]').textContent = obj && obj.base_url ? obj.base_url : '/';
  renderPublishYears();
}
function show(screen, { focus = true } = {}) {
  if (!SCREENS.includes(screen)) screen = 'start';
  for (const section of $$('[data-screen]')) section.hidden = section.dataset.screen !== screen;
  for (const link of $$('[data-screen-link]')) {
    if (link.dataset.screenLink === screen) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  document.title = `${SCREEN_NAMES[screen]} – Complaints site studio`;
  if (screen === 'organisation') renderOrganisationFindings();
  if (screen === 'self-assessment' && (sa.dirty || sa.rendered !== sa.year || sa.rendered === null)) renderSelfAssessment();
  if (screen === 'check') runCheck();
  for (const m of MODULES) if (m.screen.id === screen && typeof m.show === 'function') m.show();
  if (screen === 'preview' && content) {
    previewShown = true;
    if (!previewSupported) { $('[data-preview-unavailable]').hidden = false; $('[data-preview-wrap]').hidden = true; } else updatePreview();
  }
  if (focus) $(`[data-screen="${screen}"] h1`).focus();
}
function route({ focus = true } = {}) {
  show(location.hash.slice(1) || 'start', { focus });
}

function setReadOnly() {
  readOnly = true;
  $('[data-other-tab]').hidden = false;
  for (const control of $$('[data-edit]')) control.disabled = true;
  $('[data-save-status]').textContent = 'Editing is switched off in this tab.';
}

function unsupported(reason) {
  $('[data-loading]').hidden = true;
  $('[data-unsupported]').hidden = false;
  $('[data-unsupported-reason]').textContent = reason;
}

// ---------------------------------------------------------------------------------------------------------------
// Events
function wire() {
  window.addEventListener('hashchange', () => route());
  $('[data-scratch-form]').addEventListener('submit', startFromScratch);
  wireSelfAssessment();
  const fileInput = $('input[type=file][name="import"]');
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files && fileInput.files[0];
    await importFile(file);
    fileInput.value = '';
  });
  const folderInput = $('input[type=file][name="import-folder"]');
  folderInput.addEventListener('change', async () => {
    await importFolder([...(folderInput.files || [])]);
    folderInput.value = '';
  });
  const zone = $('[data-drop-zone]');
  zone.addEventListener('dragover', (event) => { event.preventDefault(); if (!readOnly) zone.classList.add('drop-zone--over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('drop-zone--over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('drop-zone--over');
    const file = event.dataTransfer && event.dataTransfer.files && event.dataTransfer.files[0];
    if (file) importFile(file);
  });
  // A file dropped anywhere else must not replace the page.
  window.addEventListener('dragover', (event) => event.preventDefault());
  window.addEventListener('drop', (event) => event.preventDefault());

  const org = $('[data-organisation-form]');
  const writeSoon = debounce(writeOrganisation, 150);
  org.addEventListener('input', (event) => {
    const t = event.target;
    if (t.dataset.channel !== undefined) channelsState[Number(t.dataset.channel)][t.dataset.prop] = t.value;
    writeSoon();
  });
  org.addEventListener('change', (event) => {
    const t = event.target;
    if (t.dataset.channel !== undefined) channelsState[Number(t.dataset.channel)][t.dataset.prop] = t.value;
    writeSoon.flush();
  });
  org.addEventListener('submit', (event) => event.preventDefault());
  wireOrganisationMore(writeSoon);
  $('[data-add-channel]').addEventListener('click', () => {
    if (readOnly) return;
    channelsState.push({ kind: 'phone' });
    renderChannels();
    writeOrganisation();
    document.getElementById(`f-ch-${channelsState.length - 1}-kind`).focus();
  });
  $('[data-channels]').addEventListener('click', (event) => {
    const button = event.target.closest('[data-remove-channel]');
    if (!button || readOnly) return;
    const index = Number(button.dataset.removeChannel);
    channelsState.splice(index, 1);
    renderChannels();
    writeOrganisation();
    const next = document.getElementById(`f-ch-${Math.min(index, channelsState.length - 1)}-kind`) || $('[data-add-channel]');
    next.focus();
    $('[data-save-status]').textContent = `Way to complain ${index + 1} removed.`;
  });

  const policy = $('#policy-text');
  policy.addEventListener('input', () => { if (!readOnly && content) putFile('policy.md', policy.value); });

  document.addEventListener('click', (event) => {
    const go = event.target.closest('[data-go]');
    if (go) {
      event.preventDefault();
      if (go.dataset.saYear) saReveal(go.dataset.saYear, go.dataset.saProvision || null);
      goTo(go.dataset.go, go.dataset.focus || null, Number(go.dataset.line) || 0);
      return;
    }
    const focusLink = event.target.closest('a[data-focus]');
    if (focusLink) {
      const target = document.getElementById(focusLink.dataset.focus);
      if (target) { event.preventDefault(); target.focus(); target.scrollIntoView({ block: 'center' }); }
      return;
    }
    if (event.target.closest('[data-undo]')) { undo(); return; }
    const dl = event.target.closest('[data-download]');
    if (dl) {
      const downloads = { site: () => downloadSite(), content: downloadContent, pack: downloadPack, submission: downloadSubmission, cms: downloadCms };
      if (downloads[dl.dataset.download]) downloads[dl.dataset.download]();
      return;
    }
    const action = event.target.closest('[data-action]');
    if (action && action.dataset.action === 'download-content') downloadContent();
    if (action && action.dataset.action === 'download-site') downloadSite($('[data-preview-errors]'));
  });
  // Save what is pending before the page goes away.
  window.addEventListener('pagehide', () => { writeSaSoon.flush(); scheduleSave.flush(); });
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') { writeSaSoon.flush(); scheduleSave.flush(); } });
}

/** A second tab of the studio (same browser, same storage) stops editing: the tab opened first keeps it. */
async function otherTabCheck() {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CHANNEL_NAME);
  const me = { at: performance.timeOrigin, id: Math.random() };
  const older = (other) => other.at < me.at || (other.at === me.at && other.id < me.id);
  let other = false;
  channel.addEventListener('message', (event) => {
    const data = event.data || {};
    if (data.type === 'hello' && !readOnly) channel.postMessage({ type: 'here', at: me.at, id: me.id });
    if (data.type === 'here' && older(data)) other = true;
  });
  channel.postMessage({ type: 'hello' });
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (other) setReadOnly();
}

// What a screen module (pages.js, report.js) may use: the state as getters, and the helpers above.
const app = {
  get engine() { return engine; },
  get content() { return content; },
  get readOnly() { return readOnly; },
  get lastCheck() { return lastCheck; },
  text, putFile, removeFile, el, $, $$, today, longDate, debounce, errorSummary, findingItem, allDiagnostics, goTo,
  download, zipOf, slug, landlordName, siteJson, markdownNodes, inlineMarkdown, dateInput, dateValue, isoParts,
  showDateProblem, lastFinancialYear, validYear, saYears, saPath, readJson, provisionText, countText,
  jsonMarks, // [{line, col, path}] of the values in a JSON text (report.js: which field a finding is about)
  /** Say something in the page's status line (read out by screen readers). */
  status(message) { $('[data-save-status]').textContent = message; },
};

async function main() {
  const day = today();
  document.body.dataset.today = day;
  const [y, m, d] = day.split('-').map(Number);
  $('[data-today-text]').textContent = `Today's date on this computer is ${longDate(new Date(y, m - 1, d))}: the checks and the site use it.`;
  if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') {
    unsupported('This browser cannot run WebAssembly, which the studio needs to make your site. It may be switched off by a security setting.');
    return;
  }
  if (typeof indexedDB === 'undefined' || !indexedDB) {
    unsupported('This browser does not let the studio keep your work (its storage, IndexedDB, is switched off, for example in a private window).');
    return;
  }
  try {
    db = await openDb();
  } catch (e) {
    unsupported(`This browser does not let the studio keep your work: its storage could not be opened (${e.message || e}). A private window, or a security setting, can cause this.`);
    return;
  }
  if (typeof globalThis.ComplaintsStudio !== 'function') {
    unsupported('The studio\'s files are incomplete: studio.js could not be loaded. Ask whoever set up this page to copy the whole studio folder.');
    return;
  }
  try {
    engine = new StudioEngine(await globalThis.ComplaintsStudio());
  } catch (e) {
    unsupported(`The studio's engine could not start (${e.message || e}). Ask whoever set up this page to check that studio.wasm is there and sent as application/wasm.`);
    return;
  }
  $('#import-year').value = lastFinancialYear();
  wire();
  for (const m of MODULES) {
    const section = $(`[data-screen="${m.screen.id}"]`);
    m.install(app, section);
  }
  await otherTabCheck();
  try {
    const saved = await loadSaved();
    if (saved) {
      engine.setContent(saved.files);
      content = saved.files;
      savedAt = saved.savedAt;
      restored = true;
      $('[data-save-status]').textContent = `Your saved work was loaded (last saved on ${longDate(savedAt)} at ${clock(savedAt)}).`;
    }
  } catch (e) {
    storageFailed(e);
  }
  renderOrganisation();
  renderPolicy();
  runCheck();
  renderContinue();
  updateNeedsContent();
  if (readOnly) setReadOnly();
  $('[data-loading]').hidden = true;
  $('[data-nav]').hidden = false;
  document.body.dataset.ready = 'true';
  route({ focus: false });
}

main().catch((e) => {
  console.error(e);
  unsupported(`The studio stopped because of an unexpected problem: ${e.message || e}. Reload the page; your saved work is kept.`);
});
