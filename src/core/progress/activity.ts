/**
 * The days the learner worked: how many attempts they made on each day, per track. It feeds the
 * dashboard's calendar and pace line. Days are the learner's own calendar days (local time), kept
 * as `YYYY-MM-DD`; the log never shrinks when a milestone is reset, because the work was done.
 *
 * In memory the log is a map from `day track` to a count; in the file it is nested,
 * `{ "2026-11-23": { "twenty-three-days": 4 } }`.
 */

import type { MilestoneKey } from '../curriculum/model';
import type { MilestoneProgress } from './milestoneProgress';

export type ActivityLog = Map<string, number>;

export type ActivityFileForm = Record<string, Record<string, number>>;

export interface ActivityEntry {
  /** `YYYY-MM-DD`, the learner's local day. */
  day: string;
  track: string;
  attempts: number;
}

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** The local calendar day of `at`, as `YYYY-MM-DD`. */
export function dayOf(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

export function trackOf(key: MilestoneKey): string {
  return key.slice(0, key.indexOf('/'));
}

function entryKey(day: string, track: string): string {
  return `${day} ${track}`;
}

/** One more attempt on `key`'s track on the day of `at`. Changes `log` in place. */
export function countAttempt(log: ActivityLog, key: MilestoneKey, at: Date): void {
  const entry = entryKey(dayOf(at), trackOf(key));
  log.set(entry, (log.get(entry) ?? 0) + 1);
}

export function entriesOf(log: ActivityLog): ActivityEntry[] {
  return [...log.entries()]
    .map(([entry, attempts]) => {
      const [day = '', track = ''] = entry.split(' ');
      return { day, track, attempts };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.track.localeCompare(b.track));
}

export function sameActivity(a: ActivityLog, b: ActivityLog): boolean {
  if (a.size !== b.size) return false;
  for (const [entry, count] of a) if (b.get(entry) !== count) return false;
  return true;
}

/**
 * This window's new attempts since `base`, laid over what another window saved (`disk`): counts
 * add up, so neither window's days are lost.
 */
export function rebaseActivity(base: ActivityLog, local: ActivityLog, disk: ActivityLog): ActivityLog {
  const result = new Map(disk);
  for (const [entry, count] of local) {
    const added = count - (base.get(entry) ?? 0);
    if (added > 0) result.set(entry, (disk.get(entry) ?? 0) + added);
  }
  return result;
}

/** For importing in merge mode: an export of the same history must not count twice. */
export function mergeActivity(current: ActivityLog, incoming: ActivityLog): ActivityLog {
  const result = new Map(current);
  for (const [entry, count] of incoming) result.set(entry, Math.max(count, current.get(entry) ?? 0));
  return result;
}

/** The best guess at the days worked from records alone: the day of each last attempt and first pass. */
export function activityFromRecords(records: Iterable<[MilestoneKey, MilestoneProgress]>): ActivityLog {
  const log: ActivityLog = new Map();
  for (const [key, progress] of records) {
    const days = new Set<string>();
    for (const time of [progress.lastAttemptAt, progress.firstPassedAt]) {
      if (time !== undefined) days.add(dayOf(new Date(time)));
    }
    for (const day of days) {
      const entry = entryKey(day, trackOf(key));
      log.set(entry, (log.get(entry) ?? 0) + 1);
    }
  }
  return log;
}

export function activityToFileForm(log: ActivityLog): ActivityFileForm {
  const form: ActivityFileForm = {};
  for (const { day, track, attempts } of entriesOf(log)) {
    if (attempts <= 0) continue;
    (form[day] ??= {})[track] = attempts;
  }
  return form;
}

export function activityFromFileForm(form: ActivityFileForm): ActivityLog {
  const log: ActivityLog = new Map();
  for (const [day, tracks] of Object.entries(form)) {
    for (const [track, attempts] of Object.entries(tracks)) if (attempts > 0) log.set(entryKey(day, track), attempts);
  }
  return log;
}
