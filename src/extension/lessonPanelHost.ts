/**
 * The lesson panel: one webview that shows the lesson being read, with its text, runnable
 * examples and a card per milestone. Opening another lesson reuses the panel. The page is an app
 * of its own (src/webview/lesson, bundled as dist/webview/lesson.js) that talks to this class
 * through the typed messages of src/protocol/lesson.ts, each checked on arrival.
 *
 * This is a bundle of its own (dist/lessonPanel.js), loaded by lessonPanel.ts when the first
 * lesson opens or a panel is restored, so that start-up does not pay for it.
 *
 * The panel keeps no results: every state it shows comes from the progress store, the run
 * pipeline (`ctx.runs`) or the session's predictions (`LessonScripts`), and it posts a fresh
 * view whenever one of them changes. When the curriculum reloads it shows the lesson again from
 * the new curriculum, or says the lesson is gone, never the old text. It comes back after a
 * window reload through a serializer that remembers which lesson it showed.
 */
import './translations';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Lesson, MilestoneKey, PredictMilestone, QuizMilestone, Track } from '../core/curriculum/model';
import { isInside } from '../core/curriculum/paths';
import { isLessonFilePath } from '../core/lessons/lessonLinks';
import type { RenderedLesson } from '../core/lessons/rendered';
import { fromWebview, panelState, toWebview, type FromWebview, type LessonView, type PanelBoot, type ToWebview } from '../protocol/lesson';
import { parse } from '../protocol/validate';
import type { Ctx } from './ctx';
import { LessonTexts } from './lessonMarkdown';
import { openLessonNotes } from './lessonNotes';
import { LessonScripts } from './lessonScripts';
import { isCorrectQuizAnswer, lessonView, milestoneView, type ViewSources } from './lessonViews';
import { anchorLine } from './milestoneRuns';

import { LESSON_PANEL_VIEW_TYPE } from './lessonPanel';

/** What the panel shares across its lifetimes: rendered lessons and the session's predictions. */
interface PanelServices {
  texts: LessonTexts;
  scripts: LessonScripts;
}

interface Shown {
  track: Track;
  lesson: Lesson;
  rendered: RenderedLesson;
  view: LessonView;
}

export class LessonPanel implements vscode.Disposable {
  private static current: LessonPanel | undefined;
  private static services: PanelServices | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private key: string;
  private shown: Shown | undefined;
  /** Incremented by each show, so that a slower earlier show never overwrites a later one. */
  private generation = 0;
  private readonly renderedWaiters: { key: string; resolve: () => void }[] = [];
  private readonly snapshotWaiters = new Map<number, (snapshot: PanelSnapshot) => void>();
  private nextSnapshot = 1;
  private readonly runningExamples = new Set<number>();
  private readonly lastTitles = new Map<string, string>();
  /** The lesson folder the webview may read from now, if any. */
  private optionsFolder: string | undefined;
  /** True once the page's HTML is set; until then a show sets it, with the lesson inside. */
  private pageSet = false;
  /** The last lesson shown, for `lesson` while the one asked for is unavailable. */
  private lastLesson: Lesson | undefined;
  /** True once the page said it is ready; until then a show only prepares the view. */
  private pageReady = false;
  private disposed = false;
  /** The latest lessons the page reported on the screen, oldest first. */
  private readonly renderedLog: { key: string; at: number }[] = [];
  /** This panel's own id, and how many changes it has sent its page. */
  private readonly session = randomBytes(6).toString('hex');
  private version = 0;

  /** The open lesson panel, if there is one. */
  static get open(): LessonPanel | undefined {
    return LessonPanel.current;
  }

  /** Rendered lessons and the session's predictions, made on first use and kept until deactivation. */
  private static servicesFor(ctx: Ctx): PanelServices {
    if (!LessonPanel.services) {
      const scripts = ctx.pushExtCleanup(new LessonScripts(ctx.interpreters, ctx.config, ctx.log));
      LessonPanel.services = { texts: new LessonTexts(ctx.extensionContext.extensionPath, ctx.log), scripts };
    }
    return LessonPanel.services;
  }

