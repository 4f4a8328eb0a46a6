// The studio's preview: a service worker for ./preview/ that answers with the site the page built in the browser.
// The page posts {type: 'files', files: [[path, bytes]...], types: {ext: content type}} and waits for the reply on
// the MessageChannel port; the files are kept in memory and in Cache Storage (a worker may be stopped when idle).
// A request for preview/<path> gets that file; a path that is "" or ends "/" gets its index.html; anything else
// the site's 404.html with status 404. Nothing is fetched from the network for ./preview/.
'use strict';

const CACHE = 'complaints-site-studio-preview';
const scopePath = new URL(self.registration.scope).pathname; // e.g. /studio/preview/
let files = null; // Map path → {body, type}
let storing = Promise.resolve(); // the latest store(): a restarted worker waits for it before reading the cache

self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

function typeFor(path, types) {
  const dot = path.lastIndexOf('.');
  const ext = dot >= 0 ? path.slice(dot + 1).toLowerCase() : '';
  return types[ext] || 'application/octet-stream';
}

async function store(list, types) {
  const next = new Map();
  for (const [path, bytes] of list) next.set(path, { body: bytes, type: typeFor(path, types) });
  files = next;
  // Keep a copy for when this worker is restarted: one cache, replaced as a whole.
  await caches.delete(CACHE);
  const cache = await caches.open(CACHE);
  await Promise.all([...next].map(([path, f]) => cache.put(new Request(scopePath + path),
    new Response(f.body, { headers: { 'Content-Type': f.type } }))));
}

self.addEventListener('message', (event) => {
  const data = event.data || {};
  const port = event.ports && event.ports[0];
  if (data.type !== 'files') return;
  storing = store(data.files, data.types || {});
  event.waitUntil(storing.then(
    () => port && port.postMessage({ ok: true, count: data.files.length }),
    (e) => port && port.postMessage({ ok: false, error: String(e) })));
});

async function answer(request) {
  try {
    return await fileFor(request);
  } catch {
    // A worker restarted while the page was sending a new build (the cache being replaced): say so, never fail the load.
    return new Response('The preview is being rebuilt: reload this page in a moment.',
      { status: 503, headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '1' } });
  }
}

async function fileFor(request) {
  const url = new URL(request.url);
  let path = decodeURIComponent(url.pathname.slice(scopePath.length));
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const headers = { 'Cache-Control': 'no-store' };
  if (files) {
    let f = files.get(path);
    if (!f && !path.endsWith('.html') && files.has(`${path}/index.html`)) {
      return Response.redirect(`${url.pathname}/`, 302);
    }
    if (f) return new Response(f.body, { status: 200, headers: { ...headers, 'Content-Type': f.type } });
    f = files.get('404.html');
    if (f) return new Response(f.body, { status: 404, headers: { ...headers, 'Content-Type': f.type } });
    return new Response('Not in the preview', { status: 404, headers: { ...headers, 'Content-Type': 'text/plain' } });
  }
  await storing.catch(() => {});
  if (files) return fileFor(request);
  const cache = await caches.open(CACHE);
  const hit = await cache.match(scopePath + path);
  if (hit) return hit;
  return new Response('The preview is not ready: go back to the studio and open Preview again.',
    { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(scopePath)) return;
  if (event.request.method !== 'GET' && event.request.method !== 'HEAD') return;
  event.respondWith(answer(event.request));
});
