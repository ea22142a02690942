// The everyday test command: type check, build (which validates the curriculum), unit and
// curriculum tests (mocha), and the harness's own tests (Python unittest). Needs only Node and
// Python. Ends with one `tests: N passed, N failed` line covering every stage.
// In a fresh clone it first installs the npm packages (scripts/dependencies.mjs), so nothing here
// may import from node_modules.
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDependencies } from './dependencies.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const python = process.env.PYMASTERY_TEST_PYTHON ?? 'python3';
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

/** Each stage counts its tests from its own output; a stage without counts is one test. */
const stages = [
  { name: 'typecheck', command: bin('tsc'), args: ['-p', '.', '--noEmit'] },
  { name: 'typecheck (webview pages)', command: bin('tsc'), args: ['-p', 'src/webview', '--noEmit'] },
  { name: 'build', command: process.execPath, args: ['scripts/build.mjs'] },
  { name: 'unit and curriculum (mocha)', command: bin('mocha'), args: [], count: countMocha },
  {
    name: 'harness (python unittest)',
    command: python,
    args: ['-m', 'unittest', 'discover', '-s', 'test/harness', '-t', 'test/harness'],
    count: countUnittest,
  },
];

function countMocha(output) {
  const passed = Number(/(\d+) passing/.exec(output)?.[1] ?? 0);
  const failed = Number(/(\d+) failing/.exec(output)?.[1] ?? 0);
  return { passed, failed };
}

function countUnittest(output) {
  const ran = Number(/Ran (\d+) tests?/.exec(output)?.[1] ?? 0);
  const summary = /FAILED \(([^)]*)\)/.exec(output)?.[1] ?? '';
  let failed = 0;
  for (const [, kind, n] of summary.matchAll(/(failures|errors)=(\d+)/g)) if (kind) failed += Number(n);
  const skipped = Number(/skipped=(\d+)/.exec(output)?.[1] ?? 0);
  return { passed: ran - failed - skipped, failed };
}

function run(stage) {
  return new Promise((resolve) => {
    const started = Date.now();
    console.log(`\n▶ ${stage.name}`);
    const child = spawn(stage.command, stage.args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const tee = (stream) => (chunk) => {
      output += chunk;
      stream.write(chunk);
    };
    child.stdout.on('data', tee(process.stdout));
    child.stderr.on('data', tee(process.stderr));
    child.on('error', (error) => {
      console.error(`${stage.name}: could not start ${stage.command}: ${error.message}`);
      resolve({ passed: 0, failed: 1, seconds: 0 });
    });
    child.on('close', (code) => {
      const seconds = (Date.now() - started) / 1000;
      let counts = stage.count ? stage.count(output) : code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
      if (code !== 0 && counts.failed === 0) counts = { ...counts, failed: 1 };
      console.log(`◀ ${stage.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds.toFixed(1)} s)`);
      resolve({ ...counts, seconds });
    });
  });
}

await ensureDependencies();
let passed = 0;
let failed = 0;
for (const stage of stages) {
  const result = await run(stage);
  passed += result.passed;
  failed += result.failed;
  // Without a build there is nothing meaningful to test further.
  if (stage.name === 'build' && result.failed > 0) break;
}
console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
