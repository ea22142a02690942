/**
 * The status bar item that names the Python checks run with: its version and environment, or a
 * warning when there is none. A click picks another. It follows every interpreter source through
 * the one change event of `PythonInterpreters`, and the active editor's folder.
 */
import * as vscode from 'vscode';
import { COMMAND_PREFIX } from './commands';
import { describeInterpreter, type InterpreterSource, type InterpreterState, type PythonInterpreters } from './python';

function sourceLabel(source: InterpreterSource): string {
  switch (source) {
    case 'setting': return vscode.l10n.t('from the pythonMastery.pythonPath setting.');
    case 'python-extension': return vscode.l10n.t('from the interpreter selected in the Python extension.');
    case 'python-environments': return vscode.l10n.t('from the environment selected in Python Environments.');
    case 'path': return vscode.l10n.t('from the first Python on PATH.');
  }
}

export class InterpreterStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pythonMastery.interpreter', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private generation = 0;
  /** The state last shown, for tests and for messages. */
  shown: InterpreterState | undefined;

  constructor(private readonly interpreters: PythonInterpreters) {
    this.item.name = vscode.l10n.t('Python Mastery interpreter');
    this.item.command = `${COMMAND_PREFIX}selectInterpreter`;
    this.item.text = '$(loading~spin) Python';
    this.item.show();
    this.subscriptions.push(
      this.item,
      interpreters.onDidChange(() => void this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
    );
    void this.update();
  }

  /** Asks the interpreter sources again and redraws; resolves once drawn. */
  async update(): Promise<InterpreterState> {
    const generation = ++this.generation;
    const resource = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri;
    const state = await this.interpreters.current(resource);
    if (generation !== this.generation) return state;
    this.shown = state;
    const tooltip = new vscode.MarkdownString(undefined, true);
    if (state.ok) {
      const { interpreter } = state;
      this.item.text = `$(beaker) Python ${describeInterpreter(interpreter)}`;
      this.item.backgroundColor = undefined;
      tooltip.appendMarkdown(vscode.l10n.t('**Python Mastery** runs checks with Python {0}', interpreter.info.version));
      tooltip.appendMarkdown(`\n\n\`${interpreter.command.join(' ')}\`\n\n${sourceLabel(interpreter.source)}`);
      if (!this.interpreters.hasPythonExtension) tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Install the Python extension (ms-python.python) to choose among your environments.')}`);
      tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Click to pick another.')}`);
    } else {
      this.item.text = vscode.l10n.t('$(warning) Python: none usable');
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      tooltip.appendText(state.problem.message);
      tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Click to pick an interpreter.')}`);
    }
    this.item.tooltip = tooltip;
    return state;
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
  }
}
