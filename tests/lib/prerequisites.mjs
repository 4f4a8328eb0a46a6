// What a Node test does when a prerequisite is missing (the same rule as tests/test_util.h and
// tests/lib/prerequisites.sh): fail with how to install it, unless CS_ALLOW_SKIP=1, when it exits 77 ("skipped").
import fs from 'node:fs';
import path from 'node:path';

export const SKIP = 77;

/// `what` is missing; `how` says how to install it. Exits 1, or 77 with CS_ALLOW_SKIP=1. Never returns.
export function missing(what, how) {
  if (process.env.CS_ALLOW_SKIP === '1') {
    console.log(`skipped: ${what} is missing (CS_ALLOW_SKIP=1)`);
    process.exit(SKIP);
  }
  console.error(`error: missing prerequisite: ${what} — ${how} (CS_ALLOW_SKIP=1 turns this failure into a skip)`);
  process.exit(1);
}

/// Path of node_modules/`name` in the checkout `source` (the npm test tools), or missing().
export function requirePackage(source, name) {
  const dir = path.join(source, 'node_modules', name);
  if (!fs.existsSync(dir)) missing(`node_modules/${name}`, 'run scripts/setup (npm ci)');
  return dir;
}

/// Path of `relative` in the shared/ folder (the Code text, seeds, reference data): $CS_SHARED_DIR when set (ctest
/// sets it from CMake's CS_SHARED_DIR), else `source`/../shared. missing() when it is not there.
export function sharedFile(source, relative) {
  const dir = process.env.CS_SHARED_DIR || path.join(source, '..', 'shared');
  const file = path.join(dir, relative);
  if (!fs.existsSync(file)) {
    missing(`${file} (the shared/ folder)`,
      'put the shared/ folder (Code text, seeds, reference data) beside the checkout as ../shared, or point CS_SHARED_DIR at it');
  }
  return file;
}
