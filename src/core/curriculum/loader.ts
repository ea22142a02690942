/**
 * Loads a folder of tracks from YAML into the model, reporting every problem with file, line and
 * column. A track with any error is left out; every other track still loads.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as z from 'zod';
import { findAnchorLine } from './anchors';
import { LESSON_FILE, STARTER_DIR, TRACK_FILE, WORKSPACE_CURRICULUM_DIR } from './layout';
import type { CurriculumDiagnostic, CurriculumLoad, Lesson, Milestone, Module, Track, TrackOrigin, TrackSchedule } from './model';
import { listFiles, pathSpellingProblem, resolveInside } from './paths';
import { lessonSchema, MIN_HINTS, trackSchema, type LessonFile, type MilestoneEntry, type TrackFile } from './schema';
import { YamlFile, type PathSegment } from './yamlFile';

export interface LoadOptions {
  origin: TrackOrigin;
  /** Track ids already taken (by built-in tracks, when loading a workspace's own). */
  takenTrackIds?: ReadonlySet<string>;
}

/** Loads every track folder (a folder holding `track.yaml`) directly below `root`. */
export function loadCurriculum(root: string, options: LoadOptions): CurriculumLoad {
  const load: CurriculumLoad = { tracks: [], diagnostics: [] };
  let realRoot: string;
  let entries: fs.Dirent[];
  try {
    realRoot = fs.realpathSync(root);
    entries = fs.readdirSync(root, { withFileTypes: true });
  } catch (error) {
    load.diagnostics.push({
      file: root, line: 1, column: 1, severity: 'error',
      message: `The curriculum folder could not be read: ${(error as Error).message}`,
    });
    return load;
  }
  const taken = new Set(options.takenTrackIds ?? []);
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || !(entry.isDirectory() || entry.isSymbolicLink())) continue;
    const trackDir = path.join(root, entry.name);
    if (!fs.existsSync(path.join(trackDir, TRACK_FILE))) continue;
    const inside = resolveInside(realRoot, root, entry.name);
    if (!inside.ok) {
      load.diagnostics.push({ file: trackDir, line: 1, column: 1, severity: 'error', track: entry.name, message: `Track folder ${inside.problem}.` });
      continue;
    }
    const { track, diagnostics } = loadTrack(trackDir, realRoot, options.origin);
    load.diagnostics.push(...diagnostics);
    if (!track) continue;
    if (taken.has(track.id)) {
      load.diagnostics.push({
        file: path.join(trackDir, TRACK_FILE), line: 1, column: 1, severity: 'error', track: track.id,
        message: `Another track already uses the id "${track.id}"; give this one a different id (and folder name).`,
      });
      continue;
    }
    taken.add(track.id);
    load.tracks.push(track);
  }
  load.tracks.sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  return load;
}

/** Problems found while loading one track, each tied to a file position. */
class TrackProblems {
  readonly diagnostics: CurriculumDiagnostic[] = [];
  constructor(private readonly trackId: string) {}

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === 'error');
  }

  at(file: YamlFile, where: readonly PathSegment[], message: string, severity: 'error' | 'warning' = 'error', key?: string): void {
    this.diagnostics.push({ file: file.path, ...file.positionOf(where, key), message, severity, track: this.trackId });
  }

  atFileStart(file: string, message: string): void {
    this.atPosition(file, 1, 1, message);
  }

  atPosition(file: string, line: number, column: number, message: string): void {
    this.diagnostics.push({ file, line, column, message, severity: 'error', track: this.trackId });
  }
}

/** Reads, parses and validates one YAML file; undefined when it is unusable (problems recorded). */
function readValidated<T>(file: string, schema: z.ZodType<T>, problems: TrackProblems): { yaml: YamlFile; data: T } | undefined {
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch (error) {
    problems.atFileStart(file, `Could not read ${path.basename(file)}: ${(error as Error).message}`);
    return undefined;
  }
  const yaml = YamlFile.parse(file, source);
  const syntax = yaml.syntaxErrors;
  if (syntax.length > 0) {
    for (const error of syntax) problems.atPosition(file, error.line, error.column, `YAML syntax: ${error.message}`);
    return undefined;
  }
  const result = schema.safeParse(yaml.value ?? {});
  if (!result.success) {
    for (const issue of result.error.issues) reportIssue(yaml, issue, problems);
    return undefined;
  }
  return { yaml, data: result.data };
}

