// Runs the Nu Html Checker (vnu.jar from npm vnu-jar, Java from default-jre-headless) over a folder.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { isCmsFragment, listFiles } from './site.mjs';

/// Checks every .html (and .css, .svg) file under `dir`. Returns {problems, warnings, checked}.
export function checkHtml(dir, source) {
  const jar = path.join(source, 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
  const files = listFiles(dir).filter((f) => /\.(html|css|svg)$/.test(f) && !isCmsFragment(f)).map((f) => path.join(dir, f));
  if (files.length === 0) return { problems: [`no HTML files under ${dir}`], warnings: [], checked: 0 };
  const r = spawnSync('java', ['-Xss4m', '-XX:TieredStopAtLevel=1', '-jar', jar, '--format', 'json', '--also-check-css', '--also-check-svg', ...files],
    { encoding: 'utf8', timeout: 300_000, maxBuffer: 64 << 20 });
  if (r.error) return { problems: [`could not run java -jar ${jar}: ${r.error.message}`], warnings: [], checked: 0 };
  let messages;
  try {
    messages = JSON.parse(r.stderr).messages;
  } catch {
    return { problems: [`vnu exited ${r.status} without JSON output:\n${r.stderr}${r.stdout}`], warnings: [], checked: 0 };
  }
  const problems = [];
  const warnings = [];
  for (const m of messages) {
    // Checking files from disk, vnu sees a file: origin that 'self' cannot match; the browser gate checks
    // the CSP on a real origin instead.
    if (/violates Content Security Policy \(meta tag\)/.test(m.message)) continue;
    const where = `${path.relative(dir, new URL(m.url).pathname)}:${m.lastLine ?? m.firstLine ?? 0}:${m.firstColumn ?? m.lastColumn ?? 0}`;
    const text = `${where}: ${m.type === 'info' ? m.subType || 'info' : m.type}: ${m.message}` +
      (m.extract ? `\n    ${m.extract.replace(/\n/g, ' ')}` : '');
    if (m.type === 'error' || m.type === 'non-document-error') problems.push(text);
    else warnings.push(text);
  }
  return { problems, warnings, checked: files.length };
}
