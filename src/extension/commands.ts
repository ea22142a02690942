/**
 * The commands, one factory per command: `(ctx) => handler`. The `pythonMastery.` prefix is
 * applied here only.
 */
import * as vscode from 'vscode';
import { lessonsOf, type Lesson } from '../core/curriculum/model';
import type { Ctx } from './ctx';
import type { CurriculumNode } from './curriculumTree';
import { LessonPanel } from './lessonPanel';

export const COMMAND_PREFIX = 'pythonMastery.';

type Handler = (...args: unknown[]) => unknown;
type CommandFactory = (ctx: Ctx) => Handler;

/** Opens a lesson by key (`track/lesson`) or tree node; without one, asks which lesson. */
const openLesson: CommandFactory = (ctx) => async (target?: unknown) => {
  const lesson = typeof target === 'undefined' ? await pickLesson(ctx) : lessonFrom(ctx, target);
  if (!lesson) {
    if (typeof target !== 'undefined') {
      void vscode.window.showWarningMessage(`Python Mastery has no lesson ${describe(target)}.`);
    }
    return false;
  }
  await LessonPanel.createOrShow(ctx, lesson);
  return true;
};

/** Shows the Python Mastery log. */
const showLog: CommandFactory = (ctx) => () => ctx.log.show();

const COMMANDS: Record<string, CommandFactory> = {
  openLesson,
  showLog,
};

export function registerCommands(ctx: Ctx): void {
  for (const [name, factory] of Object.entries(COMMANDS)) {
    ctx.pushExtCleanup(vscode.commands.registerCommand(`${COMMAND_PREFIX}${name}`, factory(ctx)));
  }
}

function lessonFrom(ctx: Ctx, target: unknown): Lesson | undefined {
  if (typeof target === 'string') return ctx.findLesson(target);
  const node = target as Partial<CurriculumNode> | null;
  if (node && (node.kind === 'lesson' || node.kind === 'milestone') && 'lesson' in node) return node.lesson;
  return undefined;
}

function describe(target: unknown): string {
  return typeof target === 'string' ? `"${target}"` : 'for this item';
}

async function pickLesson(ctx: Ctx): Promise<Lesson | undefined> {
  const items = ctx.tracks.flatMap((track) =>
    lessonsOf(track).map((lesson) => ({ label: lesson.title, description: track.title, detail: lesson.summary, lesson })),
  );
  if (items.length === 0) {
    void vscode.window.showInformationMessage('Python Mastery has no lessons to open.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder: 'Open a lesson', matchOnDescription: true, matchOnDetail: true });
  return picked?.lesson;
}
