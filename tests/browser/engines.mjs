// Firefox and WebKit (Safari's engine) for the browser tests, beside Chromium (lib.mjs): Debian's firefox-esr through
// puppeteer-core over WebDriver BiDi, and WebKitGTK's MiniBrowser through Debian's WebKitWebDriver (W3C WebDriver
// over HTTP, driven with fetch below) on an Xvfb display of its own. Both give the same small page interface:
//   goto(url), evaluate(fn, ...args) (fn may be async; args and result are JSON),
//   waitFor(fn, args, message, timeoutMs), click(selector), fill(selector, text), resize(width, height) (of the
//   window: see innerWidth for the page's width), enterFrame(selector) and leaveFrame() (evaluate, click and fill then
//   act inside that iframe, and screenshot shoots it), screenshot(path), problems() (console errors, page errors and
//   unhandled rejections so far), close().
// A missing browser fails the test with how to install it (exit 77 only with CS_ALLOW_SKIP=1: missing()).
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { missing } from './lib.mjs';

const FIREFOX = '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB = '/usr/bin/Xvfb';
const SETUP = 'run scripts/setup (it installs Debian\'s firefox-esr, webkit2gtk-driver and xvfb, and npm ci)';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const children = new Set(); // killed if the test exits early (run()'s time limit calls process.exit)
process.on('exit', () => { for (const c of children) c.kill('SIGKILL'); });

/// Records errors from inside the page (WebDriver classic has no console log): installed after each page load.
function trapErrors() {
  if (window.__csErrors) return;
  window.__csErrors = [];
  addEventListener('error', (e) => window.__csErrors.push(`page error: ${e.message}`));
  addEventListener('unhandledrejection', (e) => window.__csErrors.push(`unhandled rejection: ${e.reason}`));
  const original = console.error.bind(console);
  console.error = (...a) => { window.__csErrors.push(`console: ${a.map(String).join(' ')}`); original(...a); };
}

