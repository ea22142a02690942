/**
 * The status bar item that names the Python checks run with: its version and environment, or a
 * warning when there is none. A click picks another. It follows every interpreter source through
 * the one change event of `PythonInterpreters`, and the active editor's folder.
 */
import * as vscode from 'vscode';
import { COMMAND_PREFIX } from './commands';
import { describeInterpreter, type InterpreterSource, type InterpreterState, type PythonInterpreters } from './python';

const SOURCE_LABELS: Record<InterpreterSource, string> = {
  setting: 'the pythonMastery.pythonPath setting',
  'python-extension': 'the interpreter selected in the Python extension',
  'python-environments': 'the environment selected in Python Environments',
  path: 'the first Python on PATH',
};

export class InterpreterStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pythonMastery.interpreter', vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private generation = 0;
  /** The state last shown, for tests and for messages. */
  shown: InterpreterState | undefined;

  constructor(private readonly interpreters: PythonInterpreters) {
    this.item.name = 'Python Mastery interpreter';
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
      tooltip.appendMarkdown(`**Python Mastery** runs checks with Python ${interpreter.info.version}`);
      tooltip.appendMarkdown(`\n\n\`${interpreter.command.join(' ')}\`\n\nfrom ${SOURCE_LABELS[interpreter.source]}.`);
      if (!this.interpreters.hasPythonExtension) tooltip.appendMarkdown('\n\nInstall the Python extension (ms-python.python) to choose among your environments.');
      tooltip.appendMarkdown('\n\nClick to pick another.');
    } else {
      this.item.text = '$(warning) Python: none usable';
      this.item.backgroundColor = new vscode.ThemeColor('statusBarItem.warningBackground');
      tooltip.appendText(state.problem.message);
      tooltip.appendMarkdown('\n\nClick to pick an interpreter.');
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
