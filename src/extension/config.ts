/**
 * The extension's settings, typed, read in one place. Backed by `contributes.configuration` in
 * package.json; every other module asks this facade and listens to its one change event.
 */
import * as vscode from 'vscode';

export const CONFIG_SECTION = 'pythonMastery';

/** When the next progressive hint appears. */
export type HintPolicy = 'afterEachFailedAttempt' | 'onRequest';

export interface Settings {
  /**
   * The command that starts Python, when the learner set one: a path, or a path followed by its
   * arguments. Undefined means "ask the Python extension, then look on PATH".
   */
  pythonCommand: string[] | undefined;
  hints: HintPolicy;
  /** Run the checks of a milestone's file when it is saved. */
  runOnSave: boolean;
  /** Multiplies every milestone's time limit, for slow machines. */
  timeoutMultiplier: number;
}

export class Config implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when any Python Mastery setting changes. */
  readonly onDidChange = this.changed.event;
  private readonly listener: vscode.Disposable;

  constructor() {
    this.listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(CONFIG_SECTION)) this.changed.fire();
    });
  }

  /** The settings that apply to `scope` (a file or folder), or the window's. */
  settings(scope?: vscode.Uri): Settings {
    const folder = scope ? vscode.workspace.getWorkspaceFolder(scope) : undefined;
    const config = vscode.workspace.getConfiguration(CONFIG_SECTION, scope);
    return {
      pythonCommand: pythonCommand(config.get<unknown>('pythonPath'), folder),
      hints: config.get<string>('hints') === 'onRequest' ? 'onRequest' : 'afterEachFailedAttempt',
      runOnSave: config.get<boolean>('runOnSave', true),
      timeoutMultiplier: clamp(Number(config.get<number>('timeoutMultiplier', 1)) || 1, 0.5, 20),
    };
  }

  /** Sets the interpreter for the workspace, or clears it with `undefined`. */
  async setPythonPath(value: string | undefined): Promise<void> {
    const target = vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
    await vscode.workspace.getConfiguration(CONFIG_SECTION).update('pythonPath', value, target);
  }

  dispose(): void {
    this.listener.dispose();
    this.changed.dispose();
  }
}

function pythonCommand(value: unknown, folder: vscode.WorkspaceFolder | undefined): string[] | undefined {
  const parts = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  const expanded = parts.map((part) => expandVariables(part.trim(), folder)).filter((part) => part.length > 0);
  return expanded.length > 0 ? expanded : undefined;
}

/** `${workspaceFolder}` and `~`, the two forms people write in a path setting. */
function expandVariables(value: string, folder: vscode.WorkspaceFolder | undefined): string {
  const home = process.env.HOME ?? process.env.USERPROFILE ?? '';
  let result = value.replace(/^~(?=$|[\\/])/, home);
  const root = folder ?? vscode.workspace.workspaceFolders?.[0];
  if (root) result = result.replace(/\$\{workspaceFolder\}/g, root.uri.fsPath);
  return result;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
