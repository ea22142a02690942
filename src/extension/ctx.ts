/**
 * The extension's one context object. It owns the log channel, the loaded curriculum and every
 * disposable the extension creates, so that deactivation frees everything in one place.
 */
import * as vscode from 'vscode';
import { readCompiledCurriculum } from '../core/curriculum/compiled';
import { lessonsOf, type Lesson, type Track } from '../core/curriculum/model';

export class Ctx implements vscode.Disposable {
  readonly log: vscode.LogOutputChannel;
  private readonly extensionCleanup: vscode.Disposable[] = [];
  private loadedTracks: readonly Track[] = [];
  private readonly tracksChanged = new vscode.EventEmitter<readonly Track[]>();
  /** Fires after the curriculum is (re)loaded. */
  readonly onDidChangeTracks = this.tracksChanged.event;

  constructor(readonly extensionContext: vscode.ExtensionContext) {
    this.log = vscode.window.createOutputChannel('Python Mastery', { log: true });
    this.pushExtCleanup(this.log);
    this.pushExtCleanup(this.tracksChanged);
  }

  get extensionUri(): vscode.Uri {
    return this.extensionContext.extensionUri;
  }

  get tracks(): readonly Track[] {
    return this.loadedTracks;
  }

  /** Keeps `disposable` until the extension is deactivated. */
  pushExtCleanup<T extends vscode.Disposable>(disposable: T): T {
    this.extensionCleanup.push(disposable);
    return disposable;
  }

  /** Loads the built-in curriculum; on failure, says so and keeps an empty one. */
  loadCurriculum(): void {
    try {
      this.loadedTracks = readCompiledCurriculum(this.extensionContext.extensionPath);
      const lessonCount = this.loadedTracks.reduce((n, track) => n + lessonsOf(track).length, 0);
      this.log.info(`Loaded ${this.loadedTracks.length} tracks with ${lessonCount} lessons.`);
    } catch (error) {
      this.loadedTracks = [];
      const message = error instanceof Error ? error.message : String(error);
      this.log.error(message);
      void vscode.window.showErrorMessage(`Python Mastery could not load its lessons. ${message}`, 'Show Log').then((choice) => {
        if (choice === 'Show Log') this.log.show();
      });
    }
    this.tracksChanged.fire(this.loadedTracks);
  }

  /** The lesson keyed `track/lesson`, if the curriculum has it. */
  findLesson(key: string): Lesson | undefined {
    for (const track of this.loadedTracks) {
      const lesson = lessonsOf(track).find((l) => l.key === key);
      if (lesson) return lesson;
    }
    return undefined;
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
