/**
 * The learner's own notes on a lesson: `notes/<track>/<lesson>.md` in their workspace folder.
 * The file is created with a small heading the first time and never written to again by the
 * extension; after that it is the learner's.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Lesson, Track } from '../core/curriculum/model';

export const NOTES_DIR = 'notes';

/** The notes file of `lesson` in `folder`. */
export function notesUri(folder: vscode.WorkspaceFolder, track: Track, lesson: Lesson): vscode.Uri {
  return vscode.Uri.joinPath(folder.uri, NOTES_DIR, track.id, `${lesson.id}.md`);
}

/** Opens the notes of `lesson` beside the panel, creating them if missing. Returns the file. */
export async function openLessonNotes(track: Track, lesson: Lesson): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) {
    const choice = await vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to keep your notes in first: notes are files in your workspace.'), vscode.l10n.t('Open Folder…'));
    if (choice) await vscode.commands.executeCommand('workbench.action.files.openFolder');
    return undefined;
  }
  const uri = notesUri(folder, track, lesson);
  try {
    await fs.mkdir(path.dirname(uri.fsPath), { recursive: true });
    // 'wx': create only; an existing file, however empty, is the learner's and stays as it is.
    await fs.writeFile(uri.fsPath, `# ${vscode.l10n.t('Notes: {0}', lesson.title)}\n\n${track.title}\n\n`, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      void vscode.window.showErrorMessage(vscode.l10n.t('Could not create your notes at {0}: {1}', vscode.workspace.asRelativePath(uri), (error as Error).message));
      return undefined;
    }
  }
  await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  return uri;
}
