/**
 * Failing checks as diagnostics, the way a linter reports: one collection, one diagnostic per
 * finding on the learner's line, with the message, the hint reached so far, and the expected and
 * actual values. They clear when the milestone passes, and a diagnostic whose line is edited goes
 * stale and disappears (the others move with the text). Quick fixes offer the next hint, the
 * lesson, another run, and installing a missing package.
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { describeFinding, type Finding } from '../core/checks/findings';
import type { MilestoneKey } from '../core/curriculum/model';
import { COMMAND_PREFIX } from './commands';
import { anchorLine, type MilestoneRunResult, type MilestoneRuns } from './milestoneRuns';

export const DIAGNOSTIC_SOURCE = 'Python Mastery';
/** The code of a diagnostic saying a package is missing; its quick fix installs it. */
export const MISSING_PACKAGE_CODE = 'missing-package';

interface Entry {
  key: MilestoneKey;
  uri: vscode.Uri;
  diagnostic: vscode.Diagnostic;
}

export class MilestoneDiagnostics implements vscode.Disposable, vscode.CodeActionProvider {
  private readonly collection = vscode.languages.createDiagnosticCollection('pythonMastery');
  private readonly entries = new Map<MilestoneKey, Entry[]>();
  private readonly keyOf = new WeakMap<vscode.Diagnostic, MilestoneKey>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly runs: MilestoneRuns) {
    this.subscriptions.push(
      this.collection,
      runs.onDidRun((result) => this.show(result)),
      runs.onDidForget((key) => this.forget(key)),
      vscode.workspace.onDidChangeTextDocument((event) => this.onEdit(event)),
      vscode.languages.registerCodeActionsProvider({ language: 'python' }, this, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] }),
    );
  }

  /** Every diagnostic of the collection in `uri` (for tests and the status of a file). */
  get(uri: vscode.Uri): readonly vscode.Diagnostic[] {
    return this.collection.get(uri) ?? [];
  }

  clear(): void {
    this.entries.clear();
    this.collection.clear();
  }

  private forget(key: MilestoneKey): void {
    const uris = new Set((this.entries.get(key) ?? []).map((entry) => entry.uri.toString()));
    this.entries.delete(key);
    for (const uri of uris) this.publish(vscode.Uri.parse(uri));
  }

  private show(result: MilestoneRunResult): void {
    if (result.outcome === 'cancelled') return;
    const touched = new Set((this.entries.get(result.key) ?? []).map((entry) => entry.uri.toString()));
    const entries = this.entriesFor(result);
    for (const entry of entries) {
      this.keyOf.set(entry.diagnostic, result.key);
      touched.add(entry.uri.toString());
    }
    if (entries.length > 0) this.entries.set(result.key, entries);
    else this.entries.delete(result.key);
    for (const uri of touched) this.publish(vscode.Uri.parse(uri));
  }

  private entriesFor(result: MilestoneRunResult): Entry[] {
    const { folder, place } = result;
    if (!folder || !place) return [];
    if (result.outcome === 'blocked' && result.blocked?.reason === 'missing-packages' && result.target) {
      const line = (anchorLine(folder, place.milestone.files[0], place.milestone.anchor) ?? 1) - 1;
      const diagnostic = new vscode.Diagnostic(lineRange(result.target, line, 0), result.blocked.message, vscode.DiagnosticSeverity.Warning);
      diagnostic.source = DIAGNOSTIC_SOURCE;
      diagnostic.code = MISSING_PACKAGE_CODE;
      return [{ key: result.key, uri: result.target, diagnostic }];
    }
    return result.findings
      .filter((finding): finding is Finding & { file: string } => finding.file !== undefined)
      .map((finding) => {
        const uri = vscode.Uri.joinPath(folder.uri, ...finding.file.split('/'));
        const diagnostic = new vscode.Diagnostic(lineRange(uri, finding.line - 1, finding.column - 1), describeFinding(finding), vscode.DiagnosticSeverity.Error);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        diagnostic.code = {
          value: place.milestone.title,
          target: vscode.Uri.parse(`command:${COMMAND_PREFIX}openLesson?${encodeURIComponent(JSON.stringify([place.lesson.key]))}`),
        };
        return { key: result.key, uri, diagnostic };
      });
  }

  private publish(uri: vscode.Uri): void {
    const here = [...this.entries.values()].flat().filter((entry) => entry.uri.toString() === uri.toString());
    this.collection.set(uri, here.map((entry) => entry.diagnostic));
  }

  /** An edit on a diagnostic's lines makes it stale; diagnostics below an edit move with the text. */
  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    if (event.contentChanges.length === 0) return;
    const uri = event.document.uri.toString();
    let changed = false;
    for (const [key, entries] of this.entries) {
      const kept: Entry[] = [];
      for (const entry of entries) {
        if (entry.uri.toString() !== uri) {
          kept.push(entry);
          continue;
        }
        let range: vscode.Range | undefined = entry.diagnostic.range;
        for (const change of event.contentChanges) {
          if (!range) break;
          range = moved(range, change);
        }
        changed = true;
        if (range) {
          entry.diagnostic.range = range;
          kept.push(entry);
        }
      }
      if (kept.length > 0) this.entries.set(key, kept);
      else this.entries.delete(key);
    }
    if (changed) this.publish(event.document.uri);
  }

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const seen = new Set<MilestoneKey>();
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const key = this.keyOf.get(diagnostic);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const latest = this.runs.latest(key);
      const place = this.runs.place(key);
      if (!place) continue;
      if (diagnostic.code === MISSING_PACKAGE_CODE && latest?.blocked?.missing?.length && latest.interpreter) {
        const names = latest.blocked.missing.map((r) => r.installName).join(' ');
        actions.push(action(vscode.l10n.t('Install {0} into {1}', names, latest.interpreter.info.executable), 'installPackages', [key], diagnostic, true));
      }
      const level = this.runs.progressOf(key)?.hintLevel ?? 0;
      if (level < place.milestone.hints.length) {
        actions.push(action(vscode.l10n.t('Show hint {0} of {1}', level + 1, place.milestone.hints.length), 'showNextHint', [key], diagnostic, diagnostic.code !== MISSING_PACKAGE_CODE));
      }
      actions.push(action(vscode.l10n.t('Open lesson: {0}', place.lesson.title), 'openLesson', [place.lesson.key], diagnostic));
      actions.push(action(vscode.l10n.t('Run check again: {0}', place.milestone.title), 'runMilestone', [key], diagnostic));
    }
    void document;
    return actions;
  }

  dispose(): void {
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
  }
}

