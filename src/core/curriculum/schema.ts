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

export const moduleSchema = z.strictObject({
  id,
  title: text,
  lessons: z.array(id).min(1, 'a module needs at least one lesson'),
});

/**
 * How long the track is meant to take, for the learner's pace line: a number of days or weeks, or
 * `minutesPerDay` to plan from the lessons' own `estimate`s. Exactly one of the three.
 */
export const scheduleSchema = z
  .strictObject({
    days: z.number().int().positive().optional(),
    weeks: z.number().int().positive().optional(),
    minutesPerDay: z.number().int().positive().max(24 * 60).optional(),
  })
  .refine(
    (schedule) => [schedule.days, schedule.weeks, schedule.minutesPerDay].filter((v) => v !== undefined).length === 1,
    'give exactly one of days, weeks or minutesPerDay',
  );

export const trackSchema = z.strictObject({
  id,
  title: text,
  summary: text.optional(),
  source: text.optional(),
  /** Where the track stands among the others, lowest first; ties go by id. */
  order: z.number().int().default(DEFAULT_TRACK_ORDER),
  schedule: scheduleSchema.optional(),
  modules: z.array(moduleSchema).min(1, 'a track needs at least one module'),
});

const milestoneCommon = {
  id,
  title: text,
  summary: text.optional(),
  /** How hard the milestone is meant to be, shown beside it in the tree and the lesson panel. */
  difficulty: z.enum(['easy', 'medium', 'hard']).optional(),
};

export const codeMilestoneSchema = z.strictObject({
  ...milestoneCommon,
  kind: z.literal('code'),
  files: z.array(relativePath).min(1, 'name at least one workspace file'),
  anchor: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?$/, 'an anchor is a function or class name, or Class.method')
    .optional(),
  check: relativePath,
  timeout: z.number().positive().max(MAX_TIMEOUT_SECONDS).default(DEFAULT_TIMEOUT_SECONDS),
  /** Megabytes of memory the check and the learner's code may use (Linux); 512 when left out. */
  memory: z.number().int().min(MIN_MEMORY_MB, `memory is in megabytes, at least ${MIN_MEMORY_MB}`).max(MAX_MEMORY_MB).optional(),
  requires: z.array(text).default([]),
  hints: z.array(text).default([]),
});

export const predictMilestoneSchema = z.strictObject({
  ...milestoneCommon,
  kind: z.literal('predict'),
  snippet: text,
  explanation: text.optional(),
  /** `pattern`: addresses, ids and timings in the output match any value of their kind. */
  compare: z.enum(['exact', 'pattern']).optional(),
});

export const quizChoiceSchema = z.strictObject({
  text,
  correct: z.boolean().default(false),
  note: text.optional(),
});

export const quizMilestoneSchema = z.strictObject({
  ...milestoneCommon,
  kind: z.literal('quiz'),
  question: text,
  choices: z
    .array(quizChoiceSchema)
    .min(2, 'a quiz needs at least two choices')
    .refine((choices) => choices.some((c) => c.correct), 'mark at least one choice `correct: true`'),
});

export const reflectMilestoneSchema = z.strictObject({
  ...milestoneCommon,
  kind: z.literal('reflect'),
  prompt: text,
});

export const milestoneSchema = z.discriminatedUnion('kind', [
  codeMilestoneSchema,
  predictMilestoneSchema,
  quizMilestoneSchema,
  reflectMilestoneSchema,
]);

export const lessonSchema = z.strictObject({
  id,
  title: text,
  summary: text.optional(),
  estimate: z.number().int().positive().optional(),
  objectives: z.array(text).default([]),
  questions: z.array(text).default([]),
  text: relativePath.default('lesson.md'),
  milestones: z.array(milestoneSchema).min(1, 'a lesson needs at least one milestone'),
});

export type TrackFile = z.infer<typeof trackSchema>;
export type LessonFile = z.infer<typeof lessonSchema>;
export type MilestoneEntry = z.infer<typeof milestoneSchema>;
