/**
 * Which Python runs the learner's checks. The sources are asked in this order, and the first that
 * names an interpreter wins:
 *   1. the `pythonMastery.pythonPath` setting;
 *   2. the Python extension (`ms-python.python`): its active environment for the learner's folder;
 *   3. the Python Environments extension (`ms-python.vscode-python-envs`), when it is installed;
 *   4. `python3`, `python`, then `py -3` on PATH.
 * An interpreter is a command (`string[]`), so `py -3` and `conda run -n env python` work too.
 * Each command is probed once for its version and cached by its program's modification time, so a
 * reinstalled or deleted interpreter is noticed at the next run. One change event covers every
 * source.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { PythonExtension } from '@vscode/python-extension';
import * as vscode from 'vscode';
import { probeInterpreter, type InterpreterProblem, type ProbeResult, type PythonInfo } from '../core/python/probe';
import type { Config } from './config';

export const PYTHON_EXTENSION_ID = 'ms-python.python';
export const PYTHON_ENVS_EXTENSION_ID = 'ms-python.vscode-python-envs';

export type InterpreterSource = 'setting' | 'python-extension' | 'python-environments' | 'path';

export interface ChosenInterpreter {
  command: string[];
  source: InterpreterSource;
  /** The environment's name (".venv", "base", …) when the source knows it. */
  envName?: string;
}

export interface ReadyInterpreter extends ChosenInterpreter {
  info: PythonInfo;
}

export type InterpreterState =
  | { ok: true; interpreter: ReadyInterpreter }
  | { ok: false; chosen?: ChosenInterpreter; problem: InterpreterProblem };

/** The few parts of the Python Environments extension's API that are used; it ships no types. */
interface PythonEnvsApi {
  getEnvironment(scope: vscode.Uri | undefined): Promise<PythonEnvsEnvironment | undefined>;
  onDidChangeEnvironment?: vscode.Event<unknown>;
}
interface PythonEnvsEnvironment {
  name?: string;
  displayName?: string;
  execInfo?: { run?: { executable?: string; args?: string[] } };
}

type PythonApi = Awaited<ReturnType<typeof PythonExtension.api>>;

