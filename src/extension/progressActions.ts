/**
 * What Reset Milestone, Export Progress and Import Progress do, once the learner has said which
 * milestone or file. Part of the learner-tools bundle (dist/learnerTools.js), loaded on first use
 * so start-up stays light; it imports no module that keeps state in the main bundle.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { findAnchorLine } from '../core/curriculum/anchors';
import type { MilestoneKey } from '../core/curriculum/model';
import type { ImportMode, ImportResult } from '../core/progress';
import { dayOf } from '../core/progress/activity';
import type { Ctx } from './ctx';
import { learnerUri, restoreStarterFiles } from './milestoneFiles';

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
 * Resets a milestone after asking (`confirm: false` skips the question): a code milestone's files
 * go back to their starter, each one the learner changed kept first in .pymastery/backups/; then
 * its attempts, hints and answers are forgotten.
 */
export async function resetMilestone(ctx: Ctx, key: MilestoneKey, confirm: boolean): Promise<ResetOutcome | undefined> {
  const found = ctx.index.milestone(key);
  if (!found) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Python Mastery has no milestone "{0}".', key));
    return undefined;
  }
  const { milestone, lesson } = found;
  const folder = milestone.kind === 'code' ? ctx.runs.folderFor(milestone) : undefined;
  if (confirm) {
    const files = milestone.kind === 'code' && folder ? milestone.files.join(', ') : undefined;
    const detail = [
      files ? vscode.l10n.t('{0} goes back to the starter. If you changed it, your version is kept first in .pymastery/backups/.', files) : undefined,
      vscode.l10n.t('The milestone\'s attempts, hints and answers are forgotten.'),
    ].filter(Boolean).join('\n\n');
    const reset = vscode.l10n.t('Reset');
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Reset "{0}"?', milestone.title), { modal: true, detail }, reset);
    if (choice !== reset) return undefined;
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
      void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" was not reset: {1}. Your files and progress are as they were.', milestone.title, (error as Error).message));
      return undefined;
    }
  }
  ctx.runs.forget(key);
  const forgotten = store?.reset(key) ?? 0;
  ctx.log.info(`Reset ${key}: restored ${restored.join(', ') || 'no files'}, kept ${Object.values(backups).join(', ') || 'no backups'}.`);
  const target = milestone.kind === 'code' ? milestone.files[0] : undefined;
  if (milestone.kind === 'code' && folder && target) {
    const uri = learnerUri(folder, target);
    const line = milestone.anchor ? (findAnchorLine(fs.readFileSync(uri.fsPath, 'utf8'), milestone.anchor) ?? 0) : 0;
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0), preview: false });
  }
  const kept = Object.values(backups);
  if (folder && kept.length > 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('"{0}" starts again. Your code was kept in {1}.', milestone.title, kept.join(', ')), vscode.l10n.t('Open Your Version')).then((choice) => {
      if (choice) void vscode.window.showTextDocument(vscode.Uri.joinPath(folder.uri, ...kept[0]!.split('/')), { preview: true });
    });
  } else {
    vscode.window.setStatusBarMessage(vscode.l10n.t('$(discard) "{0}" starts again.', milestone.title), 5000);
  }
  return { key, restored, backups, forgotten };
}

/** Saves the learner's progress to a JSON file they choose (or `target`, a path or Uri). */
export async function exportProgress(ctx: Ctx, target: vscode.Uri | undefined): Promise<string | undefined> {
  const store = await ctx.progressReady;
  if (!store) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Python Mastery could not open your progress, so there is nothing to export. The log says why.'));
    return undefined;
  }
  const uri = target ?? (await vscode.window.showSaveDialog({
    title: vscode.l10n.t('Export your Python Mastery progress'),
    saveLabel: vscode.l10n.t('Export'),
    defaultUri: vscode.Uri.file(path.join(defaultFolder(), `python-mastery-progress-${dayOf(new Date())}.json`)),
    filters: { [vscode.l10n.t('Progress (JSON)')]: ['json'] },
  }));
  if (!uri) return undefined;
  try {
    await vscode.workspace.fs.writeFile(uri, Buffer.from(store.export(), 'utf8'));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Your progress could not be written to {0}: {1}', uri.fsPath, (error as Error).message));
    return undefined;
  }
  const count = store.keys().length;
  void vscode.window.showInformationMessage(count === 1
    ? vscode.l10n.t('Exported your progress on 1 milestone to {0}.', uri.fsPath)
    : vscode.l10n.t('Exported your progress on {0} milestones to {1}.', count, uri.fsPath));
  return uri.fsPath;
}

