// Installs the project's npm packages (`npm ci`) when node_modules is missing or does not hold what
// package-lock.json asks for, so that `npm start` and `npm test` work as the first command in a
// fresh clone. Node's own modules only: it runs before anything is installed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { StepFailed, installedMatchesLockfile, loggedRun, tailOf } from '../test/rig/install.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Resolves once the packages are in place; exits the process when they cannot be installed. */
export async function ensureDependencies() {
  if (installedMatchesLockfile(projectRoot)) return;
  const nodeModules = path.join(projectRoot, 'node_modules');
  const missing = !fs.existsSync(path.join(nodeModules, '.package-lock.json'));
  // A node_modules that is a link (a shared install) is someone else's to update.
  if (fs.lstatSync(nodeModules, { throwIfNoEntry: false })?.isSymbolicLink()) {
    console.warn(
      `node_modules links to ${fs.readlinkSync(nodeModules)}, which ${missing ? 'has no packages installed' : 'does not match package-lock.json'}; ` +
        'it is left as it is (run npm ci there).',
    );
    return;
  }
  console.log(
    missing
      ? 'Installing the npm packages (npm ci; once, about 200 MB).'
      : 'package-lock.json asks for other packages than node_modules holds: installing them again (npm ci).',
  );
  const run = loggedRun(path.join(projectRoot, '.test-output', 'npm-ci.log'));
  console.log(`Full log: ${path.relative(process.cwd(), run.logFile)}`);
  try {
    await run.step('installing npm packages (npm ci)', 'npm', ['ci', '--no-audit', '--no-fund'], { cwd: projectRoot });
  } catch (error) {
    if (!(error instanceof StepFailed)) throw error;
    console.error(`\nnpm ci failed. The end of its log:\n\n${tailOf(run.logFile, 30).replace(/^/gm, '    ')}\n\nFull log: ${run.logFile}`);
    process.exit(1);
  }
}
