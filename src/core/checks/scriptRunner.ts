/**
 * Runs a piece of Python source as a plain script, `python example.py`, in a fresh temporary
 * folder: the runnable examples of a lesson and the snippets of predict milestones. It keeps the
 * limits of the check runner: an argument array and never a shell, a time limit on the whole
 * process tree, an output cap (reaching it stops the script at once), and cancellation. Like the
 * check runner, it never throws: whatever happened comes back as a `ScriptRun` with a sentence
 * for the learner.
 *
 * A script is not the interactive prompt: a bare expression prints nothing and `_` is not
 * defined, exactly as when the learner runs the file themselves.
 */
import * as l10n from '@vscode/l10n';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { killProcessTree } from './processTree';

export interface ScriptRequest {
  /** The command that starts Python, e.g. `['python3']` or `['py', '-3']`. */
  interpreter: readonly string[];
  /** The script's source. */
  source: string;
  timeoutSeconds: number;
  /** Bytes of output kept, stdout and stderr together; reaching it stops the script. */
  outputCapBytes?: number;
  /** Cancels the run; the process tree is killed. */
  signal?: AbortSignal;
  /** The script's file name in its temporary folder; `example.py` by default. */
  fileName?: string;
  /** Extra environment for the interpreter. */
  env?: NodeJS.ProcessEnv;
}

export type ScriptStatus = 'exited' | 'timeout' | 'output-limit' | 'cancelled' | 'crashed' | 'not-started';

export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

export interface ScriptRun {
  status: ScriptStatus;
  /** The exit code when the script ended by itself. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** What the script printed, in the order it arrived, the temporary folder's path left out. */
  output: OutputChunk[];
  stdout: string;
  stderr: string;
  /** True when output past the cap was dropped. */
  truncated: boolean;
  durationMs: number;
  /** Why the script did not end by itself with exit code 0, in the learner's words. */
  problem?: { message: string; detail?: string };
}

export const DEFAULT_SCRIPT_OUTPUT_CAP = 64 * 1024;

export async function runScript(request: ScriptRequest): Promise<ScriptRun> {
  const started = performance.now();
  const fileName = request.fileName ?? 'example.py';
  let scratch: string | undefined;
  try {
    scratch = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pymastery-script-'));
    await fs.promises.writeFile(path.join(scratch, fileName), request.source, 'utf8');
    const outcome = await spawnScript(request, scratch, fileName);
    return describe(request, outcome, scratch, performance.now() - started);
  } catch (error) {
    return {
      status: 'not-started', exitCode: null, signal: null, output: [], stdout: '', stderr: '', truncated: false,
      durationMs: performance.now() - started,
      problem: { message: l10n.t('The example could not be started. This is a problem in Python Mastery, not in the example; the log has details.'), detail: (error as Error)?.stack ?? String(error) },
    };
  } finally {
    if (scratch) fs.promises.rm(scratch, { recursive: true, force: true }).catch(() => undefined);
  }
}

interface Outcome {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stoppedFor?: 'timeout' | 'output-limit' | 'cancelled';
  spawnError?: NodeJS.ErrnoException;
  chunks: { stream: 'stdout' | 'stderr'; data: Buffer }[];
  truncated: boolean;
}

