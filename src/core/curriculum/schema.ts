/**
 * The shape of `track.yaml` and `lesson.yaml`, as authors write them. The loader validates
 * parsed YAML against these schemas, then checks what a schema cannot see (ids against folder
 * names, paths against the disk) and builds the model in `model.ts`.
 */
import * as z from 'zod';

export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const DEFAULT_TIMEOUT_SECONDS = 10;
export const MAX_TIMEOUT_SECONDS = 120;
export const MIN_MEMORY_MB = 64;
export const MAX_MEMORY_MB = 16384;
export const MIN_HINTS = 2;
export const DEFAULT_TRACK_ORDER = 100;

const id = z
  .string()
  .regex(ID_PATTERN, 'ids are lower-case words joined by "-", like "day-1-types"');
const text = z.string().trim().min(1, 'must not be empty');
const relativePath = z.string().min(1, 'must not be empty');

export const moduleSchema = z
  .strictObject({
    id: id.describe('The module\'s id: lower-case words joined by "-".'),
    title: text.describe('The module\'s title, shown as a group in the lesson tree.'),
    lessons: z
      .array(id)
      .min(1, 'a module needs at least one lesson')
      .describe('The lessons of the module, in order: the names of lesson folders beside track.yaml.'),
  })
  .describe('A group of lessons, shown under its own title.');

/**
 * How long the track is meant to take, for the learner's pace line: a number of days or weeks, or
 * `minutesPerDay` to plan from the lessons' own `estimate`s. Exactly one of the three.
 */
export const scheduleSchema = z
  .strictObject({
    days: z.number().int().positive().optional().describe('The track takes this many calendar days from the learner\'s first attempt.'),
    weeks: z.number().int().positive().optional().describe('The track takes this many weeks.'),
    minutesPerDay: z
      .number()
      .int()
      .positive()
      .max(24 * 60)
      .optional()
      .describe('Plan the track from the lessons\' estimates, at this many minutes of study a day.'),
  })
  .refine(
    (schedule) => [schedule.days, schedule.weeks, schedule.minutesPerDay].filter((v) => v !== undefined).length === 1,
    'give exactly one of days, weeks or minutesPerDay',
  )
  .describe('How long the track is meant to take, for the pace line on the dashboard: exactly one of days, weeks or minutesPerDay.');

export const trackSchema = z
  .strictObject({
    id: id.describe('The track\'s id: must equal its folder name. Progress is keyed by it, so renaming it resets progress.'),
    title: text.describe('The track\'s title.'),
    summary: text.optional().describe('One short paragraph shown under the title.'),
    source: text.optional().describe('The source curriculum this track is built from.'),
    /** Where the track stands among the others, lowest first; ties go by id. */
    order: z
      .number()
      .int()
      .default(DEFAULT_TRACK_ORDER)
      .describe('Where the track stands among the others, lowest first; ties go by id.'),
    schedule: scheduleSchema.optional(),
    modules: z
      .array(moduleSchema)
      .min(1, 'a track needs at least one module')
      .describe('The modules of the track, in order; at least one.'),
  })
  .describe('A Python Mastery track (track.yaml): its title and its modules of lessons.');

const milestoneCommon = {
  id: id.describe('The milestone\'s id, unique in its lesson. Progress is keyed by it, so renaming it resets progress.'),
  title: text.describe('The milestone\'s title.'),
  summary: text.optional().describe('One sentence about the milestone.'),
  /** How hard the milestone is meant to be, shown beside it in the tree and the lesson panel. */
  difficulty: z
    .enum(['easy', 'medium', 'hard'])
    .optional()
    .describe('How hard the milestone is meant to be, shown beside it in the tree and the lesson panel.'),
};

