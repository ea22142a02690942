/**
 * What the learner has done on one milestone, and the rules for how it changes. Pure: the store
 * owns persistence and events; these functions only compute the next record.
 */

import type { MilestoneKey } from '../curriculum/model';

export type MilestoneStatus = 'not-started' | 'in-progress' | 'passed';

export type AttemptOutcome = 'pass' | 'fail';

/** The quiz choices the learner selected, as indexes into the milestone's `choices`. */
export interface QuizAnswer {
  kind: 'quiz';
  selected: number[];
}

/** The output the learner predicted for the milestone's snippet. */
export interface PredictAnswer {
  kind: 'predict';
  text: string;
}

/** The learner's own words for a reflect prompt, and whether they ticked it off. */
export interface ReflectAnswer {
  kind: 'reflect';
  text: string;
  done: boolean;
}

/** One answer per milestone; its `kind` matches the milestone's kind. Code milestones have none. */
export type MilestoneAnswer = QuizAnswer | PredictAnswer | ReflectAnswer;

export interface MilestoneProgress {
  status: MilestoneStatus;
  /** Check runs and graded answer submissions. */
  attempts: number;
  /** How many of the milestone's hints the learner has seen. */
  hintLevel: number;
  /** ISO time of the first pass; set once and never moved, except by a reset. */
  firstPassedAt?: string;
  /** ISO time of the latest check run or graded submission. */
  lastAttemptAt?: string;
  answer?: MilestoneAnswer;
}

const MILESTONE_KEY_PATTERN = /^[^/\s]+\/[^/\s]+\/[^/\s]+$/;

export function isMilestoneKey(value: string): value is MilestoneKey {
  return MILESTONE_KEY_PATTERN.test(value);
}

export function assertMilestoneKey(key: string): asserts key is MilestoneKey {
  if (!isMilestoneKey(key)) {
    throw new Error(`"${key}" is not a milestone key; expected "track/lesson/milestone".`);
  }
}

export function notStarted(): MilestoneProgress {
  return { status: 'not-started', attempts: 0, hintLevel: 0 };
}

export function isNotStarted(progress: MilestoneProgress): boolean {
  return (
    progress.status === 'not-started' &&
    progress.attempts === 0 &&
    progress.hintLevel === 0 &&
    progress.answer === undefined
  );
}

/** A pass is for good: a later failing run does not take it away. */
export function withAttempt(progress: MilestoneProgress, outcome: AttemptOutcome, at: Date): MilestoneProgress {
  const time = at.toISOString();
  const passedNow = outcome === 'pass' && progress.status !== 'passed';
  return {
    ...progress,
    status: outcome === 'pass' || progress.status === 'passed' ? 'passed' : 'in-progress',
    attempts: progress.attempts + 1,
    lastAttemptAt: time,
    firstPassedAt: passedNow ? time : progress.firstPassedAt,
  };
}

/** One more hint, never beyond the number the milestone has; at the cap nothing changes. */
export function withNextHint(progress: MilestoneProgress, maxHints: number): MilestoneProgress {
  if (progress.hintLevel >= hintCap(maxHints)) return progress;
  return { ...progress, hintLevel: progress.hintLevel + 1, status: startedStatus(progress.status) };
}

/** How many hints to show: the level reached, limited to the hints the milestone has now. */
export function visibleHints(progress: MilestoneProgress, maxHints: number): number {
  return Math.min(progress.hintLevel, hintCap(maxHints));
}

function hintCap(maxHints: number): number {
  return Number.isFinite(maxHints) ? Math.max(0, Math.floor(maxHints)) : 0;
}

export function withAnswer(progress: MilestoneProgress, answer: MilestoneAnswer): MilestoneProgress {
  return { ...progress, answer: normalizedAnswer(answer), status: startedStatus(progress.status) };
}

function startedStatus(status: MilestoneStatus): MilestoneStatus {
  return status === 'not-started' ? 'in-progress' : status;
}

/** Quiz selections are kept sorted and without duplicates, so equal answers compare equal. */
export function normalizedAnswer(answer: MilestoneAnswer): MilestoneAnswer {
  switch (answer.kind) {
    case 'quiz':
      return { kind: 'quiz', selected: [...new Set(answer.selected)].sort((a, b) => a - b) };
    case 'predict':
      return { kind: 'predict', text: answer.text };
    case 'reflect':
      return { kind: 'reflect', text: answer.text, done: answer.done };
  }
}

/** Whether `key` is `scope` itself or lies under it (`track` or `track/lesson`), by whole segments. */
export function isWithinScope(key: MilestoneKey, scope: string): boolean {
  const trimmed = scope.replace(/\/+$/, '');
  return key === trimmed || key.startsWith(`${trimmed}/`);
}

/** A fresh copy with only the fields that are set, so equal records compare deep-equal. */
export function copyOf(progress: MilestoneProgress): MilestoneProgress {
  const copy: MilestoneProgress = {
    status: progress.status,
    attempts: progress.attempts,
    hintLevel: progress.hintLevel,
  };
  if (progress.firstPassedAt !== undefined) copy.firstPassedAt = progress.firstPassedAt;
  if (progress.lastAttemptAt !== undefined) copy.lastAttemptAt = progress.lastAttemptAt;
  if (progress.answer !== undefined) copy.answer = normalizedAnswer(progress.answer);
  return copy;
}
