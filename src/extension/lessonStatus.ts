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
    this.item.name = 'Python Mastery lesson';
    this.update();
    this.item.show();
  }

  update(): void {
    const place = this.current.place();
    if (!place) {
      this.item.text = '$(book) Start learning Python';
      this.item.tooltip = 'Python Mastery: open the first lesson';
      this.item.command = `${COMMAND_PREFIX}continue`;
      this.item.accessibilityInformation = { label: 'Python Mastery: start learning Python' };
      return;
    }
    const { track, lesson } = place;
    const counts = this.states.counts(trackKeys(track));
    this.item.text = `$(book) ${shorten(lesson.title)} · ${fraction(counts)}`;
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown('**');
    tooltip.appendText(lesson.title);
    tooltip.appendMarkdown('**\n\n');
    tooltip.appendText(`${track.title}: ${counts.passed} of ${counts.total} milestones passed.`);
    tooltip.appendMarkdown('\n\nClick to open the lesson.');
    this.item.tooltip = tooltip;
    this.item.command = { command: `${COMMAND_PREFIX}openLesson`, title: 'Open Lesson', arguments: [lesson.key] };
    this.item.accessibilityInformation = { label: `Current lesson: ${lesson.title}. ${track.title}: ${counts.passed} of ${counts.total} milestones passed.` };
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
