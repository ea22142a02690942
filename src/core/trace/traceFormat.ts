/**
 * What the harness's trace mode writes (harness/run_trace.py): one step per executed line, each
 * with the stack of frames, the objects reachable from them and the references between them, and
 * what was printed so far. Validated with zod, because the file comes from a process that ran
 * code we do not control.
 *
 * Values are either inline (small immutable things: numbers, booleans, None, short strings) or a
 * reference to an object in the step's heap. Object ids ("o1", "o2", …) are given in the order the
 * tracer first meets an object and stay the same for that object in every step, so the view can
 * keep an object in place and mark the ones that changed.
 */
import * as z from 'zod';
import { isTrace } from './traceCheck';

export const TRACE_VERSION = 1;

const MAX_TEXT = 64 * 1024;
const text = z.string().transform((s) => (s.length > MAX_TEXT ? `${s.slice(0, MAX_TEXT)}\n[… cut]` : s));
const objectId = z.string().regex(/^o\d+$/);

/** An inline value, shown where it is used, or a reference to an object in the heap. */
export const traceValueSchema = z.union([
  z.object({ ref: objectId }),
  z.object({ type: z.string(), repr: text }),
]);

export const traceVariableSchema = z.object({ name: z.string(), value: traceValueSchema });

export const traceFrameSchema = z.object({
  /** Stable for one call while it is on the stack: "f1", "f2", … */
  id: z.string(),
  /** `<module>` for the top level. */
  function: z.string(),
  /** 1-based, in `file`. */
  line: z.number().int().min(1),
  file: z.string(),
  locals: z.array(traceVariableSchema).max(1000),
});

export const traceObjectKindSchema = z.enum([
  'list', 'tuple', 'set', 'frozenset', 'dict', 'instance', 'class', 'function', 'generator', 'cell', 'module', 'other',
]);

export const traceObjectSchema = z.object({
  kind: traceObjectKindSchema,
  /** The Python type's name: `list`, `Point`, `generator`, … */
  type: z.string(),
  /** A short `repr`, cut to a few dozen characters. */
  repr: text,
  /** list, tuple, set, frozenset: the items in order; cell: its value (none while it is empty). */
  items: z.array(traceValueSchema).max(1000).optional(),
  /** dict: key and value pairs in order. */
  entries: z.array(z.tuple([traceValueSchema, traceValueSchema])).max(1000).optional(),
  /** instance, class, module: attributes; function: its closure cells by free variable name. */
  attributes: z.array(traceVariableSchema).max(1000).optional(),
  /** generator: its paused frame (function, line, locals), absent once it has finished. */
  frame: traceFrameSchema.omit({ id: true }).optional(),
  /** True when items, entries or attributes were cut at the per-object cap. */
  truncated: z.boolean().optional(),
});

export const traceExceptionSchema = z.object({
  type: z.string(),
  message: text,
  /** Index into `steps` of the step where it was raised. */
  step: z.number().int().min(0),
  line: z.number().int().min(1).optional(),
});

export const traceStepSchema = z.object({
  /** What the step is: a line about to run, a call entered, a return, or an exception raised. */
  event: z.enum(['line', 'call', 'return', 'exception']),
  /** The line the innermost traced frame is at, 1-based, in `file`. */
  line: z.number().int().min(1),
  file: z.string(),
  /** Outermost first. */
  frames: z.array(traceFrameSchema).max(1000),
  heap: z.record(objectId, traceObjectSchema),
  /** Everything printed to stdout and stderr so far. */
  output: text,
  /** Objects whose contents differ from the step before, or that are new in this step. */
  changed: z.array(objectId).default([]),
  /** For a `return` step: the value returned. */
  returned: traceValueSchema.optional(),
  /** For an `exception` step. */
  exception: z.object({ type: z.string(), message: text }).optional(),
  /** True when the heap was cut at the per-step object cap. */
  heapTruncated: z.boolean().optional(),
});

export const traceSchema = z.object({
  version: z.literal(TRACE_VERSION),
  /** Written last: a file without it was cut short and is not shown. */
  complete: z.literal(true),
  /** The traced source, shown beside the steps. For a call, the learner's file. */
  source: z.object({ file: z.string(), code: text }),
  steps: z.array(traceStepSchema).max(100_000),
  /** Why tracing stopped before the code finished, in the learner's words; null when it finished. */
  stopped: z.object({ reason: z.enum(['steps', 'time', 'objects', 'error']), message: text }).nullable(),
  /** An exception that ended the code, if one did. */
  exception: traceExceptionSchema.nullable(),
  python: z.object({ executable: z.string(), version: z.string() }).optional(),
});

export type TraceValue = z.infer<typeof traceValueSchema>;
export type TraceVariable = z.infer<typeof traceVariableSchema>;
export type TraceFrame = z.infer<typeof traceFrameSchema>;
export type TraceObject = z.infer<typeof traceObjectSchema>;
export type TraceObjectKind = z.infer<typeof traceObjectKindSchema>;
export type TraceStep = z.infer<typeof traceStepSchema>;
export type Trace = z.infer<typeof traceSchema>;

export type ParsedTrace = { ok: true; trace: Trace } | { ok: false; problem: string };

/** Parses and validates the text of a trace file; never throws. */
export function parseTrace(textOfFile: string): ParsedTrace {
  let data: unknown;
  try {
    data = JSON.parse(textOfFile);
  } catch (error) {
    return { ok: false, problem: `the trace is not JSON: ${(error as Error).message}` };
  }
  // The fast check first (see traceCheck.ts); the schema says what is wrong when it fails.
  if (isTrace(data)) return { ok: true, trace: data };
  const parsed = traceSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, problem: `the trace does not match its format at ${issue?.path.join('.') || 'the top'}: ${issue?.message}` };
  }
  return { ok: true, trace: parsed.data };
}

/** What to trace. */
export type TraceRequest =
  /** A snippet run as a script (a lesson's code block or a predict snippet). */
  | { kind: 'snippet'; code: string }
  /** A call such as `fib(5)` on a learner's file, which is imported as a module from its folder. */
  | { kind: 'call'; file: string; call: string };

export interface TraceOptions {
  /** The command that starts Python, e.g. `['python3']`. */
  interpreter: readonly string[];
  /** Steps recorded before tracing stops with a clear message; 1000 by default. */
  maxSteps?: number;
  /** Objects shown per step; 200 by default. */
  maxObjects?: number;
  timeoutSeconds?: number;
  signal?: AbortSignal;
  /** `harness/run_trace.py`; found beside the extension's files when left out. */
  harnessPath?: string;
}

/** What a trace run gives back. Tracing never throws: a problem is a sentence for the learner. */
export type TraceOutcome =
  | { kind: 'trace'; trace: Trace; durationMs: number }
  | { kind: 'problem'; message: string; detail?: string };
