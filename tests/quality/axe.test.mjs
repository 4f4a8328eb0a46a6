// Gate: every static page of the built site in headless Chromium under the strict CSP: 0 axe-core violations
// (WCAG 2.0-2.2 A/AA + best practice) at 1280 and 320 px, no CSP violation, console error or failed request,
// no horizontal scrolling at 320 px. (The widget's interactive states are covered by tests/browser/.)
import { checkPagesInBrowser } from './lib/browser.mjs';
import { finish, htmlPages, parseArgs, requirePackage, siteUnderTest } from './lib/site.mjs';

const args = parseArgs();
requirePackage(args.source, 'axe-core');
requirePackage(args.source, 'playwright-core');
const site = siteUnderTest(args);
const pages = htmlPages(site);
const { problems, pagesChecked } = await checkPagesInBrowser(site, args.source, pages);
finish(problems, `axe: ${pagesChecked} pages, 0 violations, no CSP violations or console errors, none scrolls sideways at 320px`);
