/**
 * Self-tests a whole course: every code milestone, in parallel (a pool bounded by the core
 * count), each with an interpreter that can import what the milestone `requires`. A milestone no
 * interpreter at hand can serve is not run: it is skipped, or failed where nothing may be skipped
 * (CI). Shared by the curriculum tests and `npm run curriculum:check`.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeMilestone, Lesson, Track } from '../curriculum/model';
import { lessonsOf } from '../curriculum/model';
import { findMissingRequirements, parseRequirement, probeInterpreter, type Requirement } from '../python/probe';
import type { CheckRunner } from './runner';
import { selfTestMilestone, type SelfTestResult, type SelfTestVerdict } from './selfTest';

export interface CourseMilestone {
  track: Track;
  lesson: Lesson;
  milestone: CodeMilestone;
  /** `<solutions>/<track>/<lesson>`. */
  solutionDir: string;
}

/** Every code milestone of `tracks`, in course order. */
export function codeMilestones(tracks: readonly Track[], solutionsDir: string): CourseMilestone[] {
  return tracks.flatMap((track) => lessonsOf(track).flatMap((lesson) => lesson.milestones.flatMap((milestone) =>
    milestone.kind === 'code' ? [{ track, lesson, milestone, solutionDir: path.join(solutionsDir, track.id, lesson.id) }] : [])));
}

// ---------------------------------------------------------------------------------------------
// How many at once

/** The core count, or `PYMASTERY_JOBS` when set to a positive whole number. */
export function defaultJobs(env: NodeJS.ProcessEnv = process.env): number {
  const requested = parseJobs(env.PYMASTERY_JOBS);
  if (requested) return requested;
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

export function parseJobs(text: string | undefined): number | undefined {
  if (!text || !/^\s*\d+\s*$/.test(text)) return undefined;
  const jobs = Number(text);
  return jobs >= 1 ? jobs : undefined;
}

/**
 * Whether a milestone whose packages are missing fails instead of being skipped: under CI
 * (`CI=true`) or with `PYMASTERY_QA_STRICT=1`, nothing may be skipped.
 */
export function strictFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const on = (value: string | undefined) => value !== undefined && /^(1|true|yes)$/i.test(value.trim());
  return on(env.CI) || on(env.PYMASTERY_QA_STRICT);
}

// ---------------------------------------------------------------------------------------------
// Which interpreter

/**
 * The interpreters to try, in order: `PYMASTERY_QA_PYTHONS` (a list separated by the platform's
 * path delimiter) when set; otherwise `PYMASTERY_TEST_PYTHON` or `python3`, then Debian's
 * `/usr/bin/python3`, where Debian's `python3-*` packages install.
 */
export function candidateInterpretersFromEnv(env: NodeJS.ProcessEnv = process.env): string[][] {
  const list = env.PYMASTERY_QA_PYTHONS?.split(path.delimiter).map((p) => p.trim()).filter(Boolean);
  if (list && list.length > 0) return list.map((p) => [p]);
  const candidates = [[env.PYMASTERY_TEST_PYTHON || 'python3']];
  if (process.platform !== 'win32') candidates.push(['/usr/bin/python3']);
  return candidates;
}

export interface Interpreter {
  /** The command as given (`python3`). */
  given: readonly string[];
  /**
   * The command the checks run with: the interpreter the given one starts (its
   * `sys.executable`), so that a wrapper such as a pyenv shim is not paid for on every run.
   */
  command: readonly string[];
  version?: string;
  /** Why it cannot be used, when it cannot. */
  problem?: string;
}

export type InterpreterChoice =
  | { ok: true; interpreter: Interpreter }
  | { ok: false; missing: Requirement[]; reason: string };

/**
 * Picks, for a list of `requires` entries, the first candidate interpreter that can import all
 * of them. Each candidate is probed once, and each module looked up at most once per candidate
 * (without importing it).
 */
export class InterpreterChooser {
  private readonly interpreters: Array<Promise<Interpreter>>;
  private readonly lookups = new Map<number, Map<string, Promise<boolean>>>();

  constructor(candidates: ReadonlyArray<readonly string[]>, private readonly options: { resolve?: boolean } = {}) {
    if (candidates.length === 0) throw new Error('InterpreterChooser needs at least one candidate interpreter');
    this.interpreters = candidates.map((given) => this.describe(given));
  }

