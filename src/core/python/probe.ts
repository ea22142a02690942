/**
 * Asks an interpreter command what it is (version, executable, environment) and which of a
 * milestone's required modules it cannot import. Each question is one short run of the command
 * with an argument array, no shell, and a time limit. Never throws: every way it can go wrong is
 * a sentence for the learner.
 */
import * as l10n from '@vscode/l10n';
import { execFile } from 'node:child_process';
import { MIN_PYTHON } from '../checks/conventions';

export interface PythonInfo {
  /** `3.11.7`. */
  version: string;
  major: number;
  minor: number;
  /** `sys.executable`: the real path of the program that ran. */
  executable: string;
  /** `sys.prefix`. */
  prefix: string;
  /** True inside a virtual environment (venv, virtualenv). */
  virtualEnv: boolean;
}

export type InterpreterProblemKind = 'not-found' | 'not-runnable' | 'not-python' | 'too-old';

export interface InterpreterProblem {
  kind: InterpreterProblemKind;
  /** A sentence or two for the learner, with what to do. */
  message: string;
  detail?: string;
}

export type ProbeResult = { ok: true; info: PythonInfo } | { ok: false; problem: InterpreterProblem };

const PROBE_SCRIPT = [
  'import sys',
  'v = sys.version_info',
  'base = getattr(sys, "base_prefix", getattr(sys, "real_prefix", sys.prefix))',
  'print("pymastery-probe|%d|%d|%d|%s|%s|%d" % (v[0], v[1], v[2], sys.executable, sys.prefix, int(base != sys.prefix)))',
].join('\n');


/** Runs `command` (an executable and its arguments) and reports what Python it is. */
export async function probeInterpreter(command: readonly string[], timeoutMs = 10_000): Promise<ProbeResult> {
  const shown = command.join(' ');
  if (command.length === 0 || !command[0]) {
    return { ok: false, problem: { kind: 'not-found', message: l10n.t('No Python interpreter is set. Pick one with "Python Mastery: Select Interpreter".') } };
  }
  const outcome = await runCommand(command, ['-c', PROBE_SCRIPT], timeoutMs);
  if (outcome.error?.code === 'ENOENT') {
    return {
      ok: false,
      problem: { kind: 'not-found', detail: outcome.error.message, message: l10n.t('Python was not found at "{0}". Install Python {1} or newer, or pick another with "Python Mastery: Select Interpreter".', shown, MIN_PYTHON.join('.')) },
    };
  }
  if (outcome.error && outcome.error.code !== undefined && typeof outcome.error.code === 'string') {
    return {
      ok: false,
      problem: { kind: 'not-runnable', detail: outcome.error.message, message: l10n.t('"{0}" could not be started ({1}). Pick another with "Python Mastery: Select Interpreter".', shown, outcome.error.code) },
    };
  }
  const line = /^pymastery-probe\|(\d+)\|(\d+)\|(\d+)\|(.*)\|(.*)\|([01])\s*$/m.exec(outcome.stdout);
  if (!line) {
    const tooOld = /^Python ([0-2]\.\d+(?:\.\d+)?)/m.exec(outcome.stderr + outcome.stdout);
    if (tooOld) return { ok: false, problem: tooOldProblem(shown, tooOld[1]!) };
    return {
      ok: false,
      problem: {
        kind: 'not-python', detail: (outcome.stderr || outcome.stdout || outcome.error?.message || '').slice(0, 2000),
        message: outcome.timedOut
          ? l10n.t('"{0}" did not answer like a Python interpreter (it did not finish in time). Pick another with "Python Mastery: Select Interpreter".', shown)
          : l10n.t('"{0}" did not answer like a Python interpreter. Pick another with "Python Mastery: Select Interpreter".', shown),
      },
    };
  }
  const [, major, minor, micro, executable, prefix, venv] = line;
  const version = `${major}.${minor}.${micro}`;
  const info: PythonInfo = {
    version, major: Number(major), minor: Number(minor), executable: executable!, prefix: prefix!, virtualEnv: venv === '1',
  };
  if (!isRecentEnough(info.major, info.minor)) return { ok: false, problem: tooOldProblem(shown, version) };
  return { ok: true, info };
}

export function isRecentEnough(major: number, minor: number): boolean {
  return major > MIN_PYTHON[0] || (major === MIN_PYTHON[0] && minor >= MIN_PYTHON[1]);
}

/**
 * A `requires` entry: the module to import, optionally followed by the name to install it by in
 * parentheses when the two differ, as in `bs4 (beautifulsoup4)`.
 */
export interface Requirement {
  module: string;
  installName: string;
}

export function parseRequirement(entry: string): Requirement {
  const match = /^\s*([A-Za-z_][\w.]*)\s*(?:\(\s*([^()\s]+)\s*\))?\s*$/.exec(entry);
  if (!match) return { module: entry.trim(), installName: entry.trim() };
  return { module: match[1]!, installName: match[2] ?? match[1]! };
}

const FIND_SCRIPT = [
  'import sys, importlib.util',
  'for name in sys.argv[1:]:',
  '    try:',
  '        found = importlib.util.find_spec(name) is not None',
  '    except Exception:',
  '        found = False',
  '    print(("ok " if found else "missing ") + name)',
].join('\n');

export type MissingResult = { ok: true; missing: Requirement[] } | { ok: false; problem: string };

/** Which of `requirements` the interpreter cannot import. Looks modules up without importing them. */
export async function findMissingRequirements(command: readonly string[], requirements: readonly Requirement[], timeoutMs = 10_000): Promise<MissingResult> {
  if (requirements.length === 0) return { ok: true, missing: [] };
  const outcome = await runCommand(command, ['-c', FIND_SCRIPT, ...requirements.map((r) => r.module)], timeoutMs);
  const found = new Map<string, boolean>();
  for (const match of outcome.stdout.matchAll(/^(ok|missing) (\S+)\s*$/gm)) found.set(match[2]!, match[1] === 'ok');
  if (requirements.some((r) => !found.has(r.module))) {
    return { ok: false, problem: (outcome.stderr || outcome.error?.message || 'no answer').slice(0, 2000) };
  }
  return { ok: true, missing: requirements.filter((r) => found.get(r.module) === false) };
}

function tooOldProblem(shown: string, version: string): InterpreterProblem {
  return {
    kind: 'too-old',
    message: l10n.t('"{0}" is Python {1}; checks need Python {2} or newer. Pick another with "Python Mastery: Select Interpreter".', shown, version, MIN_PYTHON.join('.')),
  };
}


interface CommandOutcome {
  stdout: string;
  stderr: string;
  error?: NodeJS.ErrnoException;
  timedOut: boolean;
}

function runCommand(command: readonly string[], args: readonly string[], timeoutMs: number): Promise<CommandOutcome> {
  const [program, ...prefixArgs] = command as [string, ...string[]];
  return new Promise((resolve) => {
    try {
      execFile(
        program,
        [...prefixArgs, ...args],
        { timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 256 * 1024, windowsHide: true, encoding: 'utf8', env: { ...process.env, PYTHONIOENCODING: 'utf-8' } },
        (error, stdout, stderr) => {
          const failure = error as (NodeJS.ErrnoException & { killed?: boolean }) | null;
          resolve({ stdout: String(stdout ?? ''), stderr: String(stderr ?? ''), error: failure ?? undefined, timedOut: Boolean(failure?.killed) });
        },
      );
    } catch (error) {
      resolve({ stdout: '', stderr: '', error: error as NodeJS.ErrnoException, timedOut: false });
    }
  });
}
