/**
 * Runs one milestone's checks: spawns the learner's interpreter on the harness (an argument
 * array, never a shell), enforces the time limit on the whole process tree, and turns whatever
 * happened into a `CheckRun` with a message the learner can act on. It never throws.
 */
import * as l10n from '@vscode/l10n';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DEFAULT_MEMORY_MB, MIN_PYTHON, RUNNING_CHECK_NAME } from './conventions';
import { parseFaultLog, type FaultReport } from './faultLog';
import { killDescendants, killProcessTree } from './processTree';
import { parseHarnessResults, type CheckResult, type HarnessResults, type SourceLocation } from './results';

export interface CheckRequest {
  /**
   * The command that starts Python: the executable (a path, or a name found on PATH) followed by
   * any arguments it needs, e.g. `['py', '-3']` or `['conda', 'run', '-n', 'env', 'python']`.
   */
  interpreter: readonly string[];
  /** Absolute path of the milestone's check file. */
  checkFile: string;
  /** Absolute path of the learner's workspace folder. */
  workspace: string;
  /** Workspace-relative files the milestone targets; the first holds the anchor. */
  targets?: readonly string[];
  /** Function or class the milestone is about. */
  anchor?: string;
  timeoutSeconds: number;
  /**
   * Megabytes of memory the run may use (Linux: the process's data, heap and private mappings,
   * each thread's stack included); DEFAULT_MEMORY_MB when left out.
   */
  memoryMb?: number;
  /** Cancels the run; the process tree is killed. */
  signal?: AbortSignal;
}

export interface CheckRunnerOptions {
  /** Absolute path of `harness/run_checks.py`. */
  harnessPath: string;
  /** How long past the time limit the harness gets to report before it is killed. */
  killGraceMs?: number;
  /** Bytes of the process's own stdout/stderr kept, each. */
  outputCapBytes?: number;
  /** Extra environment for the interpreter. */
  env?: NodeJS.ProcessEnv;
}

export type RunStatus = 'pass' | 'fail' | 'error' | 'timeout' | 'cancelled';

/** Why a run did not produce ordinary results. */
export type RunProblemKind =
  | 'no-interpreter'
  | 'interpreter-not-runnable'
  | 'python-too-old'
  | 'timeout'
  | 'cancelled'
  | 'crashed'
  | 'exited'
  | 'missing-results'
  | 'malformed-results'
  | 'harness-error';

export interface RunProblem {
  kind: RunProblemKind;
  /** A sentence or two for the learner, with what to do. */
  message: string;
  /** Technical detail for the log (stderr, the fault log). */
  detail?: string;
  /** Where in the learner's code it happened, when known. */
  location?: SourceLocation;
}

export interface CheckRun {
  status: RunStatus;
  checks: CheckResult[];
  problem?: RunProblem;
  python?: { executable: string; version: string };
  /** Wall-clock time of the whole run. */
  durationMs: number;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** What the process printed outside captured calls (capped). */
  stdout: string;
  stderr: string;
}

const DEFAULT_KILL_GRACE_MS = 800;
/** After the time limit, when the processes below the harness are killed (before its own hard stop, see _runner.py). */
const REAP_AFTER_LIMIT_MS = 200;
const DEFAULT_OUTPUT_CAP = 64 * 1024;

export class CheckRunner {
  constructor(private readonly options: CheckRunnerOptions) {}

