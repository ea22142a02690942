/**
 * The learner's progress through the course: one record per milestone they have touched, kept in
 * memory for instant reads and saved to a JSON file shortly after each change.
 *
 * Saving: changes are coalesced (at most one write per `saveDelayMs`), writes run one after
 * another on a promise chain so they never interleave, and each write is atomic. `flush()` saves
 * what is pending and waits for it; call it (or `dispose()`) on shutdown.
 *
 * Loading never destroys a file: a damaged file is renamed aside and the learner is told where;
 * a file from a newer release is left untouched and the store runs read-only (changes are kept
 * in memory but not saved) until the learner updates the extension.
 */

import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { MilestoneKey } from '../curriculum/model';
import {
  type AttemptOutcome,
  type MilestoneAnswer,
  type MilestoneProgress,
  assertMilestoneKey,
  copyOf,
  isNotStarted,
  isWithinScope,
  notStarted,
  visibleHints,
  withAnswer,
  withAttempt,
  withNextHint,
} from './milestoneProgress';
import { type ProgressRecords, decodeProgress, encodeProgress } from './decodeProgress';
import { CURRENT_PROGRESS_VERSION, answerSchema } from './progressSchema';
import { mergeProgress, sameProgress } from './mergeProgress';
import { keepCopy, moveAside, writeFileAtomically } from './atomicFile';

export interface ProgressStoreOptions {
  /** A sentence for the learner, saying what happened and what they can do. */
  onWarning?(message: string): void;
  /** Called when an `onDidChange` listener throws; by default the first error is rethrown. */
  onListenerError?(error: unknown): void;
  now?(): Date;
  /** How long changes gather before they are written; 300 ms by default. */
  saveDelayMs?: number;
}

export interface Disposable {
  dispose(): void;
}

export interface ProgressChange {
  /** The milestones whose records changed, sorted. */
  keys: MilestoneKey[];
}

export interface ProgressSummary {
  passed: number;
  inProgress: number;
  notStarted: number;
  total: number;
}

export type ImportMode = 'merge' | 'replace';

export type ImportResult =
  | { ok: true; added: number; updated: number; unchanged: number; removed: number }
  | { ok: false; error: string };

type ReadOutcome = { records: ProgressRecords; readOnly: boolean };

const DEFAULT_SAVE_DELAY_MS = 300;
const SCOPE_PATTERN = /^[^/\s]+(\/[^/\s]+){0,2}\/?$/;

export class ProgressStore {
  private readonly changeListeners = new Set<(change: ProgressChange) => void>();
  private readonly saveListeners = new Set<() => void>();
  private changeCount = 0;
  private savedChangeCount = 0;
  private saveTimer: ReturnType<typeof setTimeout> | undefined;
  private saveChain: Promise<void> = Promise.resolve();
  private saveFailureReported = false;
  private disposed = false;

  private constructor(
    /** Absolute path of the progress file. */
    readonly file: string,
    private records: ProgressRecords,
    /** True when saving would overwrite something this release cannot read; changes stay in memory. */
    readonly readOnly: boolean,
    private readonly options: ProgressStoreOptions,
  ) {}

  static async open(file: string, options: ProgressStoreOptions = {}): Promise<ProgressStore> {
    const absolute = path.resolve(file);
    const { records, readOnly } = await readProgressFile(absolute, options);
    return new ProgressStore(absolute, records, readOnly, options);
  }

  // Reading

  get(key: MilestoneKey): MilestoneProgress {
    const record = this.records.get(key);
    return record ? copyOf(record) : notStarted();
  }

  /** Every milestone the learner has touched, sorted. */
  keys(): MilestoneKey[] {
    return [...this.records.keys()].sort();
  }

  /** Counts over the given milestones (duplicates counted once), e.g. a lesson's or a track's. */
  summary(keys: Iterable<MilestoneKey>): ProgressSummary {
    const summary: ProgressSummary = { passed: 0, inProgress: 0, notStarted: 0, total: 0 };
    for (const key of new Set(keys)) {
      const status = this.get(key).status;
      summary.total++;
      if (status === 'passed') summary.passed++;
      else if (status === 'in-progress') summary.inProgress++;
      else summary.notStarted++;
    }
    return summary;
  }

  // Changing

  /** A check run or a graded submission. Returns the updated record. */
  recordAttempt(key: MilestoneKey, outcome: AttemptOutcome): MilestoneProgress {
    return this.update(key, (progress) => withAttempt(progress, outcome, this.now()));
  }

  /** Reveals one more hint, up to `maxHints`. Returns how many hints to show now. */
  revealHint(key: MilestoneKey, maxHints: number): number {
    return visibleHints(
      this.update(key, (progress) => withNextHint(progress, maxHints)),
      maxHints,
    );
  }

