/**
 * A stand-in for the Python extension (`ms-python.python`), which the offline VS Code rig installs
 * beside Python Mastery so that its interpreter selection can be tested without the Marketplace.
 *
 * It finds the machine's interpreters (`python3` on PATH, `/usr/bin/python3`), keeps one of them
 * active for the window, and exports the part of the Python extension's public API (as typed by
 * the npm package `@vscode/python-extension`) that Python Mastery relies on: `ready`,
 * `environments` and the older `settings.getExecutionDetails`. Environments are resolved by
 * running the interpreter, so versions and prefixes are real and a path that is not a runnable
 * Python resolves to `undefined`.
 *
 * The first interpreter found is active at start-up, unless a selection was made earlier in the
 * workspace or the environment variable PYTHON_MASTERY_STANDIN_PYTHON names another path.
 * Commands: `python.setInterpreter` (the Python extension's "Python: Select Interpreter") and,
 * for tests, `pythonStandIn.setActiveEnvironmentPath(path)`, which returns the executable path of
 * the newly active environment, or `undefined` when it does not resolve.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';

// The shapes of `@vscode/python-extension`'s types, written out so this extension needs no package.

type Bitness = '64-bit' | '32-bit' | 'Unknown';
type PythonReleaseLevel = 'alpha' | 'beta' | 'candidate' | 'final';
type Resource = vscode.Uri | vscode.WorkspaceFolder;

interface EnvironmentPath {
  readonly id: string;
  readonly path: string;
}

interface ResolvedEnvironment extends EnvironmentPath {
  readonly executable: { readonly uri: vscode.Uri | undefined; readonly bitness: Bitness; readonly sysPrefix: string };
  readonly environment:
    | {
        readonly type: 'VirtualEnvironment' | 'Conda' | 'Unknown';
        readonly name: string | undefined;
        readonly folderUri: vscode.Uri;
        readonly workspaceFolder: vscode.WorkspaceFolder | undefined;
      }
    | undefined;
  readonly version:
    | {
        readonly major: number;
        readonly minor: number;
        readonly micro: number;
        readonly release: { readonly level: PythonReleaseLevel; readonly serial: number };
        readonly sysVersion: string;
      }
    | undefined;
  readonly tools: readonly string[];
}

interface ActiveEnvironmentPathChangeEvent extends EnvironmentPath {
  readonly resource: vscode.WorkspaceFolder | undefined;
}

interface EnvironmentsChangeEvent {
  readonly env: ResolvedEnvironment;
  readonly type: 'add' | 'remove' | 'update';
}

interface EnvironmentVariablesChangeEvent {
  readonly resource: vscode.WorkspaceFolder | undefined;
  readonly env: { readonly [key: string]: string | undefined };
}

/** What the interpreter says about itself; see PROBE. */
interface ProbeResult {
  executable: string;
  prefix: string;
  base_prefix: string;
  version_info: [number, number, number, string, number];
  version: string;
  pointer_bits: number;
}

// Python 2.7 onwards: no f-strings, `base_prefix` only from 3.3.
const PROBE = [
  'import json, struct, sys',
  'print(json.dumps({"executable": sys.executable, "prefix": sys.prefix, "base_prefix": getattr(sys, "base_prefix", sys.prefix),',
  '  "version_info": list(sys.version_info), "version": sys.version, "pointer_bits": struct.calcsize("P") * 8}))',
].join('\n');

const ACTIVE_PATH_KEY = 'pythonStandIn.activeEnvironmentPath';
/** What the Python extension reports when no interpreter is set or found. */
const DEFAULT_PATH = 'python';

