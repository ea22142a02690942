/**
 * The commands that move the learner around the course and look after their progress: continue,
 * next and previous lesson, reveal the current lesson, reset a milestone, the dashboard, export
 * and import. One factory per command, as in commands.ts, which registers them with its own.
 *
 * Each resolves to what it did, so that walkthroughs, other extensions and tests can follow it;
 * the ones that ask the learner something take the answer as an argument too.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { lessonsOf, type Milestone, type MilestoneKey } from '../core/curriculum/model';
import type { ImportMode, ImportResult } from '../core/progress';
import { dayOf } from '../core/progress/activity';
import type { Ctx } from './ctx';
import type { CurriculumNode } from './curriculumTree';
import { MILESTONE_KIND_LABELS } from './curriculumTree';
import { DashboardPanel } from './dashboardPanel';
import { anchorLine } from './milestoneRuns';
import { learnerUri, restoreStarterFiles } from './milestoneFiles';
import { stateCodicon } from './milestoneStates';
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
    void vscode.window.showInformationMessage('Python Mastery has no lessons to open.');
    return undefined;
  }
  await openLessonKey(place.lesson.key);
  return place.lesson.key;
};

const stepLesson = (step: 1 | -1): CommandFactory => (ctx) => async () => {
  await ctx.progressReady;
  const { from, place } = ctx.learner.current.neighbour(step);
  if (!from) {
    const choice = await vscode.window.showInformationMessage('No lesson is open yet.', 'Continue Where I Left Off');
    if (choice) return vscode.commands.executeCommand('pythonMastery.continue');
    return undefined;
  }
  if (!place) {
    void vscode.window.showInformationMessage(step > 0
      ? `"${from.lesson.title}" is the last lesson of ${from.track.title}.`
      : `"${from.lesson.title}" is the first lesson of ${from.track.title}.`);
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
    void vscode.window.showInformationMessage('You have not opened a lesson yet: pick one in the Python Mastery view.');
    return undefined;
  }
  await vscode.commands.executeCommand('workbench.view.extension.pythonMastery');
  await ctx.learner.tree.reveal(place.lesson.key, { focus: true });
  return place.lesson.key;
};

/** The progress dashboard. */
const showProgress: CommandFactory = (ctx) => async () => {
  await ctx.progressReady;
  DashboardPanel.createOrShow(ctx.learner.dashboard);
  return true;
};

const gettingStarted: CommandFactory = (ctx) => async () => {
  await openWalkthrough(ctx.extensionContext);
  return true;
};

export interface ResetOutcome {
  key: MilestoneKey;
  /** Files put back to their starter. */
  restored: string[];
  /** Backup path (workspace-relative) of each file that was kept, by file. */
  backups: Record<string, string>;
  /** Progress records forgotten (0 or 1). */
  forgotten: number;
}

/**
 * Resets a milestone after asking (`{ confirm: false }` skips the question): a code milestone's
 * files go back to their starter, each one the learner changed kept first in .pymastery/backups/;
 * then its attempts, hints and answers are forgotten.
 */
const resetMilestone: CommandFactory = (ctx) => async (target?: unknown, options?: unknown) => {
  const key = milestoneKeyOf(target) ?? (await pickMilestone(ctx, 'Which milestone do you want to reset?'));
  const found = key ? ctx.index.milestone(key) : undefined;
  if (!key || !found) {
    if (key) void vscode.window.showWarningMessage(`Python Mastery has no milestone "${key}".`);
    return undefined;
  }
  const { milestone, lesson } = found;
  const folder = milestone.kind === 'code' ? ctx.runs.folderFor(milestone) : undefined;
  const confirm = (options as { confirm?: boolean } | undefined)?.confirm !== false;
  if (confirm) {
    const files = milestone.kind === 'code' && folder ? milestone.files.join(', ') : undefined;
    const detail = [
      files ? `${files} goes back to the starter. If you changed it, your version is kept first in .pymastery/backups/.` : undefined,
      'The milestone\'s attempts, hints and answers are forgotten.',
    ].filter(Boolean).join('\n\n');
    const choice = await vscode.window.showWarningMessage(`Reset "${milestone.title}"?`, { modal: true, detail }, 'Reset');
    if (choice !== 'Reset') return undefined;
  }
  const store = await ctx.progressReady;
  let restored: string[] = [];
  const backups: Record<string, string> = {};
  if (milestone.kind === 'code' && folder) {
    try {
      const result = await restoreStarterFiles(lesson, milestone, folder, new Date());
      restored = result.restored;
      for (const [file, backup] of result.backups) backups[file] = backup;
    } catch (error) {
      void vscode.window.showErrorMessage(`"${milestone.title}" was not reset: ${(error as Error).message}. Your files and progress are as they were.`);
      return undefined;
    }
  }
  ctx.runs.forget(key);
  const forgotten = store?.reset(key) ?? 0;
  ctx.log.info(`Reset ${key}: restored ${restored.join(', ') || 'no files'}, kept ${Object.values(backups).join(', ') || 'no backups'}.`);
  if (milestone.kind === 'code' && folder && milestone.files[0]) {
    const line = Math.max(0, (anchorLine(folder, milestone.files[0], milestone.anchor) ?? 1) - 1);
    await vscode.window.showTextDocument(learnerUri(folder, milestone.files[0]), { selection: new vscode.Range(line, 0, line, 0), preview: false });
  }
  const kept = Object.values(backups);
  if (folder && kept.length > 0) {
    void vscode.window.showInformationMessage(`"${milestone.title}" starts again. Your code was kept in ${kept.join(', ')}.`, 'Open Your Version').then((choice) => {
      if (choice) void vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, ...kept[0]!.split('/')), { preview: true });
    });
  } else {
    vscode.window.setStatusBarMessage(`$(discard) "${milestone.title}" starts again.`, 5000);
  }
  const outcome: ResetOutcome = { key, restored, backups, forgotten };
  return outcome;
};