  async run(request: CheckRequest): Promise<CheckRun> {
    const started = performance.now();
    let scratch: string | undefined;
    try {
      scratch = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pymastery-check-'));
      const outcome = await this.spawnHarness(request, scratch);
      return interpret(request, outcome, performance.now() - started);
    } catch (error) {
      return problemRun({
        kind: 'harness-error',
        message: l10n.t('The check could not be started. This is a problem in Python Mastery, not in your code; the log has details.'),
        detail: (error as Error)?.stack ?? String(error),
      }, performance.now() - started);
    } finally {
      // Removed before the run resolves, so that nothing is left behind when the caller exits.
      if (scratch) await fs.promises.rm(scratch, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  private spawnHarness(request: CheckRequest, scratch: string): Promise<ProcessOutcome> {
    const resultsFile = path.join(scratch, 'results.json');
    const [command = '', ...commandArgs] = request.interpreter;
    const args = [
      ...commandArgs,
      this.options.harnessPath,
      '--milestone', request.checkFile,
      '--workspace', request.workspace,
      '--results', resultsFile,
      '--timeout', String(request.timeoutSeconds),
      '--memory', String(request.memoryMb ?? DEFAULT_MEMORY_MB),
    ];
    for (const target of request.targets ?? []) args.push('--target', target);
    if (request.anchor) args.push('--anchor', request.anchor);

    // Two malloc arenas: every thread otherwise reserves one of its own (64 MB of address space
    // each), which would count against the memory limit although nothing is used.
    const env: NodeJS.ProcessEnv = { MALLOC_ARENA_MAX: '2', ...process.env, ...this.options.env, PYTHONIOENCODING: 'utf-8' };
    const cap = this.options.outputCapBytes ?? DEFAULT_OUTPUT_CAP;
    const killAfterMs = request.timeoutSeconds * 1000 + (this.options.killGraceMs ?? DEFAULT_KILL_GRACE_MS);

    return new Promise<ProcessOutcome>((resolve) => {
      const outcome: ProcessOutcome = {
        resultsFile, exitCode: null, signal: null, killedFor: undefined,
        stdout: new CappedText(cap), stderr: new CappedText(cap),
      };
      let child: ChildProcess;
      try {
        child = spawn(command, args, {
          cwd: request.workspace,
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
          detached: process.platform !== 'win32',
          windowsHide: true,
          shell: false,
        });
      } catch (error) {
        outcome.spawnError = error as NodeJS.ErrnoException;
        resolve(outcome);
        return;
      }
      let settled = false;
      // Just past the time limit, while the harness is still reporting, every process below it
      // goes: once the harness has exited, what it adopted would be out of reach.
      const reaper = setTimeout(() => killDescendants(child), request.timeoutSeconds * 1000 + REAP_AFTER_LIMIT_MS);
      const finish = () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        clearTimeout(reaper);
        request.signal?.removeEventListener('abort', onAbort);
        // Anything the learner's code left running goes with the harness.
        killProcessTree(child);
        child.stdout?.destroy();
        child.stderr?.destroy();
        resolve(outcome);
      };
      const stop = (reason: 'timeout' | 'cancelled') => {
        outcome.killedFor ??= reason;
        killProcessTree(child, true);
      };
      const onAbort = () => stop('cancelled');
      const timer = setTimeout(() => stop('timeout'), killAfterMs);
      if (request.signal?.aborted) stop('cancelled');
      request.signal?.addEventListener('abort', onAbort);

      child.stdout?.on('data', (chunk: Buffer) => outcome.stdout.add(chunk));
      child.stderr?.on('data', (chunk: Buffer) => outcome.stderr.add(chunk));
      child.on('error', (error: NodeJS.ErrnoException) => {
        outcome.spawnError = error;
        finish();
      });
      // 'exit', not 'close': a grandchild may hold the pipes open long after the harness ends.
      child.on('exit', (code, signal) => {
        outcome.exitCode = code;
        outcome.signal = signal;
        finish();
      });
    });
  }
}

interface ProcessOutcome {
  resultsFile: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  killedFor: 'timeout' | 'cancelled' | undefined;
  spawnError?: NodeJS.ErrnoException;
  stdout: CappedText;
  stderr: CappedText;
}

/** Keeps the first `cap` bytes of a stream and counts the rest. */
class CappedText {
  private readonly chunks: Buffer[] = [];
  private kept = 0;
  private dropped = 0;
  constructor(private readonly cap: number) {}

  add(chunk: Buffer): void {
    const room = this.cap - this.kept;
    if (room > 0) {
      const part = chunk.length <= room ? chunk : chunk.subarray(0, room);
      this.chunks.push(part);
      this.kept += part.length;
    }
    this.dropped += Math.max(0, chunk.length - Math.max(0, room));
  }

  toString(): string {
    const text = Buffer.concat(this.chunks).toString('utf8');
    return this.dropped > 0 ? `${text}\n[… ${this.dropped} more bytes cut]` : text;
  }
}

/** The harness's exit codes: finished (0), failed itself (1), Python too old (3); see harness/pymastery/_runner.py. */
const HARNESS_EXIT_CODES = new Set([0, 1, 3]);

function interpret(request: CheckRequest, outcome: ProcessOutcome, durationMs: number): CheckRun {
  const base = {
    durationMs,
    exitCode: outcome.exitCode,
    signal: outcome.signal,
    stdout: outcome.stdout.toString(),
    stderr: outcome.stderr.toString(),
  };
  if (outcome.spawnError) return { ...problemRun(spawnProblem(request.interpreter.join(' '), outcome.spawnError), durationMs), ...base };

  const read = readResults(outcome.resultsFile);
  const fault = readFault(`${outcome.resultsFile}.fault`, request.workspace);

  if (outcome.killedFor === 'cancelled') {
    return { ...base, status: 'cancelled', checks: read.results?.checks ?? [], problem: { kind: 'cancelled', message: l10n.t('The check was cancelled.') } };
  }
  // The harness ends the process itself, with one of its own exit codes, once it has written
  // complete results. Results from a process that was killed, or that exited with any other code,
  // were not finished by the harness (learner code can write a results file too), so they are
  // never taken as complete.
  const endedByHarness = outcome.signal === null && outcome.killedFor === undefined && HARNESS_EXIT_CODES.has(outcome.exitCode ?? -1);
  if (read.results && !endedByHarness) read.results = { ...read.results, complete: false, checks: read.results.checks.filter((c) => c.status !== 'pass') };
  if (read.results) {
    const { results } = read;
    const tooOld = pythonTooOld(results);
    if (tooOld) return { ...base, status: 'error', checks: [], python: results.python, problem: tooOld };
    if (results.complete && results.status === 'timeout') {
      const location = lastLocation(results.checks);
      return { ...base, status: 'timeout', checks: results.checks, python: results.python, problem: timeoutProblem(request, location) };
    }
    if (results.complete) return { ...base, status: results.status, checks: results.checks, python: results.python };
  }
  const partial = read.results?.checks ?? [];
  const python = read.results?.python;
  // Where the learner's code was when the process stopped: the fault log knows best.
  const location = fault.location ?? lastLocation(partial);
  const hungInC = fault.headline?.startsWith('Timeout') ?? false;
  if (outcome.killedFor === 'timeout' || hungInC) {
    return {
      ...base, status: 'timeout', python, checks: markRunning(partial, l10n.t('The time limit ran out here.'), location),
      problem: { ...timeoutProblem(request, location), detail: fault.text },
    };
  }
  if (outcome.signal) {
    return {
      ...base, status: 'error', python, checks: markRunning(partial, l10n.t('Python crashed here.'), location),
      problem: {
        kind: 'crashed', location, detail: fault.text ?? base.stderr,
        message: fault.deepStack
          ? l10n.t('Python crashed ({0}){1} with a very deep call stack. Deep recursion does this when the recursion limit has been raised (sys.setrecursionlimit) past what the C stack can hold: lower the limit, or turn the recursion into a loop.', describeSignal(outcome.signal, fault), where(location))
          : l10n.t('Python crashed ({0}){1}. Code that uses ctypes or C extensions can do this; plain Python code cannot.', describeSignal(outcome.signal, fault), where(location)),
      },
    };
  }
  if (read.results) {
    return {
      ...base, status: 'error', python, checks: partial,
      problem: {
        kind: 'exited', location, detail: base.stderr,
        message: l10n.t('Your code ended the Python process before the checks finished (exit code {0}){1}. Remove calls such as os._exit() from code that runs when the file is imported or called.', String(outcome.exitCode), where(location)),
      },
    };
  }
  if (read.problem === 'missing') {
    const harnessTrouble = /Traceback \(most recent call last\)/.test(base.stderr) && /run_checks\.py|pymastery/.test(base.stderr);
    return {
      ...base, status: 'error', checks: [],
      problem: harnessTrouble
        ? { kind: 'harness-error', detail: base.stderr, message: l10n.t('The check harness failed before it could report. This is a problem in Python Mastery, not in your code; the log has details.') }
        : { kind: 'missing-results', detail: base.stderr, message: l10n.t('The check ended (exit code {0}) without reporting any result. If your code ends the process when it is imported (os._exit, for example), remove that.', String(outcome.exitCode)) },
    };
  }
  return {
    ...base, status: 'error', checks: [],
    problem: { kind: 'malformed-results', detail: read.problem, message: l10n.t('The check\'s results could not be read ({0}). Run the check again; if it keeps happening, the log has details.', read.problem ?? '') },
  };
}

function readResults(file: string): { results?: HarnessResults; problem?: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return { problem: 'missing' };
  }
  const parsed = parseHarnessResults(text);
  return parsed.ok ? { results: parsed.results } : { problem: parsed.problem };
}

function readFault(file: string, workspace: string): FaultReport & { text?: string } {
  try {
    const text = fs.readFileSync(file, 'utf8');
    return text.trim() ? { ...parseFaultLog(text, workspace), text } : {};
  } catch {
    return {};
  }
}

function spawnProblem(interpreter: string, error: NodeJS.ErrnoException): RunProblem {
  if (error.code === 'ENOENT') {
    return {
      kind: 'no-interpreter', detail: error.message,
      message: l10n.t('Python was not found at "{0}". Install Python 3.8 or newer, or pick an interpreter with "Python Mastery: Select Interpreter".', interpreter),
    };
  }
  return {
    kind: 'interpreter-not-runnable', detail: error.message,
    message: l10n.t('"{0}" could not be started ({1}). Pick another interpreter with "Python Mastery: Select Interpreter".', interpreter, error.code ?? error.message),
  };
}

function pythonTooOld(results: HarnessResults): RunProblem | undefined {
  const version = results.python?.version;
  if (!version) return undefined;
  const [major = 0, minor = 0] = version.split('.').map(Number);
  if (major > MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor >= MIN_PYTHON[1])) return undefined;
  return {
    kind: 'python-too-old',
    message: l10n.t('The selected Python is {0}; checks need Python {1} or newer. Pick a newer interpreter with "Python Mastery: Select Interpreter".', version, MIN_PYTHON.join('.')),
  };
}

