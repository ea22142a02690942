/**
 * The one path every milestone run takes, whichever surface asked for it (CodeLens, Test
 * Explorer, palette, tree, save): find the learner's folder and file, the interpreter and the
 * packages the check needs; run the check; record the attempt and the hint level in the progress
 * store; turn the run into findings; and fire `onDidRun`. Surfaces subscribe and keep no run
 * state of their own: the latest result of each milestone lives here.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { findingsOf, summarize, type Finding, type RunSummary } from '../core/checks/findings';
import type { CheckRun, CheckRunner } from '../core/checks/runner';
import { findAnchorLine } from '../core/curriculum/anchors';
import type { CurriculumIndex } from '../core/curriculum/index';
import type { CodeMilestone, Lesson, MilestoneKey, Track } from '../core/curriculum/model';
import type { MilestoneProgress, ProgressStore } from '../core/progress';
import { findMissingRequirements, parseRequirement, type Requirement } from '../core/python/probe';
import type { Config } from './config';
import { describeInterpreter, type PythonInterpreters, type ReadyInterpreter } from './python';

/** Why a run did not start. Each comes with a sentence for the learner. */
export type BlockedReason = 'unknown-milestone' | 'untrusted' | 'no-folder' | 'missing-file' | 'interpreter' | 'missing-packages';

export interface CodePlace {
  track: Track;
  lesson: Lesson;
  milestone: CodeMilestone;
}

export interface MilestoneRunResult {
  key: MilestoneKey;
  place?: CodePlace;
  folder?: vscode.WorkspaceFolder;
  /** The milestone's first target file in the learner's folder. */
  target?: vscode.Uri;
  outcome: 'pass' | 'fail' | 'error' | 'cancelled' | 'blocked';
  run?: CheckRun;
  findings: Finding[];
  summary: RunSummary;
  interpreter?: ReadyInterpreter;
  blocked?: { reason: BlockedReason; message: string; missing?: Requirement[] };
  /** The milestone's progress after this run. */
  progress?: MilestoneProgress;
  /** True when a newer run of the same milestone replaced this one. */
  superseded?: boolean;
  finishedAt: number;
}

export interface RunOptions {
  token?: vscode.CancellationToken;
  /** What started the run, for the log. */
  trigger?: 'user' | 'save' | 'test-explorer';
}

const NO_SUMMARY: RunSummary = { passed: 0, failing: 0, skipped: 0, total: 0 };

export class MilestoneRuns implements vscode.Disposable {
  private readonly started = new vscode.EventEmitter<MilestoneKey>();
  private readonly finished = new vscode.EventEmitter<MilestoneRunResult>();
  private readonly hintsChanged = new vscode.EventEmitter<MilestoneKey>();
  private readonly forgotten = new vscode.EventEmitter<MilestoneKey>();
  /** Fires when a run of a milestone starts. */
  readonly onDidStart = this.started.event;
  /** Fires once for every run that ends, however it ends. */
  readonly onDidRun = this.finished.event;
  /** Fires when a milestone's hint level changes outside a run. */
  readonly onDidChangeHints = this.hintsChanged.event;
  /** Fires when a milestone was reset: its latest run is forgotten and nothing about it should show. */
  readonly onDidForget = this.forgotten.event;
  private readonly latestResults = new Map<MilestoneKey, MilestoneRunResult>();
  private readonly inFlight = new Map<MilestoneKey, { controller: AbortController; superseded: boolean }>();
  /** Interpreters (by executable) known to import a module: once found, found for good. */
  private readonly importable = new Set<string>();

  constructor(
    private readonly deps: {
      index: () => CurriculumIndex;
      progress: () => ProgressStore | undefined;
      progressReady: Promise<unknown>;
      runner: () => CheckRunner;
      interpreters: PythonInterpreters;
      config: Config;
      log: vscode.LogOutputChannel;
    },
  ) {}

  /** The code milestone keyed `key`, with its track and lesson. */
  place(key: MilestoneKey): CodePlace | undefined {
    const found = this.deps.index().milestone(key);
    return found?.milestone.kind === 'code' ? { track: found.track, lesson: found.lesson, milestone: found.milestone } : undefined;
  }

  latest(key: MilestoneKey): MilestoneRunResult | undefined {
    return this.latestResults.get(key);
  }

  isRunning(key: MilestoneKey): boolean {
    return this.inFlight.has(key);
  }

  progressOf(key: MilestoneKey): MilestoneProgress | undefined {
    return this.deps.progress()?.get(key);
  }

  /** The learner's folder for a milestone: the one that has its target file, else the first. */
  folderFor(milestone: CodeMilestone): vscode.WorkspaceFolder | undefined {
    const folders = vscode.workspace.workspaceFolders ?? [];
    const target = milestone.files[0];
    const withTarget = target ? folders.find((folder) => fs.existsSync(vscode.Uri.joinPath(folder.uri, target).fsPath)) : undefined;
    return withTarget ?? folders[0];
  }

