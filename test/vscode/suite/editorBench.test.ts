/**
 * Figures, not a test: how long from saving a milestone's file to its diagnostic appearing, in
 * the real extension host, beside a bare `python -c pass` on the same interpreter. Runs only when
 * `npm run bench:editor` names a file for the figures (PYTHON_MASTERY_EDITOR_BENCH).
 */
import { spawnSync } from 'node:child_process';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { MilestoneRunResult } from '../../../src/extension/milestoneRuns';
import { activateExtension } from './helpers';

const SAY = 'team-katas/fizzbuzz/say';
const ROUNDS = Number(process.env.PYTHON_MASTERY_EDITOR_BENCH_ROUNDS ?? 31);

/** Two wrong answers that fail differently, so each save brings a diagnostic of its own. */
const WRONG = [
  (round: number) => `def say(n):\n    # round ${round}\n    return "Fizz" if n % 3 == 0 else str(n)\n`,
  (round: number) => `def say(n):\n    # round ${round}\n    return "Buzz" if n % 5 == 0 else str(n)\n`,
];
const MARKERS = ["Expected: 'Buzz'", "Expected: 'Fizz'"];

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.round((p / 100) * (sorted.length - 1)))]!;
}

describe('editor bench', function () {
  this.timeout(300_000);
  const out = process.env.PYTHON_MASTERY_EDITOR_BENCH;

  it('save to diagnostic, beside a bare Python start', async function () {
    if (!out) this.skip();
    const api = await activateExtension();
    const root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
    await vscode.commands.executeCommand('pythonMastery.startMilestone', SAY);
    const uri = vscode.Uri.file(path.join(root, 'katas', 'fizzbuzz.py'));
    const doc = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(doc);
    const setText = (text: string) => editor.edit((edit) => edit.replace(new vscode.Range(0, 0, doc.lineCount, 0), text));

    // One run by hand: from then on every save runs the check.
    await setText(WRONG[0]!(0));
    const first = await vscode.commands.executeCommand<MilestoneRunResult>('pythonMastery.runMilestone', SAY);
    assert.equal(first?.outcome, 'fail');
    const command = first.interpreter!.command;

    const interpreters = [command, ...(fs.existsSync('/usr/bin/python3') ? [['/usr/bin/python3']] : [])];
    const figures: Record<string, unknown>[] = [];
    for (const interpreter of interpreters) {
      await vscode.workspace.getConfiguration('pythonMastery').update('pythonPath', interpreter, vscode.ConfigurationTarget.Workspace);
      const published: number[] = [];
      const delivered: number[] = [];
      const checkOnly: number[] = [];
      const bare: number[] = [];
      const saveEvent: number[] = [];
      const fromSaveEvent: number[] = [];
      for (let round = 1; round <= ROUNDS; round++) {
        const variant = round % 2;
        await setText(WRONG[variant]!(round));
        const marker = MARKERS[variant]!;
        // Diagnostics are set before onDidRun reaches any later listener, this one included.
        const ran = new Promise<{ at: number; checkMs: number }>((resolve) => {
          const sub = api.onDidRunMilestone((result) => {
            if (result.key === SAY && result.run) {
              sub.dispose();
              resolve({ at: performance.now(), checkMs: result.run.durationMs });
            }
          });
        });
        // What other extensions see: VS Code delivers diagnostic changes to them in batches.
        const seen = new Promise<number>((resolve) => {
          const sub = vscode.languages.onDidChangeDiagnostics((event) => {
            if (!event.uris.some((u) => u.toString() === uri.toString())) return;
            if (vscode.languages.getDiagnostics(uri).some((d) => d.source === 'Python Mastery' && d.message.includes(marker))) {
              sub.dispose();
              resolve(performance.now());
            }
          });
        });
        const saved = new Promise<number>((resolve) => {
          const sub = vscode.workspace.onDidSaveTextDocument(() => {
            sub.dispose();
            resolve(performance.now());
          });
        });
        const started = performance.now();
        await doc.save();
        const [{ at, checkMs }, seenAt, savedAt] = await Promise.all([ran, seen, saved]);
        saveEvent.push(savedAt - started);
        fromSaveEvent.push(at - savedAt);
        published.push(at - started);
        delivered.push(seenAt - started);
        checkOnly.push(checkMs);

        const bareStart = performance.now();
        spawnSync(interpreter[0]!, [...interpreter.slice(1), '-c', 'pass']);
        bare.push(performance.now() - bareStart);
      }
      const stats = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
      figures.push({
        interpreter: interpreter.join(' '),
        saveToDiagnostic: stats(published),
        saveToListeners: stats(delivered),
        saveEvent: stats(saveEvent),
        saveEventToDiagnostic: stats(fromSaveEvent),
        checkRun: stats(checkOnly),
        barePython: stats(bare),
      });
    }
    await vscode.workspace.getConfiguration('pythonMastery').update('pythonPath', undefined, vscode.ConfigurationTarget.Workspace);
    fs.writeFileSync(out!, `${JSON.stringify({ rounds: ROUNDS, interpreters: figures }, null, 2)}\n`);
  });
});
