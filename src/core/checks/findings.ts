/**
 * What a check run means for the learner's code: one finding per failing check, each placed at a
 * line of the learner's file, with the message, the hint to show now, and the expected and actual
 * values where the check has them. Pure, so every surface (diagnostics, Test Explorer, CodeLens,
 * lesson panel) shows the same thing.
 *
 * Positions in the core are 1-based, lines and columns alike; the editor converts at its edge.
 */
import * as l10n from '@vscode/l10n';
import { RUNNING_CHECK_NAME } from './conventions';
import type { CheckRun, RunProblemKind } from './runner';
import type { CheckResult, SourceLocation } from './results';

export type FindingSeverity = 'error' | 'warning';

export interface Finding {
  /** Workspace-relative path with forward slashes; absent when nothing in the code is to blame. */
  file?: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** The check's name, or a short title for a problem with the run itself. */
  title: string;
  message: string;
  /** The check's own hint for this failure. */
  hint?: string;
  /** The milestone's progressive hint the learner has reached, on the first finding only. */
  milestoneHint?: MilestoneHint;
  expected?: string;
  actual?: string;
  severity: FindingSeverity;
  /** Set when the finding is about the run rather than a check (timeout, no interpreter, …). */
  problem?: RunProblemKind;
}

export interface MilestoneHint {
  text: string;
  /** 1-based. */
  level: number;
  of: number;
}

export interface FindingsContext {
  /** The milestone's first target file, where a failure with no location of its own lands. */
  targetFile?: string;
  /** 1-based line of the anchor in the target file, when it is defined. */
  anchorLine?: number;
  /** The milestone's hints and how many the learner has been shown. */
  hints?: readonly string[];
  hintLevel?: number;
}

export interface RunSummary {
  passed: number;
  failing: number;
  skipped: number;
  total: number;
}

/** Problems with the learner's set-up, not their code: they point at no line. */
const SETUP_PROBLEMS: ReadonlySet<RunProblemKind> = new Set(['no-interpreter', 'interpreter-not-runnable', 'python-too-old', 'harness-error', 'cancelled']);

export function findingsOf(run: CheckRun, context: FindingsContext = {}): Finding[] {
  if (run.status === 'pass' || run.status === 'cancelled') return [];
  const fallback: SourceLocation | undefined = context.targetFile
    ? { file: context.targetFile, line: context.anchorLine ?? 1, column: 1 }
    : undefined;
  const findings: Finding[] = [];

  const { problem } = run;
  if (problem) {
    const located = SETUP_PROBLEMS.has(problem.kind) ? undefined : problem.location ?? fallback;
    findings.push({
      ...at(located),
      title: problemTitle(problem.kind),
      message: problem.message,
      severity: 'error',
      problem: problem.kind,
    });
  }
  for (const check of run.checks) {
    if (check.status !== 'fail' && check.status !== 'error') continue;
    // The runner's stand-in for the check that was running when the process stopped repeats the
    // problem, which is already a finding of its own.
    if (problem && check.name === RUNNING_CHECK_NAME) continue;
    findings.push(checkFinding(check, check.location ?? fallback));
  }

  const milestoneHint = currentHint(context);
  const first = findings.find((f) => f.file !== undefined) ?? findings[0];
  if (first && milestoneHint && !(first.problem && SETUP_PROBLEMS.has(first.problem))) first.milestoneHint = milestoneHint;
  return findings;
}

/** The milestone hint the learner has reached, or undefined before the first one. */
export function currentHint(context: Pick<FindingsContext, 'hints' | 'hintLevel'>): MilestoneHint | undefined {
  const hints = context.hints ?? [];
  const level = Math.min(context.hintLevel ?? 0, hints.length);
  if (level < 1) return undefined;
  return { text: hints[level - 1]!, level, of: hints.length };
}

export function summarize(run: CheckRun): RunSummary {
  const summary: RunSummary = { passed: 0, failing: 0, skipped: 0, total: 0 };
  for (const check of run.checks) {
    summary.total++;
    if (check.status === 'pass') summary.passed++;
    else if (check.status === 'skip') summary.skipped++;
    else summary.failing++;
  }
  // A run that stopped before any check reported still failed.
  if (run.status !== 'pass' && summary.failing === 0 && run.status !== 'cancelled') {
    summary.failing = 1;
    summary.total++;
  }
  return summary;
}

/** The finding as one block of text: what failed, expected and actual, then the hints. */
export function describeFinding(finding: Finding): string {
  const lines = [finding.title === finding.message ? finding.message : `${finding.title}: ${finding.message}`];
  if (finding.expected !== undefined) lines.push(l10n.t('Expected: {0}', finding.expected));
  if (finding.actual !== undefined) lines.push(l10n.t('Actual: {0}', finding.actual));
  if (finding.hint) lines.push(l10n.t('Hint: {0}', finding.hint));
  if (finding.milestoneHint) lines.push(`${hintLabel(finding.milestoneHint)}: ${finding.milestoneHint.text}`);
  return lines.join('\n');
}

export function hintLabel(hint: MilestoneHint): string {
  return l10n.t('Hint {0} of {1}', hint.level, hint.of);
}

function checkFinding(check: CheckResult, location: SourceLocation | undefined): Finding {
  const finding: Finding = {
    ...at(location),
    title: check.name,
    message: check.message?.trim() || (check.status === 'fail' ? l10n.t('This check failed.') : l10n.t('This check stopped with an error.')),
    severity: 'error',
  };
  if (check.hint) finding.hint = check.hint;
  if (check.expected !== undefined) finding.expected = check.expected;
  if (check.actual !== undefined) finding.actual = check.actual;
  return finding;
}

function at(location: SourceLocation | undefined): Pick<Finding, 'file' | 'line' | 'column'> {
  return location ? { file: location.file, line: location.line, column: Math.max(1, location.column) } : { line: 1, column: 1 };
}

function problemTitle(kind: RunProblemKind): string {
  switch (kind) {
    case 'timeout': return l10n.t('Time limit');
    case 'crashed': return l10n.t('Python crashed');
    case 'exited': return l10n.t('Your code ended the run');
    case 'no-interpreter':
    case 'interpreter-not-runnable':
    case 'python-too-old': return 'Python';
    case 'cancelled': return l10n.t('Cancelled');
    default: return l10n.t('The check could not finish');
  }
}
