/**
 * The learner's files for a milestone, against the lesson's starter files: copying in the ones
 * that are missing (never over one that exists), telling which ones differ from their starter,
 * and putting the starter back after keeping a timestamped copy of the learner's work.
 *
 * Backups go to `.pymastery/backups/<time>/<the file's own path>` in the learner's folder: out of
 * the way of their code, with the file's own name and extension so it opens like the original.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CodeMilestone, Lesson } from '../core/curriculum/model';

export const BACKUPS_DIR = '.pymastery/backups';

export function learnerUri(folder: vscode.WorkspaceFolder, file: string): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, ...file.split('/'));
}

/** The lesson's starter copy of `file`, when it has one. */
export function starterUri(lesson: Lesson, file: string): vscode.Uri | undefined {
  if (!lesson.starter || !lesson.starterFiles.includes(file)) return undefined;
  return vscode.Uri.file(path.join(lesson.starter, ...file.split('/')));
}

/** Copies every starter file of the lesson that the folder does not have yet; returns those copied. */
export async function copyMissingStarterFiles(lesson: Lesson, folder: vscode.WorkspaceFolder): Promise<{ copied: string[]; failed: Array<{ file: string; error: string }> }> {
  const copied: string[] = [];
  const failed: Array<{ file: string; error: string }> = [];
  for (const file of lesson.starterFiles) {
    const source = starterUri(lesson, file);
    const destination = learnerUri(folder, file).fsPath;
    if (!source || fs.existsSync(destination)) continue;
    try {
      await fs.promises.mkdir(path.dirname(destination), { recursive: true });
      await fs.promises.copyFile(source.fsPath, destination, fs.constants.COPYFILE_EXCL);
      copied.push(file);
    } catch (error) {
      failed.push({ file, error: (error as Error).message });
    }
  }
  return { copied, failed };
}

/** The milestone's files that exist in the folder and differ from their starter. */
export async function filesDifferingFromStarter(lesson: Lesson, milestone: CodeMilestone, folder: vscode.WorkspaceFolder): Promise<string[]> {
  const differing: string[] = [];
  for (const file of milestone.files) {
    const starter = starterUri(lesson, file);
    if (!starter) continue;
    const mine = await readOrUndefined(learnerUri(folder, file).fsPath);
    if (mine === undefined) continue;
    const theirs = await readOrUndefined(starter.fsPath);
    if (theirs !== undefined && !mine.equals(theirs)) differing.push(file);
  }
  return differing;
}

/** Shows the starter beside the learner's file, the learner's on the right. */
export async function showDiffAgainstStarter(lesson: Lesson, folder: vscode.WorkspaceFolder, file: string): Promise<void> {
  const starter = starterUri(lesson, file);
  if (!starter) return;
  await vscode.commands.executeCommand('vscode.diff', starter, learnerUri(folder, file), `${path.posix.basename(file)}: starter ↔ yours`);
}

export interface RestoreResult {
  /** Files put back to their starter. */
  restored: string[];
  /** Workspace-relative path of each backup, by the file it keeps. */
  backups: Map<string, string>;
}

/**
 * Puts the starter back for each of the milestone's files, first copying any that differ from it
 * to the backups folder. Unsaved edits in an editor are saved first, so the backup has them.
 */
export async function restoreStarterFiles(lesson: Lesson, milestone: CodeMilestone, folder: vscode.WorkspaceFolder, at: Date): Promise<RestoreResult> {
  const result: RestoreResult = { restored: [], backups: new Map() };
  const stamp = at.toISOString().slice(0, 19).replace(/:/g, '-');
  const wanted = new Set(milestone.files.map((file) => learnerUri(folder, file).toString()));
  await Promise.all(vscode.workspace.textDocuments.filter((doc) => doc.isDirty && wanted.has(doc.uri.toString())).map((doc) => doc.save()));
  for (const file of milestone.files) {
    const starter = starterUri(lesson, file);
    if (!starter) continue;
    const target = learnerUri(folder, file).fsPath;
    const mine = await readOrUndefined(target);
    const theirs = await fs.promises.readFile(starter.fsPath);
    if (mine !== undefined && !mine.equals(theirs)) {
      const backup = await uniqueBackupPath(folder, stamp, file);
      await fs.promises.mkdir(path.dirname(backup), { recursive: true });
      await fs.promises.copyFile(target, backup, fs.constants.COPYFILE_EXCL);
      result.backups.set(file, path.relative(folder.uri.fsPath, backup).split(path.sep).join('/'));
    }
    if (mine === undefined || !mine.equals(theirs)) {
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      await fs.promises.writeFile(target, theirs);
      result.restored.push(file);
    }
  }
  return result;
}

async function uniqueBackupPath(folder: vscode.WorkspaceFolder, stamp: string, file: string): Promise<string> {
  for (let n = 1; ; n++) {
    const dir = n === 1 ? stamp : `${stamp}-${n}`;
    const candidate = path.join(folder.uri.fsPath, ...BACKUPS_DIR.split('/'), dir, ...file.split('/'));
    if (!fs.existsSync(candidate)) return candidate;
  }
}

async function readOrUndefined(file: string): Promise<Buffer | undefined> {
  try {
    return await fs.promises.readFile(file);
  } catch {
    return undefined;
  }
}
