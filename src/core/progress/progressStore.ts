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
 *
 * Two windows, one file: every VS Code window has its own store on the same file. Before it
 * writes, a store takes the file's lock, reads what is there and lays its own changes since it
 * last read the file over it (`rebaseProgress`), so neither window loses the other's attempts,
 * answers or passes. It also watches the file and takes in what another window saved.
 */

import * as l10n from '@vscode/l10n';
import { constants as fsConstants, type FSWatcher, promises as fs, watch as watchFolder } from 'node:fs';
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
import { mergeProgress, rebaseProgress, sameProgress } from './mergeProgress';
import { keepCopy, moveAside, writeFileAtomically } from './atomicFile';
import {
  type ActivityEntry,
  type ActivityLog,
  countAttempt,
  entriesOf,
  mergeActivity,
  rebaseActivity,
  sameActivity,
} from './activity';
import { type FileLockOptions, withFileLock } from './fileLock';

/** What a warning is about: `save-failed` means progress is only in memory until a save succeeds. */
export type ProgressWarningKind = 'save-failed' | 'unreadable' | 'newer' | 'damaged';

export interface ProgressStoreOptions {
  /** A sentence for the learner, saying what happened and what they can do. */
  onWarning?(message: string, kind: ProgressWarningKind): void;
  /** Called when an `onDidChange` listener throws; by default the first error is rethrown. */
  onListenerError?(error: unknown): void;
  now?(): Date;
  /** How long changes gather before they are written; 300 ms by default. */
  saveDelayMs?: number;
  /** Take in changes other windows save to the file as they happen; on by default. */
  watch?: boolean;
  /** The lock taken around each save. */
  lock?: FileLockOptions;
}

export interface Disposable {
  dispose(): void;
}

export interface ProgressChange {
  /** The milestones whose records changed, sorted. Empty when only the days worked changed. */
  keys: MilestoneKey[];
  /** True when the change came from another window, through the file. */
  external?: boolean;
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

type ReadOutcome = { records: ProgressRecords; activity: ActivityLog; readOnly: boolean };

const DEFAULT_SAVE_DELAY_MS = 300;
const WATCH_DELAY_MS = 50;
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
  /** The records and days as the file held them when this store last read or wrote it. */
  private base: ProgressRecords;
  private activityBase: ActivityLog;
  /** An import in replace mode is the whole of the learner's progress: it is written as is. */
  private replacing = false;
  private watcher: FSWatcher | undefined;
  private watchTimer: ReturnType<typeof setTimeout> | undefined;

  private constructor(
    /** Absolute path of the progress file. */
    readonly file: string,
    private records: ProgressRecords,
    private activityLog: ActivityLog,
    /** True when saving would overwrite something this release cannot read; changes stay in memory. */
    private readOnlyNow: boolean,
    private readonly options: ProgressStoreOptions,
  ) {
    this.base = copyRecords(records);
    this.activityBase = new Map(activityLog);
  }

  static async open(file: string, options: ProgressStoreOptions = {}): Promise<ProgressStore> {
    const absolute = path.resolve(file);
    const { records, activity, readOnly } = await readProgressFile(absolute, options);
    const store = new ProgressStore(absolute, records, activity, readOnly, options);
    if (!readOnly) await store.warnIfFolderReadOnly();
    if (options.watch !== false) store.startWatching();
    return store;
  }

