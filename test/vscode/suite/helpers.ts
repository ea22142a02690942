/** Shared steps for the extension-host suites. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CompiledCurriculum } from '../../../src/core/curriculum/compiled';
import type { PythonMasteryApi } from '../../../src/extension/main';
import type { TestHooks } from '../../../src/extension/testHooks';

export const EXTENSION_ID = 'python-mastery.python-mastery';

export function extension(): vscode.Extension<PythonMasteryApi> {
  const found = vscode.extensions.getExtension<PythonMasteryApi>(EXTENSION_ID);
  if (!found) throw new Error(`${EXTENSION_ID} is not installed in this VS Code`);
  return found;
}

/** Activates the extension (once) and returns what it exports. */
export async function activateExtension(): Promise<PythonMasteryApi> {
  return extension().activate();
}

/**
 * What the tests look at inside the extension (the tree, the panels): a command the extension
 * registers only when the rig sets PYTHON_MASTERY_TEST_HOOKS, not part of its public API.
 */
export async function testHooks(): Promise<TestHooks> {
  await activateExtension();
  const hooks = await vscode.commands.executeCommand<TestHooks | undefined>('pythonMastery.testHooks');
  if (!hooks) throw new Error('The test hooks are off: the rig sets PYTHON_MASTERY_TEST_HOOKS=1 for the extension host.');
  return hooks;
}

/** The compiled curriculum as shipped, read straight from the file, for comparison. */
export function shippedCurriculum(): CompiledCurriculum {
  const file = path.join(extension().extensionPath, 'dist', 'curriculum.json');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as CompiledCurriculum;
}

/** Polls `probe` until it returns something other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The tabs that show a webview of `viewType`, in every editor group. */
export function webviewTabs(viewType: string): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(viewType));
}

export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
