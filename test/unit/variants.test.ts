/**
 * Variant solutions: checks test behaviour, not spelling. Beside a lesson's reference solution,
 * `.variants/<milestone>/right-*` holds another correct solution, which must pass, and
 * `.variants/<milestone>/wrong-*` a plausible wrong one, which must fail:
 *
 *   test/solutions/<track>/<lesson>/.variants/<milestone>/right-<name>/<workspace files>
 *   test/solutions/<track>/<lesson>/.variants/<milestone>/wrong-<name>/<workspace files>
 *
 * A variant holds only what it changes: `changes.patch`, a unified diff against the reference
 * solution's files (`git diff` style, paths under `a/` and `b/`), and any file of its own that the
 * reference solution lacks. The reference solution with the patch applied (and those files over
 * it) is laid over the starter and run through the same self-test as the reference solution. A milestone that
 * `requires` modules runs with the first interpreter that can import them all, and is skipped
 * when none can.
 */
import * as assert from 'node:assert/strict';
import { applyPatch, parsePatch } from 'diff';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { InterpreterChooser, candidateInterpretersFromEnv, defaultJobs } from '../../src/core/checks/courseSelfTest';
import { CheckRunner } from '../../src/core/checks/runner';
import { selfTestMilestone, type SelfTestResult } from '../../src/core/checks/selfTest';
import { loadCurriculum } from '../../src/core/curriculum/loader';
import { lessonsOf, type CodeMilestone, type Lesson } from '../../src/core/curriculum/model';

const PROJECT = path.resolve(__dirname, '..', '..');
const CURRICULUM = path.join(PROJECT, 'curriculum');
const SOLUTIONS = path.join(PROJECT, 'test', 'solutions');

const load = loadCurriculum(CURRICULUM, { origin: 'builtin' });
const runner = new CheckRunner({ harnessPath: path.join(PROJECT, 'harness', 'run_checks.py') });
// The same choice as curriculum QA: the first candidate that can import what a milestone requires.
const chooser = new InterpreterChooser(candidateInterpretersFromEnv());

function directories(folder: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs.readdirSync(folder, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

const PATCH_FILE = 'changes.patch';

/** Applies a variant's `changes.patch` to the files of `folder`; throws, naming the file, when a hunk does not fit. */
function applyVariantPatch(patchFile: string, folder: string): void {
  for (const filePatch of parsePatch(fs.readFileSync(patchFile, 'utf8'))) {
    const relative = (filePatch.newFileName ?? '').replace(/^b\//, '');
    const target = path.join(folder, relative);
    if (!relative || !fs.existsSync(target)) throw new Error(`${patchFile}: the reference solution has no ${relative || 'file of that name'}`);
    const patched = applyPatch(fs.readFileSync(target, 'utf8'), filePatch);
    if (patched === false) throw new Error(`${patchFile}: the change to ${relative} no longer fits the reference solution; make the variant again`);
    fs.writeFileSync(target, patched);
  }
}

/** A solution folder made of the reference solution (without its variants) with `variant` applied. */
function layered(reference: string, variant: string): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'pymastery-variant-'));
  fs.cpSync(reference, folder, { recursive: true, filter: (source) => path.basename(source) !== '.variants' && path.basename(source) !== '__pycache__' });
  const patchFile = path.join(variant, PATCH_FILE);
  if (fs.existsSync(patchFile)) applyVariantPatch(patchFile, folder);
  fs.cpSync(variant, folder, { recursive: true, filter: (source) => path.basename(source) !== '__pycache__' && source !== patchFile });
  return folder;
}

type Outcome = { skipped: string } | { broken: string } | { result: SelfTestResult };

/** One variant's run: only the solution (the starter is curriculum QA's business). */
async function runVariant(lesson: Lesson, milestone: CodeMilestone, reference: string, variantDir: string): Promise<Outcome> {
  const choice = await chooser.choose(milestone.requires);
  if (!choice.ok) return { skipped: choice.reason };
  let solutionDir: string;
  try {
    solutionDir = layered(reference, variantDir);
  } catch (error) {
    return { broken: (error as Error).message };
  }
  try {
    return { result: await selfTestMilestone(lesson, milestone, { runner, interpreter: choice.interpreter.command, solutionDir, solutionOnly: true }) };
  } finally {
    fs.rmSync(solutionDir, { recursive: true, force: true });
  }
}

