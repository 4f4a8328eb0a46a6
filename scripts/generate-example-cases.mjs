#!/usr/bin/env node
// Writes the bundled example landlord's synthetic complaint case logs (content/annual-reports/*-cases.csv).
//
// Deterministic: a seeded PRNG (mulberry32) and no clock, so running it again gives the same bytes; the files
// are generated once and committed, and a test regenerates them to catch drift. No personal data: references,
// stages, dates, outcomes and categories only. Timings are drawn in weekdays; whether each response was on
// time is decided later by the engine (`complaints-site report`), never here.
//
// usage: node scripts/generate-example-cases.mjs [--out DIR] [--check]
//   --out DIR  folder to write to (default content/annual-reports beside this script)
//   --check    do not write; exit 1 if the files on disk differ from what would be written
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outIndex = args.indexOf('--out');
const outDir = outIndex >= 0 ? args[outIndex + 1] : join(root, 'content', 'annual-reports');
const check = args.includes('--check');

function mulberry32(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20250401);
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const chance = (p) => random() < p;
function pick(weighted) {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [value, w] of weighted) if ((r -= w) < 0) return value;
  return weighted[weighted.length - 1][0];
}

// Dates as UTC day numbers.
const DAY = 86400000;
const day = (iso) => Date.parse(iso + 'T00:00:00Z') / DAY;
const iso = (n) => new Date(n * DAY).toISOString().slice(0, 10);
const weekend = (n) => [0, 6].includes(new Date(n * DAY).getUTCDay());
function addWeekdays(n, count) {
  while (count > 0) {
    n += 1;
    if (!weekend(n)) count -= 1;
  }
  return n;
}
const nextWeekday = (n) => (weekend(n) ? addWeekdays(n, 1) : n);

const categories = [
  ['Repairs', 34], ['Damp and mould', 14], ['Communication', 12], ['Rent and charges', 11],
  ['Anti-social behaviour', 10], ['Neighbourhood', 8], ['Staff conduct', 7], ['Lettings and moves', 4],
];
// Why a complaint was not taken on: only the example policy's exclusions, which are the three Code 2.2 lists, and a
// first report that is a service request, not a complaint (1.4). An insurance claim is not an exclusion: the example
// policy explains the insurance route and still takes complaints about how the landlord dealt with the resident.
const refusedReasons = [
  ['Outside the 12-month window', 5], ['Already answered under the complaints procedure', 3],
  ['Service request, not a complaint', 4], ['Subject of legal proceedings', 1],
];
// Winter brings more damp and mould and repairs complaints.
const monthWeight = [1.2, 1.35, 1.3, 1.0, 0.9, 0.85, 0.8, 0.85, 0.95, 1.05, 1.1, 0.9]; // Jan..Dec

function makeStage1(received, category) {
  const row = { stage: 1, received, category, ack: null, responded: null, extension: '', outcome: '', reason: '' };
  if (chance(0.045)) {
    row.outcome = 'refused';
    row.reason = pick(refusedReasons);
    row.responded = chance(0.6) ? addWeekdays(received, between(2, 8)) : null;
    return row;
  }
  const ackRoll = random();
  row.ack = ackRoll < 0.06 ? null : addWeekdays(received, ackRoll < 0.9 ? between(0, 4) : between(5, 9));
  const from = row.ack ?? received;
  const kind = pick([['on-time', 74], ['extended', 14], ['late', 12]]);
  if (kind === 'on-time') row.responded = addWeekdays(from, between(3, 10));
  if (kind === 'extended') {
    const ext = chance(0.12) ? between(12, 20) : between(5, 10);
    row.extension = String(ext);
    row.responded = addWeekdays(from, 10 + between(Math.max(1, ext - 6), ext + (chance(0.15) ? 4 : 0)));
  }
  if (kind === 'late') row.responded = addWeekdays(from, between(11, 22));
  row.outcome = chance(0.06) ? 'withdrawn' : pick([['upheld', 34], ['partly_upheld', 27], ['not_upheld', 39]]);
  if (row.outcome === 'withdrawn') row.responded = null;
  return row;
}

