// Gate: hostile content builds without executing or leaking anything, or fails with a clear error; every page
// carries the strict CSP <meta> and the site a _headers file; the generator never writes outside --out.
// Cases: tests/fixtures/hostile*/ (a complete content/ folder when it has site.json, else files laid over the
// example content, with site.patch.json as a JSON merge patch — or a list of them, one case each — and
// expect.json), plus huge and deeply nested inputs generated here.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { checkOutputSafety } from './lib/output.mjs';
import { finish, htmlPages, listFiles, parseArgs, tempDir } from './lib/site.mjs';

const args = parseArgs();
const exampleContent = path.join(args.source, 'content');
const problems = [];
const root = tempDir('security');
// Files a path traversal from <root>/<case>/content would reach: they must never show up in the output.
const CANARY = 'root:x:0:0:CANARY-quality-gate';
fs.mkdirSync(path.join(root, 'etc'), { recursive: true });
fs.writeFileSync(path.join(root, 'etc', 'passwd'), `${CANARY}\n`);

function mergePatch(target, patch) {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch;
  const out = target && typeof target === 'object' && !Array.isArray(target) ? { ...target } : {};
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergePatch(out[k], v);
  }
  return out;
}

/// Fingerprint of everything under `dir` except `skip` (relative names): path, size and content hash.
function snapshot(dir, skip) {
  const entries = [];
  for (const f of listFiles(dir)) {
    if (skip.some((s) => f === s || f.startsWith(`${s}/`))) continue;
    const data = fs.readFileSync(path.join(dir, f));
    entries.push(`${f} ${data.length} ${crypto.createHash('sha1').update(data).digest('hex')}`);
  }
  for (const d of fs.readdirSync(dir)) if (!skip.includes(d)) entries.push(`top:${d}`);
  return entries.sort().join('\n');
}

/// Builds `content` (prepared by `prepare(contentDir)`) and checks the outcome against `expect`.
function runCase(name, prepare, expect = {}) {
  const ws = path.join(root, 'cases', name.replace(/[^a-z0-9-]/gi, '_'));
  const content = path.join(ws, 'content');
  fs.mkdirSync(ws, { recursive: true });
  prepare(content);
  fs.writeFileSync(path.join(ws, 'outside.svg'), `<svg xmlns="http://www.w3.org/2000/svg"><text>${CANARY}</text></svg>`);
  const before = snapshot(ws, ['public']);
  const started = Date.now();
  const r = spawnSync(args.cli, ['build', '--content', content, '--out', path.join(ws, 'public')],
    { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20 });
  const ms = Date.now() - started;
  const where = `${name}:`;
  if (r.error?.code === 'ETIMEDOUT') { problems.push(`${where} build did not finish in 120 s`); return; }
  if (r.error) { problems.push(`${where} could not run the build: ${r.error.message}`); return; }
  if (r.signal) { problems.push(`${where} build died with ${r.signal}\n${r.stderr.slice(-2000)}`); return; }
  if (/Sanitizer|runtime error:|terminate called|Assertion/.test(r.stderr)) problems.push(`${where} crash report:\n${r.stderr.slice(-2000)}`);
  if (![0, 1, 2].includes(r.status)) problems.push(`${where} exit status ${r.status} (expected 0, 1 or 2)`);
  const after = snapshot(ws, ['public']);
  if (after !== before) problems.push(`${where} the build changed files outside --out (or in content/)`);
  const leftovers = fs.readdirSync(ws).filter((f) => !['content', 'public', 'outside.svg'].includes(f));
  if (leftovers.length) problems.push(`${where} the build left ${leftovers.join(', ')} beside --out`);
  if (r.status === 0) {
    const out = path.join(ws, 'public');
    for (const p of checkOutputSafety(out)) problems.push(`${where} ${p}`);
    for (const f of listFiles(out)) {
      if (fs.readFileSync(path.join(out, f), 'latin1').includes('CANARY-quality-gate')) problems.push(`${where} ${f} leaks a file from outside content/`);
    }
    if (expect.error) problems.push(`${where} expected the build to fail (${expect.error}), it succeeded`);
    const html = htmlPages(out).map((f) => [f, fs.readFileSync(path.join(out, f), 'utf8')]);
    for (const [f, text] of html) {
      const count = (text.match(/<html[\s>]/g) || []).length;
      if (count !== 1) problems.push(`${where} ${f} has ${count} <html> elements (content expanded a template?)`);
    }
    for (const literal of expect.output_contains || []) {
      if (!html.some(([, text]) => text.includes(literal))) problems.push(`${where} no page shows the literal text ${JSON.stringify(literal)}`);
    }
    console.log(`${name}: built (${html.length} pages, ${ms} ms), output safe`);
  } else {
    const diagnostics = r.stderr.split('\n').filter((l) => /\berror\b/.test(l));
    if (diagnostics.length === 0) problems.push(`${where} failed (exit ${r.status}) without an "error" line:\n${r.stderr.slice(-1000)}`);
    if (expect.error && !new RegExp(expect.error).test(r.stderr)) {
      problems.push(`${where} the error does not match /${expect.error}/:\n${r.stderr.slice(-1000)}`);
    }
    if (r.stderr.includes('CANARY-quality-gate')) problems.push(`${where} the error message leaks a file from outside content/`);
    if (fs.existsSync(path.join(ws, 'public'))) problems.push(`${where} a failed build left a half-written --out`);
    console.log(`${name}: refused (exit ${r.status}, ${ms} ms): ${(diagnostics[0] || '').slice(0, 160)}`);
  }
}