  /** The first candidate: the one milestones without requirements run with. */
  defaultInterpreter(): Promise<Interpreter> {
    return this.interpreters[0]!;
  }

  /** Every candidate, probed. */
  all(): Promise<Interpreter[]> {
    return Promise.all(this.interpreters);
  }

  async choose(requires: readonly string[]): Promise<InterpreterChoice> {
    const requirements = requires.map(parseRequirement);
    if (requirements.length === 0) return { ok: true, interpreter: await this.defaultInterpreter() };
    let best: { missing: Requirement[] } | undefined;
    const tried: string[] = [];
    for (let i = 0; i < this.interpreters.length; i++) {
      const interpreter = await this.interpreters[i]!;
      const missing = interpreter.problem ? requirements : await this.missingOn(i, interpreter, requirements);
      if (missing.length === 0) return { ok: true, interpreter };
      const shown = interpreter.given.join(' ');
      tried.push(interpreter.problem ? `${shown} (${interpreter.problem})` : `${shown} lacks ${missing.map((r) => r.module).join(', ')}`);
      if (!best || missing.length < best.missing.length) best = { missing };
    }
    const missing = best?.missing ?? requirements;
    return { ok: false, missing, reason: `no interpreter can import ${requirements.map((r) => r.module).join(', ')}: ${tried.join('; ')}` };
  }

  private async missingOn(index: number, interpreter: Interpreter, requirements: readonly Requirement[]): Promise<Requirement[]> {
    let known = this.lookups.get(index);
    if (!known) this.lookups.set(index, (known = new Map()));
    const unknown = requirements.filter((r) => !known!.has(r.module));
    if (unknown.length > 0) {
      const answer = findMissingRequirements(interpreter.command, unknown);
      for (const requirement of unknown) {
        known.set(requirement.module, answer.then((a) => a.ok && !a.missing.some((m) => m.module === requirement.module)));
      }
    }
    const found = await Promise.all(requirements.map((r) => known!.get(r.module)!));
    return requirements.filter((_, i) => !found[i]);
  }

  private async describe(given: readonly string[]): Promise<Interpreter> {
    const probe = await probeInterpreter(given);
    if (!probe.ok) return { given, command: given, problem: probe.problem.message };
    const command = this.options.resolve === false ? given : [probe.info.executable];
    return { given, command, version: probe.info.version };
  }
}

// ---------------------------------------------------------------------------------------------
// The pool

export interface CourseSelfTestOptions {
  runner: CheckRunner;
  chooser: InterpreterChooser;
  /** Milestones self-tested at once; default `defaultJobs()`. */
  jobs?: number;
  signal?: AbortSignal;
  onStart?: (item: CourseMilestone, index: number) => void;
  onResult?: (result: SelfTestResult, item: CourseMilestone, index: number) => void;
}

/** Self-tests every item, at most `jobs` at a time; the results come back in the items' order. */
export function selfTestCourse(items: readonly CourseMilestone[], options: CourseSelfTestOptions): Array<Promise<SelfTestResult>> {
  const jobs = Math.max(1, Math.floor(options.jobs ?? defaultJobs()));
  const settle: Array<(result: SelfTestResult) => void> = [];
  const promises = items.map((_, i) => new Promise<SelfTestResult>((resolve) => { settle[i] = resolve; }));
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      const item = items[index]!;
      if (options.signal?.aborted) {
        settle[index]!({ milestone: item.milestone, verdict: 'run-problem', summary: 'Not run: the self-test was cancelled.', durationMs: 0 });
        continue;
      }
      quietly(() => options.onStart?.(item, index));
      const result = await selfTestOne(item, options);
      quietly(() => options.onResult?.(result, item, index));
      settle[index]!(result);
    }
  };
  for (let w = 0; w < Math.min(jobs, items.length); w++) void worker();
  return promises;
}

function quietly(report: () => void): void {
  try {
    report();
  } catch {
    // A broken progress report must not stop the pool.
  }
}