  /** Shows one more hint, up to the last. Returns the new level. */
  revealNextHint(key: MilestoneKey): number {
    const place = this.place(key);
    const store = this.deps.progress();
    if (!place || !store) return 0;
    const level = store.revealHint(key, place.milestone.hints.length);
    this.refreshFindings(key);
    this.hintsChanged.fire(key);
    return level;
  }

  async run(key: MilestoneKey, options: RunOptions = {}): Promise<MilestoneRunResult> {
    const place = this.place(key);
    if (!place) return this.blocked(key, undefined, 'unknown-milestone', vscode.l10n.t('Python Mastery has no code milestone "{0}".', key));
    const { milestone } = place;
    if (!vscode.workspace.isTrusted) {
      return this.blocked(key, place, 'untrusted', vscode.l10n.t('Checks run your code, so they run only in a trusted workspace. Trust this workspace to run them ("Workspaces: Manage Workspace Trust").'));
    }
    const folder = this.folderFor(milestone);
    if (!folder) {
      return this.blocked(key, place, 'no-folder', vscode.l10n.t('Open a folder to work in first (File › Open Folder…): checks run the files in your workspace folder.'));
    }
    const targetPath = milestone.files[0] ?? '';
    const target = vscode.Uri.joinPath(folder.uri, targetPath);
    const base = { place, folder, target };
    if (!fs.existsSync(target.fsPath)) {
      return this.blocked(key, place, 'missing-file', vscode.l10n.t('{0} is not in your folder {1} yet. Start the milestone to copy in its starter file, or create the file yourself.', targetPath, folder.name), base);
    }
    await saveIfDirty(milestone, folder);

    this.supersede(key);
    const flight = { controller: new AbortController(), superseded: false };
    this.inFlight.set(key, flight);
    const cancel = options.token?.onCancellationRequested(() => flight.controller.abort());
    this.started.fire(key);
    try {
      const state = await this.deps.interpreters.current(target);
      if (!state.ok) {
        this.land(key, flight);
        return this.blocked(key, place, 'interpreter', state.problem.message, base);
      }
      const interpreter = state.interpreter;
      const missing = await this.missingPackages(interpreter, milestone);
      if (missing.length > 0) {
        const names = missing.map((r) => r.installName).join(', ');
        this.land(key, flight);
        return this.blocked(key, place, 'missing-packages', missing.length > 1
          ? vscode.l10n.t('This milestone needs {0}, which Python {1} cannot import. Install them into that interpreter, or pick another.', names, describeInterpreter(interpreter))
          : vscode.l10n.t('This milestone needs {0}, which Python {1} cannot import. Install it into that interpreter, or pick another.', names, describeInterpreter(interpreter)), { ...base, interpreter }, missing);
      }
      if (flight.controller.signal.aborted) return this.cancelled(key, flight.superseded, base);

      const settings = this.deps.config.settings(target);
      const run = await this.deps.runner().run({
        interpreter: interpreter.command,
        checkFile: milestone.check,
        workspace: folder.uri.fsPath,
        targets: milestone.files,
        anchor: milestone.anchor,
        timeoutSeconds: milestone.timeout * settings.timeoutMultiplier,
        memoryMb: milestone.memory,
        signal: flight.controller.signal,
      });
      this.deps.log.info(`${key}: ${run.status} in ${run.durationMs.toFixed(0)} ms with ${interpreter.command.join(' ')} (${options.trigger ?? 'user'})`);
      if (run.problem?.detail) this.deps.log.debug(`${key}: ${run.problem.detail}`);
      if (run.status === 'cancelled') return this.cancelled(key, flight.superseded, { ...base, interpreter });

      await this.deps.progressReady;
      const progress = this.record(key, place, run, settings.hints === 'afterEachFailedAttempt');
      const result: MilestoneRunResult = {
        key, ...base, interpreter, run, progress,
        outcome: run.status === 'pass' ? 'pass' : run.status === 'fail' ? 'fail' : 'error',
        findings: this.findings(place, run, folder, progress),
        summary: summarize(run),
        finishedAt: Date.now(),
      };
      this.land(key, flight);
      return this.finish(result);
    } finally {
      cancel?.dispose();
      if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
    }
  }

  /** Forgets the latest run of `key` (after a reset), cancelling one still going. */
  forget(key: MilestoneKey): void {
    this.supersede(key);
    this.latestResults.delete(key);
    this.forgotten.fire(key);
  }

  /** The run is over: listeners to `onDidRun` must not see it as still running. */
  private land(key: MilestoneKey, flight: { controller: AbortController; superseded: boolean }): void {
    if (this.inFlight.get(key) === flight) this.inFlight.delete(key);
  }

  /** Cancels every run still going. */
  cancelAll(): void {
    for (const key of [...this.inFlight.keys()]) this.supersede(key);
  }

  private supersede(key: MilestoneKey): void {
    const previous = this.inFlight.get(key);
    if (!previous) return;
    previous.superseded = true;
    previous.controller.abort();
    this.inFlight.delete(key);
  }

