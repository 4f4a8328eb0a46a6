// The built site under Apache and nginx with the configuration the build writes (.htaccess, nginx.conf.example),
// each started here on loopback from a temporary folder (no system service): the headers of _headers on every
// response (CSP, caching of assets/, CORS of widget/), .wasm as application/wasm, the 404 page, the build's record and
// the configuration files refused, and the calculator giving a date in Chromium. The site is built for the sub-path
// /complaints/ with `--base-url /complaints/`.
// Run as: node web_servers.test.mjs SOURCE_DIR BUILD_DIR CLI_BINARY. Ports: $CS_APACHE_PORT (8723), $CS_NGINX_PORT (8733).
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, equal, launch, loadPlaywright, missing, openPage, run } from './lib.mjs';

const [sourceDir, buildDir, cli] = process.argv.slice(2);
const wasmDir = join(buildDir, 'wasm');
if (!existsSync(join(wasmDir, 'widget.js'))) missing(`${wasmDir}/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
for (const program of ['/usr/sbin/apache2', '/usr/sbin/nginx'])
  if (!existsSync(program)) missing(program, 'run scripts/setup (it installs Debian\'s apache2 and nginx), or apt-get install -y apache2 nginx');
const playwright = loadPlaywright(sourceDir);
const root = process.getuid && process.getuid() === 0;

const work = mkdtempSync(join(tmpdir(), 'cs-web-servers-'));
chmodSync(work, 0o755);  // the servers' workers run as www-data when started as root
const docroot = join(work, 'docroot');
const out = join(docroot, 'complaints');
mkdirSync(docroot);
try {
  execFileSync(cli, ['build', '--content', join(sourceDir, 'content'), '--out', out, '--base-url', '/complaints/',
    '--today', '2026-11-24', '--widget-dir', wasmDir, '--search', 'off'], { stdio: ['ignore', 'ignore', 'pipe'] });
} catch (e) {
  console.error(`complaints-site build failed:\n${e.stderr}`);
  process.exit(1);
}

// What every server must send, from the build's own _headers (one table makes it and the other files).
const rules = [];
for (const line of readFileSync(join(out, '_headers'), 'utf8').split('\n')) {
  if (!line.trim()) continue;
  if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: {} });
  else {
    const colon = line.indexOf(':');
    rules.at(-1).headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
}
function expectedHeaders(sitePath) {
  const headers = {};
  for (const rule of rules)
    if (new RegExp(`^${rule.pattern.replace(/[.]/g, '\\.').replace(/\*/g, '.*')}$`).test(sitePath)) Object.assign(headers, rule.headers);
  return headers;
}
assert(expectedHeaders('/x')['content-security-policy'], '_headers has a Content-Security-Policy for every file');

const assetsWasm = readdirSync(join(out, 'assets')).find((f) => f.endsWith('.wasm'));
assert(assetsWasm, 'the site has the widget\'s engine under assets/');
const assetsCss = readdirSync(join(out, 'assets')).find((f) => f.startsWith('site.') && f.endsWith('.css'));

function apacheConfig(port) {
  const modules = ['mpm_event', 'authz_core', 'mime', 'dir', 'headers', 'alias', 'filter', 'deflate'];  // Debian's defaults
  return [
    `ServerRoot ${work}/apache`, `DefaultRuntimeDir ${work}/apache`, `PidFile ${work}/apache/httpd.pid`,
    `ErrorLog ${work}/apache/error.log`, 'LogLevel warn', `Listen 127.0.0.1:${port}`, 'ServerName 127.0.0.1',
    ...(root ? ['User www-data', 'Group www-data'] : []),
    ...modules.map((m) => `LoadModule ${m}_module /usr/lib/apache2/modules/mod_${m}.so`),
    'TypesConfig /etc/mime.types', `DocumentRoot ${docroot}`,
    '<Directory />', '  AllowOverride None', '  Require all denied', '</Directory>',
    // As IT would set it up for the published folder (docs/publishing.md): the site's own .htaccess does the rest.
    `<Directory ${docroot}>`, '  AllowOverride All', '  Require all granted', '</Directory>', '',
  ].join('\n');
}

function nginxConfig(port) {
  const snippet = readFileSync(join(out, 'nginx.conf.example'), 'utf8');
  assert(snippet.includes('/var/www/complaints/'), 'nginx.conf.example names the folder to change');
  return [
    ...(root ? ['user www-data;'] : []), 'worker_processes 1;', 'daemon off;', `pid ${work}/nginx/nginx.pid;`,
    `error_log ${work}/nginx/error.log;`, 'events { worker_connections 64; }', 'http {',
    '  include /etc/nginx/mime.types;', '  default_type application/octet-stream;', '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${work}/nginx/${t};`),
    `  server {`, `    listen 127.0.0.1:${port};`, `    server_name 127.0.0.1;`,
    snippet.replaceAll('/var/www/complaints/', `${out}/`), '  }', '}', '',
  ].join('\n');
}

const processes = [];
async function start(name, port, command, args, logFile) {
  mkdirSync(join(work, name), { recursive: true });
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  processes.push(child);
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(origin + '/');
      return origin;
    } catch { await new Promise((r) => setTimeout(r, 100)); }
  }
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  throw new Error(`${name} did not start on ${origin}: ${output}${log}`);
}

