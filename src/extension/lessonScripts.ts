/**
 * Runs what a lesson asks to run outside a check: its runnable examples and the snippets of its
 * predict milestones. Both run as plain scripts with the learner's interpreter, through the core
 * script runner (time limit, output cap, the whole process tree, no shell), and only in a trusted
 * workspace, like checks. The latest comparison of each prediction is kept here for the session,
 * so that the panel can be closed and opened again without losing it; the panel keeps none.
 */
import * as vscode from 'vscode';
import { comparePrediction } from '../core/checks/prediction';
import { runScript, type ScriptRun } from '../core/checks/scriptRunner';
import type { MilestoneKey, PredictMilestone } from '../core/curriculum/model';
import type { ExampleResultView, PredictResultView } from '../protocol/lesson';
import type { Config } from './config';
import { describeInterpreter, type PythonInterpreters } from './python';

/** Seconds an example or a snippet may run, before the learner's multiplier. */
export const SCRIPT_TIMEOUT_SECONDS = 10;

export interface ScriptOutcome {
  run?: ScriptRun;
  /** Why it did not run at all. */
  blocked?: string;
}

export class LessonScripts implements vscode.Disposable {
  private readonly predictResults = new Map<MilestoneKey, PredictResultView>();
  private readonly predicting = new Set<MilestoneKey>();
  private readonly controllers = new Set<AbortController>();

  constructor(
    private readonly interpreters: PythonInterpreters,
    private readonly config: Config,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Why nothing can run in this window, or undefined when it can. */
  blockedReason(): string | undefined {
    return vscode.workspace.isTrusted
      ? undefined
      : vscode.l10n.t('Examples and snippets run Python, so they run only in a trusted workspace ("Workspaces: Manage Workspace Trust").');
  }

  /** Runs `source` with the learner's interpreter. */
  async run(source: string, what: string): Promise<ScriptOutcome> {
    const blocked = this.blockedReason();
    if (blocked) return { blocked };
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const state = await this.interpreters.current(folder);
    if (!state.ok) return { blocked: state.problem.message };
    const controller = new AbortController();
    this.controllers.add(controller);
    try {
      const run = await runScript({
        interpreter: state.interpreter.command,
        source,
        timeoutSeconds: SCRIPT_TIMEOUT_SECONDS * this.config.settings(folder).timeoutMultiplier,
        signal: controller.signal,
      });
      this.log.info(`${what}: ${run.status}${run.exitCode === null ? '' : ` (exit code ${run.exitCode})`} in ${run.durationMs.toFixed(0)} ms with Python ${describeInterpreter(state.interpreter)}`);
      if (run.problem?.detail) this.log.debug(`${what}: ${run.problem.detail}`);
      return { run };
    } finally {
      this.controllers.delete(controller);
    }
  }

  async runExample(index: number, source: string, lessonKey: string): Promise<ExampleResultView> {
    const { run, blocked } = await this.run(source, `${lessonKey} example ${index + 1}`);
    if (!run) return { index, status: 'blocked', exitCode: null, output: [], problem: blocked, durationMs: 0 };
    return {
      index,
      status: run.status,
      exitCode: run.exitCode,
      output: run.output,
      durationMs: run.durationMs,
      ...(run.problem ? { problem: run.problem.message } : {}),
    };
  }

  isPredicting(key: MilestoneKey): boolean {
    return this.predicting.has(key);
  }

  /** The latest comparison for a predict milestone, this session. */
  predictResult(key: MilestoneKey): PredictResultView | undefined {
    return this.predictResults.get(key);
  }

  /**
   * Runs the milestone's snippet and compares what it printed with `prediction`. Returns the
   * comparison, and whether the snippet ran at all (only then is the answer graded).
   */
  async predict(milestone: PredictMilestone, prediction: string): Promise<{ result: PredictResultView; graded: boolean }> {
    this.predicting.add(milestone.key);
    try {
      const { run, blocked } = await this.run(milestone.snippet, milestone.key);
      let result: PredictResultView;
      let graded = false;
      if (!run) {
        result = { matches: false, lines: [], problem: blocked ?? vscode.l10n.t('The snippet did not run.') };
      } else if (run.status !== 'exited') {
        result = { matches: false, lines: [], problem: run.problem?.message ?? vscode.l10n.t('The snippet did not finish.') };
      } else {
        const compared = comparePrediction(prediction, run.stdout, milestone.compare ?? 'exact');
        result = { matches: compared.matches, lines: compared.lines, ...(run.stderr.trim() ? { stderr: run.stderr } : {}) };
        graded = true;
      }
      this.predictResults.set(milestone.key, result);
      return { result, graded };
    } finally {
      this.predicting.delete(milestone.key);
    }
  }

  dispose(): void {
    for (const controller of this.controllers) controller.abort();
    this.controllers.clear();
  }
}
