#!/usr/bin/env node
// Regenerates core/data/code-2024.json and core/data/code-2022.json from the seed texts in ../shared/seeds.
//
// Usage: node scripts/extract-code-catalogue.mjs [SHARED_DIR=../shared] [OUT_DIR=core/data]
// Not run by the tests: the committed JSON files are the source of truth, and tests/code/code_catalogue_test.cc
// checks them against the seeds. Every repair this script makes to the extracted text is listed below and
// checked (it only rejoins text split by page breaks or restores list structure; it never rewords).

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.argv[2] ?? join(repo, '..', 'shared'));
const outDir = resolve(process.argv[3] ?? join(repo, 'core', 'data'));

const licence = {
  licence: 'Open Government Licence v3.0',
  licence_url: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
  attribution:
    'Contains public sector information published by the Housing Ombudsman Service, licensed under the ' +
    'Open Government Licence v3.0.',
};

function fail(message) {
  console.error(`extract-code-catalogue: ${message}`);
  process.exit(1);
}

function idKey(id) {
  const [a, b] = id.split('.').map(Number);
  return a * 1000 + b;
}

/// Joins blocks ({p: text} or {list: [items]}) into Markdown: paragraphs and lists separated by a blank line.
function blocksToMarkdown(blocks) {
  return blocks
    .map((b) => (b.list ? b.list.map((item) => `- ${item}`).join('\n') : b.p))
    .join('\n\n');
}

// ---------------------------------------------------------------------------------------------------------
// 2024: the numbered provisions of "The Complaint Handling Code" part; the ids assessed come from Appendix B.

