// Safety checks on a built site: strict CSP <meta> on every page, _headers, no inline script or style, no
// event-handler attributes, no javascript:/data: URLs, nothing read from outside content/.
import fs from 'node:fs';
import path from 'node:path';
import { scanTags, tagReferences } from './html.mjs';
import { isCmsFragment, listFiles } from './site.mjs';

const LEAK_MARKERS = [/root:x:0:0:/, /\/bin\/(ba)?sh\n/, /BEGIN (RSA |OPENSSH )?PRIVATE KEY/];

/// Returns a list of problems; empty when the output is safe to publish under the strict CSP.
export function checkOutputSafety(dir) {
  const problems = [];
  const files = listFiles(dir);
  if (!files.includes('_headers')) {
    problems.push('_headers is missing (hosts such as Netlify and Cloudflare Pages read the CSP from it)');
  } else if (!/Content-Security-Policy:\s*default-src 'self'/.test(fs.readFileSync(path.join(dir, '_headers'), 'utf8'))) {
    problems.push("_headers has no \"Content-Security-Policy: default-src 'self'...\" line");
  }
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'latin1');
    for (const marker of LEAK_MARKERS) {
      if (marker.test(text)) problems.push(`${file}: contains what looks like a system file (${marker})`);
    }
    if (!file.endsWith('.html')) continue;
    const tags = scanTags(text);
    const csp = tags.filter((t) => t.name === 'meta' && (t.attrs.get('http-equiv') || '').toLowerCase() === 'content-security-policy');
    if (isCmsFragment(file)) {
      if (csp.length) problems.push(`${file}: a CMS fragment with a <meta>`);
    } else if (csp.length !== 1) {
      problems.push(`${file}: expected one Content-Security-Policy <meta>, found ${csp.length}`);
    } else {
      const policy = csp[0].attrs.get('content') || '';
      if (!/(^|;)\s*default-src 'self'\s*(;|$)/.test(policy)) problems.push(`${file}: CSP "${policy}" lacks default-src 'self'`);
      if (/'unsafe-inline'|'unsafe-eval'|\*|data:|https?:/.test(policy.replace(/'wasm-unsafe-eval'/g, ''))) {
        problems.push(`${file}: CSP "${policy}" is not strict`);
      }
    }
    for (const t of tags) {
      for (const [name, value] of t.attrs) {
        if (/^on[a-z]+$/.test(name)) problems.push(`${file}:${t.line}: <${t.name} ${name}="${value.slice(0, 40)}"> event handler`);
      }
      if (t.attrs.has('style')) problems.push(`${file}:${t.line}: <${t.name} style="…"> inline style (blocked by the CSP)`);
      if (t.name === 'script' && !t.attrs.has('src') && !/json/.test(t.attrs.get('type') || '')) {
        problems.push(`${file}:${t.line}: inline <script> (blocked by the CSP)`);
      }
      if (t.name === 'style') problems.push(`${file}:${t.line}: <style> element (blocked by the CSP)`);
      if (['iframe', 'object', 'embed', 'base', 'frame'].includes(t.name)) problems.push(`${file}:${t.line}: <${t.name}> element`);
      for (const { attr, url } of tagReferences(t)) {
        if (/^\s*(javascript|vbscript|data):/i.test(url)) problems.push(`${file}:${t.line}: <${t.name} ${attr}="${url.slice(0, 40)}">`);
      }
    }
  }
  return problems;
}
