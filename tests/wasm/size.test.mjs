// The widget's download stays within its budget: JS + wasm <= 60 KB gzip (issue 4; scripts/widget-size prints the
// same figures), for the whole widget (widget.js + widget.wasm) and for the calculator alone that the site's
// /deadlines/ page loads (widget-deadlines.js + .wasm), which must also be the smaller.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { missing } from '../lib/prerequisites.mjs';

const [wasmDir] = process.argv.slice(2);
if (!existsSync(`${wasmDir}/widget.js`)) missing(`${wasmDir}/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
const size = (name) => gzipSync(readFileSync(`${wasmDir}/${name}`), { level: 9 }).length;
const budget = 60 * 1024;
const totals = {};
let failed = 0;
for (const name of ['widget', 'widget-deadlines']) {
  const js = size(`${name}.js`);
  const wasm = size(`${name}.wasm`);
  totals[name] = js + wasm;
  console.log(`${name}.js ${(js / 1024).toFixed(1)} KB + ${name}.wasm ${(wasm / 1024).toFixed(1)} KB = ${((js + wasm) / 1024).toFixed(1)} KB gzip (budget 60.0 KB)`);
  if (js + wasm > budget) {
    console.error(`${name}: over budget by ${((js + wasm - budget) / 1024).toFixed(1)} KB`);
    failed++;
  }
}
if (totals['widget-deadlines'] >= totals.widget) {
  console.error('widget-deadlines is not smaller than the whole widget: the walkthrough is not left out of it');
  failed++;
}
console.log(`${failed ? 0 : 1} passed, ${failed ? 1 : 0} failed`);
process.exit(failed ? 1 : 0);
