/**
 * The status bar item that names the current lesson and how far its track has come
 * ("$(book) Types and the object model · 3/10"); a click opens the lesson. Before the learner has
 * begun it offers to start. Redrawn from the current lesson and the progress, nothing kept.
 */
import * as vscode from 'vscode';
import { COMMAND_PREFIX } from './commands';
import type { CurrentLesson } from './currentLesson';
import { fraction, type MilestoneStates, trackKeys } from './milestoneStates';

/** Titles longer than this are cut in the status bar; the tooltip has them whole. */
const MAX_TITLE = 28;

export class LessonStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('pythonMastery.lesson', vscode.StatusBarAlignment.Left, 50);

  constructor(private readonly current: CurrentLesson, private readonly states: MilestoneStates) {
    this.item.name = vscode.l10n.t('Python Mastery lesson');
    this.update();
    this.item.show();
  }

  update(): void {
    const place = this.current.place();
    if (!place) {
      this.item.text = vscode.l10n.t('$(book) Start learning Python');
      this.item.tooltip = vscode.l10n.t('Python Mastery: open the first lesson');
      this.item.command = `${COMMAND_PREFIX}continue`;
      this.item.accessibilityInformation = { label: vscode.l10n.t('Python Mastery: start learning Python') };
      return;
    }
    const { track, lesson } = place;
    const counts = this.states.counts(trackKeys(track));
    this.item.text = `$(book) ${shorten(lesson.title)} · ${fraction(counts)}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown('**');
    tooltip.appendText(lesson.title);
    tooltip.appendMarkdown('**\n\n');
    tooltip.appendText(vscode.l10n.t('{0}: {1} of {2} milestones passed.', track.title, counts.passed, counts.total));
    tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Click to open the lesson.')}`);
    this.item.tooltip = tooltip;
    this.item.command = { command: `${COMMAND_PREFIX}openLesson`, title: vscode.l10n.t('Open Lesson'), arguments: [lesson.key] };
    this.item.accessibilityInformation = { label: vscode.l10n.t('Current lesson: {0}. {1}: {2} of {3} milestones passed.', lesson.title, track.title, counts.passed, counts.total) };
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}

function shorten(title: string): string {
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}
