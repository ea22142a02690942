/**
 * Figures, not a test: how long opening a lesson takes, from the command to the page reporting
 * the lesson painted, for the largest built-in lesson and the largest of the workspace's own.
 * Runs only when `npm run bench:lesson` names a file for the figures (PYTHON_MASTERY_LESSON_BENCH).
 */
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { Lesson, Track } from '../../../src/core/curriculum/model';
import { activateExtension, closeAllEditors, eventually, testHooks } from './helpers';

const ROUNDS = Number(process.env.PYTHON_MASTERY_LESSON_BENCH_ROUNDS ?? 15);

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.round((p / 100) * (sorted.length - 1)))]!;
}

function largest(tracks: readonly Track[]): Lesson {
  const lessons = tracks.flatMap((t) => t.modules.flatMap((m) => m.lessons));
  return lessons.reduce((a, b) => (fs.statSync(b.text).size > fs.statSync(a.text).size ? b : a));
}

/** Milliseconds from creating a bare webview panel to its script's first message. */
async function bareWebview(): Promise<number> {
  const started = performance.now();
  const panel = vscode.window.createWebviewPanel('pythonMastery.benchBare', 'Bare', vscode.ViewColumn.Active, { enableScripts: true, localResourceRoots: [] });
  const said = new Promise<number>((resolve) => panel.webview.onDidReceiveMessage(() => resolve(performance.now())));
  const nonce = String(Math.random()).slice(2);
  panel.webview.html = `<!DOCTYPE html><html lang="en"><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}';"><title>Bare</title></head><body><p>Bare</p><script nonce="${nonce}">requestAnimationFrame(() => acquireVsCodeApi().postMessage('here'));</script></body></html>`;
  const at = await said;
  panel.dispose();
  return at - started;
}

describe('lesson bench', function () {
  this.timeout(600_000);
  const out = process.env.PYTHON_MASTERY_LESSON_BENCH;

  it('opens the largest lessons', async function () {
    if (!out) this.skip();
    const api = await activateExtension();
    const hooks = await testHooks();
    await eventually('the workspace tracks', () => (api.tracks.some((t) => t.origin === 'workspace') ? true : undefined));
    const open = async (key: string): Promise<number> => {
      const started = performance.now();
      await vscode.commands.executeCommand('pythonMastery.openLesson', key);
      const panel = await eventually('the panel', () => hooks.lessonPanel());
      await panel.whenRendered(key, 30_000, started);
      return performance.now() - started;
    };
    const figures: Record<string, unknown>[] = [];
    for (const origin of ['builtin', 'workspace'] as const) {
      const lesson = largest(api.tracks.filter((t) => t.origin === origin));
      const other = api.tracks.filter((t) => t.origin === origin).flatMap((t) => t.modules.flatMap((m) => m.lessons)).find((l) => l.key !== lesson.key) ?? lesson;
      await closeAllEditors();
      const first = await open(lesson.key);
      const cold: number[] = [];
      const warm: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        // Cold: no panel yet, so the page loads too. Warm: the panel shows another lesson.
        await closeAllEditors();
        await eventually('the panel to close', () => (hooks.lessonPanel() === undefined ? true : undefined));
        cold.push(await open(lesson.key));
        await open(other.key);
        warm.push(await open(lesson.key));
      }
      const stats = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
      figures.push({ origin, lesson: lesson.key, textBytes: fs.statSync(lesson.text).size, firstOpen: first, cold: stats(cold), switch: stats(warm) });
    }
    // The floor: a bare webview whose script only says it is there, created the same way.
    await closeAllEditors();
    const bare: number[] = [];
    for (let round = 0; round < ROUNDS; round++) bare.push(await bareWebview());
    await closeAllEditors();
    const stats = (values: number[]) => ({ p50: percentile(values, 50), p95: percentile(values, 95) });
    fs.writeFileSync(out!, `${JSON.stringify({ rounds: ROUNDS, lessons: figures, bareWebview: stats(bare) }, null, 2)}\n`);
  });
});
