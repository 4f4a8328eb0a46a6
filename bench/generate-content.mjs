#!/usr/bin/env node
// Generates the same synthetic policy-like Markdown for complaints-site and for Hugo (benchmark input).
// usage: node bench/generate-content.mjs --pages N --out DIR [--site-json FILE] [--seed S]
//   DIR/ours/content/{site.json,policy.md,pages/*.md}   for `complaints-site build --content`
//   DIR/hugo/{hugo.toml,layouts/...,content/pages/*.md} for `hugo --source`
//   DIR/markdown/*.md                                   the page bodies alone (for cmark_floor_bench)
import fs from 'node:fs';
import path from 'node:path';

const args = { pages: 1000, out: null, siteJson: null, seed: 1 };
for (let i = 2; i < process.argv.length; ++i) {
  const a = process.argv[i];
  if (a === '--pages') args.pages = Number(process.argv[++i]);
  else if (a === '--out') args.out = process.argv[++i];
  else if (a === '--site-json') args.siteJson = process.argv[++i];
  else if (a === '--seed') args.seed = Number(process.argv[++i]);
  else { console.error(`usage: generate-content.mjs --pages N --out DIR [--site-json FILE] [--seed S]`); process.exit(2); }
}
if (!args.out || !(args.pages > 0)) { console.error('generate-content.mjs: --pages N and --out DIR are required'); process.exit(2); }

// A small deterministic PRNG (mulberry32) so every run generates identical content.
let state = args.seed >>> 0;
const rand = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (list) => list[Math.floor(rand() * list.length)];

const TOPICS = ['Repairs', 'Damp and mould', 'Anti-social behaviour', 'Rent and service charges', 'Estate services',
  'Lettings', 'Tenancy management', 'Adaptations', 'Leaseholder services', 'Communal heating', 'Gas safety',
  'Fire safety', 'Neighbourhood', 'Customer service', 'Home ownership', 'Sheltered housing'];
const SENTENCES = [
  'We will acknowledge your complaint within five working days of receiving it.',
  'If you are not happy with our stage 1 response, you can ask us to look at your complaint again at stage 2.',
  'A complaint is an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by us.',
  'You do not have to use the word complaint for us to treat it as one.',
  'We will tell you in writing if we need more time, explain why, and give you a new date.',
  'We keep a record of every complaint, the outcome and what we learned from it.',
  'If we cannot respond in time, you can contact the Housing Ombudsman, who may tell us to respond.',
  'We will make reasonable adjustments under the Equality Act 2010, for example large print or a phone call instead of a letter.',
  'A representative, such as a friend, relative, advocate or councillor, can make a complaint for you.',
  'Our complaints officer will contact you to understand the issues and the outcome you want.',
  'Where something has gone wrong, we will put it right and consider whether compensation is appropriate.',
  'We report to our Board every quarter on complaint numbers, timeliness and the lessons learned.',
  'Repairs that are still in progress do not stop us from handling your complaint.',
  'You can complain by phone, email, letter, in person or through our website.',
];
const words = (n) => Array.from({ length: n }, () => pick(SENTENCES)).join(' ');

function pageMarkdown(i) {
  const topic = pick(TOPICS);
  const title = `${topic}: guidance note ${i}`;
  let md = `## Summary\n\n${words(4)}\n\n## What you can expect\n\n`;
  md += `- ${pick(SENTENCES)}\n- ${pick(SENTENCES)}\n- **Important:** ${pick(SENTENCES)}\n\n`;
  md += `| Step | What happens | Timescale |\n|:-----|:-------------|----------:|\n`;
  md += `| 1 | We acknowledge your complaint | 5 working days |\n| 2 | We respond at stage 1 | 10 working days |\n`;
  md += `| 3 | We respond at stage 2 | 20 working days |\n\n`;
  md += `## More detail\n\n${words(6)}\n\n> ${pick(SENTENCES)}\n\n`;
  md += `See [our complaints policy](/policy/) and the [Housing Ombudsman](https://www.housing-ombudsman.org.uk/). `;
  md += `${words(3)} Related: [guidance note ${((i + 7) % args.pages) + 1}](/page-${String(((i + 7) % args.pages) + 1).padStart(5, '0')}/).\n\n`;
  md += `### Getting in touch\n\n${words(2)} Email *complaints@example-homes.org.uk* or call ~~0300 000 0000~~ 0300 123 4567.\n`;
  return { title, description: `${topic} — what to expect and how to complain.`, body: md };
}

