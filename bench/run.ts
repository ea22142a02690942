/**
 * `npm run bench`: speed figures as ratios measured in one run, since this machine is noisy.
 *
 *   (a) a typical check through the runner, against a bare `python -c pass` plus the check's own
 *       work (as the harness times it): target at most 1.5×.
 *   (b) the same check as pytest tests under `python -m pytest -q`, on the same interpreter:
 *       target at least 5× slower than ours.
 *   (c) loading the compiled curriculum: target at most 10 ms; also shown for synthetic curricula
 *       of 150 lessons (about the five sources complete) and 500 lessons (a stress case).
 *   (d) parsing and validating every YAML file of the curriculum.
 *   (e) loading the extension's bundle, as activation does (each in a fresh Node process, with a
 *       stand-in for the 'vscode' module), against loading the YAML loader's bundle that only
 *       workspaces with tracks of their own need.
 *   (f) self-testing a course of 600 code milestones in parallel (bench/courseSelfTest.ts).
 *   (g) tracing a snippet of about 1000 steps through traceCode (the harness's trace mode, then
 *       reading and checking the trace), against a bare `python -c pass`: target at most 3×.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CheckRunner } from '../src/core/checks/runner';
import { traceCode } from '../src/core/trace/tracer';
import { benchCourseSelfTest } from './courseSelfTest';
import { declaredApiNames, requireTimeMs as requireBundleMs } from './requireTime';
import { compileCurriculum, readCompiledCurriculum } from '../src/core/curriculum/compiled';
import { loadCurriculum } from '../src/core/curriculum/loader';
import { lessonsOf, milestonesOf } from '../src/core/curriculum/model';

const PROJECT = path.resolve(__dirname, '..');
const FIXTURE = path.join(__dirname, 'fixture');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 21);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function timeSync(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

async function timeAsync(fn: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

function pickPython(): string {
  const requested = process.env.PYMASTERY_BENCH_PYTHON;
  if (requested) return requested;
  const hasPytest = (python: string) => spawnSync(python, ['-c', 'import pytest'], { stdio: 'ignore' }).status === 0;
  for (const candidate of ['/usr/bin/python3', 'python3']) if (hasPytest(candidate)) return candidate;
  return 'python3';
}

interface Row {
  name: string;
  figure: string;
  target: string;
  met: boolean | undefined;
}

async function benchChecks(python: string, rows: Row[]): Promise<void> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pymastery-bench-'));
  const runner = new CheckRunner({ harnessPath: path.join(PROJECT, 'harness', 'run_checks.py') });
  const workspace = path.join(FIXTURE, 'workspace');
  const request = { interpreter: [python], checkFile: path.join(FIXTURE, 'checks', 'check_stack.py'), workspace, targets: ['stack.py'], anchor: 'Stack', timeoutSeconds: 10 };
  const pytestDir = path.join(scratch, 'pytest');
  fs.mkdirSync(pytestDir);
  fs.copyFileSync(path.join(workspace, 'stack.py'), path.join(pytestDir, 'stack.py'));
  fs.copyFileSync(path.join(FIXTURE, 'checks', 'test_stack_pytest.py'), path.join(pytestDir, 'test_stack.py'));
  const pytestEnv = { ...process.env, PYTHONDONTWRITEBYTECODE: '1', PYTEST_ADDOPTS: '-p no:cacheprovider' };
  const hasPytest = spawnSync(python, ['-c', 'import pytest'], { stdio: 'ignore' }).status === 0;

  // Warm the file cache and the harness's bytecode once; then interleave the three so that
  // noise on this machine falls on all of them alike.
  await runner.run(request);
  const bare: number[] = [];
  const ours: number[] = [];
  const work: number[] = [];
  const pytest: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(timeSync(() => spawnSync(python, ['-c', 'pass'])));
    let checkWork = 0;
    ours.push(await timeAsync(async () => {
      const run = await runner.run(request);
      if (run.status !== 'pass') throw new Error(`the benchmark check did not pass: ${JSON.stringify(run)}`);
      checkWork = run.checks.reduce((sum, c) => sum + (c.duration_ms ?? 0), 0);
    }));
    work.push(checkWork);
    if (hasPytest) {
      pytest.push(timeSync(() => {
        const run = spawnSync(python, ['-m', 'pytest', '-q', pytestDir], { cwd: pytestDir, env: pytestEnv, encoding: 'utf8' });
        if (run.status !== 0) throw new Error(`pytest failed: ${run.stdout}${run.stderr}`);
      }));
    }
  }
  const bareMs = median(bare);
  const oursMs = median(ours);
  const workMs = median(work);
  const ratioA = oursMs / (bareMs + workMs);
  rows.push({
    name: '(a) check through the runner ÷ (bare python start + check work)',
    figure: `${ratioA.toFixed(2)}×  (${oursMs.toFixed(1)} ms vs ${bareMs.toFixed(1)} + ${workMs.toFixed(1)} ms)`,
    target: '≤ 1.5×',
    met: ratioA <= 1.5,
  });
  if (hasPytest) {
    const pytestMs = median(pytest);
    const ratioB = pytestMs / oursMs;
    rows.push({
      name: '(b) same check under python -m pytest -q ÷ ours',
      figure: `${ratioB.toFixed(1)}×  (${pytestMs.toFixed(1)} ms vs ${oursMs.toFixed(1)} ms)`,
      target: '≥ 5×',
      met: ratioB >= 5,
    });
  } else {
    rows.push({ name: '(b) same check under pytest', figure: `no pytest for ${python}`, target: '≥ 5×', met: undefined });
  }
  rows.push({ name: '    interpreter', figure: python, target: '', met: undefined });
  fs.rmSync(scratch, { recursive: true, force: true });
}

/** A snippet that runs 992 steps: small loops, calls and a growing list, as lessons show. */
const TRACED_SNIPPET = `def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True

primes = []
for n in range(2, 75):
    if is_prime(n):
        primes.append(n)
print(primes)
`;

