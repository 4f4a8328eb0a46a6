// The search index as the build leaves it (Pagefind's, with its filter values sorted and renamed by
// site/io/pagefind_stable.h so two builds are byte-identical) still works in Pagefind's own script in Chromium: the
// provision filter lists every provision and finds the pages that carry 6.3, and a word search finds the policy.
// Run as: node search_index.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, equal, launch, loadPlaywright, missing, openPage, run, serve } from './lib.mjs';

const [sourceDir, buildDir, cli] = process.argv.slice(2);
const pagefind = process.env.PAGEFIND || join(sourceDir, 'node_modules/.bin/pagefind');
if (!existsSync(pagefind)) missing('Pagefind (node_modules/.bin/pagefind)', 'run scripts/setup (npm ci)');
const playwright = loadPlaywright(sourceDir);
const work = mkdtempSync(join(tmpdir(), 'cs-search-index-'));
const out = join(work, 'public');
try {
  execFileSync(cli, ['build', '--content', join(sourceDir, 'content'), '--out', out, '--search', 'on', '--widget-dir', join(buildDir, 'wasm')],
    { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, PAGEFIND: pagefind } });
} catch (e) {
  console.error(`complaints-site build failed:\n${e.stderr}`);
  process.exit(1);
}
const { server, origin } = await serve({ mounts: { '/': out } });
const browser = await launch(playwright);

const tests = [];
tests.push(['the sorted filter file is the one Pagefind loads, and its filter and word searches work', async () => {
  const filters = readdirSync(join(out, 'pagefind', 'filter'));
  equal(filters.length, 1, 'one filter file');
  const { context, page } = await openPage(browser);
  await page.goto(`${origin}/search/`);
  const found = await page.evaluate(async () => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.init();
    const all = await pf.filters();
    const byProvision = await pf.search(null, { filters: { provision: '6.3' } });
    const words = await pf.search('ombudsman');
    const urls = async (r) => (await Promise.all(r.results.map((x) => x.data()))).map((d) => d.url);
    return { provisions: Object.keys(all.provision || {}), with63: await urls(byProvision), words: await urls(words) };
  });
  const loaded = page.requests.filter((u) => u.includes('/pagefind/filter/')).map((u) => u.split('/').pop());
  const problems = page.problems.filter((x) => !/favicon/.test(x));
  await context.close();
  equal(problems, [], 'no console errors, CSP violations or failed requests');
  equal(loaded, filters, 'Pagefind loaded the filter file the build wrote');
  assert(found.provisions.length >= 72 && found.provisions.includes('6.3') && found.provisions.includes('1.2'),
    `every provision is a filter value: ${found.provisions.length}`);
  assert(found.with63.some((u) => u.startsWith('/self-assessment/')), `provision 6.3 finds the self-assessment: ${found.with63}`);
  assert(found.words.includes('/ombudsman/'), `"ombudsman" finds the Ombudsman page: ${found.words}`);
}]);

await run(tests, { timeoutMs: 120000, cleanup: async () => { await browser.close(); server.close(); rmSync(work, { recursive: true, force: true }); } });
