/**
 * The lesson panel's messages, both directions, declared once: each validator gives the type of
 * what it accepts. The extension checks every message from the webview, and the webview every
 * message from the extension, on arrival (`parse`). Imports neither side.
 *
 * Fields named `…Html` hold HTML made by the lesson renderer (raw HTML in lessons is escaped
 * there); every other text is plain and shown as text.
 */
import {
  array, boolean, integer, literal, nullable, number, object, optional, record, string, taggedUnion, type Infer,
} from './validate';

export const milestoneStatus = literal('not-started', 'in-progress', 'passed');
export type MilestoneStatus = Infer<typeof milestoneStatus>;

const milestoneCommon = {
  key: string,
  id: string,
  titleHtml: string,
  summaryHtml: optional(string),
  difficulty: optional(literal('easy', 'medium', 'hard')),
  status: milestoneStatus,
  attempts: integer,
};

/** The latest run of a code milestone's check, as `MilestoneRuns.latest` has it. */
export const codeResultView = object({
  outcome: literal('pass', 'fail', 'error', 'blocked', 'cancelled'),
  /** One line: "✓ passed", "✗ 2 of 5 failing", or why it did not run. */
  headline: string,
  /** The failures, each a sentence with its place. */
  details: array(string, 50),
  finishedAt: number,
});
export type CodeResultView = Infer<typeof codeResultView>;

export const predictLine = object({ kind: literal('same', 'predicted', 'printed'), text: string });
export type PredictLine = Infer<typeof predictLine>;

/** The latest comparison of a prediction with the snippet's output (kept for the session). */
export const predictResultView = object({
  matches: boolean,
  lines: array(predictLine),
  /** What the snippet wrote to stderr, when it wrote anything. */
  stderr: optional(string),
  /** Why the snippet did not run or did not finish; then there is no comparison. */
  problem: optional(string),
});
export type PredictResultView = Infer<typeof predictResultView>;

export const milestoneView = taggedUnion('kind', {
  code: object({
    ...milestoneCommon,
    /** The workspace file the milestone is written in, and the function or class in it. */
    file: optional(string),
    anchor: optional(string),
    /** True when that file is in the learner's folder. */
    started: boolean,
    running: boolean,
    /** The hints the learner has unlocked, in order. */
    hintsHtml: array(string),
    hintCount: integer,
    result: optional(codeResultView),
  }),
  quiz: object({
    ...milestoneCommon,
    questionHtml: string,
    choicesHtml: array(string),
    /** The learner's last submitted answer, with every choice's verdict and note. */
    answer: optional(object({
      selected: array(integer),
      correct: boolean,
      choices: array(object({ correct: boolean, noteHtml: optional(string) })),
    })),
  }),
  predict: object({
    ...milestoneCommon,
    snippetHtml: string,
    compare: literal('exact', 'pattern'),
    /** The prediction the learner last submitted. */
    prediction: optional(string),
    running: boolean,
    result: optional(predictResultView),
    /** Shown once the learner has answered. */
    explanationHtml: optional(string),
  }),
  reflect: object({
    ...milestoneCommon,
    promptHtml: string,
    text: string,
    done: boolean,
  }),
});
export type MilestoneView = Infer<typeof milestoneView>;
export type MilestoneViewOf<K extends MilestoneView['kind']> = Extract<MilestoneView, { kind: K }>;

const lessonLink = object({ key: string, title: string });

export const lessonView = object({
  key: string,
  title: string,
  titleHtml: string,
  track: string,
  summaryHtml: optional(string),
  /** Minutes. */
  estimate: optional(integer),
  objectivesHtml: array(string),
  questionsHtml: array(string),
  /** The lesson text; `undefined` when it could not be read, with `textProblem` saying why. */
  html: optional(string),
  textProblem: optional(string),
  /** The address of the lesson's own folder in the webview, ending in "/", for its images. */
  resourceBase: string,
  previous: optional(lessonLink),
  next: optional(lessonLink),
  milestones: array(milestoneView, 500),
  /** Why examples and snippets cannot run here (an untrusted workspace), if they cannot. */
  runBlocked: optional(string),
});
export type LessonView = Infer<typeof lessonView>;