const apachePort = Number(process.env.CS_APACHE_PORT || 8723);
const nginxPort = Number(process.env.CS_NGINX_PORT || 8733);
mkdirSync(join(work, 'apache'));
mkdirSync(join(work, 'nginx'));
writeFileSync(join(work, 'apache', 'httpd.conf'), apacheConfig(apachePort));
writeFileSync(join(work, 'nginx', 'nginx.conf'), nginxConfig(nginxPort));
let servers;
let browser;
async function cleanup() {
  if (browser) await browser.close();
  for (const child of processes) if (child.exitCode === null) child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 300));
  if (!process.env.KEEP) rmSync(work, { recursive: true, force: true });
}
try {
  servers = {
    apache: await start('apache', apachePort, '/usr/sbin/apache2', ['-f', join(work, 'apache', 'httpd.conf'), '-DFOREGROUND'],
      join(work, 'apache', 'error.log')),
    nginx: await start('nginx', nginxPort, '/usr/sbin/nginx', ['-p', join(work, 'nginx'), '-c', join(work, 'nginx', 'nginx.conf'),
      '-e', join(work, 'nginx', 'error.log')], join(work, 'nginx', 'error.log')),
  };
  browser = await launch(playwright);
} catch (e) {
  console.error(e.message);
  await cleanup();
  process.exit(1);
}

async function expectHeaders(origin, sitePath) {
  const response = await fetch(`${origin}/complaints${sitePath}`);
  equal(response.status, 200, `${sitePath}: status`);
  for (const [name, value] of Object.entries(expectedHeaders(sitePath)))
    equal(response.headers.get(name), value, `${sitePath}: ${name} as in _headers`);
  return response;
}

const tests = [];
for (const name of ['apache', 'nginx']) {
  tests.push([`${name}: every header of _headers, with its scope`, async () => {
    const origin = servers[name];
    for (const path of ['/', '/policy/', '/deadlines/', `/assets/${assetsCss}`, '/widget/widget.js', '/robots.txt'])
      await expectHeaders(origin, path);
    const page = await fetch(`${origin}/complaints/assets/${assetsCss}`);
    assert(page.headers.get('cache-control')?.includes('immutable'), 'assets/ are cached for ever');
    const policy = await fetch(`${origin}/complaints/policy/`);
    assert(!policy.headers.get('cache-control')?.includes('immutable'), 'pages are not cached for ever');
  }]);
  tests.push([`${name}: .wasm as application/wasm`, async () => {
    for (const path of [`/assets/${assetsWasm}`, '/widget/widget.wasm']) {
      const response = await expectHeaders(servers[name], path);
      equal(response.headers.get('content-type'), 'application/wasm', `${path}: Content-Type`);
    }
  }]);
  tests.push([`${name}: pages, scripts and the wasm compressed (gzip) for a browser that accepts it`, async () => {
    for (const path of ['/deadlines/', `/assets/${assetsWasm}`, '/widget/widget.js', '/widget/widget.wasm']) {
      const response = await fetch(`${servers[name]}/complaints${path}`, { headers: { 'Accept-Encoding': 'gzip' } });
      equal(response.status, 200, `${path}: status`);
      equal(response.headers.get('content-encoding'), 'gzip', `${path}: Content-Encoding`);
    }
  }]);
  tests.push([`${name}: the 404 page for a missing page; the build's record and the configuration refused`, async () => {
    const origin = servers[name];
    const missingPage = await fetch(`${origin}/complaints/no-such-page/`);
    equal(missingPage.status, 404, 'a missing page is 404');
    assert((await missingPage.text()).includes(readFileSync(join(out, '404.html'), 'utf8').match(/<h1[^>]*>([^<]*)/)[1]),
      'the site\'s own 404 page');
    for (const file of ['.complaints-site-build', '.complaints-site-record', '_headers', '.htaccess', 'web.config', 'nginx.conf.example']) {
      assert(existsSync(join(out, file)), `the build wrote ${file}`);
      const response = await fetch(`${origin}/complaints/${file}`);
      assert(response.status === 403 || response.status === 404, `${file}: refused (got ${response.status})`);
    }
  }]);
  tests.push([`${name}: the calculator gives a date in Chromium, with no CSP violation`, async () => {
    const origin = servers[name];
    const { context, page } = await openPage(browser);
    await page.goto(`${origin}/complaints/deadlines/`);
    await page.waitForSelector('form.cs-calculator');
    await page.fill('#received-day', '21');
    await page.fill('#received-month', 'Dec');
    await page.fill('#received-year', '2026');
    await page.click('form.cs-calculator button[type=submit]');
    await page.waitForSelector('[data-milestone] time[datetime]');
    const dates = await page.$$eval('[data-milestone] time', (els) => els.map((e) => e.getAttribute('datetime')));
    assert(dates.length > 0 && dates.every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)), `dates shown: ${dates}`);
    const problems = page.problems.filter((x) => !/favicon/.test(x));
    await context.close();
    equal(problems, [], 'no console errors or CSP violations');
  }]);
}

await run(tests, { timeoutMs: 180000, cleanup });
