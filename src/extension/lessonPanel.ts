/**
 * The lesson panel's place in the start-up bundle: it registers the serializer that brings the
 * panel back after a window reload, and loads the panel itself (lessonPanelHost.ts, bundled as
 * dist/lessonPanel.js) only when a lesson is opened or a panel is restored.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Lesson } from '../core/curriculum/model';
import type { Ctx } from './ctx';

type PanelModule = typeof import('./lessonPanelHost');

/** The lesson panel; see lessonPanelHost.ts. */
export type LessonPanel = import('./lessonPanelHost').LessonPanel;

export const LESSON_PANEL_VIEW_TYPE = 'pythonMastery.lesson';

let loaded: PanelModule | undefined;

function panelModule(): PanelModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  loaded ??= require(path.join(__dirname, 'lessonPanel.js')) as PanelModule;
  return loaded;
}

export const LessonPanel = {
  /** The open lesson panel, if there is one. */
  get open(): LessonPanel | undefined {
    return loaded?.LessonPanel.open;
  },

  /** Registers the serializer that brings the panel back after a window reload. */
  register(ctx: Ctx): void {
    ctx.pushExtCleanup(
      vscode.window.registerWebviewPanelSerializer(LESSON_PANEL_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
          await panelModule().LessonPanel.revive(ctx, panel, state);
        },
      }),
    );
    ctx.pushExtCleanup({ dispose: () => loaded?.LessonPanel.open?.dispose() });
  },

  /** Shows `lesson`, in the open panel if there is one. */
  createOrShow(ctx: Ctx, lesson: Lesson): Promise<LessonPanel> {
    return panelModule().LessonPanel.createOrShow(ctx, lesson);
  },
};