export class PythonInterpreters implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the interpreter checks run with may have changed, whatever the source. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly probes = new Map<string, { stamp: string; result: Promise<ProbeResult> }>();
  /** What each folder's sources said, until any of them changes. */
  private readonly chosen = new Map<string, Promise<ChosenInterpreter | undefined>>();
  private pythonApi: Promise<PythonApi | undefined> | undefined;
  private envsApi: Promise<PythonEnvsApi | undefined> | undefined;
  private missingExtensionLogged = false;

  constructor(private readonly config: Config, private readonly log: vscode.LogOutputChannel) {
    this.subscriptions.push(
      this.changed,
      // Any change may change the answer: forget what the sources said before anyone hears of it.
      this.onDidChange(() => this.chosen.clear()),
      config.onDidChange(() => this.changed.fire()),
      // The Python extension may be installed, enabled or removed while the window is open.
      vscode.extensions.onDidChange(() => {
        this.pythonApi = undefined;
        this.envsApi = undefined;
        this.changed.fire();
      }),
    );
  }

  /** True when the Python extension is installed, so its interpreter picker can be offered. */
  get hasPythonExtension(): boolean {
    return vscode.extensions.getExtension(PYTHON_EXTENSION_ID) !== undefined;
  }

  /** The interpreter checks for `resource` run with, probed and ready, or why there is none. */
  async current(resource?: vscode.Uri): Promise<InterpreterState> {
    const chosen = await this.choose(resource);
    if (!chosen) {
      const advice = this.hasPythonExtension
        ? vscode.l10n.t('Pick one with "Python Mastery: Select Interpreter".')
        : vscode.l10n.t('Install Python 3.8 or newer, or install the Python extension (ms-python.python) and pick an interpreter with "Python Mastery: Select Interpreter".');
      return { ok: false, problem: { kind: 'not-found', message: vscode.l10n.t('No Python interpreter was found: none is set, and python3, python and py are not on PATH. {0}', advice) } };
    }
    const probe = await this.probe(chosen.command);
    return probe.ok ? { ok: true, interpreter: { ...chosen, info: probe.info } } : { ok: false, chosen, problem: probe.problem };
  }

  /** Asks each source in turn, once per folder until one of them changes; does not run the command. */
  choose(resource?: vscode.Uri): Promise<ChosenInterpreter | undefined> {
    const folder = resource ? vscode.workspace.getWorkspaceFolder(resource)?.uri.toString() ?? resource.toString() : '';
    let answer = this.chosen.get(folder);
    if (!answer) {
      answer = this.askSources(resource);
      this.chosen.set(folder, answer);
      // PATH and the file system send no change events: only the extensions' answers are kept.
      void answer.then((chosen) => {
        if (chosen?.source !== 'python-extension' && chosen?.source !== 'python-environments') this.chosen.delete(folder);
      });
    }
    return answer;
  }

  private async askSources(resource: vscode.Uri | undefined): Promise<ChosenInterpreter | undefined> {
    const fromSetting = this.config.settings(resource).pythonCommand;
    if (fromSetting) return { command: fromSetting, source: 'setting' };
    const fromPython = await this.fromPythonExtension(resource);
    if (fromPython) return fromPython;
    const fromEnvs = await this.fromPythonEnvironments(resource);
    if (fromEnvs) return fromEnvs;
    if (!this.hasPythonExtension && !this.missingExtensionLogged) {
      this.missingExtensionLogged = true;
      this.log.info('The Python extension (ms-python.python) is not installed: checks run with the first Python on PATH. Install it to choose among environments.');
    }
    return this.fromPath();
  }

  private async fromPythonExtension(resource: vscode.Uri | undefined): Promise<ChosenInterpreter | undefined> {
    const api = await this.pythonExtensionApi();
    if (!api) return undefined;
    try {
      const active = api.environments.getActiveEnvironmentPath(resource);
      const resolved = await api.environments.resolveEnvironment(active);
      const executable = resolved?.executable.uri?.fsPath ?? (isFile(active.path) ? active.path : undefined);
      if (!executable) {
        this.log.warn(`The Python extension's active environment (${active.path}) has no Python executable; trying the next source.`);
        return undefined;
      }
      return { command: [executable], source: 'python-extension', envName: resolved?.environment?.name ?? undefined };
    } catch (error) {
      this.log.warn('The Python extension could not say which interpreter is active:', error);
      return undefined;
    }
  }

  private async fromPythonEnvironments(resource: vscode.Uri | undefined): Promise<ChosenInterpreter | undefined> {
    const api = await this.pythonEnvsApi();
    if (!api) return undefined;
    try {
      const environment = await api.getEnvironment(resource);
      const run = environment?.execInfo?.run;
      if (!run?.executable) return undefined;
      return { command: [run.executable, ...(run.args ?? [])], source: 'python-environments', envName: environment?.displayName ?? environment?.name };
    } catch (error) {
      this.log.warn('The Python Environments extension could not say which environment is active:', error);
      return undefined;
    }
  }

  private async fromPath(): Promise<ChosenInterpreter | undefined> {
    const candidates: string[][] = process.platform === 'win32' ? [['py', '-3'], ['python'], ['python3']] : [['python3'], ['python'], ['py', '-3']];
    for (const command of candidates) {
      if (!onPath(command[0]!)) continue;
      const probe = await this.probe(command);
      if (probe.ok) return { command, source: 'path' };
    }
    // Name the first that exists, so its problem (too old, say) reaches the learner.
    const present = candidates.find((command) => onPath(command[0]!));
    return present ? { command: present, source: 'path' } : undefined;
  }

  private pythonExtensionApi(): Promise<PythonApi | undefined> {
    this.pythonApi ??= (async () => {
      const extension = vscode.extensions.getExtension(PYTHON_EXTENSION_ID);
      if (!extension) return undefined;
      try {
        const { PythonExtension } = await import('@vscode/python-extension');
        const api = await PythonExtension.api();
        if (!api?.environments) return undefined;
        this.subscriptions.push(api.environments.onDidChangeActiveEnvironmentPath(() => this.changed.fire()));
        return api;
      } catch (error) {
        this.log.warn('The Python extension is installed but could not be used:', error);
        return undefined;
      }
    })();
    return this.pythonApi;
  }

  private pythonEnvsApi(): Promise<PythonEnvsApi | undefined> {
    this.envsApi ??= (async () => {
      const extension = vscode.extensions.getExtension<PythonEnvsApi>(PYTHON_ENVS_EXTENSION_ID);
      if (!extension) return undefined;
      try {
        const api = extension.isActive ? extension.exports : await extension.activate();
        if (typeof api?.getEnvironment !== 'function') return undefined;
        if (api.onDidChangeEnvironment) this.subscriptions.push(api.onDidChangeEnvironment(() => this.changed.fire()));
        return api;
      } catch (error) {
        this.log.warn('The Python Environments extension is installed but could not be used:', error);
        return undefined;
      }
    })();
    return this.envsApi;
  }

  /** The probe of `command`, run again only when its program changed or disappeared. */
  private probe(command: readonly string[]): Promise<ProbeResult> {
    const key = command.join('\u0000');
    const stamp = programStamp(command[0] ?? '');
    const cached = this.probes.get(key);
    if (cached && cached.stamp === stamp && stamp !== 'missing') return cached.result;
    const result = probeInterpreter(command);
    this.probes.set(key, { stamp, result });
    return result;
  }

  dispose(): void {
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
  }
}

/** A short name for the status bar and messages: "3.11.7 (.venv)". */
export function describeInterpreter(interpreter: ReadyInterpreter): string {
  return interpreter.envName ? `${interpreter.info.version} (${interpreter.envName})` : interpreter.info.version;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The program's path as found on PATH, or undefined. */
function which(program: string): string | undefined {
  if (program.includes('/') || program.includes('\\')) return isFile(program) ? program : undefined;
  const extensions = process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    for (const extension of extensions) {
      const candidate = path.join(dir, program + extension);
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
}

function onPath(program: string): boolean {
  return which(program) !== undefined;
}

/** Changes when the program is replaced, upgraded or deleted. */
function programStamp(program: string): string {
  const found = which(program);
  if (!found) return 'missing';
  try {
    const stat = fs.statSync(found);
    return `${found}:${stat.mtimeMs}:${stat.size}`;
  } catch {
    return 'missing';
  }
}
