// Gate: plain English on the pages residents read (issue #8 "Words"). On the hub, the deadline and
// make-a-complaint pages (every walkthrough screen), the Ombudsman, accessibility, search and 404 pages:
//  - no sentence longer than MAX_WORDS words, and an average of at most MAX_AVERAGE words a sentence;
//  - each term a resident may not know is explained on the page where it is used, close to its first use:
//    "working day", "stage 2" (or "escalate"), "Ombudsman".
// Quotations of the Code (<blockquote>, class="cs-code-quote") and the landlord's own contact details are
// not ours to shorten and are left out. The landlord's policy and self-assessments are the landlord's own
// words; `complaints-site check` has its own findings for those.
import fs from 'node:fs';
import path from 'node:path';
import { decodeEntities } from './lib/html.mjs';
import { finish, listFiles, parseArgs, siteUnderTest } from './lib/site.mjs';

const MAX_WORDS = 35;
const MAX_AVERAGE = 20;
const NEAR = 700;  // characters of page text: an explanation must start within this distance of the first use

// term: where it is used; explained: what counts as explaining it.
const TERMS = [
  { name: 'working day', used: /\bworking days?\b/i, explained: /Monday to Friday/i },
  { name: 'stage 2', used: /\bstage 2\b|\bescalat/i,
    explained: /ask (us|your landlord|[A-Z][\w ]{0,40}) to look at (it|your complaint) again|look at your complaint again|final (answer|response)|second (stage|look)/i },
  { name: 'Ombudsman', used: /\bOmbudsman\b/,
    explained: /\b(free|independent)\b.{0,200}|looks at complaints about (social )?landlords|settles disputes|an? (free )?independent/i },
];

const args = parseArgs();
const site = siteUnderTest(args);
// The search page names terms only as examples of what to search for.
const TERMS_EXEMPT = /^search\//;
const residentPage = (f) => f.endsWith('.html') &&
  (/^(index|404)\.html$/.test(f) || /^(deadlines|make-a-complaint|ombudsman|accessibility|search)\//.test(f));

// The readable text of <main>, with block boundaries as blank lines.
function mainText(html) {
  let main = (html.match(/<main\b[^>]*>([\s\S]*?)<\/main>/) || [, ''])[1];
  main = main.replace(/<(script|style|blockquote|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<(\w+)[^>]*class="[^"]*\b(cs-code-quote|cs-channels|cs-letter-template|cs-visually-hidden|visually-hidden)\b[^"]*"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<\/?(p|li|h[1-6]|dt|dd|div|td|th|caption|legend|label|br|ul|ol|table|tr|section|form|fieldset|button|summary|details)\b[^>]*>/g, '\n\n')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(main).replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n');
}

function sentences(text) {
  return text.split(/\n{2,}/).flatMap((block) => block.replace(/\n/g, ' ').split(/(?<=[.!?])\s+(?=["“(]?[A-Z0-9])/))
    .map((s) => s.trim()).filter((s) => /[a-z]/i.test(s));
}
const words = (s) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const problems = [];
let pages = 0;
let sentenceCount = 0;
for (const file of listFiles(site).filter(residentPage)) {
  const text = mainText(fs.readFileSync(path.join(site, file), 'utf8'));
  if (!text.trim()) continue;
  ++pages;
  const all = sentences(text);
  sentenceCount += all.length;
  for (const s of all) {
    if (words(s) > MAX_WORDS) problems.push(`${file}: a sentence of ${words(s)} words (at most ${MAX_WORDS}): "${s}"`);
  }
  const average = all.reduce((n, s) => n + words(s), 0) / Math.max(1, all.length);
  if (all.length >= 3 && average > MAX_AVERAGE) problems.push(`${file}: sentences average ${average.toFixed(1)} words (at most ${MAX_AVERAGE})`);
  const flat = text.replace(/\s+/g, ' ');
  for (const term of TERMS_EXEMPT.test(file) ? [] : TERMS) {
    const use = flat.search(term.used);
    if (use < 0) continue;
    const explainedAt = [];
    const re = new RegExp(term.explained.source, term.explained.flags.includes('g') ? term.explained.flags : term.explained.flags + 'g');
    for (let m; (m = re.exec(flat));) explainedAt.push(m.index);
    if (!explainedAt.some((at) => Math.abs(at - use) <= NEAR)) {
      problems.push(`${file}: "${term.name}" is used ("…${flat.slice(Math.max(0, use - 40), use + 60)}…") ` +
        `but not explained within ${NEAR} characters (expected something like ${term.explained})`);
    }
  }
}
if (pages < 5) problems.push(`only ${pages} resident pages found in ${site}: is this the built example site?`);
finish(problems, `plain English: ${pages} resident pages, ${sentenceCount} sentences, none over ${MAX_WORDS} words; ` +
  `${TERMS.map((t) => `"${t.name}"`).join(', ')} explained where first used`);
