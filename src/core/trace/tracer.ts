/**
 * Runs the harness's trace mode (harness/run_trace.py) on a snippet or on a call into a learner's
 * file, and reads back its steps. The same limits as the check runner and the script runner: an
 * argument array and never a shell, a time limit on the whole process tree, an output cap,
 * cancellation, and a temporary folder removed afterwards. It never throws: whatever went wrong
 * comes back as a sentence for the learner.
 */
import * as l10n from '@vscode/l10n';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { killDescendants, killProcessTree } from '../checks/processTree';
import { parseTrace, type TraceOptions, type TraceOutcome, type TraceRequest } from './traceFormat';

export const DEFAULT_TRACE_TIMEOUT_SECONDS = 10;
export const DEFAULT_TRACE_MAX_STEPS = 1000;
export const DEFAULT_TRACE_MAX_OBJECTS = 200;

/** How long past the time limit the harness gets to write what it traced before it is killed. */
const KILL_GRACE_MS = 800;
/** Just past the time limit, processes the traced code started are stopped (see runner.ts). */
const REAP_AFTER_LIMIT_MS = 200;
/** Bytes the harness process may print itself (the traced code's output is in the trace). */
const OUTPUT_CAP_BYTES = 256 * 1024;
/** The harness's own exit codes without a trace: finished (0), failed itself (1), usage (2). */
const HARNESS_EXIT_CODES = new Set([0, 1, 2]);

/**
 * `harness/run_trace.py`, found from this module: beside `dist/` in the extension, and at the
 * repository's top when the sources run directly (tests, the bench).
 */
