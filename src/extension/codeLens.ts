/**
 * A CodeLens above each milestone's anchor in its target file: "▶ Run check: <milestone>" before
 * a run, then "✓ passed" or "✗ 2 of 5 failing · show hint". Before the anchor exists the lens sits
 * at the top of the file and says what to define. In an untrusted workspace it says why nothing
 * runs. Everything it shows is read from the run pipeline and the progress store.
 */
import * as vscode from 'vscode';
import { findAnchorLine } from '../core/curriculum/anchors';
import type { CurriculumIndex } from '../core/curriculum/index';
import type { CodeMilestone } from '../core/curriculum/model';
import { COMMAND_PREFIX } from './commands';
import type { MilestoneRuns } from './milestoneRuns';

export class MilestoneCodeLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly runs: MilestoneRuns, private readonly index: () => CurriculumIndex) {
    const refresh = () => this.changed.fire();
    this.subscriptions.push(
      this.changed,
      runs.onDidStart(refresh),
      runs.onDidRun(refresh),
      runs.onDidChangeHints(refresh),
      runs.onDidForget(refresh),
      vscode.workspace.onDidGrantWorkspaceTrust(refresh),
      vscode.languages.registerCodeLensProvider({ language: 'python', scheme: 'file' }, this),
    );
  }

  /** Redraws every lens, e.g. after the curriculum was reloaded. */
  refresh(): void {
    this.changed.fire();
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    if (!folder) return [];
    const relative = vscode.workspace.asRelativePath(document.uri, false).split('\\').join('/');
    const milestones = this.index().milestonesForFile(relative).filter((m) => this.runs.folderFor(m)?.uri.toString() === folder.uri.toString());
    if (milestones.length === 0) return [];
    const text = document.getText();
    return milestones.flatMap((milestone) => this.lensesFor(milestone, text));
  }

  private lensesFor(milestone: CodeMilestone, text: string): vscode.CodeLens[] {
    const anchorLine = milestone.anchor ? findAnchorLine(text, milestone.anchor) : 0;
    const range = new vscode.Range(anchorLine ?? 0, 0, anchorLine ?? 0, 0);
    const lens = (title: string, command: string, args: unknown[] = [], tooltip?: string) =>
      new vscode.CodeLens(range, { title, command: command ? `${COMMAND_PREFIX}${command}` : '', arguments: args, tooltip });
    const key = milestone.key;

    if (!vscode.workspace.isTrusted) {
      return [new vscode.CodeLens(range, {
        title: vscode.l10n.t('$(shield) Checks run your code: trust this workspace to run "{0}"', milestone.title),
        command: 'workbench.trust.manage',
        tooltip: vscode.l10n.t('Checks run the code in this folder with your Python interpreter, so they run only in a trusted workspace.'),
      })];
    }
    if (anchorLine === undefined) {
      return [lens(vscode.l10n.t('$(info) Define `{0}` to begin "{1}"', milestone.anchor ?? '', milestone.title), 'openLesson', [lessonKeyOf(key)], vscode.l10n.t('Open the lesson that explains this milestone'))];
    }
    if (this.runs.isRunning(key)) return [lens(vscode.l10n.t('$(sync~spin) Checking {0}…', milestone.title), '')];

    const latest = this.runs.latest(key);
    const progress = this.runs.progressOf(key);
    const hintsLeft = milestone.hints.length - (progress?.hintLevel ?? 0);
    const hintLens = hintsLeft > 0
      ? [lens(vscode.l10n.t('show hint {0} of {1}', (progress?.hintLevel ?? 0) + 1, milestone.hints.length), 'showNextHint', [key], vscode.l10n.t('Reveal the next hint for this milestone'))]
      : [];

    if (latest?.outcome === 'blocked' && latest.blocked) {
      const [title, command, args] = blockedAction(latest.blocked.reason, key);
      return [lens(title, command, args, latest.blocked.message)];
    }
    if (latest?.outcome === 'fail' || latest?.outcome === 'error') {
      const { failing, total } = latest.summary;
      const title = latest.run?.status === 'timeout' ? vscode.l10n.t('✗ {0}: timed out · run again', milestone.title)
        : latest.outcome === 'error' && total <= 1 ? vscode.l10n.t('✗ {0}: could not finish · run again', milestone.title)
        : vscode.l10n.t('✗ {0}: {1} of {2} failing · run again', milestone.title, failing, total);
      return [lens(title, 'runMilestone', [key], vscode.l10n.t('Run this milestone\'s checks again')), ...hintLens];
    }
    if (latest?.outcome === 'pass' || (!latest && progress?.status === 'passed')) {
      return [lens(vscode.l10n.t('✓ {0}: passed · run again', milestone.title), 'runMilestone', [key], vscode.l10n.t('Run this milestone\'s checks again'))];
    }
    return [lens(vscode.l10n.t('▶ Run check: {0}', milestone.title), 'runMilestone', [key], vscode.l10n.t('Run this milestone\'s checks with your Python interpreter'))];
  }

  dispose(): void {
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
  }
}

function lessonKeyOf(milestoneKey: string): string {
  return milestoneKey.split('/').slice(0, 2).join('/');
}

function blockedAction(reason: string, key: string): [string, string, unknown[]] {
  switch (reason) {
    case 'interpreter': return [vscode.l10n.t('$(warning) No usable Python: select an interpreter'), 'selectInterpreter', []];
    case 'missing-packages': return [vscode.l10n.t('$(warning) A package is missing: install it'), 'installPackages', [key]];
    case 'missing-file': return [vscode.l10n.t('$(warning) The file is missing: start the milestone'), 'startMilestone', [key]];
    default: return [vscode.l10n.t('$(warning) The check did not run · try again'), 'runMilestone', [key]];
  }
}
