/**
 * Entry point. `activate` stays thin: it builds the one `Ctx` that owns everything and wires the
 * views and commands to it.
 */
import * as vscode from 'vscode';
import type { Track } from '../core/curriculum/model';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { MilestoneCodeLenses } from './codeLens';
import { CURRICULUM_VIEW_ID, CurriculumTreeProvider } from './curriculumTree';
import { MilestoneDiagnostics } from './diagnostics';
import { LessonPanel } from './lessonPanel';
import type { MilestoneRunResult } from './milestoneRuns';
import { InterpreterStatus } from './statusBar';
import { MilestoneTests } from './testing';

/** What the extension hands to other extensions (and to its own integration tests). */
export interface PythonMasteryApi {
  readonly tracks: readonly Track[];
  readonly curriculumTree: CurriculumTreeProvider;
  /** The lesson panel on show, if any. */
  readonly lessonPanel: LessonPanel | undefined;
  /** Fires after every milestone run, however it ended. */
  readonly onDidRunMilestone: vscode.Event<MilestoneRunResult>;
  /** The interpreter status bar item's text. */
  readonly interpreterStatusText: string;
}

export function activate(context: vscode.ExtensionContext): PythonMasteryApi {
  const ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  ctx.log.info(`Python Mastery ${String(context.extension.packageJSON.version)} activating in VS Code ${vscode.version}.`);

  const curriculumTree = ctx.pushExtCleanup(new CurriculumTreeProvider(() => ctx.tracks));
  ctx.pushExtCleanup(ctx.onDidChangeTracks(() => curriculumTree.refresh()));
  ctx.pushExtCleanup(vscode.window.createTreeView(CURRICULUM_VIEW_ID, { treeDataProvider: curriculumTree, showCollapseAll: true }));
  const tests = ctx.pushExtCleanup(new MilestoneTests(ctx.runs, ctx.config, () => ctx.tracks, ctx.log));
  const diagnostics = ctx.pushExtCleanup(new MilestoneDiagnostics(ctx.runs));
  const lenses = ctx.pushExtCleanup(new MilestoneCodeLenses(ctx.runs, () => ctx.index));
  const status = ctx.pushExtCleanup(new InterpreterStatus(ctx.interpreters));
  ctx.surfaces = { tests, diagnostics, status };
  ctx.pushExtCleanup(ctx.onDidChangeTracks(() => {
    tests.rebuild();
    lenses.refresh();
  }));
  LessonPanel.register(ctx);
  registerCommands(ctx);
  ctx.loadCurriculum();

  return {
    get tracks() {
      return ctx.tracks;
    },
    curriculumTree,
    get lessonPanel() {
      return LessonPanel.open;
    },
    onDidRunMilestone: ctx.runs.onDidRun,
    get interpreterStatusText() {
      return status.text;
    },
  };
}

export function deactivate(): void {
  // Everything is owned by the Ctx in context.subscriptions, which VS Code disposes.
}
