// Checks that every internal link, asset reference and #fragment in a built site resolves to a file/id.
import fs from 'node:fs';
import path from 'node:path';
import { cssReferences, fragmentTargets, scanTags, tagReferences } from './html.mjs';
import { listFiles } from './site.mjs';

const ORIGIN = 'http://site.invalid';

/// The published base (e.g. "https://example.org/complaints/") from the home page's canonical link, or null.
function siteBase(dir) {
  const index = path.join(dir, 'index.html');
  if (!fs.existsSync(index)) return null;
  const canonical = scanTags(fs.readFileSync(index, 'utf8'))
    .find((t) => t.name === 'link' && (t.attrs.get('rel') || '').split(/\s+/).includes('canonical'));
  try {
    return canonical ? new URL(canonical.attrs.get('href')) : null;
  } catch {
    return null;
  }
}

/// Returns a list of problems ("file:line: message"); empty when every reference resolves.
export function checkLinks(dir) {
  const files = listFiles(dir);
  const fileSet = new Set(files);
  const base = siteBase(dir);
  const prefix = base ? base.pathname : '/';
  const problems = [];
  const idCache = new Map();
  const idsOf = (file) => {
    if (!idCache.has(file)) idCache.set(file, fragmentTargets(scanTags(fs.readFileSync(path.join(dir, file), 'utf8'))));
    return idCache.get(file);
  };

  // Maps a reference to the file it names, or returns {problem}.
  const resolve = (from, raw) => {
    const url = raw.trim();
    if (/^(javascript|vbscript|data):/i.test(url)) return { problem: `unsafe URL scheme in "${url.slice(0, 60)}"` };
    let target = url;
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) {
      if (!base || !/^https?:|^\/\//i.test(url)) return { external: true };
      const abs = new URL(url, base);
      if (abs.origin !== base.origin || !abs.pathname.startsWith(prefix)) return { external: true };
      target = abs.pathname + abs.search + abs.hash;
    }
    const fromUrl = new URL(prefix + from, ORIGIN);
    const resolved = new URL(target, fromUrl);
    let pathname;
    try {
      pathname = decodeURIComponent(resolved.pathname);
    } catch {
      return { problem: `malformed percent-encoding in "${url}"` };
    }
    if (!pathname.startsWith(prefix)) return { problem: `"${url}" points outside the site (${pathname})` };
    let rel = pathname.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    if (!fileSet.has(rel)) {
      if (fileSet.has(`${rel}/index.html`)) return { problem: `"${url}" names a folder without the trailing "/"` };
      return { problem: `"${url}" does not resolve (no ${rel})` };
    }
    const fragment = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : '';
    if (fragment && rel.endsWith('.html') && !idsOf(rel).has(fragment)) {
      return { problem: `"${url}": ${rel} has no id "${fragment}"` };
    }
    return { file: rel };
  };

  let checked = 0;
  for (const file of files) {
    if (file.endsWith('.html')) {
      const tags = scanTags(fs.readFileSync(path.join(dir, file), 'utf8'));
      const ids = new Map();
      for (const t of tags) {
        const id = t.attrs.get('id');
        if (id !== undefined) {
          if (ids.has(id)) problems.push(`${file}:${t.line}: duplicate id "${id}" (first on line ${ids.get(id)})`);
          else ids.set(id, t.line);
        }
        if (t.name === 'base') problems.push(`${file}:${t.line}: <base> changes how every link resolves; not expected`);
        for (const { attr, url } of tagReferences(t)) {
          if (t.name === 'link' && /\b(preconnect|dns-prefetch)\b/.test(t.attrs.get('rel') || '')) continue;
          ++checked;
          const r = resolve(file, url);
          if (r.problem) problems.push(`${file}:${t.line}: <${t.name} ${attr}>: ${r.problem}`);
        }
      }
    } else if (file.endsWith('.css')) {
      for (const url of cssReferences(fs.readFileSync(path.join(dir, file), 'utf8'))) {
        ++checked;
        const r = resolve(file, url);
        if (r.problem) problems.push(`${file}: url(): ${r.problem}`);
      }
    } else if (file === 'sitemap.xml' && base) {
      const xml = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const m of xml.matchAll(/<loc>([^<]*)<\/loc>/g)) {
        ++checked;
        const r = resolve(file, m[1].replace(/&amp;/g, '&'));
        if (r.problem || r.external) problems.push(`sitemap.xml: <loc>${m[1]}</loc>: ${r.problem || 'not on this site'}`);
      }
    }
  }
  return { problems, checked, files: files.length };
}
