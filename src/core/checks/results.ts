/**
 * What the harness writes to its results file (see docs/check-api.md), validated with zod:
 * the file comes from a process that runs the learner's code, so nothing in it is trusted.
 */
import * as z from 'zod';

export const RESULTS_VERSION = 1;

const MAX_TEXT = 256 * 1024;
const cappedText = z.string().transform((s) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}\n[… cut]` : s));

export const sourceLocationSchema = z.object({
  /** Relative to the workspace, forward slashes. */
  file: z.string().min(1),
  /** 1-based. */
  line: z.number().int().min(1),
  /**
   * 1-based, like every position in the core. The harness writes Python's 0-based column offset;
   * it is converted here, once.
   */
  column: z.number().int().min(0).default(0).transform((column) => column + 1),
});

export const checkStatusSchema = z.enum(['pass', 'fail', 'error', 'skip']);
export const harnessStatusSchema = z.enum(['pass', 'fail', 'error', 'timeout']);

export const checkResultSchema = z.object({
  name: cappedText,
  status: checkStatusSchema,
  message: cappedText.optional(),
  hint: cappedText.optional(),
  expected: cappedText.optional(),
  actual: cappedText.optional(),
  output: cappedText.optional(),
  duration_ms: z.number().nonnegative().optional(),
  location: sourceLocationSchema.optional(),
});

export const harnessResultsSchema = z.object({
  version: z.literal(RESULTS_VERSION),
  status: harnessStatusSchema,
  duration_ms: z.number().nonnegative().optional(),
  python: z.object({ executable: z.string(), version: z.string() }).optional(),
  complete: z.boolean().default(true),
  checks: z.array(checkResultSchema).max(10_000),
});

export type SourceLocation = z.infer<typeof sourceLocationSchema>;
export type CheckStatus = z.infer<typeof checkStatusSchema>;
export type CheckResult = z.infer<typeof checkResultSchema>;
export type HarnessResults = z.infer<typeof harnessResultsSchema>;

export type ParsedResults =
  | { ok: true; results: HarnessResults }
  | { ok: false; problem: string };

/** Parses and validates the text of a results file. */
export function parseHarnessResults(text: string): ParsedResults {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `not valid JSON (${(error as Error).message})` };
  }
  const parsed = harnessResultsSchema.safeParse(data);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, problem: `unexpected shape at "${first?.path.join('.') ?? ''}": ${first?.message ?? 'invalid'}` };
  }
  return { ok: true, results: parsed.data };
}
