/**
 * A lesson's text and short texts, rendered for the panel. Built-in lessons were rendered at
 * build time (dist/lessons/<track>/<lesson>.json), so opening one reads one small file. A
 * workspace's own lessons are rendered when opened, by the renderer's own bundle
 * (dist/lessonRenderer.js: markdown-it and highlight.js), which is required only then, and kept
 * until the lesson or its text changes. This module itself loads no Markdown library.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { Lesson, Track } from '../core/curriculum/model';
import { RENDERED_LESSON_VERSION, renderedLessonFile, type RenderedLesson } from '../core/lessons/rendered';

type RendererModule = typeof import('../core/lessons/renderLesson');

export interface LoadedLesson {
  rendered: RenderedLesson;
  /** Why the lesson's text could not be shown, when it could not. */
  textProblem?: string;
}

interface Log {
  warn(message: string): void;
  error(message: string): void;
}

export class LessonTexts {
  private renderer: RendererModule | undefined;
  /** Lessons already read or rendered: a reloaded track makes new `Lesson` objects. */
  private readonly cache = new WeakMap<Lesson, { stamp: string; loaded: LoadedLesson }>();

  constructor(
    private readonly extensionPath: string,
    private readonly log: Log,
  ) {}

  async load(track: Track, lesson: Lesson): Promise<LoadedLesson> {
    if (track.origin === 'builtin') {
      // Built-in lessons do not change while the extension runs: read each once.
      const cached = this.cache.get(lesson);
      if (cached) return cached.loaded;
      const prebuilt = await this.prebuilt(lesson);
      if (prebuilt) {
        const loaded = { rendered: prebuilt };
        this.cache.set(lesson, { stamp: 'built', loaded });
        return loaded;
      }
    }
    return this.renderNow(lesson);
  }

  private async prebuilt(lesson: Lesson): Promise<RenderedLesson | undefined> {
    const file = renderedLessonFile(this.extensionPath, lesson.key);
    try {
      const rendered = JSON.parse(await fs.readFile(file, 'utf8')) as RenderedLesson;
      if (rendered?.version === RENDERED_LESSON_VERSION && typeof rendered.html === 'string') return rendered;
      this.log.warn(`${file} is from another version of the extension; rendering ${lesson.key} now.`);
    } catch (error) {
      this.log.warn(`The rendered lesson ${file} could not be read (${(error as Error).message}); rendering ${lesson.key} now.`);
    }
    return undefined;
  }

  private async renderNow(lesson: Lesson): Promise<LoadedLesson> {
    let markdown = '';
    let textProblem: string | undefined;
    let stamp = 'missing';
    try {
      const stat = await fs.stat(lesson.text);
      stamp = `${stat.mtimeMs}:${stat.size}`;
      const cached = this.cache.get(lesson);
      if (cached?.stamp === stamp) return cached.loaded;
      markdown = await fs.readFile(lesson.text, 'utf8');
    } catch (error) {
      this.log.error(`The text of lesson ${lesson.key} could not be read: ${(error as Error).message}`);
      textProblem = vscode.l10n.t('The text of this lesson could not be read ({0}: {1}). Its milestones still work; the Python Mastery log has details.', path.basename(lesson.text), (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
    const rendered = this.rendererModule().renderLesson(lesson, markdown);
    const loaded: LoadedLesson = textProblem ? { rendered: { ...rendered, html: '' }, textProblem } : { rendered };
    if (!textProblem) this.cache.set(lesson, { stamp, loaded });
    return loaded;
  }

  private rendererModule(): RendererModule {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.renderer ??= require(path.join(__dirname, 'lessonRenderer.js')) as RendererModule;
    return this.renderer;
  }
}
