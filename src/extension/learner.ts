/**
 * Where the learner stands, and the surfaces that show it: the curriculum tree with a state on
 * every item, the lesson status bar item, the progress dashboard, and the first-run welcome.
 * Each redraws from the run pipeline (`ctx.runs`) and the progress store on their events; none
 * keeps run or progress state of its own.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Lesson } from '../core/curriculum/model';
import { notStarted } from '../core/progress/milestoneProgress';
import type { Ctx } from './ctx';
import { CurrentLesson } from './currentLesson';
import { CurriculumTree } from './curriculumTree';
import type { DashboardSources } from './dashboardPanel';
import { DASHBOARD_VIEW_TYPE } from '../protocol/dashboardProtocol';
import { LessonStatus } from './lessonStatus';
import { MilestoneStates, lessonKeys } from './milestoneStates';
import { PassedMilestoneContext, welcomeOnFirstRun } from './welcome';

const PENDING_START_KEY = 'pythonMastery.pendingStart';
/** A start asked for in a window with no folder resumes in the folder's window if it opens this soon. */
const PENDING_START_MS = 5 * 60_000;

interface PendingStart {
  key: string;
  folder: string;
  at: number;
}

export class Learner implements vscode.Disposable {
  readonly states: MilestoneStates;
  readonly current: CurrentLesson;
  readonly tree: CurriculumTree;
  readonly lessonStatus: LessonStatus;
  readonly dashboard: DashboardSources;
  private readonly passedContext = new PassedMilestoneContext();
  private readonly dashboardChanged = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[] = [this.dashboardChanged];
  private toolsModule: typeof import('./learnerTools') | undefined;

  constructor(private readonly ctx: Ctx, panelLesson: () => Lesson | undefined) {
    const { runs } = ctx;
    this.states = new MilestoneStates({
      progressOf: (key) => runs.progressOf(key),
      isRunning: (key) => runs.isRunning(key),
      latestOutcome: (key) => runs.latest(key)?.outcome,
    });
    this.current = new CurrentLesson(ctx.extensionContext.globalState, () => ctx.index, () => ctx.progress, panelLesson);
    this.tree = new CurriculumTree(() => ctx.tracks, this.states);
    this.lessonStatus = new LessonStatus(this.current, this.states);
    this.dashboard = {
      extensionUri: ctx.extensionUri,
      tracks: () => ctx.tracks,
      progress: (key) => ctx.progress?.get(key) ?? notStarted(),
      activity: () => ctx.progress?.activity() ?? [],
      onDidChange: this.dashboardChanged.event,
    };
    const milestonesChanged = (keys: readonly string[] | undefined) => {
      if (keys) this.tree.provider.refreshMilestones(keys);
      else this.tree.provider.refresh();
      this.lessonStatus.update();
    };
    this.subscriptions.push(
      this.current,
      this.tree,
      this.lessonStatus,
      ctx.onDidChangeTracks(() => {
        this.tree.provider.refresh();
        this.current.check();
        this.lessonStatus.update();
        this.dashboardChanged.fire();
      }),
      runs.onDidStart((key) => this.tree.provider.refreshMilestones([key])),
      runs.onDidRun((result) => milestonesChanged([result.key])),
      runs.onDidForget((key) => milestonesChanged([key])),
      ctx.onDidChangeProgress((change) => {
        milestonesChanged(change?.keys);
        this.current.check();
        this.passedContext.update(ctx.progress);
        this.dashboardChanged.fire();
      }),
      this.current.onDidChange(() => {
        this.lessonStatus.update();
        void this.selectCurrentLesson();
      }),
      this.tree.view.onDidChangeVisibility((event) => {
        if (event.visible) void this.selectCurrentLesson();
      }),
      // The dashboard comes back after a reload; its code loads only then.
      vscode.window.registerWebviewPanelSerializer(DASHBOARD_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel: vscode.WebviewPanel) => this.tools().DashboardPanel.revive(panel, this.dashboard),
      }),
      { dispose: () => this.toolsModule?.DashboardPanel.open?.dispose() },
    );
  }

  /** The dashboard, reset, export and import, from their own bundle, loaded on first use. */
  tools(): typeof import('./learnerTools') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.toolsModule ??= require(path.join(__dirname, 'learnerTools.js')) as typeof import('./learnerTools');
    return this.toolsModule;
  }

  /** The tools bundle if something has loaded it already. */
  get loadedTools(): typeof import('./learnerTools') | undefined {
    return this.toolsModule;
  }

  /** After activation: the first-run welcome, and a start that was waiting for this folder. */
  async afterActivation(): Promise<void> {
    await this.resumePendingStart();
    const outcome = await welcomeOnFirstRun(this.ctx.extensionContext).catch((error: unknown) => {
      this.ctx.log.warn('The welcome could not be shown:', error);
      return undefined;
    });
    if (outcome === 'walkthrough') this.ctx.log.info('First run: showed the Python Mastery view and the Get Started walkthrough.');
    if (outcome === 'view') this.ctx.log.info('First run: showed the Python Mastery view (walkthroughs do not open on install here).');
  }

  /** Selects the current lesson in the tree, when the tree is on show and something else is selected. */
  private async selectCurrentLesson(): Promise<void> {
    const key = this.current.place()?.lesson.key;
    if (!key || !this.tree.view.visible || this.tree.selectedLessonKey === key) return;
    await this.tree.reveal(key).catch(() => undefined);
  }

  /** Remembers a start asked for before the folder to hold the code was open. */
  async rememberPendingStart(key: string, folder: vscode.Uri): Promise<void> {
    const pending: PendingStart = { key, folder: folder.toString(), at: Date.now() };
    await this.ctx.extensionContext.globalState.update(PENDING_START_KEY, pending);
  }

  /** Carries on a start that was waiting for this window's folder; resolves once it has. */
  async resumePendingStart(): Promise<void> {
    const state = this.ctx.extensionContext.globalState;
    const pending = state.get<PendingStart>(PENDING_START_KEY);
    if (!pending) return;
    const here = (vscode.workspace.workspaceFolders ?? []).some((folder) => folder.uri.toString() === pending.folder);
    if (!here && Date.now() - pending.at < PENDING_START_MS) return;
    await state.update(PENDING_START_KEY, undefined);
    if (here && Date.now() - pending.at < PENDING_START_MS) {
      this.ctx.log.info(`Starting ${pending.key} in the folder just opened for it.`);
      await vscode.commands.executeCommand('pythonMastery.startMilestone', pending.key);
    }
  }

  /** True when every milestone of the lesson is passed. */
  isDone(lesson: Lesson): boolean {
    const keys = lessonKeys(lesson);
    return keys.length > 0 && keys.every((key) => this.states.of(key) === 'passed');
  }

  dispose(): void {
    for (const subscription of this.subscriptions.splice(0).reverse()) subscription.dispose();
  }
}
