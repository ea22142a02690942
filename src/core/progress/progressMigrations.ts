/**
 * Upgrades older progress files, one format at a time, to the current one.
 *
 * Format 1 (the first release) kept a `passed` flag instead of a status, called the hint level
 * `hintsShown` and the pass time `passedAt`, and held answers in loose optional fields, one set
 * per milestone kind:
 *
 * ```json
 * { "version": 1,
 *   "milestones": {
 *     "basics/variables/greet": { "passed": true, "attempts": 2, "hintsShown": 1,
 *       "passedAt": "2024-11-02T09:00:00.000Z", "lastAttemptAt": "2024-11-02T09:00:00.000Z" },
 *     "basics/variables/why": { "passed": false, "attempts": 0, "hintsShown": 0,
 *       "reflection": "…", "reflectionDone": false } } }
 * ```
 *
 * Format 2 replaces the flag with a three-way status and the loose fields with one tagged answer.
 *
 * Format 3 adds `activity`, the attempts of each day per track. A format-2 file knew only each
 * milestone's last attempt and first pass, so the upgrade counts one attempt on each of those days.
 */

import * as z from 'zod';
import { activityFromRecords, activityToFileForm } from './activity';
import { count, isoTime, milestoneKey, milestoneProgressSchema } from './progressSchema';
import type { MilestoneAnswer, MilestoneStatus } from './milestoneProgress';

/** Upgrades a file of format `from` to format `from + 1`; throws a ZodError if it does not fit. */
interface Migration {
  from: number;
  migrate(file: unknown, now: Date): unknown;
}

const version1Milestone = z.object({
  passed: z.boolean(),
  attempts: count,
  hintsShown: count,
  passedAt: isoTime.optional(),
  lastAttemptAt: isoTime.optional(),
  quizAnswer: z.array(count).optional(),
  prediction: z.string().optional(),
  reflection: z.string().optional(),
  reflectionDone: z.boolean().optional(),
});

const version1File = z.object({
  version: z.literal(1),
  milestones: z.record(milestoneKey, version1Milestone),
});

type Version1Milestone = z.infer<typeof version1Milestone>;

const fromVersion1: Migration = {
  from: 1,
  migrate(file, now) {
    const { milestones } = version1File.parse(file);
    const upgraded = Object.fromEntries(
      Object.entries(milestones).map(([key, old]) => [key, upgradeVersion1Milestone(old, now)]),
    );
    return { version: 2, milestones: upgraded };
  },
};

function upgradeVersion1Milestone(old: Version1Milestone, now: Date) {
  const answer = version1Answer(old);
  return {
    status: version1Status(old, answer),
    attempts: old.attempts,
    hintLevel: old.hintsShown,
    // Format 1 did not always record when a pass happened: the last attempt is the best guess,
    // and failing that the upgrade itself (the pass happened no later than that).
    firstPassedAt: old.passed ? (old.passedAt ?? old.lastAttemptAt ?? now.toISOString()) : undefined,
    lastAttemptAt: old.lastAttemptAt,
    answer,
  };
}

function version1Status(old: Version1Milestone, answer: MilestoneAnswer | undefined): MilestoneStatus {
  if (old.passed) return 'passed';
  const touched = old.attempts > 0 || old.hintsShown > 0 || answer !== undefined;
  return touched ? 'in-progress' : 'not-started';
}

/** A format-1 record carried at most one kind of answer in practice; quiz, predict, reflect in that order. */
function version1Answer(old: Version1Milestone): MilestoneAnswer | undefined {
  if (old.quizAnswer !== undefined) return { kind: 'quiz', selected: old.quizAnswer };
  if (old.prediction !== undefined) return { kind: 'predict', text: old.prediction };
  if (old.reflection !== undefined || old.reflectionDone !== undefined) {
    return { kind: 'reflect', text: old.reflection ?? '', done: old.reflectionDone ?? false };
  }
  return undefined;
}

const version2File = z.object({
  version: z.literal(2),
  milestones: z.record(milestoneKey, milestoneProgressSchema),
});

const fromVersion2: Migration = {
  from: 2,
  migrate(file) {
    const { milestones } = version2File.parse(file);
    const activity = activityFromRecords(Object.entries(milestones));
    return { version: 3, milestones, activity: activityToFileForm(activity) };
  },
};

const MIGRATIONS: readonly Migration[] = [fromVersion1, fromVersion2];

export const OLDEST_PROGRESS_VERSION = 1;

/** Runs every migration from `version` up to the current format, in order. */
export function migrateToCurrent(file: unknown, version: number, currentVersion: number, now: Date): unknown {
  let upgraded = file;
  for (let step = version; step < currentVersion; step++) {
    const migration = MIGRATIONS.find((candidate) => candidate.from === step);
    if (!migration) throw new Error(`no migration from progress format ${step}`);
    upgraded = migration.migrate(upgraded, now);
  }
  return upgraded;
}
