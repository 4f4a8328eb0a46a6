// A small HTML tag scanner (enough for checking references and ids in generated pages; not a full parser).

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/// Decodes the character references that can appear in attribute values.
export function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<!doctype[^>]*>|<(script|style|textarea|title)\b((?:[^>"']|"[^"]*"|'[^']*')*)>[\s\S]*?<\/\1\s*>|<([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTR = /([^\s"'>\/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/// Every start tag in `html`: {name (lower case), attrs (Map of lower-case name -> decoded value), line}.
export function scanTags(html) {
  const tags = [];
  let line = 1;
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    const name = (m[1] || m[3] || '').toLowerCase();
    if (!name) continue;
    for (let i = last; i < m.index; ++i) if (html.charCodeAt(i) === 10) ++line;
    last = m.index;
    const attrs = new Map();
    for (const a of (m[2] ?? m[4] ?? '').matchAll(ATTR)) {
      const key = a[1].toLowerCase();
      if (!attrs.has(key)) attrs.set(key, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    tags.push({ name, attrs, line });
  }
  return tags;
}

/// The ids a fragment can point at: every id attribute and every <a name>.
export function fragmentTargets(tags) {
  const ids = new Set();
  for (const t of tags) {
    if (t.attrs.has('id')) ids.add(t.attrs.get('id'));
    if (t.name === 'a' && t.attrs.has('name')) ids.add(t.attrs.get('name'));
  }
  return ids;
}

/// URLs a tag refers to: [{attr, url}] for href, src, srcset candidates, poster, action, data, content of
/// <meta http-equiv=refresh>.
export function tagReferences(tag) {
  const refs = [];
  for (const attr of ['href', 'src', 'poster', 'action', 'data', 'cite', 'formaction']) {
    if (tag.attrs.has(attr)) refs.push({ attr, url: tag.attrs.get(attr) });
  }
  for (const attr of ['srcset', 'imagesrcset']) {
    if (!tag.attrs.has(attr)) continue;
    for (const candidate of tag.attrs.get(attr).split(',')) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) refs.push({ attr, url });
    }
  }
  return refs;
}

/// url(...) and @import references in a stylesheet.
export function cssReferences(css) {
  const refs = [];
  const noComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const m of noComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)) {
    refs.push(m[1] ?? m[2] ?? m[3]);
  }
  for (const m of noComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) refs.push(m[1] ?? m[2]);
  return refs;
}
