/**
 * A lesson ready for the panel: its Markdown text as HTML, the Python blocks a learner can run,
 * and every short text the lesson and its milestones carry (titles, objectives, questions,
 * quiz choices, hints…) rendered inline. Built-in lessons are rendered at build time into
 * `dist/lessons/<track>/<lesson>.json`; a workspace's own lessons are rendered when opened, by
 * the renderer's own bundle. Nothing here loads the renderer.
 */
import * as path from 'node:path';

export const RENDERED_LESSON_VERSION = 1;
export const RENDERED_LESSONS_DIR = path.join('dist', 'lessons');

export interface RenderedMilestone {
  title: string;
  summary?: string;
  /** Code: the hints, in order. */
  hints?: string[];
  /** Quiz. */
  question?: string;
  choices?: { text: string; note?: string }[];
  /** Predict: the snippet, highlighted as a code block. */
  snippet?: string;
  explanation?: string;
  /** Reflect. */
  prompt?: string;
}

export interface RenderedLesson {
  version: typeof RENDERED_LESSON_VERSION;
  /** The lesson's text as an HTML fragment, its leading title left out. */
  html: string;
  /** The source of each runnable Python block, by the block's `data-example` index. */
  examples: string[];
  title: string;
  summary?: string;
  objectives: string[];
  questions: string[];
  /** By milestone id. */
  milestones: Record<string, RenderedMilestone>;
}

/** Where the build writes the rendered form of the built-in lesson `track/lesson`. */
export function renderedLessonFile(extensionPath: string, lessonKey: string): string {
  return path.join(extensionPath, RENDERED_LESSONS_DIR, ...lessonKey.split('/')) + '.json';
}