export async function activate(context: vscode.ExtensionContext) {
  const log = vscode.window.createOutputChannel('Python (stand-in)', { log: true });
  const activeChanged = new vscode.EventEmitter<ActiveEnvironmentPathChangeEvent>();
  const environmentsChanged = new vscode.EventEmitter<EnvironmentsChangeEvent>();
  const variablesChanged = new vscode.EventEmitter<EnvironmentVariablesChangeEvent>();
  const executionDetailsChanged = new vscode.EventEmitter<vscode.Uri | undefined>();
  context.subscriptions.push(log, activeChanged, environmentsChanged, variablesChanged, executionDetailsChanged);

  /** Paths named by a selection or PYTHON_MASTERY_STANDIN_PYTHON, kept in `known` while they resolve. */
  const extraPaths = new Set<string>();
  let known: ResolvedEnvironment[] = [];

  const fromEnvironment = process.env.PYTHON_MASTERY_STANDIN_PYTHON;
  if (fromEnvironment) extraPaths.add(locateInterpreter(fromEnvironment));
  const stored = context.workspaceState.get<string>(ACTIVE_PATH_KEY);
  if (stored) extraPaths.add(stored);
  known = await discover(extraPaths);
  let activePath = stored ?? (fromEnvironment ? locateInterpreter(fromEnvironment) : (known[0]?.path ?? DEFAULT_PATH));
  log.info(`Interpreters found: ${known.map((env) => `${env.path} (${describeVersion(env)})`).join(', ') || 'none'}`);
  log.info(`Active interpreter: ${activePath}`);

  async function refreshEnvironments(): Promise<void> {
    const before = new Map(known.map((env) => [env.id, env]));
    known = await discover(extraPaths);
    for (const env of known) {
      const previous = before.get(env.id);
      before.delete(env.id);
      if (!previous) environmentsChanged.fire({ env, type: 'add' });
      else if (JSON.stringify(previous) !== JSON.stringify(env)) environmentsChanged.fire({ env, type: 'update' });
    }
    for (const env of before.values()) environmentsChanged.fire({ env, type: 'remove' });
  }

  async function updateActiveEnvironmentPath(environment: string | EnvironmentPath, resource?: Resource): Promise<void> {
    const interpreter = locateInterpreter(typeof environment === 'string' ? environment : environment.path);
    if (interpreter === activePath) return;
    extraPaths.add(interpreter);
    await refreshEnvironments();
    activePath = interpreter;
    await context.workspaceState.update(ACTIVE_PATH_KEY, interpreter);
    log.info(`Active interpreter: ${interpreter}`);
    const folder = workspaceFolderOf(resource);
    activeChanged.fire({ id: interpreter, path: interpreter, resource: folder });
    executionDetailsChanged.fire(folder?.uri);
  }

  const api = {
    ready: Promise.resolve(),
    environments: {
      getActiveEnvironmentPath(_resource?: Resource): EnvironmentPath {
        return { id: activePath, path: activePath };
      },
      updateActiveEnvironmentPath,
      onDidChangeActiveEnvironmentPath: activeChanged.event,
      get known(): readonly ResolvedEnvironment[] {
        return [...known];
      },
      onDidChangeEnvironments: environmentsChanged.event,
      refreshEnvironments: (_options?: { forceRefresh?: boolean }, _token?: vscode.CancellationToken) => refreshEnvironments(),
      resolveEnvironment: (environment: string | EnvironmentPath) => resolveEnvironment(typeof environment === 'string' ? environment : environment.path),
      getEnvironmentVariables: (_resource?: Resource): { readonly [key: string]: string | undefined } => ({ ...process.env }),
      onDidEnvironmentVariablesChange: variablesChanged.event,
    },
    settings: {
      onDidChangeExecutionDetails: executionDetailsChanged.event,
      getExecutionDetails: (_resource?: vscode.Uri) => ({ execCommand: [activePath] as string[] | undefined }),
    },
    debug: {
      getRemoteLauncherCommand: (): Promise<string[]> => Promise.reject(new Error('The Python extension stand-in has no debugger.')),
      getDebuggerPackagePath: (): Promise<string | undefined> => Promise.resolve(undefined),
    },
  };

  context.subscriptions.push(
    vscode.commands.registerCommand('python.setInterpreter', async () => {
      type Item = vscode.QuickPickItem & { interpreter?: string };
      const enterPath: Item = { label: '$(add) Enter interpreter path…', alwaysShow: true };
      const items: Item[] = [
        enterPath,
        ...known.map((env) => ({
          label: `Python ${describeVersion(env)}`,
          description: `${describeKind(env)}${env.path === activePath ? ' (selected)' : ''}`,
          detail: env.path,
          interpreter: env.path,
        })),
      ];
      const choice = await vscode.window.showQuickPick(items, { title: 'Select Interpreter', placeHolder: `Selected Interpreter: ${activePath}` });
      let interpreter = choice?.interpreter;
      if (choice === enterPath) {
        interpreter = (await vscode.window.showInputBox({ title: 'Enter interpreter path', placeHolder: 'Enter path to a Python interpreter.', ignoreFocusOut: true }))?.trim() || undefined;
      }
      if (interpreter) await updateActiveEnvironmentPath(interpreter);
    }),
    vscode.commands.registerCommand('pythonStandIn.setActiveEnvironmentPath', async (interpreter: string) => {
      await updateActiveEnvironmentPath(interpreter);
      return (await resolveEnvironment(activePath))?.executable.uri?.fsPath;
    }),
  );
  return api;
}

export function deactivate(): void {}

/** `python3` on PATH (as the interpreter it runs, not a shim), `/usr/bin/python3`, then `extra`. */
async function discover(extra: Iterable<string>): Promise<ResolvedEnvironment[]> {
  const found: ResolvedEnvironment[] = [];
  const add = (env: ResolvedEnvironment | undefined) => {
    if (env && !found.some((other) => sameInterpreter(other, env))) found.push(env);
  };
  const onPath = findOnPath('python3');
  if (onPath) {
    const probe = await runProbe(onPath);
    if (probe) add(describeEnvironment(probe.executable && fs.existsSync(probe.executable) ? probe.executable : onPath, probe));
  }
  if (fs.existsSync('/usr/bin/python3')) add(await resolveEnvironment('/usr/bin/python3'));
  for (const interpreter of extra) add(await resolveEnvironment(interpreter));
  return found;
}

