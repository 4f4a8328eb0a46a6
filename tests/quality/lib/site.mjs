// Shared helpers for the quality gates: command-line arguments, building the example site, walking a folder.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { missing, requirePackage } from '../../lib/prerequisites.mjs';

export { missing, requirePackage };

/// argv as ctest passes it: CLI_BINARY SOURCE_DIR BUILD_DIR [--site DIR]. `--site DIR` checks an
/// already built folder instead of building the example site.
export function parseArgs(argv = process.argv.slice(2)) {
  const args = { cli: argv[0], source: argv[1], build: argv[2], site: null };
  for (let i = 3; i < argv.length; ++i) {
    if (argv[i] === '--site') args.site = argv[++i];
  }
  return args;
}

/// True when the binary has a working `build` command.
export function hasBuildCommand(cli) {
  if (!cli || !fs.existsSync(cli)) return false;
  const r = spawnSync(cli, ['build', '--help'], { encoding: 'utf8' });
  return r.status === 0;
}

/// A fresh temporary folder, removed at exit unless KEEP_QUALITY_TMP is set.
export function tempDir(prefix) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `cs-quality-${prefix}-`));
  if (!process.env.KEEP_QUALITY_TMP) {
    process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  }
  return dir;
}

/// Builds `content` (default: the example site) into a temporary folder and returns that folder.
/// Throws when the build fails.
export function buildSite({ cli, source, content = null, name = 'site' }) {
  const out = path.join(tempDir(name), 'public');
  const r = spawnSync(cli, ['build', '--content', content || path.join(source, 'content'), '--out', out],
    { encoding: 'utf8', timeout: 120_000 });
  if (r.status !== 0) {
    throw new Error(`complaints-site build failed (exit ${r.status}, signal ${r.signal}):\n${r.stderr}`);
  }
  return out;
}

/// Site folder to check: --site DIR when given, else a fresh build of the example site.
export function siteUnderTest(args) {
  return args.site ? path.resolve(args.site) : buildSite(args);
}

/// Every file under `dir`, as paths relative to it with "/" separators, sorted.
export function listFiles(dir) {
  const out = [];
  const walk = (rel) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(r);
      else out.push(r);
    }
  };
  walk('');
  return out.sort();
}

/// cms/*.html are fragments to paste into a CMS, not pages: no <html>, head or CSP of their own (they hold no script
/// or style; tests/build/cms_fragments_test.cc checks their tags). The page gates leave them out.
export const isCmsFragment = (f) => f.startsWith('cms/');
export const htmlPages = (dir) => listFiles(dir).filter((f) => f.endsWith('.html') && !isCmsFragment(f));

/// Prints `problems` (strings) and exits 1 when there are any, else prints `ok` and exits 0.
export function finish(problems, ok) {
  if (problems.length) {
    for (const p of problems) console.error(p);
    console.error(`${problems.length} problem(s)`);
    process.exit(1);
  }
  console.log(ok);
  process.exit(0);
}
