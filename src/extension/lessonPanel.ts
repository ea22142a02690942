/**
 * The lesson panel: one webview that shows the lesson being read: its title, objectives,
 * text and milestones. Opening another lesson reuses the panel. The panel comes back after a
 * reload through a serializer that remembers which lesson it showed.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import type { Lesson, MilestoneKind } from '../core/curriculum/model';
import type { Ctx } from './ctx';
import { escapeHtml, renderLessonMarkdown } from './lessonMarkdown';

export const LESSON_PANEL_VIEW_TYPE = 'pythonMastery.lesson';

/** What the panel's page keeps with `setState`, handed back when the panel is revived. */
interface LessonPanelState {
  lessonKey: string;
}

const KIND_LABELS: Record<MilestoneKind, string> = {
  code: 'Code',
  predict: 'Predict',
  quiz: 'Quiz',
  reflect: 'Reflect',
};

export class LessonPanel implements vscode.Disposable {
  private static current: LessonPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private shownLesson: Lesson;

  /** The open lesson panel, if there is one. */
  static get open(): LessonPanel | undefined {
    return LessonPanel.current;
  }

  /** Registers the serializer that brings the panel back after a window reload. */
  static register(ctx: Ctx): void {
    ctx.pushExtCleanup(
      vscode.window.registerWebviewPanelSerializer(LESSON_PANEL_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
          const key = (state as Partial<LessonPanelState> | undefined)?.lessonKey;
          const lesson = typeof key === 'string' ? ctx.findLesson(key) : undefined;
          if (!lesson) {
            panel.dispose();
            return;
          }
          LessonPanel.current?.panel.dispose();
          LessonPanel.current = new LessonPanel(ctx, panel, lesson);
          await LessonPanel.current.render();
        },
      }),
    );
    ctx.pushExtCleanup({ dispose: () => LessonPanel.current?.dispose() });
  }

  /** Shows `lesson`, in the open panel if there is one. */
  static async createOrShow(ctx: Ctx, lesson: Lesson): Promise<LessonPanel> {
    const existing = LessonPanel.current;
    if (existing) {
      existing.shownLesson = lesson;
      existing.panel.reveal(existing.panel.viewColumn);
      await existing.render();
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(LESSON_PANEL_VIEW_TYPE, lesson.title, vscode.ViewColumn.Active, LessonPanel.webviewOptions(ctx));
    const created = new LessonPanel(ctx, panel, lesson);
    LessonPanel.current = created;
    await created.render();
    return created;
  }

  private static webviewOptions(ctx: Ctx): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(ctx.extensionUri, 'media')],
      enableFindWidget: true,
    };
  }

  private constructor(
    private readonly ctx: Ctx,
    readonly panel: vscode.WebviewPanel,
    lesson: Lesson,
  ) {
    this.shownLesson = lesson;
    panel.webview.options = LessonPanel.webviewOptions(ctx);
    panel.iconPath = vscode.Uri.joinPath(ctx.extensionUri, 'media', 'python-mastery.svg');
    this.disposables.push(panel.onDidDispose(() => this.dispose()));
  }

  /** The lesson on show. */
  get lesson(): Lesson {
    return this.shownLesson;
  }

  /** The page the panel shows. */
  get html(): string {
    return this.panel.webview.html;
  }

  private async render(): Promise<void> {
    const lesson = this.shownLesson;
    this.panel.title = lesson.title;
    let text: string;
    try {
      text = await fs.readFile(lesson.text, 'utf8');
    } catch (error) {
      this.ctx.log.error(`The text of lesson ${lesson.key} could not be read: ${(error as Error).message}`);
      text = '_The text of this lesson could not be read. See the Python Mastery log for details._';
    }
    if (this.shownLesson === lesson) this.panel.webview.html = this.page(lesson, text);
  }

  private page(lesson: Lesson, markdown: string): string {
    const webview = this.panel.webview;
    const nonce = randomBytes(16).toString('base64');
    const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(this.ctx.extensionUri, 'media', file)).toString();
    const track = this.ctx.tracks.find((t) => lesson.key.startsWith(`${t.id}/`));
    const body = renderLessonMarkdown(withoutLeadingTitle(markdown));
    const state: LessonPanelState = { lessonKey: lesson.key };
    const objectives = lesson.objectives.length === 0
      ? ''
      : `<section class="objectives"><h2>You will be able to</h2><ul>${lesson.objectives.map((o) => `<li>${escapeHtml(o)}</li>`).join('')}</ul></section>`;
    const milestones = lesson.milestones.length === 0
      ? ''
      : `<section class="milestones"><h2>Milestones</h2><ol>${lesson.milestones
          .map((m) => `<li><span class="kind kind-${m.kind}">${KIND_LABELS[m.kind]}</span> ${escapeHtml(m.title)}</li>`)
          .join('')}</ol></section>`;
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource} https:; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(media('lesson.css'))}">
<title>${escapeHtml(lesson.title)}</title>
</head>
<body>
<header>
${track ? `<p class="track">${escapeHtml(track.title)}</p>` : ''}
<h1>${escapeHtml(lesson.title)}</h1>
${lesson.summary ? `<p class="summary">${escapeHtml(lesson.summary)}</p>` : ''}
${lesson.estimate === undefined ? '' : `<p class="estimate">About ${lesson.estimate} minutes</p>`}
</header>
${objectives}
<article class="lesson-text">
${body}
</article>
${milestones}
<script nonce="${nonce}" id="lesson-state" type="application/json">${escapeJsonForScript(state)}</script>
<script nonce="${nonce}" src="${escapeHtml(media('lesson.js'))}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (LessonPanel.current === this) LessonPanel.current = undefined;
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

/** Drops the text's own first-level title: the panel's header already shows the lesson title. */
function withoutLeadingTitle(markdown: string): string {
  return markdown.replace(/^\s*# [^\n]*\n/, '');
}

/** JSON that cannot close the `<script>` element it sits in. */
function escapeJsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