  /** True when saving would overwrite something this release cannot read; changes stay in memory. */
  get readOnly(): boolean {
    return this.readOnlyNow;
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

  /** Attempts per local day and track, oldest first. */
  activity(): ActivityEntry[] {
    return entriesOf(this.activityLog);
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
    const now = this.now();
    return this.update(key, (progress) => withAttempt(progress, outcome, now), now);
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
    const now = this.now();
    return this.update(key, (progress) => {
      const answered = withAnswer(progress, answer);
      return outcome ? withAttempt(answered, outcome, now) : answered;
    }, outcome ? now : undefined);
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
    return encodeProgress(this.records, this.activityLog);
  }

  /**
   * What importing `json` would do, without doing it: how many milestones it holds, how many only
   * it has, and how many both have with different records (the ones merge and replace treat
   * differently). Bad input gives the same error `import` would.
   */
  compareImport(json: string): ImportComparison | { ok: false; error: string } {
    const decoded = this.decodeImport(json);
    if (!decoded.ok) return decoded;
    let onlyThere = 0;
    let differing = 0;
    let same = 0;
    for (const [key, record] of decoded.milestones) {
      if (isNotStarted(record)) continue;
      const current = this.records.get(key);
      if (!current) onlyThere++;
      else if (sameProgress(current, record)) same++;
      else differing++;
    }
    const onlyHere = [...this.records.keys()].filter((key) => !decoded.milestones.has(key)).length;
    return { ok: true, incoming: onlyThere + differing + same, onlyThere, onlyHere, differing, same };
  }

  /**
   * Takes progress from an export. `merge` keeps the better of each pair of records; `replace`
   * makes the import the whole of the learner's progress. Bad input changes nothing.
   */
  import(json: string, mode: ImportMode): ImportResult {
    this.assertOpen();
    const decoded = this.decodeImport(json);
    if (!decoded.ok) return decoded;
    return this.applyImport(decoded.milestones, decoded.activity, mode);
  }

  private decodeImport(json: string): { ok: true; milestones: ProgressRecords; activity: ActivityLog } | { ok: false; error: string } {
    const decoded = decodeProgress(json, this.now());
    if (decoded.kind === 'newer') {
      return {
        ok: false,
        error: l10n.t('This progress was exported by a newer version of Python Mastery (format {0}); update the extension, then import it again.', decoded.version),
      };
    }
    if (decoded.kind === 'damaged') {
      return { ok: false, error: l10n.t('This is not a Python Mastery progress export: {0}.', decoded.reason) };
    }
    return { ok: true, milestones: decoded.milestones, activity: decoded.activity };
  }

  private applyImport(incoming: ProgressRecords, incomingActivity: ActivityLog, mode: ImportMode): ImportResult {
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
    const activity = mode === 'replace' ? new Map(incomingActivity) : mergeActivity(this.activityLog, incomingActivity);
    const activityChanged = !sameActivity(activity, this.activityLog);
    this.activityLog = activity;
    if (mode === 'replace') this.replacing = true;
    if (changedKeys.length > 0 || activityChanged || mode === 'replace') this.changed(changedKeys);
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

  /**
   * Takes in what another window saved to the file since this store last read it, keeping this
   * window's own unsaved changes on top. The file watcher calls it; so can anyone who knows the
   * file changed. A file that cannot be read now is left for the next save to deal with.
   */
  reloadFromDisk(): Promise<void> {
    const reload = this.saveChain.then(async () => {
      if (this.disposed || this.readOnlyNow) return;
      const disk = await readForMerge(this.file, this.now());
      if (disk.kind === 'readable') this.takeIn(disk.milestones, disk.activity);
    });
    this.saveChain = reload.catch(() => undefined);
    return reload;
  }

  /** Saves what is pending and stops: later changes throw. */
  async dispose(): Promise<void> {
    this.disposed = true;
    this.stopWatching();
    this.changeListeners.clear();
    try {
      await this.flush();
    } finally {
      this.saveListeners.clear();
    }
  }

  private update(key: MilestoneKey, change: (progress: MilestoneProgress) => MilestoneProgress, attemptAt?: Date): MilestoneProgress {
    assertMilestoneKey(key);
    this.assertOpen();
    const before = this.records.get(key) ?? notStarted();
    const after = change(before);
    if (after !== before) {
      this.records.set(key, copyOf(after));
      if (attemptAt) countAttempt(this.activityLog, key, attemptAt);
      this.changed([key]);
    }
    return copyOf(after);
  }

  /**
   * Lays this window's changes since the last read (`base`) over what the file holds now, and
   * makes that the new base. Fires a change for every record that now reads differently.
   */
  private takeIn(disk: ProgressRecords, diskActivity: ActivityLog): void {
    const changedKeys: MilestoneKey[] = [];
    const keys = new Set([...this.base.keys(), ...this.records.keys(), ...disk.keys()]);
    const next: ProgressRecords = new Map();
    for (const key of keys) {
      const local = this.records.get(key);
      const base = this.base.get(key);
      const unchangedHere = local === undefined ? base === undefined : base !== undefined && sameProgress(local, base);
      const merged = unchangedHere ? disk.get(key) : rebaseProgress(base, local, disk.get(key));
      if (merged !== undefined && !isNotStarted(merged)) next.set(key, copyOf(merged));
      const now = next.get(key);
      if ((local === undefined) !== (now === undefined) || (local && now && !sameProgress(local, now))) changedKeys.push(key);
    }
    const activity = rebaseActivity(this.activityBase, this.activityLog, diskActivity);
    const activityChanged = !sameActivity(activity, this.activityLog);
    this.records = next;
    this.activityLog = activity;
    this.base = copyRecords(disk);
    this.activityBase = new Map(diskActivity);
    if (changedKeys.length > 0 || activityChanged) this.emitChange({ keys: [...new Set(changedKeys)].sort(), external: true });
  }

  private changed(keys: MilestoneKey[]): void {
    this.changeCount++;
    this.scheduleSave();
    this.emitChange({ keys: [...new Set(keys)].sort() });
  }

  private scheduleSave(): void {
    if (this.readOnlyNow || this.saveTimer !== undefined) return;
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
    if (this.changeCount === this.savedChangeCount || this.readOnlyNow) return;
    const savingChange = this.changeCount;
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    const wrote = await withFileLock(this.file, async () => {
      if (this.replacing) {
        this.replacing = false;
      } else {
        const disk = await readForMerge(this.file, this.now());
        if (disk.kind === 'newer') {
          this.readOnlyNow = true;
          this.warn(newerFileMessage(this.file, disk.version), 'newer');
          return false;
        }
        if (disk.kind === 'damaged') {
          const backup = await moveAside(this.file, 'corrupt', this.now());
          this.warn(
            l10n.t('Your progress file {0} was damaged by something outside this window ({1}). It was kept at {2}, and your progress from this window was saved in its place.', this.file, disk.reason, backup),
            'damaged',
          );
        }
        if (disk.kind === 'readable') this.takeIn(disk.milestones, disk.activity);
      }
      const records = copyRecords(this.records);
      const activity = new Map(this.activityLog);
      await writeFileAtomically(this.file, encodeProgress(records, activity));
      this.base = records;
      this.activityBase = activity;
      return true;
    }, this.options.lock);
    if (!wrote) return;
    this.savedChangeCount = savingChange;
    this.saveFailureReported = false;
    for (const listener of [...this.saveListeners]) listener();
  }

  /** Said once per run of failures; the next change tries again. */
  private reportSaveFailure(error: unknown): void {
    if (this.saveFailureReported) return;
    this.saveFailureReported = true;
    this.warn(
      l10n.t('Python Mastery could not save your progress to {0} ({1}). It is kept while this window stays open and saving is tried again with your next change; check that the folder exists and that you can write to it, or export your progress to keep a copy elsewhere.', this.file, describeFileError(error)),
      'save-failed',
    );
  }

  /** Said at once, rather than at the first save, so the learner can act before losing anything. */
  private async warnIfFolderReadOnly(): Promise<void> {
    const folder = path.dirname(this.file);
    try {
      await fs.access(folder, fsConstants.W_OK);
    } catch (error) {
      this.saveFailureReported = true;
      this.warn(
        l10n.t('Your progress folder {0} cannot be written to ({1}). Progress you make now is kept while this window stays open and saving is tried again with each change; make the folder writable, or export your progress to keep a copy elsewhere.', folder, describeFileError(error)),
        'save-failed',
      );
    }
  }

  private startWatching(): void {
    try {
      const name = path.basename(this.file);
      this.watcher = watchFolder(path.dirname(this.file), { persistent: false }, (_event, changed) => {
        if (changed !== null && changed !== name) return;
        clearTimeout(this.watchTimer);
        this.watchTimer = setTimeout(() => void this.reloadFromDisk().catch(() => undefined), WATCH_DELAY_MS);
      });
      this.watcher.on('error', () => this.stopWatching());
    } catch {
      // Without a watcher, another window's changes still arrive with this window's next save.
    }
  }

  private stopWatching(): void {
    clearTimeout(this.watchTimer);
    this.watcher?.close();
    this.watcher = undefined;
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

  private warn(message: string, kind: ProgressWarningKind): void {
    this.options.onWarning?.(message, kind);
  }
}

export interface ImportComparison {
  ok: true;
  /** Milestones the import has progress for. */
  incoming: number;
  /** Milestones only the import has. */
  onlyThere: number;
  /** Milestones only this store has: replace forgets them, merge keeps them. */
  onlyHere: number;
  /** Milestones both have, with different records: merge keeps the better of each. */
  differing: number;
  same: number;
}

function copyRecords(records: ProgressRecords): ProgressRecords {
  return new Map([...records].map(([key, record]) => [key, copyOf(record)]));
}

function newerFileMessage(file: string, version: number): string {
  return l10n.t(
    'Your progress file {0} was saved by a newer version of Python Mastery (format {1}; this version reads up to format {2}). It is left untouched and progress you make now will not be saved: update the extension to continue where you left off.',
    file, version, CURRENT_PROGRESS_VERSION,
  );
}

type DiskState = ReturnType<typeof decodeProgress> | { kind: 'missing' };

/** The file as it is now, for merging into; a missing file is an empty one. */
async function readForMerge(file: string, now: Date): Promise<DiskState> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'readable', milestones: new Map(), activity: new Map() };
    throw error;
  }
  return decodeProgress(text, now);
}

