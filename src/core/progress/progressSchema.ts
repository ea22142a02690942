/**
 * The progress file as it is written today (format 3), validated with zod on load and on import.
 *
 * ```json
 * { "version": 3,
 *   "milestones": {
 *     "basics/variables/greet": { "status": "passed", "attempts": 3, "hintLevel": 1,
 *       "firstPassedAt": "2025-01-05T10:00:00.000Z", "lastAttemptAt": "2025-01-05T10:04:00.000Z" },
 *     "basics/variables/quiz-types": { "status": "in-progress", "attempts": 1, "hintLevel": 0,
 *       "lastAttemptAt": "…", "answer": { "kind": "quiz", "selected": [0, 2] } } },
 *   "activity": { "2025-01-05": { "basics": 4 } } }
 * ```
 *
 * Milestones never touched are not written. `activity` counts attempts per local day and track
 * (see `activity.ts`). Older formats are upgraded by `progressMigrations.ts`.
 */

import * as z from 'zod';
import { DAY_PATTERN } from './activity';
import { isMilestoneKey } from './milestoneProgress';

export const CURRENT_PROGRESS_VERSION = 3;

export const isoTime = z.iso.datetime({ offset: true });
export const count = z.number().int().nonnegative();
export const milestoneKey = z.string().refine(isMilestoneKey, 'expected a key of the form "track/lesson/milestone"');

export const answerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('quiz'), selected: z.array(count) }),
  z.object({ kind: z.literal('predict'), text: z.string() }),
  z.object({ kind: z.literal('reflect'), text: z.string(), done: z.boolean() }),
]);

export const milestoneProgressSchema = z
  .object({
    status: z.enum(['not-started', 'in-progress', 'passed']),
    attempts: count,
    hintLevel: count,
    firstPassedAt: isoTime.optional(),
    lastAttemptAt: isoTime.optional(),
    answer: answerSchema.optional(),
  })
  .refine((progress) => (progress.status === 'passed') === (progress.firstPassedAt !== undefined), {
    message: 'a passed milestone needs firstPassedAt, and only a passed one may have it',
    path: ['firstPassedAt'],
  });

const day = z.string().regex(DAY_PATTERN, 'expected a day of the form "YYYY-MM-DD"');
const trackId = z.string().regex(/^[^/\s]+$/, 'expected a track id');

export const activitySchema = z.record(day, z.record(trackId, count));

export const progressFileSchema = z.object({
  version: z.literal(CURRENT_PROGRESS_VERSION),
  milestones: z.record(milestoneKey, milestoneProgressSchema),
  activity: activitySchema.default({}),
});

export type ProgressFile = z.infer<typeof progressFileSchema>;