function extract2024(text) {
  const lines = text.split('\n').map((l) => l.replace(/\s+$/, ''));
  const start = lines.indexOf('The Complaint Handling Code');
  const end = lines.findIndex((l, i) => i > start && l.startsWith('Appendix A:'));
  if (start < 0 || end < 0) fail('2024: cannot find "The Complaint Handling Code" .. "Appendix A"');

  const sections = [];
  const provisions = [];
  let current = null;
  let gap = false;  // a blank line (or page break) since the last text line
  for (const line of lines.slice(start + 1, end)) {
    if (line.trim() === '') { gap = true; continue; }
    let m;
    if ((m = /^(\d)\. (\S.*)$/.exec(line))) {
      sections.push({ number: Number(m[1]), title: m[2] });
      current = null;
    } else if (/^Stage \d$/.test(line)) {
      // Sub-heading inside section 6; not part of any provision's text.
    } else if ((m = /^(?:- )?(\d\.\d+)\. (\S.*)$/.exec(line))) {
      current = { id: m[1], section: sections.at(-1).number, blocks: [{ p: m[2] }] };
      provisions.push(current);
    } else if (!current) {
      fail(`2024: text outside a provision: ${line}`);
    } else if ((m = /^\s*- (\S.*)$/.exec(line))) {
      const last = current.blocks.at(-1);
      if (last.list) last.list.push(m[1]);
      else current.blocks.push({ list: [m[1]] });
    } else {
      const last = current.blocks.at(-1);
      // A paragraph whose last line stops without closing punctuation continues after a page break.
      if (last.p !== undefined && !/[.:;!?'"]$/.test(last.p)) last.p += ' ' + line.trim();
      else if (last.p !== undefined && !gap) last.p += ' ' + line.trim();
      else current.blocks.push({ p: line.trim() });
    }
    gap = false;
  }

  // Appendix B (the self-assessment form) says which provisions are assessed.
  const appendix = lines.findIndex((l) => l.startsWith('Appendix B'));
  const formIds = new Set();
  for (const line of lines.slice(appendix)) {
    const m = /^(\d\.\d+)\t/.exec(line);
    if (m) formIds.add(m[1]);
  }
  const assessed = provisions.filter((p) => formIds.has(p.id));
  for (const p of provisions)
    if (!formIds.has(p.id)) console.error(`2024: ${p.id} is not in the self-assessment form (not assessed)`);
  for (const id of formIds)
    if (!provisions.some((p) => p.id === id)) fail(`2024: form row ${id} has no provision in the Code text`);

  for (const p of assessed) {
    const last = p.blocks.at(-1);
    if (last.p !== undefined && !/[.:;!?'"](\*\*)?$/.test(last.p)) fail(`2024: ${p.id} looks truncated: ${last.p}`);
  }

  return {
    code: '2024',
    title: 'Complaint Handling Code',
    publisher: 'Housing Ombudsman Service',
    published: '2024-02-08',
    applies_from: '2024-04-01',
    revised: '2024-04-17',
    ...licence,
    source_url: sourceUrl(text),
    sections,
    provisions: assessed.map((p) => ({ id: p.id, section: p.section, text: blocksToMarkdown(p.blocks) })),
  };
}

function sourceUrl(text) {
  const m = /\b(?:https?:\/\/)?(www\.housing-ombudsman\.org\.uk[^\s]*)/.exec(text);
  const url = m ? `https://${m[1]}` : 'https://www.housing-ombudsman.org.uk';
  return url.endsWith('/') ? url : url + '/';
}

// ---------------------------------------------------------------------------------------------------------
// 2022: a landlord's self-assessment form; its requirement column is the 2022 Code's text.

/// Converts a requirement cell (plain text with <p>, <ul><li>, <b>) into blocks; bullet glyphs dropped.
function cellToBlocks(html) {
  const blocks = [];
  const re = /<ul[^>]*>([\s\S]*?)<\/ul>|<p>([\s\S]*?)<\/p>|([^<]+)|(<[^>]+>)/g;
  let m;
  while ((m = re.exec(html))) {
    if (m[1] !== undefined) {
      const items = [...m[1].matchAll(/<li>([\s\S]*?)<\/li>/g)].map((li) =>
        clean(li[1]).replace(/^[•–-]\s*/, ''));
      const last = blocks.at(-1);
      if (last && last.list) last.list.push(...items);  // a list split across a page break
      else blocks.push({ list: items });
    } else {
      const t = clean(m[2] ?? m[3] ?? '');
      if (t) blocks.push({ p: t });
    }
  }
  return blocks;
}

function clean(s) {
  return s.replace(/<\/?(b|i|u|strong|em)>/g, '').replace(/\s+/g, ' ').trim();
}

// Repair: rows whose list lost its bullets in the export. Items are given here and checked to be exactly
// the flattened text, so no word changes.
const kFlattenedLists = {
  '5.8': [
    'the complaint stage',
    'the decision on the complaint',
    'the reasons for any decisions made',
    'the details of any remedy offered to put things right',
    'details of any outstanding actions',
    'details of how to escalate the matter to stage two if the resident is not satisfied with the answer',
  ],
};

function extract2022(text) {
  const lines = text.split('\n');
  const sections = [];
  const rows = [];
  let kind = 'must';
  let row = null;
  for (const line of lines) {
    let m;
    if ((m = /^#+\s*\**Section (\d+) – (.+?)\**\s*$/.exec(line))) {
      const title = m[2].charAt(0).toUpperCase() + m[2].slice(1);
      sections.push({ number: Number(m[1]), title });
      kind = 'must';
      row = null;
      continue;
    }
    if (!line.includes('\t')) continue;
    const cells = line.split('\t');
    const first = clean(cells[0]);
    if (/Best practice 'should' requirements/.test(first)) { kind = 'should'; row = null; continue; }
    if (/^Stage \d+$/.test(first)) { kind = 'must'; row = null; continue; }
    if (first === 'Code section' || /^-+$/.test(first)) { row = null; continue; }
    if ((m = /^(\d+)\.(\d+)$/.exec(first))) {
      if (Number(m[1]) !== sections.at(-1).number) fail(`2022: ${first} under section ${sections.at(-1).number}`);
      row = { id: first, section: Number(m[1]), kind, html: cells[1] ?? '' };
      rows.push(row);
    } else if (first === '' && row) {
      if ((cells[1] ?? '').trim()) row.html += ' ' + cells[1];
    } else if (first !== '') {
      fail(`2022: unexpected row: ${line.slice(0, 80)}`);
    }
  }

  const provisions = rows.map((r) => {
    let blocks = cellToBlocks(r.html);
    const items = kFlattenedLists[r.id];
    if (items) {
      const flat = blocks.map((b) => b.p).join(' ');
      const intro = flat.slice(0, flat.indexOf(':') + 1);
      if (blocks.length !== 1 || `${intro} ${items.join(' ')}` !== flat) fail(`2022: ${r.id} list repair no longer fits`);
      blocks = [{ p: intro }, { list: items }];
    }
    return { id: r.id, section: r.section, kind: r.kind, text: blocksToMarkdown(blocks) };
  });
  const rank = { must: 0, should: 1 };
  provisions.sort((a, b) => a.section - b.section || rank[a.kind] - rank[b.kind] || idKey(a.id) - idKey(b.id));
  const seen = new Set();
  for (const p of provisions) {
    if (seen.has(p.id)) fail(`2022: ${p.id} listed twice`);
    seen.add(p.id);
  }

  return {
    code: '2022',
    title: 'Complaint Handling Code',
    publisher: 'Housing Ombudsman Service',
    applies_before: '2024-04-01',
    ...licence,
    source_url: 'https://www.housing-ombudsman.org.uk/',
    sections,
    provisions,
  };
}

// ---------------------------------------------------------------------------------------------------------

const code2024 = extract2024(readFileSync(join(shared, 'seeds/code-2024-with-hilldale-self-assessment.txt'), 'utf8'));
if (code2024.provisions.length !== 72) fail(`2024: expected 72 provisions, found ${code2024.provisions.length}`);
const code2022 = extract2022(readFileSync(join(shared, 'seeds/self-assessment-2022-code.txt'), 'utf8'));

for (const doc of [code2024, code2022]) {
  for (const p of doc.provisions)
    if (/\t|Section \d+:|Page \d|\| ---|<[a-z/]/.test(p.text)) fail(`${doc.code}: ${p.id} contains page furniture`);
  const file = join(outDir, `code-${doc.code}.json`);
  writeFileSync(file, JSON.stringify(doc, null, 2) + '\n');
  console.error(`wrote ${file}: ${doc.sections.length} sections, ${doc.provisions.length} provisions`);
}