  /** Takes over a panel VS Code restored, showing the lesson its page remembered. */
  static async revive(ctx: Ctx, panel: vscode.WebviewPanel, state: unknown): Promise<LessonPanel | undefined> {
    const saved = parse(panelState, state);
    if (!saved.ok || !saved.value.lessonKey) {
      panel.dispose();
      return undefined;
    }
    LessonPanel.current?.dispose();
    const revived = new LessonPanel(ctx, panel, saved.value.lessonKey);
    LessonPanel.current = revived;
    // The workspace's own tracks load just after activation: until they do, the panel says so.
    await revived.show(saved.value.lessonKey);
    return revived;
  }

  /** Shows `lesson`, in the open panel if there is one. */
  static async createOrShow(ctx: Ctx, lesson: Lesson): Promise<LessonPanel> {
    const existing = LessonPanel.current;
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn);
      await existing.show(lesson.key);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(LESSON_PANEL_VIEW_TYPE, lesson.title, vscode.ViewColumn.Active, LessonPanel.webviewOptions(undefined));
    const created = new LessonPanel(ctx, panel, lesson.key);
    LessonPanel.current = created;
    await created.show(lesson.key);
    return created;
  }

  /**
   * The page carries its own script and styles, so the only files it may load are the lesson's
   * own, and only when the lesson shows images from its folder.
   */
  private static webviewOptions(lessonDir: string | undefined): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: lessonDir ? [vscode.Uri.file(lessonDir)] : [],
      enableFindWidget: true,
    };
  }

  private constructor(
    private readonly ctx: Ctx,
    readonly panel: vscode.WebviewPanel,
    key: string,
  ) {
    this.key = key;
    this.lastLesson = ctx.findLesson(key);
    panel.iconPath = vscode.Uri.joinPath(ctx.extensionUri, 'media', 'python-mastery.svg');
    panel.webview.options = LessonPanel.webviewOptions(undefined);
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      ctx.onDidChangeTracks(() => void this.show(this.key)),
      ctx.runs.onDidStart((key) => this.refreshMilestone(key)),
      // A run is still counted as going while its listeners hear that it ended: ask once it is not.
      ctx.runs.onDidRun((result) => setTimeout(() => this.refreshMilestone(result.key), 0)),
      ctx.runs.onDidChangeHints((key) => this.refreshMilestone(key)),
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.show(this.key)),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.show(this.key)),
    );
    void ctx.progressReady.then((store) => {
      if (!store || this.disposed) return;
      const subscription = store.onDidChange((change) => change.keys.forEach((k) => this.refreshMilestone(k)));
      this.disposables.push(subscription);
      // A panel restored at start-up may have been shown before the learner's answers were read.
      if (this.pageSet) void this.show(this.key);
    });
  }

  /** The lesson on show; while the one asked for is unavailable, the last one shown. */
  get lesson(): Lesson {
    return this.shown?.lesson ?? this.ctx.findLesson(this.key) ?? this.lastLesson ?? ({ key: this.key, title: this.key, milestones: [] } as unknown as Lesson);
  }

  /** The key of the lesson the panel shows or waits for. */
  get lessonKey(): string {
    return this.key;
  }

  /** The page's HTML shell; the lesson itself arrives by message. */
  get html(): string {
    return this.panel.webview.html;
  }

  /** The last lesson view sent to the page, if the lesson is available. */
  get view(): LessonView | undefined {
    return this.shown?.view;
  }

  /**
   * Resolves once the page reports `key` (the lesson on show by default) on the screen, at
   * `since` (a `performance.now()` time) or later; at once if it already has.
   */
  whenRendered(key = this.key, timeoutMs = 15_000, since?: number): Promise<void> {
    if (since !== undefined && this.renderedLog.some((r) => r.key === key && r.at >= since)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The lesson panel did not show ${key} within ${timeoutMs} ms`)), timeoutMs);
      this.renderedWaiters.push({ key, resolve: () => { clearTimeout(timer); resolve(); } });
    });
  }

  /** The lessons the page reported on the screen since `since` (a `performance.now()` time), in order. */
  renderedSince(since: number): string[] {
    return this.renderedLog.filter((r) => r.at >= since).map((r) => r.key);
  }

  /** What the page shows now, as text, and the state it keeps (for tests and diagnosis). */
  snapshot(timeoutMs = 10_000): Promise<PanelSnapshot> {
    const id = this.nextSnapshot++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.snapshotWaiters.delete(id);
        reject(new Error('The lesson panel did not answer'));
      }, timeoutMs);
      this.snapshotWaiters.set(id, (snapshot) => {
        clearTimeout(timer);
        resolve(snapshot);
      });
      this.post({ type: 'snapshot', id });
    });
  }

  /**
   * Shows the lesson `key` from the curriculum as it is now: its text rendered, every milestone's
   * state fresh. A lesson the curriculum does not have is shown as unavailable.
   */
  async show(key: string): Promise<void> {
    const generation = ++this.generation;
    const changed = key !== this.key;
    this.key = key;
    const found = this.ctx.index.lesson(key);
    if (!found) {
      this.shown = undefined;
      const title = this.lastTitle(key);
      const unavailable = { title, message: unavailableMessage(this.ctx.tracks.length > 0) };
      this.panel.title = `${title} (unavailable)`;
      if (this.pageSet) this.post({ type: 'unavailable', lessonKey: key, ...unavailable, version: ++this.version });
      else this.setPage({ lessonKey: key, unavailable });
      return;
    }
    const { track, lesson } = found;
    const loaded = await this.services.texts.load(track, lesson);
    if (generation !== this.generation || this.disposed) return;
    if (changed) this.runningExamples.clear();
    // The page may read from this lesson's folder, and only when the lesson shows images from it.
    const folder = loaded.rendered.html.includes(' data-src="') ? lesson.dir : undefined;
    const newOptions = folder !== this.optionsFolder;
    if (newOptions) {
      this.optionsFolder = folder;
      this.panel.webview.options = LessonPanel.webviewOptions(folder);
    }
    const view = lessonView(this.sources, track, lesson, loaded, this.resourceBase(lesson));
    this.shown = { track, lesson, rendered: loaded.rendered, view };
    this.lastLesson = lesson;
    this.lastTitles.set(key, lesson.title);
    this.panel.title = lesson.title;
    // New options reload the page, so it gets the lesson with it rather than by a message.
    if (this.pageSet && !newOptions) this.post({ type: 'lesson', lesson: view, version: ++this.version });
    else this.setPage({ lessonKey: key, lesson: view });
  }

  /** Sets the page, with what it shows first inside it, so it needs no message to show it. */
  private setPage(boot: Omit<PanelBoot, 'session' | 'version'>): void {
    this.pageSet = true;
    this.pageReady = false;
    this.panel.webview.html = this.page({ ...boot, session: this.session, version: ++this.version });
  }

  private lastTitle(key: string): string {
    return this.lastTitles.get(key) ?? this.ctx.findLesson(key)?.title ?? key.split('/').pop() ?? key;
  }

  private resourceBase(lesson: Lesson): string {
    return `${this.panel.webview.asWebviewUri(vscode.Uri.file(lesson.dir)).toString().replace(/\/$/, '')}/`;
  }

  private get services(): PanelServices {
    return LessonPanel.servicesFor(this.ctx);
  }

  private get sources(): ViewSources {
    return {
      runs: this.ctx.runs,
      progress: (key) => this.ctx.progress?.get(key),
      scripts: this.services.scripts,
    };
  }

  /** Posts the fresh state of one milestone, when it belongs to the lesson on show. */
  private refreshMilestone(key: MilestoneKey): void {
    const shown = this.shown;
    const milestone = shown?.lesson.milestones.find((m) => m.key === key);
    if (!shown || !milestone) return;
    const view = milestoneView(this.sources, milestone, shown.rendered);
    shown.view = { ...shown.view, milestones: shown.view.milestones.map((m) => (m.key === key ? view : m)) };
    this.post({ type: 'milestone', lessonKey: shown.lesson.key, milestone: view, version: ++this.version });
  }

  private post(message: ToWebview): void {
    // Until the page is ready it could miss messages; its `ready` brings a complete, fresh view.
    if (!this.pageReady) return;
    // Checked on the way out as well, so that a malformed view fails here, in the log, not silently there.
    const checked = parse(toWebview, message);
    if (!checked.ok) {
      this.ctx.log.error(`Lesson panel: not sending a malformed ${message.type} message: ${checked.problem}`);
      return;
    }
    void this.panel.webview.postMessage(checked.value);
  }

  /** Every message from the page, checked before anything acts on it. Public for tests. */
  async receive(raw: unknown): Promise<void> {
    const checked = parse(fromWebview, raw);
    if (!checked.ok) {
      this.ctx.log.warn(`Lesson panel: ignored a malformed message: ${checked.problem}`);
      return;
    }
    try {
      await this.handle(checked.value);
    } catch (error) {
      this.ctx.log.error(`Lesson panel: ${checked.value.type} failed:`, error);
      this.post({ type: 'notice', text: vscode.l10n.t('That did not work: {0}', (error as Error).message) });
    }
  }

  private async handle(message: FromWebview): Promise<void> {
    switch (message.type) {
      case 'ready':
        // A new page (first load, reload, shown again after being hidden): send it everything.
        this.pageReady = true;
        await this.show(this.key);
        return;
      case 'rendered':
        this.renderedLog.push({ key: message.key, at: performance.now() });
        if (this.renderedLog.length > 50) this.renderedLog.shift();
        for (const waiter of this.renderedWaiters.filter((w) => w.key === message.key)) {
          this.renderedWaiters.splice(this.renderedWaiters.indexOf(waiter), 1);
          waiter.resolve();
        }
        return;
      case 'snapshot':
        this.snapshotWaiters.get(message.id)?.({
          text: message.text,
          lessonKey: message.lessonKey,
          state: message.state ? (JSON.parse(message.state) as unknown) : undefined,
          fields: Object.fromEntries((message.fields ?? []).map((field) => [field.name, field.value])),
          images: message.images ?? [],
        });
        this.snapshotWaiters.delete(message.id);
        return;
      case 'openLesson': {
        const target = this.ctx.findLesson(message.key);
        if (!target) {
          this.post({ type: 'notice', text: vscode.l10n.t('There is no lesson "{0}" in the curriculum.', message.key) });
          void vscode.window.showWarningMessage(vscode.l10n.t('Python Mastery has no lesson "{0}": the link in this lesson points nowhere.', message.key));
          return;
        }
        await this.show(target.key);
        return;
      }
      case 'openFile':
        await this.openFile(message.path);
        return;
      case 'openNotes':
        if (this.shown) await openLessonNotes(this.shown.track, this.shown.lesson);
        return;
      case 'runExample':
        await this.runExample(message.index);
        return;
      case 'codeAction':
        await this.codeAction(message.action, message.milestone);
        return;
      case 'submitQuiz':
        await this.submitQuiz(message.milestone, message.selected);
        return;
      case 'submitPredict':
        await this.submitPredict(message.milestone, message.text);
        return;
      case 'saveReflect':
        await this.saveReflect(message.milestone, message.text, message.done);
        return;
    }
  }

  /** The milestone `key` of the lesson on show, of the given kind, or undefined. */
  private milestone<K extends 'code' | 'quiz' | 'predict' | 'reflect'>(key: string, kind: K) {
    const milestone = this.shown?.lesson.milestones.find((m) => m.key === key);
    return milestone?.kind === kind ? (milestone as Extract<typeof milestone, { kind: K }>) : undefined;
  }

  private async store() {
    const store = this.ctx.progress ?? (await this.ctx.progressReady);
    if (!store) this.post({ type: 'notice', text: vscode.l10n.t('Your answer could not be saved: the progress file could not be opened. The Python Mastery log says why.') });
    return store;
  }

  private async submitQuiz(key: string, selected: number[]): Promise<void> {
    const milestone = this.milestone(key, 'quiz') as QuizMilestone | undefined;
    if (!milestone) return;
    const valid = [...new Set(selected)].filter((i) => i < milestone.choices.length);
    const store = await this.store();
    store?.recordAnswer(key, { kind: 'quiz', selected: valid }, isCorrectQuizAnswer(milestone, valid) ? 'pass' : 'fail');
  }

  private async submitPredict(key: string, text: string): Promise<void> {
    const milestone = this.milestone(key, 'predict') as PredictMilestone | undefined;
    if (!milestone) return;
    const store = await this.store();
    const running = this.services.scripts.predict(milestone, text);
    this.refreshMilestone(key);
    const { result, graded } = await running;
    // A prediction is kept either way; it counts as an attempt only when the snippet ran.
    if (store) store.recordAnswer(key, { kind: 'predict', text }, graded ? (result.matches ? 'pass' : 'fail') : undefined);
    this.refreshMilestone(key);
  }

  private async saveReflect(key: string, text: string, done: boolean): Promise<void> {
    if (!this.milestone(key, 'reflect')) return;
    const store = await this.store();
    // Marking it done is what finishes a reflection.
    store?.recordAnswer(key, { kind: 'reflect', text, done }, done ? 'pass' : undefined);
  }

  private async runExample(index: number): Promise<void> {
    const shown = this.shown;
    const source = shown?.rendered.examples[index];
    if (!shown || source === undefined || this.runningExamples.has(index)) return;
    const lessonKey = shown.lesson.key;
    this.runningExamples.add(index);
    this.post({ type: 'exampleStarted', lessonKey, index });
    try {
      const result = await this.services.scripts.runExample(index, source, lessonKey);
      this.post({ type: 'exampleResult', lessonKey, result });
    } finally {
      this.runningExamples.delete(index);
    }
  }

  private async codeAction(action: 'start' | 'open' | 'run' | 'hint', key: string): Promise<void> {
    const milestone = this.milestone(key, 'code');
    if (!milestone) return;
    switch (action) {
      case 'start': {
        const column = this.panel.viewColumn;
        await vscode.commands.executeCommand('pythonMastery.startMilestone', key);
        // The file opens where the learner was, over the lesson: move it beside the lesson.
        const editor = vscode.window.activeTextEditor;
        if (!this.disposed && !this.panel.visible && editor && editor.viewColumn === column) {
          await vscode.commands.executeCommand('workbench.action.moveEditorToRightGroup');
        }
        this.refreshMilestone(key);
        return;
      }
      case 'run':
        await vscode.commands.executeCommand('pythonMastery.runMilestone', key);
        return;
      case 'hint':
        await vscode.commands.executeCommand('pythonMastery.showNextHint', key);
        this.refreshMilestone(key);
        return;
      case 'open': {
        const folder = this.ctx.runs.folderFor(milestone);
        const file = milestone.files[0];
        const uri = folder && file ? vscode.Uri.joinPath(folder.uri, ...file.split('/')) : undefined;
        if (!folder || !file || !uri || !fs.existsSync(uri.fsPath)) {
          this.post({ type: 'notice', text: file ? vscode.l10n.t('{0} is not in your folder yet. Start the milestone to create it.', file) : vscode.l10n.t('The file is not in your folder yet. Start the milestone to create it.') });
          this.refreshMilestone(key);
          return;
        }
        const line = Math.max(0, (anchorLine(folder, file, milestone.anchor) ?? 1) - 1);
        await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0), viewColumn: vscode.ViewColumn.Beside });
        return;
      }
    }
  }

  /** Opens a file from the lesson's own folder, and nothing outside it. */
  private async openFile(relative: string): Promise<void> {
    const lesson = this.shown?.lesson;
    if (!lesson) return;
    const absolute = path.join(lesson.dir, ...relative.split('/'));
    let real: string | undefined;
    try {
      real = fs.realpathSync(absolute);
    } catch {
      real = undefined;
    }
    if (!isLessonFilePath(relative) || !real || !isInside(fs.realpathSync(lesson.dir), real)) {
      this.post({ type: 'notice', text: vscode.l10n.t('"{0}" is not a file of this lesson.', relative) });
      void vscode.window.showWarningMessage(vscode.l10n.t('The lesson links to "{0}", which is not a file in the lesson\'s folder.', relative));
      return;
    }
    await vscode.commands.executeCommand('vscode.open', vscode.Uri.file(absolute), { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }

  /**
   * The page: its styles, its script and what it shows first, under a strict content security
   * policy. Styles and script are written into the page (allowed by its nonce) rather than
   * fetched, which spares a new panel two round trips through the webview's resource loader.
   */
  private page(boot: PanelBoot): string {
    const webview = this.panel.webview;
    const nonce = randomBytes(16).toString('base64');
    const { script, styles } = pageAssets(this.ctx.extensionUri.fsPath);
    const csp = [
      "default-src 'none'",
      `style-src 'nonce-${nonce}'`,
      `img-src ${webview.cspSource} https:`,
      `font-src ${webview.cspSource}`,
      `script-src 'nonce-${nonce}'`,
    ].join('; ');
    return `<!DOCTYPE html>
<html lang="${escapeAttribute(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp};">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${styles}</style>
<title>${escapeAttribute(boot.lesson?.title ?? boot.unavailable?.title ?? this.lastTitle(boot.lessonKey))}</title>
</head>
<body>
<div id="app" aria-busy="true"><p class="loading">${escapeAttribute(vscode.l10n.t('Opening the lesson…'))}</p></div>
<div id="announcer" class="visually-hidden" aria-live="polite" aria-atomic="true"></div>
<script nonce="${nonce}" id="lesson-boot" type="application/json">${escapeJsonForScript(boot)}</script>
<script nonce="${nonce}" id="l10n-bundle" type="application/json">${escapeJsonForScript(vscode.l10n.bundle ?? {})}</script>
<script nonce="${nonce}">${script}</script>
</body>
</html>`;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (LessonPanel.current === this) LessonPanel.current = undefined;
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

export interface PanelSnapshot {
  /** The page's visible text. */
  text: string;
  /** The lesson the page shows, if it shows one. */
  lessonKey: string | undefined;
  /** What the page keeps for VS Code to hand back after a reload. */
  state: unknown;
  /** The text in each text field, by its name (`<milestone key>:prediction`, `…:answer`). */
  fields: Record<string, string>;
  /** Each image, with whether it loaded. */
  images: { src: string; loaded: boolean }[];
}

let assets: { script: string; styles: string } | undefined;

/** The page's script and styles (dist/webview), read once; neither can close its element early. */
function pageAssets(extensionPath: string): { script: string; styles: string } {
  if (!assets) {
    const dir = path.join(extensionPath, 'dist', 'webview');
    const read = (file: string) => fs.readFileSync(path.join(dir, file), 'utf8').replace(/\/\/# sourceMappingURL=\S+\s*$/, '').replace(/\/\*# sourceMappingURL=\S+ \*\/\s*$/, '');
    assets = {
      script: read('lesson.js').replace(/<\/(script)/gi, '<\\/$1'),
      styles: read('lesson.css').replace(/<\/(style)/gi, '<\\/$1'),
    };
  }
  return assets;
}

function unavailableMessage(anyTracks: boolean): string {
  return anyTracks
    ? vscode.l10n.t('This lesson is not in the curriculum any more: it was removed, or its track has a problem that keeps it from loading (the Problems panel lists it). This panel shows the lesson again as soon as it loads.')
    : vscode.l10n.t('The lessons are still loading. This panel shows the lesson as soon as it is there.');
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** JSON that cannot close the `<script>` element it sits in. */
function escapeJsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
