/**
 * The commands that move the learner around the course and look after their progress: continue,
 * next and previous lesson, reveal the current lesson, reset a milestone, the dashboard, export
 * and import. One factory per command, as in commands.ts, which registers them with its own.
 *
 * Each resolves to what it did, so that walkthroughs, other extensions and tests can follow it;
 * the ones that ask the learner something take the answer as an argument too. The dashboard,
 * reset, export and import do their work in the learner-tools bundle, loaded on first use.
 */
import * as vscode from 'vscode';
import { lessonsOf, type Milestone, type MilestoneKey } from '../core/curriculum/model';
import type { Ctx } from './ctx';
import type { CurriculumNode } from './curriculumTree';
import { milestoneKindLabel, stateCodicon } from './milestoneStates';
import { openWalkthrough } from './welcome';

type Handler = (...args: unknown[]) => unknown;
type CommandFactory = (ctx: Ctx) => Handler;

async function openLessonKey(key: string): Promise<void> {
  await vscode.commands.executeCommand('pythonMastery.openLesson', key);
}

/** Opens the lesson to work on now: the current one until it is passed, then the next. */
const continueLearning: CommandFactory = (ctx) => async () => {
  await ctx.progressReady;
  const place = ctx.learner.current.continuePlace((lesson) => ctx.learner.isDone(lesson));
  if (!place) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Python Mastery has no lessons to open.'));
    return undefined;
  }
  await openLessonKey(place.lesson.key);
  return place.lesson.key;
};

const stepLesson = (step: 1 | -1): CommandFactory => (ctx) => async () => {
  await ctx.progressReady;
  const { from, place } = ctx.learner.current.neighbour(step);
  if (!from) {
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('No lesson is open yet.'), vscode.l10n.t('Continue Where I Left Off'));
    if (choice) return vscode.commands.executeCommand('pythonMastery.continue');
    return undefined;
  }
  if (!place) {
    void vscode.window.showInformationMessage(step > 0
      ? vscode.l10n.t('"{0}" is the last lesson of {1}.', from.lesson.title, from.track.title)
      : vscode.l10n.t('"{0}" is the first lesson of {1}.', from.lesson.title, from.track.title));
    return undefined;
  }
  await openLessonKey(place.lesson.key);
  return place.lesson.key;
};

/** Shows the current lesson in the tree, selected. */
const revealCurrentLesson: CommandFactory = (ctx) => async () => {
  await ctx.progressReady;
  const place = ctx.learner.current.place();
  if (!place) {
    void vscode.window.showInformationMessage(vscode.l10n.t('You have not opened a lesson yet: pick one in the Python Mastery view.'));
    return undefined;
  }
  await vscode.commands.executeCommand('workbench.view.extension.pythonMastery');
  await ctx.learner.tree.reveal(place.lesson.key, { focus: true });
  return place.lesson.key;
};

/** The progress dashboard. */
const showProgress: CommandFactory = (ctx) => async () => {
  await ctx.progressReady;
  ctx.learner.tools().DashboardPanel.createOrShow(ctx.learner.dashboard);
  return true;
};

const gettingStarted: CommandFactory = (ctx) => async () => {
  await openWalkthrough(ctx.extensionContext);
  return true;
};

/**
 * Resets a milestone (a key, a tree item, or one the learner picks) after asking; `{ confirm:
 * false }` skips the question. Resolves to what was restored, kept and forgotten.
 */
const resetMilestone: CommandFactory = (ctx) => async (target?: unknown, options?: unknown) => {
  const key = milestoneKeyOf(target) ?? (await pickMilestone(ctx, vscode.l10n.t('Which milestone do you want to reset?')));
  if (!key) return undefined;
  return ctx.learner.tools().resetMilestone(ctx, key, (options as { confirm?: boolean } | undefined)?.confirm !== false);
};

/** Saves the learner's progress to a JSON file they choose (or `target`, a path or Uri). */
const exportProgress: CommandFactory = (ctx) => async (target?: unknown) => ctx.learner.tools().exportProgress(ctx, uriOf(target));

/**
 * Takes progress from an export (`target`, or a file the learner picks), asking whether to merge
 * or replace (`mode` skips the question) after saying what each would do. A file that is not an
 * export changes nothing and the learner is told why.
 */
const importProgress: CommandFactory = (ctx) => async (target?: unknown, mode?: unknown) =>
  ctx.learner.tools().importProgress(ctx, uriOf(target), mode === 'merge' || mode === 'replace' ? mode : undefined);

export const LEARNER_COMMANDS: Record<string, CommandFactory> = {
  continue: continueLearning,
  nextLesson: stepLesson(1),
  previousLesson: stepLesson(-1),
  revealCurrentLesson,
  resetMilestone,
  showProgress,
  exportProgress,
  importProgress,
  gettingStarted,
};

function milestoneKeyOf(target: unknown): MilestoneKey | undefined {
  if (typeof target === 'string') return target;
  const node = target as Partial<CurriculumNode> | null;
  if (node && node.kind === 'milestone' && 'milestone' in node && node.milestone) return node.milestone.key;
  const item = target as { id?: unknown } | null;
  return typeof item?.id === 'string' && item.id.split('/').length === 3 ? item.id : undefined;
}

function uriOf(target: unknown): vscode.Uri | undefined {
  if (target instanceof vscode.Uri) return target;
  if (typeof target === 'string' && target.length > 0) return vscode.Uri.file(target);
  return undefined;
}

/** Any milestone, with its state, grouped by lesson. */
async function pickMilestone(ctx: Ctx, placeHolder: string): Promise<MilestoneKey | undefined> {
  type Item = vscode.QuickPickItem & { key?: MilestoneKey };
  const items: Item[] = [];
  for (const track of ctx.tracks) {
    for (const lesson of lessonsOf(track)) {
      items.push({ label: `${track.title} › ${lesson.title}`, kind: vscode.QuickPickItemKind.Separator });
      for (const milestone of lesson.milestones as Milestone[]) {
        items.push({ label: `${stateCodicon(ctx.learner.states.of(milestone.key))} ${milestone.title}`, description: milestoneKindLabel(milestone.kind), key: milestone.key });
      }
    }
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true });
  return picked?.key;
}