function spawnScript(request: ScriptRequest, cwd: string, fileName: string): Promise<Outcome> {
  const [command = '', ...commandArgs] = request.interpreter;
  const cap = request.outputCapBytes ?? DEFAULT_SCRIPT_OUTPUT_CAP;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...request.env,
    PYTHONIOENCODING: 'utf-8',
    // Unbuffered, so that what the script prints and its traceback arrive in the order they happen.
    PYTHONUNBUFFERED: '1',
    PYTHONDONTWRITEBYTECODE: '1',
  };
  return new Promise<Outcome>((resolve) => {
    const outcome: Outcome = { exitCode: null, signal: null, chunks: [], truncated: false };
    let kept = 0;
    let child: ChildProcess;
    try {
      child = spawn(command, [...commandArgs, fileName], {
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
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      request.signal?.removeEventListener('abort', onAbort);
      // Anything the script left running goes with it.
      killProcessTree(child);
      child.stdout?.destroy();
      child.stderr?.destroy();
      resolve(outcome);
    };
    const stop = (reason: 'timeout' | 'output-limit' | 'cancelled') => {
      outcome.stoppedFor ??= reason;
      killProcessTree(child, true);
    };
    const onAbort = () => stop('cancelled');
    const timer = setTimeout(() => stop('timeout'), request.timeoutSeconds * 1000);
    if (request.signal?.aborted) stop('cancelled');
    request.signal?.addEventListener('abort', onAbort);

    const take = (stream: 'stdout' | 'stderr') => (data: Buffer) => {
      if (outcome.truncated) return;
      const room = cap - kept;
      const part = data.length <= room ? data : data.subarray(0, Math.max(0, room));
      if (part.length > 0) outcome.chunks.push({ stream, data: part });
      kept += part.length;
      if (part.length < data.length) {
        outcome.truncated = true;
        stop('output-limit');
      }
    };
    child.stdout?.on('data', take('stdout'));
    child.stderr?.on('data', take('stderr'));
    child.on('error', (error: NodeJS.ErrnoException) => {
      outcome.spawnError = error;
      finish();
    });
    // 'exit', not 'close': a grandchild may hold the pipes open long after the script ends.
    child.on('exit', (code, signal) => {
      outcome.exitCode = code;
      outcome.signal = signal;
      // Output still in the pipes arrives just after 'exit'; give it a moment.
      setTimeout(finish, 20);
    });
  });
}

function describe(request: ScriptRequest, outcome: Outcome, scratch: string, durationMs: number): ScriptRun {
  const output = joinChunks(outcome.chunks, scratch);
  const text = (stream: 'stdout' | 'stderr') => output.filter((c) => c.stream === stream).map((c) => c.text).join('');
  const base = {
    exitCode: outcome.stoppedFor ? null : outcome.exitCode,
    signal: outcome.stoppedFor ? null : outcome.signal,
    output, stdout: text('stdout'), stderr: text('stderr'), truncated: outcome.truncated, durationMs,
  };
  const interpreter = request.interpreter.join(' ');
  if (outcome.spawnError) {
    const error = outcome.spawnError;
    const message = error.code === 'ENOENT'
      ? l10n.t('Python was not found at "{0}". Install Python 3.8 or newer, or pick an interpreter with "Python Mastery: Select Interpreter".', interpreter)
      : l10n.t('"{0}" could not be started ({1}). Pick another interpreter with "Python Mastery: Select Interpreter".', interpreter, error.code ?? error.message);
    return { ...base, status: 'not-started', problem: { message, detail: error.message } };
  }
  switch (outcome.stoppedFor) {
    case 'timeout':
      return { ...base, status: 'timeout', problem: { message: l10n.t('Stopped after {0}: it was still running. Look for a loop that never ends or a call that waits for input.', formatSeconds(request.timeoutSeconds)) } };
    case 'output-limit':
      return { ...base, status: 'output-limit', problem: { message: l10n.t('Stopped after printing {0}: the rest was cut. Print less, or stop the loop that keeps printing.', formatBytes(request.outputCapBytes ?? DEFAULT_SCRIPT_OUTPUT_CAP)) } };
    case 'cancelled':
      return { ...base, status: 'cancelled', problem: { message: l10n.t('Stopped before it finished.') } };
    default:
      break;
  }
  if (outcome.signal) {
    return { ...base, status: 'crashed', problem: { message: l10n.t('Python stopped on signal {0}.', outcome.signal) } };
  }
  if (outcome.exitCode !== 0) {
    return { ...base, status: 'exited', problem: { message: l10n.t('Python exited with code {0}.', String(outcome.exitCode)) } };
  }
  return { ...base, status: 'exited' };
}

/**
 * Decodes the chunks of each stream as one text (a character may be split across chunks) and
 * merges neighbours from the same stream. The temporary folder's path is left out of tracebacks:
 * `File "example.py", line 3` says all the learner needs.
 */
function joinChunks(chunks: Outcome['chunks'], scratch: string): OutputChunk[] {
  const merged: { stream: 'stdout' | 'stderr'; data: Buffer[] }[] = [];
  for (const chunk of chunks) {
    const last = merged[merged.length - 1];
    if (last && last.stream === chunk.stream) last.data.push(chunk.data);
    else merged.push({ stream: chunk.stream, data: [chunk.data] });
  }
  const prefixes = [...new Set([scratch, realPath(scratch)])].map((dir) => dir + path.sep);
  return merged.map(({ stream, data }) => {
    let text = Buffer.concat(data).toString('utf8').replace(/\r\n/g, '\n');
    for (const prefix of prefixes) text = text.split(prefix).join('');
    return { stream, text };
  });
}

function realPath(dir: string): string {
  try {
    return fs.realpathSync(dir);
  } catch {
    return dir;
  }
}

function formatSeconds(seconds: number): string {
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KiB` : `${bytes} bytes`;
}
