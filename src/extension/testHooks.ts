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
import { DashboardPanel } from './dashboardPanel';
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
  /** Runs the first-run welcome as if this were the first run. */
  welcome(): Promise<WelcomeOutcome>;
}

export function registerTestHooks(ctx: Ctx, activateMs: () => number): void {
  if (!process.env[TEST_HOOKS_ENV]) return;
  const hooks: TestHooks = {
    curriculumTree: ctx.learner.tree.provider,
    treeView: ctx.learner.tree.view as vscode.TreeView<unknown>,
    lessonPanel: () => LessonPanel.open,
    dashboard: () => DashboardPanel.open,
    lessonStatusText: () => ctx.learner.lessonStatus.text,
    currentLessonKey: () => ctx.learner.current.place()?.lesson.key,
    progressOf: (key) => ctx.progress?.get(key),
    get activateMs() {
      return activateMs();
    },
    welcome: () => welcomeOnFirstRun(ctx.extensionContext, { force: true }),
  };
  ctx.pushExtCleanup(vscode.commands.registerCommand(TEST_HOOKS_COMMAND, () => hooks));
}
