/**
 * traceCode against a real Python: the harness's trace mode, spawned and read back as the view
 * gets it. Each case ends with a trace or a sentence for the learner, never an exception.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findTraceHarness, traceCode } from '../../src/core/trace/tracer';
import { parseTrace, type Trace, type TraceOutcome, type TraceStep, type TraceValue } from '../../src/core/trace/traceFormat';

const PYTHON = process.env.PYMASTERY_TEST_PYTHON ?? 'python3';
const PROJECT = path.resolve(__dirname, '..', '..');

function expectTrace(outcome: TraceOutcome): Trace {
  if (outcome.kind !== 'trace') assert.fail(`expected a trace, got: ${JSON.stringify(outcome)}`);
  return outcome.trace;
}

function expectProblem(outcome: TraceOutcome): string {
  if (outcome.kind !== 'problem') assert.fail(`expected a problem, got a trace of ${outcome.trace.steps.length} steps`);
  return outcome.message;
}

function local(step: TraceStep, name: string): TraceValue {
  const variable = step.frames.at(-1)?.locals.find((v) => v.name === name);
  assert.ok(variable, `no variable ${name}`);
  return variable.value;
}

describe('tracer', function () {
  this.timeout(30_000);
  const scratch: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pymastery-tracer-test-'));
    scratch.push(dir);
    return dir;
  };
  after(() => {
    for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds the harness from its own folder', () => {
    assert.equal(findTraceHarness(), path.join(PROJECT, 'harness', 'run_trace.py'));
    assert.equal(findTraceHarness(os.tmpdir()), undefined);
  });

  it('traces a snippet: one step per line, shared objects by reference, output so far', async () => {
    const trace = expectTrace(await traceCode({ kind: 'snippet', code: 'a = [1]\nb = a\nb.append(2)\nprint(len(a))\n' }, { interpreter: [PYTHON] }));
    assert.deepEqual(trace.steps.map((s) => [s.event, s.line]), [['line', 1], ['line', 2], ['line', 3], ['line', 4], ['return', 4]]);
    const last = trace.steps.at(-1)!;
    assert.deepEqual(local(last, 'a'), local(last, 'b'));
    const ref = (local(last, 'a') as { ref: string }).ref;
    assert.deepEqual(last.heap[ref]?.items, [{ type: 'int', repr: '1' }, { type: 'int', repr: '2' }]);
    assert.equal(last.output, '2\n');
    assert.equal(trace.source.file, '<snippet>');
    assert.equal(trace.stopped, null);
    assert.equal(trace.exception, null);
    assert.match(trace.python?.version ?? '', /^3\.\d+\.\d+$/);
  });

  it('traces a call on a learner file, from its folder', async () => {
    const folder = tempDir();
    const file = path.join(folder, 'recursion.py');
    fs.writeFileSync(file, 'LIMIT = open("limit.txt").read()\n\ndef fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n');
    fs.writeFileSync(path.join(folder, 'limit.txt'), '10');
    const trace = expectTrace(await traceCode({ kind: 'call', file, call: 'fib(4)' }, { interpreter: [PYTHON] }));
    assert.equal(trace.source.file, file);
    assert.match(trace.source.code, /def fib\(n\):/);
    assert.deepEqual(trace.steps[0]?.frames.map((f) => f.function), ['fib']);
    assert.equal(Math.max(...trace.steps.map((s) => s.frames.length)), 4);
    assert.deepEqual(trace.steps.at(-1)?.returned, { type: 'int', repr: '3' });
    assert.deepEqual(fs.readdirSync(folder).sort(), ['limit.txt', 'recursion.py'], 'nothing is written beside the file');
  });

  it('a syntax error is a clear message, not an empty trace', async () => {
    const message = expectProblem(await traceCode({ kind: 'snippet', code: 'total = 0\nfor n in [1, 2]\n    total += n\n' }, { interpreter: [PYTHON] }));
    assert.match(message, /syntax error on line 2/);
  });

  it('an endless loop ends at the step cap with a clear message', async () => {
    const trace = expectTrace(await traceCode({ kind: 'snippet', code: 'n = 0\nwhile True:\n    n += 1\n' }, { interpreter: [PYTHON], maxSteps: 200 }));
    assert.equal(trace.steps.length, 200);
    assert.equal(trace.stopped?.reason, 'steps');
    assert.match(trace.stopped!.message, /200 steps.*loop that never ends/);
  });

  it('an endless wait ends at the time limit, without hanging', async () => {
    const trace = expectTrace(await traceCode({ kind: 'snippet', code: 'import time\nwhile True:\n    time.sleep(5)\n' }, { interpreter: [PYTHON], timeoutSeconds: 1 }));
    assert.equal(trace.stopped?.reason, 'time');
    assert.match(trace.stopped!.message, /1 second/);
  });

  it('a process that outlives the limit is killed and the learner told why', async () => {
    // The harness cannot write anything while a C loop holds the interpreter: only the kill ends it.
    const message = expectProblem(await traceCode({ kind: 'snippet', code: 'import itertools\nsum(itertools.count())\n' }, { interpreter: [PYTHON], timeoutSeconds: 1 }));
    assert.match(message, /Stopped after 1 s: the code was still running/);
  });

  it('cancelling stops the trace', async () => {
    const controller = new AbortController();
    const pending = traceCode({ kind: 'snippet', code: 'import time\ntime.sleep(20)\n' }, { interpreter: [PYTHON], signal: controller.signal, timeoutSeconds: 20 });
    setTimeout(() => controller.abort(), 300);
    assert.match(expectProblem(await pending), /stopped before it finished/);
  });

  it('a missing interpreter is named', async () => {
    const message = expectProblem(await traceCode({ kind: 'snippet', code: 'x = 1\n' }, { interpreter: ['/nowhere/python3'] }));
    assert.match(message, /Python was not found at "\/nowhere\/python3"/);
  });

  describe('validation', () => {
    function fakeInterpreter(body: string): string {
      const file = path.join(tempDir(), 'fake-python');
      fs.writeFileSync(file, `#!/bin/sh\nwhile [ "$1" != "--results" ]; do shift; done\nRESULTS="$2"\n${body}\n`, { mode: 0o755 });
      return file;
    }

    it('a trace file of the wrong shape is rejected with a clear message', async () => {
      const bad = JSON.stringify({ version: 1, complete: true, source: { file: 'x', code: '' }, steps: [{ event: 'jump', line: 0 }], stopped: null, exception: null });
      const outcome = await traceCode({ kind: 'snippet', code: 'x = 1\n' }, { interpreter: [fakeInterpreter(`printf '%s' '${bad}' > "$RESULTS"`)] });
      assert.match(expectProblem(outcome), /could not be read.*not in your code/);
      assert.match((outcome as { detail?: string }).detail ?? '', /steps\.0/);
    });

    it('a file cut short is not shown', () => {
      const parsed = parseTrace('{"version": 1, "steps": [');
      assert.equal(parsed.ok, false);
      const incomplete = parseTrace(JSON.stringify({ version: 1, source: { file: 'x', code: '' }, steps: [], stopped: null, exception: null }));
      assert.equal(incomplete.ok, false);
    });

    it('a Python too old to trace is named, with the way out', async () => {
      const trace = JSON.stringify({ version: 1, source: { file: '', code: '' }, steps: [], stopped: { reason: 'error', message: 'Python 3.7.16 is too old to trace your code: tracing needs Python 3.8 or newer.' }, exception: null, complete: true });
      const outcome = await traceCode({ kind: 'snippet', code: 'x = 1\n' }, { interpreter: [fakeInterpreter(`printf '%s' '${trace}' > "$RESULTS"\nexit 3`)] });
      assert.match(expectProblem(outcome), /3\.7\.16 is too old.*3\.8 or newer/);
    });

    it('a harness that fails without a trace is told apart from the learner’s code', async () => {
      const outcome = await traceCode({ kind: 'snippet', code: 'x = 1\n' }, { interpreter: [fakeInterpreter('echo "run_trace.py: the tracer failed" >&2\nexit 1')] });
      assert.match(expectProblem(outcome), /not in your code/);
      assert.match((outcome as { detail?: string }).detail ?? '', /the tracer failed/);
    });
  });
});
