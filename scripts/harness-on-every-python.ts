/**
 * Runs the harness's own test suite (test/harness) on every supported Python this machine has,
 * one after another, and ends with one `N passed, N failed` line. Versions that are not
 * installed are named and skipped.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { findPython, SUPPORTED_PYTHONS } from '../test/support/pythons';

const root = path.resolve(__dirname, '..');
let passed = 0;
let failed = 0;
for (const version of SUPPORTED_PYTHONS) {
  const python = findPython(version);
  if (!python) {
    console.log(`Python ${version}: not installed, skipped`);
    continue;
  }
  const run = spawnSync(python, ['-m', 'unittest', 'discover', '-s', 'test/harness', '-t', 'test/harness'], { cwd: root, encoding: 'utf8' });
  const output = `${run.stdout}${run.stderr}`;
  const ran = Number(/Ran (\d+) tests?/.exec(output)?.[1] ?? 0);
  const failures = [...output.matchAll(/(?:failures|errors)=(\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
  const skipped = Number(/skipped=(\d+)/.exec(output)?.[1] ?? 0);
  const broken = run.status !== 0 && failures === 0 ? 1 : 0;
  passed += ran - failures - skipped;
  failed += failures + broken;
  console.log(`Python ${version} (${python}): ${ran} tests, ${failures + broken} failed, ${skipped} skipped`);
  if (run.status !== 0) console.log(output.split('\n').slice(-40).join('\n'));
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
