/**
 * A milestone's self-test, for course authors and for our own curriculum tests: its checks must
 * fail on the starter files (so the learner has something to do) and pass on the reference
 * solution (so the learner can finish). A check that passes on its starter, or fails on a correct
 * solution, lies to the learner.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeMilestone, Lesson } from '../curriculum/model';
import type { Requirement } from '../python/probe';
import type { CheckRun, CheckRunner } from './runner';

export type SelfTestVerdict =
  | 'ok'
  | 'passes-on-starter'
  | 'fails-on-solution'
  | 'no-solution'
  | 'run-problem'
  /** No interpreter at hand can import what the milestone `requires`: it was not run. */
  | 'missing-requirements';

export interface SelfTestResult {
  milestone: CodeMilestone;
  verdict: SelfTestVerdict;
  /** One sentence that says what is wrong, or that all is well. */
  summary: string;
  /** Absent only when the milestone was not run (`missing-requirements`). */
  onStarter?: CheckRun;
  onSolution?: CheckRun;
  /** The interpreter command the checks ran with. */
  interpreter?: readonly string[];
  /** For `missing-requirements`: what the best interpreter at hand could not import. */
  missing?: Requirement[];
  /** Wall-clock time of the whole self-test, both runs and the copying. */
  durationMs: number;
}

export interface SelfTestOptions {
  runner: CheckRunner;
  interpreter: readonly string[];
  /** Folder holding the lesson's reference solution, laid out like the learner's workspace. */
  solutionDir?: string;
  /** Stops the runs (their process trees are killed); the scratch folder is still removed. */
  signal?: AbortSignal;
  /**
   * Runs only the solution, not the starter first: for another solution of a milestone whose
   * starter is already known to fail (a variant), where only the solution's verdict matters.
   */
  solutionOnly?: boolean;
}

/** Runs `milestone`'s checks on a copy of the starter, then on the starter with the solution over it. */
export async function selfTestMilestone(lesson: Lesson, milestone: CodeMilestone, options: SelfTestOptions): Promise<SelfTestResult> {
  const started = performance.now();
  const result = (fields: Omit<SelfTestResult, 'milestone' | 'durationMs' | 'interpreter'>): SelfTestResult => ({
    milestone, interpreter: options.interpreter, ...fields, durationMs: performance.now() - started,
  });
  const run = (workspace: string) => options.runner.run({
    interpreter: options.interpreter, checkFile: milestone.check, workspace,
    targets: milestone.files, anchor: milestone.anchor, timeoutSeconds: milestone.timeout, memoryMb: milestone.memory, signal: options.signal,
  });
  const scratch = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pymastery-selftest-'));
  try {
    const onStarter = options.solutionOnly ? undefined : await run(await workspaceFrom(scratch, 'starter', [lesson.starter]));
    if (onStarter?.problem) {
      return result({ verdict: 'run-problem', onStarter, summary: `On the starter the check could not run: ${onStarter.problem.message}` });
    }
    if (onStarter?.status === 'pass') {
      return result({ verdict: 'passes-on-starter', onStarter, summary: 'The checks pass on the untouched starter files: the learner has nothing to do.' });
    }
    if (!options.solutionDir || !fs.existsSync(options.solutionDir)) {
      return result({ verdict: 'no-solution', onStarter, summary: 'There is no reference solution to prove the checks can be passed.' });
    }
    const onSolution = await run(await workspaceFrom(scratch, 'solution', [lesson.starter, options.solutionDir]));
    if (onSolution.problem || onSolution.status !== 'pass') {
      const failing = onSolution.checks.find((c) => c.status === 'fail' || c.status === 'error');
      const why = onSolution.problem?.message ?? `"${failing?.name ?? 'a check'}": ${failing?.message ?? onSolution.status}`;
      return result({ verdict: 'fails-on-solution', onStarter, onSolution, summary: `The reference solution does not pass: ${why}` });
    }
    if (onSolution.checks.length === 0) {
      return result({ verdict: 'fails-on-solution', onStarter, onSolution, summary: 'No check ran on the reference solution.' });
    }
    return result({ verdict: 'ok', onStarter, onSolution, summary: `fails on the starter, passes on the solution (${onSolution.checks.length} checks)` });
  } finally {
    await fs.promises.rm(scratch, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * A fresh workspace made of `layers`, later ones over earlier ones. Each file is copied once,
 * from the last layer that has it, and synchronously: for a lesson's few small files that is
 * several times cheaper than copying layer by layer with `fs.promises.cp`, which counts when a
 * whole course is self-tested.
 */
async function workspaceFrom(scratch: string, name: string, layers: ReadonlyArray<string | undefined>): Promise<string> {
  const workspace = path.join(scratch, name);
  const files = new Map<string, string>();
  for (const layer of layers) if (layer) listInto(layer, '', files, layer !== layers[0]);
  const made = new Set<string>();
  const makeDir = (dir: string) => {
    if (made.has(dir)) return;
    fs.mkdirSync(dir, { recursive: true });
    made.add(dir);
  };
  makeDir(workspace);
  for (const [relative, source] of files) {
    const target = path.join(workspace, relative);
    makeDir(path.dirname(target));
    fs.copyFileSync(source, target);
  }
  return workspace;
}

/**
 * Adds every file below `dir` (links followed, `__pycache__` left out) to `files`, by relative
 * path. A solution's `.variants/` folder (other right and wrong solutions) is no part of it.
 */
function listInto(dir: string, prefix: string, files: Map<string, string>, isSolution: boolean): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '__pycache__' || (isSolution && !prefix && entry.name === '.variants')) continue;
    const source = path.join(dir, entry.name);
    const relative = prefix ? path.join(prefix, entry.name) : entry.name;
    const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && fs.statSync(source).isDirectory());
    if (isDirectory) listInto(source, relative, files, isSolution);
    else files.set(relative, source);
  }
}
