// The studio's engine (the generator compiled to WebAssembly, studio/studio.wasm) makes the same site as
// `complaints-site build --search off` from the same content on the same day: every file, byte for byte (issue 17).
// And it finds what `complaints-site check` finds, at the same places, on the example and on every invalid fixture.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { missing } from '../lib/prerequisites.mjs';
import { StudioEngine } from '../../studio/engine.mjs';

delete globalThis.fetch;  // Emscripten 3.1.6 takes Node 20 for a browser when fetch exists
const [wasmDir, cliArg] = process.argv.slice(2);
const cli = path.resolve(cliArg);
const studioDir = path.resolve(path.dirname(wasmDir), 'studio');
const source = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
if (!existsSync(`${studioDir}/studio.js`))
  missing(`${studioDir}/studio.js`, 'build the studio with cmake --build (it needs em++ and the cmark-gfm source: scripts/setup)');
const factory = createRequire(import.meta.url)(`${studioDir}/studio.js`);
const engine = new StudioEngine(await factory({ wasmBinary: readFileSync(`${studioDir}/studio.wasm`) }));

let passed = 0;
let failed = 0;
function check(ok, what, detail = '') {
  if (ok) passed += 1;
  else {
    failed += 1;
    console.error(`FAIL ${what}${detail ? `\n  ${detail}` : ''}`);
  }
}

// Every file under `dir`, by path relative to it ("/"-separated), as bytes.
function readTree(dir, skip = () => false) {
  const files = new Map();
  const walk = (sub) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = sub ? `${sub}/${name}` : name;
      if (skip(rel)) continue;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else files.set(rel, readFileSync(path.join(dir, rel)));
    }
  };
  walk('');
  return files;
}