  /**
   * Keeps the learner's answer. With an `outcome` the answer was also graded, which counts as an
   * attempt; without one it is only saved (a draft, or a reflection ticked off or not).
   */
  recordAnswer(key: MilestoneKey, answer: MilestoneAnswer, outcome?: AttemptOutcome): MilestoneProgress {
    // Checked here so that a bad answer can never be saved into a file the next start would reject.
    if (!answerSchema.safeParse(answer).success) {
      throw new Error(`Not a valid ${answer.kind ?? 'milestone'} answer: ${JSON.stringify(answer)}`);
    }
    return this.update(key, (progress) => {
      const answered = withAnswer(progress, answer);
      return outcome ? withAttempt(answered, outcome, this.now()) : answered;
    });
  }

  /**
   * Forgets the milestone `scope`, or every milestone under a `track` or `track/lesson` scope.
   * Returns how many records were removed.
   */
  reset(scope: string): number {
    if (!SCOPE_PATTERN.test(scope)) {
      throw new Error(`"${scope}" is not a milestone key or a "track" / "track/lesson" prefix.`);
    }
    this.assertOpen();
    const removed = [...this.records.keys()].filter((key) => isWithinScope(key, scope));
    for (const key of removed) this.records.delete(key);
    if (removed.length > 0) this.changed(removed);
    return removed.length;
  }

  // Export and import

  /** The learner's progress as JSON, in the same format as the progress file. */
  export(): string {
    return encodeProgress(this.records);
  }

  /**
   * Takes progress from an export. `merge` keeps the better of each pair of records; `replace`
   * makes the import the whole of the learner's progress. Bad input changes nothing.
   */
  import(json: string, mode: ImportMode): ImportResult {
    this.assertOpen();
    const decoded = decodeProgress(json, this.now());
    if (decoded.kind === 'newer') {
      return {
        ok: false,
        error:
          `This progress was exported by a newer version of Python Mastery (format ${decoded.version}); ` +
          `update the extension, then import it again.`,
      };
    }
    if (decoded.kind === 'damaged') {
      return { ok: false, error: `This is not a Python Mastery progress export: ${decoded.reason}.` };
    }
    return this.applyImport(decoded.milestones, mode);
  }

  private applyImport(incoming: ProgressRecords, mode: ImportMode): ImportResult {
    const next: ProgressRecords = mode === 'replace' ? new Map() : new Map(this.records);
    const counts = { added: 0, updated: 0, unchanged: 0, removed: 0 };
    const changedKeys: MilestoneKey[] = [];

    for (const [key, record] of incoming) {
      if (isNotStarted(record)) continue;
      const current = this.records.get(key);
      const result = current && mode === 'merge' ? mergeProgress(current, record) : copyOf(record);
      next.set(key, result);
      if (!current) counts.added++;
      else if (sameProgress(current, result)) counts.unchanged++;
      else counts.updated++;
      if (!current || !sameProgress(current, result)) changedKeys.push(key);
    }
    for (const key of this.records.keys()) {
      if (!next.has(key)) {
        counts.removed++;
        changedKeys.push(key);
      }
    }

    this.records = next;
    if (changedKeys.length > 0) this.changed(changedKeys);
    return { ok: true, ...counts };
  }

  // Events

  onDidChange(listener: (change: ProgressChange) => void): Disposable {
    this.changeListeners.add(listener);
    return { dispose: () => this.changeListeners.delete(listener) };
  }

  /** Fires after each successful write of the progress file. */
  onDidSave(listener: () => void): Disposable {
    this.saveListeners.add(listener);
    return { dispose: () => this.saveListeners.delete(listener) };
  }

  // Saving

  /** Writes any pending change now and resolves once it is on disk; rejects if the write fails. */
  async flush(): Promise<void> {
    this.cancelScheduledSave();
    if (this.readOnly) return;
    await this.enqueueSave();
  }

  /** Saves what is pending and stops: later changes throw. */
  async dispose(): Promise<void> {
    this.disposed = true;
    this.changeListeners.clear();
    try {
      await this.flush();
    } finally {
      this.saveListeners.clear();
    }
  }

  private update(key: MilestoneKey, change: (progress: MilestoneProgress) => MilestoneProgress): MilestoneProgress {
    assertMilestoneKey(key);
    this.assertOpen();
    const before = this.records.get(key) ?? notStarted();
    const after = change(before);
    if (after !== before) {
      this.records.set(key, copyOf(after));
      this.changed([key]);
    }
    return copyOf(after);
  }

  private changed(keys: MilestoneKey[]): void {
    this.changeCount++;
    this.scheduleSave();
    this.emitChange({ keys: [...new Set(keys)].sort() });
  }

