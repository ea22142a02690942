/**
 * The fast trace check gives the schema's verdict: on real traces from the harness (every kind of
 * object), and on hundreds of broken copies of them.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { isTrace } from '../../src/core/trace/traceCheck';
import { parseTrace, traceSchema } from '../../src/core/trace/traceFormat';

const PYTHON = process.env.PYMASTERY_TEST_PYTHON ?? 'python3';
const HARNESS = path.resolve(__dirname, '..', '..', 'harness', 'run_trace.py');

const SNIPPET = `
import collections
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Box:
    size = 3
    def __init__(self):
        self.items = {"a": [1, 2.5, None], (1, 2): {3, 4}, "f": frozenset([5])}
def counter():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
def numbers():
    yield 1
    yield 2
tick = counter()
tick()
box = Box()
point = Point(1, "a long text that is not shown inline but as an object of its own")
gen = numbers()
next(gen)
queue = collections.deque([True, False])
print("out")
try:
    {}["missing"]
except KeyError:
    pass
int("x")
`;

function rawTrace(code: string, extra: Record<string, unknown> = {}): unknown {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pymastery-trace-check-'));
  try {
    fs.writeFileSync(path.join(dir, 'request.json'), JSON.stringify({ kind: 'snippet', code, ...extra }));
    const run = spawnSync(PYTHON, [HARNESS, '--request', 'request.json', '--results', 'trace.json'], { cwd: dir, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(fs.readFileSync(path.join(dir, 'trace.json'), 'utf8'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A small deterministic random number generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** Every place in `data`: the owner and the key of each value. */
function places(data: unknown, found: [Record<string, unknown> | unknown[], string | number][] = []): typeof found {
  if (Array.isArray(data)) {
    data.forEach((item, index) => {
      found.push([data, index]);
      places(item, found);
    });
  } else if (typeof data === 'object' && data !== null) {
    for (const [key, item] of Object.entries(data)) {
      found.push([data as Record<string, unknown>, key]);
      places(item, found);
    }
  }
  return found;
}

const BREAKAGES: ((value: unknown) => unknown)[] = [
  () => undefined,
  () => null,
  () => 'text',
  () => 7,
  () => 0,
  () => -1,
  () => 1.5,
  () => 2 ** 60,
  () => true,
  () => [],
  () => ({}),
  () => [{ ref: 'o1' }, { ref: 'o1' }, { ref: 'o1' }],
  () => ({ ref: 'x1' }),
  (value) => (typeof value === 'string' ? `${value}!` : value),
];

describe('trace check', function () {
  this.timeout(60_000);
  const traces = [rawTrace(SNIPPET), rawTrace('x = [[i] for i in range(30)]\n', { max_objects: 5 }), rawTrace('while True:\n    pass\n', { max_steps: 20 })];

  it('accepts what the harness writes, with the same result as the schema', () => {
    for (const trace of traces) {
      const parsed = traceSchema.safeParse(structuredClone(trace));
      assert.ok(parsed.success, parsed.error?.message);
      const copy = structuredClone(trace);
      assert.ok(isTrace(copy));
      assert.deepEqual(copy, parsed.data);
    }
    const kinds = new Set(Object.values((traces[0] as { steps: { heap: Record<string, { kind: string }> }[] }).steps.at(-1)!.heap).map((o) => o.kind));
    for (const kind of ['list', 'tuple', 'set', 'frozenset', 'dict', 'instance', 'class', 'function', 'generator', 'cell', 'other']) {
      assert.ok(kinds.has(kind), `the sample trace shows a ${kind}`);
    }
  });

  it('agrees with the schema on hundreds of broken copies', () => {
    const next = random(20_261_123);
    let rejected = 0;
    for (let round = 0; round < 800; round++) {
      const trace = structuredClone(traces[round % traces.length]);
      const all = places(trace);
      const [owner, key] = all[Math.floor(next() * all.length)]!;
      const breakage = BREAKAGES[Math.floor(next() * BREAKAGES.length)]!;
      const broken = breakage((owner as Record<string, unknown>)[key]);
      if (broken === undefined && Array.isArray(owner)) owner.splice(key as number, 1);
      else if (broken === undefined) delete (owner as Record<string, unknown>)[key];
      else (owner as Record<string, unknown>)[key] = broken;
      const expected = traceSchema.safeParse(structuredClone(trace)).success;
      assert.equal(isTrace(structuredClone(trace)), expected, `round ${round}: ${String(key)} → ${JSON.stringify(broken)}`);
      if (!expected) rejected++;
    }
    assert.ok(rejected > 250, `only ${rejected} of the copies were broken`);
  });

  it('cuts long texts and fills in defaults as the schema does', () => {
    const trace = structuredClone(traces[2]) as { steps: Record<string, unknown>[] };
    trace.steps[0]!.output = 'x'.repeat(70_000);
    delete trace.steps[0]!.changed;
    const parsed = parseTrace(JSON.stringify(trace));
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.trace, traceSchema.parse(trace));
    assert.ok(parsed.trace.steps[0]!.output.endsWith('[… cut]'));
    assert.deepEqual(parsed.trace.steps[0]!.changed, []);
  });

  it('reports what is wrong in the schema’s words', () => {
    const trace = structuredClone(traces[2]) as { steps: Record<string, unknown>[] };
    trace.steps[3]!.line = 0;
    const parsed = parseTrace(JSON.stringify(trace));
    assert.equal(parsed.ok, false);
    assert.match((parsed as { problem: string }).problem, /steps\.3\.line/);
  });
});