const today = '2026-05-20';
const work = mkdtempSync(path.join(tmpdir(), 'cs-studio-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

// A content folder `work/<name>/content` made from the example plus `extra` (path → text), with site.json patched.
function site(name, { from = path.join(source, 'content'), extra = {}, patch = null } = {}) {
  const dir = path.join(work, name);
  cpSync(from, path.join(dir, 'content'), { recursive: true });
  for (const [rel, text] of Object.entries(extra)) {
    const file = path.join(dir, 'content', rel);
    cpSync(text.from ?? '', file, { recursive: true, force: true });
  }
  rmSync(path.join(dir, 'content', 'expected.txt'), { force: true });  // a fixture's note, not content
  if (patch) {
    const file = path.join(dir, 'content', 'site.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), ...patch }, null, 2) + '\n');
  }
  return dir;
}

// 1. The same site, file for file.
const sites = [
  { name: 'example', dir: site('example') },
  { name: 'example with a full base URL (CMS fragments)', dir: site('full-url'), base: 'https://complaints.example.org/' },
  { name: 'example under a path', dir: site('path-url'), base: '/complaints/' },
  { name: 'example with a notice in force', dir: site('notice', { extra: { notices: { from: path.join(source, 'tests/fixtures/notice/notices') } } }) },
  { name: "example in the test language, with the landlord's own templates",
    dir: site('xx', { extra: { templates: { from: path.join(source, 'tests/fixtures/i18n-xx/templates') } }, patch: { language: 'xx' } }) },
];
for (const s of sites) {
  const out = path.join(s.dir, 'public');
  const args = ['build', '--content', 'content', '--out', 'public', '--search', 'off', '--today', today];
  if (s.base) args.push('--base-url', s.base);
  const run = spawnSync(cli, args, { cwd: s.dir, encoding: 'utf8' });
  check(run.status === 0, `${s.name}: complaints-site build succeeds`, run.stderr);
  const expected = readTree(out, (rel) => rel.startsWith('.complaints-site-'));  // the build's own records, not the site
  engine.setContent(readTree(path.join(s.dir, 'content')));
  const { files, report } = engine.build(today, s.base ?? '');
  check(report.generated, `${s.name}: the studio's build made the site`, JSON.stringify(report.problems.slice(0, 3)));
  check(files.size === expected.size && files.size > 50, `${s.name}: the same number of files`, `${files.size} in the studio, ${expected.size} from the CLI`);
  let different = [];
  for (const [rel, bytes] of expected) {
    const got = files.get(rel);
    if (!got || Buffer.compare(Buffer.from(got), bytes) !== 0) different.push(rel);
  }
  for (const rel of files.keys()) if (!expected.has(rel)) different.push(`${rel} (only in the studio)`);
  check(different.length === 0, `${s.name}: every file byte for byte`, different.slice(0, 8).join(', '));
  // What build printed (each diagnostic's line) is what the studio reports.
  const printed = run.stderr.split('\n').filter((line) => / (error|warning): /.test(line));
  const reported = [...report.problems, ...report.findings].map((d) => d.text);
  check(JSON.stringify(printed) === JSON.stringify(reported), `${s.name}: the same diagnostics as build printed`,
        `build: ${JSON.stringify(printed.slice(0, 3))}\n  studio: ${JSON.stringify(reported.slice(0, 3))}`);
}

// 2. The same findings as `check`, on the example and on every invalid fixture.
const invalid = path.join(source, 'tests/fixtures/content-invalid');
const checked = [{ name: 'example', dir: path.join(work, 'example') }];
for (const name of readdirSync(invalid).sort())
  // As tests/io/build_site_test.cc lays them: the broken files over the example.
  checked.push({ name: `content-invalid/${name}`,
                 dir: site(`invalid-${name}`, { extra: { '.': { from: path.join(invalid, name) } } }) });
for (const c of checked) {
  const run = spawnSync(cli, ['check', '--content', 'content', '--today', today, '--format', 'json'], { cwd: c.dir, encoding: 'utf8' });
  let cliFindings = [];
  try {
    cliFindings = JSON.parse(run.stdout).findings;
  } catch {
    check(false, `${c.name}: complaints-site check --format json gives JSON`, run.stdout.slice(0, 200) + run.stderr.slice(0, 200));
    continue;
  }
  engine.setContent(readTree(path.join(c.dir, 'content')));
  const report = engine.check(today);
  const key = (d) => [d.severity, d.code, d.file, d.line, d.column, d.message, d.fix, d.provision].join(' | ');
  const ours = [...report.problems, ...report.findings].map(key);
  const theirs = cliFindings.map(key);
  check(JSON.stringify(ours) === JSON.stringify(theirs) && (c.name === 'example' || theirs.length > 0),
        `${c.name}: the same findings as check (${theirs.length})`,
        `check: ${JSON.stringify(theirs.slice(0, 2))}\n  studio: ${JSON.stringify(ours.slice(0, 2))}`);
}

// 3. What changed since last year, as `complaints-site diff self-assessment` says it; and the Code's catalogue.
{
  const dir = path.join(work, 'example');
  const run = spawnSync(cli, ['diff', 'self-assessment', '2024-25', '2025-26', '--content', 'content'], { cwd: dir, encoding: 'utf8' });
  engine.setContent(readTree(path.join(dir, 'content')));
  const c = engine.changes('2025-26');
  const line = (label) => (run.stdout.match(new RegExp(`^${label} \\(\\d+\\): (.*)$`, 'm')) || [])[1];
  check(c && c.before_year === '2024-25', 'changes: the year before 2025-26 is 2024-25', JSON.stringify(c && c.before_year));
  check(c && line('Newly met') === c.newly_met.join(' ') && line('No longer met') === c.no_longer_met.join(' '),
        'changes: newly met and no longer met as diff prints them', `diff: ${line('Newly met')} / ${line('No longer met')}; studio: ${c && c.newly_met} / ${c && c.no_longer_met}`);
  check(c && new RegExp(`^Answers changed \\(${c.answers.length}\\):`, 'm').test(run.stdout) &&
        c.answers.every((a) => run.stdout.includes(`  ${a.id}  ${a.before || '(none)'} -> ${a.after || '(none)'}`)),
        'changes: every changed answer as diff prints it', run.stdout.slice(0, 300));
  check(engine.changes('2023-24') === null, 'changes: none for the first year');
  const code = engine.catalogue('2024');
  check(code.provisions.length === 72 && code.provisions[0].id === '1.2' && code.provisions.at(-1).id === '9.8' && code.sections.length === 9,
        "catalogue: the 2024 Code's 72 provisions, 1.2 to 9.8, in 9 sections");
  check(/Open Government Licence/.test(code.attribution), 'catalogue: the attribution names the Open Government Licence');
  check(engine.catalogue('2022').provisions.length > 0 && engine.catalogue('1999') === null, 'catalogue: 2022 too; none for another year');
}

// 4. The Annual report screen's case log reader: the columns `complaints-site report` says it used, and the problems
// `complaints-site check` finds in the same log in a content folder.
{
  const logs = path.join(source, 'tests/fixtures/case-logs');
  const year = '2025-26';
  const cases = [...readdirSync(logs).filter((f) => /\.(csv|txt)$/.test(f)).sort(), 'broken'];
  check(cases.length >= 5, "case logs: the fixtures are there", cases.join(" "));
  for (const name of cases) {
    const dir = site(`log-${name}`);
    const folder = path.join(dir, 'content', 'annual-reports');
    let bytes = name === 'broken' ? Buffer.from('Reference,Stage,Received,Responded,Outcome\r\nA1,1,31/02/2026,03/03/2026,Upheld\r\n')
      : readFileSync(path.join(logs, name));
    const mappingFile = path.join(logs, name.replace(/\.\w+$/, '.columns.json'));
    const mapping = existsSync(mappingFile) ? readFileSync(mappingFile, 'utf8') : '';
    writeFileSync(path.join(folder, `${year}-cases.csv`), bytes);
    if (mapping) writeFileSync(path.join(folder, `${year}.columns.json`), mapping);
    const logName = `content/annual-reports/${year}-cases.csv`;
    const read = engine.readCaseLog(bytes, logName, mapping, `content/annual-reports/${year}.columns.json`);
    // The columns, as `report` prints them ("Read … as …:\n  reference = "Ref No"; …").
    const args = ['report', '--cases', path.join(folder, `${year}-cases.csv`), '--homes', '1000'];
    if (mapping) args.push('--columns', mappingFile);
    const run = spawnSync(cli, args, { encoding: 'utf8' });
    check((run.status === 0) === read.ok, `case log ${name}: the engine reads it (${read.ok}) when report does (status ${run.status})`, run.stderr.slice(0, 300));
    if (run.status === 0) {
      const printed = (run.stdout.match(/^ {2}(\w+ = ".*)$/m) || [])[1] || '';
      const ours = read.fields.filter((f) => f.index >= 0).map((f) => `${f.key} = "${f.header}";`).join(' ');
      check(printed.trim() === ours, `case log ${name}: the same columns as report prints`, `report: ${printed}\nstudio: ${ours}`);
      check(read.rows.length === Math.min(10, read.records) && read.header.length > 0, `case log ${name}: the header and the first rows`);
    }
    // The problems, as `check` finds them in the same content.
    const checked = spawnSync(cli, ['check', '--content', 'content', '--today', today, '--format', 'json'], { cwd: dir, encoding: 'utf8' });
    const found = JSON.parse(checked.stdout);
    const theirs = found.findings.filter((d) => d.file === logName).map((d) => `${d.severity} ${d.code} ${d.line}:${d.column} ${d.message}`);
    const ours = read.diagnostics.map((d) => `${d.severity} ${d.code} ${d.line}:${d.column} ${d.message}`);
    check(ours.every((d) => theirs.includes(d)) && theirs.filter((d) => d.startsWith('error')).every((d) => ours.includes(d)) &&
          (read.ok || ours.some((d) => d.startsWith('error'))),
          `case log ${name}: the problems check finds`, `check: ${theirs.join(' | ')}\nstudio: ${ours.join(' | ')}`);
  }
  const xlsx = engine.readCaseLog(Buffer.from('PK\x03\x04rest of a workbook'), 'content/annual-reports/2025-26-cases.csv');
  check(!xlsx.ok && xlsx.diagnostics.some((d) => d.code === 'cases.file.xlsx'), 'case log: a workbook gets cases.file.xlsx');
}

// 5. The Ombudsman's annual submission, as `complaints-site submission` prints it, with its warnings.
for (const [name, remove] of [['example', []], ['no-report', ['annual-reports/2025-26.json']]]) {
  const dir = site(`submission-${name}`);
  for (const rel of remove) rmSync(path.join(dir, 'content', rel));
  engine.setContent(readTree(path.join(dir, 'content')));
  const ours = engine.submission('2025-26');
  check(ours.ok, `submission ${name}: made`, ours.error);
  for (const format of ['csv', 'json', 'text']) {
    const run = spawnSync(cli, ['submission', '--year', '2025-26', '--content', 'content', '--format', format], { cwd: dir, encoding: 'utf8' });
    const got = format === 'json' ? JSON.stringify(ours.json) : ours[format];
    const want = format === 'json' ? JSON.stringify(JSON.parse(run.stdout)) : run.stdout;
    check(run.status === 0 && got === want, `submission ${name}: --format ${format} as the CLI prints it`, `${run.stderr.slice(0, 200)}\n${want.slice(0, 200)}\n${String(got).slice(0, 200)}`);
    if (format === 'text') {
      const warned = run.stderr.trim().split('\n').filter(Boolean);
      check(JSON.stringify(warned) === JSON.stringify(ours.warnings.map((d) => d.text)) && (name === 'example' || warned.length > 0),
            `submission ${name}: the same warnings`, `${warned.join(' | ')}\n${ours.warnings.map((d) => d.text).join(' | ')}`);
    }
  }
}
{
  engine.setContent({ 'site.json': '{ "landlord_name": ' });
  const broken = engine.submission('2025-26');
  check(!broken.ok && broken.problems.length > 0 && /errors/.test(broken.error), 'submission: refused while the content has errors, with them');
  check(!engine.submission('2025').ok, 'submission: a year that is not like 2025-26 is refused');
}

// 6. The financial year rule the studio's screens use (core/ financial_year.h), through the engine.
for (const [name, shift, want] of [['2026-05-20', -1, '2025-26'], ['2026-03-31', 0, '2025-26'], ['2026-04-01', 0, '2026-27'],
  ['2025-26', 1, '2026-27'], ['1999-00', 1, '2000-01'], ['2024-02-29', 1, '2024-25'], ['2025-27', 0, ''], ['2025', 0, ''], ['', 0, '']])
  check(engine.financialYear(name, shift) === want, `financial year: ${name} ${shift >= 0 ? '+' : ''}${shift} is "${want}"`, engine.financialYear(name, shift));

check(JSON.stringify(engine.financialYearPeriod('2025-26')) === '{"from":"2025-04-01","to":"2026-03-31"}' && engine.financialYearPeriod('2025-27') === null,
  'financial year: 2025-26 is 1 April 2025 to 31 March 2026; 2025-27 is not a year');
{
  const o = engine.ombudsman();
  check(o.phone === '0300 111 3000' && /PR2 0ET/.test(o.post) && /^\d{4}-\d{2}-\d{2}$/.test(o.last_checked), "ombudsman: the built-in details", JSON.stringify(o));
  check(engine.reservedPages().includes('policy') && engine.reservedPages().includes('cms'), 'reserved pages: the generator\'s pages and folders');
}

// 7. Which notice the site shows (the generator's rule: the one in force that started last), for the Pages screen.
{
  const notice = (from, until) => `---\nfrom: ${from}\nuntil: ${until}\n---\nOur phone lines are down after a flood.\n`;
  const files = readTree(path.join(source, 'content'));
  files.set('notices/a-earlier.md', notice('2026-05-01', '2026-06-30'));
  files.set('notices/b-later.md', notice('2026-05-10', '2026-05-31'));
  files.set('notices/c-next.md', notice('2026-07-01', '2026-07-31'));
  files.set('notices/d-old.md', notice('2026-01-01', '2026-01-31'));
  engine.setContent(files);
  const states = Object.fromEntries(engine.notices(today).map((n) => [n.file.replace('content/notices/', ''), n.state]));
  check(JSON.stringify(states) === JSON.stringify({ 'a-earlier.md': 'waiting', 'b-later.md': 'shown', 'c-next.md': 'upcoming', 'd-old.md': 'ended' }),
        'notices: the one that started last is shown, the other in force waits, one upcoming, one ended', JSON.stringify(states));
  const built = engine.build(today, '');
  const hub = new TextDecoder().decode(built.files.get('index.html'));
  const banner = (hub.match(/<[^>]*site-notice[\s\S]*?<\/(?:div|section|aside)>/) || [''])[0];
  check(/flood/.test(banner) || /flood/.test(hub), 'notices: the site shows a notice', banner.slice(0, 200));
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
