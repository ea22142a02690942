/**
 * The built-in curriculum, compiled at build time into one validated JSON file so that start-up
 * reads a single small file instead of parsing and validating hundreds of YAML files.
 * Paths in the file are relative to the curriculum folder; reading it makes them absolute again.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CurriculumDiagnostic, Lesson, Milestone, Track } from './model';

export const COMPILED_CURRICULUM_VERSION = 1;
export const COMPILED_CURRICULUM_FILE = path.join('dist', 'curriculum.json');
export const BUILTIN_CURRICULUM_DIR = 'curriculum';

export interface CompiledCurriculum {
  version: typeof COMPILED_CURRICULUM_VERSION;
  tracks: Track[];
}

/** Applies `mapPath` to every path the model holds, returning new objects. */
export function mapTrackPaths(track: Track, mapPath: (p: string) => string): Track {
  const mapMilestone = (milestone: Milestone): Milestone =>
    milestone.kind === 'code' ? { ...milestone, check: mapPath(milestone.check) } : milestone;
  const mapLesson = (lesson: Lesson): Lesson => ({
    ...lesson,
    text: mapPath(lesson.text),
    dir: mapPath(lesson.dir),
    starter: lesson.starter === undefined ? undefined : mapPath(lesson.starter),
    milestones: lesson.milestones.map(mapMilestone),
  });
  return {
    ...track,
    dir: mapPath(track.dir),
    modules: track.modules.map((module) => ({ ...module, lessons: module.lessons.map(mapLesson) })),
  };
}

/** The JSON text of the compiled curriculum for `tracks`, loaded from `root`. */
export function compileCurriculum(root: string, tracks: Track[]): string {
  const toRelative = (p: string) => path.relative(root, p).split(path.sep).join('/');
  const compiled: CompiledCurriculum = {
    version: COMPILED_CURRICULUM_VERSION,
    tracks: tracks.map((track) => mapTrackPaths(track, toRelative)),
  };
  return JSON.stringify(compiled);
}

export class CompiledCurriculumError extends Error {}

/**
 * Reads the compiled curriculum shipped with the extension at `extensionPath`.
 * Throws a `CompiledCurriculumError` that says what to do when the file is missing or stale.
 */
export function readCompiledCurriculum(extensionPath: string): Track[] {
  const file = path.join(extensionPath, COMPILED_CURRICULUM_FILE);
  let compiled: CompiledCurriculum;
  try {
    compiled = JSON.parse(fs.readFileSync(file, 'utf8')) as CompiledCurriculum;
  } catch (error) {
    throw new CompiledCurriculumError(`The built-in curriculum could not be read from ${file} (${(error as Error).message}). Run "npm run build".`);
  }
  if (compiled?.version !== COMPILED_CURRICULUM_VERSION || !Array.isArray(compiled.tracks)) {
    throw new CompiledCurriculumError(`The built-in curriculum at ${file} is from another version of the extension. Run "npm run build".`);
  }
  const root = path.join(extensionPath, BUILTIN_CURRICULUM_DIR);
  for (const track of compiled.tracks) rebaseInPlace(track, `${root}${path.sep}`);
  return compiled.tracks;
}

/**
 * Makes the relative paths of a freshly parsed track absolute, in place: start-up cost grows
 * with the curriculum, so this avoids copying every object as `mapTrackPaths` would.
 */
function rebaseInPlace(track: Track, rootWithSeparator: string): void {
  const absolute = (p: string) => rootWithSeparator + (path.sep === '/' ? p : p.replace(/\//g, path.sep));
  track.dir = absolute(track.dir);
  for (const module of track.modules) {
    for (const lesson of module.lessons) {
      lesson.text = absolute(lesson.text);
      lesson.dir = absolute(lesson.dir);
      if (lesson.starter !== undefined) lesson.starter = absolute(lesson.starter);
      for (const milestone of lesson.milestones) if (milestone.kind === 'code') milestone.check = absolute(milestone.check);
    }
  }
}

/** One line per diagnostic, `file:line:column: severity: message`, as editors and terminals link them. */
export function formatDiagnostic(d: CurriculumDiagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`;
}
