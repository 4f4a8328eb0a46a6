// core/ compiled to WebAssembly by em++ answers one deadline exactly as the native CLI does.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { missing } from '../lib/prerequisites.mjs';

delete globalThis.fetch;  // Emscripten 3.1.6 takes Node 20 for a browser when fetch exists
const [wasmDir, cli] = process.argv.slice(2);
if (!existsSync(`${wasmDir}/widget.js`)) missing(`${wasmDir}/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
const factory = createRequire(import.meta.url)(`${wasmDir}/widget.js`);
// The build is for the web only (smaller): Node hands it the wasm bytes itself.
const engine = await factory({ wasmBinary: readFileSync(`${wasmDir}/widget.wasm`) });

function call(request) {
  const text = JSON.stringify(request);
  const size = engine.lengthBytesUTF8(text) + 1;
  const input = engine._malloc(size);
  engine.stringToUTF8(text, input, size);
  const output = engine._cs_deadlines(input);
  const result = engine.UTF8ToString(output);
  engine._cs_free_string(output);
  engine._free(input);
  return JSON.parse(result);
}

const wasm = call({ received: '2025-03-14', today: '2025-03-25', nation: 'scotland', stage: 2 });
const native = JSON.parse(execFileSync(cli, ['deadlines', '--received', '2025-03-14', '--today', '2025-03-25',
  '--nation', 'scotland', '--stage', '2', '--format', 'json']).toString());
const same = JSON.stringify(wasm) === JSON.stringify(native);
if (!same) {
  console.error('wasm:  ', JSON.stringify(wasm));
  console.error('native:', JSON.stringify(native));
}
const bad = call({ received: '2025-02-29' });
const badOk = bad.error && bad.error.code === 'invalid_date';
if (!badOk) console.error('expected invalid_date, got', JSON.stringify(bad));
console.log(`${(same ? 1 : 0) + (badOk ? 1 : 0)} passed, ${(same ? 0 : 1) + (badOk ? 0 : 1)} failed`);
process.exit(same && badOk ? 0 : 1);