const copyExample = (content) => fs.cpSync(exampleContent, content, { recursive: true });
const patchSite = (content, patch) => {
  const file = path.join(content, 'site.json');
  fs.writeFileSync(file, JSON.stringify(mergePatch(JSON.parse(fs.readFileSync(file, 'utf8')), patch), null, 2));
};

// 1. The example site itself.
runCase('example', copyExample);

// 2. Fixtures.
const fixturesDir = path.join(args.source, 'tests', 'fixtures');
const fixtures = fs.existsSync(fixturesDir) ? fs.readdirSync(fixturesDir).filter((d) => /^hostile/.test(d)).sort() : [];
for (const name of fixtures) {
  const dir = path.join(fixturesDir, name);
  const expect = fs.existsSync(path.join(dir, 'expect.json')) ? JSON.parse(fs.readFileSync(path.join(dir, 'expect.json'), 'utf8')) : {};
  if (fs.existsSync(path.join(dir, 'site.json'))) {
    runCase(name, (content) => fs.cpSync(dir, content, { recursive: true }), expect);
    continue;
  }
  const patchFile = path.join(dir, 'site.patch.json');
  const patches = fs.existsSync(patchFile) ? [].concat(JSON.parse(fs.readFileSync(patchFile, 'utf8'))) : [null];
  patches.forEach((patch, i) => {
    const caseExpect = { ...expect, ...(patch && patch.$expect) };
    if (patch) delete patch.$expect;
    runCase(patches.length > 1 ? `${name}#${i + 1}` : name, (content) => {
      copyExample(content);
      for (const f of listFiles(dir)) {
        if (['site.patch.json', 'expect.json'].includes(f)) continue;
        fs.mkdirSync(path.dirname(path.join(content, f)), { recursive: true });
        fs.copyFileSync(path.join(dir, f), path.join(content, f));
      }
      if (patch) patchSite(content, patch);
    }, caseExpect);
  });
}

// 3. Generated: huge and deeply nested inputs.
const deep = (n) => '['.repeat(n) + ']'.repeat(n);
runCase('generated-deep-site-json', (c) => { copyExample(c); fs.writeFileSync(path.join(c, 'site.json'), deep(100_000)); },
  { error: 'site\\.json' });
runCase('generated-deep-value-in-site-json', (c) => {
  copyExample(c);
  patchSite(c, {});
  const text = fs.readFileSync(path.join(c, 'site.json'), 'utf8');
  fs.writeFileSync(path.join(c, 'site.json'), text.replace(/^\{/, `{"nested": ${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)},`));
}, { error: 'site\\.json' });
runCase('generated-huge-string-in-site-json', (c) => { copyExample(c); patchSite(c, { opening_hours: 'Monday to Friday. '.repeat(100_000) }); });
runCase('generated-huge-policy', (c) => {
  copyExample(c);
  const para = 'We will acknowledge your complaint within five working days and respond within ten. ';
  let md = '# Complaints policy\n\n';
  for (let i = 0; i < 4000; ++i) md += `## Section ${i}\n\n${para.repeat(12)}\n\n| a | b |\n|---|---|\n| ${i} | [link](#section-${i}) |\n\n`;
  fs.writeFileSync(path.join(c, 'policy.md'), md);
});
runCase('generated-deep-markdown', (c) => {
  copyExample(c);
  fs.appendFileSync(path.join(c, 'policy.md'), `\n\n${'> '.repeat(20_000)}quote\n\n${'- '.repeat(20_000)}item\n\n${'*'.repeat(50_000)}x\n\n${'['.repeat(50_000)}\n`);
});
const saDir = path.join(exampleContent, 'self-assessments');
if (fs.existsSync(saDir) && fs.readdirSync(saDir).some((f) => f.endsWith('.json'))) {
  const saFile = fs.readdirSync(saDir).filter((f) => f.endsWith('.json')).sort().pop();
  runCase('generated-deep-self-assessment', (c) => {
    copyExample(c);
    fs.writeFileSync(path.join(c, 'self-assessments', saFile), `{"provisions": ${deep(200_000)}}`);
  }, { error: 'self-assessments' });
  runCase('generated-huge-self-assessment', (c) => {
    copyExample(c);
    const file = path.join(c, 'self-assessments', saFile);
    const sa = JSON.parse(fs.readFileSync(file, 'utf8'));
    for (const p of sa.provisions || []) p.commentary = `${'Evidence reviewed by the board. '.repeat(5_000)}`;
    fs.writeFileSync(file, JSON.stringify(sa));
  });
}

finish(problems, `security: ${fixtures.length} fixture folder(s) and the generated cases build safely or fail clearly`);