async function benchTrace(python: string, rows: Row[]): Promise<void> {
  const trace = async () => {
    const outcome = await traceCode({ kind: 'snippet', code: TRACED_SNIPPET }, { interpreter: [python] });
    if (outcome.kind !== 'trace' || outcome.trace.stopped) throw new Error(`the benchmark snippet was not traced: ${JSON.stringify(outcome).slice(0, 500)}`);
    return outcome.trace.steps.length;
  };
  // Once to warm the file cache and the harness's bytecode; then interleaved with bare starts.
  const steps = await trace();
  const bare: number[] = [];
  const traced: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    bare.push(timeSync(() => spawnSync(python, ['-c', 'pass'])));
    traced.push(await timeAsync(async () => {
      await trace();
    }));
  }
  const bareMs = median(bare);
  const tracedMs = median(traced);
  const ratio = tracedMs / bareMs;
  rows.push({
    name: `(g) trace a ${steps}-step snippet (run + read) ÷ bare python start`,
    figure: `${ratio.toFixed(2)}×  (${tracedMs.toFixed(1)} ms vs ${bareMs.toFixed(1)} ms)`,
    target: '≤ 3×',
    met: ratio <= 3,
  });
}

/** A curriculum of `lessonCount` lessons made by copying the built-in lessons under new ids. */
function syntheticCurriculum(lessonCount: number): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pymastery-bench-curriculum-'));
  const builtin = loadCurriculum(path.join(PROJECT, 'curriculum'), { origin: 'builtin' });
  const lessons = builtin.tracks.flatMap((t) => lessonsOf(t).map((l) => l.dir));
  if (lessons.length === 0) throw new Error('the built-in curriculum has no lessons to copy');
  const perTrack = 50;
  for (let t = 0; t * perTrack < lessonCount; t++) {
    const trackId = `synthetic-${t}`;
    const ids: string[] = [];
    for (let i = 0; i < perTrack && t * perTrack + i < lessonCount; i++) {
      const source = lessons[(t * perTrack + i) % lessons.length]!;
      const id = `lesson-${i}`;
      ids.push(id);
      fs.cpSync(source, path.join(root, trackId, id), { recursive: true });
      const lessonFile = path.join(root, trackId, id, 'lesson.yaml');
      fs.writeFileSync(lessonFile, fs.readFileSync(lessonFile, 'utf8').replace(/^id: .*$/m, `id: ${id}`));
    }
    fs.writeFileSync(path.join(root, trackId, 'track.yaml'),
      `id: ${trackId}\ntitle: Synthetic ${t}\nmodules:\n  - id: all\n    title: All\n    lessons: [${ids.join(', ')}]\n`);
  }
  return root;
}

