/**
 * The first run: the Python Mastery view comes forward and the "Get started" walkthrough opens
 * (choose an interpreter, open the first lesson, start and pass the first milestone). Once per
 * installation, remembered in global state. The walkthrough opens only when the learner lets
 * walkthroughs open on install (`workbench.welcomePage.walkthroughs.openOnInstall`).
 *
 * The walkthrough's last step completes on a context key this module keeps: whether any
 * milestone has been passed.
 */
import * as vscode from 'vscode';
import type { ProgressStore } from '../core/progress';

export const WALKTHROUGH_ID = 'pythonMastery.gettingStarted';
export const WELCOMED_KEY = 'pythonMastery.welcomed';
export const PASSED_CONTEXT_KEY = 'pythonMastery.passedAMilestone';

export type WelcomeOutcome = 'walkthrough' | 'view' | 'already-welcomed';

/** The walkthrough's full id, as `workbench.action.openWalkthrough` wants it. */
export function walkthroughId(context: vscode.ExtensionContext): string {
  return `${context.extension.id}#${WALKTHROUGH_ID}`;
}

export async function openWalkthrough(context: vscode.ExtensionContext): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.openWalkthrough', walkthroughId(context), false);
}

/** On the first run only (unless `force`): shows the view and opens the walkthrough. */
export async function welcomeOnFirstRun(context: vscode.ExtensionContext, options: { force?: boolean } = {}): Promise<WelcomeOutcome> {
  if (context.globalState.get<boolean>(WELCOMED_KEY) && !options.force) return 'already-welcomed';
  await context.globalState.update(WELCOMED_KEY, true);
  await vscode.commands.executeCommand('workbench.view.extension.pythonMastery');
  const openOnInstall = vscode.workspace.getConfiguration('workbench').get<boolean>('welcomePage.walkthroughs.openOnInstall', true);
  if (!openOnInstall) return 'view';
  await openWalkthrough(context);
  return 'walkthrough';
}

/** Keeps the walkthrough's "pass it" step in step with the progress. */
export class PassedMilestoneContext {
  private value: boolean | undefined;

  update(store: ProgressStore | undefined): void {
    const passed = store ? store.keys().some((key) => store.get(key).status === 'passed') : false;
    if (passed === this.value) return;
    this.value = passed;
    void vscode.commands.executeCommand('setContext', PASSED_CONTEXT_KEY, passed);
  }
}