export const codeMilestoneSchema = z.strictObject({
  ...milestoneCommon,
  kind: z.literal('code').describe('code: the learner writes code and a check file decides.'),
  files: z
    .array(relativePath)
    .min(1, 'name at least one workspace file')
    .describe('Paths in the learner\'s workspace; each must exist under the lesson\'s starter/ folder.'),
  anchor: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/, 'an anchor is a function or class name, or Class.method')
    .optional()
    .describe('The function or class (or Class.method) in the first file that the CodeLens sits on.'),
  check: relativePath.describe('The check file, relative to the lesson folder, like checks/inspect_value.py.'),
  timeout: z
    .number()
    .positive()
    .max(MAX_TIMEOUT_SECONDS)
    .default(DEFAULT_TIMEOUT_SECONDS)
    .describe(`Seconds the check may run, at most ${MAX_TIMEOUT_SECONDS}.`),
  /** Megabytes of memory the check and the learner's code may use (Linux); 512 when left out. */
  memory: z
    .number()
    .int()
    .min(MIN_MEMORY_MB, `memory is in megabytes, at least ${MIN_MEMORY_MB}`)
    .max(MAX_MEMORY_MB)
    .optional()
    .describe(`Megabytes of memory the check and the learner's code may use on Linux (${MIN_MEMORY_MB} to ${MAX_MEMORY_MB}); 512 when left out.`),
  requires: z
    .array(text)
    .default([])
    .describe('Modules the check needs; when the package installs under another name, add it in parentheses: "bs4 (beautifulsoup4)".'),
  hints: z
    .array(text)
    .default([])
    .describe(`Hints revealed one by one after failed runs, gentlest first; at least ${MIN_HINTS}.`),
}).describe('A code milestone: the learner writes code in the workspace and a check file decides.');

export const predictMilestoneSchema = z.strictObject({
  ...milestoneCommon,
  kind: z.literal('predict').describe('predict: the learner predicts what a snippet prints.'),
  snippet: text.describe('The Python code that is run as a plain script; the learner predicts what it prints.'),
  explanation: text.optional().describe('Shown after the learner answers.'),
  /** `pattern`: addresses, ids and timings in the output match any value of their kind. */
  compare: z
    .enum(['exact', 'pattern'])
    .optional()
    .describe('exact (the default) compares line by line; pattern lets addresses, ids and timings match any value of their kind.'),
}).describe('A predict milestone: the learner predicts what a snippet prints.');

export const quizChoiceSchema = z
  .strictObject({
    text: text.describe('The choice as the learner sees it.'),
    correct: z.boolean().default(false).describe('Whether this choice is right; at least one choice must be.'),
    note: text.optional().describe('Shown after the learner answers.'),
  })
  .describe('One choice of a quiz.');

export const quizChoicesSchema = z
  .array(quizChoiceSchema)
  .min(2, 'a quiz needs at least two choices')
  .refine((choices) => choices.some((c) => c.correct), 'mark at least one choice `correct: true`')
  .describe('At least two choices, at least one of them marked correct: true.');

export const quizMilestoneSchema = z.strictObject({
  ...milestoneCommon,
  kind: z.literal('quiz').describe('quiz: one or more correct choices, each with a note.'),
  question: text.describe('The quiz question.'),
  choices: quizChoicesSchema,
}).describe('A quiz milestone: a question with choices, one or more of them correct.');

export const reflectMilestoneSchema = z.strictObject({
  ...milestoneCommon,
  kind: z.literal('reflect').describe('reflect: an open question the learner answers in their own words.'),
  prompt: text.describe('The open question the learner answers and ticks off.'),
}).describe('A reflect milestone: an open question the learner answers in their own words.');

export const milestoneSchema = z.discriminatedUnion('kind', [
  codeMilestoneSchema,
  predictMilestoneSchema,
  quizMilestoneSchema,
  reflectMilestoneSchema,
]);

export const lessonSchema = z
  .strictObject({
    id: id.describe('The lesson\'s id: must equal its folder name. Progress is keyed by it, so renaming it resets progress.'),
    title: text.describe('The lesson\'s title.'),
    summary: text.optional().describe('One sentence about the lesson.'),
    estimate: z.number().int().positive().optional().describe('How long the lesson takes, in minutes.'),
    objectives: z.array(text).default([]).describe('What the learner can do after the lesson.'),
    questions: z.array(text).default([]).describe('Questions the learner should be able to answer after the lesson.'),
    text: relativePath.default('lesson.md').describe('The lesson text (Markdown), relative to the lesson folder.'),
    milestones: z
      .array(milestoneSchema)
      .min(1, 'a lesson needs at least one milestone')
      .describe('The milestones of the lesson, in order; at least one. Each has a kind: code, predict, quiz or reflect.'),
  })
  .describe('A Python Mastery lesson (lesson.yaml): its text, objectives and milestones.');

export type TrackFile = z.infer<typeof trackSchema>;
export type LessonFile = z.infer<typeof lessonSchema>;
export type MilestoneEntry = z.infer<typeof milestoneSchema>;
