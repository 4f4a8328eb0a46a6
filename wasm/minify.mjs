// Shrinks the widget's download at build time (called by cmake/wasm.cmake):
//   node minify.mjs js ACORN_OPTIMIZER IN OUT   -- whitespace-minifies widget.js with Emscripten's own optimizer
//   node minify.mjs words EN_JSON IN OUT        -- bakes the "widget" words of templates/i18n/en.json (not the
//                                                  generator's "pages") into widget-ui.js at its marker
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const [mode, ...args] = process.argv.slice(2);
if (mode === 'js') {
  const [optimizer, input, output] = args;
  let text = readFileSync(input, 'utf8');
  if (existsSync(optimizer)) {
    // Emscripten's optimizer needs Debian's acorn from /usr/share/nodejs.
    const env = { ...process.env, NODE_PATH: process.env.NODE_PATH || '/usr/share/nodejs' };
    text = execFileSync(process.execPath, [optimizer, input, 'minifyWhitespace'], { maxBuffer: 64 << 20, env }).toString();
  }
  // site/build/widget_assets.cc rewrites these two names in the hashed copy.
  for (const marker of ['WASM_NAME', 'CSS_NAME']) {
    if (!new RegExp(`var ${marker}\\s*=\\s*["']widget\\.(wasm|css)["']`).test(text)) {
      console.error(`minify.mjs: ${marker} is missing from ${output}`);
      process.exit(1);
    }
  }
  writeFileSync(output, text);
} else if (mode === 'words') {
  const [english, input, output] = args;
  const words = JSON.parse(readFileSync(english, 'utf8')).widget;
  if (!words || typeof words !== 'object') {
    console.error(`minify.mjs: ${english} has no "widget" object`);
    process.exit(1);
  }
  delete words.pages;
  const marker = '/* @widget-words@ */ {}';
  const text = readFileSync(input, 'utf8');
  if (text.split(marker).length !== 2) {
    console.error(`minify.mjs: ${input} must contain the marker ${marker} exactly once`);
    process.exit(1);
  }
  const out = text.replace(marker, () => JSON.stringify(words));
  if (!existsSync(output) || readFileSync(output, 'utf8') !== out) writeFileSync(output, out);
} else {
  console.error('usage: node minify.mjs js OPTIMIZER IN OUT | words EN_JSON IN OUT');
  process.exit(2);
}
