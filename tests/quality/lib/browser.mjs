// Loads pages in headless Chromium under the strict CSP: axe-core violations, CSP violations, console errors,
// failed requests, and horizontal scrolling at 320 CSS pixels.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { serve } from './server.mjs';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const AXE_URL = '/__quality__/axe.min.js';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/// Launches Debian's Chromium through playwright-core (no downloaded browser).
export async function launchChromium(source) {
  const { chromium } = await import(pathToFileURL(path.resolve(source, 'node_modules', 'playwright-core', 'index.mjs')).href);
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS, timeout: 60_000 });
}

function describeViolation(page, width, v) {
  const nodes = v.nodes.slice(0, 5).map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join('; ') ?? ''}`);
  return `${page} @${width}px: axe ${v.id} (${v.impact}): ${v.help}\n      ${v.helpUrl}\n${nodes.join('\n')}` +
    (v.nodes.length > 5 ? `\n      … and ${v.nodes.length - 5} more` : '');
}

/// Checks each of `pages` (paths relative to `site`, e.g. "policy/index.html"). `widths` are viewport widths
/// at which axe runs; at 320 the page must not scroll sideways. Returns {problems, pagesChecked}.
export async function checkPagesInBrowser(site, source, pages, { widths = [1280, 320], timeoutMs = 30_000 } = {}) {
  const axePath = path.resolve(source, 'node_modules', 'axe-core', 'axe.min.js');
  const server = await serve(site, { extra: { [AXE_URL]: axePath } });
  const browser = await launchChromium(source);
  const problems = [];
  try {
    const context = await browser.newContext({ bypassCSP: false, viewport: { width: widths[0], height: 800 } });
    context.setDefaultTimeout(timeoutMs);
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile || ''}:${e.lineNumber})`);
      });
    });
    for (const file of pages) {
      const urlPath = '/' + file.replace(/(^|\/)index\.html$/, '$1');
      const page = await context.newPage();
      const seen = [];
      // 404s are reported from the server's log below (the console message does not say which URL).
      page.on('console', (m) => {
        if (m.type() === 'error' && !/^Failed to load resource: the server responded with a status of 404/.test(m.text())) {
          seen.push(`console error: ${m.text()}`);
        }
      });
      page.on('pageerror', (e) => seen.push(`uncaught exception: ${e.message}`));
      page.on('requestfailed', (r) => seen.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
      await page.setViewportSize({ width: widths[0], height: 800 });
      const firstRequest = server.requests.length;
      await page.goto(server.url + urlPath, { waitUntil: 'networkidle' });
      const csp = await page.evaluate(() => window.__cspViolations);
      for (const c of csp) seen.push(`CSP violation: ${c}`);
      await page.addScriptTag({ url: AXE_URL });
      for (const width of widths) {
        if (width !== widths[0]) await page.setViewportSize({ width, height: 640 });
        const result = await page.evaluate((tags) => window.axe.run(document, {
          runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
        }), AXE_TAGS);
        for (const v of result.violations) problems.push(describeViolation(file, width, v));
        if (width <= 320) {
          const overflow = await page.evaluate(() => {
            const root = document.documentElement;
            if (root.scrollWidth <= root.clientWidth) return null;
            const wide = [...document.body.querySelectorAll('*')]
              .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
              .slice(0, 3).map((el) => el.tagName.toLowerCase() + (el.id ? `#${el.id}` : '') + (el.className ? `.${String(el.className).split(' ').join('.')}` : ''));
            return `${root.scrollWidth}px wide in a ${root.clientWidth}px viewport (${wide.join(', ')})`;
          });
          if (overflow) problems.push(`${file} @${width}px: scrolls horizontally: ${overflow}`);
        }
      }
      // Chromium asks for /favicon.ico by itself; that is not the page's doing.
      for (const r of server.requests.slice(firstRequest)) {
        if (r.status !== 200 && r.path !== '/favicon.ico' && !(r.path === urlPath && file === '404.html')) {
          seen.push(`HTTP ${r.status} for ${r.path}`);
        }
      }
      for (const s of seen) problems.push(`${file}: ${s}`);
      await page.close();
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  return { problems, pagesChecked: pages.length };
}
