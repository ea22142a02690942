/**
 * What the integration tests look at that is not for anyone else: the tree's items, the panels'
 * pages, the first-run welcome. Reached through one command that exists only when the test rigs
 * set PYTHON_MASTERY_TEST_HOOKS, so the public API (`PythonMasteryApi`) stays a small contract
 * and a learner's VS Code never has the hooks.
 */
import * as vscode from 'vscode';
import type { MilestoneProgress } from '../core/progress';
import type { Ctx } from './ctx';
import type { CurriculumTreeProvider } from './curriculumTree';
import type { DashboardPanel } from './dashboardPanel';
import { LessonPanel } from './lessonPanel';
import { welcomeOnFirstRun, type WelcomeOutcome } from './welcome';

export const TEST_HOOKS_ENV = 'PYTHON_MASTERY_TEST_HOOKS';
export const TEST_HOOKS_COMMAND = 'pythonMastery.testHooks';

export interface TestHooks {
  readonly curriculumTree: CurriculumTreeProvider;
  readonly treeView: vscode.TreeView<unknown>;
  lessonPanel(): LessonPanel | undefined;
  dashboard(): DashboardPanel | undefined;
  lessonStatusText(): string;
  currentLessonKey(): string | undefined;
  /** The milestone's record in the progress store, once it is open. */
  progressOf(key: string): MilestoneProgress | undefined;
  /** Milliseconds `activate` took, from its first line to its return. */
  readonly activateMs: number;
  /** The same, by phase, in order. */
  readonly activatePhases: Array<[string, number]>;
  /** Runs the first-run welcome as if this were the first run. */
  welcome(): Promise<WelcomeOutcome>;
  /** What Start Milestone does in a window with no folder once the learner picked one… */
  rememberPendingStart(key: string, folder: vscode.Uri): Promise<void>;
  /** …and what the window of that folder does when it starts. */
  resumePendingStart(): Promise<void>;
}

/** How long each part of `activate` took: a few clock readings, kept for the start-up bench. */
export class ActivationTiming {
  private readonly started = performance.now();
  private last = this.started;
  readonly phases: Array<[string, number]> = [];

  mark(phase: string): void {
    const now = performance.now();
    this.phases.push([phase, now - this.last]);
    this.last = now;
  }

  get totalMs(): number {
    return this.last - this.started;
  }
}

export function registerTestHooks(ctx: Ctx, timing: ActivationTiming): void {
  if (!process.env[TEST_HOOKS_ENV]) return;
  const hooks: TestHooks = {
    curriculumTree: ctx.learner.tree.provider,
    treeView: ctx.learner.tree.view as vscode.TreeView<unknown>,
    lessonPanel: () => LessonPanel.open,
    dashboard: () => ctx.learner.loadedTools?.DashboardPanel.open,
    lessonStatusText: () => ctx.learner.lessonStatus.text,
    currentLessonKey: () => ctx.learner.current.place()?.lesson.key,
    progressOf: (key) => ctx.progress?.get(key),
    activateMs: timing.totalMs,
    activatePhases: timing.phases,
    welcome: () => welcomeOnFirstRun(ctx.extensionContext, { force: true }),
    rememberPendingStart: (key, folder) => ctx.learner.rememberPendingStart(key, folder),
    resumePendingStart: () => ctx.learner.resumePendingStart(),
  };
  ctx.pushExtCleanup(vscode.commands.registerCommand(TEST_HOOKS_COMMAND, () => hooks));
}