/// Polls `fn(...args)` in the page until it returns something truthy, which it returns.
async function poll(evaluate, fn, args, message, timeoutMs) {
  const end = Date.now() + timeoutMs;
  let last = null;
  for (;;) {
    try {
      const value = await evaluate(fn, ...args);
      if (value) return value;
    } catch (e) {
      last = e; // e.g. the page is navigating
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${message}${last ? ` (last error: ${last.message})` : ''}`);
    await sleep(150);
  }
}

/// Debian's firefox-esr, headless, through puppeteer-core from `sourceDir`/node_modules: one page.
export async function launchFirefox(sourceDir) {
  if (!existsSync(FIREFOX)) missing(FIREFOX, SETUP);
  let puppeteer;
  try {
    puppeteer = createRequire(join(sourceDir, 'package.json'))('puppeteer-core');
  } catch {
    missing('node_modules/puppeteer-core', SETUP);
  }
  const browser = await puppeteer.launch({ browser: 'firefox', protocol: 'webDriverBiDi', executablePath: FIREFOX, headless: true });
  const page = await browser.newPage();
  page.setDefaultTimeout(15000);
  const seen = [];
  page.on('console', (m) => { if (m.type() === 'error' && !/favicon/.test(m.text())) seen.push(`console: ${m.text()}`); });
  // Seen once in CI (Firefox ESR 153), with no address, while the studio reloaded its preview frame: Firefox's report
  // of a request cancelled under the preview's service worker. The worker itself now answers every request it takes
  // (a 503 with a message when it cannot: studio/preview-sw.js), so this is not a failure of the studio's.
  const cancelled = /^Failed to load ‘’\. A ServiceWorker intercepted the request and encountered an unexpected error\.$/;
  page.on('pageerror', (e) => { if (!cancelled.test(e.message)) seen.push(`page error: ${e.message}`); });
  let frame = null; // {element, context} after enterFrame
  const context = () => (frame ? frame.context : page);
  const evaluate = (fn, ...args) => context().evaluate(fn, ...args);
  return {
    name: 'firefox',
    version: await browser.version(),
    goto: async (url) => { frame = null; await page.goto(url); await evaluate(trapErrors); },
    evaluate,
    waitFor: (fn, args, message, timeoutMs = 15000) => poll(evaluate, fn, args, message, timeoutMs),
    click: (selector) => context().locator(selector).click(),
    fill: (selector, text) => context().locator(selector).fill(text),
    resize: (width, height) => page.setViewport({ width, height }),
    enterFrame: async (selector) => {
      const element = await page.waitForSelector(selector);
      frame = { element, context: await element.contentFrame() };
      await evaluate(trapErrors);
    },
    leaveFrame: () => { frame = null; },
    screenshot: (path) => (frame ? frame.element : page).screenshot({ path }),
    problems: async () => [...seen, ...(await evaluate(() => window.__csErrors || []))].filter((p, i, all) => all.indexOf(p) === i),
    close: () => browser.close(),
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

function start(command, args, options) {
  const child = spawn(command, args, options);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf'; // W3C WebDriver's key for an element reference

/// WebKitGTK's MiniBrowser through WebKitWebDriver, on an X display of its own (Xvfb): one session, one window.
export async function launchWebKit() {
  if (!existsSync(WEBKIT_DRIVER)) missing(WEBKIT_DRIVER, SETUP);
  if (!existsSync(XVFB)) missing(XVFB, SETUP);
  // MiniBrowser (WebKitGTK 2.50) has no headless mode: it gets a virtual X display, numbered by Xvfb itself.
  const xvfb = start(XVFB, ['-displayfd', '3', '-screen', '0', '1600x1200x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  const display = await Promise.race([
    new Promise((resolve) => xvfb.stdio[3].once('data', (d) => resolve(d.toString().trim()))),
    sleep(15000).then(() => { throw new Error('Xvfb did not start in 15 s'); }),
  ]);
  const port = await freePort();
  let log = '';
  const driver = start(WEBKIT_DRIVER, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: `:${display}`, NO_AT_BRIDGE: '1' }, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [driver.stdout, driver.stderr]) stream.on('data', (d) => { log = (log + d).slice(-2000); });
  const base = `http://127.0.0.1:${port}`;
  async function wd(method, path, body) {
    const response = await fetch(base + path, { method, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined });
    const json = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path.replace(/^\/session\/[^/]+/, '')}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  }
  for (let ready = false, end = Date.now() + 15000; !ready;) {
    try { ready = (await wd('GET', '/status')).ready; } catch { if (Date.now() > end) throw new Error(`WebKitWebDriver did not start: ${log}`); await sleep(100); }
  }
  let session;
  try {
    session = await wd('POST', '/session', { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { args: ['--automation'] } } } });
  } catch (e) {
    throw new Error(`${e.message}\n${log}`);
  }
  const s = `/session/${session.sessionId}`;
  await wd('POST', `${s}/timeouts`, { script: 60000, pageLoad: 60000 });
  const evaluate = async (fn, ...args) => {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${fn}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
        .then((value) => done({ value: value === undefined ? null : value }), (e) => done({ error: String((e && e.stack) || e) }));`;
    const result = await wd('POST', `${s}/execute/async`, { script, args });
    if (result.error) throw new Error(`in the page: ${result.error}`);
    return result.value;
  };
  // Finds and acts on an element, waiting (as puppeteer's locators do) while it is missing or not yet interactable.
  async function withElement(selector, action, timeoutMs = 15000) {
    const end = Date.now() + timeoutMs;
    for (;;) {
      try {
        const id = (await wd('POST', `${s}/element`, { using: 'css selector', value: selector }))[ELEMENT];
        return await action(`${s}/element/${id}`);
      } catch (e) {
        if (Date.now() > end || !/no such element|not interactable|stale element/.test(e.message)) throw new Error(`${selector}: ${e.message}`);
        await sleep(150);
      }
    }
  }
  let frame = null; // the iframe's selector after enterFrame
  const enter = (selector) => withElement(selector, (e) => wd('POST', `${s}/frame`, { id: { [ELEMENT]: e.split('/').pop() } }));
  return {
    name: 'webkit',
    version: `WebKitGTK ${session.capabilities.browserVersion}`,
    goto: async (url) => { frame = null; await wd('POST', `${s}/url`, { url }); await evaluate(trapErrors); },
    evaluate,
    waitFor: (fn, args, message, timeoutMs = 15000) => poll(evaluate, fn, args, message, timeoutMs),
    click: (selector) => withElement(selector, (e) => wd('POST', `${e}/click`, {})),
    fill: (selector, text) => withElement(selector, async (e) => { await wd('POST', `${e}/clear`, {}); await wd('POST', `${e}/value`, { text }); }),
    resize: (width, height) => wd('POST', `${s}/window/rect`, { width, height }),
    enterFrame: async (selector) => { await enter(selector); frame = selector; await evaluate(trapErrors); },
    leaveFrame: async () => { frame = null; await wd('POST', `${s}/frame`, { id: null }); },
    screenshot: async (path) => {
      if (!frame) { writeFileSync(path, Buffer.from(await wd('GET', `${s}/screenshot`), 'base64')); return; }
      await wd('POST', `${s}/frame`, { id: null });
      await withElement(frame, async (e) => writeFileSync(path, Buffer.from(await wd('GET', `${e}/screenshot`), 'base64')));
      await enter(frame);
    },
    problems: () => evaluate(() => window.__csErrors || []),
    close: async () => {
      await wd('DELETE', s).catch(() => {});
      driver.kill();
      xvfb.kill();
    },
  };
}
