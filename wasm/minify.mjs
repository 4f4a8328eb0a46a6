// Shrinks the widget's download at build time (called by cmake/wasm.cmake):
//   node minify.mjs js ACORN_OPTIMIZER IN OUT   -- minifies widget.js: with terser (node_modules, pinned by
//                                                  package-lock.json) when it is installed, else whitespace only with
//                                                  Emscripten's own optimizer
//   node minify.mjs words EN_JSON IN OUT [calculator]
//                                               -- bakes the "widget" words of templates/i18n/en.json (not the
//                                                  generator's "pages") into widget-ui.js at its marker; with
//                                                  `calculator`, the view of widget-deadlines.js: the part between
//                                                  @walkthrough-begin and @walkthrough-end left out, and only the
//                                                  "common" and "calculator" words
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The names site/build/widget_assets.cc finds and rewrites in the built file: kept as they are by the minifier (not
// renamed, and not folded into where they are used).
const KEPT = ['WASM_NAME', 'CSS_NAME', 'WASM_BASE64', 'CSS_TEXT'];

async function terser() {
  const main = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'terser', 'main.js');
  if (!existsSync(main)) return null;
  return (await import(pathToFileURL(main).href)).minify;
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'js') {
  const [optimizer, input, output] = args;
  let text = readFileSync(input, 'utf8');
  const minify = await terser();
  if (minify) {
    // reduce_vars off: it would fold the KEPT constants into their uses.
    const result = await minify(text, {
      ecma: 2015, compress: { passes: 2, reduce_vars: false }, mangle: { reserved: KEPT }, format: { comments: false } });
    text = result.code;
  } else if (existsSync(optimizer)) {
    console.error('minify.mjs: no node_modules/terser (scripts/setup runs npm ci): whitespace-minifying only');
    // Emscripten's optimizer needs Debian's acorn from /usr/share/nodejs.
    const env = { ...process.env, NODE_PATH: process.env.NODE_PATH || '/usr/share/nodejs' };
    text = execFileSync(process.execPath, [optimizer, input, 'minifyWhitespace'], { maxBuffer: 64 << 20, env }).toString();
  }
  const values = { WASM_NAME: 'widget(-deadlines)?\\.wasm', CSS_NAME: 'widget\\.css', WASM_BASE64: '', CSS_TEXT: '' };
  for (const name of KEPT) {
    if ((text.match(new RegExp(`\\b${name}\\s*=\\s*["']${values[name]}["']`, 'g')) || []).length !== 1) {
      console.error(`minify.mjs: ${name} is not in ${output} exactly once as wasm/widget-ui.js writes it`);
      process.exit(1);
    }
  }
  writeFileSync(output, text);
} else if (mode === 'words') {
  const [english, input, output, variant] = args;
  const words = JSON.parse(readFileSync(english, 'utf8')).widget;
  if (!words || typeof words !== 'object') {
    console.error(`minify.mjs: ${english} has no "widget" object`);
    process.exit(1);
  }
  delete words.pages;
  const marker = '/* @widget-words@ */ {}';
  let text = readFileSync(input, 'utf8');
  if (text.split(marker).length !== 2) {
    console.error(`minify.mjs: ${input} must contain the marker ${marker} exactly once`);
    process.exit(1);
  }
  if (variant === 'calculator') {
    const part = /\n[^\n]*@walkthrough-begin[\s\S]*@walkthrough-end[^\n]*\n/;
    if (!part.test(text) || !/var WASM_NAME = 'widget\.wasm';/.test(text)) {
      console.error(`minify.mjs: ${input} must have @walkthrough-begin ... @walkthrough-end and var WASM_NAME`);
      process.exit(1);
    }
    text = text.replace(part, '\n  var mountWalkthrough = null;\n')
      .replace("var WASM_NAME = 'widget.wasm';", "var WASM_NAME = 'widget-deadlines.wasm';");
    delete words.walkthrough;
  }
  const out = text.replace(marker, () => JSON.stringify(words));
  if (!existsSync(output) || readFileSync(output, 'utf8') !== out) writeFileSync(output, out);
} else {
  console.error('usage: node minify.mjs js OPTIMIZER IN OUT | words EN_JSON IN OUT [calculator]');
  process.exit(2);
}