// A stage 2 request, or null when the resident's "escalation" turned out to be a new issue: Code 6.8 logs that as a
// new complaint, which is neither a stage 2 complaint nor a refusal. (The draw stays, so the other rows keep theirs.)
function makeStage2(stage1) {
  const received = addWeekdays(stage1.responded, between(2, 25));
  const row = { stage: 2, parent: stage1, received, category: stage1.category, ack: null, responded: null, extension: '', outcome: '', reason: '' };
  if (chance(0.05)) return null;
  row.ack = chance(0.05) ? null : addWeekdays(received, between(1, chance(0.9) ? 4 : 8));
  const from = row.ack ?? received;
  const kind = pick([['on-time', 72], ['extended', 16], ['late', 12]]);
  if (kind === 'on-time') row.responded = addWeekdays(from, between(8, 20));
  if (kind === 'extended') {
    const ext = chance(0.15) ? between(22, 30) : between(5, 20);
    row.extension = String(ext);
    row.responded = addWeekdays(from, 20 + between(Math.max(1, ext - 8), ext + (chance(0.15) ? 5 : 0)));
  }
  if (kind === 'late') row.responded = addWeekdays(from, between(21, 35));
  row.outcome = chance(0.04) ? 'withdrawn' : pick([['upheld', 22], ['partly_upheld', 30], ['not_upheld', 48]]);
  if (row.outcome === 'withdrawn') row.responded = null;
  return row;
}

// One continuous stream of complaints from March 2024 (a few under the 2022 Code) to March 2026.
const start = day('2024-03-04');
const end = day('2026-03-31');
const rows = [];
const perWeekday = (n) => (n < day('2025-04-01') ? 0.95 : 1.2); // the example landlord grew and got busier
for (let n = start; n <= end; n++) {
  if (weekend(n)) continue;
  const month = new Date(n * DAY).getUTCMonth();
  let expected = perWeekday(n) * monthWeight[month];
  while (expected > 0) {
    if (random() < Math.min(1, expected)) rows.push(makeStage1(n, pick(categories)));
    expected -= 1;
  }
}
for (const r of [...rows]) {
  if (r.stage === 1 && r.responded !== null && ['not_upheld', 'partly_upheld'].includes(r.outcome) && chance(0.22)) {
    const stage2 = makeStage2(r);
    if (stage2) rows.push(stage2);
  }
}
// References in order of the stage 1 received date: EH-<year>-<seq>.
rows.sort((a, b) => a.received - b.received || a.stage - b.stage);
const seq = {};
for (const r of rows.filter((x) => x.stage === 1)) {
  const y = new Date(r.received * DAY).getUTCFullYear();
  seq[y] = (seq[y] ?? 0) + 1;
  r.reference = `EH-${y}-${String(seq[y]).padStart(4, '0')}`;
}
for (const r of rows) if (r.stage === 2) r.reference = r.parent.reference;

function quote(v) {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

// Each year's log is the log as exported on its last day: rows received in the year, rows answered in it, and
// earlier rows still open at its start; nothing after the export date is known.
function yearLog(from, to) {
  const header = 'reference,stage,received,acknowledged,responded,extension_working_days,outcome,category,refused_reason';
  const lines = [header];
  const f = day(from), t = day(to);
  for (const r of rows) {
    if (r.received > t) continue;
    const answered = r.responded !== null && r.responded <= t;
    const closed = answered || (r.outcome === 'withdrawn' || (r.outcome === 'refused' && r.responded === null));
    if (r.received < f && (closed && !(answered && r.responded >= f))) continue;
    const ack = r.ack !== null && r.ack <= t ? iso(r.ack) : '';
    const responded = answered ? iso(r.responded) : '';
    const outcome = answered || r.outcome === 'withdrawn' || r.outcome === 'refused' ? r.outcome : '';
    const extension = r.extension && (answered || r.received + 10 <= t) ? r.extension : '';
    lines.push([r.reference, String(r.stage), iso(r.received), ack, responded, extension, outcome, r.category,
      outcome === 'refused' ? r.reason : ''].map(quote).join(','));
  }
  return lines.join('\n') + '\n';
}

const files = {
  '2024-25-cases.csv': yearLog('2024-04-01', '2025-03-31'),
  '2025-26-cases.csv': yearLog('2025-04-01', '2026-03-31'),
};
let differs = false;
for (const [name, text] of Object.entries(files)) {
  const path = join(outDir, name);
  if (check) {
    if (!existsSync(path) || readFileSync(path, 'utf8') !== text) {
      console.error(`${path}: differs from what scripts/generate-example-cases.mjs writes; run it and commit the result`);
      differs = true;
    }
  } else {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path, text);
    console.log(`wrote ${path} (${text.split('\n').length - 2} rows)`);
  }
}
process.exit(differs ? 1 : 0);
