/**
 * The curriculum as the rest of the extension sees it: validated, with ids resolved and every
 * path absolute. Built by the loader from YAML, or read back from the compiled JSON.
 */

export type MilestoneKind = 'code' | 'predict' | 'quiz' | 'reflect';

/** `track/lesson/milestone`: the key progress is stored under. */
export type MilestoneKey = string;

export interface MilestoneBase {
  id: string;
  /** `track/lesson/milestone`. */
  key: MilestoneKey;
  title: string;
  summary?: string;
  difficulty?: Difficulty;
}

export type Difficulty = 'easy' | 'medium' | 'hard';

export interface CodeMilestone extends MilestoneBase {
  kind: 'code';
  /** Paths in the learner's workspace, relative, with forward slashes. */
  files: string[];
  /** Function or class the CodeLens sits on, in `files[0]`. */
  anchor?: string;
  /** Absolute path of the check file. */
  check: string;
  /** Seconds. */
  timeout: number;
  /** Megabytes the check may use; the runner's default when left out. */
  memory?: number;
  requires: string[];
  hints: string[];
}

export interface PredictMilestone extends MilestoneBase {
  kind: 'predict';
  snippet: string;
  explanation?: string;
  /**
   * How the prediction is compared with the output: `exact` (the default) or `pattern`, where
   * memory addresses, ids and timings match any value of their kind.
   */
  compare?: 'exact' | 'pattern';
}

export interface QuizChoice {
  text: string;
  correct: boolean;
  note?: string;
}

export interface QuizMilestone extends MilestoneBase {
  kind: 'quiz';
  question: string;
  choices: QuizChoice[];
}

export interface ReflectMilestone extends MilestoneBase {
  kind: 'reflect';
  prompt: string;
}

export type Milestone = CodeMilestone | PredictMilestone | QuizMilestone | ReflectMilestone;

export interface Lesson {
  id: string;
  /** `track/lesson`. */
  key: string;
  title: string;
  summary?: string;
  /** Minutes. */
  estimate?: number;
  objectives: string[];
  questions: string[];
  /** Absolute path of the lesson's Markdown text. */
  text: string;
  /** Absolute path of the lesson's folder. */
  dir: string;
  /** Absolute path of `starter/`, when the lesson has one. */
  starter?: string;
  /** Workspace-relative paths of every starter file, sorted. */
  starterFiles: string[];
  milestones: Milestone[];
}

export interface Module {
  id: string;
  title: string;
  lessons: Lesson[];
}

export type TrackOrigin = 'builtin' | 'workspace';

/**
 * How long a track is meant to take: `days` or `weeks` of the calendar, or `minutesPerDay` of
 * study spread over the lessons' estimates. Absent: the estimates at an hour a day.
 */
export type TrackSchedule = { days: number } | { weeks: number } | { minutesPerDay: number };

export interface Track {
  id: string;
  title: string;
  summary?: string;
  source?: string;
  /** Lowest first among the tracks of one origin. */
  order: number;
  schedule?: TrackSchedule;
  origin: TrackOrigin;
  /** Absolute path of the track's folder. */
  dir: string;
  modules: Module[];
}

/** A problem in a curriculum file, with a 1-based line and column. */
export interface CurriculumDiagnostic {
  file: string;
  line: number;
  column: number;
  message: string;
  severity: 'error' | 'warning';
  /** The track the problem belongs to, when known. */
  track?: string;
}

export interface CurriculumLoad {
  tracks: Track[];
  diagnostics: CurriculumDiagnostic[];
}

export function lessonsOf(track: Track): Lesson[] {
  return track.modules.flatMap((m) => m.lessons);
}

export function milestonesOf(track: Track): Milestone[] {
  return lessonsOf(track).flatMap((l) => l.milestones);
}
