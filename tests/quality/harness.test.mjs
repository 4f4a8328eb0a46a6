// Proves the quality gates can fail: each checker passes the good fixture and catches every planted problem
// in the broken ones (tests/quality/fixtures/).
import path from 'node:path';
import { checkPagesInBrowser } from './lib/browser.mjs';
import { checkLinks } from './lib/links.mjs';
import { finish, htmlPages, parseArgs, requirePackage } from './lib/site.mjs';
import { checkHtml } from './lib/vnu.mjs';

const args = parseArgs();
for (const p of ['vnu-jar', 'axe-core', 'playwright-core']) requirePackage(args.source, p);
const fixture = (name) => path.join(args.source, 'tests', 'quality', 'fixtures', name);
const failures = [];

function expect(what, problems, expected) {
  if (expected.length === 0 && problems.length) failures.push(`${what}: expected no problems, got:\n  ${problems.join('\n  ')}`);
  const shown = problems.map((p) => p.split('\n')[0]).join('\n  ');
  for (const e of expected) {
    if (!problems.some((p) => e.test(p))) failures.push(`${what}: expected a problem matching ${e}, got:\n  ${shown}`);
  }
  console.log(`${what}: ${problems.length} problem(s), ${expected.length} expected pattern(s) checked`);
}

expect('links good', checkLinks(fixture('good')).problems, []);
const links = checkLinks(fixture('broken-links')).problems;
expect('links broken', links, [/missing\.css/, /nowhere\/index\.html/, /no id "no-such-heading"/, /without the trailing/,
  /unsafe URL scheme/, /img\/missing\.png/, /srcset.*missing-2x/, /no id "also-missing"/, /style\.css: url\(\).*missing-bg/]);
if (links.length !== 9) failures.push(`links broken: expected exactly 9 problems, got ${links.length}`);

expect('vnu good', checkHtml(fixture('good'), args.source).problems, []);
expect('vnu broken', checkHtml(fixture('broken-html'), args.source).problems,
  [/not allowed as child of element “ul”/, /Duplicate ID “twice”/, /Duplicate attribute “href”/]);

const good = fixture('good');
expect('browser good', (await checkPagesInBrowser(good, args.source, htmlPages(good))).problems, []);
const bad = fixture('broken-browser');
expect('browser broken', (await checkPagesInBrowser(bad, args.source, htmlPages(bad))).problems,
  [/@1280px: axe image-alt/, /@320px: axe color-contrast/, /scrolls horizontally/, /CSP violation: script-src-elem/,
   /CSP violation: style-src-elem/, /uncaught exception: fixture/, /HTTP 404 for \/missing\.svg/]);

finish(failures, 'harness: every checker passes the good fixture and catches every planted problem');
