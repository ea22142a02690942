/**
 * The Testing API is the spine every run goes through: one `TestController` whose items are the
 * code milestones, grouped by track and lesson, each placed on its anchor in the learner's file.
 * A run from a CodeLens, the palette, the tree or a save is a run of that milestone's `TestItem`,
 * so every run shows in Test Explorer, with an expected/actual diff for each failure. Continuous
 * run is the watch mode: the milestones it covers run again whenever their files are saved.
 */
import * as vscode from 'vscode';
import { describeFinding, type Finding } from '../core/checks/findings';
import { lessonsOf, type MilestoneKey, type Track } from '../core/curriculum/model';
import type { Config } from './config';
import { anchorLine, isSavingForRun, type MilestoneRunResult, type MilestoneRuns } from './milestoneRuns';

export const TEST_CONTROLLER_ID = 'pythonMastery';

type Trigger = 'user' | 'save' | 'test-explorer';

export class MilestoneTests implements vscode.Disposable {
  private readonly controller: vscode.TestController;
  private readonly runProfile: vscode.TestRunProfile;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly items = new Map<MilestoneKey, vscode.TestItem>();
  /** Milestones in continuous run, each with the request that asked for it. */
  private readonly watched = new Map<MilestoneKey, vscode.TestRunRequest>();
  /** Counts rebuilds, so that placing the items of an older one stops. */
  private generation = 0;

  constructor(
    private readonly runs: MilestoneRuns,
    private readonly config: Config,
    private readonly tracks: () => readonly Track[],
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.controller = vscode.tests.createTestController(TEST_CONTROLLER_ID, vscode.l10n.t('Python Mastery'));
    this.runProfile = this.controller.createRunProfile(
      vscode.l10n.t('Run milestone checks'), vscode.TestRunProfileKind.Run,
      async (request, token) => {
        await this.handle(request, token, 'test-explorer');
      }, true, undefined, true,
    );
    this.controller.refreshHandler = async () => this.rebuild();
    this.subscriptions.push(
      this.controller,
      vscode.workspace.onDidSaveTextDocument((doc) => this.onSave(doc)),
      vscode.workspace.onDidOpenTextDocument((doc) => this.updateRanges(doc)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.rebuild()),
    );
  }

  /**
   * Recreates the items from the curriculum. Items are placed on their anchors just after, a
   * lesson at a time outside activation, since placing one reads the learner's file; an item
   * whose file is open or gets opened is placed at once.
   */
  rebuild(): void {
    this.items.clear();
    const generation = ++this.generation;
    const roots: vscode.TestItem[] = [];
    for (const track of this.tracks()) {
      const trackItem = this.controller.createTestItem(track.id, track.title);
      for (const lesson of lessonsOf(track)) {
        const code = lesson.milestones.filter((m) => m.kind === 'code');
        if (code.length === 0) continue;
        const lessonItem = this.controller.createTestItem(lesson.key, lesson.title);
        for (const milestone of code) {
          const folder = this.runs.folderFor(milestone);
          const uri = folder && milestone.files[0] ? vscode.Uri.joinPath(folder.uri, milestone.files[0]) : undefined;
          const item = this.controller.createTestItem(milestone.key, milestone.title, uri);
          item.description = milestone.files[0];
          this.items.set(milestone.key, item);
          lessonItem.children.add(item);
        }
        trackItem.children.add(lessonItem);
      }
      if (trackItem.children.size > 0) roots.push(trackItem);
    }
    this.controller.items.replace(roots);
    for (const doc of vscode.workspace.textDocuments) this.updateRanges(doc);
    void this.placeAll(generation);
  }

