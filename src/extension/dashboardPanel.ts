/**
 * The progress dashboard: one webview panel that draws the learner's progress as pictures. The
 * page is bundled on its own (dist/webview/dashboard.js, from src/webview/dashboard/) and speaks
 * only the typed messages of dashboardProtocol.ts. The extension sends the whole report when the
 * page asks and again after every change of progress or curriculum; the page keeps nothing.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { lessonsOf, type Track } from '../core/curriculum/model';
import type { ActivityEntry, MilestoneProgress } from '../core/progress';
import { buildProgressReport, type ProgressReport } from '../core/progress/progressReport';
import { DASHBOARD_VIEW_TYPE, type DashboardRequest, type DashboardUpdate } from '../protocol/dashboardProtocol';

export interface DashboardSources {
  extensionUri: vscode.Uri;
  tracks(): readonly Track[];
  progress(key: string): MilestoneProgress;
  activity(): readonly ActivityEntry[];
  /** Fires when progress or the curriculum changed. */
  onDidChange: vscode.Event<unknown>;
}

const REDRAW_DELAY_MS = 100;

export class DashboardPanel implements vscode.Disposable {
  private static current: DashboardPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private redrawTimer: ReturnType<typeof setTimeout> | undefined;
  /** The report last sent to the page. */
  lastReport: ProgressReport | undefined;

  static get open(): DashboardPanel | undefined {
    return DashboardPanel.current;
  }

  /** Takes over a dashboard VS Code brings back after a window reload. */
  static revive(panel: vscode.WebviewPanel, sources: DashboardSources): void {
    DashboardPanel.current?.panel.dispose();
    DashboardPanel.current = new DashboardPanel(panel, sources);
  }

  static createOrShow(sources: DashboardSources): DashboardPanel {
    const existing = DashboardPanel.current;
    if (existing) {
      existing.panel.reveal(existing.panel.viewColumn);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(DASHBOARD_VIEW_TYPE, vscode.l10n.t('Python Mastery: Progress'), vscode.ViewColumn.Active, DashboardPanel.options(sources));
    DashboardPanel.current = new DashboardPanel(panel, sources);
    return DashboardPanel.current;
  }

  private static options(sources: DashboardSources): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: [vscode.Uri.joinPath(sources.extensionUri, 'media'), vscode.Uri.joinPath(sources.extensionUri, 'dist', 'webview')],
    };
  }

  private constructor(readonly panel: vscode.WebviewPanel, private readonly sources: DashboardSources) {
    panel.webview.options = DashboardPanel.options(sources);
    panel.iconPath = new vscode.ThemeIcon('graph');
    panel.webview.html = this.page();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: DashboardRequest) => this.receive(message)),
      sources.onDidChange(() => this.scheduleRedraw()),
    );
  }

  /** The page the panel shows. */
  get html(): string {
    return this.panel.webview.html;
  }

  /** Works out the report now and sends it; resolves with it. */
  async redraw(): Promise<ProgressReport> {
    const report = buildProgressReport({
      tracks: this.sources.tracks(),
      progress: (key) => this.sources.progress(key),
      activity: this.sources.activity(),
      now: new Date(),
    });
    this.lastReport = report;
    const message: DashboardUpdate = { type: 'report', report };
    await this.panel.webview.postMessage(message);
    return report;
  }

  private scheduleRedraw(): void {
    clearTimeout(this.redrawTimer);
    this.redrawTimer = setTimeout(() => void this.redraw(), REDRAW_DELAY_MS);
  }

  private receive(message: DashboardRequest): void {
    switch (message.type) {
      case 'ready':
        void this.redraw();
        return;
      case 'continueTrack': {
        const track = this.sources.tracks().find((t) => t.id === message.trackId);
        if (!track) return;
        const lessons = lessonsOf(track);
        const next = lessons.find((l) => l.milestones.some((m) => this.sources.progress(m.key).status !== 'passed')) ?? lessons[0];
        if (next) void vscode.commands.executeCommand('pythonMastery.openLesson', next.key);
        return;
      }
    }
  }

  private page(): string {
    const webview = this.panel.webview;
    const nonce = randomBytes(16).toString('base64');
    const asset = (...parts: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.sources.extensionUri, ...parts)).toString();
    return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource}; img-src ${webview.cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${asset('media', 'dashboard.css')}">
<title>${escapeHtml(vscode.l10n.t('Python Mastery: Progress'))}</title>
</head>
<body>
<main id="root"><p>${escapeHtml(vscode.l10n.t('Loading your progress…'))}</p></main>
<script nonce="${nonce}" id="l10n-bundle" type="application/json">${JSON.stringify(vscode.l10n.bundle ?? {}).replace(/</g, '\\u003c')}</script>
<script nonce="${nonce}" src="${asset('dist', 'webview', 'dashboard.js')}"></script>
</body>
</html>`;
  }

  dispose(): void {
    if (DashboardPanel.current === this) DashboardPanel.current = undefined;
    clearTimeout(this.redrawTimer);
    this.panel.dispose();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
