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

/**
 * Combining what this window changed with what another window saved meanwhile (a three-way merge):
 * `base` is the record as this window last read it from disk, `local` is the record now, and
 * `disk` is what the file holds now. This window's own changes since `base` are laid over `disk`,
 * so neither window loses the other's attempts, hints, answers or passes: attempt counts add up,
 * the earliest pass stands, and the answer this window changed wins over one it did not.
 *
 * `local` undefined means this window reset the milestone: the reset wins. `disk` undefined (and
 * `base` defined) means the other window reset it: only this window's changes since then remain.
 * Returns undefined when nothing is left to keep.
 */
export function rebaseProgress(
  base: MilestoneProgress | undefined,
  local: MilestoneProgress | undefined,
  disk: MilestoneProgress | undefined,
): MilestoneProgress | undefined {
  if (local === undefined) return undefined;
  const from = base ?? NOT_STARTED;
  const onDisk = disk ?? NOT_STARTED;
  if (sameProgress(local, from)) return disk;
  const gainedPass = local.status === 'passed' && from.status !== 'passed';
  const passed = onDisk.status === 'passed' || gainedPass;
  const rebased: MilestoneProgress = {
    status: passed ? 'passed' : 'in-progress',
    attempts: onDisk.attempts + Math.max(0, local.attempts - from.attempts),
    hintLevel: local.hintLevel > from.hintLevel ? Math.max(onDisk.hintLevel, local.hintLevel) : onDisk.hintLevel,
  };
  const firstPassedAt = passed ? earliest(onDisk.firstPassedAt, gainedPass ? local.firstPassedAt : undefined) : undefined;
  const lastAttemptAt = local.lastAttemptAt !== from.lastAttemptAt ? latest(onDisk.lastAttemptAt, local.lastAttemptAt) : onDisk.lastAttemptAt;
  const answer = JSON.stringify(local.answer) !== JSON.stringify(from.answer) ? local.answer : onDisk.answer;
  if (firstPassedAt !== undefined) rebased.firstPassedAt = firstPassedAt;
  if (lastAttemptAt !== undefined) rebased.lastAttemptAt = lastAttemptAt;
  if (answer !== undefined) rebased.answer = answer;
  return rebased;
}

const NOT_STARTED: MilestoneProgress = { status: 'not-started', attempts: 0, hintLevel: 0 };
