// The widget's engine writes dates in the page's language (wasm/bindings.cc cs_long_date, core/calendar/date_format.h), as
// the generator does on the no-JS pages: Welsh names from core/data/date-names.json, English for a language without.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { missing } from '../lib/prerequisites.mjs';

delete globalThis.fetch;  // Emscripten 3.1.6 takes Node 20 for a browser when fetch exists
const [wasmDir] = process.argv.slice(2);
if (!existsSync(`${wasmDir}/widget.js`)) missing(`${wasmDir}/widget.js`, 'build the widget with cmake --build (it needs em++: scripts/setup installs emscripten)');
const factory = createRequire(import.meta.url)(`${wasmDir}/widget.js`);
const engine = await factory({ wasmBinary: readFileSync(`${wasmDir}/widget.wasm`) });

function longDate(request) {
  const text = JSON.stringify(request);
  const size = engine.lengthBytesUTF8(text) + 1;
  const input = engine._malloc(size);
  engine.stringToUTF8(text, input, size);
  const output = engine._cs_long_date(input);
  const result = engine.UTF8ToString(output);
  engine._cs_free_string(output);
  engine._free(input);
  return JSON.parse(result);
}

const cases = [
  [{ date: '2025-03-21', language: 'cy' }, { long: 'Dydd Gwener 21 Mawrth 2025' }],
  [{ date: '2025-12-28', language: 'cy-GB' }, { long: 'Dydd Sul 28 Rhagfyr 2025' }],
  [{ date: '2025-03-21', language: 'en' }, { long: 'Friday 21 March 2025' }],
  [{ date: '2025-03-21', language: 'xx' }, { long: 'Friday 21 March 2025' }],
  [{ date: '2025-03-21' }, { long: 'Friday 21 March 2025' }],
];
let failed = 0;
for (const [request, expected] of cases) {
  const got = longDate(request);
  if (JSON.stringify(got) !== JSON.stringify(expected)) {
    failed += 1;
    console.error(`${JSON.stringify(request)}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)}`);
  }
}
const bad = longDate({ date: '2025-02-29', language: 'cy' });
if (!bad.error) {
  failed += 1;
  console.error(`2025-02-29: expected an error, got ${JSON.stringify(bad)}`);
}
console.log(`${cases.length + 1 - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
