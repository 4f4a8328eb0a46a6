// The widget's download stays within its budget: widget.js + widget.wasm <= 60 KB gzip (issue 4; scripts/widget-size
// prints the same figures).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { missing } from '../lib/prerequisites.mjs';

const [wasmDir] = process.argv.slice(2);
if (!existsSync(`${wasmDir}/widget.js`)) missing(`${wasmDir}/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
const size = (name) => gzipSync(readFileSync(`${wasmDir}/${name}`), { level: 9 }).length;
const js = size('widget.js');
const wasm = size('widget.wasm');
const budget = 60 * 1024;
console.log(`widget.js ${(js / 1024).toFixed(1)} KB + widget.wasm ${(wasm / 1024).toFixed(1)} KB = ${((js + wasm) / 1024).toFixed(1)} KB gzip (budget 60.0 KB)`);
if (js + wasm > budget) {
  console.error(`over budget by ${((js + wasm - budget) / 1024).toFixed(1)} KB`);
  process.exit(1);
}
console.log('1 passed, 0 failed');
