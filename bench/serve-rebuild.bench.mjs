// Rebuild after one edit: starts `complaints-site serve` on a copy of the example content, listens to its
// live-reload event stream like an open browser tab would, then saves a one-line change to policy.md
// ten times and measures, for each save, the time until the reload event reaches the listener
// (watcher debounce + rebuild + sync + event). Also prints serve's own "site updated in N ms" figures.
// usage: node bench/serve-rebuild.bench.mjs CLI_BINARY SOURCE_DIR [DEBOUNCE_MS [SERVE_OPTIONS...]]
//   e.g. `... 20 --search off` to measure the preview without the Pagefind index
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const [cli, source, debounceArg, ...serveOptions] = process.argv.slice(2);
const debounce = Number(debounceArg ?? 20);
const saves = 10;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'serve-bench-'));
fs.cpSync(path.join(source, 'content'), path.join(work, 'content'), { recursive: true });
const policy = path.join(work, 'content', 'policy.md');
const original = fs.readFileSync(policy, 'utf8');

const server = spawn(cli, ['serve', '--content', path.join(work, 'content'), '--port', '0', '--debounce', String(debounce), ...serveOptions],
  { stdio: ['ignore', 'pipe', 'pipe'] });
let out = '';
let log = '';
server.stdout.on('data', (d) => { out += d; });
server.stderr.on('data', (d) => { log += d; });
const finish = (code) => {
  server.kill('SIGINT');
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(code);
};
const deadline = (ms, what) => new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out: ${what}`)), ms));

try {
  const port = await Promise.race([
    new Promise((resolve) => {
      const poll = setInterval(() => {
        const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
        if (m) { clearInterval(poll); resolve(Number(m[1])); }
      }, 20);
    }),
    deadline(60_000, 'serve did not start'),
  ]);
  // One event-stream connection, like an open tab; each "reload" event resolves the waiting save.
  let waiting = null;
  await new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/__live-reload', headers: { Host: `127.0.0.1:${port}` } }, (res) => {
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk) => {
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (/^event: hello/m.test(event)) resolve();
          if (/^event: reload/m.test(event) && waiting) { const w = waiting; waiting = null; w(event); }
        }
      });
    });
    req.on('error', reject);
  });
  const times = [];
  for (let i = 1; i <= saves; ++i) {
    await new Promise((r) => setTimeout(r, 300));  // let the previous build settle
    const reloaded = new Promise((resolve) => { waiting = resolve; });
    const start = process.hrtime.bigint();
    fs.writeFileSync(policy, `${original}\nEdit number ${i} of the benchmark.\n`);
    const event = await Promise.race([reloaded, deadline(30_000, `no reload after save ${i}`)]);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!/"ok":true/.test(event)) throw new Error(`the rebuild after save ${i} failed: ${event}\n${log}`);
  }
  const own = [...log.matchAll(/site updated in (\d+) ms: (\d+) files written/g)].slice(1).map((m) => [Number(m[1]), Number(m[2])]);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`- save → reload event in the browser's stream: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, ` +
    `max ${Math.max(...times).toFixed(0)}; ${saves} saves of policy.md, --debounce ${debounce} ms included` +
    `${serveOptions.length ? `; ${serveOptions.join(' ')}` : ''})`);
  if (own.length) {
    console.log(`- serve's own rebuild time: median ${median(own.map((x) => x[0]))} ms, ` +
      `${median(own.map((x) => x[1]))} files rewritten per save (the rest unchanged)`);
  }
  finish(0);
} catch (e) {
  console.error(`serve-rebuild bench: ${e.message}\n--- serve stderr:\n${log}`);
  finish(1);
}
