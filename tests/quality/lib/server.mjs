// A tiny static file server for browser checks: 127.0.0.1, random port, the site's strict CSP on every response.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';

export const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif',
  '.webp': 'image/webp', '.ico': 'image/x-icon', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8', '.ics': 'text/calendar; charset=utf-8', '.woff2': 'font/woff2',
  '.pdf': 'application/pdf', '.webmanifest': 'application/manifest+json',
};

// What a static host compresses (site/build/server_config.cc CompressedTypes): with `gzip`, as it would.
const COMPRESSED = /^(text\/|application\/(wasm|json|xml|javascript)|image\/svg\+xml)/;

/// Serves `root`. `extra` maps URL paths to files outside the root (e.g. axe.min.js for the checker). `gzip`: compress
/// text and wasm for a browser that accepts it, as Netlify, Cloudflare Pages and the Apache and nginx configurations
/// the build writes do (the benchmarks; checks see the files as they are).
/// Resolves to {url, close(), requests: [{path, status}]}.
export function serve(root, { csp = STRICT_CSP, extra = {}, gzip = false } = {}) {
  root = path.resolve(root);
  const requests = [];
  const server = http.createServer((req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      pathname = '/\0';
    }
    let file = extra[pathname];
    if (!file) {
      file = path.join(root, pathname);
      if (!file.startsWith(root) || pathname.includes('\0')) file = null;
      else if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    }
    let status = 200;
    if (!file || !fs.existsSync(file)) {
      status = 404;
      file = path.join(root, '404.html');
    }
    const headers = { 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    requests.push({ path: pathname, status });
    if (!fs.existsSync(file)) {
      res.writeHead(status, { ...headers, 'Content-Type': 'text/plain' });
      res.end('not found');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    let body = fs.readFileSync(file);
    if (gzip && COMPRESSED.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] || '')) {
      body = zlib.gzipSync(body, { level: 6 });
      Object.assign(headers, { 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
    }
    res.writeHead(status, { ...headers, 'Content-Type': type });
    res.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
