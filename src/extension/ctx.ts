/**
 * The extension's one context object. It owns the log channel, the loaded curriculum and every
 * disposable the extension creates, so that deactivation frees everything in one place.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CheckRunner } from '../core/checks/runner';
import { readCompiledCurriculum } from '../core/curriculum/compiled';
import { CurriculumIndex } from '../core/curriculum/index';
import { lessonsOf, type Lesson, type Track } from '../core/curriculum/model';
import type { ProgressChange, ProgressStore } from '../core/progress';
import { Config } from './config';
import { MilestoneRuns } from './milestoneRuns';
import { PythonInterpreters } from './python';
import type { InterpreterStatus } from './statusBar';
import type { MilestoneTests } from './testing';
import type { MilestoneDiagnostics } from './diagnostics';
import type { Learner } from './learner';
import { WorkspaceCurriculum } from './workspaceCurriculum';

function disposableTimeout(callback: () => void): vscode.Disposable {
  const timer = setTimeout(callback, 0);
  return { dispose: () => clearTimeout(timer) };
}

export class Ctx implements vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  private readonly extensionCleanup: vscode.Disposable[] = [];
  private builtinTracks: readonly Track[] = [];
  private readonly workspaceCurriculum: WorkspaceCurriculum;
  private curriculumIndex = new CurriculumIndex([]);
  /** The built-in curriculum is still to be read (see loadCurriculum). */
  private curriculumPending = false;
  private readonly tracksChanged = new vscode.EventEmitter<readonly Track[]>();
  /** Fires after the curriculum is (re)loaded, built-in or the workspace's own. */
  readonly onDidChangeTracks = this.tracksChanged.event;
  readonly config: Config;
  readonly interpreters: PythonInterpreters;
  /** The one path every milestone run takes. */
  readonly runs: MilestoneRuns;
  private progressStore: ProgressStore | undefined;
  private engineModule: typeof import('./engine') | undefined;
  private checkRunner: CheckRunner | undefined;
  /** The surfaces that show runs, set once at activation. */
  surfaces!: { tests: MilestoneTests; diagnostics: MilestoneDiagnostics; status: InterpreterStatus };
  /** Where the learner stands and the surfaces that show it (tree, status bar, dashboard), set once at activation. */
  learner!: Learner;
  /** Resolves once the progress store is open (or could not be). */
  readonly progressReady: Promise<ProgressStore | undefined>;
  private readonly progressChanged = new vscode.EventEmitter<ProgressChange | undefined>();
  /**
   * Fires after every change of progress, from this window or another, and once when the store
   * opens (with no change: everything may read differently).
   */
  readonly onDidChangeProgress = this.progressChanged.event;

  constructor(readonly extensionContext: vscode.ExtensionContext) {
    this.log = vscode.window.createOutputChannel('Python Mastery', { log: true });
    this.pushExtCleanup(this.log);
    this.pushExtCleanup(this.tracksChanged);
    this.pushExtCleanup(this.progressChanged);
    this.config = this.pushExtCleanup(new Config());
    this.interpreters = this.pushExtCleanup(new PythonInterpreters(this.config, this.log));
    // The progress store opens just after activation, not during it: see engine().
    this.progressReady = new Promise((resolve) => setTimeout(() => resolve(this.openProgress()), 0));
    this.runs = this.pushExtCleanup(new MilestoneRuns({
      index: () => this.index,
      progress: () => this.progressStore,
      progressReady: this.progressReady,
      runner: () => this.runner(),
      interpreters: this.interpreters,
      config: this.config,
      log: this.log,
    }));
    this.workspaceCurriculum = this.pushExtCleanup(
      new WorkspaceCurriculum(() => new Set(this.builtinTracks.map((t) => t.id)), this.log),
    );
    this.pushExtCleanup(this.workspaceCurriculum.onDidChange(() => this.reindex()));
  }

  get extensionUri(): vscode.Uri {
    return this.extensionContext.extensionUri;
  }

  /** Built-in tracks first, then the workspace's own. */
  get tracks(): readonly Track[] {
    return this.index.tracks;
  }

  /** The curriculum, read on first use if the read scheduled after activation has not run yet. */
  get index(): CurriculumIndex {
    if (this.curriculumPending) this.readBuiltinCurriculum();
    return this.curriculumIndex;
  }

  /** Keeps `disposable` until the extension is deactivated. */
  pushExtCleanup<T extends vscode.Disposable>(disposable: T): T {
    this.extensionCleanup.push(disposable);
    return disposable;
  }

  /**
   * Loads the built-in curriculum, then the workspace's own tracks. A built-in curriculum that
   * cannot be read is reported and left empty; the workspace's tracks still load.
   */
  loadCurriculum(): void {
    // Reading and parsing the compiled curriculum (hundreds of KB) is left out of activation:
    // it happens just after, or at once when something asks for the tracks first.
    this.curriculumPending = true;
    this.pushExtCleanup(disposableTimeout(() => {
      if (this.curriculumPending) this.readBuiltinCurriculum();
    }));
  }

  private readBuiltinCurriculum(): void {
    this.curriculumPending = false;
    try {
      this.builtinTracks = readCompiledCurriculum(this.extensionContext.extensionPath);
      const lessonCount = this.builtinTracks.reduce((n, track) => n + lessonsOf(track).length, 0);
      this.log.info(`Loaded ${this.builtinTracks.length} tracks with ${lessonCount} lessons.`);
    } catch (error) {
      this.builtinTracks = [];
      const message = error instanceof Error ? error.message : String(error);
      this.log.error(message);
      const showLog = vscode.l10n.t('Show Log');
      void vscode.window.showErrorMessage(vscode.l10n.t('Python Mastery could not load its lessons. {0}', message), showLog).then((choice) => {
        if (choice === showLog) this.log.show();
      });
    }
    // The built-in tracks show at once; the workspace's own (YAML, parsed and validated) follow a
    // moment later, out of activation, and their reload indexes everything again.
    this.reindex();
    this.pushExtCleanup(disposableTimeout(() => this.workspaceCurriculum.reload()));
  }

  private reindex(): void {
    this.curriculumIndex = new CurriculumIndex([...this.builtinTracks, ...this.workspaceCurriculum.tracks]);
    this.tracksChanged.fire(this.curriculumIndex.tracks);
  }

  /** The runner and the progress store, from their own bundle, loaded on first use. */
  private engine(): typeof import('./engine') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.engineModule ??= require(path.join(__dirname, 'engine.js')) as typeof import('./engine');
    return this.engineModule;
  }

  private runner(): CheckRunner {
    this.checkRunner ??= new (this.engine().CheckRunner)({ harnessPath: path.join(this.extensionContext.extensionPath, 'harness', 'run_checks.py') });
    return this.checkRunner;
  }

  /** The learner's progress, once the store is open. */
  get progress(): ProgressStore | undefined {
    return this.progressStore;
  }

  private async openProgress(): Promise<ProgressStore | undefined> {
    const dir = this.extensionContext.globalStorageUri.fsPath;
    try {
      await fs.promises.mkdir(dir, { recursive: true });
      const store = await this.engine().ProgressStore.open(path.join(dir, 'progress.json'), {
        onWarning: (message, kind) => {
          this.log.warn(message);
          // Progress that cannot be saved is kept safe by exporting it somewhere else.
          const actions = kind === 'save-failed' ? [vscode.l10n.t('Export Progress…')] : [];
          void vscode.window.showWarningMessage(vscode.l10n.t('Python Mastery: {0}', message), ...actions).then((choice) => {
            if (choice) void vscode.commands.executeCommand('pythonMastery.exportProgress');
          });
        },
        onListenerError: (error) => this.log.error('A progress listener failed:', error),
      });
      this.progressStore = store;
      this.pushExtCleanup(store.onDidChange((change) => this.progressChanged.fire(change)));
      this.pushExtCleanup({ dispose: () => void store.dispose() });
      this.progressChanged.fire(undefined);
      return store;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.log.error(`Could not open the progress file in ${dir}: ${message}`);
      void vscode.window.showErrorMessage(vscode.l10n.t('Python Mastery could not open your progress file, so attempts will not be saved this session. {0}', message));
      return undefined;
    }
  }

  /** The lesson keyed `track/lesson`, if the curriculum has it. */
  findLesson(key: string): Lesson | undefined {
    return this.index.lesson(key)?.lesson;
  }

  dispose(): void {
    for (const disposable of this.extensionCleanup.splice(0).reverse()) {
      try {
        disposable.dispose();
      } catch (error) {
        this.log.error('Could not dispose of a resource:', error);
      }
    }
  }
}