const out = path.resolve(args.out);
fs.rmSync(out, { recursive: true, force: true });
const ours = path.join(out, 'ours', 'content');
const hugo = path.join(out, 'hugo');
const plain = path.join(out, 'markdown');
for (const d of [path.join(ours, 'pages'), path.join(hugo, 'content', 'pages'), path.join(hugo, 'layouts', '_default'), plain]) {
  fs.mkdirSync(d, { recursive: true });
}

// Our content: the example landlord's site.json (so it is always valid), a policy, N pages.
const siteJson = args.siteJson && fs.existsSync(args.siteJson) ? fs.readFileSync(args.siteJson, 'utf8') : null;
if (!siteJson) { console.error('generate-content.mjs: --site-json FILE (e.g. content/site.json) is required'); process.exit(2); }
fs.writeFileSync(path.join(ours, 'site.json'), siteJson);
const site = JSON.parse(siteJson);
for (const asset of [site.logo].filter(Boolean)) {
  const from = path.join(path.dirname(args.siteJson), asset);
  if (fs.existsSync(from)) { fs.mkdirSync(path.dirname(path.join(ours, asset)), { recursive: true }); fs.copyFileSync(from, path.join(ours, asset)); }
}
const policyFrom = path.join(path.dirname(args.siteJson), 'policy.md');
fs.writeFileSync(path.join(ours, 'policy.md'), fs.existsSync(policyFrom) ? fs.readFileSync(policyFrom) : `# Complaints policy\n\n${words(10)}\n`);

// The example landlord's own pages come along (the policy links to them), for both generators.
const examplePages = path.join(path.dirname(args.siteJson), 'pages');
if (fs.existsSync(examplePages)) {
  for (const f of fs.readdirSync(examplePages).filter((f) => f.endsWith('.md'))) {
    fs.copyFileSync(path.join(examplePages, f), path.join(ours, 'pages', f));
    const text = fs.readFileSync(path.join(examplePages, f), 'utf8');
    fs.writeFileSync(path.join(hugo, 'content', 'pages', f), text.replace(/^---\n/, `---\nurl: /${f.replace(/\.md$/, '')}/\n`));
  }
}
for (let i = 1; i <= args.pages; ++i) {
  const { title, description, body } = pageMarkdown(i);
  const name = `page-${String(i).padStart(5, '0')}`;
  fs.writeFileSync(path.join(ours, 'pages', `${name}.md`), `---\ntitle: ${title}\ndescription: ${description}\norder: ${i}\n---\n${body}`);
  fs.writeFileSync(path.join(hugo, 'content', 'pages', `${name}.md`),
    `---\ntitle: "${title}"\ndescription: "${description}"\nweight: ${i}\nurl: /${name}/\n---\n${body}`);
  fs.writeFileSync(path.join(plain, `${name}.md`), body);
}

// Hugo: a minimal layout producing equivalent HTML (head, header, nav, main, footer); no RSS or taxonomies.
fs.writeFileSync(path.join(hugo, 'hugo.toml'), [
  `baseURL = "https://complaints.example.org/"`, `languageCode = "en-gb"`, `title = "Example Homes complaints"`,
  `disableKinds = ["taxonomy", "term", "RSS"]`, `[markup.goldmark.renderer]`, `unsafe = false`,
  `[markup.goldmark.parser]`, `autoHeadingID = true`, ''].join('\n'));
const layout = (main) => `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'">
<title>{{ .Title }} – {{ .Site.Title }}</title>
<meta name="description" content="{{ .Description }}">
<link rel="stylesheet" href="/site.css">
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header><p><a href="/">{{ .Site.Title }}</a></p>
<nav aria-label="Main"><ul><li><a href="/policy/">Complaints policy</a></li><li><a href="/ombudsman/">Housing Ombudsman</a></li></ul></nav></header>
<main id="main">
${main}
</main>
<footer><p>Complaints: 0300 123 4567 · complaints@example-homes.org.uk</p></footer>
</body>
</html>
`;
fs.writeFileSync(path.join(hugo, 'layouts', '_default', 'single.html'), layout('<h1>{{ .Title }}</h1>\n{{ .TableOfContents }}\n{{ .Content }}'));
fs.writeFileSync(path.join(hugo, 'layouts', '_default', 'list.html'),
  layout('<h1>{{ .Title }}</h1>\n<ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'));
fs.writeFileSync(path.join(hugo, 'layouts', 'index.html'),
  layout('<h1>{{ .Site.Title }}</h1>\n<ul>{{ range .Site.RegularPages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>'));
console.log(`generated ${args.pages} pages in ${out}`);