  /** Counts the attempt when the learner's code actually ran, and reveals a hint after a failure. */
  private record(key: MilestoneKey, place: CodePlace, run: CheckRun, hintAfterFailure: boolean): MilestoneProgress | undefined {
    const store = this.deps.progress();
    if (!store) return undefined;
    const ranLearnerCode = !run.problem || ['timeout', 'crashed', 'exited'].includes(run.problem.kind);
    if (!ranLearnerCode) return store.get(key);
    const before = store.get(key);
    store.recordAttempt(key, run.status === 'pass' ? 'pass' : 'fail');
    // The first failure shows the check's own message; each one after it unfolds one more hint.
    if (run.status !== 'pass' && hintAfterFailure && before.attempts > 0) store.revealHint(key, place.milestone.hints.length);
    return store.get(key);
  }

  private findings(place: CodePlace, run: CheckRun, folder: vscode.WorkspaceFolder, progress: MilestoneProgress | undefined): Finding[] {
    const { milestone } = place;
    const targetFile = milestone.files[0];
    return findingsOf(run, {
      targetFile,
      anchorLine: anchorLine(folder, targetFile, milestone.anchor),
      hints: milestone.hints,
      hintLevel: progress?.hintLevel ?? 0,
    });
  }

  /** Recomputes the latest result's findings after the hint level changed. */
  private refreshFindings(key: MilestoneKey): void {
    const latest = this.latestResults.get(key);
    if (!latest?.run || !latest.place || !latest.folder || latest.outcome === 'pass') return;
    const progress = this.deps.progress()?.get(key);
    const updated: MilestoneRunResult = { ...latest, progress, findings: this.findings(latest.place, latest.run, latest.folder, progress) };
    this.latestResults.set(key, updated);
    this.finished.fire(updated);
  }

  private async missingPackages(interpreter: ReadyInterpreter, milestone: CodeMilestone): Promise<Requirement[]> {
    const requirements = milestone.requires.map(parseRequirement).filter((r) => !this.importable.has(`${interpreter.info.executable}\u0000${r.module}`));
    if (requirements.length === 0) return [];
    const found = await findMissingRequirements(interpreter.command, requirements);
    if (!found.ok) {
      this.deps.log.warn(`Could not ask ${interpreter.command.join(' ')} which packages it has: ${found.problem}`);
      return [];
    }
    for (const requirement of requirements) {
      if (!found.missing.includes(requirement)) this.importable.add(`${interpreter.info.executable}\u0000${requirement.module}`);
    }
    return found.missing;
  }

  private blocked(
    key: MilestoneKey, place: CodePlace | undefined, reason: BlockedReason, message: string,
    extra: Partial<MilestoneRunResult> = {}, missing?: Requirement[],
  ): MilestoneRunResult {
    this.deps.log.info(`${key}: not run (${reason}): ${message}`);
    return this.finish({
      key, place, ...extra, outcome: 'blocked', findings: [], summary: NO_SUMMARY, finishedAt: Date.now(),
      blocked: { reason, message, ...(missing ? { missing } : {}) },
    });
  }

  private cancelled(key: MilestoneKey, superseded: boolean, extra: Partial<MilestoneRunResult>): MilestoneRunResult {
    const result: MilestoneRunResult = { key, ...extra, outcome: 'cancelled', superseded, findings: [], summary: NO_SUMMARY, finishedAt: Date.now() };
    // A cancelled run leaves the last real result standing.
    this.finished.fire(result);
    return result;
  }

  private finish(result: MilestoneRunResult): MilestoneRunResult {
    this.latestResults.set(result.key, result);
    this.finished.fire(result);
    return result;
  }

  dispose(): void {
    this.cancelAll();
    this.started.dispose();
    this.finished.dispose();
    this.hintsChanged.dispose();
    this.forgotten.dispose();
  }
}

/** 1-based line of the anchor in the learner's file (an open editor's text wins over the disk). */
export function anchorLine(folder: vscode.WorkspaceFolder, file: string | undefined, anchor: string | undefined): number | undefined {
  if (!file || !anchor) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, file);
  const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
  let text: string | undefined = open?.getText();
  if (text === undefined) {
    try {
      text = fs.readFileSync(uri.fsPath, 'utf8');
    } catch {
      return undefined;
    }
  }
  const line = findAnchorLine(text, anchor);
  return line === undefined ? undefined : line + 1;
}

/** Documents a run is saving itself, with the version it saves, so that save starts no other run. */
const savingForRun = new Map<string, number>();

/** True when this save of `doc` is one a run made itself; the mark is used up by asking. */
export function isSavingForRun(doc: vscode.TextDocument): boolean {
  const key = doc.uri.toString();
  if (savingForRun.get(key) !== doc.version) return false;
  savingForRun.delete(key);
  return true;
}

/** Checks read files from disk, so unsaved edits to the milestone's files are saved first. */
async function saveIfDirty(milestone: CodeMilestone, folder: vscode.WorkspaceFolder): Promise<void> {
  const wanted = new Set(milestone.files.map((file) => vscode.Uri.joinPath(folder.uri, file).toString()));
  const dirty = vscode.workspace.textDocuments.filter((doc) => doc.isDirty && wanted.has(doc.uri.toString()));
  for (const doc of dirty) savingForRun.set(doc.uri.toString(), doc.version);
  await Promise.all(dirty.map((doc) => doc.save()));
}
