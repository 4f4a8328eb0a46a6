// Gate: docs/legal-basis.md quotes the Complaint Handling Code exactly (issue 12). In every Markdown table with a
// "Provision" column and a "The Code's words" column, each "double-quoted" passage must be the Code's own words:
// found (ignoring white space, Markdown bold and curly apostrophes) in the text of a provision the row cites, with
// "…" marking words left out. Provision texts come from core/data/code-2024.json and code-2022.json ("2022 1.8");
// "Appendix B" is checked against ../shared's copy of the Code (missing ../shared fails). Rows citing only the Housing
// Ombudsman Scheme need no quotation. The document must carry the OGL attribution and be linked from README.md and
// docs/README.md. Before checking the real document, the checker is shown a planted misquotation and must catch it.
import fs from 'node:fs';
import path from 'node:path';
import { finish, parseArgs } from './lib/site.mjs';
import { sharedFile } from '../lib/prerequisites.mjs';

const args = parseArgs();
const read = (rel) => fs.readFileSync(path.join(args.source, rel), 'utf8');
const normal = (s) => s.replace(/\*\*/g, '').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();

const provisions = {};
for (const code of ['2024', '2022']) {
  for (const p of JSON.parse(read(`core/data/code-${code}.json`)).provisions) {
    provisions[code === '2024' ? p.id : `2022 ${p.id}`] = normal(p.text);
  }
}
const sharedCode = sharedFile(args.source, 'seeds/code-2024-with-hilldale-self-assessment.txt');
{
  const text = fs.readFileSync(sharedCode, 'utf8');
  const at = text.indexOf('Appendix B:\n\nSelf-assessment form');
  const end = text.indexOf('Section 1: Definition of a complaint', at);
  if (at >= 0 && end > at) provisions['Appendix B'] = normal(text.slice(at, end));
}

// The provision ids a "Provision" cell cites: "2.2", "6.4, 6.5", "8.1(a)", "2022 1.8", "Appendix B", "Scheme".
function cited(cell) {
  const ids = [];
  for (let part of cell.split(/,|;| and /)) {
    part = part.replace(/[*`]/g, '').trim();
    let m;
    if ((m = part.match(/^(2022 )?(\d+\.\d+)(\s*\(?[a-g]\)?)?$/))) ids.push((m[1] || '') + m[2]);
    else if (/^Appendix B$/.test(part)) ids.push('Appendix B');
    else if (/^Scheme$/.test(part)) ids.push('Scheme');
    else if (part) ids.push(`?${part}`);
  }
  return ids;
}

const cells = (line) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

/// Problems with the quotations in `markdown` (named `file` in messages); `unchecked` counts Appendix B rows that
/// could not be checked because Appendix B was not found in ../shared's copy of the Code.
function checkQuotes(markdown, file) {
  const problems = [];
  let rows = 0, quotes = 0, unchecked = 0;
  const lines = markdown.split('\n');
  for (let i = 0; i + 1 < lines.length; ++i) {
    if (!lines[i].trim().startsWith('|') || !/^\s*\|\s*-{3,}/.test(lines[i + 1])) continue;
    const header = cells(lines[i]);
    const pCol = header.findIndex((h) => /^provision$/i.test(h));
    const wCol = header.findIndex((h) => /^the code's words$/i.test(h));
    if (pCol < 0 || wCol < 0) continue;
    for (let j = i + 2; j < lines.length && lines[j].trim().startsWith('|'); ++j) {
      const row = cells(lines[j]);
      const where = `${file}:${j + 1}`;
      ++rows;
      if (row.length !== header.length) { problems.push(`${where}: ${row.length} cells, the header has ${header.length}`); continue; }
      const ids = cited(row[pCol]);
      if (!ids.length) { problems.push(`${where}: no provision`); continue; }
      for (const id of ids) {
        if (id.startsWith('?')) problems.push(`${where}: "${id.slice(1)}" is not a provision (write 6.4, 2022 1.8, Appendix B or Scheme)`);
        else if (id !== 'Scheme' && id !== 'Appendix B' && !provisions[id]) problems.push(`${where}: the Code has no provision ${id}`);
      }
      const found = [...row[wCol].matchAll(/"([^"]+)"/g)].map((m) => m[1]);
      if (!found.length && ids.some((id) => id !== 'Scheme')) problems.push(`${where}: cites ${ids.join(', ')} but quotes none of its words`);
      for (const quote of found) {
        ++quotes;
        const texts = ids.filter((id) => provisions[id]).map((id) => provisions[id]);
        if (!texts.length) {
          if (ids.includes('Appendix B')) ++unchecked;
          else if (ids.every((id) => id === 'Scheme')) problems.push(`${where}: "${quote}" is quoted, but the row cites only the Scheme, which is not quoted here`);
          continue;
        }
        const parts = normal(quote).split(/\s*…\s*/).filter(Boolean);
        const inOrder = (text) => {
          let from = 0;
          for (const part of parts) {
            const at = text.indexOf(part, from);
            if (at < 0) return false;
            from = at + part.length;
          }
          return true;
        };
        if (!texts.some(inOrder)) problems.push(`${where}: "${quote}" is not in the words of ${ids.join(', ')}`);
      }
    }
  }
  return { problems, rows, quotes, unchecked };
}

const problems = [];

// The checker must catch a planted misquotation, a provision that does not exist and a row without words.
const planted = [
  '| Statement | Where | Provision | The Code\'s words |', '| --- | --- | --- | --- |',
  '| x | hub | 6.4 | "Any extension must be no more than 15 working days without good reason" |',
  '| x | hub | 6.40 | "Any extension" |',
  '| x | hub | 2.4 | none |',
  '| x | hub | 2.2 | "legal proceedings have started … filed at court" |',
].join('\n');
const caught = checkQuotes(planted, 'planted').problems;
if (caught.length !== 3 || !/15 working days/.test(caught[0]) || !/no provision 6\.40/.test(caught[1]) || !/quotes none/.test(caught[2])) {
  problems.push(`the checker did not catch exactly the 3 planted problems: ${JSON.stringify(caught)}`);
}

const doc = read('docs/legal-basis.md');
const result = checkQuotes(doc, 'docs/legal-basis.md');
problems.push(...result.problems);
if (result.rows < 50) problems.push(`docs/legal-basis.md: only ${result.rows} table rows with provisions; expected the full list`);
if (!doc.includes('Contains public sector information licensed under the Open Government Licence v3.0')) {
  problems.push('docs/legal-basis.md: no Open Government Licence attribution');
}
for (const [file, link] of [['README.md', 'docs/legal-basis.md'], ['docs/README.md', 'legal-basis.md']]) {
  if (!read(file).includes(`(${link})`)) problems.push(`${file}: no link to ${link}`);
}
if (result.unchecked) problems.push(`${sharedCode}: no Appendix B found, so ${result.unchecked} quotation(s) of it were not checked`);
finish(problems, `legal basis: ${result.rows} rows, ${result.quotes} quotations, all the Code's exact words`);
