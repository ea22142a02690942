/**
 * Figures, not a test: what start-up costs in the real extension host. Loading the installed
 * production bundle (in a fresh Node process, 'vscode' answered by a stand-in, as bench/run.ts
 * does), `activate` itself, and the curriculum tree's first draw: building every item of the full
 * built-in curriculum (and of one ten times its size), and a redraw of the view as VS Code asks for
 * it. Runs only when `npm run bench:startup` names a file for the figures
 * (PYTHON_MASTERY_STARTUP_BENCH).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Track } from '../../../src/core/curriculum/model';
import { CurriculumTreeProvider, type CurriculumNode } from '../../../src/extension/curriculumTree';
import { MilestoneStates } from '../../../src/extension/milestoneStates';
import { requireTimeMs } from '../../../bench/requireTime';
import { activateExtension, extension, testHooks } from './helpers';

const ROUNDS = Number(process.env.PYTHON_MASTERY_STARTUP_BENCH_ROUNDS ?? 21);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Milliseconds to load the bundle here, in the extension host, as VS Code loads it before calling
 * `activate`: Node's built-in modules and `vscode` are already loaded. A copy under a new name each
 * round, so every load compiles the code afresh and the running extension is left alone.
 */
function requireInHostMs(dist: string, round: number): number {
  const copy = path.join(dist, `extension.startup-bench-${process.pid}-${round}.js`);
  fs.copyFileSync(path.join(dist, 'extension.js'), copy);
  try {
    const started = performance.now();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(copy);
    return performance.now() - started;
  } finally {
    fs.rmSync(copy, { force: true });
  }
}

/** Every node's item, the whole tree expanded, as VS Code would ask for them. */
function drawAll(provider: CurriculumTreeProvider): number {
  let items = 0;
  const visit = (nodes: CurriculumNode[]) => {
    for (const node of nodes) {
      provider.getTreeItem(node);
      items++;
      visit(provider.getChildren(node));
    }
  };
  visit(provider.getChildren());
  return items;
}

/** The built-in tracks copied under new ids until there are `times` as many. */
function scaled(tracks: readonly Track[], times: number): Track[] {
  return Array.from({ length: times }, (_, i) => tracks.map((track) => ({ ...track, id: `${track.id}-${i}` }))).flat();
}

describe('start-up bench', function () {
  this.timeout(300_000);
  const out = process.env.PYTHON_MASTERY_STARTUP_BENCH;

  it('bundle load, activate, and the tree\'s first draw', async function () {
    if (!out) this.skip();
    const api = await activateExtension();
    const hooks = await testHooks();
    const dist = path.join(extension().extensionPath, 'dist');
    const requires = Array.from({ length: Math.min(ROUNDS, 11) }, () => requireTimeMs(path.join(dist, 'extension.js'), Object.keys(vscode), { ...process.env, ELECTRON_RUN_AS_NODE: '1' }));
    const requiresInHost = Array.from({ length: Math.min(ROUNDS, 11) }, (_, round) => requireInHostMs(dist, round));
    const builtin = api.tracks.filter((t) => t.origin === 'builtin');
    const states = new MilestoneStates({ progressOf: (key) => hooks.progressOf(key), isRunning: () => false, latestOutcome: () => undefined });

    const cold: number[] = [];
    let items = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const provider = new CurriculumTreeProvider(() => builtin, states);
      items = drawAll(provider);
      cold.push(performance.now() - started);
      provider.dispose();
    }
    const big = scaled(builtin, 10);
    const coldBig: number[] = [];
    let itemsBig = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const provider = new CurriculumTreeProvider(() => big, states);
      itemsBig = drawAll(provider);
      coldBig.push(performance.now() - started);
      provider.dispose();
    }

    // A redraw of the real view: from the change event until VS Code has asked for every top-level item.
    await vscode.commands.executeCommand('workbench.view.extension.pythonMastery');
    const provider = hooks.curriculumTree;
    const roots = provider.getChildren().length;
    const redraws: number[] = [];
    const original = provider.getTreeItem.bind(provider);
    for (let round = 0; round < Math.min(ROUNDS, 11); round++) {
      let asked = 0;
      const drawn = new Promise<number>((resolve) => {
        provider.getTreeItem = (node: CurriculumNode) => {
          if (node.kind === 'track' && ++asked === roots) resolve(performance.now());
          return original(node);
        };
      });
      const started = performance.now();
      provider.refresh();
      redraws.push((await drawn) - started);
    }
    provider.getTreeItem = original;

    const figures = {
      requireMs: median(requiresInHost),
      requireFreshProcessMs: median(requires),
      bundleKiB: fs.statSync(path.join(dist, 'extension.js')).size / 1024,
      activateMs: hooks.activateMs,
      activatePhases: hooks.activatePhases,
      tree: { items, buildAllMs: median(cold), itemsTenfold: itemsBig, buildAllTenfoldMs: median(coldBig), redrawMs: median(redraws) },
    };
    assert.ok(items > 10);
    fs.writeFileSync(out!, `${JSON.stringify(figures, null, 2)}\n`);
  });
});