async function readProgressFile(file: string, options: ProgressStoreOptions): Promise<ReadOutcome> {
  const warn = (message: string, kind: ProgressWarningKind) => options.onWarning?.(message, kind);
  const now = options.now?.() ?? new Date();
  await fs.mkdir(path.dirname(file), { recursive: true }).catch(() => undefined);

  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fresh();
    warn(
      l10n.t('Python Mastery could not read your progress file {0} ({1}). So as not to overwrite it, progress you make now will not be saved; check the file\'s permissions, then reload the window.', file, describeFileError(error)),
      'unreadable',
    );
    return { records: new Map(), activity: new Map(), readOnly: true };
  }

  const decoded = decodeProgress(text, now);
  switch (decoded.kind) {
    case 'readable':
      if (decoded.upgradedFrom !== undefined) await keepPreUpgradeCopy(file, decoded.upgradedFrom);
      return { records: decoded.milestones, activity: decoded.activity, readOnly: false };
    case 'newer':
      warn(newerFileMessage(file, decoded.version), 'newer');
      return { records: new Map(), activity: new Map(), readOnly: true };
    case 'damaged':
      return setDamagedFileAside(file, decoded.reason, now, warn);
  }
}

function fresh(): ReadOutcome {
  return { records: new Map(), activity: new Map(), readOnly: false };
}

/** Before the first save in the new format, so a downgrade can still find the old file. */
async function keepPreUpgradeCopy(file: string, version: number): Promise<void> {
  await keepCopy(file, `v${version}.bak`).catch(() => undefined);
}

async function setDamagedFileAside(
  file: string,
  reason: string,
  now: Date,
  warn: (message: string, kind: ProgressWarningKind) => void,
): Promise<ReadOutcome> {
  try {
    const backup = await moveAside(file, 'corrupt', now);
    warn(
      l10n.t('Python Mastery could not read your saved progress ({0}), so it starts fresh. The old file was kept at {1}: if you have an export of your progress, use "Import Progress" to restore it.', reason, backup),
      'damaged',
    );
    return fresh();
  } catch (error) {
    warn(
      l10n.t('Python Mastery could not read your saved progress in {0} ({1}) and could not set it aside ({2}). It is left untouched and progress you make now will not be saved; move or repair the file, then reload the window.', file, reason, describeFileError(error)),
      'damaged',
    );
    return { records: new Map(), activity: new Map(), readOnly: true };
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
