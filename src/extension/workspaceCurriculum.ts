/**
 * Tracks a workspace adds in `.pymastery/curriculum/`, loaded and validated live: every change
 * under that folder reloads them, and every problem shows in the Problems panel at its file,
 * line and column. A broken track is left out; the others stay.
 */
import * as vscode from 'vscode';
import { loadWorkspaceCurriculum } from '../core/curriculum/loader';
import type { CurriculumDiagnostic, Track } from '../core/curriculum/model';

const RELOAD_DELAY_MS = 250;
const WATCH_GLOB = '**/.pymastery/curriculum/**';

export class WorkspaceCurriculum implements vscode.Disposable {
  private loaded: Track[] = [];
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('python-mastery-curriculum');
  private readonly changed = new vscode.EventEmitter<readonly Track[]>();
  private readonly disposables: vscode.Disposable[] = [this.diagnostics, this.changed];
  private reloadTimer: NodeJS.Timeout | undefined;
  /** Fires after the workspace's tracks were reloaded. */
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly builtinTrackIds: () => ReadonlySet<string>,
    private readonly log: vscode.LogOutputChannel,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(WATCH_GLOB);
    const schedule = () => this.scheduleReload();
    this.disposables.push(
      watcher,
      watcher.onDidCreate(schedule),
      watcher.onDidChange(schedule),
      watcher.onDidDelete(schedule),
      vscode.workspace.onDidChangeWorkspaceFolders(schedule),
    );
  }

  get tracks(): readonly Track[] {
    return this.loaded;
  }

  /** Loads the tracks of every workspace folder now. */
  reload(): void {
    const taken = new Set(this.builtinTrackIds());
    const tracks: Track[] = [];
    const problems: CurriculumDiagnostic[] = [];
    for (const folder of vscode.workspace.workspaceFolders ?? []) {
      if (folder.uri.scheme !== 'file') continue;
      const load = loadWorkspaceCurriculum(folder.uri.fsPath, taken);
      for (const track of load.tracks) taken.add(track.id);
      tracks.push(...load.tracks);
      problems.push(...load.diagnostics);
    }
    this.loaded = tracks;
    this.publish(problems);
    if (tracks.length > 0 || problems.length > 0) {
      this.log.info(`Workspace curriculum: ${tracks.length} tracks loaded, ${problems.length} problems.`);
    }
    this.changed.fire(tracks);
  }

  private scheduleReload(): void {
    clearTimeout(this.reloadTimer);
    this.reloadTimer = setTimeout(() => this.reload(), RELOAD_DELAY_MS);
  }

  private publish(problems: readonly CurriculumDiagnostic[]): void {
    const byFile = new Map<string, vscode.Diagnostic[]>();
    for (const problem of problems) {
      const line = Math.max(0, problem.line - 1);
      const column = Math.max(0, problem.column - 1);
      const range = new vscode.Range(line, column, line, Number.MAX_SAFE_INTEGER);
      const diagnostic = new vscode.Diagnostic(
        range,
        problem.message,
        problem.severity === 'error' ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning,
      );
      diagnostic.source = 'Python Mastery';
      const list = byFile.get(problem.file) ?? [];
      list.push(diagnostic);
      byFile.set(problem.file, list);
    }
    this.diagnostics.clear();
    for (const [file, list] of byFile) this.diagnostics.set(vscode.Uri.file(file), list);
  }

  dispose(): void {
    clearTimeout(this.reloadTimer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}