/** One milestone with the interpreter its `requires` call for. Never throws. */
export async function selfTestOne(item: CourseMilestone, options: Pick<CourseSelfTestOptions, 'runner' | 'chooser' | 'signal'>): Promise<SelfTestResult> {
  const started = performance.now();
  const { milestone } = item;
  try {
    const choice = await options.chooser.choose(milestone.requires);
    if (!choice.ok) {
      return {
        milestone, verdict: 'missing-requirements', missing: choice.missing, durationMs: performance.now() - started,
        summary: `Not run: ${choice.reason}. Install ${choice.missing.map((r) => r.installName).join(', ')} for one of them.`,
      };
    }
    return await selfTestMilestone(item.lesson, milestone, {
      runner: options.runner, interpreter: choice.interpreter.command, solutionDir: item.solutionDir, signal: options.signal,
    });
  } catch (error) {
    return {
      milestone, verdict: 'run-problem', durationMs: performance.now() - started,
      summary: `The self-test itself failed: ${(error as Error)?.message ?? String(error)}`,
    };
  }
}

// ---------------------------------------------------------------------------------------------
// What it adds up to

export type SelfTestOutcome = 'ok' | 'failed' | 'skipped';

/** `missing-requirements` is a skip, or a failure when `strict`; every other verdict but `ok` fails. */
export function outcomeOf(result: SelfTestResult, strict: boolean): SelfTestOutcome {
  if (result.verdict === 'ok') return 'ok';
  if (result.verdict === 'missing-requirements') return strict ? 'failed' : 'skipped';
  return 'failed';
}

export interface CourseSummary {
  total: number;
  ok: number;
  failed: number;
  skipped: number;
  byVerdict: Partial<Record<SelfTestVerdict, number>>;
  /** Install names of the packages that kept milestones from running, with how many each. */
  missingPackages: Array<{ name: string; milestones: number }>;
  /** The slowest milestones, slowest first. */
  slowest: Array<{ key: string; durationMs: number }>;
}

export function summarize(results: readonly SelfTestResult[], strict: boolean, slowestCount = 10): CourseSummary {
  const summary: CourseSummary = { total: results.length, ok: 0, failed: 0, skipped: 0, byVerdict: {}, missingPackages: [], slowest: [] };
  const missing = new Map<string, number>();
  for (const result of results) {
    summary[outcomeOf(result, strict)]++;
    summary.byVerdict[result.verdict] = (summary.byVerdict[result.verdict] ?? 0) + 1;
    for (const requirement of result.missing ?? []) missing.set(requirement.installName, (missing.get(requirement.installName) ?? 0) + 1);
  }
  summary.missingPackages = [...missing].map(([name, milestones]) => ({ name, milestones })).sort((a, b) => b.milestones - a.milestones || a.name.localeCompare(b.name));
  summary.slowest = results
    .filter((r) => r.verdict !== 'missing-requirements')
    .map((r) => ({ key: r.milestone.key, durationMs: r.durationMs }))
    .sort((a, b) => b.durationMs - a.durationMs)
    .slice(0, slowestCount);
  return summary;
}

/** The summary as lines of text: counts, counts by verdict, what was missing, the slowest. */
export function formatSummary(summary: CourseSummary, elapsedMs: number, jobs: number, strict: boolean): string[] {
  const seconds = elapsedMs / 1000;
  const rate = seconds > 0 ? summary.total / seconds : 0;
  const lines = [
    `${summary.total} code milestone${summary.total === 1 ? '' : 's'} in ${seconds.toFixed(1)} s with ${jobs} job${jobs === 1 ? '' : 's'} (${rate.toFixed(1)} milestones/s): ${summary.ok} ok, ${summary.failed} failed, ${summary.skipped} skipped`,
  ];
  const verdicts = Object.entries(summary.byVerdict).sort((a, b) => b[1] - a[1]);
  if (verdicts.length > 0) {
    lines.push('by verdict:');
    for (const [verdict, count] of verdicts) {
      const note = verdict === 'missing-requirements' ? (strict ? '  (failed: nothing may be skipped here)' : '  (skipped)') : '';
      lines.push(`  ${verdict.padEnd(22)} ${String(count).padStart(5)}${note}`);
    }
  }
  if (summary.missingPackages.length > 0) {
    lines.push(`${strict ? 'failed' : 'skipped'} for want of packages: ${summary.missingPackages.map((p) => `${p.name} (${p.milestones})`).join(', ')}`);
  }
  if (summary.slowest.length > 0) {
    lines.push(`the ${summary.slowest.length} slowest:`);
    for (const slow of summary.slowest) lines.push(`  ${(slow.durationMs / 1000).toFixed(2).padStart(6)} s  ${slow.key}`);
  }
  return lines;
}
