// The resident widget's view: finds <div data-complaints-widget="deadlines|walkthrough"> and mounts the deadline
// calculator or the complaint walkthrough. Appended to Emscripten's loader (--extern-post-js), so the page needs
// one <script src=".../widget.js" defer>. Every rule and date comes from the C++ engine (ComplaintsEngine);
// nothing typed is stored or sent anywhere. No dynamic code, no inline styles, no network use but the widget's own files.
(function () {
  'use strict';
  if (typeof document === 'undefined') return;  // loaded by Node for tests: the engine factory only

  var script = document.currentScript;
  var base = script && script.src ? script.src : document.baseURI;
  // The site's layout names the hashed wasm file (<script ... data-wasm="...">); embedded copies sit side by side.
  // The hashed copy made by site/pages/widget_pages.h WidgetAssets() has these two names rewritten.
  var WASM_NAME = 'widget.wasm';
  var CSS_NAME = 'widget.css';
  // widget/widget-standalone.js (site/build/widget_assets.cc StandaloneWidget) has the wasm (base64) and the stylesheet
  // written into these two, so it needs no other file: no CORS header and no .wasm type on the host. Empty here.
  var WASM_BASE64 = '';
  var CSS_TEXT = '';
  var wasmAttr = script && script.getAttribute('data-wasm');
  var WASM = wasmAttr ? new URL(wasmAttr, document.baseURI).href : new URL(WASM_NAME, base).href;
  var LABELS = { acknowledge: 'calculator.label_acknowledge', response: 'calculator.label_response',
    extended_response: 'calculator.label_extended_response' };
  var uid = 0;

  // ---- words -----------------------------------------------------------------------------------------
  // English: the "widget" key of templates/i18n/en.json (without "pages", the generator's), put here by
  // wasm/minify.mjs at build time. A site in another language gives the mount element data-i18n (the same tree
  // translated); a key it lacks comes from English.
  var EN = /* @widget-words@ */ {};
  var words = null;
  // The language dates are written in (data-language); the engine has the names (core/data/date-names.json).
  var language = '';
  function lookup(tree, key) {
    var parts = key.split('.');
    for (var i = 0; tree && i < parts.length; i++) tree = tree[parts[i]];
    return typeof tree === 'string' ? tree : null;
  }
  // The string for `key` as a list of parts, each "{name}" replaced by values[name] (text or an element).
  function tp(key, values) {
    var text = (words && lookup(words, key)) || lookup(EN, key) || key;
    return text.split(/\{(\w+)\}/).map(function (part, i) {
      if (!(i % 2)) return part;
      if (!values || !(part in values)) return '{' + part + '}';
      return typeof values[part] === 'object' ? values[part] : String(values[part]);
    }).filter(function (part) { return part !== ''; });
  }
  // The same as one string (every value must be text).
  function t(key, values) { return tp(key, values).join(''); }

  // ---- the engine ------------------------------------------------------------------------------------
  var enginePromise = null;
  var loaded = null;
  // Started once, by start() as the page loads: the wasm is fetched and compiled before anyone clicks. Rejects when it
  // cannot load (blocked, offline, no WebAssembly, another site's files without CORS).
  function engine() {
    if (!enginePromise) {
      /* global ComplaintsEngine */
      enginePromise = new Promise(function (resolve, reject) {
        if (typeof WebAssembly !== 'object' || typeof ComplaintsEngine !== 'function') throw new Error('no WebAssembly');
        ComplaintsEngine({
          wasmBinary: embeddedWasm(),
          locateFile: function (path) { return /\.wasm$/.test(path) ? WASM : new URL(path, base).href; },
          onAbort: reject
        }).then(resolve, reject);
      }).then(function (M) { loaded = M; return M; });
    }
    return enginePromise;
  }
  // The standalone file's wasm as bytes (Emscripten then fetches nothing); undefined in widget.js.
  function embeddedWasm() {
    if (!WASM_BASE64) return undefined;
    var text = atob(WASM_BASE64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }
  // A typed date checked by the engine; a translated site's engine words give its error messages.
  function checkDate(M, request) {
    if (words && words.engine) request.words = words.engine;
    return call(M, '_cs_date_input', request);
  }

  function call(M, fn, request, extra) {
    var inputs = [request, extra].map(function (value) {
      if (value === undefined) return 0;
      var text = JSON.stringify(value);
      var size = M.lengthBytesUTF8(text) + 1;
      var input = M._malloc(size);
      M.stringToUTF8(text, input, size);
      return input;
    });
    var output = M[fn](inputs[0], inputs[1]);
    var result = M.UTF8ToString(output);
    M._cs_free_string(output);
    inputs.forEach(function (input) { if (input) M._free(input); });
    return JSON.parse(result);
  }

  // ---- small DOM helpers (textContent only: typed text is never parsed as HTML) ----------------------
  function h(tag, attrs, children) {
    var el = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') el.textContent = v;
        else if (k === 'class') el.className = v;
        else if (k.slice(0, 2) === 'on') el.addEventListener(k.slice(2), v);
        else el.setAttribute(k, v === true ? '' : String(v));
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined || c === false) return;
      el.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return el;
  }
  function clear(el) { while (el.firstChild) el.removeChild(el.firstChild); }
  function id(prefix) { uid += 1; return 'cs-' + prefix + '-' + uid; }
  function safeUrl(url) { return /^(https?:|mailto:|tel:)/i.test(url || '') ? url : null; }
  function todayIso(root) {
    var fixed = root.getAttribute('data-today');
    if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
    var d = new Date();
    return d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  }
  function closures(root) {
    return (root.getAttribute('data-closures') || '').split(/[\s,]+/).filter(function (s) { return /^\d{4}-\d{2}-\d{2}$/.test(s); });
  }
  function jsonAttr(root, name, fallback) {
    try { return JSON.parse(root.getAttribute(name) || 'null') || fallback; } catch (e) { return fallback; }
  }
  // A date in full: the engine's English text, or written again in the page's language.
  function longDate(iso, text) {
    if (!language || language === 'en' || !loaded) return text;
    return call(loaded, '_cs_long_date', { date: iso, language: language }).long || text;
  }
  function time(iso, text) { return h('time', { datetime: iso, text: longDate(iso, text) }); }
  function privacy() { return h('p', { class: 'cs-privacy', text: t('common.privacy') }); }
  function download(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    var a = h('a', { href: url, download: name, class: 'cs-visually-hidden', tabindex: '-1' });
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }

  var baseTitle = document.title;
  function setErrorTitle(on) { document.title = on ? t('common.error_title', { title: baseTitle }) : baseTitle; }

  // GOV.UK error summary: "There is a problem", a link to each field, focused.
  function errorSummary(errors) {
    var list = h('ul', { class: 'cs-error-summary__list' }, errors.map(function (e) {
      return h('li', null, [h('a', { href: '#' + e.target, text: e.message, onclick: function (ev) {
        var target = document.getElementById(e.target);
        if (target) { ev.preventDefault(); target.focus(); target.scrollIntoView({ block: 'center' }); }
      } })]);
    }));
    return h('div', { class: 'cs-error-summary', tabindex: '-1' }, [
      h('h2', { class: 'cs-error-summary__title', text: t('common.error_summary_title') }), list]);
  }
  function errorMessage(idv, text) {
    return h('p', { class: 'cs-error-message', id: idv }, [h('span', { class: 'cs-visually-hidden', text: t('common.error_prefix') + ' ' }), text]);
  }

  // A GOV.UK date input: day, month, year boxes in a fieldset. Never auto-tabs.
  function dateInput(name, legend, hint, values, error) {
    var hintId = name + '-hint';
    var errId = name + '-error';
    var parts = [['day', 'common.day', 2], ['month', 'common.month', 2], ['year', 'common.year', 4]];
    var items = parts.map(function (p) {
      var fieldId = name + '-' + p[0];
      var bad = error && (!error.part || error.part === p[0] || error.whole);
      return h('div', { class: 'cs-date-input__item' }, [
        h('label', { class: 'cs-label', for: fieldId, text: t(p[1]) }),
        h('input', { class: 'cs-input cs-input--width-' + p[2] + (bad ? ' cs-input--error' : ''), id: fieldId, name: fieldId,
          type: 'text', inputmode: p[0] === 'month' ? null : 'numeric', autocomplete: 'off', spellcheck: 'false',
          value: values[p[0]] || '' })]);
    });
    return h('div', { class: 'cs-form-group' + (error ? ' cs-form-group--error' : '') }, [
      h('fieldset', { class: 'cs-fieldset', role: 'group', 'aria-describedby': hintId + (error ? ' ' + errId : '') }, [
        legend,
        h('div', { class: 'cs-hint', id: hintId, text: hint }),
        error ? errorMessage(errId, error.message) : null,
        h('div', { class: 'cs-date-input' }, items)])]);
  }
  function readDate(form, name) {
    var get = function (p) { var el = form.elements[name + '-' + p]; return el ? el.value : ''; };
    return { day: get('day'), month: get('month'), year: get('year') };
  }
  function dateTarget(name, part) { return name + '-' + (part || 'day'); }

  // The landlord's exceptional circumstances notice (Code 8.5): the page carries the sentence in data-notice, in the
  // site's language; shown beside the dates while the notice is in force. Null when there is none.
  function noticeNote(root) {
    var text = root.getAttribute('data-notice') || '';
    return text ? h('p', { class: 'cs-notice-dates', 'data-notice': '', text: text }) : null;
  }

  // ---- deadline list shared by the calculator and the walkthrough's outcomes ---------------------------
  // d.agreed: the resident says the landlord extended, so the later date is the one that counts (6.4, 6.15); without
  // it that date is only the latest an extension may reach without a good reason.
  function deadlineList(d) {
    var items = d.milestones.map(function (m) {
      var extra = [];
      var rule = m.counted_from === 'received' ? 'calculator.rule_received'
        : m.counted_from === 'acknowledge' ? (m.assumed ? 'calculator.rule_acknowledge_assumed' : 'calculator.rule_acknowledge')
          : m.limit ? 'calculator.rule_extended' : 'calculator.rule_response';
      extra.push(h('span', { class: 'cs-milestone__rule', text: t(rule, { days: m.working_days, provision: m.provision }) }));
      if (m.actual) {
        var on = { date: time(m.actual, m.actual_long), days: m.late_by };
        extra.push(h('span', { class: 'cs-milestone__actual' }, tp(!m.late_by ? 'calculator.acknowledged_in_time'
          : m.late_by === 1 ? 'calculator.acknowledged_late_one' : 'calculator.acknowledged_late_other', on)));
      }
      if (m.due_if_acknowledged_on_time) {
        extra.push(h('span', { class: 'cs-milestone__note' }, tp('calculator.on_time',
          { date: time(m.due_if_acknowledged_on_time, m.due_if_acknowledged_on_time_long) })));
      }
      if (m.maximum) extra.push(h('span', { class: 'cs-milestone__note', 'data-limit': 'beyond', text: t('calculator.maximum_note', { days: m.maximum }) }));
      else if (m.limit) extra.push(h('span', { class: 'cs-milestone__note', 'data-limit': 'within', text: t('calculator.within_limit_note', { days: m.limit }) }));
      if (m.note) extra.push(h('span', { class: 'cs-milestone__note', text: m.note }));
      return h('li', { class: 'cs-milestone', 'data-milestone': m.id }, [
        h('span', { class: 'cs-milestone__label', text: t('calculator.milestone_label',
          { label: t(m.id === 'extended_response' && d.agreed ? 'calculator.label_extended_agreed' : LABELS[m.id] || 'calculator.label_due') }) }),
        h('strong', { class: 'cs-milestone__date' }, [time(m.due, m.due_long)]),
        h('span', { class: 'cs-milestone__summary', text: m.summary })].concat(extra));
    });
    var out = [h('ul', { class: 'cs-milestones' }, items)];
    if (d.status) {
      var s = d.status;
      var what = t(s.milestone === 'acknowledge' ? 'calculator.what_acknowledge'
        : s.milestone === 'extended_response' ? 'calculator.what_extended_response' : 'calculator.what_response');
      var status = tp(s.overdue_by > 1 ? 'calculator.overdue_other' : s.overdue_by === 1 ? 'calculator.overdue_one' : 'calculator.waiting',
        { today: time(s.today, s.today_long), what: what, days: s.overdue_by, day: s.working_day, of: s.of });
      out.push(h('p', { class: 'cs-status' + (s.overdue_by > 0 ? ' cs-status--overdue' : ''), 'data-status': s.overdue_by > 0 ? 'overdue' : 'due' }, status));
    }
    if (d.holidays_in_range.length) {
      out.push(h('h3', { class: 'cs-heading-s', text: t('calculator.not_counted_heading') }));
      out.push(h('ul', { class: 'cs-list cs-holidays' }, d.holidays_in_range.map(function (x) {
        return h('li', { 'data-holiday': x.date }, tp('calculator.holiday', { title: x.title, date: time(x.date, x.date_long) }));
      })));
    }
    // The landlord's closures: information only, they never move a date.
    if (d.closures_in_range.length) {
      out.push(h('p', { text: t('calculator.closures') }));
      out.push(h('ul', { class: 'cs-list cs-closures' }, d.closures_in_range.map(function (x) {
        return h('li', { 'data-closure': x.date }, [time(x.date, x.date_long)]);
      })));
    }
    return out;
  }

  // .ics: one all-day event per milestone (RFC 5545).
  function icsEscape(s) { return String(s).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n'); }
  function fold(line) {
    var out = [];
    while (line.length > 74) { out.push(line.slice(0, 74)); line = ' ' + line.slice(74); }
    out.push(line);
    return out.join('\r\n');
  }
  function nextDay(iso) {
    var p = iso.split('-').map(Number);
    var d = new Date(Date.UTC(p[0], p[1] - 1, p[2] + 1));
    return d.toISOString().slice(0, 10);
  }
  function ics(d, landlord) {
    var stamp = (d.status ? d.status.today : d.received).replace(/-/g, '') + 'T000000Z';
    var lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//complaints-site//deadline calculator//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH'];
    d.milestones.forEach(function (m) {
      lines.push('BEGIN:VEVENT',
        'UID:' + m.id + '-' + d.received + '-stage' + d.stage + '@complaints-site',
        'DTSTAMP:' + stamp,
        'DTSTART;VALUE=DATE:' + m.due.replace(/-/g, ''),
        'DTEND;VALUE=DATE:' + nextDay(m.due).replace(/-/g, ''),
        fold('SUMMARY:' + icsEscape(landlord ? t('calculator.ics_summary', { landlord: landlord, summary: m.summary }) : m.summary)),
        fold('DESCRIPTION:' + icsEscape(t('calculator.ics_description', { summary: m.summary, date: longDate(m.due, m.due_long), days: m.working_days,
          provision: m.provision, stage: d.stage, received: longDate(d.received, d.received_long) }))),
        'TRANSP:TRANSPARENT',
        'END:VEVENT');
    });
    lines.push('END:VCALENDAR');
    return lines.join('\r\n') + '\r\n';
  }

  // ---- the deadline calculator ---------------------------------------------------------------------
  // Mounted once the engine has loaded (start()). What a resident knows: the date received, the stage, and if they
  // have them the acknowledgement, a new date the landlord gave (6.4, 6.15) and the response. Every rule (dates, on
  // time or late, the extension's limit) is the engine's; this only asks and shows.
  function mountDeadlines(root) {
    var landlord = root.getAttribute('data-landlord') || '';
    var values = { received: {}, acknowledged: {}, stage: '', extended: '', extendedTo: {}, responded: {} };
    var errors = [];
    var result = null;
    clear(root);
    root.classList.add('cs-widget');
    var summaryBox = h('div');
    var formBox = h('div');
    var results = h('div', { class: 'cs-results' });
    // One short sentence when the answer appears: "Your dates are ready" or the number of problems.
    var announce = h('div', { class: 'cs-visually-hidden', role: 'status', 'data-announce': '' });
    root.appendChild(announce);
    root.appendChild(summaryBox);
    root.appendChild(formBox);
    root.appendChild(results);
    root.appendChild(privacy());

    function errorFor(field) {
      for (var i = 0; i < errors.length; i++) if (errors[i].field === field) return errors[i];
      return null;
    }
    function legend(text) { return h('legend', { class: 'cs-fieldset__legend cs-fieldset__legend--m', text: text }); }
    // GOV.UK radios; an item may reveal a conditional block (aria-controls), keyboard and screen reader alike. Not
    // aria-expanded, which GOV.UK Frontend sets: ARIA 1.2 does not allow it on a radio (axe: aria-allowed-attr); the
    // block is display: none until the item is checked, so it is out of the reading order too.
    function radios(name, question, items, chosen, conditional) {
      var err = errorFor(name);
      var errId = name + '-error';
      var list = [];
      items.forEach(function (r) {
        var rid = name + '-' + r[0];
        var reveals = conditional && conditional.value === r[0];
        var input = h('input', { class: 'cs-radios__input', type: 'radio', id: rid, name: name, value: r[0], checked: chosen === r[0],
          'aria-describedby': r[2] ? rid + '-hint' : null, 'aria-controls': reveals ? conditional.id : null });
        list.push(h('div', { class: 'cs-radios__item' }, [input,
          h('label', { class: 'cs-label cs-radios__label', for: rid, text: t(r[1]) }),
          r[2] ? h('div', { class: 'cs-hint cs-radios__hint', id: rid + '-hint', text: t(r[2]) }) : null]));
        if (reveals) {
          var block = h('div', { class: 'cs-radios__conditional' + (chosen === r[0] ? '' : ' cs-radios__conditional--hidden'), id: conditional.id },
            [conditional.content]);
          list.push(block);
        }
      });
      var group = h('div', { class: 'cs-radios' }, list);
      if (conditional) {
        group.addEventListener('change', function () {
          var on = !!group.querySelector('#' + name + '-' + conditional.value + ':checked');
          document.getElementById(conditional.id).classList.toggle('cs-radios__conditional--hidden', !on);
        });
      }
      return h('div', { class: 'cs-form-group' + (err ? ' cs-form-group--error' : '') }, [
        h('fieldset', { class: 'cs-fieldset', 'aria-describedby': err ? errId : null }, [legend(question),
          err ? errorMessage(errId, err.message) : null, group])]);
    }
    function render() {
      clear(formBox);
      var extendedDate = dateInput('extended', h('legend', { class: 'cs-fieldset__legend cs-fieldset__legend--s', text: t('calculator.extended_legend') }),
        t('calculator.extended_hint'), values.extendedTo, errorFor('extended_to'));
      var form = h('form', { class: 'cs-form cs-calculator', novalidate: true, onsubmit: submit }, [
        dateInput('received', legend(t('calculator.received_legend')), t('calculator.received_hint'), values.received, errorFor('received')),
        radios('stage', t('calculator.stage_legend'), [['1', 'calculator.stage_1', 'calculator.stage_1_hint'], ['2', 'calculator.stage_2', 'calculator.stage_2_hint']],
          values.stage),
        dateInput('acknowledged', legend(t('calculator.acknowledged_legend')), t('calculator.acknowledged_hint'), values.acknowledged,
          errorFor('acknowledged')),
        radios('extension', t('calculator.extension_legend'), [['yes', 'calculator.yes'], ['no', 'calculator.no']], values.extended,
          { value: 'yes', id: 'extension-conditional', content: extendedDate }),
        dateInput('responded', legend(t('calculator.responded_legend')), t('calculator.responded_hint'), values.responded, errorFor('responded')),
        h('button', { class: 'cs-button', type: 'submit', text: t('calculator.submit') })]);
      formBox.appendChild(form);
    }
    function say(text) {
      // Emptied first so the same sentence is announced again after a second submit.
      announce.textContent = '';
      setTimeout(function () { announce.textContent = text; }, 100);
    }
    function showErrors() {
      clear(summaryBox);
      setErrorTitle(errors.length > 0);
      if (!errors.length) return;
      var box = errorSummary(errors);
      summaryBox.appendChild(box);
      box.focus();
      say(t(errors.length === 1 ? 'calculator.problems_one' : 'calculator.problems_other', { count: errors.length }));
    }
    function optionalDate(name, field, v, today, into, key) {
      if (!(v.day.trim() || v.month.trim() || v.year.trim())) return;
      var q = { day: v.day, month: v.month, year: v.year, field: t(field) };
      if (today) q.today = today;
      var r = checkDate(loaded, q);
      if (r.error) errors.push({ field: name, part: r.error.part, target: dateTarget(name === 'extended_to' ? 'extended' : name, r.error.part), message: r.error.message });
      else into[key] = r.date;
    }
    function submit(ev) {
      ev.preventDefault();
      var form = ev.target;
      var M = loaded;
      values.received = readDate(form, 'received');
      values.acknowledged = readDate(form, 'acknowledged');
      values.stage = (form.querySelector('input[name=stage]:checked') || {}).value || '';
      values.extended = (form.querySelector('input[name=extension]:checked') || {}).value || '';
      values.extendedTo = readDate(form, 'extended');
      values.responded = readDate(form, 'responded');
      var today = todayIso(root);
      errors = [];
      // England's bank holidays (the engine's default) and the Code in force on the date received.
      var req = { code: 'auto', stage: Number(values.stage) || 1, today: today, closures: closures(root) };
      var r = checkDate(M, { day: values.received.day, month: values.received.month, year: values.received.year,
        field: t('calculator.received_field'), today: today });
      if (r.error) errors.push({ field: 'received', part: r.error.part, target: dateTarget('received', r.error.part), message: r.error.message });
      else req.received = r.date;
      if (values.stage !== '1' && values.stage !== '2') errors.push({ field: 'stage', target: 'stage-1', message: t('calculator.stage_error') });
      optionalDate('acknowledged', 'calculator.acknowledged_field', values.acknowledged, today, req, 'acknowledged');
      if (values.extended !== 'yes' && values.extended !== 'no') {
        errors.push({ field: 'extension', target: 'extension-yes', message: t('calculator.extension_error') });
      } else if (values.extended === 'yes') {
        var e = values.extendedTo;
        if (!(e.day.trim() || e.month.trim() || e.year.trim())) errors.push({ field: 'extended_to', target: 'extended-day', message: t('calculator.extended_missing') });
        else optionalDate('extended_to', 'calculator.extended_field', e, '', req, 'extended_to');  // a new date may be in the future
      }
      optionalDate('responded', 'calculator.responded_field', values.responded, today, req, 'responded');
      result = null;
      if (!errors.length) {
        // A translated site's next-step sentences (English is compiled into the engine).
        r = call(M, '_cs_deadlines_view', req, words && words.engine);
        if (r.error) engineError(M, req, r.error);
        else result = r;
      }
      render();
      showErrors();
      showResult();
    }
    // A request the engine refuses: the message for the field it names, linked to its first box.
    function engineError(M, req, err) {
      var message;
      if (err.code === 'acknowledged_before_received') message = t('calculator.acknowledged_before_received');
      else if (err.code === 'responded_before_received') message = t('calculator.responded_before_received');
      else if (err.code === 'extended_not_after_response') {
        var without = {};
        Object.keys(req).forEach(function (k) { if (k !== 'extended_to' && k !== 'responded') without[k] = req[k]; });
        var plain = call(M, '_cs_deadlines_view', without);
        var resp = (plain.milestones || []).filter(function (m) { return m.id === 'response'; })[0];
        message = t('calculator.extended_not_after_response', { date: resp ? longDate(resp.due, resp.due_long) : '' });
      } else message = err.message.charAt(0).toUpperCase() + err.message.slice(1);
      var field = err.field === 'extended_to' || err.field === 'acknowledged' || err.field === 'responded' ? err.field : 'received';
      errors.push({ field: field, whole: true, target: dateTarget(field === 'extended_to' ? 'extended' : field, 'day'), message: message });
    }
    function showResult() {
      clear(results);
      results.removeAttribute('data-status');
      if (!result) return;
      var d = result;
      d.agreed = d.milestones.some(function (m) { return m.id === 'extended_response' && m.limit; });
      if (d.outcome) results.setAttribute('data-status', d.outcome);
      var heading = h('h2', { class: 'cs-heading-m', tabindex: '-1', text: t('common.your_dates') });
      results.appendChild(heading);
      if (d.responded) {
        var got = d.responded;
        results.appendChild(h('p', { class: 'cs-status' + (got.late_by ? ' cs-status--late' : ''), 'data-responded': got.late_by ? 'late' : 'on-time' },
          tp(!got.late_by ? 'calculator.responded_on_time' : got.late_by === 1 ? 'calculator.responded_late_one' : 'calculator.responded_late_other',
            { date: time(got.date, got.date_long), due: time(got.due, got.due_long), days: got.late_by })));
      }
      results.appendChild(h('p', null, tp('calculator.received_on', { stage: d.stage, date: time(d.received, d.received_long), code: d.code_title })));
      deadlineList(d).forEach(function (el) { results.appendChild(el); });
      if (noticeNote(root)) results.appendChild(noticeNote(root));
      results.appendChild(h('h3', { class: 'cs-heading-s', text: t('calculator.next_heading') }));
      results.appendChild(h('p', { class: 'cs-next-step', text: d.next_step }));
      results.appendChild(h('div', { class: 'cs-button-group cs-no-print' }, [
        h('button', { type: 'button', class: 'cs-button cs-button--secondary', 'data-action': 'ics', text: t('calculator.ics_button'),
          onclick: function () { download('complaint-dates.ics', 'text/calendar', ics(d, landlord)); } }),
        h('button', { type: 'button', class: 'cs-button cs-button--secondary', 'data-action': 'print', text: t('calculator.print_button'),
          onclick: function () { window.print(); } })]));
      heading.focus();
      say(t('calculator.ready'));
    }
    render();
  }

  // ---- the walkthrough -----------------------------------------------------------------------------
  // @walkthrough-begin: widget-deadlines.js, the calculator alone for the site's /deadlines/ page, is built without
  // this part (wasm/minify.mjs words ... calculator puts `var mountWalkthrough = null;` in its place).
  // One address per question (GOV.UK question pages): each screen gets a history entry whose URL is that question's
  // page without JavaScript (data-step-url, e.g. "{id}/" beside /make-a-complaint/), so Back and Forward move between
  // questions and a reload lands on a real page. Embedded elsewhere (no data-step-url) the address stays the same.
  // The title is the question, with "Error: " before it while the screen shows an error. Nothing is stored.
  function walkthroughHistory(root) {
    var page = location.href.split('#')[0];
    var stepUrl = root.getAttribute('data-step-url');
    var datesAttr = root.getAttribute('data-deadlines-url');
    var first = null;
    var current = null;
    var depth = 0;
    var kept = [];  // the answers as each entry showed them (this page's memory only), for Back after a jump
    var KEY = 'cs-walkthrough';
    function url(id) {
      return !stepUrl || !id || id === first ? page : new URL(stepUrl.replace('{id}', encodeURIComponent(id)), page).href;
    }
    return {
      url: url,
      // The site's dates page (/deadlines/); null on another site.
      datesUrl: function () { return datesAttr ? new URL(datesAttr, page).href : null; },
      shown: function (node, error, mounted, answers) {
        var title = t('walkthrough.page_title', { question: node.title, page: baseTitle });
        document.title = error ? t('common.error_title', { title: title }) : title;
        if (!history.replaceState) return;
        if (!mounted || first === null) {
          first = node.id;
          history.replaceState({ cs: KEY, node: node.id, depth: 0 }, '', location.href);
        } else if (node.id !== current) {
          depth += 1;
          history.pushState({ cs: KEY, node: node.id, depth: depth }, '', url(node.id));
        }
        current = node.id;
        kept[depth] = JSON.stringify(answers);
      },
      // After "Start again": earlier entries no longer bring their answers back.
      forget: function () { kept = []; },
      back: function () {
        if (depth < 1) return false;
        history.back();
        return true;
      },
      onPop: function (fn) {
        window.addEventListener('popstate', function (ev) {
          var st = ev.state;
          if (!st || st.cs !== KEY) return;
          depth = st.depth;
          current = st.node;
          fn(st.node, kept[depth] ? JSON.parse(kept[depth]) : null);
        });
      }
    };
  }
  // The Code provision a screen rests on, behind "Which rule is this?" rather than in the question.
  function whichRule(node) {
    return h('details', { class: 'cs-rule' }, [
      h('summary', { text: t('common.which_rule') }),
      h('p', { class: 'cs-provision', text: t('common.provision', { id: node.provision }) })]);
  }
  // "Start again" asks first: the answers are in this page only, so clearing them cannot be undone.
  function startAgain(onYes) {
    var box = h('div', { class: 'cs-no-print cs-start-again' });
    function ask() {
      clear(box);
      var heading = h('h2', { class: 'cs-heading-m', tabindex: '-1', id: id('confirm'), text: t('walkthrough.start_again_question') });
      box.appendChild(h('div', { class: 'cs-confirm', role: 'group', 'aria-labelledby': heading.id }, [
        heading,
        h('p', { text: t('walkthrough.start_again_warning') }),
        h('div', { class: 'cs-button-group' }, [
          h('button', { type: 'button', class: 'cs-button cs-button--warning', 'data-action': 'start-again-yes', text: t('walkthrough.start_again_yes'), onclick: onYes }),
          h('button', { type: 'button', class: 'cs-button cs-button--secondary', 'data-action': 'start-again-no', text: t('walkthrough.start_again_no'), onclick: function () {
            offer();
            box.querySelector('[data-action=start-again]').focus();
          } })])]));
      heading.focus();
    }
    function offer() {
      clear(box);
      box.appendChild(h('p', null, [h('button', { type: 'button', class: 'cs-link', 'data-action': 'start-again', text: t('common.start_again'), onclick: ask })]));
    }
    offer();
    return box;
  }

  function mountWalkthrough(root) {
    var ctx = {
      landlord: root.getAttribute('data-landlord') || '',
      closures: closures(root)
    };
    var email = root.getAttribute('data-complaints-email') || '';
    var channels = jsonAttr(root, 'data-channels', []);
    var ombudsman = jsonAttr(root, 'data-ombudsman', null);
    var serviceRequests = root.getAttribute('data-service-requests') || '';
    // The site's generator renders the landlord's Markdown at build time into a <template>; it is cloned, never parsed.
    var serviceTemplate = root.querySelector('template[data-cs-service-requests]');
    var nav = walkthroughHistory(root);
    var answers = {};
    var at = '';
    var M = null;
    var fieldValues = {};
    var changing = false;

    var live = h('div', { class: 'cs-visually-hidden', 'aria-live': 'polite' });
    var screen = h('div', { class: 'cs-screen' });

    function ask() {
      // The Code in force on the complaint's date received (the engine decides: "auto"); England's bank holidays.
      var req = { answers: answers, today: todayIso(root), landlord: ctx.landlord, code: 'auto', closures: ctx.closures };
      if (at) req.at = at;
      // A translated site's engine words (screens, letters, next steps); English is compiled into the engine.
      if (words && words.engine) req.words = words.engine;
      return call(M, '_cs_walkthrough', req);
    }
    function go(newAt) { at = newAt || ''; show(ask(), null); }

    function choiceField(node, error) {
      var errId = node.id + '-error';
      var items = node.choices.map(function (c, i) {
        var cid = node.id + '-' + i;
        return h('div', { class: 'cs-radios__item' }, [
          h('input', { class: 'cs-radios__input', type: 'radio', id: cid, name: 'answer', value: c.value, checked: node.value === c.value,
            'aria-describedby': c.hint ? cid + '-hint' : null }),
          h('label', { class: 'cs-label cs-radios__label', for: cid, text: c.label }),
          c.hint ? h('div', { class: 'cs-hint cs-radios__hint', id: cid + '-hint', text: c.hint }) : null]);
      });
      return h('div', { class: 'cs-form-group' + (error ? ' cs-form-group--error' : '') }, [
        h('fieldset', { class: 'cs-fieldset', 'aria-describedby': (node.hint ? node.id + '-hint ' : '') + (error ? errId : '') || null }, [
          h('legend', { class: 'cs-fieldset__legend cs-fieldset__legend--l' }, [heading(node)]),
          bodyParas(node),
          node.hint ? h('div', { class: 'cs-hint', id: node.id + '-hint', text: node.hint }) : null,
          error ? errorMessage(errId, error.message) : null,
          h('div', { class: 'cs-radios' }, items)])]);
    }
    function heading(node) { return h('h2', { class: 'cs-heading-l cs-question', tabindex: '-1', text: node.title }); }
    function bodyParas(node) { return h('div', { class: 'cs-body' }, node.body.map(function (p) { return h('p', { text: p }); })); }
    function textField(node, error) {
      var fid = node.id + '-answer';
      var countId = node.id + '-count';
      var described = [node.hint ? node.id + '-hint' : '', countId, error ? node.id + '-error' : ''].filter(Boolean).join(' ');
      return h('div', { class: 'cs-form-group' + (error ? ' cs-form-group--error' : '') }, [
        h('h2', { class: 'cs-heading-l cs-question', tabindex: '-1' }, [h('label', { for: fid, text: node.title })]),
        bodyParas(node),
        node.hint ? h('div', { class: 'cs-hint', id: node.id + '-hint', text: node.hint }) : null,
        error ? errorMessage(node.id + '-error', error.message) : null,
        h('textarea', { class: 'cs-textarea' + (error ? ' cs-textarea--error' : ''), id: fid, name: 'answer', rows: node.rows || 5,
          'aria-describedby': described, text: fieldValues[node.id] !== undefined ? fieldValues[node.id] : (node.value || '') }),
        h('div', { class: 'cs-hint', id: countId, text: t(node.required ? 'walkthrough.count' : 'walkthrough.count_optional', { max: node.max_length }) })]);
    }
    function dateField(node, error, parts) {
      var v = parts || {};
      if (!parts && node.value) { var p = node.value.split('-'); v = { year: p[0], month: String(Number(p[1])), day: String(Number(p[2])) }; }
      return dateInput(node.id, h('legend', { class: 'cs-fieldset__legend cs-fieldset__legend--l' }, [heading(node)]),
        node.hint || '', v, error);
    }
    function outcomeBlocks(node) {
      var out = [];
      var show = node.show || [];
      if (node.letter) {
        var lid = id('letter');
        var area = h('textarea', { class: 'cs-textarea cs-letter', id: lid, rows: 16, spellcheck: 'true', text: node.letter.text });
        var copied = h('p', { class: 'cs-hint', 'aria-live': 'polite' });
        var mail = email ? 'mailto:' + email : 'mailto:';
        var mailLink = h('a', { class: 'cs-button cs-button--secondary', href: mail, 'data-action': 'email', text: email ? t('walkthrough.email_to', { email: email }) : t('walkthrough.email') });
        var printed = h('div', { class: 'cs-print-only', 'aria-hidden': 'true' });
        var updateMail = function () {
          mailLink.setAttribute('href', mail + '?subject=' + encodeURIComponent(node.letter.subject) + '&body=' + encodeURIComponent(area.value));
          printed.textContent = area.value;
        };
        area.addEventListener('input', updateMail);
        updateMail();
        out.push(h('div', { class: 'cs-form-group cs-letter-group', id: 'cs-letter', tabindex: '-1' }, [
          h('h3', { class: 'cs-heading-m' }, [h('label', { for: lid, text: node.letter.subject === 'Complaint' ? t('walkthrough.letter_complaint') : node.letter.subject })]),
          h('div', { class: 'cs-hint', text: t('walkthrough.letter_hint') }),
          area,
          printed,
          h('div', { class: 'cs-button-group cs-no-print' }, [
            h('button', { type: 'button', class: 'cs-button', 'data-action': 'copy', text: t('walkthrough.copy'), onclick: function () {
              var done = function () { copied.textContent = t('walkthrough.copied'); };
              if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(area.value).then(done, function () { area.select(); document.execCommand('copy'); done(); });
              else { area.select(); document.execCommand('copy'); done(); }
            } }),
            h('button', { type: 'button', class: 'cs-button cs-button--secondary', 'data-action': 'download', text: t('walkthrough.download'), onclick: function () {
              download(node.letter.subject.toLowerCase().replace(/[^a-z0-9]+/g, '-') + '.txt', 'text/plain;charset=utf-8', area.value.replace(/\n/g, '\r\n') + '\r\n');
            } }),
            mailLink,
            h('button', { type: 'button', class: 'cs-button cs-button--secondary', 'data-action': 'print', text: t('walkthrough.print'), onclick: function () { window.print(); } })]),
          copied]));
      }
      if (node.deadlines && node.deadlines.milestones) {
        out.push(h('h3', { class: 'cs-heading-m', id: 'cs-dates', tabindex: '-1', text: t('common.your_dates') }));
        out.push(h('p', null, tp('walkthrough.counted_from', { date: time(node.deadlines.received, node.deadlines.received_long) })));
        deadlineList(node.deadlines).forEach(function (el) { out.push(el); });
        if (noticeNote(root)) out.push(noticeNote(root));
        out.push(h('p', { class: 'cs-next-step', text: node.deadlines.next_step }));
      }
      if (node.window) {
        out.push(h('p', { class: 'cs-window' + (node.window.passed ? ' cs-status--overdue' : ''), 'data-window': node.window.passed ? 'passed' : 'open' },
          tp(node.window.passed ? 'walkthrough.window_passed' : 'walkthrough.window_open',
            { months: node.window.months, date: time(node.window.until, node.window.until_long) })));
      }
      if (show.indexOf('service_requests') >= 0 && (serviceTemplate || serviceRequests)) {
        out.push(h('h3', { class: 'cs-heading-m', id: 'cs-report', tabindex: '-1', text: t('common.service_requests_heading') }));
        if (serviceTemplate) out.push(h('div', { class: 'cs-markdown' }, [serviceTemplate.content.cloneNode(true)]));
        else serviceRequests.split(/\n\s*\n/).forEach(function (p) { out.push(h('p', { text: p })); });
      }
      if (show.indexOf('channels') >= 0 && channels.length) {
        out.push(h('h3', { class: 'cs-heading-m', id: 'cs-contacts', tabindex: '-1', text: t('common.contact_heading', { landlord: ctx.landlord || t('walkthrough.your_landlord') }) }));
        out.push(h('ul', { class: 'cs-list cs-channels' }, channels.map(function (c) {
          var url = safeUrl(c.url);
          return h('li', null, [c.label ? c.label + ': ' : '', url ? h('a', { href: url, text: c.value }) : c.value, c.details ? ' (' + c.details + ')' : '']);
        })));
      }
      if (show.indexOf('ombudsman') >= 0 && ombudsman) {
        out.push(h('h3', { class: 'cs-heading-m', id: 'cs-ombudsman', tabindex: '-1', text: t('common.ombudsman_heading', { name: ombudsman.name || t('walkthrough.ombudsman_name') }) }));
        out.push(h('ul', { class: 'cs-list' }, [
          ombudsman.online_form && safeUrl(ombudsman.online_form) ? h('li', null, [h('a', { href: ombudsman.online_form, text: t('common.ombudsman_online') })]) : null,
          ombudsman.phone ? h('li', { text: t('common.ombudsman_phone', { phone: ombudsman.phone }) }) : null,
          ombudsman.post ? h('li', { text: t('common.ombudsman_post', { post: ombudsman.post }) }) : null,
          ombudsman.email_note ? h('li', { text: ombudsman.email_note }) : null]));
      }
      return out;
    }
    // What the resident can do next (the engine's next_steps): links to the parts of this result, to the dates pages,
    // and to the stage 2 route with the answers that lead there (no starting again).
    function nextSteps(node) {
      var landlord = ctx.landlord || t('walkthrough.your_landlord');
      var words = { letter: 'walkthrough.next_letter', dates: 'walkthrough.next_dates', escalate: 'walkthrough.next_escalate',
        report: 'walkthrough.next_report', contacts: 'walkthrough.next_contacts', ombudsman: 'walkthrough.next_ombudsman' };
      var has = { report: !!(serviceTemplate || serviceRequests), contacts: channels.length > 0, ombudsman: !!ombudsman };
      var items = node.next_steps.filter(function (kind) { return words[kind] && has[kind] !== false; }).map(function (kind) {
        var link = h('a', { href: '#cs-' + kind, text: t(words[kind], { landlord: landlord }) });
        if (kind === 'escalate' && node.escalate) {
          link.setAttribute('href', nav.url(node.escalate.at));
          link.addEventListener('click', function (ev) {
            ev.preventDefault();
            answers = {};
            Object.keys(node.escalate.answers).forEach(function (k) { answers[k] = node.escalate.answers[k]; });
            fieldValues = {}; changing = false; at = '';
            show(ask(), null);
          });
        } else if (kind === 'dates' && !(node.deadlines && node.deadlines.milestones) && nav.datesUrl()) {
          // The dates are below when the engine could count them; else the site's dates pages.
          link.setAttribute('href', nav.datesUrl());
        } else {
          link.addEventListener('click', function (ev) {
            var target = document.getElementById('cs-' + kind);
            if (target) { ev.preventDefault(); target.focus(); target.scrollIntoView(); }
          });
        }
        return h('li', { 'data-next': kind }, [link]);
      });
      return h('div', { class: 'cs-next-steps' }, [
        h('h3', { class: 'cs-heading-m', text: t('walkthrough.next_heading') }),
        h('ul', { class: 'cs-list' }, items)]);
    }
    // The browser's Back and Forward: the screen of that entry, with the answers given (kept in this page only).
    nav.onPop(function (id, keptAnswers) {
      if (!M) return;
      at = id;
      var state = ask();
      // Not on the path of the answers now (the resident jumped to stage 2): the answers that entry had.
      if (state.error && !state.node && keptAnswers) { answers = keptAnswers; state = ask(); }
      if (state.error && !state.node) { at = ''; state = ask(); }
      changing = false;
      show(state, null);
    });

    function checkList(node) {
      return h('dl', { class: 'cs-summary-list' }, node.rows.map(function (r) {
        return h('div', { class: 'cs-summary-list__row' }, [
          h('dt', { class: 'cs-summary-list__key', text: r.question }),
          h('dd', { class: 'cs-summary-list__value', text: r.label }),
          h('dd', { class: 'cs-summary-list__actions' }, [
            h('button', { type: 'button', class: 'cs-link', 'data-change': r.id, onclick: function () {
              delete answers[node.id];  // come back to "Check your answers" after the change
              changing = true;
              go(r.id);
            } }, [
              t('walkthrough.change'), h('span', { class: 'cs-visually-hidden', text: ' ' + r.question.toLowerCase() })])])]);
      }));
    }

    function show(state, dateParts) {
      if (state.error && !state.node) {
        // A request the engine rejects (should not happen from this view): start again.
        answers = {}; at = '';
        state = ask();
      }
      var node = state.node;
      // Without `at` the engine has pruned answers no longer on the path; with `at` it stopped early, so later
      // answers are kept for when the resident continues.
      if (!at) answers = state.answers;
      clear(screen);
      var error = state.error ? { message: state.error.message, part: dateParts && dateParts.part } : null;
      if (state.back) {
        // The browser's Back when the previous entry is this walkthrough's, so the two always agree.
        screen.appendChild(h('a', { class: 'cs-back-link', href: nav.url(state.back), text: t('walkthrough.back'), onclick: function (ev) {
          ev.preventDefault();
          changing = false;
          if (!nav.back()) go(state.back);
        } }));
      }
      if (error) {
        var target = node.type === 'choice' ? node.id + '-0' : node.type === 'date' ? dateTarget(node.id, error.part) : node.id + '-answer';
        screen.appendChild(errorSummary([{ target: target, message: error.message }]));
      }
      var form = h('form', { class: 'cs-form', novalidate: true, 'data-node': node.id, 'data-type': node.type });
      if (node.type === 'choice') form.appendChild(choiceField(node, error));
      else if (node.type === 'text') form.appendChild(textField(node, error));
      else if (node.type === 'date') form.appendChild(dateField(node, error, dateParts && dateParts.values));
      else {
        form.appendChild(heading(node));
        form.appendChild(bodyParas(node));
      }
      if (node.type === 'check') form.appendChild(checkList(node));
      if (node.type === 'outcome') {
        if (node.next_steps) form.appendChild(nextSteps(node));
        outcomeBlocks(node).forEach(function (el) { form.appendChild(el); });
      } else {
        form.appendChild(h('button', { class: 'cs-button', type: 'submit', text: t(node.type === 'check' ? 'walkthrough.continue_check' : 'common.continue') }));
      }
      form.appendChild(whichRule(node));
      form.addEventListener('submit', function (ev) { ev.preventDefault(); answer(node, form); });
      screen.appendChild(form);
      if (node.id !== 'start' || Object.keys(answers).length) {
        screen.appendChild(startAgain(function () {
          answers = {}; fieldValues = {}; changing = false; nav.forget(); go('');
        }));
      }
      nav.shown(node, !!error, mounted, answers);
      live.textContent = node.type === 'outcome' ? node.title + '. ' + (node.body[0] || '') : '';
      var focusTarget = error ? screen.querySelector('.cs-error-summary') : screen.querySelector('.cs-question');
      if (mounted && focusTarget) focusTarget.focus();
    }

    function answer(node, form) {
      var value = 'continue';
      if (node.type === 'choice') {
        var checked = form.querySelector('input[name=answer]:checked');
        value = checked ? checked.value : '';
      } else if (node.type === 'text') {
        value = form.elements.answer.value;
        fieldValues[node.id] = value;
      } else if (node.type === 'date') {
        var parts = readDate(form, node.id);
        var r = checkDate(M, { day: parts.day, month: parts.month, year: parts.year, field: node.field_name, today: todayIso(root) });
        if (r.error) {
          at = node.id;
          var st = ask();
          st.error = { message: r.error.message, field: node.id };
          show(st, { values: parts, part: r.error.part });
          return;
        }
        value = r.date;
      }
      answers[node.id] = value;
      at = '';
      var state = ask();
      if (!state.error && !changing) {
        // One screen forward, even when later screens were answered before (after Back).
        var i = state.trail.indexOf(node.id);
        if (i >= 0 && i + 1 < state.trail.length) { at = state.trail[i + 1]; state = ask(); }
      }
      if (!state.error) changing = false;
      show(state, null);
    }

    var mounted = false;
    engine().then(function (engineModule) {
      M = engineModule;
      clear(root);
      root.classList.add('cs-widget');
      root.appendChild(live);
      root.appendChild(screen);
      root.appendChild(privacy());
      show(ask(), null);
      mounted = true;
    });
  }

  // @walkthrough-end

  // The standalone file's stylesheet: a constructed sheet, which a host's CSP without 'unsafe-inline' still allows
  // (a <style> element only where constructed sheets are not supported).
  function addEmbeddedStyles() {
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS_TEXT);
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    } catch (e) {
      document.head.appendChild(h('style', { text: CSS_TEXT }));
    }
  }

  function addStyles() {
    if (CSS_TEXT) { addEmbeddedStyles(); return; }
    // The site's own pages link the (hashed) stylesheet in <head>; on other sites, load the copy beside widget.js.
    var links = document.querySelectorAll('link[rel=stylesheet]');
    for (var i = 0; i < links.length; i++) if (/widget[^/]*\.css(\?|$)/.test(links[i].getAttribute('href') || '')) return;
    document.head.appendChild(h('link', { rel: 'stylesheet', href: new URL(CSS_NAME, base).href }));
  }

  // The engine could not load: say so above the page's own content (the mount element's no-JS text and links, kept),
  // with the route that needs no JavaScript (the month tables on /deadlines/, the walkthrough's own pages) and the
  // landlord's phone number (data-phone).
  function loadError(root, kind) {
    var landlord = root.getAttribute('data-landlord') || t('common.your_landlord');
    var phone = root.getAttribute('data-phone') || '';
    var own = kind === 'deadlines' ? document.getElementById('months') : null;
    var route = own ? '#months' : new URL(kind === 'deadlines' ? '../deadlines/' : '../make-a-complaint/', base).href;
    var text = kind === 'deadlines' ? ['common.load_error_deadlines', 'common.load_error_deadlines_link']
      : ['common.load_error_walkthrough', 'common.load_error_walkthrough_link'];
    var box = h('div', { class: 'cs-load-error', 'data-widget-error': kind, role: 'alert' }, [
      h('p', { class: 'cs-load-error__title', text: t('common.load_error_title') }),
      h('p', null, tp(text[0], { link: h('a', { href: route, text: t(text[1]) }) })),
      phone ? h('p', null, tp('common.load_error_phone', { landlord: landlord,
        phone: h('a', { href: 'tel:' + phone.replace(/[^\d+]/g, ''), text: phone }) })) : null]);
    root.insertBefore(box, root.firstChild);
  }

  function start() {
    var roots = document.querySelectorAll('[data-complaints-widget]');
    if (!roots.length) return;
    // One language per page: the first mount element with data-i18n gives the words, with data-language the dates.
    var translated = document.querySelector('[data-complaints-widget][data-i18n]');
    if (translated) words = jsonAttr(translated, 'data-i18n', null);
    var languageRoot = document.querySelector('[data-complaints-widget][data-language]');
    if (languageRoot) language = languageRoot.getAttribute('data-language');
    addStyles();
    var ready = engine();
    // The page's own content stays, with a short "working" line, until the engine has loaded; then the widget replaces
    // it, or an error keeps it and says what to do instead.
    Array.prototype.forEach.call(roots, function (root) {
      var kind = root.getAttribute('data-complaints-widget');
      var mount = kind === 'deadlines' ? mountDeadlines : kind === 'walkthrough' ? mountWalkthrough : null;
      if (!mount) return;
      var working = h('p', { class: 'cs-working', role: 'status', 'data-widget-working': '', text: t(kind === 'deadlines' ? 'calculator.working' : 'walkthrough.working') });
      root.appendChild(working);
      ready.then(function () { working.remove(); mount(root); }, function () { working.remove(); loadError(root, kind); });
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
