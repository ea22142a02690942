/**
 * The learner's current lesson: the one open in the lesson panel, else the one they last opened
 * or worked on (whichever was later), remembered across windows and restarts. Navigation (next,
 * previous, continue), the tree's selection and the status bar all ask here.
 */
import * as vscode from 'vscode';
import type { CurriculumIndex } from '../core/curriculum/index';
import { lessonsOf, type Lesson, type Track } from '../core/curriculum/model';
import type { ProgressStore } from '../core/progress';
import { lessonKeyOf } from './milestoneStates';

const LAST_OPENED_KEY = 'pythonMastery.lastOpenedLesson';

interface LastOpened {
  key: string;
  /** ISO time. */
  at: string;
}

export interface LessonPlace {
  track: Track;
  lesson: Lesson;
}

export class CurrentLesson implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the current lesson may have changed. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private lastKey: string | undefined;
  /**
   * The lesson last opened in this window; the memento carries it to the next window. Kept here
   * too because global state can hand back an older value for a moment while its writes settle.
   */
  private lastOpened: LastOpened | undefined;

  constructor(
    private readonly state: vscode.Memento,
    private readonly index: () => CurriculumIndex,
    private readonly progress: () => ProgressStore | undefined,
    /** The lesson the panel shows, if it is open. */
    private readonly panelLesson: () => Lesson | undefined,
  ) {
    const remembered = state.get<LastOpened>(LAST_OPENED_KEY);
    if (remembered && typeof remembered.key === 'string' && typeof remembered.at === 'string') this.lastOpened = remembered;
    // The panel changes lessons (and comes back after a reload) through tabs: its title follows.
    this.subscriptions.push(vscode.window.tabGroups.onDidChangeTabs(() => this.check()));
  }

  /** Says the learner opened `lessonKey`; remembered for the next window. */
  opened(lessonKey: string): void {
    const value: LastOpened = { key: lessonKey, at: new Date().toISOString() };
    this.lastOpened = value;
    void this.state.update(LAST_OPENED_KEY, value);
    this.check();
  }

  /** Call when progress changed: the lesson last worked on may be another one now. */
  check(): void {
    const key = this.place()?.lesson.key;
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.changed.fire();
  }

  /** The current lesson, or undefined for a learner who has not begun. */
  place(): LessonPlace | undefined {
    const inPanel = this.panelLesson();
    if (inPanel) return this.index().lesson(inPanel.key);
    const candidates: LastOpened[] = [];
    if (this.lastOpened) candidates.push(this.lastOpened);
    const worked = this.lastWorkedOn();
    if (worked) candidates.push(worked);
    candidates.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    for (const candidate of candidates) {
      const found = this.index().lesson(candidate.key);
      if (found) return found;
    }
    return undefined;
  }

  /** Where to continue: the current lesson until all of it is passed, then the next one not passed. */
  continuePlace(isDone: (lesson: Lesson) => boolean): LessonPlace | undefined {
    const all = this.allLessons();
    const current = this.place();
    if (!current) return all.find((p) => !isDone(p.lesson)) ?? all[0];
    if (!isDone(current.lesson)) return current;
    const at = all.findIndex((p) => p.lesson.key === current.lesson.key);
    const sameTrackAfter = all.slice(at + 1).filter((p) => p.track.id === current.track.id);
    return sameTrackAfter.find((p) => !isDone(p.lesson))
      ?? all.filter((p) => p.track.id === current.track.id).find((p) => !isDone(p.lesson))
      ?? current;
  }

  /** The lesson `step` places after (1) or before (-1) the current one, within its track. */
  neighbour(step: 1 | -1): { place?: LessonPlace; from?: LessonPlace } {
    const from = this.place();
    if (!from) return {};
    const lessons = lessonsOf(from.track);
    const at = lessons.findIndex((l) => l.key === from.lesson.key);
    const lesson = lessons[at + step];
    return { from, place: lesson ? { track: from.track, lesson } : undefined };
  }

  private allLessons(): LessonPlace[] {
    return this.index().tracks.flatMap((track) => lessonsOf(track).map((lesson) => ({ track, lesson })));
  }

  private lastWorkedOn(): LastOpened | undefined {
    const store = this.progress();
    if (!store) return undefined;
    let latest: LastOpened | undefined;
    for (const key of store.keys()) {
      const at = store.get(key).lastAttemptAt;
      if (at !== undefined && (!latest || Date.parse(at) > Date.parse(latest.at))) latest = { key: lessonKeyOf(key), at };
    }
    return latest;
  }

  dispose(): void {
    for (const subscription of this.subscriptions.splice(0)) subscription.dispose();
  }
}
