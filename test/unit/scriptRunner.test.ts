/**
 * The script runner (runnable examples, predict snippets) against a real Python: each case ends
 * with a clear result within its time limit plus a second, and the runner never throws.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runScript, type ScriptRequest, type ScriptRun } from '../../src/core/checks/scriptRunner';

const PYTHON = process.env.PYMASTERY_TEST_PYTHON ?? 'python3';

async function run(source: string, overrides: Partial<ScriptRequest> = {}): Promise<ScriptRun> {
  const timeoutSeconds = overrides.timeoutSeconds ?? 5;
  const started = performance.now();
  const result = await runScript({ interpreter: [PYTHON], source, timeoutSeconds, ...overrides });
  const elapsed = performance.now() - started;
  assert.ok(elapsed < timeoutSeconds * 1000 + 1000, `took ${elapsed.toFixed(0)} ms, limit ${timeoutSeconds} s + 1 s`);
  return result;
}

/** True while `pid` runs; a zombie (killed, waiting for a parent to reap it) does not count. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^State:\s+Z/m.test(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return true;
  }
}

describe('script runner', () => {
  it('runs a script and returns what it printed, with exit code 0', async () => {
    const result = await run('print("hello")\nprint(2 + 3)\n');
    assert.equal(result.status, 'exited');
    assert.equal(result.exitCode, 0);
    assert.equal(result.stdout, 'hello\n5\n');
    assert.equal(result.stderr, '');
    assert.equal(result.problem, undefined);
  });

  it('runs as a plain script, not the interactive prompt: a bare expression prints nothing and _ is undefined', async () => {
    const result = await run('1 + 1\n"echo?"\nprint(_)\n');
    assert.equal(result.stdout, '');
    assert.equal(result.exitCode, 1);
    assert.match(result.stderr, /NameError: name '_' is not defined/);
    const main = await run('import sys\nprint(__name__, sys.argv[0], hasattr(sys, "ps1"))\n');
    assert.equal(main.stdout, '__main__ example.py False\n');
  });

  it('reports the exit code and stderr of a script that fails, without the temporary folder in the traceback', async () => {
    const result = await run('print("before")\nraise ValueError("bad value")\n');
    assert.equal(result.status, 'exited');
    assert.equal(result.exitCode, 1);
    assert.equal(result.stdout, 'before\n');
    assert.match(result.stderr, /File "example\.py", line 2/);
    assert.match(result.stderr, /ValueError: bad value/);
    assert.doesNotMatch(result.stderr, /pymastery-script-/);
    assert.match(result.problem?.message ?? '', /exited with code 1/);
    const exits = await run('import sys\nsys.exit(3)\n');
    assert.equal(exits.exitCode, 3);
  });

  it('keeps stdout and stderr apart, and the output of each stream in order', async () => {
    const result = await run('import sys, time\nprint("one")\ntime.sleep(0.2)\nprint("two", file=sys.stderr)\ntime.sleep(0.2)\nprint("three")\n');
    assert.equal(result.stdout, 'one\nthree\n');
    assert.equal(result.stderr, 'two\n');
    // Two pipes cannot promise the order of writes that come close together; these are apart.
    assert.deepEqual(result.output, [
      { stream: 'stdout', text: 'one\n' },
      { stream: 'stderr', text: 'two\n' },
      { stream: 'stdout', text: 'three\n' },
    ]);
  });

  it('stops an infinite loop at the time limit with a clear message', async () => {
    const result = await run('print("start")\nwhile True:\n    pass\n', { timeoutSeconds: 1 });
    assert.equal(result.status, 'timeout');
    assert.equal(result.exitCode, null);
    assert.equal(result.stdout, 'start\n');
    assert.match(result.problem?.message ?? '', /Stopped after 1 s: it was still running/);
  });

  it('caps an output flood and stops the script at once', async () => {
    const result = await run('while True:\n    print("x" * 100)\n', { timeoutSeconds: 5, outputCapBytes: 10_000 });
    assert.equal(result.status, 'output-limit');
    assert.equal(result.truncated, true);
    assert.ok(Buffer.byteLength(result.stdout) <= 10_000);
    assert.ok(result.stdout.length > 5_000);
    assert.ok(result.durationMs < 3_000, `stopped at the cap, not at the time limit (${result.durationMs.toFixed(0)} ms)`);
    assert.match(result.problem?.message ?? '', /the rest was cut/);
  });

  it('kills the whole process tree: a child the script started does not outlive it', async function () {
    if (process.platform === 'win32') this.skip();
    const pidFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pymastery-test-')), 'child.pid');
    const source = [
      'import subprocess, sys, time',
      `child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])`,
      `open(${JSON.stringify(pidFile)}, "w").write(str(child.pid))`,
      'time.sleep(60)',
    ].join('\n');
    const result = await run(source, { timeoutSeconds: 1.5 });
    assert.equal(result.status, 'timeout');
    const pid = Number(fs.readFileSync(pidFile, 'utf8'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(isAlive(pid), false, 'the grandchild was killed');
  });

  it('does not read standard input: input() fails at once instead of waiting', async () => {
    const result = await run('name = input("name? ")\n', { timeoutSeconds: 3 });
    assert.equal(result.status, 'exited');
    assert.match(result.stderr, /EOFError/);
  });

  it('keeps non-ASCII text whole', async () => {
    const result = await run('print("naïve café ✓ 🐍")\n');
    assert.equal(result.stdout, 'naïve café ✓ 🐍\n');
  });

  it('says so when the interpreter does not exist, and never throws', async () => {
    const result = await run('print(1)\n', { interpreter: ['/no/such/python3'] });
    assert.equal(result.status, 'not-started');
    assert.match(result.problem?.message ?? '', /Python was not found at "\/no\/such\/python3"/);
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const running = run('import time\ntime.sleep(30)\n', { timeoutSeconds: 10, signal: controller.signal });
    setTimeout(() => controller.abort(), 300);
    const result = await running;
    assert.equal(result.status, 'cancelled');
  });

  it('runs in a temporary folder that is gone afterwards', async () => {
    const result = await run('import os\nprint(os.getcwd())\n');
    const dir = result.stdout.trim();
    assert.match(path.basename(dir), /^pymastery-script-/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.equal(fs.existsSync(dir), false);
  });

  it('uses the interpreter it is given, with the arguments of its command', async function () {
    const probe = spawnSync(PYTHON, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' });
    if (probe.status !== 0) this.skip();
    const result = await run('import sys\nprint(sys.flags.optimize)\n', { interpreter: [PYTHON, '-O'] });
    assert.equal(result.stdout, '1\n');
  });
});
