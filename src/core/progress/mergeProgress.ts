/**
 * Combining two records of the same milestone (when importing in merge mode) so the learner keeps
 * the best of both: a pass beats no pass, the earliest pass time stands, and counts take the
 * larger value. The answer goes with the record that is further along.
 */

import type { MilestoneProgress, MilestoneStatus } from './milestoneProgress';

const STATUS_RANK: Record<MilestoneStatus, number> = { 'not-started': 0, 'in-progress': 1, passed: 2 };

export function mergeProgress(current: MilestoneProgress, incoming: MilestoneProgress): MilestoneProgress {
  const leader = furtherAlong(current, incoming);
  const follower = leader === current ? incoming : current;
  return {
    status: leader.status,
    attempts: Math.max(current.attempts, incoming.attempts),
    hintLevel: Math.max(current.hintLevel, incoming.hintLevel),
    firstPassedAt: earliest(current.firstPassedAt, incoming.firstPassedAt),
    lastAttemptAt: latest(current.lastAttemptAt, incoming.lastAttemptAt),
    answer: leader.answer ?? follower.answer,
  };
}

/** Higher status first, then the more recent attempt; on a tie the current record stays. */
function furtherAlong(current: MilestoneProgress, incoming: MilestoneProgress): MilestoneProgress {
  const byStatus = STATUS_RANK[incoming.status] - STATUS_RANK[current.status];
  if (byStatus !== 0) return byStatus > 0 ? incoming : current;
  return compareTimes(incoming.lastAttemptAt, current.lastAttemptAt) > 0 ? incoming : current;
}

function earliest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return compareTimes(a, b) <= 0 ? a : b;
}

function latest(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return compareTimes(a, b) >= 0 ? a : b;
}

/** ISO times may carry different offsets, so they are compared as instants, not as text. */
function compareTimes(a: string | undefined, b: string | undefined): number {
  const left = a === undefined ? -Infinity : Date.parse(a);
  const right = b === undefined ? -Infinity : Date.parse(b);
  return left === right ? 0 : left < right ? -1 : 1;
}

export function sameProgress(a: MilestoneProgress, b: MilestoneProgress): boolean {
  return (
    a.status === b.status &&
    a.attempts === b.attempts &&
    a.hintLevel === b.hintLevel &&
    a.firstPassedAt === b.firstPassedAt &&
    a.lastAttemptAt === b.lastAttemptAt &&
    JSON.stringify(a.answer) === JSON.stringify(b.answer)
  );
}