function timeoutProblem(request: CheckRequest, location: SourceLocation | undefined): RunProblem {
  return {
    kind: 'timeout', location,
    message: l10n.t('Your code was still running after {0} s, so the check was stopped{1}. Look for a loop that never ends or a call that waits forever.', request.timeoutSeconds, where(location)),
  };
}

function problemRun(problem: RunProblem, durationMs: number): CheckRun {
  return { status: 'error', checks: [], problem, durationMs, exitCode: null, signal: null, stdout: '', stderr: '' };
}

function lastLocation(checks: readonly CheckResult[]): SourceLocation | undefined {
  for (let i = checks.length - 1; i >= 0; i--) if (checks[i]!.location) return checks[i]!.location;
  return undefined;
}

/** Adds an entry for the check that was running when the process was stopped. */
function markRunning(checks: readonly CheckResult[], message: string, location: SourceLocation | undefined): CheckResult[] {
  return [...checks, { name: RUNNING_CHECK_NAME, status: 'error', message, location }];
}

function where(location: SourceLocation | undefined): string {
  return location ? l10n.t(' at {0}, line {1}', location.file, location.line) : '';
}

function describeSignal(signal: NodeJS.Signals, fault: FaultReport): string {
  if (fault.headline?.includes('Segmentation fault') || signal === 'SIGSEGV') return l10n.t('a segmentation fault');
  if (signal === 'SIGABRT') return l10n.t('it aborted');
  if (signal === 'SIGKILL') return l10n.t('it was killed, perhaps for using too much memory');
  return l10n.t('signal {0}', signal);
}

export type { CheckResult, SourceLocation } from './results';
export { MIN_PYTHON, RUNNING_CHECK_NAME } from './conventions';
