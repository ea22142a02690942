/**
 * Runs the harness's trace mode on a snippet or a call and reads back its steps.
 */
import type { TraceOptions, TraceOutcome, TraceRequest } from './traceFormat';

export async function traceCode(_request: TraceRequest, _options: TraceOptions): Promise<TraceOutcome> {
  return { kind: 'problem', message: 'Tracing is not available yet.' };
}