function reportIssue(yaml: YamlFile, issue: z.core.$ZodIssue, problems: TrackProblems): void {
  const where = issue.path.filter((s): s is PathSegment => typeof s === 'string' || typeof s === 'number');
  if (issue.code === 'unrecognized_keys') {
    for (const key of issue.keys) problems.at(yaml, where, `Unknown field "${key}".`, 'error', key);
    return;
  }
  const field = where.length > 0 ? `"${where.join('.')}"` : 'The file';
  const missing = issue.code === 'invalid_type' && !hasValueAt(yaml.value, where);
  if (missing) {
    problems.at(yaml, where.slice(0, -1), `Missing required field "${String(where[where.length - 1])}".`);
  } else if (issue.code === 'invalid_union' && where[where.length - 1] === 'kind') {
    problems.at(yaml, where, `${field}: a milestone's kind is one of code, predict, quiz, reflect.`);
  } else {
    problems.at(yaml, where, `${field}: ${issue.message}`);
  }
}

function hasValueAt(value: unknown, where: readonly PathSegment[]): boolean {
  let current: unknown = value;
  for (const segment of where) {
    if (current === null || typeof current !== 'object' || !(segment in (current as object))) return false;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current !== undefined && current !== null;
}

/** Loads the track in `trackDir`. `realRoot` is the curriculum root with links followed. */
export function loadTrack(trackDir: string, realRoot: string, origin: TrackOrigin): { track?: Track; diagnostics: CurriculumDiagnostic[] } {
  const folderName = path.basename(trackDir);
  const problems = new TrackProblems(folderName);
  const trackFile = path.join(trackDir, TRACK_FILE);
  const parsed = readValidated(trackFile, trackSchema, problems);
  if (!parsed) return { diagnostics: problems.diagnostics };
  const { yaml, data } = parsed;
  if (data.id !== folderName) {
    problems.at(yaml, ['id'], `The track id "${data.id}" must equal its folder name "${folderName}".`);
  }
  const modules = loadModules(trackDir, realRoot, data, yaml, problems);
  if (problems.hasErrors) return { diagnostics: problems.diagnostics };
  const track: Track = {
    id: data.id, title: data.title, summary: data.summary, source: data.source, order: data.order, origin, dir: trackDir, modules,
  };
  const schedule = scheduleOf(data.schedule);
  if (schedule) track.schedule = schedule;
  return { track, diagnostics: problems.diagnostics };
}

function scheduleOf(schedule: TrackFile['schedule']): TrackSchedule | undefined {
  if (schedule?.days !== undefined) return { days: schedule.days };
  if (schedule?.weeks !== undefined) return { weeks: schedule.weeks };
  if (schedule?.minutesPerDay !== undefined) return { minutesPerDay: schedule.minutesPerDay };
  return undefined;
}

function loadModules(trackDir: string, realRoot: string, data: TrackFile, yaml: YamlFile, problems: TrackProblems): Module[] {
  const seenModules = new Set<string>();
  const seenLessons = new Set<string>();
  return data.modules.map((module, m) => {
    if (seenModules.has(module.id)) problems.at(yaml, ['modules', m, 'id'], `Duplicate module id "${module.id}".`);
    seenModules.add(module.id);
    const lessons: Lesson[] = [];
    module.lessons.forEach((lessonId, l) => {
      const where = ['modules', m, 'lessons', l];
      if (seenLessons.has(lessonId)) {
        problems.at(yaml, where, `Duplicate lesson id "${lessonId}": each lesson appears once in a track.`);
        return;
      }
      seenLessons.add(lessonId);
      const lessonDir = resolveInside(realRoot, trackDir, lessonId);
      if (!lessonDir.ok || !lessonDir.isDirectory || !fs.existsSync(path.join(trackDir, lessonId, LESSON_FILE))) {
        problems.at(yaml, where, `Unknown lesson id "${lessonId}": there is no ${lessonId}/${LESSON_FILE} in this track's folder.`);
        return;
      }
      const lesson = loadLesson(path.join(trackDir, lessonId), realRoot, data.id, problems);
      if (lesson) lessons.push(lesson);
    });
    return { id: module.id, title: module.title, lessons };
  });
}

function loadLesson(lessonDir: string, realRoot: string, trackId: string, problems: TrackProblems): Lesson | undefined {
  const folderName = path.basename(lessonDir);
  const parsed = readValidated(path.join(lessonDir, LESSON_FILE), lessonSchema, problems);
  if (!parsed) return undefined;
  const { yaml, data } = parsed;
  if (data.id !== folderName) problems.at(yaml, ['id'], `The lesson id "${data.id}" must equal its folder name "${folderName}".`);

  const text = resolveInside(realRoot, lessonDir, data.text);
  if (!text.ok) problems.at(yaml, hasValueAt(yaml.value, ['text']) ? ['text'] : [], `Lesson text: ${text.problem}`);

  const starterDir = path.join(lessonDir, STARTER_DIR);
  const starterFiles = fs.existsSync(starterDir)
    ? listFiles(starterDir, realRoot, (entry, target) =>
        problems.atFileStart(entry.absolute, `Starter file "${entry.relative}" is a link that leaves the curriculum folder (${target}).`),
      ).map((f) => f.relative)
    : [];

  const key = `${trackId}/${data.id}`;
  const milestones = loadMilestones(data, yaml, lessonDir, realRoot, key, new Set(starterFiles), problems);
  return {
    id: data.id,
    key,
    title: data.title,
    summary: data.summary,
    estimate: data.estimate,
    objectives: data.objectives,
    questions: data.questions,
    text: path.join(lessonDir, data.text),
    dir: lessonDir,
    starter: starterFiles.length > 0 ? starterDir : undefined,
    starterFiles,
    milestones,
  };
}

function loadMilestones(
  data: LessonFile, yaml: YamlFile, lessonDir: string, realRoot: string, lessonKey: string,
  starterFiles: ReadonlySet<string>, problems: TrackProblems,
): Milestone[] {
  const seen = new Set<string>();
  return data.milestones.map((entry, i) => {
    const where = ['milestones', i];
    if (seen.has(entry.id)) problems.at(yaml, [...where, 'id'], `Duplicate milestone id "${entry.id}" in this lesson.`);
    seen.add(entry.id);
    if (entry.kind === 'code') checkCodeMilestone(entry, where, yaml, lessonDir, realRoot, starterFiles, problems);
    return toMilestone(entry, `${lessonKey}/${entry.id}`, lessonDir);
  });
}

function checkCodeMilestone(
  entry: Extract<MilestoneEntry, { kind: 'code' }>, where: PathSegment[], yaml: YamlFile, lessonDir: string,
  realRoot: string, starterFiles: ReadonlySet<string>, problems: TrackProblems,
): void {
  const check = resolveInside(realRoot, lessonDir, entry.check);
  if (!check.ok) problems.at(yaml, [...where, 'check'], `Check file: ${check.problem}`);
  else if (!entry.check.endsWith('.py')) problems.at(yaml, [...where, 'check'], 'A check file is a Python file ending in .py.');
  entry.files.forEach((file, f) => {
    const spelling = pathSpellingProblem(file);
    if (spelling) problems.at(yaml, [...where, 'files', f], `Workspace file: ${spelling}`);
    else if (!starterFiles.has(file.replace(/\\/g, '/'))) {
      problems.at(yaml, [...where, 'files', f], `Workspace file "${file}" has no starter: add ${STARTER_DIR}/${file} to this lesson.`);
    }
  });
  const anchorFile = entry.files[0]?.replace(/\\/g, '/');
  if (entry.anchor && anchorFile && starterFiles.has(anchorFile)) {
    const source = fs.readFileSync(path.join(lessonDir, STARTER_DIR, anchorFile), 'utf8');
    if (findAnchorLine(source, entry.anchor) === undefined) {
      problems.at(yaml, [...where, 'anchor'], `Anchor "${entry.anchor}" is not defined in ${STARTER_DIR}/${anchorFile}: the CodeLens needs a "def" or "class" line for it.`);
    }
  }
  if (entry.hints.length < MIN_HINTS) {
    problems.at(yaml, [...where, 'hints'], `Give a code milestone at least ${MIN_HINTS} hints, gentlest first.`, 'warning');
  }
}

function toMilestone(entry: MilestoneEntry, key: string, lessonDir: string): Milestone {
  const base = { id: entry.id, key, title: entry.title, summary: entry.summary, ...(entry.difficulty ? { difficulty: entry.difficulty } : {}) };
  switch (entry.kind) {
    case 'code':
      return {
        ...base, kind: 'code', files: entry.files.map((f) => f.replace(/\\/g, '/')), anchor: entry.anchor,
        check: path.join(lessonDir, entry.check), timeout: entry.timeout, ...(entry.memory !== undefined ? { memory: entry.memory } : {}), requires: entry.requires, hints: entry.hints,
      };
    case 'predict':
      return { ...base, kind: 'predict', snippet: entry.snippet, explanation: entry.explanation, ...(entry.compare ? { compare: entry.compare } : {}) };
    case 'quiz':
      return { ...base, kind: 'quiz', question: entry.question, choices: entry.choices };
    case 'reflect':
      return { ...base, kind: 'reflect', prompt: entry.prompt };
  }
}

/**
 * Loads the tracks a workspace adds in `.pymastery/curriculum/`. A workspace without that folder
 * has no tracks of its own and no problems.
 */
export function loadWorkspaceCurriculum(workspaceRoot: string, builtinTrackIds: ReadonlySet<string>): CurriculumLoad {
  const root = path.join(workspaceRoot, WORKSPACE_CURRICULUM_DIR);
  if (!fs.existsSync(root)) return { tracks: [], diagnostics: [] };
  return loadCurriculum(root, { origin: 'workspace', takenTrackIds: builtinTrackIds });
}
