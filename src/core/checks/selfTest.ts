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
import type { CheckRun, CheckRunner } from './runner';

export type SelfTestVerdict = 'ok' | 'passes-on-starter' | 'fails-on-solution' | 'no-solution' | 'run-problem';

export interface SelfTestResult {
  milestone: CodeMilestone;
  verdict: SelfTestVerdict;
  /** One sentence that says what is wrong, or that all is well. */
  summary: string;
  onStarter: CheckRun;
  onSolution?: CheckRun;
}

export interface SelfTestOptions {
  runner: CheckRunner;
  interpreter: readonly string[];
  /** Folder holding the lesson's reference solution, laid out like the learner's workspace. */
  solutionDir?: string;
}

/** Runs `milestone`'s checks on a copy of the starter, then on the starter with the solution over it. */
export async function selfTestMilestone(lesson: Lesson, milestone: CodeMilestone, options: SelfTestOptions): Promise<SelfTestResult> {
  const run = (workspace: string) => options.runner.run({
    interpreter: options.interpreter, checkFile: milestone.check, workspace,
    targets: milestone.files, anchor: milestone.anchor, timeoutSeconds: milestone.timeout,
  });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pymastery-selftest-'));
  try {
    const onStarter = await run(workspaceFrom(scratch, 'starter', [lesson.starter]));
    if (onStarter.problem) {
      return { milestone, verdict: 'run-problem', onStarter, summary: `On the starter the check could not run: ${onStarter.problem.message}` };
    }
    if (onStarter.status === 'pass') {
      return { milestone, verdict: 'passes-on-starter', onStarter, summary: 'The checks pass on the untouched starter files: the learner has nothing to do.' };
    }
    if (!options.solutionDir || !fs.existsSync(options.solutionDir)) {
      return { milestone, verdict: 'no-solution', onStarter, summary: 'There is no reference solution to prove the checks can be passed.' };
    }
    const onSolution = await run(workspaceFrom(scratch, 'solution', [lesson.starter, options.solutionDir]));
    if (onSolution.problem || onSolution.status !== 'pass') {
      const failing = onSolution.checks.find((c) => c.status === 'fail' || c.status === 'error');
      const why = onSolution.problem?.message ?? `"${failing?.name ?? 'a check'}": ${failing?.message ?? onSolution.status}`;
      return { milestone, verdict: 'fails-on-solution', onStarter, onSolution, summary: `The reference solution does not pass: ${why}` };
    }
    if (onSolution.checks.length === 0) {
      return { milestone, verdict: 'fails-on-solution', onStarter, onSolution, summary: 'No check ran on the reference solution.' };
    }
    return { milestone, verdict: 'ok', onStarter, onSolution, summary: `fails on the starter, passes on the solution (${onSolution.checks.length} checks)` };
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/** A fresh workspace made of `layers` copied in order, later ones over earlier ones. */
function workspaceFrom(scratch: string, name: string, layers: ReadonlyArray<string | undefined>): string {
  const workspace = path.join(scratch, name);
  fs.mkdirSync(workspace, { recursive: true });
  for (const layer of layers) {
    if (layer) fs.cpSync(layer, workspace, { recursive: true, filter: (source) => path.basename(source) !== '__pycache__' });
  }
  return workspace;
}
