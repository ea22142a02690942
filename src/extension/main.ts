/**
 * Entry point. `activate` stays thin: it builds the one `Ctx` that owns everything and wires the
 * views and commands to it.
 */
import './translations';
import * as vscode from 'vscode';
import type { Track } from '../core/curriculum/model';
import { registerCommands } from './commands';
import { Ctx } from './ctx';
import { MilestoneCodeLenses } from './codeLens';
import { MilestoneDiagnostics } from './diagnostics';
import { Learner } from './learner';
import { LessonPanel } from './lessonPanel';
import type { MilestoneRunResult } from './milestoneRuns';
import { InterpreterStatus } from './statusBar';
import { MilestoneTests } from './testing';
import { ActivationTiming, registerTestHooks } from './testHooks';

/** What the extension hands to other extensions (and to its own integration tests). */
export interface PythonMasteryApi {
  readonly tracks: readonly Track[];
  /** Fires after every milestone run, however it ended. */
  readonly onDidRunMilestone: vscode.Event<MilestoneRunResult>;
  /** The interpreter status bar item's text. */
  readonly interpreterStatusText: string;
}

export function activate(context: vscode.ExtensionContext): PythonMasteryApi {
  const timing = new ActivationTiming();
  const ctx = new Ctx(context);
  context.subscriptions.push(ctx);
  ctx.log.info(`Python Mastery ${String(context.extension.packageJSON.version)} activating in VS Code ${vscode.version}.`);

  const tests = ctx.pushExtCleanup(new MilestoneTests(ctx.runs, ctx.config, () => ctx.tracks, ctx.log));
  const diagnostics = ctx.pushExtCleanup(new MilestoneDiagnostics(ctx.runs));
  const lenses = ctx.pushExtCleanup(new MilestoneCodeLenses(ctx.runs, () => ctx.index));
  const status = ctx.pushExtCleanup(new InterpreterStatus(ctx.interpreters));
  ctx.surfaces = { tests, diagnostics, status };
  timing.mark('run surfaces');
  ctx.learner = ctx.pushExtCleanup(new Learner(ctx, () => LessonPanel.open?.lesson));
  timing.mark('tree, status bar, dashboard');
  ctx.pushExtCleanup(ctx.onDidChangeTracks(() => {
    tests.rebuild();
    lenses.refresh();
  }));
  LessonPanel.register(ctx);
  registerCommands(ctx);
  timing.mark('commands');
  ctx.loadCurriculum();
  timing.mark('curriculum');
  registerTestHooks(ctx, timing);
  setTimeout(() => void ctx.learner.afterActivation(), 0);

  return {
    get tracks() {
      return ctx.tracks;
    },
    onDidRunMilestone: ctx.runs.onDidRun,
    get interpreterStatusText() {
      return status.text;
    },
  };
}

export function deactivate(): void {
  // Everything is owned by the Ctx in context.subscriptions, which VS Code disposes.
}