function benchCurriculum(rows: Row[]): void {
  // The five source curricula as complete tracks come to roughly 150 lessons; 500 is a stress case.
  const synthetic = [150, 500].map((lessons) => [`${lessons} lessons`, syntheticCurriculum(lessons)] as const);
  for (const [label, root] of [['built-in', path.join(PROJECT, 'curriculum')] as const, ...synthetic]) {
    const load = loadCurriculum(root, { origin: 'builtin' });
    if (load.diagnostics.some((d) => d.severity === 'error')) throw new Error(`${label} curriculum has errors`);
    const lessons = load.tracks.flatMap(lessonsOf).length;
    const milestones = load.tracks.flatMap(milestonesOf).length;
    const extension = fs.mkdtempSync(path.join(os.tmpdir(), 'pymastery-bench-ext-'));
    fs.mkdirSync(path.join(extension, 'dist'));
    const json = compileCurriculum(root, load.tracks);
    fs.writeFileSync(path.join(extension, 'dist', 'curriculum.json'), json);
    const readMs = median(Array.from({ length: ROUNDS }, () => timeSync(() => readCompiledCurriculum(extension))));
    const parseMs = median(Array.from({ length: Math.min(ROUNDS, 7) }, () => timeSync(() => loadCurriculum(root, { origin: 'builtin' }))));
    const stressCase = lessons > 200;
    rows.push({
      name: `(c) load compiled curriculum, ${label}`,
      figure: `${readMs.toFixed(2)} ms  (${lessons} lessons, ${milestones} milestones, ${(json.length / 1024).toFixed(0)} KiB)`,
      target: stressCase ? '(stress)' : '≤ 10 ms',
      met: stressCase ? undefined : readMs <= 10,
    });
    rows.push({
      name: `(d) parse + validate all YAML, ${label}`,
      figure: `${parseMs.toFixed(1)} ms  (${(parseMs / readMs).toFixed(0)}× the compiled load)`,
      target: '',
      met: undefined,
    });
    fs.rmSync(extension, { recursive: true, force: true });
  }
  for (const [, root] of synthetic) fs.rmSync(root, { recursive: true, force: true });
}

function benchBundles(rows: Row[]): void {
  const dist = path.join(PROJECT, 'dist');
  const apiNames = declaredApiNames(path.join(PROJECT, 'node_modules', '@types', 'vscode', 'index.d.ts'), (file) => fs.readFileSync(file, 'utf8'));
  const requireTimeMs = (bundle: string) => requireBundleMs(bundle, apiNames);
  const extensionMs = median(Array.from({ length: Math.min(ROUNDS, 11) }, () => requireTimeMs(path.join(dist, 'extension.js'))));
  const loaderMs = median(Array.from({ length: Math.min(ROUNDS, 11) }, () => requireTimeMs(path.join(dist, 'curriculumLoader.js'))));
  const size = (file: string) => `${(fs.statSync(path.join(dist, file)).size / 1024).toFixed(0)} KiB`;
  rows.push({ name: '(e) load the extension bundle at activation', figure: `${extensionMs.toFixed(1)} ms  (${size('extension.js')})`, target: '', met: undefined });
  rows.push({ name: '    load the YAML loader bundle, when needed', figure: `${loaderMs.toFixed(1)} ms  (${size('curriculumLoader.js')}, ${(loaderMs / extensionMs).toFixed(1)}× the extension)`, target: '', met: undefined });
}

async function main(): Promise<void> {
  const python = pickPython();
  const rows: Row[] = [];
  console.log(`bench: ${ROUNDS} rounds, medians, ${os.cpus().length} cores`);
  await benchChecks(python, rows);
  await benchTrace(python, rows);
  benchCurriculum(rows);
  benchBundles(rows);
  rows.push(...await benchCourseSelfTest());
  const width = Math.max(...rows.map((r) => r.name.length));
  const figureWidth = Math.max(...rows.map((r) => r.figure.length));
  console.log('');
  for (const row of rows) {
    const verdict = row.met === undefined ? '' : row.met ? 'met' : 'MISSED';
    console.log(`${row.name.padEnd(width)}  ${row.figure.padEnd(figureWidth)}  ${row.target.padEnd(8)} ${verdict}`);
  }
  const missed = rows.filter((r) => r.met === false).length;
  console.log(`\n${missed === 0 ? 'every target met' : `${missed} target(s) missed`}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
