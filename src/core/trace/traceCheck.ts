/**
 * A fast check of a parsed trace against the rules of `traceSchema` (traceFormat.ts).
 *
 * A trace of a thousand steps holds tens of thousands of values, and checking them with the
 * schema library costs several times what running Python did (it is tuned for small documents,
 * and the first check in a session pays for warming it up). This walks the data once, checks the
 * same rules, and applies the schema's transforms in place (long texts cut, `changed` defaulted).
 * The schema stays the definition: when this check fails, the schema's own error is what is
 * reported, and test/unit/traceCheck.test.ts holds the two to the same verdicts.
 */
import type { Trace } from './traceFormat';

const MAX_TEXT = 64 * 1024;
const OBJECT_ID = /^o\d+$/;
const EVENTS = new Set(['line', 'call', 'return', 'exception']);
const KINDS = new Set(['list', 'tuple', 'set', 'frozenset', 'dict', 'instance', 'class', 'function', 'generator', 'cell', 'module', 'other']);
const STOP_REASONS = new Set(['steps', 'time', 'objects', 'error']);

type Data = Record<string, unknown>;

function isObject(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isInt(value: unknown, min: number): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min;
}

function isArray(value: unknown, max: number): value is unknown[] {
  return Array.isArray(value) && value.length <= max;
}

/** A text field: a string, cut in place when longer than the format keeps. */
function text(owner: Data | unknown[], key: string | number): boolean {
  const value = (owner as Data)[key];
  if (typeof value !== 'string') return false;
  if (value.length > MAX_TEXT) (owner as Data)[key] = `${value.slice(0, MAX_TEXT)}\n[… cut]`;
  return true;
}

function optional(owner: Data, key: string, check: (value: unknown) => boolean): boolean {
  const value = owner[key];
  return value === undefined || check(value);
}

function value(item: unknown): boolean {
  if (!isObject(item)) return false;
  const ref = item.ref;
  if (typeof ref === 'string' && OBJECT_ID.test(ref)) return true;
  return typeof item.type === 'string' && text(item, 'repr');
}

function variables(list: unknown): boolean {
  if (!isArray(list, 1000)) return false;
  for (const variable of list) {
    if (!isObject(variable) || typeof variable.name !== 'string' || !value(variable.value)) return false;
  }
  return true;
}

function values(list: unknown): boolean {
  if (!isArray(list, 1000)) return false;
  for (const item of list) if (!value(item)) return false;
  return true;
}

function frame(item: unknown, withId: boolean): boolean {
  return isObject(item)
    && (!withId || typeof item.id === 'string')
    && typeof item.function === 'string'
    && isInt(item.line, 1)
    && typeof item.file === 'string'
    && variables(item.locals);
}

function heapObject(item: unknown): boolean {
  if (!isObject(item)) return false;
  if (typeof item.kind !== 'string' || !KINDS.has(item.kind) || typeof item.type !== 'string' || !text(item, 'repr')) return false;
  return optional(item, 'items', values)
    && optional(item, 'entries', (entries) => isArray(entries, 1000)
      && entries.every((pair) => Array.isArray(pair) && pair.length === 2 && value(pair[0]) && value(pair[1])))
    && optional(item, 'attributes', variables)
    && optional(item, 'frame', (f) => frame(f, false))
    && optional(item, 'truncated', (t) => typeof t === 'boolean');
}

function step(item: unknown): boolean {
  if (!isObject(item)) return false;
  if (typeof item.event !== 'string' || !EVENTS.has(item.event) || !isInt(item.line, 1) || typeof item.file !== 'string') return false;
  const frames = item.frames;
  if (!isArray(frames, 1000)) return false;
  for (const f of frames) if (!frame(f, true)) return false;
  const heap = item.heap;
  if (!isObject(heap)) return false;
  for (const id in heap) {
    if (!OBJECT_ID.test(id) || !heapObject(heap[id])) return false;
  }
  if (!text(item, 'output')) return false;
  if (item.changed === undefined) item.changed = [];
  else if (!Array.isArray(item.changed) || !item.changed.every((id) => typeof id === 'string' && OBJECT_ID.test(id))) return false;
  return optional(item, 'returned', value)
    && optional(item, 'exception', (e) => isObject(e) && typeof e.type === 'string' && text(e, 'message'))
    && optional(item, 'heapTruncated', (t) => typeof t === 'boolean');
}

/**
 * True when `data` follows the trace format; long texts are cut and defaults filled in place, as
 * the schema's parse would. False means: ask the schema why.
 */
export function isTrace(data: unknown): data is Trace {
  if (!isObject(data) || data.version !== 1 || data.complete !== true) return false;
  const source = data.source;
  if (!isObject(source) || typeof source.file !== 'string' || !text(source, 'code')) return false;
  const steps = data.steps;
  if (!isArray(steps, 100_000)) return false;
  for (const s of steps) if (!step(s)) return false;
  const stopped = data.stopped;
  if (stopped !== null && !(isObject(stopped) && typeof stopped.reason === 'string' && STOP_REASONS.has(stopped.reason) && text(stopped, 'message'))) return false;
  const exception = data.exception;
  if (exception !== null && !(isObject(exception) && typeof exception.type === 'string' && text(exception, 'message')
    && isInt(exception.step, 0) && optional(exception, 'line', (line) => isInt(line, 1)))) return false;
  return optional(data, 'python', (p) => isObject(p) && typeof p.executable === 'string' && typeof p.version === 'string');
}