/** Mocha's --grep (and --invert) from the command line, so that only the selected variants run. */
function selectedByGrep(): (fullTitle: string) => boolean {
  const argv = process.argv;
  let pattern: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--grep' || arg === '-g') pattern = argv[i + 1];
    else if (arg.startsWith('--grep=')) pattern = arg.slice('--grep='.length);
  }
  if (pattern === undefined) return () => true;
  const regex = new RegExp(pattern);
  const invert = argv.includes('--invert') || argv.includes('-i');
  return (title) => regex.test(title) !== invert;
}

interface Job {
  /** The test's full title, as mocha's --grep sees it. */
  title: string;
  start: () => Promise<Outcome>;
  outcome?: Promise<Outcome>;
}

describe('variant solutions', function () {
  this.timeout(120_000);
  let found = 0;
  const jobs: Job[] = [];

  before(function () {
    // Every variant runs in a pool as wide as the machine; each test awaits its own.
    const selected = selectedByGrep();
    const waiting = jobs.filter((job) => selected(job.title));
    let running = 0;
    const next = () => {
      while (running < defaultJobs() && waiting.length > 0) {
        const job = waiting.shift()!;
        running++;
        const done = job.start();
        job.outcome = done;
        void done.finally(() => {
          running--;
          next();
        });
      }
    };
    // The outcome promise of a job not started yet resolves once the pool reaches it.
    for (const job of jobs) {
      let resolve!: (o: Outcome) => void;
      const later = new Promise<Outcome>((r) => { resolve = r; });
      const start = job.start;
      job.start = () => {
        const run = start().catch((error: Error) => ({ skipped: `the run threw: ${error.message}` }) as Outcome);
        void run.then(resolve);
        return run;
      };
      job.outcome = later;
    }
    next();
  });

  for (const track of load.tracks) {
    for (const lesson of lessonsOf(track)) {
      const reference = path.join(SOLUTIONS, track.id, lesson.id);
      const variantsRoot = path.join(reference, '.variants');
      for (const milestoneId of directories(variantsRoot)) {
        const milestone = lesson.milestones.find((m) => m.id === milestoneId);
        describe(`${track.id}/${lesson.id}/${milestoneId}`, () => {
          it('names a code milestone of the lesson', () => {
            assert.ok(milestone && milestone.kind === 'code', `.variants/${milestoneId} matches no code milestone of ${lesson.id}`);
          });
          if (!milestone || milestone.kind !== 'code') return;
          const code = milestone as CodeMilestone;
          for (const variant of directories(path.join(variantsRoot, milestoneId))) {
            const right = variant.startsWith('right-');
            if (!right && !variant.startsWith('wrong-')) {
              it(`${variant} is named right-* or wrong-*`, () => assert.fail(`variant folders are named right-* or wrong-*, not ${variant}`));
              continue;
            }
            found++;
            const job: Job = { title: `variant solutions ${track.id}/${lesson.id}/${milestoneId} ${variant} ${right ? 'passes' : 'fails'}`, start: () => runVariant(lesson, code, reference, path.join(variantsRoot, milestoneId, variant)) };
            jobs.push(job);
            it(`${variant} ${right ? 'passes' : 'fails'}`, async function () {
              // The milestone's own time limit, plus room for the pool to reach this variant.
              this.timeout(Math.max(120_000, (code.timeout + 120) * 1000));
              const outcome = await job.outcome!;
              if ('skipped' in outcome) {
                // In CI every required package is installed, so nothing may be skipped there.
                if (process.env.CI) assert.fail(outcome.skipped);
                this.skip();
              }
              if ('broken' in outcome) assert.fail(outcome.broken);
              const { result } = outcome as { result: SelfTestResult };
              if (right) {
                assert.equal(result.verdict, 'ok', result.summary);
              } else {
                assert.equal(result.verdict, 'fails-on-solution', `a wrong variant must fail its checks: ${result.summary}`);
                assert.equal(result.onSolution?.status, 'fail', 'it fails the checks rather than breaking them');
              }
            });
          }
        });
      }
    }
  }

  it('finds variants to run', () => {
    assert.ok(found > 0, 'no .variants folders under test/solutions');
  });
});
