/**
 * Tracks a workspace adds in `.pymastery/curriculum/`, loaded and validated live: every change
 * under that folder reloads them, and every problem shows in the Problems panel at its file,
 * line and column. A broken track is left out; the others stay.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { WORKSPACE_CURRICULUM_DIR } from '../core/curriculum/layout';
import type { CurriculumDiagnostic, CurriculumLoad, Track } from '../core/curriculum/model';

const RELOAD_DELAY_MS = 250;
const WATCH_GLOB = '**/.pymastery/curriculum/**';

type CurriculumLoaderModule = typeof import('../core/curriculum/loader');

/**
 * The YAML loader, from its own bundle beside this one (see scripts/build.mjs): yaml and zod take
 * tens of milliseconds to load, so only a workspace with tracks of its own pays for them.
 */
function requireCurriculumLoader(): CurriculumLoaderModule {
  const bundle = path.join(__dirname, 'curriculumLoader.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(bundle) as CurriculumLoaderModule;
}

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

  /**
   * Loads the tracks of every workspace folder now, then fires `onDidChange`. A failure is
   * logged and leaves the workspace without tracks of its own; the built-in ones are untouched.
   */
  reload(): void {
    try {
      this.loadAll();
    } catch (error) {
      this.loaded = [];
      this.log.error('Could not load the workspace curriculum:', error);
    }
    this.changed.fire(this.loaded);
  }

  private loadAll(): void {
    const folders = (vscode.workspace.workspaceFolders ?? [])
      .filter((folder) => folder.uri.scheme === 'file' && fs.existsSync(path.join(folder.uri.fsPath, WORKSPACE_CURRICULUM_DIR)));
    const loads: CurriculumLoad[] = [];
    if (folders.length > 0) {
      const { loadWorkspaceCurriculum } = requireCurriculumLoader();
      const taken = new Set(this.builtinTrackIds());
      for (const folder of folders) {
        const load = loadWorkspaceCurriculum(folder.uri.fsPath, taken);
        for (const track of load.tracks) taken.add(track.id);
        loads.push(load);
      }
    }
    const tracks = loads.flatMap((load) => load.tracks);
    const problems = loads.flatMap((load) => load.diagnostics);
    this.loaded = tracks;
    this.publish(problems);
    if (tracks.length > 0 || problems.length > 0) {
      this.log.info(`Workspace curriculum: ${tracks.length} tracks loaded, ${problems.length} problems.`);
    }
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
