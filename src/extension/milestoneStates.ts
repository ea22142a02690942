/**
 * Where the learner stands on each milestone, lesson, module and track, in the four states every
 * surface shows (not started, in progress, failed, passed) plus "running". Read on demand from the
 * run pipeline and the progress store: nothing is kept here.
 */
import * as vscode from 'vscode';
import type { Difficulty, Lesson, MilestoneKey, MilestoneKind, Module, Track } from '../core/curriculum/model';
import type { MilestoneProgress } from '../core/progress';

export type LearnerState = 'not-started' | 'in-progress' | 'failed' | 'passed' | 'running';

export interface Counts {
  passed: number;
  total: number;
  /** Touched but not passed. */
  started: number;
  failed: number;
}

export interface StateSources {
  progressOf(key: MilestoneKey): MilestoneProgress | undefined;
  isRunning(key: MilestoneKey): boolean;
  /** The outcome of the latest run this session, when there was one. */
  latestOutcome(key: MilestoneKey): string | undefined;
}

/** How hard a milestone is meant to be, in the learner's language. */
export function difficultyLabel(difficulty: Difficulty): string {
  switch (difficulty) {
    case 'easy': return vscode.l10n.t('easy');
    case 'medium': return vscode.l10n.t('medium');
    case 'hard': return vscode.l10n.t('hard');
  }
}

/** What a kind of milestone is called, in the learner's language. */
export function milestoneKindLabel(kind: MilestoneKind): string {
  switch (kind) {
    case 'code': return vscode.l10n.t('Code');
    case 'predict': return vscode.l10n.t('Predict the output');
    case 'quiz': return vscode.l10n.t('Quiz');
    case 'reflect': return vscode.l10n.t('Reflect');
  }
}

export function stateLabel(state: LearnerState): string {
  switch (state) {
    case 'not-started': return vscode.l10n.t('not started');
    case 'in-progress': return vscode.l10n.t('in progress');
    case 'failed': return vscode.l10n.t('failed');
    case 'passed': return vscode.l10n.t('passed');
    case 'running': return vscode.l10n.t('running');
  }
}

/** The codicon and theme colour of a state, as the Testing view draws them. */
export function stateIcon(state: LearnerState): vscode.ThemeIcon {
  switch (state) {
    case 'passed': return new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    case 'failed': return new vscode.ThemeIcon('error', new vscode.ThemeColor('testing.iconFailed'));
    case 'in-progress': return new vscode.ThemeIcon('issue-draft', new vscode.ThemeColor('testing.iconQueued'));
    case 'running': return new vscode.ThemeIcon('loading~spin');
    case 'not-started': return new vscode.ThemeIcon('circle-large-outline', new vscode.ThemeColor('testing.iconUnset'));
  }
}

/** A word-free marker for quick picks, where labels take `$(icon)` but no colour. */
export function stateCodicon(state: LearnerState): string {
  switch (state) {
    case 'passed': return '$(pass-filled)';
    case 'failed': return '$(error)';
    case 'in-progress': return '$(issue-draft)';
    case 'running': return '$(loading~spin)';
    case 'not-started': return '$(circle-large-outline)';
  }
}

export class MilestoneStates {
  constructor(private readonly sources: StateSources) {}

  /**
   * A pass is for good. A milestone with attempts and no pass failed its last attempt (a pass
   * would have made it passed); one touched without an attempt (a hint, a draft answer) is in
   * progress. A failing run this session shows as failed even before the store has it.
   */
  of(key: MilestoneKey): LearnerState {
    return this.sources.isRunning(key) ? 'running' : this.settled(key);
  }

  /** The state without "running": what the milestone stands at while its run is still going. */
  settled(key: MilestoneKey): Exclude<LearnerState, 'running'> {
    const progress = this.sources.progressOf(key);
    if (progress?.status === 'passed') return 'passed';
    const outcome = this.sources.latestOutcome(key);
    if ((progress?.attempts ?? 0) > 0 || outcome === 'fail' || outcome === 'error') return 'failed';
    if (progress?.status === 'in-progress') return 'in-progress';
    return 'not-started';
  }

  /** Counts by settled state, so a run under way does not make a passed milestone count as not passed. */
  counts(keys: Iterable<MilestoneKey>): Counts {
    const counts: Counts = { passed: 0, total: 0, started: 0, failed: 0 };
    for (const key of keys) {
      counts.total++;
      const state = this.settled(key);
      if (state === 'passed') counts.passed++;
      else if (state !== 'not-started') counts.started++;
      if (state === 'failed') counts.failed++;
    }
    return counts;
  }

  /** A lesson, module or track: passed when all is, running while any runs, else started or not. */
  ofGroup(keys: readonly MilestoneKey[]): LearnerState {
    if (keys.some((key) => this.sources.isRunning(key))) return 'running';
    const counts = this.counts(keys);
    if (counts.total > 0 && counts.passed === counts.total) return 'passed';
    return counts.passed + counts.started > 0 ? 'in-progress' : 'not-started';
  }
}

export function lessonKeys(lesson: Lesson): MilestoneKey[] {
  return lesson.milestones.map((m) => m.key);
}

export function moduleKeys(module: Module): MilestoneKey[] {
  return module.lessons.flatMap(lessonKeys);
}

export function trackKeys(track: Track): MilestoneKey[] {
  return track.modules.flatMap(moduleKeys);
}

export function lessonKeyOf(milestoneKey: MilestoneKey): string {
  return milestoneKey.split('/').slice(0, 2).join('/');
}

/** "7/12" */
export function fraction(counts: Counts): string {
  return `${counts.passed}/${counts.total}`;
}