/**
 * Takes progress from an export (`target`, or a file the learner picks), asking whether to merge
 * or replace (`mode` skips the question) after saying what each would do. A file that is not an
 * export changes nothing and the learner is told why.
 */
export async function importProgress(ctx: Ctx, target: vscode.Uri | undefined, mode: ImportMode | undefined): Promise<ImportResult | undefined> {
  const store = await ctx.progressReady;
  if (!store) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Python Mastery could not open your progress, so nothing can be imported into it. The log says why.'));
    return undefined;
  }
  const uri = target ?? (await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Import Python Mastery progress'),
    openLabel: vscode.l10n.t('Import'),
    canSelectMany: false,
    defaultUri: vscode.Uri.file(defaultFolder()),
    filters: { [vscode.l10n.t('Progress (JSON)')]: ['json'], [vscode.l10n.t('All files')]: ['*'] },
  }))?.[0];
  if (!uri) return undefined;
  let text: string;
  try {
    text = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
  } catch (error) {
    const failed: ImportResult = { ok: false, error: vscode.l10n.t('The file could not be read: {0}', (error as Error).message) };
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was imported. {0}', failed.error));
    return failed;
  }
  const comparison = store.compareImport(text);
  if (!comparison.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was imported from {0}. {1}', path.basename(uri.fsPath), comparison.error));
    return comparison;
  }
  let chosen = mode;
  if (!chosen) {
    const { incoming, onlyThere, onlyHere, differing } = comparison;
    const lines = [
      incoming === 1
        ? vscode.l10n.t('The file has progress on 1 milestone: {0} you have no progress on, and {1} where yours differs.', onlyThere, differing)
        : vscode.l10n.t('The file has progress on {0} milestones: {1} you have no progress on, and {2} where yours differs.', incoming, onlyThere, differing),
      differing > 0
        ? vscode.l10n.t('Merge keeps the better of each pair: a pass beats no pass, the earliest pass stands, and attempts and hints take the larger count. Replace takes the file\'s record for those {0}.', differing)
        : vscode.l10n.t('Nothing in the file conflicts with your progress.'),
      onlyHere === 1
        ? vscode.l10n.t('You have progress on 1 milestone the file does not mention: merge keeps it, replace forgets it.')
        : onlyHere > 1
          ? vscode.l10n.t('You have progress on {0} milestones the file does not mention: merge keeps them, replace forgets them.', onlyHere)
          : undefined,
    ].filter(Boolean).join('\n\n');
    const merge = vscode.l10n.t('Merge');
    const replace = vscode.l10n.t('Replace');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Import progress from {0}?', path.basename(uri.fsPath)), { modal: true, detail: lines }, merge, replace);
    if (!choice) return undefined;
    chosen = choice === replace ? 'replace' : 'merge';
  }
  const result = store.import(text, chosen);
  if (!result.ok) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Nothing was imported. {0}', result.error));
    return result;
  }
  const message = chosen === 'replace'
    ? vscode.l10n.t('Imported your progress (replace): {0} added, {1} updated, {2} unchanged, {3} forgotten.', result.added, result.updated, result.unchanged, result.removed)
    : vscode.l10n.t('Imported your progress (merge): {0} added, {1} updated, {2} unchanged.', result.added, result.updated, result.unchanged);
  void vscode.window.showInformationMessage(message);
  return result;
}

function defaultFolder(): string {
  return vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? os.homedir();
}