export function findTraceHarness(from: string = __dirname): string | undefined {
  let dir = from;
  for (let level = 0; level < 6; level++) {
    const candidate = path.join(dir, 'harness', 'run_trace.py');
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

export async function traceCode(request: TraceRequest, options: TraceOptions): Promise<TraceOutcome> {
  const started = performance.now();
  if (options.signal?.aborted) return { kind: 'problem', message: l10n.t('Tracing stopped before it finished.') };
  let scratch: string | undefined;
  try {
    const harness = options.harnessPath ?? findTraceHarness();
    if (!harness) return harnessProblem('run_trace.py was not found beside the extension');
    scratch = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pymastery-trace-'));
    const requestFile = path.join(scratch, 'request.json');
    const resultsFile = path.join(scratch, 'trace.json');
    const timeoutSeconds = Math.max(0.1, options.timeoutSeconds ?? DEFAULT_TRACE_TIMEOUT_SECONDS);
    let cwd: string;
    if (request.kind === 'snippet') {
      // The snippet runs in a folder of its own, away from the request and the trace.
      cwd = path.join(scratch, 'work');
      await fs.promises.mkdir(cwd);
    } else {
      cwd = path.dirname(path.resolve(request.file));
    }
    const document = {
      ...(request.kind === 'snippet'
        ? { kind: 'snippet', code: request.code }
        : { kind: 'call', file: path.resolve(request.file), call: request.call }),
      max_steps: Math.max(1, Math.floor(options.maxSteps ?? DEFAULT_TRACE_MAX_STEPS)),
      max_objects: Math.max(1, Math.floor(options.maxObjects ?? DEFAULT_TRACE_MAX_OBJECTS)),
      timeout_seconds: timeoutSeconds,
    };
    await fs.promises.writeFile(requestFile, JSON.stringify(document), 'utf8');
    const outcome = await spawnHarness(options, harness, requestFile, resultsFile, cwd, timeoutSeconds);
    return await interpret(options, outcome, resultsFile, timeoutSeconds, performance.now() - started);
  } catch (error) {
    return harnessProblem((error as Error)?.stack ?? String(error));
  } finally {
    // Removed before the promise settles, so nothing is left behind when the caller exits.
    if (scratch) await fs.promises.rm(scratch, { recursive: true, force: true }).catch(() => undefined);
  }
}

function harnessProblem(detail: string): TraceOutcome {
  return {
    kind: 'problem',
    message: l10n.t('The code could not be traced. This is a problem in Python Mastery, not in your code; the log has details.'),
    detail,
  };
}

interface Outcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stoppedFor?: 'timeout' | 'cancelled' | 'output-limit';
  spawnError?: NodeJS.ErrnoException;
  stderr: string;
}

function spawnHarness(
  options: TraceOptions, harness: string, requestFile: string, resultsFile: string, cwd: string, timeoutSeconds: number,
): Promise<Outcome> {
  const [command = '', ...commandArgs] = options.interpreter;
  const args = [...commandArgs, harness, '--request', requestFile, '--results', resultsFile];
  const env: NodeJS.ProcessEnv = { ...process.env, PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' };
  return new Promise<Outcome>((resolve) => {
    const outcome: Outcome = { exitCode: null, signal: null, stderr: '' };
    const stderr: Buffer[] = [];
    let kept = 0;
    let child: ChildProcess;
    try {
      child = spawn(command, args, {
        cwd,
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
    const reaper = setTimeout(() => killDescendants(child), timeoutSeconds * 1000 + REAP_AFTER_LIMIT_MS);
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(reaper);
      options.signal?.removeEventListener('abort', onAbort);
      // Anything the traced code left running goes with the harness.
      killProcessTree(child);
      child.stdout?.destroy();
      child.stderr?.destroy();
      outcome.stderr = Buffer.concat(stderr).toString('utf8');
      resolve(outcome);
    };
    const stop = (reason: 'timeout' | 'cancelled' | 'output-limit') => {
      outcome.stoppedFor ??= reason;
      killProcessTree(child, true);
    };
    const onAbort = () => stop('cancelled');
    const timer = setTimeout(() => stop('timeout'), timeoutSeconds * 1000 + KILL_GRACE_MS);
    if (options.signal?.aborted) stop('cancelled');
    options.signal?.addEventListener('abort', onAbort);

    const take = (keep: boolean) => (data: Buffer) => {
      kept += data.length;
      if (keep && kept <= OUTPUT_CAP_BYTES) stderr.push(data);
      if (kept > OUTPUT_CAP_BYTES) stop('output-limit');
    };
    child.stdout?.on('data', take(false));
    child.stderr?.on('data', take(true));
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

async function interpret(
  options: TraceOptions, outcome: Outcome, resultsFile: string, timeoutSeconds: number, durationMs: number,
): Promise<TraceOutcome> {
  const interpreter = options.interpreter.join(' ');
  if (outcome.spawnError) {
    const error = outcome.spawnError;
    const message = error.code === 'ENOENT'
      ? l10n.t('Python was not found at "{0}". Install Python 3.8 or newer, or pick an interpreter with "Python Mastery: Select Interpreter".', interpreter)
      : l10n.t('"{0}" could not be started ({1}). Pick another interpreter with "Python Mastery: Select Interpreter".', interpreter, error.code ?? error.message);
    return { kind: 'problem', message, detail: error.message };
  }
  if (outcome.stoppedFor === 'cancelled') {
    return { kind: 'problem', message: l10n.t('Tracing stopped before it finished.') };
  }
  // A complete trace counts whatever happened after it was written: the harness writes it whole,
  // with `complete` last, only once it has finished.
  let text: string | undefined;
  try {
    text = await fs.promises.readFile(resultsFile, 'utf8');
  } catch {
    text = undefined;
  }
  if (text !== undefined) {
    const parsed = parseTrace(text);
    if (!parsed.ok) {
      return {
        kind: 'problem',
        message: l10n.t('The trace could not be read. This is a problem in Python Mastery, not in your code; the log has details.'),
        detail: `${parsed.problem}\n${outcome.stderr}`.trim(),
      };
    }
    const trace = parsed.trace;
    if (trace.steps.length === 0) {
      // Nothing ran that could be shown: a syntax error, a failed import, a Python too old.
      return { kind: 'problem', message: trace.stopped?.message ?? l10n.t('The code ran no lines that could be traced.') };
    }
    return { kind: 'trace', trace, durationMs };
  }
  switch (outcome.stoppedFor) {
    case 'timeout':
      return { kind: 'problem', message: l10n.t('Stopped after {0}: the code was still running. Look for a loop that never ends or a call that waits for input.', formatSeconds(timeoutSeconds)) };
    case 'output-limit':
      return { kind: 'problem', message: l10n.t('Stopped: the code printed too much outside the trace. Print less, or stop the loop that keeps printing.') };
    default:
      break;
  }
  if (outcome.signal) {
    return { kind: 'problem', message: l10n.t('Python stopped on signal {0} while tracing.', outcome.signal), detail: outcome.stderr };
  }
  // The harness says "run_trace.py: …" on stderr when it fails itself; Python may also end early
  // for reasons of its own (an interpreter wrapper that fails, a crash in an extension module).
  if (/run_trace\.py/.test(outcome.stderr) || (HARNESS_EXIT_CODES.has(outcome.exitCode ?? -1) && !outcome.stderr)) {
    return harnessProblem(outcome.stderr || `run_trace.py exited with code ${outcome.exitCode} and wrote no trace`);
  }
  return { kind: 'problem', message: l10n.t('Python exited with code {0} before the trace was written.', String(outcome.exitCode)), detail: outcome.stderr };
}

function formatSeconds(seconds: number): string {
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}