async function resolveEnvironment(given: string): Promise<ResolvedEnvironment | undefined> {
  const interpreter = locateInterpreter(given);
  const probe = await runProbe(interpreter);
  return probe && describeEnvironment(interpreter, probe);
}

/** Runs the interpreter; `undefined` unless it answers like a Python. */
function runProbe(interpreter: string): Promise<ProbeResult | undefined> {
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return new Promise((resolve) => {
    execFile(interpreter, ['-c', PROBE], { cwd, timeout: 15_000, windowsHide: true }, (error, stdout) => {
      if (error) return resolve(undefined);
      try {
        const result = JSON.parse(stdout.trim().split('\n').pop() ?? '') as ProbeResult;
        resolve(Array.isArray(result.version_info) && typeof result.prefix === 'string' ? result : undefined);
      } catch {
        resolve(undefined);
      }
    });
  });
}

/** The Python extension's view of an interpreter: environments only for virtual and conda ones. */
function describeEnvironment(interpreter: string, probe: ProbeResult): ResolvedEnvironment {
  const [major, minor, micro, level, serial] = probe.version_info;
  const folderUri = vscode.Uri.file(probe.prefix);
  let environment: ResolvedEnvironment['environment'];
  let tools: string[] = [];
  if (fs.existsSync(path.join(probe.prefix, 'conda-meta'))) {
    environment = { type: 'Conda', name: path.basename(probe.prefix), folderUri, workspaceFolder: vscode.workspace.getWorkspaceFolder(folderUri) };
    tools = ['Conda'];
  } else if (probe.prefix !== probe.base_prefix) {
    environment = { type: 'VirtualEnvironment', name: path.basename(probe.prefix), folderUri, workspaceFolder: vscode.workspace.getWorkspaceFolder(folderUri) };
    tools = [fs.existsSync(path.join(probe.prefix, 'pyvenv.cfg')) ? 'Venv' : 'VirtualEnv'];
  } else if (isInside(probe.prefix, path.join(process.env.PYENV_ROOT ?? path.join(os.homedir(), '.pyenv'), 'versions'))) {
    tools = ['Pyenv'];
  }
  return {
    id: interpreter,
    path: interpreter,
    executable: {
      uri: vscode.Uri.file(interpreter),
      bitness: probe.pointer_bits === 64 ? '64-bit' : probe.pointer_bits === 32 ? '32-bit' : 'Unknown',
      sysPrefix: probe.prefix,
    },
    environment,
    version: { major, minor, micro, release: { level: level as PythonReleaseLevel, serial }, sysVersion: probe.version },
    tools,
  };
}

function describeVersion(env: ResolvedEnvironment): string {
  const version = env.version ? `${env.version.major}.${env.version.minor}.${env.version.micro}` : 'unknown version';
  return env.executable.bitness === 'Unknown' ? version : `${version} ${env.executable.bitness}`;
}

/** A short name for the quick pick: `('.venv': venv)`, `pyenv`, `system` or `global`. */
function describeKind(env: ResolvedEnvironment): string {
  if (env.environment) return `('${env.environment.name ?? ''}': ${env.tools[0]?.toLowerCase() ?? 'venv'})`;
  if (env.tools.includes('Pyenv')) return 'pyenv';
  return ['/usr', '/bin'].some((dir) => isInside(env.executable.sysPrefix, dir) || env.executable.sysPrefix === dir) ? 'system' : 'global';
}

/** An absolute interpreter path for what a user may type: a command on PATH, `~/…`, a workspace-relative path or an environment folder. */
function locateInterpreter(given: string): string {
  let located = given.trim();
  if (!located.includes('/') && !located.includes('\\')) return findOnPath(located) ?? located;
  if (located === '~' || located.startsWith('~/')) located = path.join(os.homedir(), located.slice(1));
  if (!path.isAbsolute(located)) located = path.resolve(vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? os.homedir(), located);
  located = path.normalize(located);
  if (isDirectory(located)) {
    const inside = ['bin/python3', 'bin/python', 'Scripts/python.exe'].map((name) => path.join(located, name)).find((candidate) => fs.existsSync(candidate));
    if (inside) return inside;
  }
  return located;
}

function findOnPath(command: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, command);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (!isDirectory(candidate)) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function workspaceFolderOf(resource: Resource | undefined): vscode.WorkspaceFolder | undefined {
  if (!resource) return undefined;
  if (resource instanceof vscode.Uri) return vscode.workspace.getWorkspaceFolder(resource);
  return resource;
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/** The same program with the same prefix: `/bin/python3` is `/usr/bin/python3`, a virtual environment's `python` is not. */
function sameInterpreter(a: ResolvedEnvironment, b: ResolvedEnvironment): boolean {
  if (a.executable.sysPrefix !== b.executable.sysPrefix) return false;
  try {
    return fs.realpathSync(a.path) === fs.realpathSync(b.path);
  } catch {
    return a.path === b.path;
  }
}
