// The "Pages and notices" screen: the landlord's own pages (pages/*.md, published at /<file name>/) and exceptional
// circumstances notices (notices/*.md: a banner on every page while in force, Code 8.5). The front matter is edited as
// form fields and the Markdown in a textarea; a file whose front matter the form cannot hold is edited whole.
export const screen = { id: 'pages', name: 'Pages and notices' };

const KEYS = { page: ['title', 'description', 'order'], notice: ['title', 'from', 'until'] };

let app = null;
let root = null;
const state = {
  path: null, // the file being edited ("pages/how-we-learn.md"), or null for the list
  whole: new Set(), // files the officer chose to edit whole
  deleted: null, // {path, bytes, label}: the last file deleted, for "Put it back"
  message: null, // {title, text} to show once above the editor
};

// ---------------------------------------------------------------------------------------------------------------
// The files
function kindOf(path) { return path.startsWith('notices/') ? 'notice' : 'page'; }
function slugOf(path) { return path.replace(/^(pages|notices)\//, '').replace(/\.md$/, ''); }
function filesOf(folder) {
  if (!app.content) return [];
  return [...app.content.keys()].filter((p) => p.startsWith(`${folder}/`) && p.endsWith('.md') && !p.slice(folder.length + 1).includes('/')
    && !p.slice(folder.length + 1).startsWith('.')).sort();
}
function makeSlug(title) {
  return title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
}

/** A value as front matter writes it: bare when it can be, else in double quotes. */
function fmValue(v) {
  if (v !== '' && !/: |:$| #|^[\s"'[\]{}|>#&*!%@`-]|\s$|[\n\t\\]/.test(v)) return v;
  return `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`;
}
function parseValue(raw) {
  const v = raw.replace(/[ \t]+$/, '');
  if (v === '') return '';
  const q = v[0];
  if (q !== '"' && q !== '\'') return /^[[{|>]/.test(v) ? null : v;
  let out = '';
  for (let i = 1; i < v.length; i += 1) {
    const c = v[i];
    if (q === '"' && c === '\\') {
      const e = v[i + 1];
      if (e === '"' || e === '\\') out += e; else if (e === 'n') out += '\n'; else if (e === 't') out += '\t'; else return null;
      i += 1;
    } else if (c === q) {
      if (q === '\'' && v[i + 1] === '\'') { out += '\''; i += 1; continue; }
      return i === v.length - 1 ? out : null;
    } else out += c;
  }
  return null;
}
/**
 * A file as the form shows it: {form: true, fields, keyLines, body, bodyLine} when its front matter has only the
 * keys the form knows, in the flat form; {form: false} otherwise (the officer edits the whole file).
 */
function parseFile(text, kind) {
  const lines = text.split('\n');
  if (text.includes('\r') || text.startsWith('\ufeff')) return { form: false };
  if (lines[0].replace(/[ \t]+$/, '') !== '---') {
    return kind === 'page' ? { form: true, fields: {}, keyLines: {}, body: text, bodyLine: 1, bare: true } : { form: false };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.replace(/[ \t]+$/, '') === '---');
  if (close < 0) return { form: false };
  const fields = {};
  const keyLines = {};
  for (let i = 1; i < close; i += 1) {
    const line = lines[i];
    if (!line.trim() || line.startsWith('#')) continue;
    const m = /^([A-Za-z0-9_-]+):(?:[ \t]+(.*))?$/.exec(line);
    if (!m || !KEYS[kind].includes(m[1]) || m[1] in fields) return { form: false };
    const value = parseValue(m[2] || '');
    if (value === null) return { form: false };
    fields[m[1]] = value;
    keyLines[m[1]] = i + 1;
  }
  return { form: true, fields, keyLines, body: lines.slice(close + 1).join('\n'), bodyLine: close + 2 };
}
function writeFile(kind, fields, body) {
  const lines = KEYS[kind].filter((k) => fields[k] !== undefined && fields[k] !== '').map((k) => `${k}: ${fmValue(fields[k])}`);
  if (kind === 'page' && !lines.length) return body;
  return `---\n${lines.join('\n')}${lines.length ? '\n' : ''}---\n${body}`;
}
function fileInfo(path) {
  const text = app.text(path) ?? '';
  const kind = kindOf(path);
  const parsed = parseFile(text, kind);
  let title = parsed.form ? parsed.fields.title || '' : '';
  if (!parsed.form) title = (/^title:[ \t]+(.*)$/m.exec(text) || [])[1] || '';
  if (!parsed.form && title) title = parseValue(title) ?? title;
  return { path, kind, text, parsed, title, whole: !parsed.form || state.whole.has(path) };
}
/** What the officer knows a file by: its title, or for a notice without one the heading residents see. */
function displayTitle(info) {
  if (info.title) return info.title;
  return info.kind === 'notice' ? `${app.landlordName()} cannot meet all of the Complaint Handling Code at the moment` : `Page without a title (${slugOf(info.path)})`;
}
function labelOf(info) {
  return `${info.kind} "${displayTitle(info)}"`;
}
function diagnosticsOf(path) {
  return app.allDiagnostics().filter((d) => d.file === `content/${path}`).sort((a, b) => a.line - b.line);
}

function isoToDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 ? d : null;
}
/** What residents see of a notice today, by the generator's own rule (the engine's notices()). */
function noticeStatus(info) {
  const n = app.engine.notices(app.today()).find((x) => x.file === `content/${info.path}`);
  if (!n) return 'Its dates are missing or wrong: it is not shown.';
  const from = isoToDate(n.from);
  const until = isoToDate(n.until);
  if (n.state === 'upcoming') return `In force from ${app.longDate(from)} to ${app.longDate(until)}.`;
  if (n.state === 'ended') return `Ended on ${app.longDate(until)}: your site no longer shows it.`;
  if (n.state === 'waiting') return `In force until ${app.longDate(until)}, but your site shows another notice that started later: only one is shown at a time.`;
  return `In force now, until ${app.longDate(until)}: every page of your site shows it.`;
}

// ---------------------------------------------------------------------------------------------------------------
// Where a finding goes: a field, a line of the body, or a line of the whole file.
function targetOf(d, info) {
  const line = d.line || 0;
  if (info.whole) return line > 0 ? { id: 'pages-file', line } : { id: 'pages-file', line: 0 };
  const p = info.parsed;
  if (line >= p.bodyLine) return { id: 'pages-body', line: line - p.bodyLine + 1 };
  for (const [key, at] of Object.entries(p.keyLines)) if (at === line) return { id: key === 'from' || key === 'until' ? `pages-f-${key}-day` : `pages-f-${key}`, line: 0, key };
  if (/^notice\.(from|until)/.test(d.code)) return { id: `pages-f-${d.code.split('.')[1]}-day`, line: 0, key: d.code.split('.')[1] };
  if (d.code === 'notice.period.order') return { id: 'pages-f-until-day', line: 0, key: 'until' };
  if (d.code === 'fm.title.missing') return { id: 'pages-f-title', line: 0, key: 'title' };
  if (d.code === 'notice.text.missing') return { id: 'pages-body', line: 0 };
  return { id: null, line: 0 };
}

export function actionFor(d) {
  const m = /^content\/((pages|notices)\/[^/]+\.md)$/.exec(d.file || '');
  if (!m || !app.content || !app.content.has(m[1])) return null;
  const info = fileInfo(m[1]);
  const t = targetOf(d, info);
  const what = `the ${labelOf(info)}`;
  const text = t.line > 0 ? `Go to line ${t.line} of ${info.whole ? 'the file of ' : ''}${what}`
    : t.key ? `Go to the ${t.key === 'from' || t.key === 'until' ? `"${t.key === 'from' ? 'Shown from' : 'Shown until'}" date` : t.key} of ${what}`
      : `Go to ${what}`;
  return app.el('p', {}, app.el('a', { href: '#pages', 'data-go': 'pages', 'data-pages-file': m[1], 'data-focus': t.id || 'pages-edit-title', 'data-line': t.line || '', text }));
}
export function checkTitle(file) {
  const m = /^content\/((pages|notices)\/[^/]+\.md)$/.exec(file || '');
  if (!m || !app.content || !app.content.has(m[1])) return null;
  const info = fileInfo(m[1]);
  return `${info.kind === 'notice' ? 'Notice' : 'Page'} "${displayTitle(info)}" (${m[1]})`;
}

// ---------------------------------------------------------------------------------------------------------------
// The list
function countsText(list) {
  return list.length ? app.countText(list) : 'nothing to fix';
}
function renderList() {
  const el = app.el;
  const pages = filesOf('pages').map(fileInfo);
  const notices = filesOf('notices').map(fileInfo);
  const item = (info) => {
    const ds = diagnosticsOf(info.path);
    const errors = ds.filter((d) => d.severity === 'error').length;
    return el('li', { class: 'pages-item', 'data-pages-item': info.path },
      el('h3', { class: 'pages-item__title', text: displayTitle(info) }),
      el('dl', { class: 'pages-item__facts' },
        info.kind === 'page'
          ? el('div', {}, el('dt', { text: 'Address' }), el('dd', {}, el('code', { text: `/${slugOf(info.path)}/` })))
          : el('div', {}, el('dt', { text: 'When' }), el('dd', { text: noticeStatus(info) })),
        el('div', {}, el('dt', { text: 'Check' }), el('dd', { class: errors ? 'pages-item__errors' : '', text: countsText(ds) }))),
      el('p', {}, el('button', { type: 'button', class: 'button button--secondary button--small', 'data-pages-edit': info.path,
        text: `${app.readOnly ? 'View' : 'Edit'} ${labelOf(info)}` })));
  };
  const list = $('[data-pages-list]');
  list.replaceChildren(pages.length ? el('ul', { class: 'pages-list' }, pages.map(item))
    : el('p', { text: 'You have no pages of your own yet. Add one below.' }));
  $('[data-notices-list]').replaceChildren(notices.length ? el('ul', { class: 'pages-list' }, notices.map(item))
    : el('p', { text: 'There is no notice. Add one only when something stops you meeting the Code for a while.' }));
  renderDeleted();
}
// The list again (a check landed, a file changed) without losing a keyboard user's place: the button or message that
// had the focus is drawn anew, so the focus goes to its new copy.
function renderListKeepingFocus() {
  const active = document.activeElement;
  let again = null;
  if (active && active !== document.body && root.contains(active)) {
    if (active.dataset.pagesEdit) again = `[data-pages-edit="${CSS.escape(active.dataset.pagesEdit)}"]`;
    else if (active.matches('[data-pages-restore]')) again = '[data-pages-restore]';
    else if (active.matches('[data-pages-deleted] .success')) again = '[data-pages-deleted] .success';
  }
  renderList();
  if (again && !root.contains(active)) root.querySelector(again)?.focus();
}
function renderDeleted() {
  const box = $('[data-pages-deleted]');
  if (!state.deleted) { box.replaceChildren(); return; }
  box.replaceChildren(app.el('div', { class: 'success', tabindex: '-1', 'aria-labelledby': 'pages-deleted-title' },
    app.el('h2', { id: 'pages-deleted-title', text: `The ${state.deleted.label} is deleted` }),
    app.el('p', { text: 'It is no longer in your site. You can put it back until you close or reload the studio.' }),
    app.el('p', {}, app.el('button', { type: 'button', class: 'button button--secondary', 'data-pages-restore': true, 'data-edit': true, disabled: app.readOnly,
      text: `Put the ${state.deleted.label} back` }))));
}

// ---------------------------------------------------------------------------------------------------------------
// The editor
function group(id, label, hint, control, extra = {}) {
  const el = app.el;
  return el('div', { class: 'form-group', 'data-pages-group': id, ...extra },
    el('label', { class: 'label', for: id, text: label }),
    hint ? el('p', { class: 'hint', id: `${id}-hint`, text: hint }) : null,
    el('div', { class: 'field-errors', id: `${id}-errors` }),
    control);
}
function input(id, value, { short = false, describe = true } = {}) {
  return app.el('input', { class: `input${short ? ' input--short' : ''}`, type: 'text', id, name: id, value: value || '',
    'aria-describedby': describe ? `${id}-hint ${id}-errors` : `${id}-errors`, 'data-pages-field': id.replace('pages-f-', ''), 'data-edit': true, disabled: app.readOnly });
}
function textarea(id, value, rows, describedBy) {
  const t = app.el('textarea', { class: 'textarea textarea--policy', id, name: id, rows: String(rows), spellcheck: 'true', 'aria-describedby': describedBy,
    'data-pages-field': id === 'pages-file' ? 'file' : 'body', 'data-edit': true, disabled: app.readOnly });
  t.value = value;
  return t;
}
function renderEditor({ focus = null } = {}) {
  const el = app.el;
  const box = $('[data-pages-editor]');
  if (!state.path || !app.content || !app.content.has(state.path)) { state.path = null; return false; }
  const info = fileInfo(state.path);
  const p = info.parsed;
  const notice = info.kind === 'notice';
  const fields = [];
  if (info.whole) {
    fields.push(
      !p.form ? el('div', { class: 'warning' }, el('p', { text: 'The top of this file (its front matter, between the two --- lines) has something the form cannot show, so the whole file is here. Keep the --- lines and write one "key: value" a line.' })) : null,
      group('pages-file', notice ? 'The notice\'s file' : 'The page\'s file', notice
        ? 'Between the --- lines: from: and until: as YYYY-MM-DD, and title: if you want your own heading. Below them, the text residents read, in Markdown.'
        : 'Between the --- lines: title:, and description: and order: if you want them. Below them, the page in Markdown.',
      textarea('pages-file', info.text, 20, 'pages-file-hint pages-file-errors')),
      p.form ? el('p', {}, el('button', { type: 'button', class: 'link-button', 'data-pages-whole': 'off', text: 'Edit as a form instead' })) : null);
  } else if (notice) {
    const f = p.fields;
    fields.push(
      group('pages-f-title', 'Heading (optional)', `Left empty, the heading is "${app.landlordName()} cannot meet all of the Complaint Handling Code at the moment".`, input('pages-f-title', f.title)),
      noticeDate('from', 'Shown from', 'The first day the notice is on your site, for example 16 11 2026.', f.from),
      noticeDate('until', 'Shown until', 'The last day: when you expect to meet the Code again, for example 29 1 2027 (the Code asks you to give this).', f.until),
      group('pages-body', 'What residents need to know', 'What happened, what still works (ways to complain) and what residents can expect. Markdown: a blank line starts a new paragraph.',
        textarea('pages-body', p.body, 8, 'pages-body-hint pages-body-errors')));
  } else {
    const f = p.fields;
    fields.push(
      group('pages-f-title', 'Title', 'The page\'s heading, and its name in the menu and on the home page.', input('pages-f-title', f.title)),
      group('pages-f-description', 'Description (optional)', 'One sentence for search engines and link previews.', input('pages-f-description', f.description)),
      group('pages-f-order', 'Place in the menu (optional)', 'A whole number: lower comes first. Pages without one come last.', input('pages-f-order', f.order, { short: true })),
      group('pages-body', 'The page', 'Markdown: a line starting ## is a heading, a line starting - is a list item, a blank line starts a new paragraph.',
        textarea('pages-body', p.body, 18, 'pages-body-hint pages-body-errors')));
  }
  const kindWord = notice ? 'notice' : 'page';
  box.replaceChildren(...[
    el('p', {}, el('a', { href: '#pages', class: 'back-link', 'data-pages-back': true, text: 'Back to pages and notices' })),
    el('h2', { id: 'pages-edit-title', tabindex: '-1', text: `${notice ? 'Notice' : 'Page'}: ${displayTitle(info)}` }),
    state.message ? el('div', { class: 'success', 'data-pages-message': true }, el('p', {}, el('strong', { text: state.message.title })), el('p', { text: state.message.text })) : null,
    el('dl', { class: 'summary-list' },
      notice ? el('div', {}, el('dt', { text: 'When' }), el('dd', { 'data-pages-status': true, text: noticeStatus(info) }))
        : el('div', {}, el('dt', { text: 'Address' }), el('dd', {}, el('code', { text: `/${slugOf(info.path)}/` }), ' (it stays the same when you change the title, so links keep working)')),
      el('div', {}, el('dt', { text: 'File' }), el('dd', {}, el('code', { text: info.path })))),
    el('p', { class: 'hint', text: 'Changes are saved as you type.' }),
    el('div', { class: 'pages-findings', 'data-pages-findings': true, 'aria-live': 'polite' }),
    el('form', { 'data-pages-form': true, novalidate: true, 'aria-labelledby': 'pages-edit-title' },
      fields,
      !info.whole ? el('p', {}, el('button', { type: 'button', class: 'link-button', 'data-pages-whole': 'on', text: 'Edit the whole file instead (for people who know front matter)' })) : null),
    el('h3', { id: 'pages-delete-title', text: `Delete this ${kindWord}` }),
    el('div', { 'data-pages-confirm': true },
      el('p', {}, el('button', { type: 'button', class: 'button button--warning', 'data-pages-delete': true, 'data-edit': true, disabled: app.readOnly, text: `Delete this ${kindWord}` })))].filter(Boolean));
  state.message = null;
  renderFindings();
  if (focus) document.getElementById(focus)?.focus();
  return true;
}
function noticeDate(part, legend, hint, value) {
  const box = app.dateInput(`pages-f-${part}`, legend, hint, value, { 'data-pages-date': part });
  box.insertBefore(app.el('div', { class: 'field-errors', id: `pages-f-${part}-errors` }), box.querySelector('.date-input'));
  box.setAttribute('aria-describedby', `pages-f-${part}-hint pages-f-${part}-errors`);
  return box;
}
function renderFindings() {
  const el = app.el;
  const box = $('[data-pages-findings]');
  if (!box || !state.path) return;
  const info = fileInfo(state.path);
  for (const errors of root.querySelectorAll('[data-pages-editor] .field-errors')) errors.replaceChildren();
  for (const g of root.querySelectorAll('[data-pages-editor] .form-group--error')) g.classList.remove('form-group--error');
  const ds = diagnosticsOf(state.path);
  const elsewhere = [];
  for (const d of ds) {
    const t = targetOf(d, info);
    const field = t.id ? document.getElementById(t.key && /^(from|until)$/.test(t.key) ? `pages-f-${t.key}-errors` : `${t.id}-errors`) : null;
    if (!field) { elsewhere.push(d); continue; }
    const severity = d.severity === 'error' ? 'Error' : 'Warning';
    field.append(el('div', { class: `field-error${d.severity === 'error' ? '' : ' field-error--warning'}`, 'data-finding-code': d.code, 'data-provision': d.provision || '' },
      el('strong', {}, el('span', { class: 'visually-hidden', text: `${severity}: ` }), t.line > 0 ? `Line ${t.line}: ` : '', d.message),
      el('span', { text: [d.provision ? `${app.provisionText(d.provision)}.` : '', d.fix ? `How to fix it: ${d.fix}.` : ''].filter(Boolean).join(' ') }),
      t.line > 0 ? el('p', { class: 'pages-goto' }, el('button', { type: 'button', class: 'link-button', 'data-go': 'pages', 'data-focus': t.id, 'data-line': t.line,
        text: `Go to line ${t.line}` })) : null));
    if (d.severity === 'error') field.closest('.form-group, .fieldset')?.classList.add('form-group--error');
  }
  box.replaceChildren(...(ds.length ? [
    el('p', { class: 'policy-count' }, `The check found ${app.countText(ds)} in this ${info.kind}${ds.length > elsewhere.length ? ', shown beside what they are about' : ''}.`),
    elsewhere.length ? el('ul', { class: 'findings' }, elsewhere.map((d) => app.findingItem(d, { where: false }))) : null]
    : [el('p', { text: `The check found nothing to fix in this ${info.kind}.` })]).filter(Boolean));
  const status = root.querySelector('[data-pages-status]');
  if (status) status.textContent = noticeStatus(info);
}

// Saving: the form's fields and body written back as one file.
function writeForm() {
  if (app.readOnly || !state.path || !app.content) return;
  const info = fileInfo(state.path);
  let text;
  if (info.whole) {
    text = document.getElementById('pages-file').value;
  } else {
    const fields = { ...info.parsed.fields };
    for (const key of KEYS[info.kind]) {
      if (key === 'from' || key === 'until') {
        const v = app.dateValue(`pages-f-${key}`);
        if (!v.problem) fields[key] = v.iso;
      } else {
        const control = document.getElementById(`pages-f-${key}`);
        if (control) fields[key] = control.value;
      }
    }
    text = writeFile(info.kind, fields, document.getElementById('pages-body').value);
  }
  if (text !== info.text) app.putFile(state.path, text);
  const title = root.querySelector('#pages-edit-title');
  const now = fileInfo(state.path);
  if (title) title.textContent = `${now.kind === 'notice' ? 'Notice' : 'Page'}: ${displayTitle(now)}`;
}
let writeSoon = null;

// ---------------------------------------------------------------------------------------------------------------
// Adding
function fieldProblem(id, message) {
  const date = root.querySelector(`[data-date="${id}"]`);
  const groupEl = date || root.querySelector(`[data-pages-group="${id}"]`);
  const box = document.getElementById(`${id}-error`);
  groupEl.classList.toggle('form-group--error', !!message);
  box.hidden = !message;
  box.replaceChildren(...(message ? [app.el('span', { class: 'visually-hidden', text: 'Error: ' }), message] : []));
  const controls = date ? [...date.querySelectorAll('input')] : [document.getElementById(id)];
  for (const c of controls) if (message) c.setAttribute('aria-invalid', 'true'); else c.removeAttribute('aria-invalid');
  const holder = date || controls[0];
  const described = (holder.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== `${id}-error`);
  if (message) described.push(`${id}-error`);
  holder.setAttribute('aria-describedby', described.join(' '));
}
function newPageProblem(title) {
  if (!title.trim()) return 'Enter a title for the new page';
  const slug = makeSlug(title);
  if (!slug) return 'Enter a title with letters or numbers in it: the page\'s address is made from them';
  if (app.engine.reservedPages().includes(slug)) return `The address /${slug}/ is already used by a page the site makes itself: choose another title, for example "About ${title.trim()}"`;
  if (app.content.has(`pages/${slug}.md`)) return `You already have a page at /${slug}/ ("${fileInfo(`pages/${slug}.md`).title || slug}"): choose another title, or edit that page`;
  return '';
}
function addPage(event) {
  event.preventDefault();
  if (app.readOnly || !app.content) return;
  state.deleted = null;
  renderDeleted();
  const title = $('#pages-new-title').value;
  const problem = newPageProblem(title);
  fieldProblem('pages-new-title', problem);
  const summary = $('[data-pages-errors]');
  if (problem) { app.errorSummary(summary, 'There is a problem', [{ text: problem, target: 'pages-new-title' }]); return; }
  summary.replaceChildren();
  const slug = makeSlug(title);
  const path = `pages/${slug}.md`;
  app.putFile(path, writeFile('page', { title: title.trim() }, ''));
  $('#pages-new-title').value = '';
  updateNewAddress();
  state.deleted = null;
  state.message = { title: `The page "${title.trim()}" is added`, text: `Its address is /${slug}/ and your home page links to it. Write it below.` };
  openEditor(path, 'pages-edit-title');
}
function updateNewAddress() {
  const title = $('#pages-new-title').value;
  const slug = makeSlug(title);
  $('[data-pages-new-address]').textContent = slug ? `Its address will be /${slug}/` : '';
}
function addNotice(event) {
  event.preventDefault();
  if (app.readOnly || !app.content) return;
  state.deleted = null;
  renderDeleted();
  const from = app.dateValue('pages-new-from');
  const until = app.dateValue('pages-new-until');
  const text = $('#pages-new-text').value;
  const problems = [];
  const fromProblem = from.problem || (!from.iso ? 'Enter the first day the notice is shown' : '');
  let untilProblem = until.problem || (!until.iso ? 'Enter the last day the notice is shown: when you expect to meet the Code again' : '');
  if (!fromProblem && !untilProblem && until.iso < from.iso) untilProblem = 'The last day must be the same as or after the first day';
  const textProblem = text.trim() ? '' : 'Enter what residents need to know';
  fieldProblem('pages-new-from', fromProblem);
  fieldProblem('pages-new-until', untilProblem);
  fieldProblem('pages-new-text', textProblem);
  if (fromProblem) problems.push({ text: fromProblem, target: 'pages-new-from-day' });
  if (untilProblem) problems.push({ text: untilProblem, target: 'pages-new-until-day' });
  if (textProblem) problems.push({ text: textProblem, target: 'pages-new-text' });
  const summary = $('[data-pages-errors]');
  if (problems.length) { app.errorSummary(summary, 'There is a problem', problems); return; }
  summary.replaceChildren();
  const title = $('#pages-new-heading').value.trim();
  let name = makeSlug(title) || `notice-${from.iso}`;
  for (let n = 2; app.content.has(`notices/${name}.md`); n += 1) name = `${name.replace(/-\d+$/, '')}-${n}`;
  const path = `notices/${name}.md`;
  app.putFile(path, writeFile('notice', { title, from: from.iso, until: until.iso }, `${text.replace(/\s+$/, '')}\n`));
  for (const id of ['pages-new-heading', 'pages-new-text', 'pages-new-from-day', 'pages-new-from-month', 'pages-new-from-year', 'pages-new-until-day', 'pages-new-until-month', 'pages-new-until-year']) document.getElementById(id).value = '';
  state.deleted = null;
  const info = fileInfo(path);
  state.message = { title: 'The notice is added', text: `${noticeStatus(info)} Your published site changes only when you publish it again: do that on the first day, and again the day after the last.` };
  openEditor(path, 'pages-edit-title');
}

// ---------------------------------------------------------------------------------------------------------------
// Showing
function $(selector) { return root.querySelector(selector); }
function openEditor(path, focus) {
  state.path = path;
  render({ focus });
}
function render({ focus = null } = {}) {
  if (!app.content) { state.path = null; return; }
  const editing = !!state.path && renderEditor();
  $('[data-pages-list-view]').hidden = editing;
  $('[data-pages-editor]').hidden = !editing;
  if (!editing) {
    $('[data-pages-editor]').replaceChildren();
    renderList();
  }
  if (focus) document.getElementById(focus)?.focus();
}
function backToList(focusPath) {
  writeSoon.flush();
  state.path = null;
  render();
  const button = focusPath && root.querySelector(`[data-pages-edit="${CSS.escape(focusPath)}"]`);
  (button || document.getElementById('pages-title')).focus();
}

export function install(appObject, section) {
  app = appObject;
  root = section;
  const el = app.el;
  writeSoon = app.debounce(writeForm, 300);
  section.append(
    el('h1', { id: 'pages-title', tabindex: '-1', text: 'Pages and notices' }),
    el('div', { 'data-needs-content': true, hidden: true }),
    el('div', { 'data-has-content': true },
      el('div', { 'data-pages-errors': true }),
      el('div', { 'data-pages-deleted': true }),
      el('div', { 'data-pages-list-view': true },
        el('p', { class: 'lead', text: 'Pages of your own beside the ones the site makes, and a notice for when something stops you meeting the Code for a while.' }),
        el('h2', { id: 'pages-list-title', text: 'Your pages' }),
        el('p', { text: 'Each page is linked from your home page and the menu. Use them for what residents ask about: reasonable adjustments, how you learn from complaints, compensation.' }),
        el('div', { 'data-pages-list': true }),
        el('form', { class: 'pages-add', 'data-pages-add': true, novalidate: true, 'aria-labelledby': 'pages-add-title' },
          el('h3', { id: 'pages-add-title', text: 'Add a page' }),
          el('div', { class: 'form-group', 'data-pages-group': 'pages-new-title' },
            el('label', { class: 'label', for: 'pages-new-title', text: 'Title of the new page' }),
            el('p', { class: 'hint', id: 'pages-new-title-hint', text: 'For example "Compensation and putting things right". The page\'s address is made from it.' }),
            el('p', { class: 'error-message', id: 'pages-new-title-error', hidden: true }),
            el('input', { class: 'input', type: 'text', id: 'pages-new-title', name: 'pages-new-title', 'aria-describedby': 'pages-new-title-hint pages-new-address', 'data-edit': true }),
            el('p', { class: 'hint pages-address', id: 'pages-new-address', 'data-pages-new-address': true })),
          el('button', { type: 'submit', class: 'button', 'data-edit': true, text: 'Add the page' })),
        el('h2', { id: 'notices-title', text: 'Notices' }),
        el('p', { text: 'When something stops you meeting the Complaint Handling Code for a while, such as a cyber attack or a failed computer system, the Code asks you to tell residents on your website and say when you expect to meet it again (Code 8.5). Tell the Housing Ombudsman too.' }),
        el('p', { text: 'While a notice is in force, every page shows it at the top and the deadline calculator says you may not meet its dates. The site changes only when you publish it: publish on the first day and again the day after the last.' }),
        el('div', { 'data-notices-list': true }),
        el('form', { class: 'pages-add', 'data-notices-add': true, novalidate: true, 'aria-labelledby': 'notices-add-title' },
          el('h3', { id: 'notices-add-title', text: 'Add a notice' }),
          el('div', { class: 'form-group', 'data-pages-group': 'pages-new-heading' },
            el('label', { class: 'label', for: 'pages-new-heading', text: 'Heading (optional)' }),
            el('p', { class: 'hint', id: 'pages-new-heading-hint', text: 'For example "Our computer systems are down". Left empty, the site says you cannot meet all of the Code at the moment.' }),
            el('input', { class: 'input', type: 'text', id: 'pages-new-heading', name: 'pages-new-heading', 'aria-describedby': 'pages-new-heading-hint', 'data-edit': true })),
          app.dateInput('pages-new-from', 'Shown from', 'The first day, for example 16 11 2026.', '', {}),
          app.dateInput('pages-new-until', 'Shown until', 'The last day: when you expect to meet the Code again, for example 29 1 2027.', '', {}),
          el('div', { class: 'form-group', 'data-pages-group': 'pages-new-text' },
            el('label', { class: 'label', for: 'pages-new-text', text: 'What residents need to know' }),
            el('p', { class: 'hint', id: 'pages-new-text-hint', text: 'What happened, how residents can still complain, and what they can expect.' }),
            el('p', { class: 'error-message', id: 'pages-new-text-error', hidden: true }),
            el('textarea', { class: 'textarea', id: 'pages-new-text', name: 'pages-new-text', rows: '5', 'aria-describedby': 'pages-new-text-hint', 'data-edit': true })),
          el('button', { type: 'submit', class: 'button', 'data-edit': true, text: 'Add the notice' }))),
      el('div', { class: 'pages-editor', 'data-pages-editor': true, hidden: true })));

  section.querySelector('[data-pages-add]').addEventListener('submit', addPage);
  section.querySelector('[data-notices-add]').addEventListener('submit', addNotice);
  section.querySelector('#pages-new-title').addEventListener('input', updateNewAddress);
  section.addEventListener('input', (event) => {
    if (event.target.closest('[data-pages-form]')) writeSoon();
  });
  section.addEventListener('change', (event) => {
    if (event.target.closest('[data-pages-form]')) writeSoon.flush();
  });
  section.addEventListener('focusout', (event) => {
    const dateGroup = event.target.closest('[data-date]');
    if (dateGroup && !dateGroup.contains(event.relatedTarget) && dateGroup.closest('[data-pages-form]')) app.showDateProblem(dateGroup.dataset.date);
  });
  section.addEventListener('click', (event) => {
    const t = event.target;
    const edit = t.closest('[data-pages-edit]');
    if (edit) { $('[data-pages-errors]').replaceChildren(); state.deleted = null; $('[data-pages-deleted]').replaceChildren(); openEditor(edit.dataset.pagesEdit, 'pages-edit-title'); return; }
    if (t.closest('[data-pages-back]')) { event.preventDefault(); backToList(state.path); return; }
    const whole = t.closest('[data-pages-whole]');
    if (whole) {
      writeSoon.flush();
      if (whole.dataset.pagesWhole === 'on') state.whole.add(state.path); else state.whole.delete(state.path);
      renderEditor({ focus: whole.dataset.pagesWhole === 'on' ? 'pages-file' : 'pages-f-title' });
      return;
    }
    if (t.closest('[data-pages-delete]')) { confirmDelete(); return; }
    if (t.closest('[data-pages-delete-no]')) { renderEditor({ focus: 'pages-delete-title' }); $('[data-pages-delete]')?.focus(); return; }
    if (t.closest('[data-pages-delete-yes]')) { deleteFile(); return; }
    if (t.closest('[data-pages-restore]')) { restoreFile(); }
  });
  // A link from the Check screen names the file: open it before app.js shows the screen and selects the line.
  document.addEventListener('click', (event) => {
    const link = event.target.closest('[data-go="pages"][data-pages-file]');
    if (!link || !app.content || !app.content.has(link.dataset.pagesFile)) return;
    if (state.path && state.path !== link.dataset.pagesFile) writeSoon.flush();
    state.path = link.dataset.pagesFile;
    $('[data-pages-errors]').replaceChildren();
  }, true);
}

function confirmDelete() {
  if (app.readOnly) return;
  const info = fileInfo(state.path);
  const el = app.el;
  const box = $('[data-pages-confirm]');
  const address = new RegExp(`(^|[^a-z0-9-])/${slugOf(info.path)}/`);
  // site.json's service_requests and a notice are on many pages: there a link without a leading / is read from the
  // site's root (docs/content-reference.md), so "](slug/" links to the page too.
  const fromRoot = new RegExp(`\\]\\((\\./)?${slugOf(info.path)}/`);
  const sharedText = (p) => p === 'site.json' || p.startsWith('notices/');
  const linking = info.kind === 'page' ? [...app.content.keys()].filter((p) => p !== info.path && /\.(md|json)$/.test(p) &&
    (address.test(app.text(p)) || (sharedText(p) && fromRoot.test(app.text(p))))).sort() : [];
  box.replaceChildren(el('div', { class: 'warning pages-confirm', role: 'group', 'aria-labelledby': 'pages-confirm-question' },
    el('p', { id: 'pages-confirm-question', tabindex: '-1' }, el('strong', { text: `Delete the ${labelOf(info)}?` })),
    el('p', { text: info.kind === 'page'
      ? `It goes from your site when you next publish, and /${slugOf(info.path)}/ stops working. Straight afterwards you can put it back; once you close or reload the studio you cannot.`
      : 'The banner goes from your site when you next publish. Straight afterwards you can put it back; once you close or reload the studio you cannot.' }),
    linking.length ? el('div', { 'data-pages-linked-from': true },
      el('p', {}, el('strong', { text: `Your content links to it from ${linking.length === 1 ? 'one file' : `${linking.length} files`}:` }),
        ' the site cannot be published until those links are changed or removed (Check will list them).'),
      el('ul', {}, linking.map((f) => el('li', {}, el('code', { text: f }))))) : null,
    el('div', { class: 'button-group' },
      el('button', { type: 'button', class: 'button button--warning', 'data-pages-delete-yes': true, 'data-edit': true, text: 'Yes, delete it' }),
      el('button', { type: 'button', class: 'button button--secondary', 'data-pages-delete-no': true, text: 'No, keep it' }))));
  const question = document.getElementById('pages-confirm-question');
  question.focus();
  question.scrollIntoView({ block: 'center' });
}
function deleteFile() {
  if (app.readOnly || !state.path) return;
  writeSoon.cancel();
  const info = fileInfo(state.path);
  state.deleted = { path: state.path, bytes: app.content.get(state.path), label: labelOf(info) };
  state.path = null;
  app.removeFile(info.path);
  render();
  app.status(`The ${state.deleted.label} is deleted.`);
  $('[data-pages-deleted] .success').focus();
}
function restoreFile() {
  if (app.readOnly || !state.deleted) return;
  const { path, bytes, label } = state.deleted;
  state.deleted = null;
  app.putFile(path, bytes);
  state.message = { title: `The ${label} is back`, text: 'It is in your site again.' };
  openEditor(path, 'pages-edit-title');
}

export function show() {
  if (!app.content) return;
  $('[data-pages-errors]').replaceChildren();
  render();
}
export function changed({ external }) {
  if (!root || root.hidden && !external) return;
  if (external) {
    writeSoon.cancel();
    state.deleted = null;
    state.whole.clear();
    if (state.path && (!app.content || !app.content.has(state.path))) state.path = null;
    if (app.content) render(); else state.path = null;
    return;
  }
  if (!state.path) renderListKeepingFocus();
}
export function checked() {
  if (!root || !app.content) return;
  if (state.path) renderFindings(); else if (!root.hidden) renderListKeepingFocus();
}