/** Saves the learner's progress to a JSON file they choose (or `target`, a path or Uri). */
const exportProgress: CommandFactory = (ctx) => async (target?: unknown) => {
  const store = await ctx.progressReady;
  if (!store) {
    void vscode.window.showErrorMessage('Python Mastery could not open your progress, so there is nothing to export. The log says why.');
    return undefined;
  }
  const uri = uriOf(target) ?? (await vscode.window.showSaveDialog({
    title: 'Export your Python Mastery progress',
    saveLabel: 'Export',
    defaultUri: vscode.Uri.file(path.join(defaultFolder(), `python-mastery-progress-${dayOf(new Date())}.json`)),
    filters: { 'Progress (JSON)': ['json'] },
  }));
  if (!uri) return undefined;
  try {
    await vscode.workspace.fs.writeFile(uri, Buffer.from(store.export(), 'utf8'));
  } catch (error) {
    void vscode.window.showErrorMessage(`Your progress could not be written to ${uri.fsPath}: ${(error as Error).message}`);
    return undefined;
  }
  const count = store.keys().length;
  void vscode.window.showInformationMessage(`Exported your progress on ${count} milestone${count === 1 ? '' : 's'} to ${uri.fsPath}.`);
  return uri.fsPath;
};

/**
 * Takes progress from an export (`target`, or a file the learner picks), asking whether to merge
 * or replace (`mode` skips the question) after saying what each would do. A file that is not an
 * export changes nothing and the learner is told why.
 */
const importProgress: CommandFactory = (ctx) => async (target?: unknown, mode?: unknown) => {
  const store = await ctx.progressReady;
  if (!store) {
    void vscode.window.showErrorMessage('Python Mastery could not open your progress, so nothing can be imported into it. The log says why.');
    return undefined;
  }
  const uri = uriOf(target) ?? (await vscode.window.showOpenDialog({
    title: 'Import Python Mastery progress',
    openLabel: 'Import',
    canSelectMany: false,
    defaultUri: vscode.Uri.file(defaultFolder()),
    filters: { 'Progress (JSON)': ['json'], 'All files': ['*'] },
  }))?.[0];
  if (!uri) return undefined;
  let text: string;
  try {
    text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
  } catch (error) {
    const failed: ImportResult = { ok: false, error: `The file could not be read: ${(error as Error).message}` };
    void vscode.window.showErrorMessage(`Nothing was imported. ${failed.error}`);
    return failed;
  }
  const comparison = store.compareImport(text);
  if (!comparison.ok) {
    void vscode.window.showErrorMessage(`Nothing was imported from ${path.basename(uri.fsPath)}. ${comparison.error}`);
    return comparison;
  }
  let chosen: ImportMode | undefined = mode === 'merge' || mode === 'replace' ? mode : undefined;
  if (!chosen) {
    const { incoming, onlyThere, onlyHere, differing } = comparison;
    const lines = [
      `The file has progress on ${incoming} milestone${incoming === 1 ? '' : 's'}: ${onlyThere} you have no progress on, and ${differing} where yours differs.`,
      differing > 0
        ? `Merge keeps the better of each pair: a pass beats no pass, the earliest pass stands, and attempts and hints take the larger count. Replace takes the file's record for those ${differing}.`
        : 'Nothing in the file conflicts with your progress.',
      onlyHere > 0
        ? `You have progress on ${onlyHere} milestone${onlyHere === 1 ? '' : 's'} the file does not mention: merge keeps ${onlyHere === 1 ? 'it' : 'them'}, replace forgets ${onlyHere === 1 ? 'it' : 'them'}.`
        : undefined,
    ].filter(Boolean).join('\n\n');
    const choice = await vscode.window.showInformationMessage(`Import progress from ${path.basename(uri.fsPath)}?`, { modal: true, detail: lines }, 'Merge', 'Replace');
    if (!choice) return undefined;
    chosen = choice === 'Replace' ? 'replace' : 'merge';
  }
  const result = store.import(text, chosen);
  if (!result.ok) {
    void vscode.window.showErrorMessage(`Nothing was imported. ${result.error}`);
    return result;
  }
  const parts = [`${result.added} added`, `${result.updated} updated`, `${result.unchanged} unchanged`];
  if (chosen === 'replace') parts.push(`${result.removed} forgotten`);
  void vscode.window.showInformationMessage(`Imported your progress (${chosen}): ${parts.join(', ')}.`);
  return result;
};

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

function defaultFolder(): string {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? os.homedir();
}

/** Any milestone, with its state, grouped by lesson. */
async function pickMilestone(ctx: Ctx, placeHolder: string): Promise<MilestoneKey | undefined> {
  type Item = vscode.QuickPickItem & { key?: MilestoneKey };
  const items: Item[] = [];
  for (const track of ctx.tracks) {
    for (const lesson of lessonsOf(track)) {
      items.push({ label: `${track.title} › ${lesson.title}`, kind: vscode.QuickPickItemKind.Separator });
      for (const milestone of lesson.milestones as Milestone[]) {
        items.push({ label: `${stateCodicon(ctx.learner.states.of(milestone.key))} ${milestone.title}`, description: MILESTONE_KIND_LABELS[milestone.kind], key: milestone.key });
      }
    }
  }
  const picked = await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true });
  return picked?.key;
}