function action(title: string, command: string, args: unknown[], diagnostic: vscode.Diagnostic, preferred = false): vscode.CodeAction {
  const codeAction = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
  codeAction.command = { title, command: `${COMMAND_PREFIX}${command}`, arguments: args };
  codeAction.diagnostics = [diagnostic];
  codeAction.isPreferred = preferred;
  return codeAction;
}

/** From the given column (or the first non-blank one) to the end of the line's text. */
function lineRange(uri: vscode.Uri, line: number, column: number): vscode.Range {
  const text = lineText(uri, line);
  if (text === undefined) return new vscode.Range(line, column, line, column + 1);
  const start = column > 0 ? Math.min(column, text.length) : text.length - text.trimStart().length;
  return new vscode.Range(line, start, line, Math.max(start + 1, text.trimEnd().length));
}

function lineText(uri: vscode.Uri, line: number): string | undefined {
  const open = vscode.workspace.textDocuments.find((doc) => doc.uri.toString() === uri.toString());
  if (open) return line < open.lineCount ? open.lineAt(line).text : undefined;
  try {
    return fs.readFileSync(uri.fsPath, 'utf8').split(/\r?\n/)[line];
  } catch {
    return undefined;
  }
}

/** Where `range` is after `change`, or undefined when the change touched its lines. */
function moved(range: vscode.Range, change: vscode.TextDocumentContentChangeEvent): vscode.Range | undefined {
  const { start, end } = change.range;
  if (end.line < range.start.line) {
    const delta = change.text.split('\n').length - 1 - (end.line - start.line);
    return delta === 0 ? range : new vscode.Range(range.start.line + delta, range.start.character, range.end.line + delta, range.end.character);
  }
  if (start.line > range.end.line) return range;
  return undefined;
}