  private scheduleSave(): void {
    if (this.readOnly || this.saveTimer !== undefined) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = undefined;
      this.enqueueSave().catch((error: unknown) => this.reportSaveFailure(error));
    }, this.options.saveDelayMs ?? DEFAULT_SAVE_DELAY_MS);
  }

  private cancelScheduledSave(): void {
    if (this.saveTimer === undefined) return;
    clearTimeout(this.saveTimer);
    this.saveTimer = undefined;
  }

  /** Chains a save after any running one, so writes happen one at a time and in order. */
  private enqueueSave(): Promise<void> {
    const save = this.saveChain.then(() => this.saveIfChanged());
    this.saveChain = save.catch(() => undefined);
    return save;
  }

  private async saveIfChanged(): Promise<void> {
    if (this.changeCount === this.savedChangeCount) return;
    const savingChange = this.changeCount;
    await writeFileAtomically(this.file, encodeProgress(this.records));
    this.savedChangeCount = savingChange;
    this.saveFailureReported = false;
    for (const listener of [...this.saveListeners]) listener();
  }

  /** Said once per run of failures; the next change tries again. */
  private reportSaveFailure(error: unknown): void {
    if (this.saveFailureReported) return;
    this.saveFailureReported = true;
    this.warn(
      `Python Mastery could not save your progress to ${this.file} (${describeFileError(error)}). ` +
        `It is kept while this window stays open and saving is tried again with your next change; ` +
        `check that the folder exists and that you can write to it.`,
    );
  }

  private emitChange(change: ProgressChange): void {
    const errors: unknown[] = [];
    for (const listener of [...this.changeListeners]) {
      try {
        listener(change);
      } catch (error) {
        errors.push(error);
      }
    }
    if (errors.length === 0) return;
    if (this.options.onListenerError) errors.forEach((error) => this.options.onListenerError?.(error));
    else throw errors[0];
  }

  private assertOpen(): void {
    if (this.disposed) throw new Error('The progress store has been disposed.');
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  private warn(message: string): void {
    this.options.onWarning?.(message);
  }
}

async function readProgressFile(file: string, options: ProgressStoreOptions): Promise<ReadOutcome> {
  const warn = (message: string) => options.onWarning?.(message);
  const now = options.now?.() ?? new Date();
  await fs.mkdir(path.dirname(file), { recursive: true }).catch(() => undefined);

  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fresh();
    warn(
      `Python Mastery could not read your progress file ${file} (${describeFileError(error)}). ` +
        `So as not to overwrite it, progress you make now will not be saved; ` +
        `check the file's permissions, then reload the window.`,
    );
    return { records: new Map(), readOnly: true };
  }

  const decoded = decodeProgress(text, now);
  switch (decoded.kind) {
    case 'readable':
      if (decoded.upgradedFrom !== undefined) await keepPreUpgradeCopy(file, decoded.upgradedFrom);
      return { records: decoded.milestones, readOnly: false };
    case 'newer':
      warn(
        `Your progress file ${file} was saved by a newer version of Python Mastery ` +
          `(format ${decoded.version}; this version reads up to format ${CURRENT_PROGRESS_VERSION}). ` +
          `It is left untouched and progress you make now will not be saved: update the extension to continue where you left off.`,
      );
      return { records: new Map(), readOnly: true };
    case 'damaged':
      return setDamagedFileAside(file, decoded.reason, now, warn);
  }
}

function fresh(): ReadOutcome {
  return { records: new Map(), readOnly: false };
}

/** Before the first save in the new format, so a downgrade can still find the old file. */
async function keepPreUpgradeCopy(file: string, version: number): Promise<void> {
  await keepCopy(file, `v${version}.bak`).catch(() => undefined);
}

async function setDamagedFileAside(
  file: string,
  reason: string,
  now: Date,
  warn: (message: string) => void,
): Promise<ReadOutcome> {
  try {
    const backup = await moveAside(file, 'corrupt', now);
    warn(
      `Python Mastery could not read your saved progress (${reason}), so it starts fresh. ` +
        `The old file was kept at ${backup}: if you have an export of your progress, ` +
        `use "Import Progress" to restore it.`,
    );
    return fresh();
  } catch (error) {
    warn(
      `Python Mastery could not read your saved progress in ${file} (${reason}) and could not set it aside ` +
        `(${describeFileError(error)}). It is left untouched and progress you make now will not be saved; ` +
        `move or repair the file, then reload the window.`,
    );
    return { records: new Map(), readOnly: true };
  }
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'ENOTDIR') return 'part of its path is a file, not a folder';
  return error instanceof Error ? error.message : String(error);
}