export const exampleResultView = object({
  index: integer,
  status: literal('exited', 'timeout', 'output-limit', 'cancelled', 'crashed', 'not-started', 'blocked'),
  exitCode: nullable(integer),
  output: array(object({ stream: literal('stdout', 'stderr'), text: string })),
  /** A sentence when it did not end by itself with exit code 0. */
  problem: optional(string),
  durationMs: number,
});
export type ExampleResultView = Infer<typeof exampleResultView>;

/**
 * What the extension sends the panel. Messages that change what the page shows carry the
 * panel's `version` of it, counted up by the extension, so that a page loaded again from older
 * HTML (VS Code reloads a panel that was hidden) knows not to show that HTML's lesson.
 */
export const toWebview = taggedUnion('type', {
  /** Show this lesson (a new one, or the same one refreshed). */
  lesson: object({ lesson: lessonView, version: integer }),
  /** One milestone's state changed. */
  milestone: object({ lessonKey: string, milestone: milestoneView, version: integer }),
  exampleStarted: object({ lessonKey: string, index: integer }),
  exampleResult: object({ lessonKey: string, result: exampleResultView }),
  /** The lesson is not in the curriculum (any more): say so instead of showing old text. */
  unavailable: object({ lessonKey: string, title: string, message: string, version: integer }),
  /** Something the learner should hear about, e.g. why an action did nothing. */
  notice: object({ text: string }),
  /** Asks for a description of what the panel shows (used by the extension's tests). */
  snapshot: object({ id: integer }),
});
export type ToWebview = Infer<typeof toWebview>;

export const codeAction = literal('start', 'open', 'run', 'hint');
export type CodeAction = Infer<typeof codeAction>;

/** What the panel sends the extension. */
export const fromWebview = taggedUnion('type', {
  /** The page has loaded and can take messages. */
  ready: object({}),
  /** The lesson `key` is on the screen. */
  rendered: object({ key: string }),
  openLesson: object({ key: string }),
  /** A file in the lesson's own folder, by its path relative to that folder. */
  openFile: object({ path: string }),
  openNotes: object({}),
  runExample: object({ index: integer }),
  codeAction: object({ action: codeAction, milestone: string }),
  submitQuiz: object({ milestone: string, selected: array(integer, 100) }),
  submitPredict: object({ milestone: string, text: string }),
  saveReflect: object({ milestone: string, text: string, done: boolean }),
  /** The answer to `snapshot`: the page's visible text, its text fields, its images. */
  snapshot: object({
    id: integer,
    text: string,
    lessonKey: optional(string),
    state: optional(string),
    fields: optional(array(object({ name: string, value: string }))),
    images: optional(array(object({ src: string, loaded: boolean }))),
  }),
});
export type FromWebview = Infer<typeof fromWebview>;

/** What the panel keeps with `setState`; VS Code hands it back to the serializer after a reload. */
export const panelState = object({
  lessonKey: string,
  /** The panel (`PanelBoot.session`) and the newest `version` of it this page has shown. */
  session: optional(string),
  version: optional(integer),
  /** Unsent text, by milestone key: predictions and reflections being written. */
  drafts: optional(record(string)),
  scrollY: optional(number),
});
export type PanelState = Infer<typeof panelState>;

/** What the page shows first, written into it by the extension, so that it shows at once. */
export const panelBoot = object({
  lessonKey: string,
  /** Which panel wrote the page: a new one after a window reload has a new session. */
  session: string,
  version: integer,
  lesson: optional(lessonView),
  unavailable: optional(object({ title: string, message: string })),
});
export type PanelBoot = Infer<typeof panelBoot>;
