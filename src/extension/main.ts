/**
 * Entry point. `activate` stays thin: it builds the one `Ctx` that owns everything and wires the
 * views and commands to it.
 */
import * as vscode from 'vscode';
import type { Track } from '../core/curriculum/model';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { CURRICULUM_VIEW_ID, CurriculumTreeProvider } from './curriculumTree';
import { LessonPanel } from './lessonPanel';

/** What the extension hands to other extensions (and to its own integration tests). */
export interface PythonMasteryApi {
  readonly tracks: readonly Track[];
  readonly curriculumTree: CurriculumTreeProvider;
  /** The lesson panel on show, if any. */
  readonly lessonPanel: LessonPanel | undefined;
}

export function activate(context: vscode.ExtensionContext): PythonMasteryApi {
  const ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  ctx.log.info(`Python Mastery ${String(context.extension.packageJSON.version)} activating in VS Code ${vscode.version}.`);

  const curriculumTree = ctx.pushExtCleanup(new CurriculumTreeProvider(() => ctx.tracks));
  ctx.pushExtCleanup(ctx.onDidChangeTracks(() => curriculumTree.refresh()));
  ctx.pushExtCleanup(vscode.window.createTreeView(CURRICULUM_VIEW_ID, { treeDataProvider: curriculumTree, showCollapseAll: true }));
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
  };
}

export function deactivate(): void {
  // Everything is owned by the Ctx in context.subscriptions, which VS Code disposes.
}