  /** Places every item on its anchor, yielding between lessons; a newer rebuild stops it. */
  private async placeAll(generation: number): Promise<void> {
    const pending = [...this.items.values()].filter((item) => item.uri && !item.range);
    for (let i = 0; i < pending.length; i++) {
      if (i % 8 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      if (generation !== this.generation) return;
      this.place(pending[i]!);
    }
  }

  private place(item: vscode.TestItem): void {
    const milestone = this.runs.place(item.id)?.milestone;
    const folder = item.uri ? vscode.workspace.getWorkspaceFolder(item.uri) : undefined;
    if (!milestone || !folder) return;
    const line = Math.max(0, (anchorLine(folder, milestone.files[0], milestone.anchor) ?? 1) - 1);
    item.range = new vscode.Range(line, 0, line, 0);
  }

  /** Moves a file's items to where their anchors are now, e.g. after an edit. */
  updateRanges(doc: vscode.TextDocument): void {
    const folder = vscode.workspace.getWorkspaceFolder(doc.uri);
    if (!folder) return;
    for (const item of this.items.values()) {
      if (item.uri?.toString() === doc.uri.toString()) this.place(item);
    }
  }

  /** Runs milestones as Test Explorer runs and returns their results, in order. */
  async runMilestones(keys: readonly MilestoneKey[], trigger: Trigger = 'user', token?: vscode.CancellationToken): Promise<MilestoneRunResult[]> {
    const items = keys.map((key) => this.items.get(key)).filter((item): item is vscode.TestItem => item !== undefined);
    if (items.length === 0) return Promise.all(keys.map((key) => this.runs.run(key, { token, trigger })));
    const request = new vscode.TestRunRequest(items, undefined, this.runProfile);
    const source = token ? undefined : new vscode.CancellationTokenSource();
    try {
      return await this.handle(request, token ?? source!.token, trigger);
    } finally {
      source?.dispose();
    }
  }

  private async handle(request: vscode.TestRunRequest, token: vscode.CancellationToken, trigger: Trigger): Promise<MilestoneRunResult[]> {
    const items = this.leaves(request);
    if (request.continuous) {
      for (const item of items) this.watched.set(item.id, request);
      token.onCancellationRequested(() => {
        for (const item of items) if (this.watched.get(item.id) === request) this.watched.delete(item.id);
      });
      this.log.info(`Watching ${items.length} milestone(s): they run whenever their files are saved.`);
      return [];
    }
    const testRun = this.controller.createTestRun(request, undefined, trigger !== 'save');
    const results: MilestoneRunResult[] = [];
    try {
      for (const item of items) testRun.enqueued(item);
      for (const item of items) {
        if (token.isCancellationRequested) {
          testRun.skipped(item);
          continue;
        }
        testRun.started(item);
        const result = await this.runs.run(item.id, { token, trigger });
        report(testRun, item, result);
        results.push(result);
      }
    } finally {
      testRun.end();
    }
    return results;
  }

  private leaves(request: vscode.TestRunRequest): vscode.TestItem[] {
    const excluded = new Set((request.exclude ?? []).map((item) => item.id));
    const found = new Map<string, vscode.TestItem>();
    const visit = (item: vscode.TestItem) => {
      if (excluded.has(item.id)) return;
      if (this.items.get(item.id) === item) found.set(item.id, item);
      item.children.forEach(visit);
    };
    if (request.include) request.include.forEach(visit);
    else this.controller.items.forEach(visit);
    return [...found.values()];
  }

  /**
   * Runs the milestones of a saved file: those in continuous run, and, with "run on save", those
   * the learner has already tried. It starts at once; a newer save replaces the run still going,
   * which is all the gathering rapid saves need.
   */
  private onSave(doc: vscode.TextDocument): void {
    this.updateRanges(doc);
    if (isSavingForRun(doc)) return;
    const keys = this.milestonesToRunOnSave(doc);
    if (keys.length > 0) void this.runMilestones(keys, 'save');
  }

  private milestonesToRunOnSave(doc: vscode.TextDocument): MilestoneKey[] {
    const runOnSave = this.config.settings(doc.uri).runOnSave;
    const keys: MilestoneKey[] = [];
    for (const item of this.items.values()) {
      if (item.uri?.toString() !== doc.uri.toString()) continue;
      const tried = (this.runs.progressOf(item.id)?.attempts ?? 0) > 0 || this.runs.latest(item.id) !== undefined;
      if (this.watched.has(item.id) || (runOnSave && tried)) keys.push(item.id);
    }
    return keys;
  }

  dispose(): void {
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
  }
}

function report(testRun: vscode.TestRun, item: vscode.TestItem, result: MilestoneRunResult): void {
  const duration = result.run?.durationMs;
  if (result.run?.stdout.trim()) testRun.appendOutput(crlf(result.run.stdout), undefined, item);
  switch (result.outcome) {
    case 'pass':
      testRun.passed(item, duration);
      return;
    case 'fail':
      testRun.failed(item, messages(result), duration);
      return;
    case 'error':
      testRun.errored(item, messages(result), duration);
      return;
    case 'cancelled':
      testRun.skipped(item);
      return;
    case 'blocked':
      testRun.errored(item, new vscode.TestMessage(result.blocked?.message ?? vscode.l10n.t('The check did not run.')));
      return;
  }
}

function messages(result: MilestoneRunResult): vscode.TestMessage[] {
  const list = result.findings.map((finding) => testMessage(finding, result.folder));
  return list.length > 0 ? list : [new vscode.TestMessage(result.run?.problem?.message ?? vscode.l10n.t('The check failed.'))];
}

function testMessage(finding: Finding, folder: vscode.WorkspaceFolder | undefined): vscode.TestMessage {
  const text = describeFinding({ ...finding, expected: undefined, actual: undefined });
  const message = finding.expected !== undefined && finding.actual !== undefined
    ? vscode.TestMessage.diff(text, finding.expected, finding.actual)
    : new vscode.TestMessage(describeFinding(finding));
  if (finding.file && folder) {
    const uri = vscode.Uri.joinPath(folder.uri, ...finding.file.split('/'));
    message.location = new vscode.Location(uri, new vscode.Position(finding.line - 1, finding.column - 1));
  }
  return message;
}

function crlf(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

